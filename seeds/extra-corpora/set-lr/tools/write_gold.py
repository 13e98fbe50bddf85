"""Write set-lr gold files. C(quote, speaker, date, policies, kind, name=None)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)


G = {}
D = "2019-09-19"
G["lr-01-jeonmae.txt"] = dict(
    metadata=M("순천시, 치매안심센터 신축·개소식…본격 업무 시작", "2019-09-19T16:48+09:00", "서길원", "전국매일신문", "46150"),
    officials=["heo-seok"],
    claims=[
        C("지난 최근 치매안심센터를 신축, 개소식을 가졌다", None, D, ["dementia-care"], "achievement"),
        C("추정 치매환자 4520명중 3144명(69.5%)을 등록해 전국 최고의 성과를 거뒀다", None, D, ["dementia-care"], "achievement"),
        C("총 사업비 19억4700만원을 들여 연면적 738.76㎡, 지상 2층 규모로 신축됐다", None, D, ["dementia-care"], "achievement"),
        C("치매단계별 인지학습 프로그램을 운영할 수 있는 시설이 갖춰져 있어", None, D, ["dementia-care"], "statement"),
        C("편안한 치매안심센터가 될 수 있도록 힘쓰겠다", "heo-seok", D, ["dementia-care"], "plan"),
    ],
    not_claims=["치매안심센터 신축·개소식…본격 업무 시작",
                "순천시 아고라팀의 공연을 시작으로 허석 순천시장의 개회사와 경과보고, 테이프 커팅, 시설관람 순으로 진행됐다"],
)

D = "2020-06-29"
G["lr-02-mt.txt"] = dict(
    metadata=M("[충주소식] 충주시, 유망 창업기업 2곳과 149억원 규모 투자협약", "2020-06-29T16:38+09:00", "윤원진", "뉴스1", "43130"),
    officials=["jo-gil-hyeong"],
    claims=[
        C("충북 충주시가 29일 ㈜마이티워터·㈜천암푸드 등 유망 창업기업과 149억원 규모의 투자협약을 체결했다", None, D,
          ["investment-attraction", "startup-support"], "achievement"),
        C("공장 가동에 필요한 인력 35명을 채용할 계획이다", None, D, ["jobs", "investment-attraction"], "plan"),
        C("50명의 생산인력을 고용해 지역 일자리 창출에 기여할 예정이다", None, D, ["jobs", "investment-attraction"], "plan"),
        C("앞으로 양 기업이 충주와 함께 글로벌 기업으로 성장할 수 있도록 관심과 지원을 아끼지 않겠다", "jo-gil-hyeong", D,
          ["investment-attraction", "startup-support"], "plan"),
        C("중원문화권 위상에 걸맞게 문화재팀을 확대 개편해야 한다고 29일 주장했다", None, D, ["culture-tourism"], "plan", "손경수"),
        C("지역 문화재 효율적 활용과 체계적 보수관리를 위해 문화재팀 확대를 주장했다", None, D, ["culture-tourism"], "plan", "손경수"),
        C("독창적 관광 자원화 방안을 마련해야 한다고 했다", None, D, ["culture-tourism"], "plan", "손경수"),
        C("문화재 담당 부서 인력은 충주시가 6명인데", None, D, ["culture-tourism"], "statement", "손경수"),
    ],
    not_claims=["왼쪽부터 이상필 ㈜마이티워터 대표, 조길형 충주시장, 김현수㈜ 천암푸드 대표",
                "[충주시의회 손경수 의원, 문화재팀 확대 건의]",
                "[충주지역시민특별위원회, '충주에 투자해 주세요'"],
)

D = "2021-05-23"
J = "jeong-yong-rae"
G["lr-03-smartpro.txt"] = dict(
    metadata=M("“7만 과학인력 품은 유성구… ‘스타트업 파크’서 청년 창업 키운다”", "2021-05-23T08:15+09:00", None, None, "30200"),
    officials=[J],
    claims=[
        C("유성구는 우리나라 ‘과학기술 심장’ 대덕연구개발특구를 품고 있다", None, D, ["research-development"], "statement"),
        C("정부 출연 연구원 26곳과 벤처 기업 1800여곳이 연간 8조원의 연구·개발비로", None, D,
          ["research-development", "startup-support"], "statement"),
        C("정보 통신 기술(ICT)을 활용한 돌봄 사업, 맞춤형 과학 인재 양성 등으로 행정 효율성을 높여가고 있다", None, D,
          ["welfare", "education"], "statement"),
        C("첨단 과학 인프라를 활용한 청년 창업과 온천 관광 활성화에 주력하고 있다", J, D,
          ["startup-support", "youth-policy", "culture-tourism"], "statement"),
        C("스타트업파크 조성 사업 공모에서 유성구 궁동이 사업지로 선정됐다", J, D, ["startup-support"], "achievement"),
        C("창업 클러스터를 조성할 최적지다", J, D, ["startup-support"], "statement"),
        C("250여억원을 들여 내년 말까지 스타트업파크를 조성한다", J, D, ["startup-support"], "plan"),
        C("고급 기술 인력의 창업을 촉진하는 ‘충남대 팁스(TIPS) 타운’은 이달 중 운영을 시작한다", J, D, ["startup-support"], "plan"),
        C("궁동 일대가 창업 요람이 되도록 적극적으로 지원할 계획이다", J, D, ["startup-support"], "plan"),
        C("‘ICT 경로당’을 2016년 전국 최초로 만들었다", J, D, ["welfare"], "achievement"),
    ],
    not_claims=["-청년 창업을 이끌 ‘스타트업파크’를 조성 중이다.",
                "-디지털 행정 서비스는 어떻게 강화하나.",
                "과학기술 인력 7만2000여명이 상주한다",
                "관내 기업 124곳이 첨단 기술 기업으로 지정됐다"],
)

N = None
K = "김순은"
CM = "choi-min-ho"
G["lr-04-joongdo.txt"] = dict(
    metadata=M(None, None, None, None, "36"),
    officials=[CM],
    claims=[
        C("행정수도 개헌 및 세종시법 전부 개정 논의 필요성과 관련한 '세종시 발전전략'을 언급했다", None, N, ["decentralization"], "statement", K),
        C("국가균형발전, 국가 경쟁력 강화라는 행복도시법의 목적도 미완에 머물고 있다", None, N, ["decentralization"], "criticism", K),
        C("제2차 공공기관의 지방이전 지연에서 원인을 찾을 수 있다", None, N, ["decentralization"], "criticism", K),
        C("노무현 정부의 초기 의지가 차기 정부로 갈수록 추진 동력을 잃고 있다", None, N, ["decentralization"], "criticism", K),
        C("행정수도 완성 의지가 미흡한 결과", None, N, ["decentralization"], "criticism", K),
        C("시급한 과제로는 '행정수도 지위' 확보를 꼽았다", None, N, ["decentralization"], "plan", K),
        C("수도 기능 이전을 동력 삼아 행정수도 지위를 공고히 확보할 필요성이 있다는 의견을 던졌다", None, N, ["decentralization"], "plan", K),
        C("최상의 방안은 자치분권형 헌법 개정 추진을 전제로 '행정수도'의 헌법적 규정을 제도화하는 길로 제시했다", None, N, ["decentralization"], "plan", K),
        C("행정수도 지위도 시대정신과 접점을 맞춰야 한다", None, N, ["decentralization"], "plan", K),
        C("행정수도 세종시의 지위를 확고히 하는 과정에 세종시의 정책적 주도성이 잘 발휘돼야 한다", None, N, ["decentralization"], "plan", K),
        C("세종시는 국가 균형발전 실현을 목표로 출발한 전략적인 도시", CM, N, ["decentralization"], "statement"),
        C("그동안의 발전상을 통해 행정수도로서 국민 인식에 자리잡았다", CM, N, ["decentralization"], "achievement"),
    ],
    not_claims=["수도권과 비수도권 간 격차는 갈수록 벌어지고 있다.사진=세종시 자료집 갈무리.",
                "이날 참가자들은 '행정수도 세종, 자치분권 개헌'이란 구호를 외치며 행정수도 완성을 촉구했다. 사진=세종시 제공."],
)

D = "2025-02-10"
G["lr-05-odigital.txt"] = dict(
    metadata=M("'민생경제 회복'…전주시, 전통시장 활성화에 집중 지원", "2025-02-10T12:00:18+09:00", "김동철", "odigital", "52110"),
    officials=[],
    claims=[
        C("전통시장을 대상으로 시설개선과 디지털 역량 강화, 문화행사 지원 확대 등 다양한 사업을 추진한다고 10일 밝혔다", None, D,
          ["small-merchants", "culture-tourism"], "plan"),
        C("총 11억9천200만원을 들여 노후화한 전통시장 개선사업에 나선다", None, D, ["small-merchants"], "plan"),
        C("주요 사업은 모래내시장 5·6구역 아케이드 노후 부분 개보수", None, D, ["small-merchants"], "statement"),
        C("전통시장별 특화행사를 전북대 대학로 상점가로 확대할 예정이다", None, D, ["small-merchants", "culture-tourism"], "plan"),
        C("'디지털 전통시장 육성사업'을 펼친다", None, D, ["small-merchants"], "plan"),
        C("총 8억5천만원을 지원받아 온라인 유통 기반을 마련한다", None, D, ["small-merchants"], "plan"),
        C("다양한 사업이 전통시장 활성화와 민생경제 회복에 긍정적 역할을 할 것으로 기대한다", None, D, ["small-merchants"], "statement"),
    ],
    not_claims=["전주 모래내시장 치맥가맥 페스티벌", "[전주시 제공. 재판매 및 DB 금지]"],
)

D = "2026-01-07"
G["lr-06-seoul.txt"] = dict(
    metadata=M("천안시, 중부권 AI컴퓨팅센터 구축 등 602건 주요 업무 추진", "2026-01-07T18:27+09:00", "이종익", None, "44130"),
    officials=[],
    claims=[
        C("충남 천안시가 올해 중부권 AI컴퓨팅센터 구축 등 100만 시대를 대비한 602건의 주요 업무 추진에 나선다", None, D,
          ["fourth-industrial-revolution"], "plan"),
        C("7대 역점과제는 △미래 성장동력 강화", None, D, ["climate-carbon", "welfare"], "statement"),
        C("거점형 스마트도시 조성과 천안 중부권 AI컴퓨팅센터 구축, 천안아산 연구개발특구 내 MICE산업 기본구상 등에 집중한다", None, D,
          ["smart-city", "fourth-industrial-revolution", "research-development", "culture-tourism"], "plan"),
        C("우리동네 상권UP 프로젝트와 투자유치 ‘DELIVERY’ 추진 등 체감할 수 있는 사업들이 계획됐다", None, D,
          ["small-merchants", "investment-attraction"], "plan"),
        C("성환 혁신지구 도시재생사업, 시내버스 준공영제 도입 등도 추진한다", None, D, ["urban-regeneration", "public-transit"], "plan"),
        C("자연재해 위험개선지구 정비와 자연재난 통합안전관리 플랫폼 구축 등에 행정 역량을 집중한다", None, D, ["disaster-safety"], "plan"),
        C("기후 대응을 위해 C-스마트팜 기술 보급,과 업단지 에너지 자급자족 인프라 구축", None, D,
          ["climate-carbon", "agriculture", "energy-transition"], "plan"),
        C("따숨 천안형 푸드뱅크 지원과 온종일 아전돌봄 등 저출생·고령화 대응 맞춤형 돌봄 정책", None, D,
          ["welfare", "childcare-birth"], "plan"),
    ],
    not_claims=["7일 오전 천안시 주요업무 보고회가 열리고 있다. 시 제공",
                "시는 7일 ‘주요업무 보고회’를 열고 7대 역점과제에 따른 602건의 주요 업무 추진계획을 공유했다"],
)

E, P = "2019-10-08", "2019-10-09"
G["lr-07-kwangju.txt"] = dict(
    metadata=M("광주 인쇄거리 등 3곳 뉴딜사업 신규 선정", "2019-10-09T04:50+09:00", "김지을·김형호", "광주일보", "29"),
    officials=[],
    claims=[
        C("전남지역 4곳이 정부가 추진하는 도시재생 뉴딜사업 대상지로 신규 선정됐다", None, E, ["urban-regeneration"], "achievement"),
        C("2019년도 하반기 도시재생 뉴딜사업 대상지 76곳 선정했다", None, E, ["urban-regeneration"], "achievement"),
        C("전국의 낙후 지역 500곳에 매년 재정 2조 원·주택도시기금 5조 원·공기업 사업비 3조 원 등 5년간 총 50조 원을 투입하는 도시재생사업이다", None, P,
          ["urban-regeneration"], "statement"),
        C("북구 임동 야구마을 조성사업(우리동네살리기)이 선정됐다", None, E, ["urban-regeneration"], "achievement"),
        C("전남에서는 무안과 담양, 함평, 장흥군이 낙후 지역을 살리는 ‘도시재생 뉴딜사업’ 대상지로 선정됐다", None, E, ["urban-regeneration"], "achievement"),
        C("주차장, 도서관, 돌봄시설 등 생활 SOC를 공급하는 소규모 사업을 추진하게 된다", None, P, ["urban-regeneration", "welfare"], "plan"),
    ],
    not_claims=["무안·담양 등 전남은 4곳", "이 기사는 광주일보 홈페이지(img.kwangju.co.kr)에서 프린트 되었습니다."],
)

O = "oh-young-hun"
G["lr-08-news1.txt"] = dict(
    metadata=M("오영훈 제주지사 \"절박한 심정으로 제주관광 명예회복해야\"", None, "고동명", "뉴스1", "50"),
    officials=[O],
    claims=[
        C("제주관광의 명예를 회복할 기회를 잡기 어렵다는 절박한 마음이 잘 전달되고 설득하고 있는지 한번 되돌아봐야 한다", O, N, ["culture-tourism"], "plan"),
        C("관광의 이미지는 경제 등 지역사회의 모든 곳에 밀접한 영향력을 미칠 수밖에 없다", O, N, ["culture-tourism"], "statement"),
        C("민간과 합동으로 제주관광 대혁신비상대책위를 꾸려 대응하고 있다", None, N, ["culture-tourism"], "statement"),
        C("관광객의 만족도가 높아져야만 현재의 어려움을 극복할 수 있다", O, N, ["culture-tourism"], "statement"),
        C("가격 인하에 동참한 곳들이 있는데 이분들을 더 힘들게 하거나 서로 갈등을 부추기는 상황이 돼서는 안 된다", O, N, ["culture-tourism"], "plan"),
        C("가격인하 정책이 현실적으로 이뤄지도록 전 부서가 머리를 맞대 협력해달라", O, N, ["culture-tourism"], "plan"),
    ],
    not_claims=["22일 제주도청에서 열린 주간혁신성장회의(제주도 제공)/뉴스1"],
)

D = "2026-01-02"
H = "jeong-heon-yul"
G["lr-09-asiatoday.txt"] = dict(
    metadata=M("정헌율 ‘전북 3호 공약’…“K-푸드, 전북에서 세계로”", "2026-01-02T13:22+09:00", "박윤근", "아시아투데이", "52"),
    officials=[H],
    claims=[
        C("식품기업 300개 이상이 전북으로 모이고, 수조 원 규모의 산업 생태계가 형성될 것", H, D, ["investment-attraction"], "target"),
        C("문화·관광·기술·물류를 융합한 농생명 미래산업으로 진화시키겠다는 전략 선언이다", None, D, ["agriculture", "culture-tourism"], "plan"),
        C("식품기업 유치, 식품벤처캠퍼스 운영, K-로컬버거 성공사례(익산고구마버거) 등을 이끌어온 바 있다", None, D,
          ["investment-attraction", "startup-support"], "achievement"),
    ],
    not_claims=["국가식품클러스터 성공 경험을 전북 전역으로 확장",
                "익산 국가식품클러스터를 방문한 김민석 국무총리 (25.12.5)",
                "전북특별자치도지사 선거 3호 공약으로 'K-푸드 메카 전북 구축'을 선언했다",
                "세계로 뻗는 식품산업의 전략 거점이 돼야 한다",
                "이제는 산업 구조를 전환하고 경제 지도를 다시 그릴 시점",
                "'대한민국 식품산업 전략지대'로 탈바꿈시키는 4대 실천 전략을 제시했다"],
)

if __name__ == "__main__":
    (ROOT / "gold").mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        out = {"article": name, **g}
        (ROOT / "gold" / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
