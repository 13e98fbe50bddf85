"""Write set-il gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

# il-01 Jeju cruise plan, institutional narration, 입력 2016-06-02 19:01, '2일 밝혔다'
D = "2016-06-02"
CT = ["culture-tourism"]
G["il-01-kmib.txt"] = {
    "metadata": md("제주도, 크루즈관광객 유치 집중 투자", "2016-06-02T19:01+09:00", "주미령", "국민일보", "50"),
    "officials": [],
    "claims": [
        c("향후 5년간 크루즈관광객 840만명을 유치하기 위해 발 벗고 나섰다", None, D, CT, "target"),
        c("2020년까지 총 410억원을 투입, 크루즈산업 기반구축", None, D, CT, "plan"),
        c("1조2000억원의 지역경제 파급효과를 달성한다는 목표도 정했다", None, D, CT, "target"),
        c("지난해 제주를 찾은 크루즈관광객은 62만명이다", None, D, CT, "statement"),
        c("도는 올 연말까지 100만명을 유치하고", None, D, CT, "target"),
        c("크루즈선석을 5개로 늘려 대형크루즈 5척이 동시 입항할 수 있는 체제를 갖추기로 했다", None, D, CT, "target"),
        c("내년 강정 민군복합항에 선석 2개를 확보하고", None, D, CT, "plan"),
        c("‘크루즈 전문 여행사’를 육성하는 한편", None, D, CT, "plan"),
    ],
    "not_claims": ["제주도, 크루즈관광객 유치 집중 투자"],
}

# il-02 Jeonbuk births, institutional narration, 기사승인 2025-01-20 15:22:02, '20일 … 따르면'
D = "2025-01-20"
CB = ["childcare-birth"]
G["il-02-kukinews.txt"] = {
    "metadata": md("전북, 12년 만에 출생아 수 반등 ‘저출생 위기 극복 청신호’", "2025-01-20T15:22:02+09:00", None, None, "52"),
    "officials": [],
    "claims": [
        c("전북지역 출생아 수가 지난해 12년 만에 증가세로 반등, 저출생 위기 극복의 가능성을 보여줬다", None, D, CB, "achievement"),
        c("지난해 전북지역 출생아 수는 전년 대비 205명 증가한 6897명으로", None, D, CB, "achievement"),
        c("출생아 수 증가 성과는 도내 9개 시․군에서 나타났다", None, D, CB, "achievement"),
        c("무주군이 2023년 43명에서 작년에는 62명으로", None, D, CB, "achievement"),
        c("이어 완주군은 411명에서 548명으로", None, D, CB, "achievement"),
        c("또한 고창군은 32명(23.36%)", None, D, CB, "achievement"),
        c("맞춤형 인구 정책이 결합된 결과로 평가하고 있다", None, D, CB, "achievement"),
        c("대표적인 인구 정책으로는 ▲첫만남이용권 지원", None, D, CB, "statement"),
        c("특히 완주군은 지난해 출산장려금을 50만원에서 200만원으로 대폭 확대했고", None, D, CB, "achievement"),
        c("순창군은 아동행복수당 확대 등 특화된 정책으로 긍정적인 성과를 이끌어냈다", None, D, CB, "achievement"),
    ],
    "not_claims": ["도내 9개 시·군 지난해 출생아 수 증가···전년 대비 205명 늘어",
                   "이에 전북자치도는 지난해 11월 ‘전북청년 희망 High, 아이 Hi 프로"],
}

# il-03 양승조 at a National Assembly forum; undated text -> all dates null
Y = "yang-seung-jo"
G["il-03-cctoday.txt"] = {
    "metadata": md("양승조 충남지사 감축 강조", None, "이권영", "충청투데이", "44"),
    "officials": [Y],
    "claims": [
        c("‘기후변화 대응 리더’로 새로운 길을 달려가겠습니다", Y, None, ["climate-carbon", "energy-transition"], "plan"),
        c("국민은 미세먼지와 온실가스 등으로 건강과 안전을 위협받고 있다", Y, None, ["fine-dust", "climate-carbon"], "statement"),
        c("그렇다고 지금 당장 모든 발전소를 없애자는 것은 아니다", Y, None, ["energy-transition"], "statement"),
        c("전력 수급 상황을 고려, 단계적으로 폐쇄 또는 에너지를 전환해야 한다", Y, None, ["energy-transition"], "plan"),
        c("석탄화력 조기 폐쇄는 장기적 비전으로", Y, None, ["energy-transition"], "statement"),
        c("충남은 발전소 조기폐쇄와 성능개선사업 중단을 위해 태스크포스(TF) 가동", Y, None, ["energy-transition"], "statement"),
    ],
    "not_claims": ["양승조 충남지사 감축 강조",
                   "오늘 우리는 청정하고 안전한 대한민국을 만들기 위해 이 자리에 모였다",
                   "현재 가동 중인 전국 화력발전소 60기 중 절반이 충남에 있다",
                   "정부와 국회가 한마음 한뜻으로 힘과 지혜를 모아달라",
                   "‘노후 석탄화력 조기 감축을 위한 정책토론회’에 참석해 이같이 밝혔다",
                   "노후석탄화력 조기 감축을 공론화하기 위해 열린 이날 정책토론회는"],
}

# il-04 정용래 interview '22일' = page date 2026-02-22
D = "2026-02-22"
J = "jeong-yong-rae"
G["il-04-asiatoday.txt"] = {
    "metadata": md("주민 체감 정책 주력…4계절 축제 도시 추진하며 정원 도시로 연계", "2026-02-22", None, "아시아투데이", "30200"),
    "officials": [J],
    "claims": [
        c("4계절 축제가 이어질 수 있도록 추진하니 구민들의 높은 호응을 얻었습니다", J, D, ["culture-tourism"], "achievement"),
        c("정원도시로의 연계를 추진할 계획입니다", J, D, ["culture-tourism"], "plan"),
        c("관광객의 유입이 늘어나 지역상권에 활기가 돌았을 뿐 아니라", None, D, ["culture-tourism", "small-merchants"], "achievement"),
        c("4계절 축제는 4대 혁신 중 문화혁신의 일부분으로", None, D, ["culture-tourism", "startup-support", "welfare"], "statement"),
    ],
    "not_claims": ["창업·마을·돌봄·문화혁신 관련 완성형 정책체계 고도화 주력",
                   "대전 대표 과학도시로 글로벌 혁신창업도시 도약",
                   "구민의 삶의 질을 높이기 위한 정책에 몰두해 오고 있는 모습을 여실히 보여줬다",
                   "민선 8기 핵심 전략인 4대 혁신을 추진하며 유성구 곳곳에서 긍정적인 효과로 드러났다",
                   "이 중 창업혁신은 혁"],
}

# il-05 주철현 interview; undated text -> all dates null
S = "ju-cheol-hyeon"
CT = ["culture-tourism"]
G["il-05-seoul.txt"] = {
    "metadata": md("주철현 전남 여수시장 “에메랄드빛 바다, 섬 여행 힐링 가득”", None, None, "서울신문", "46130"),
    "officials": [S],
    "claims": [
        c("가는 곳마다 역사와 이야기가 있는 섬 관광은 가 본 사람만이 간직하는 소중한 추억이 될 겁니다", S, None, CT, "statement"),
        c("최근 들어 휴식과 힐링이 되는 섬 여행 바람이 불고 있다", S, None, CT, "statement"),
        c("지난 3년 동안 매년 5000여명씩 더 찾아오고 있어", S, None, CT, "achievement"),
        c("앞으로 섬 여행으로 더 유명해질 것이라고 했다", S, None, CT, "statement"),
        c("정부의 ‘찾아가고 싶은 섬’으로 선정돼 개발이 한창", S, None, CT, "achievement"),
        c("주민들의 복지와 연계되도록 다양한 아이디어를 찾고 있다", S, None, CT, "statement"),
    ],
    "not_claims": ["주철현 전남 여수시장 “에메랄드빛 바다, 섬 여행 힐링 가득”",
                   "육지에서 볼 수 없는 빼어난 절경을 걷는 기분은 단순히 말로 표현할 수가 없습니다",
                   "한강서 윈드서핑·요트·카누 즐기세요",
                   "산불 예방 영농부산물 파쇄 사업, 일부 시군 늑장",
                   "발밑을 치는 거센 파도와 해안선을 굽이도는 자갈길"],
}

# il-06 김창규 budget speech '지난 22일' (page date 2024-11-23)
D = "2024-11-22"
K = "kim-chang-gyu"
G["il-06-ccdailynews.txt"] = {
    "metadata": md("김창규 시장 “내년 투자유치 4조원 달성, 1500만 관광객 유치”", "2024-11-23", "목성균", None, "43150"),
    "officials": [K],
    "claims": [
        c("‘투자유치 4조원 달성과 1500만 관광객 유치’를 시정 최우선 목표로 제시했다", K, D,
          ["investment-attraction", "culture-tourism"], "target"),
        c("체류형 관광 개발과 대규모 국내·외 스포츠대회 유치를 통해 중부내륙 최고의 경제·관광도시로 발돋움하겠다", K, D,
          ["culture-tourism"], "plan"),
        c("주요 역점 시책으로 △기회·교육발전특구 지정 활용", K, D,
          ["investment-attraction", "education", "culture-tourism", "medical-industry"], "plan"),
        c("또 대규모 스포츠대회와 전지훈련 적극 유치, 문화예술 상생 체제 마련", K, D,
          ["culture-tourism", "welfare", "urban-regeneration", "agriculture", "smart-city"], "plan"),
        c("투자유치와 관광 진흥을 양 발전 축으로 행복한 경제·관광도시로 만들어 가겠다", K, D,
          ["investment-attraction", "culture-tourism"], "plan"),
        c("생활인구, 체류형 관광객 확보로 지역에 실질적 소비와 연계하고", K, D, ["culture-tourism"], "achievement"),
    ],
    "not_claims": ["체류형 관광개발, 스포츠대회 유치로 ‘경제·관광도시’ 안착",
                   "올해보다 307억원이 늘어난 1조1134억원의 예산을 편성했다",
                   "시민만을 바라보며 혼신의 힘을 다해 민선8기 시정을 성공적으로 이끌어 나갈 것"],
}

# il-07 최민호 briefing '2일' = 2024-05-02
D = "2024-05-02"
M = "choi-min-ho"
CT = ["culture-tourism"]
G["il-07-ccnnews.txt"] = {
    "metadata": md("최민호 시장, 세종국제정원도시박람회 '도시전체 정원화'", "2024-05-02", "최형순", "충청뉴스", "36"),
    "officials": [M],
    "claims": [
        c("세종국제정원도시박람회가 2026년 4월 10일부터", M, D, CT, "plan"),
        c("세종시 전체를 정원화 시키겠다는 큰 꿈을 그리고 있다", M, D, CT, "plan"),
        c("입장료를 내고 관람할 수 있도록 집중적으로 관리를 할 것", M, D, CT, "plan"),
        c("금강 변에 있는 호수공원 일대를 정원 코스로 만들겠다", M, D, CT, "plan"),
        c("빈집들을 활용하여 100개의 마을 정원을 만들겠다", M, D, ["culture-tourism", "urban-regeneration"], "target"),
        c("농사를 짓는 논밭, 복숭아 밭, 과수원 이런 것도 정원화 시킬 수가 있다고 생각한다", M, D,
          ["culture-tourism", "agriculture"], "statement"),
        c("농장 정원을 만들겠다", M, D, ["culture-tourism", "agriculture"], "plan"),
        c("160여 개 초중고등학교마다 학교 안에도 학교 정원을 만들고", M, D, CT, "plan"),
    ],
    "not_claims": ["2026년 4월 10일부터 5월 24일까지 45일간 도시전체 개최",
                   "유럽의 어떤 도시도 이런 정원을 갖고 있는 아파트가 있겠나 싶을 정도로 아름답게 가꿔져 있다"],
}

# il-08 강임준 (sitting mayor, registered as 예비후보) press conference '3일' = 2026-03-03
D = "2026-03-03"
G_ = "kang-im-jun"
G["il-08-jjan.txt"] = {
    "metadata": md(None, "2026-03-03", "이환규", None, "52130"),
    "officials": [G_],
    "claims": [
        c("현대차그룹의 9조원 투자협약은 시작에 불과하다", G_, D, ["investment-attraction"], "achievement"),
        c("신재생에너지가 생산되는 새만금은 기업들에게 기회의 땅이 될 것이고", G_, D,
          ["energy-transition", "investment-attraction"], "plan"),
        c("△AI·에너지가 이끄는 산업을 통한 미래산업 중심도시 도약", G_, D,
          ["fourth-industrial-revolution", "culture-tourism", "education", "welfare", "public-health", "disaster-safety"],
          "plan"),
    ],
    "not_claims": ["3일 시청 브리핑룸서 기자회견",
                   "강임준 군산시장 예비후보가 3선 도전을 공식 선언했다",
                   "대한민국의 지방정부를 책임지는 시장은",
                   "아마추어에게 군산시를 맡길 수 없다",
                   "강임준이 군산을 다시 뛰게 만들 것",
                   "군산의 새로운 전성기, 반드시 열어내겠다"],
}

# il-09 이용섭 New Year press meeting '4일' = 2022-01-04 (page 2022.01.04 12:05:05)
D = "2022-01-04"
L = "lee-yong-seop"
G["il-09-edaily.txt"] = {
    "metadata": md("이용섭 광주시장 “대선에 역량 집중할 때…제2 광주형 일자리 복안”", "2022-01-04T12:05:05+09:00", "문승관", "이데일리", "29"),
    "officials": [L],
    "claims": [
        c("지역 현안의 차질 없는 추진, 코로나19 방역에 전념할 것", L, D, ["public-health"], "plan"),
        c("군 공항 이전, 달빛 고속철 조기 착공", L, D,
          ["airport-relocation", "public-transit", "fourth-industrial-revolution"], "plan"),
        c("광주형 일자리의 후속사업으로 친환경차 부품공장 건립을 시사하기도 했다", L, D, ["jobs", "future-vehicles"], "plan"),
        c("광주형 일자리 1호 기업인 광주글로벌모터스(GGM) 준공과", L, D, ["jobs", "future-vehicles"], "plan"),
    ],
    "not_claims": ["“지방선거 입장 3월에 발표…조기 예비후보 등록 않을 것”",
                   "광주형 일자리 후속사업, 친환경차 부품공장 건립 시사해",
                   "지방선거와 관련한 입장은 대선일인 3월9일 이후에 발표할 것",
                   "조기에 예비 후보자로 등록하는 게 아니냐는 추측에 선을 그었다",
                   "광주 발전을 위해서는 대선 승리가 매우 중요하다"],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, g in G.items():
        doc = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += len(g["claims"])
        print(name, len(g["claims"]))
    print("total", total)
