"""Write set-gb gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}

G = {}
d = "2022-02-16"
G["gb-01-breaknews.txt"] = dict(
    metadata=M("강원도, ‘2040 탄소중립 선제적 대응 위한 강원형 탄소중립 이행전략’ 추진",
               "2022-02-16T15:29+09:00", "김현우", "브레이크뉴스", "42"),
    officials=[],
    claims=[
        C("2022년부터 ‘2040 탄소중립 선제적 대응을 위한 강원형 탄소중립 이행전략’을 본격적으로 추진한다고 밝혔다", None, d, ["climate-carbon"], "plan"),
        C("정부보다 10년 앞당긴 ‘강원형 2040 탄소중립’*을 선언하는 등 발 빠르게 대응한 바 있다고 전했다", None, d, ["climate-carbon"], "achievement"),
        C("후속 탄소중립 정책을 추진했으며, 이를 위한 법적 추진 동력을 위해 탄소중립기본법을 제정했다고 했다", None, d, ["climate-carbon"], "achievement"),
        C("지역 주도의 탄소중립을 위한 이행체계 기반을 마련하기 위해 이행전략을 수립했다고 했다", None, d, ["climate-carbon"], "achievement"),
        C("2022년을 탄소중립 이행 원년으로 삼아", None, d, ["climate-carbon"], "plan"),
    ],
    not_claims=["강원도, ‘2040 탄소중립 선제적 대응 위한 강원형 탄소중립 이행전략’ 추진",
                "강원도 2040 탄소중립 실현과 저탄소사회로의 전환",
                "강원형 ‘2040 탄소중립 추진전략 기본계획 발표(‘21.2.18.)",
                "▲ 강원도청 전경"],
)
d = "2019-02-12"; S = "choi-moon-soon"
G["gb-02-theleader.txt"] = dict(
    metadata=M("최문순 강원지사 “삼척 원전부지에 액체 수소 시범도시 조성”", "2019-02-12T17:40+09:00",
               "전경해", "더리더", "42"),
    officials=[S],
    claims=[
        C("3대 첨단 산업, 꼭 성공시키겠다", S, d, ["energy-transition", "future-vehicles"], "plan"),
        C("도가 시작하는 3대 첨단 산업은 액체 수소 산업, 소형 전기 자동차, 수열 에너지", S, d, ["energy-transition", "future-vehicles"], "statement"),
        C("삼척의 원전 부지에 액체 수소 시범도시를 만드는 것을 목표로 삼고 있다", S, d, ["energy-transition"], "plan"),
        C("최첨단 액체 수소 산업을 선점해보겠다", S, d, ["energy-transition"], "plan"),
        C("서민 경제의 핵심은 일자리이다", S, d, ["jobs"], "statement"),
        C("우리 도의 취업률은 오랜 기간 전국 최하위에서 작년에는 전국 평균을 따라잡았다", S, d, ["jobs"], "achievement"),
        C("올해의 목표는 63%이다", S, d, ["jobs"], "target"),
        C("이 목표를 달성하기 위해 일자리 재단을 설립해 전수관리하겠다", S, d, ["jobs"], "plan"),
    ],
    not_claims=["삼척 원전부지에 액체 수소 시범도시 조성",
                "▲평화 ▲경제 ▲일자리 ▲올림픽 ▲남북관계 등을 언급했다",
                "평화지역에는 올해부터 본격적인 투자가 시작된다",
                "사람들이 떠나지 않는 평화 지역이 되도록 최선을 다하겠다"],
)
d = "2019-12-11"
G["gb-03-joongdo.txt"] = dict(
    metadata=M("강원도, ‘수소도시 비전선포 및 액화수소포럼’개최!", "2019-12-11T11:13+09:00", "한상안", None, "42"),
    officials=["choi-moon-soon", "kim-yang-ho"],
    claims=[
        C("액화수소 산업의 주도권을 선점하고, 액화수소 기반 구축과 활성화 방안을 모색하기 위해", None, d, ["energy-transition"], "plan"),
        C("수소산업 육성에 대한 강한 의지를 다지고", None, d, ["energy-transition"], "plan"),
        C("'수소도시 조성'사업의 원활한 추진을 위한", None, d, ["energy-transition"], "plan"),
    ],
    not_claims=["수소도시 비전선포, 액화수소위원 위촉, 액화수소포럼으로 구성",
                "강원도가 두번째로 기획한 이번 포럼은",
                "수소경제사회 실현을 위한 안전관리 방향"],
)
S = "won-chang-muk"
G["gb-04-hknews.txt"] = dict(
    metadata=M("원주시, \"중부권 중심도시로 급부상\"이라고 자평", None, None, "한국검경뉴스", "42130"),
    officials=[S],
    claims=[
        C("광주-원주고속도로 개통, 수도권전철 연장 등 수도권 접근성과 물류 인프라가 크게 개선되었다", None, None, ["public-transit"], "achievement"),
        C("원주 기업도시내 신규 투자와 관련한 상호 협력을 위한 투자협약(MOU)을 체결했다", None, None, ["investment-attraction"], "achievement"),
        C("65명의 지역인력을 고용할 계획이어서 지역경제 활성화와 일자리 창출에 크게 기여할 것", None, None, ["investment-attraction", "jobs"], "statement"),
        C("원주시가 총 11개 기업을 유치함으로써 도내 시군 중 가장 높은 성과를 올렸다", None, None, ["investment-attraction"], "achievement"),
        C("인천~강릉간 고속철도와 수도권 전철도 곧 개통될 예정이어서 이와 같은 결과는 앞으로도 계속 이어질 전망이다", None, None, ["investment-attraction", "public-transit"], "statement"),
        C("고용창출 등 기업유치의 시너지 효과를 기대한다", S, None, ["investment-attraction", "jobs"], "statement"),
        C("투자기업의 조기 정착과 경영안정화를 위해 투자 초기부터 단계별 지속적인 모니터링을 통해", S, None, ["investment-attraction"], "plan"),
    ],
    not_claims=["중부권 중심도시로 급부상하고 있다\"고 자평하고 나섰다"],
)
d = "2017-10-20"
G["gb-05-atpaju.txt"] = dict(
    metadata=M("아이 키우기 좋은 파주시’조성 위해 힘쓰다!", "2017-10-20T11:46+09:00", None, None, "41480"),
    officials=[],
    claims=[
        C("다양한 보육정책과 인프라 확충에 힘쓰고 있다", None, d, ["childcare-birth"], "statement"),
        C("평균 합계출산율은 1.17명으로 20151.24명에서 소폭 하락했다", None, d, ["childcare-birth"], "statement"),
        C("파주시의 출생아수는 2014411, 2015478명으로 비슷했으나", None, d, ["childcare-birth"], "statement"),
        C("아이 키우기 좋은 파주시를 위한 다양한 정책과 인프라 확충이 시급한 실정이다", None, d, ["childcare-birth"], "statement"),
        C("출산축하금 지원 등을 추진 중이다", None, d, ["childcare-birth"], "statement"),
        C("파주시내 어린이집은 현재 총 477곳으로", None, d, ["childcare-birth"], "statement"),
        C("공공형 어린이집 신규 발굴 등을 통해 공보육률을 높일 방침이다", None, d, ["childcare-birth"], "plan"),
        C("행복주택내 시립어린이집(가칭 시립산내어린이집)을 개원한다", None, d, ["childcare-birth"], "plan"),
        C("양질의 보육을 제공할 수 있는 공공형 어린이집을 점차 확대할 계획이다", None, d, ["childcare-birth"], "plan"),
        C("시간당 4천원의 보육료를 지불하고 맡기는", None, d, ["childcare-birth"], "statement"),
    ],
    not_claims=["[파주시 정책홍보관]", "아이 키우기 좋은 파주시조성 위해 힘쓰다!",
                "파주시의 다양한 보육정책과 인프라 확충 소개"],
)
S = "kim-seong-je"; e = "2026-02-11"
G["gb-06-seoul.txt"] = dict(
    metadata=M("“전통시장 활성화를 위한 지원 아끼지 않겠다”", "2026-02-12", "안승순", "서울신문", "41430"),
    officials=[S],
    claims=[
        C("시민들과 명절 인사를 나누며 전통시장 이용을 당부하고", S, e, ["small-merchants"], "statement"),
        C("전통시장은 민생 경제의 중심이자 버팀목", S, e, ["small-merchants"], "statement"),
        C("앞으로도 전통시장 활성화를 위한 지원을 아끼지 않겠다", S, e, ["small-merchants"], "plan"),
        C("전통시장 이용 활성화를 위해 농림축산식품부, 해양수산부와 함께", None, "2026-02-12", ["small-merchants"], "statement"),
    ],
    not_claims=["“전통시장 활성화를 위한 지원 아끼지 않겠다”",
                "상인과 인사를 나누고 있다",
                "관내 전통시장인 의왕도깨비시장을 찾아 명절 장을 봤다",
                "의왕사랑상품권과 온누리상품권으로 다양한 지역 음식과 제수용품, 명절 선물을 직접 샀다"],
)
S = "kim-gyeong-hui"; e = "2025-10-04"
G["gb-07-seoul.txt"] = dict(
    metadata=M(None, "2025-10-05", "안승순", None, "41500"),
    officials=[S],
    claims=[
        C("전통시장을 자주 이용해 달라고 당부했다", S, e, ["small-merchants"], "statement"),
        C("소상공인들이 지역경제의 든든한 버팀목이 돼서 감사하다는 인사와 함께 앞으로도 지원을 아끼지 않겠다고 약속했다", S, e, ["small-merchants"], "plan"),
        C("이천시상권활성화센터 개소를 준비하고 있으며", None, "2025-10-05", ["small-merchants"], "statement"),
    ],
    not_claims=["추석을 앞두고 4일 관내 전통시장에서 장을 보고 있다",
                "관고전통시장과 장호원전통시장을 차례로 방문해 시장 상인들과 소통하며 민생현장을 챙겼다",
                "추석 장보기로 명절 물가 동향을 살폈다"],
)
S = "heo-pil-hong"
G["gb-08-newscj.txt"] = dict(
    metadata=M(None, None, "김성규", "천지일보", "42720"),
    officials=[S],
    claims=[
        C("전원도시 귀농귀촌 특구 지정 이후인 2017년 인구가 다소 증가했으나", None, None, ["agriculture"], "statement"),
    ],
    not_claims=["홍천군 인구 7만 붕괴에 따른 ‘긴급 대책 보고회’를 개최했다",
                "인구 7만명 회복을 위한 긴급 대책 등 인구 유지 방안에 대한 구체적인 정책 논의",
                "지방소멸에 대한 위기감이 증가 하고 있다",
                "우리군 인구 증가세 전환을 위한 각고의 노력과 체계적이고 실효성 있는 정책을 추진해 달라"],
)
S = "lee-min-geun"; e = "2025-09-09"
G["gb-09-donga.txt"] = dict(
    metadata=M(None, "2025-09-10", None, None, "41270"),
    officials=[S],
    claims=[
        C("주민 의견을 듣고 해결책을 찾는 현장 소통 프로그램", None, e, ["citizen-participation"], "plan"),
        C("시민과 소통하며 삶의 만족도를 높이는 행정을 구현하는 것을 목표로 한다", None, e, ["citizen-participation"], "statement"),
        C("공무원들과 함께 현답버스를 타고 10월 말까지 25개 동을 차례로 방문한다", None, e, ["citizen-participation"], "plan"),
        C("실내 수영장 건립과 관련된 주민 간담회를 열었다", None, e, ["citizen-participation"], "statement"),
        C("주민들이 제안해온 다양한 현안을 살필 계획이다", None, e, ["citizen-participation", "disaster-safety"], "plan"),
        C("현장 중심 행정을 강화해 나갈 방침이다", None, e, ["citizen-participation"], "plan"),
        C("시민 누구나 자유롭게 참여할 수 있고, 필요하면 언제든 대화할 수 있는 열린 공간", S, e, ["citizen-participation"], "statement"),
        C("작은 의견도 소중하게 듣고 시정에 적극 반영하겠다", S, e, ["citizen-participation"], "plan"),
    ],
    not_claims=["해란공원 수영장은 총 169억 원을 투입해",
                "2027년 6월 공사 준공을 목표로 최선을 다하겠다"],
)

os.makedirs(OUT, exist_ok=True)
n = 0
for name, g in G.items():
    doc = {"article": name, **g}
    n += len(g["claims"])
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
print(len(G), "files,", n, "claims")
