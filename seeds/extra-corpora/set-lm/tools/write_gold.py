"""Write set-lm gold files (hand annotation, encoded here)."""
import json
from pathlib import Path
G = Path(__file__).resolve().parent.parent / "gold"

def c(quote, pol, kind, date, speaker=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": pol, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

D1 = "2021-04-06"; K = "kwon-young-jin"
D2 = "2022-06-19"; KJ = "kim-ju-su"
D3 = "2023-05-12"; SD = "seo-dong-uk"
D4 = "2018-11-22"; D5 = "2023-09-20"; D6 = "2019-03-24"
LG = "lee-gyeong-hun"; KD = "kim-doo-gyeom"; CY = "cheon-yeong-gi"; D9 = "2023-01-01"

GOLD = {
"lm-01-dghankooki.txt": dict(
  metadata={"headline": "'똑똑'한 대구 밑그림 완성...대구형 스마트시티 로드맵 최종 승인", "published": "2021-04-06T00:00+09:00",
            "reporter": "전준호", "outlet": None, "jurisdiction": "27"},
  officials=[K],
  claims=[
    c("'태양광 이끼벽 벤치'와 공기청정 버스정류장이 대구에 선보인다", ["smart-city", "fine-dust"], "plan", D1),
    c("대구시는 6일 대구형 스마트시티 로드맵이 국토교통부의 최종 승인을 받았다고 밝혔다", ["smart-city"], "achievement", D1),
    c("올해부터 2025년까지 5년간 교통과 안전, 환경, 복지, 경제, 행정 6개 중점분야에서", ["smart-city", "fourth-industrial-revolution"], "plan", D1),
    c("로드맵에는 첨단교통시스템과 인공지능 기반 신호체계", ["smart-city", "fourth-industrial-revolution", "future-vehicles", "disaster-safety", "culture-tourism"], "statement", D1),
    c("시민의 삶이 크게 달라질 전망이다", ["smart-city"], "statement", D1),
    c("5,869억 원이 드는 대구형 스마트시티 구축사업은", ["smart-city", "jobs"], "statement", D1),
    c("재원은 정부의 스마트도시 시범사업과 기술개발사업, 도시재생 뉴딜사업 등과 연계해", ["smart-city", "urban-regeneration"], "plan", D1),
    c("앞으로 5년간 대구를 스마트시티로 만들 밑그림이 완성됐다", ["smart-city"], "achievement", D1, K),
  ],
  not_claims=["'똑똑'한 대구 밑그림 완성...대구형 스마트시티 로드맵 최종 승인",
              "올해부터 2025년까지 교통 안전 환경 복지 경제 행정 6개 중점분야서 사업 추진"]),
"lm-02-asiatoday.txt": dict(
  metadata={"headline": "의성군, 이웃사촌시범마을 청년힐링 페스티벌 개최", "published": "2022-06-19T11:02+09:00",
            "reporter": "김정섭", "outlet": None, "jurisdiction": "47730"},
  officials=[KJ],
  claims=[
    c("경북 의성군은 지난 18일 의성군민들과 청년들을 위해 안계면 위천생태하천 일대에서", ["youth-policy"], "achievement", "2022-06-18"),
    c("사업성과를 함께 나누고 홍보하기 위해 이웃사촌시범마을 조성사업의 중심 거점인 안계면에서 개최됐다", ["youth-policy"], "statement", D2),
    c("군은 2019년부터 안계면을 중심으로 의성의 서부권역에서 청년을 유입하고", ["youth-policy", "jobs", "housing"], "statement", D2),
    c("군에는 올해 4월 현재 146명의 청년들이 지역 내에서 활동하고 있으며", ["youth-policy"], "achievement", D2),
    c("이번 행사를 통해 이웃사촌시범마을 조성사업의 성과를", ["youth-policy"], "statement", D2, KJ),
  ],
  not_claims=["의성군, 이웃사촌시범마을 청년힐링 페스티벌 개최", "이웃사촌시범마을 정착 청년과 지역주민 화합",
              "이웃사촌힐링페스티벌에 구성한 플리마켓을 둘러보며 청년들을 격려하고 있다",
              "지역에 정착한 청년들이 구성한 플리마켓을 통해 자신들의 사업 아이템을",
              "축하공연에는 김주수 의성군수를 비롯한 많은 내빈이 참석한 가운데"]),
"lm-03-usmbc.txt": dict(
  metadata={"headline": "[대담] 울산고래축제 서동욱 남구청장", "published": "2023-05-12T22:53+09:00",
            "reporter": "유영재", "outlet": None, "jurisdiction": "31140"},
  officials=[SD],
  claims=[
    c("포스트코로나 시대에 문화관광의 붐을 일으켜서", ["culture-tourism"], "statement", D3, SD),
    c("주민과 전문가, 행정이 함께 프로그램을 고민하고 분석해서 완성도를 더 높였고요", ["culture-tourism"], "statement", D3, SD),
    c("고래와 문화예술이 잘 어우러진 우리 울산 남구만의 독창적인 콘텐츠를", ["culture-tourism"], "statement", D3, SD),
    c("밤에 즐길 수 있는 야경을 콘텐츠로 활용하자는 것이었습니다", ["culture-tourism"], "statement", D3, SD),
    c("빛의 공원 미디어아트와 킹웰리분수대에 예쁜 경관조명이 불을 밝혔고요", ["culture-tourism"], "achievement", D3, SD),
    c("장생포차도 새롭게 문을 열고 활기를 더해주고 있는데요", ["culture-tourism"], "achievement", D3, SD),
    c("앞으로도 야간관광 콘텐츠를 알차게 채워나가겠습니다", ["culture-tourism"], "plan", D3, SD),
    c("전국에 단 하나뿐인 장생포 고래문화특구를 아이부터 어른에 이르기까지", ["culture-tourism"], "statement", D3, SD),
  ],
  not_claims=["[대담] 울산고래축제 서동욱 남구청장", "올해 울산고래축제 주제가 도약하는 장생포입니다",
              "관광지로서 매력이 점점 커져가는 것 같습니다", "고래도시 남구의 매력을 더 키우려면 어떤 게 필요할까 많이 고민했는데요",
              "새롭게 단장한 야경명소들을 좀 소개하자면요"]),
"lm-04-urinews.txt": dict(
  metadata={"headline": "거창군, 자동차 배출가스 특별점검", "published": "2018-11-22T14:28+09:00",
            "reporter": "신석철", "outlet": "경남우리신문", "jurisdiction": "48880"},
  officials=[],
  claims=[
    c("미세먼지 저감을 위해 자동차 배출가스 점검과 함께", ["fine-dust", "future-vehicles"], "statement", D4),
    c("자동차 배출가스 점검과 단속활동을 수시로 실시해 심각해지는 대기환경을 개선하고", ["fine-dust"], "plan", D4),
  ],
  not_claims=["거창군, 자동차 배출가스 특별점검", "차량 소유자도 미세먼지 감축을 위해 차량 점검 ·정비를 꼼꼼히 해주길 바란다"]),
"lm-05-newstory24.txt": dict(
  metadata={"headline": "대구 달성군, 변방에서 중심지로 거듭난다", "published": "2023-09-20T14:50+09:00",
            "reporter": "조현배", "outlet": None, "jurisdiction": "27710"},
  officials=[],
  claims=[
    c("신호탄은 대구 국가 스마트기술산업단지(제2국가산단) 유치다", ["investment-attraction"], "achievement", D5),
    c("제2국가산단이 달성군 화원읍 구라리와 옥포읍 간경리 일원에 들어서는 것으로 결정됐다", ["investment-attraction"], "achievement", D5),
    c("미래차와 로봇이 융합된 미래모빌리티 제조업과 빅데이터, 인공지능 등 지식서비스업 기업이 모여들 것으로 보인다", ["future-vehicles", "robot-industry", "fourth-industrial-revolution"], "statement", D5),
    c("2030년까지 사업비 2조 2000억 원이 들어간다", ["investment-attraction"], "statement", D5),
    c("산단이 조성되면 7조 4400억 원에 이르는 직접 투자 효과와", ["investment-attraction"], "statement", D5),
    c("직접 고용 2만 명 등고용 유발 효과가 6만 3000여 명에 이를 것으로 추정한다", ["jobs"], "statement", D5),
    c("지난달 국가로봇테스트필드 사업이 과학기술정보통신부", ["robot-industry"], "achievement", D5),
    c("국가로봇테스트필드는 글로벌 로봇 3대 강국 도약을 목표로", ["robot-industry"], "statement", D5),
    c("국내에서 처음 생기는 대규모 로봇 실증 인프라이기도 하다", ["robot-industry"], "statement", D5),
    c("후보지로 선정된 지 2년 만에 본격적으로 사업을 시작한다", ["robot-industry"], "plan", D5),
    c("내년부터 2028년까지 5년 동안 사업비 약 2000억 원을 투입한다", ["robot-industry"], "plan", D5),
    c("연구용지 16만 6973㎡에 대규모 가상환경 실증 인프라를 갖춘다", ["robot-industry"], "plan", D5),
  ],
  not_claims=["대구 달성군, 변방에서 중심지로 거듭난다", "국가스마트기술산업단지 유치", "국가로봇테스트필드 사업 예타 통과",
              "교육·보육 사업에도 힘쏟아 정주여건 개선", "올해 대구시 달성군은 경사가 겹쳤다",
              "지역 경제를 이끌 일이 하나둘 나오기 시작했다"]),
"lm-06-shinailbo.txt": dict(
  metadata={"headline": "민선 7기 공약사업 ‘프리 와이파이 부산’ 실현", "published": "2019-03-24T16:14+09:00",
            "reporter": "김삼태", "outlet": "신아일보", "jurisdiction": "26"},
  officials=[],
  claims=[
    c("시범운영을 오는 26일부터 시작하고, 5월부터 본격 시행한다고 24일 밝혔다", ["smart-city", "public-transit"], "plan", D6),
    c("이번 사업은 민선 7기 시장 공약사항인 ‘프리 와이파이 부산’ 구축의 일환으로", ["smart-city", "public-transit"], "statement", D6),
    c("시내버스 공공와이파이 구축 사업은 1차와 2차로 나누어 추진한다", ["smart-city", "public-transit"], "plan", D6),
    c("1차 사업 270대는 26일부터 4월말까지의 시범운영을 거쳐", ["smart-city", "public-transit"], "plan", D6),
    c("시내버스 무료 와이파이 서비스는 버스를 이용하는 시민들의 통신비 절감과", ["smart-city", "public-transit"], "statement", D6),
    c("버스 공공와이파이가 설치되면 시민 통신비 절감 및 정보격차 해소 등의 효과와", ["smart-city", "public-transit"], "statement", D6, None, "추승종"),
    c("시 전역에 공공와이파이를 구축하기 위해 사업 타당성분석 용역을 하고 있으며", ["smart-city"], "plan", D6, None, "추승종"),
  ],
  not_claims=["민선 7기 공약사업 ‘프리 와이파이 부산’ 실현", "시, 시내버스 공공와이파이 26일부터 시범운영 시작 5월 본격 시행"]),
"lm-07-zum.txt": dict(
  metadata={"headline": "<인터뷰> 이경훈 부산 사하구청장", "published": None,
            "reporter": "김선호", "outlet": "연합뉴스", "jurisdiction": "26380"},
  officials=[LG],
  claims=[
    c("사하의 정체성과 역사성을 살리는 도시재생방식의 개발사업을 계속 추진하겠다는 의지를 보였다", ["urban-regeneration"], "plan", None, LG),
    c("양적 위주의 개발은 사하구의 현실과 맞지 않다", ["urban-regeneration"], "statement", None, LG),
    c("감천문화마을 개발방향은 원주민의 소득증대에 초점을 맞추고 있다", ["urban-regeneration"], "statement", None, LG),
    c("빈집을 리모델링한 민박 운영 등으로 주민 수익을 창출할 수 있다", ["urban-regeneration"], "statement", None, LG),
    c("장림포구에 공원과 박물관 등을 만들어 명소화하는 것이 바로 지속 가능한 개발", ["culture-tourism"], "plan", None, LG),
    c("주민의 문화적 욕구를 충족시키기 위해 지난 임기에", ["culture-tourism"], "achievement", None, LG),
  ],
  not_claims=["<인터뷰> 이경훈 부산 사하구청장", "정체성·역사성 살리는 도시재생 추진",
              "재선에 성공한 이경훈 부산 사하구청장이 집무실에서 연합뉴스와 인터뷰하고 있다",
              "공단 이전은 현실적으로 어렵다는 결론이 나왔다",
              "해양바이오과학단지 등 산업구조의 고도화 방식으로 생산성을 높여가겠다"]),
"lm-08-hankyung.txt": dict(
  metadata={"headline": "김두겸 시장 \"울산 일자리 29만개 창출\"", "published": None,
            "reporter": None, "outlet": "한국경제신문", "jurisdiction": "31"},
  officials=[KD],
  claims=[
    c("울산시가 2026년까지 일자리 28만7000여 개를 만든다는 청사진을 내놨다", ["jobs"], "target", None),
    c("최우선 과제는 일자리 창출이고, 그 해답은 기업 투자유치와 규제완화에 있다", ["jobs", "investment-attraction"], "statement", None, KD),
    c("모든 역량을 집중해 울산을 ‘일자리 바다’로 만들겠다", ["jobs"], "plan", None, KD),
    c("울산시는 핵심 전략으로 △민간 투자 활성화", ["jobs", "investment-attraction", "climate-carbon"], "plan", None),
    c("울산시는 국내외 기업 투자유치 부문에서 2026년까지 양질의 일자리 8만7432개를 창출하기로 했다", ["jobs", "investment-attraction"], "target", None),
    c("총 13조원 규모의 국내외 기업 투자를 성공적으로 이끌어 냈다", ["investment-attraction"], "achievement", None),
    c("현대자동차의 전기차 분야 투자 2조원, 고려아연 2차전지 소재 1조원", ["investment-attraction"], "achievement", None),
    c("조속한 인허가를 돕는 전담 행정체계를 구축해 후속 지원에 나서기로 했다", ["investment-attraction"], "plan", None),
    c("신산업을 육성해 미래형 일자리 1만1200여 개를 확보해 나간다", ["jobs", "fourth-industrial-revolution"], "target", None),
    c("도심항공교통(UAM) 클러스터와 국립 도심항공교통진흥원 설립 등 미래사업도 본격적으로 추진한다", ["future-vehicles"], "plan", None),
    c("시민이 즐거운 문화도시를 조성하기 위해", ["culture-tourism"], "plan", None),
  ],
  not_claims=["김두겸 시장 \"울산 일자리 29만개 창출\"", "김두겸 시장 \"일자리 바다 될 것\"",
              "기업투자 9만개·신산업 1만개 등", "2026년까지 취업자 53만명 달성"]),
"lm-09-daum.txt": dict(
  metadata={"headline": "“통영을 대한민국 제1의 야간관광 명품 공간으로", "published": "2023-01-01T15:08+09:00",
            "reporter": "이상욱", "outlet": "시사저널", "jurisdiction": "48220"},
  officials=[CY],
  claims=[
    c("경상남도 통영시는 관광산업을 지역의 새로운 먹거리로 육성하고 있다", ["culture-tourism"], "statement", D9),
    c("관광산업을 키워 지역경제를 다시 활성화하겠다는 것이다", ["culture-tourism"], "statement", D9),
    c("강구안을 통영의 문화예술과 통영만의 빛이 반영된 야간관광 명품 공간으로 탈바꿈시키는 등", ["culture-tourism"], "plan", "2022-12-27", CY),
  ],
  not_claims=["“통영을 대한민국 제1의 야간관광 명품 공간으로", "[인터뷰] 천영기 경남 통영시장 “체류형 관광도시 기반 마련”", "“남망산~장좌섬 일대를 제2의 해운대로 변모시키겠다”",
              "욕지도와 디피랑, 전혁림미술관 등 자연·문화 자원은 전국 어디에도 뒤지지 않는 고장으로 꼽힌다",
              "단 일분일초도 헛되이 보내지 않고 통영의 미래만을 생각하며 힘차게 달려왔다"]),
}

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for name, g in GOLD.items():
        out = {"article": name, **g}
        (G / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in GOLD.values()))
