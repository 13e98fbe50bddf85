"""Write set-jc gold files (hand annotation; one entry per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


Y = "yoo-jeong-bok"
D1 = "2023-06-28"
A = {}

A["jc-01-kyeongin.txt"] = dict(
    metadata=dict(headline='유정복 인천시장 "송도는 첨단 기반 거주 여건 갖춘 스마트도시"', published="2023-06-28T20:19+09:00",
                  reporter="박현주", outlet="경인일보", jurisdiction="28"),
    officials=[Y],
    claims=[
        c("인천시가 중국 톈진시에 '스마트도시'의 대표 사례로 인천 송도국제도시를 소개하고 주요 성과를 공유했다", None, D1, ["smart-city"], "statement"),
        c("인천시의 스마트시티 관련 정책, 성과를 공유하고 미래 발전 방향을 논의했다", Y, D1, ["smart-city"], "statement"),
        c("유 시장은 인천시의 스마트도시 사례로 송도국제도시를 꼽고", Y, D1, ["smart-city"], "achievement"),
        c("송도 전체에 정보통신 인프라를 설치하고 통합운영센터를 구축했다", None, D1, ["smart-city"], "achievement"),
        c("통합운영센터는 데이터에 기반한 다양한 서비스를 시민에게 제공하는 것은 물론", None, D1, ["smart-city", "disaster-safety"], "statement"),
        c("인천시는 이 같은 성과를 바탕으로 지난 2021년", None, D1, ["disaster-safety", "climate-carbon", "smart-city"], "achievement"),
        c("인천은 아시아 최초 UNDRR 복원력 허브 인증도시다", None, D1, ["disaster-safety"], "achievement"),
        c("송도국제도시는 각종 첨단 시스템을 활용해 편리하고 안전한 거주 여건을 갖춘 대표적인 스마트도시", Y, D1, ["smart-city"], "achievement"),
        c("스마트도시 관련한 톈진시 우수 사례를 접목하는 등 다양한 방안을 찾겠다", Y, D1, ["smart-city"], "plan"),
    ],
    not_claims=["간담회는 '도시 복원력 향상 : 미래를 위한 스마트시티 전략'을 주제로 진행됐다",
                "통신기술·통합센터 등 성과 공유", "亞 첫 UNDRR 복원력 허브 인증도",
                "유정복 인천시장 \"송도는 첨단 기반 거주 여건 갖춘 스마트도시\""],
)

J = "jo-eun-hui"
D2 = "2015-12-31"
A["jc-02-sijung.txt"] = dict(
    metadata=dict(headline="조 은 희 서초구청장/ 보육·교육 돌봄, 복지·안전 등 ‘엄마행정’ 가속도", published="2015-12-31T15:47+09:00",
                  reporter=None, outlet="시정일보", jurisdiction="11650"),
    officials=[J],
    claims=[
        c("올해 전체 예산 중 사회복지 분야에 42.3%를, 교육·보육 분야에 예산 4분의 1을 편성했습니다", J, D2, ["welfare", "education", "childcare-birth"], "statement"),
        c("여성·장애인 등 사회적 약자를 꼼꼼히 챙기고, 아버지센터와 보훈회관을 건립해서", J, D2, ["welfare"], "plan"),
        c("국공립어린이집을 계속 확충하고, 권역별 육아지원센터를 신설하는 등 교육·보육 사업에 정성을 들일 겁니다", J, D2, ["childcare-birth", "education"], "plan"),
        c("강남역 침수예방 사업과 양재근린공원 저류조 설치 등 안전에 대해서도 챙길 것입니다", J, D2, ["disaster-safety"], "plan"),
    ],
    not_claims=["‘나비플랜’을 전략적으로 추진하고, 정보사부지·우면택지지구 등 지구단위계획과 성뒤마을 개발",
                "구민 여러분 덕분에 지난해 정말 많은 성과가 있었습니다",
                "‘엄마행정’도 변함이 없습니다",
                "2016년 새해에도 서초의 살림을 잘 챙기겠습니다",
                "보육·교육 돌봄, 복지·안전 등 ‘엄마행정’ 가속도"],
)

D3 = "2020-06-10"
A["jc-03-songpatimes.txt"] = dict(
    metadata=dict(headline="내년까지 공공생활권 전역 ‘공공와이파이’ 구축", published="2020-06-10T21:11+09:00",
                  reporter=None, outlet="송파타임즈", jurisdiction="11"),
    officials=[],
    claims=[
        c("서울시가 세계 최초로 공공생활권 전역 공공와이파이(WiFi) 제공을 목표로 추진중인", None, D3, ["smart-city"], "achievement"),
        c("시비 총 140억원을 투입해 광통신망 332㎞를 구축하고", None, D3, ["smart-city"], "target"),
        c("시는 원활한 사업 추진을 위해 자치구와 업무 협약을 체결", None, D3, ["smart-city"], "plan"),
        c("또한 공공 와이파이 통합관리센터를 구축해", None, D3, ["smart-city"], "plan"),
        c("한편 시는 올해 하반기 15개 2차 사업대상 자치구를 추가 선정하고", None, D3, ["smart-city"], "plan"),
    ],
    not_claims=["공공생활권역은 7개 지목(도로, 공원, 사적지, 수도용지, 체육용지, 주차장, 유원지) 가운데",
                "최종편집2024-04-25 15:47 (목)"],
)

O = "oh-se-hoon"
D4 = "2024-10-22"
A["jc-04-edaily.txt"] = dict(
    metadata=dict(headline='[포토] 오세훈 시장, "세계 최고순준 시내버스 만들겠다"', published="2024-10-22T10:47:57+09:00",
                  reporter="김태형", outlet="이데일리", jurisdiction="11"),
    officials=[O],
    claims=[
        c("서울 시내버스 준공영제 시행 20주년을 맞아 재정, 공공성, 서비스의 3대 분야 혁신을 하겠다고 밝히고 있다", O, D4, ["public-transit"], "plan"),
        c("노선굴곡도 완화, 중복노선 폐지, 자율주행버스 투입 등을 실시할 예정이다", None, D4, ["public-transit", "future-vehicles"], "plan"),
        c("준공영제 20년을 맞이해 추진하는 재정, 공공성, 서비스 세가지 혁신 달성으로", O, D4, ["public-transit"], "plan"),
    ],
    not_claims=['오세훈 시장, "세계 최고순준 시내버스 만들겠다"'],
)

L = "lee-gang-ho"
D5 = "2020-07-06"
A["jc-05-sisajournal.txt"] = dict(
    metadata=dict(headline="[반환점 돈 인천 단체장] 이강호 남동구청장 “일자리·관광에 집중, 지역경제 활성화”", published="2020-07-06T16:00+09:00",
                  reporter="주재홍", outlet="시사저널", jurisdiction="28200"),
    officials=[L],
    claims=[
        c("남동구는 정치·행정뿐만 아니라 일자리와 관광 분야에서도 1번지가 되는 게 목표다", None, D5, ["jobs", "culture-tourism"], "plan"),
        c("구민들의 일자리 창출과 신규 관광자원 개발에 전력을 쏟았다", None, D5, ["jobs", "culture-tourism"], "statement"),
        c("전국 최초로 남동구 청년창업지원센터를 열었고, 어르신들의 일자리 확충에도 힘쓰고 있다", None, D5, ["startup-support", "youth-policy", "jobs"], "achievement"),
        c("그는 남동구의 새로운 먹거리 사업으로 소래 관광벨트를 구축하고 있다", None, D5, ["culture-tourism"], "statement"),
        c("인천의 관광 명소로 만들겠다는 복안이다", L, D5, ["culture-tourism"], "plan"),
        c("지난해 4월에 전국 최초로 청년창업지원센터를 열었다", L, D5, ["startup-support", "youth-policy"], "achievement"),
        c("청년창업지원센터는 1년 동안 16개 기업이 창업하도록 도왔고", L, D5, ["startup-support", "youth-policy", "jobs"], "achievement"),
        c("짧은 시간이지만 16개 기업이 12억원을 매출을 올리는 등 가능성을 보여주고 있다", L, D5, ["startup-support"], "achievement"),
        c("남동타워를 리모델링해 꿈꾸는 청년들이 모", L, D5, ["youth-policy"], "statement"),
    ],
    not_claims=["‘청년 창업·어르신 일자리’ 주력…문화선물로 상권 활성화",
                "‘소래관광벨트·새우타워’ 조성…‘수도권 관광 1번지’ 도약",
                "구청장을 만나 남동구의 일자리·관광 활성화 방안을 들어봤다",
                "이강호 인천남동구청장이 시사저널과 취임 2주년 인터뷰를 하고 있다",
                "청년들의 창업과 지원에 관심이 많은데",
                "청년이 일자리가 없는 것은 국가적 재난이다"],
)

A["jc-06-esocialtimes.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="이원하", outlet="소셜타임스", jurisdiction="28"),
    officials=[Y],
    claims=[
        c("인천시가 내년부터 1억 원을 지원하는 인천형 출산정책을 추진한다", None, None, ["childcare-birth"], "plan"),
        c("최대 3억4,000만 원까지 지원받게 된다", None, None, ["childcare-birth"], "statement"),
        c("내년부터 인천에서 태어나는 모든 아이에게 18세까지 최대 1억원 이상을 지원하는 정책을 시행하겠다", Y, None, ["childcare-birth"], "plan"),
        c("태아부터 18세까지 성장 전 단계를 중단 없이 지원하는 것이 핵심이다", None, None, ["childcare-birth"], "statement"),
        c("2,800만 원을 추가로 확대해 18세까지 모두 1억 원을 지원한다", None, None, ["childcare-birth"], "plan"),
        c("인천시는 우선 인천형 출산 정책으로 ‘천사(1,040만 원) 지원금’을 신설한다", None, None, ["childcare-birth"], "plan"),
        c("아이의 출생을 축하하는 첫 만남 이용권(200만 원)과", None, None, ["childcare-birth"], "statement"),
    ],
    not_claims=["시청 브리핑룸에서 인천형 출생정책 ‘1억 플러스 아이드림'을 발표했다. 사진=인천시"],
)

W = "yun-hwan"
D7 = "2025-11-25"
A["jc-07-getnews.txt"] = dict(
    metadata=dict(headline=None, published="2025-11-25T18:57+09:00", reporter="강양규", outlet=None, jurisdiction="28245"),
    officials=[W],
    claims=[
        c("정책 방향 조정과 전략적 전환을 통해 지속 발전 가능한 기반을 마련했다고 강조했다", W, D7, ["housing"], "achievement"),
        c("주요 성과로는 3기 신도시 교통 대안을 S-BRT(간선급행버스체계)에서", W, D7, ["public-transit", "culture-tourism"], "achievement"),
        c("2026년 구정 운영 방향으로는", W, D7, ["culture-tourism", "urban-regeneration"], "plan"),
    ],
    not_claims=["구정연설을 통해 지난 3년간의 주요 성과를 공유하고, 2026년도 구정 운영 방향을 제시했다",
                "민선 8기 출범 이후 숨 가쁘게 달려온 3년이었다",
                "국가적 세수 감소로 재정 여건이 어려운 상황이지만, 지난 3년간 계양은 괄목할 만한 성과를 거뒀다",
                "2026년도 구정 운영 방향을 제시하고 있는 윤화 계양구청장 (제공=계양구)"],
)

K = "kim-seong-hwan"
A["jc-08-heraldcorp.txt"] = dict(
    metadata=dict(headline="노원구 ‘제로 에너지주택’ 생긴다", published=None, reporter="이원율", outlet="헤럴드경제", jurisdiction="11350"),
    officials=[K],
    claims=[
        c("에너지 비용을 이처럼 낮춘 ‘제로 에너지주택’을 조성, 오는 21~23일 입주 신청을 받는다고 6일 밝혔다", None, None, ["housing", "energy-transition"], "plan"),
        c("제로 에너지주택은 구와 국토교통부, 명지대가 함께 492억원을 들여 추진한 사업이다", None, None, ["housing", "energy-transition"], "statement"),
        c("태양광 발전 등 신재생에너지로 단지 내 필수 에너지 사용량의 60%를 자체 생산하도록 만든 주택단지다", None, None, ["energy-transition", "housing"], "statement"),
        c("이 가운데 115가구는 임차료가 저렴한 행복주택으로 설정한다", None, None, ["housing"], "plan"),
        c("부대시설로는 홍보관, 경로당, 근린생활시설 등이 들어선다", None, None, ["housing"], "statement"),
        c("입주 대상은 고령자, 신혼부부, 산업단지 근로자다", None, None, ["housing"], "statement"),
        c("신혼부부에 70가구, 구에 거주하는 고령자에 12가구를 우선 공급한다", None, None, ["housing"], "plan"),
        c("남은 33가구는 구 혹은 시와 구리시", None, None, ["housing"], "plan"),
        c("예비입주대상자 선정 결과는 오는 10월 20일 발표한 후 11월 말 즉시 입주를 허가할 방침이다", None, None, ["housing"], "plan"),
        c("선정 전에 신청자 대상으로 입주 지원서를 받고 면접도 볼 예정이다", None, None, ["housing"], "plan"),
        c("제로 에너지주택이 준공되면 우리 구도 영국 런던의 베르제드", K, None, ["housing", "energy-transition"], "statement"),
        c("대한민국 최고의 환경 주거단지로 만들겠다", K, None, ["housing", "energy-transition"], "plan"),
    ],
    not_claims=["24시간 실내온도를 25℃로 맞추면 월 전기료가 5만원밖에 되지 않는 구역이 생긴다",
                "노원구 ‘제로 에너지주택’ 생긴다"],
)

D9 = "2020-09-02"
R = "류훈"
A["jc-09-fnnews.txt"] = dict(
    metadata=dict(headline="서울시, 2020년 '도시재생활성화지역' 5곳 신규 선정", published="2020-09-02T06:00+09:00",
                  reporter="예병정", outlet="파이낸셜뉴스", jurisdiction="11"),
    officials=[],
    claims=[
        c("서울시가 '2020년 서울형 도시재생활성화지역' 5곳을 새로 선정했다고 2일 밝혔다", None, D9, ["urban-regeneration"], "achievement"),
        c("새롭게 선정된 5곳은 △금천구 독산2동 일대", None, D9, ["urban-regeneration"], "statement"),
        c("올해부터 5년 간 총 500억원의 마중물 사업비가 투자된다", None, D9, ["urban-regeneration"], "plan"),
        c("도시재생을 통해 생활터전을 보전하면서 개선이 절실한 지역", None, D9, ["urban-regeneration"], "statement", R),
        c("침체된 골목상권을 살리는 재생효과가 클 것으로 기대한다", None, D9, ["urban-regeneration", "small-merchants"], "statement", R),
    ],
    not_claims=["서울시, 2020년 '도시재생활성화지역' 5곳 신규 선정"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, body in A.items():
        doc = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(body["claims"]))
