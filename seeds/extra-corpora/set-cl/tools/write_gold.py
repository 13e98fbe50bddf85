"""Writes the hand annotations of set-cl to gold/ (one JSON file per article)."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# cl-01: Seoul mayor 오세훈, youth housing brand, 2026-03-10 (event day = publication day)
D = "2026-03-10"
O = "oh-se-hoon"
G["cl-01-heraldcorp.txt"] = {
    "metadata": {"headline": "“청년들, ‘집 때문에 인생 계획 멈췄다’고 해”", "published": "2026-03-10",
                 "reporter": "손인규", "outlet": "헤럴드경제", "jurisdiction": "11"},
    "officials": [O],
    "claims": [
        c("서울시가 청년들의 주거 문제를 해결할 수 있도록 노력할 것이라고 밝혔다", O, D, ["housing", "youth-policy"], "plan"),
        c("특히 이재명 정부의 10·15 대책이 있은 하반기에 4.9%가 집중적으로 뛰었다", O, D, ["housing"], "criticism"),
        c("시장을 이기려는 이재명 정부의 오만이 전월세 매물찾기 대란을 부른 것", O, D, ["housing"], "criticism"),
        c("서울시는 오늘 청년 주거 통합 브랜드 ‘더드림집 플러스’를 발표하며 청년 주거 정책을 한층 더 촘촘하게 강화했다", O, D, ["housing", "youth-policy"], "achievement"),
        c("대학생부터 신혼부부까지 삶의 단계마다 맞춤형 청년주택을 2030년까지 7만4000호 공급하겠다", O, D, ["housing", "youth-policy"], "target"),
        c("월세 부담을 덜고 내 집", O, D, ["housing", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "“시장 이기겠다는 정부 실정에 청년 피해 커져”",
        "“서울시, 구석구석 살펴 청년들 울타리 될 것”",
        "청년 주거 통합 브랜드 ‘더드림집 플러스’ 발표 맞춤형 청년주택 2030년까지 7만4000호 공급",
        "어제오늘 연이틀 청년들의 목소리를 들었다",
        "바로 ‘집 때문에 인생 계획이 멈췄다’는 말",
        "올해 2월 기준 서울 전세 매물은 1만9000건으로 1년 전에 비해 33.5% 급감했다",
        "그 혼란의 최대 피해자는 언제나 청년",
        "5~6평 원룸 월세가 100만원을 넘기고, 그마저도 구하기 어렵다는 것이 지금 청년들의 현실",
    ],
}

# cl-02: 강서구청장 김태우 at the '2050 탄소중립 원팀서울' launch; undated text -> all dates null
K = "kim-tae-u"
G["cl-02-jungdoilbo.txt"] = {
    "metadata": {"headline": "김태우 서울 강서구청장, ‘2050 탄소중립 원팀서울 출정식’ 참석", "published": None,
                 "reporter": None, "outlet": "정도일보", "jurisdiction": "11500"},
    "officials": [K, "oh-se-hoon"],
    "claims": [
        c("참석해 탄소중립 실현을 위한 공동결의문을 선언했다", K, None, ["climate-carbon"], "plan"),
        c("탄소중립을 공동의 목표로 각 기관이 함께 노력하자는데 뜻을 모았다", None, None, ["climate-carbon"], "plan"),
        c("탄소중립 실현을 위한 5가지 실천조항이 담겼다", None, None, ["climate-carbon"], "plan"),
        c("기후위기에 따른 지진, 폭염 등 자연재해가 잇따르며 탄소중립에 대한 중요성이 높아지고 있다", K, None, ["climate-carbon"], "statement"),
        c("다양한 친환경 정책을 통해 57만 강서구민이 안심하고 행복하게 살 수 있는 자연과 공존하는 안전환경도시를 조성하겠다", K, None, ["climate-carbon"], "plan"),
        c("‘2050 강서구 탄소중립 녹색성장 기본계획’을 수립했으며", None, None, ["climate-carbon"], "achievement"),
    ],
    "not_claims": [
        "김 구청장, ‘탄소제로, 안전환경도시 강서’ 구호 외치며, 탄소중립 실현 다짐",
        "자치구별 실천다짐 선언 ▲자치구 우수사례 발표 등의 순으로 진행됐다",
        "이 자리에는 김태우 구청장을 비롯해 오세훈 서울시장, 서울시 자치구 구청장, 시민 등 300여 명이 함께했다",
    ],
}

# cl-03: 금천구 찾아가는 동 주민센터 + 독산극장; 박원순 and 차성수 quoted; undated text -> dates null
P, C = "park-won-soon", "cha-seong-su"
G["cl-03-maeil.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "매일일보",
                 "jurisdiction": "11545"},
    "officials": [P, C],
    "claims": [
        c("금천구가 이달부터 전 동을 대상으로 ‘찾아가는 동 주민센터’ 확대 시행한 가운데", None, None, ["welfare"], "achievement"),
        c("65세 도래 어르신을 방문해 건강상태 확인 및 상담을 진행했고", None, None, ["welfare"], "statement"),
        c("독산3동 주민센터의 독산극장은 대한민국에 하나밖에 없는 극장", C, None, ["culture-tourism"], "achievement"),
        c("동 주민센터가 단순히 민원처리 공간이 아니라 아침부터 저녁까지 주민과 공유하고 함께할 수 있는 공간이 됐다", C, None, ["welfare", "culture-tourism"], "achievement"),
        c("독산극장은 행정의 공간이 아니라 복지, 문화, 공동체가 함께하는 공간", P, None, ["welfare", "culture-tourism"], "statement"),
        c("멀게만 느껴지던 동 주민센터가 앞으로 주민 곁에서 항상 함께 할 것", P, None, ["welfare"], "plan"),
    ],
    "not_claims": [
        "65세 도래 어르신 방문, 건강상태 확인 및 상담 실시",
        "또 살구지역아동센터를 방문해 지역아동 담당교사와 대화하는 시간을 가졌다",
        "독산3동 주민센터 민원실 공간을 극장으로 재설계한 독산극장 개소식에 참석했다",
    ],
}

# cl-04: 마포구청장 유동균 elected chair of 서울도심관광협의회; published 2021-12-23, meeting '지난 22일'
Y = "yu-dong-gyun"
P4, E4 = "2021-12-23", "2021-12-22"
G["cl-04-seoul.txt"] = {
    "metadata": {"headline": "유동균 마포구청장, 서울도심관광협의회 3대 회장 선출… 도심 6구 관광 발전 이끈다",
                 "published": "2021-12-23T09:35+09:00", "reporter": "조희선", "outlet": None,
                 "jurisdiction": "11440"},
    "officials": [Y, "kim-yeong-jong", "lee-seung-ro"],
    "claims": [
        c("도심 6구의 관광 발전을 이끄는 역할을 맡는다", None, P4, ["culture-tourism"], "plan"),
        c("협의회는 도심 6구의 관광 발전 방안을 모색하기 위해 2019년 구성됐다", None, P4, ["culture-tourism"], "statement"),
        c("협력적 관광 거버넌스 구축 등을 위해 협력하고 있다", None, P4, ["culture-tourism"], "statement"),
        c("온라인 플랫폼 내 가상 전시관을 구성해 시민들에게 공개하는 사업 제작 발표회도 열렸다", None, E4, ["culture-tourism"], "statement"),
        c("협의회는 내년에 도심부 관광 안내 지도를 다국어판으로 제작하고", None, P4, ["culture-tourism"], "plan"),
        c("생활 관광 명소를 반상회보 등에 게재했다", None, P4, ["culture-tourism"], "achievement"),
        c("달력 사진 형태로 제작해 내년부터 관광지 홍보에 활용할 계획이다", None, P4, ["culture-tourism"], "plan"),
        c("도심 6구가 서울의 대표 관광지로 우뚝 설 수 있는 토대를 만들겠다", Y, P4, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "유 구청장이 차기 회장으로 선출했다",
        "이어 내년에 추진할 공동 협력 사업에 대해서도 논의도 이뤄졌다",
        "서울도심관광협의회에 참여하면서 새로운 시각으로 배우고 느낀 바가 많다",
        "마포구 제공",
    ],
}

# cl-05: 수원시장 이재준 at university entrance ceremonies; no publication date in the text -> dates null
L = "lee-jae-jun"
G["cl-05-pressian.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41110"},
    "officials": [L],
    "claims": [
        c("아주대와 경기대에서는 수원시 청년정책도 소개했다", L, None, ["youth-policy"], "statement"),
        c("청년 여러분의 고민에 귀 기울이며 청년들이 겪는 어려움을 해결할 방법을 함께 찾겠다", L, None, ["youth-policy"], "plan"),
        c("수원시는 청년 해외 취업 지원, 일자리박람회 등 다양한 취업 지원 정책을 펼쳐 기업과 청년들을 연결하겠다", L, None, ["jobs", "youth-policy"], "plan"),
        c("5개 분야에서 57개 청년 정책·사업을 추진한다", None, None, ["youth-policy"], "plan"),
        c("일자리 분야 사업은 △취업준비청년 면접정장 무료 대여", None, None, ["youth-policy", "jobs", "housing"], "statement"),
        c("복지·문화 분야 사업은 △대학생 문화기획단", None, None, ["youth-policy", "welfare", "culture-tourism"], "statement"),
    ],
    "not_claims": [
        "여러분이 꿈을 이룰 수 있도록 수원시가 함께하겠다",
        "성인으로서 첫발을 내딛는 여러분이 꿈을 실현할 수 있도록 수원시가 함께 하겠다",
        "응답자의 55%가 ‘취업과 일자리’가 고민이라고 답했다",
        "저도 20여 년 전에 시골에서 올라와 수원에서 대학 생활을 하며",
        "수원시는 신입생 여러분이 꿈꾸는 미래를 실현",
        "입학식을 잇달아 찾아 입학을 축하했다",
    ],
}

# cl-06: 성남형 버스 준공영제; published 2025-09-01 07:41:56, no event day
S = "shin-sang-jin"
D6 = "2025-09-01"
T = ["public-transit"]
G["cl-06-dailyn.txt"] = {
    "metadata": {"headline": "성남시, 맞춤형 버스 준공영제 시행…연간 900억 세금 절감",
                 "published": "2025-09-01T07:41:56+09:00", "reporter": "이종성", "outlet": "데일리엔뉴스",
                 "jurisdiction": "41130"},
    "officials": [S],
    "claims": [
        c("성남시가 ‘성남형 버스 준공영제’를 통해 시민 세금 900억원을 절감하고 대중교통 서비스를 강화하고 있다", None, D6, T, "achievement"),
        c("교통 소외지역이나 적자 노선에만 시가 지원하는 맞춤형 방식이다", None, D6, T, "statement"),
        c("유형별로 나눠 지원하며 비용은 줄이고 서비스는 강화하는 것이 핵심이다", None, D6, T, "statement"),
        c("매년 900억원의 예산 절감 효과를 거두고 있다", None, D6, T, "achievement"),
        c("국비 50% 지원을 받아 시비 부담률이 절반 수준으로 줄었다", None, D6, T, "achievement"),
        c("일반 광역버스 대비 약 64% 비용 절감 효과를 보인다", None, D6, T, "achievement"),
        c("시내버스는 46개 노선 623대 중 적자 노선 35개 371대에만 지원이 집중되며", None, D6, T, "statement"),
        c("주민 필수 노선 9개 51대는 100% 전액 지원해 시민 기본 교통권을 보장한다", None, D6, T, "statement"),
        c("운수종사자의 근무 형태도 격일제에서 1일 2교대로 전환돼 근로 여건이 개선됐다", None, D6, ["public-transit", "labor-relations"], "achievement"),
        c("종사자는 2022년 2132명에서 2025년 2643명으로 511명 증가했다", None, D6, ["public-transit", "jobs"], "achievement"),
        c("절감된 예산을 시민 편의 중심의 노선 확충에 재투자해 대중교통 만족도를 높이겠다", S, D6, T, "plan"),
    ],
    "not_claims": [
        "수익 노선 민간 운영, 적자 노선만 시가 지원",
        "광역·시내·마을버스 맞춤 지원으로 비용 절감",
    ],
}

# cl-07: 서울시 제2차 도시철도망 구축계획 announced 20일; published 2019-02-21 00:00:00; no official named
D7 = "2019-02-20"
G["cl-07-kukinews.txt"] = {
    "metadata": {"headline": "출퇴근 시간 줄어드나…서울시, 도시철도망 개편 예정",
                 "published": "2019-02-21T00:00:00+09:00", "reporter": "지영의", "outlet": "쿠키뉴스",
                 "jurisdiction": "11"},
    "officials": [],
    "claims": [
        c("서울시는 20일 ‘제2차 서울시 도시철도망 구축계획’을 발표했다", None, D7, T, "plan"),
        c("서울 목동과 청량리를 횡단하는 지하 경전철이 건설된다", None, D7, T, "plan"),
        c("신림선 경전철을 여의도까지 연장하는 계획도 담겼다", None, D7, T, "plan"),
        c("지하철 혼잡도는 30% 줄어들 것으로 전망했다", None, D7, T, "statement"),
        c("대중교통 분담률이 현재의 66%에서 75%까지 올라 대기오염이 약 15% 줄 것으로 예측했다", None, D7, ["public-transit", "fine-dust"], "statement"),
        c("오는 4월 중 국토부 측에 승인 요청을 할 방침이다", None, D7, T, "plan"),
    ],
    "not_claims": [
        "이 기사 어떻게 생각하세요",
    ],
}

# cl-08: 안산시 예술·교육 특화도서관; published 2017-11-28 16:32:19; institutional narration + unnamed 시 관계자
D8 = "2017-11-28"
CT = ["culture-tourism"]
G["cl-08-newsis.txt"] = {
    "metadata": {"headline": "안산에 예술·교육 특화도서관 들어선다", "published": "2017-11-28T16:32:19+09:00",
                 "reporter": "이종일", "outlet": "뉴시스", "jurisdiction": "41270"},
    "officials": [],
    "claims": [
        c("경기 안산에 예술, 교육 등 특화도서관 두 곳이 들어선다", None, D8, CT, "plan"),
        c("2022년 와동공원에 교육도서관을 건립할 계획이라고 28일 밝혔다", None, D8, CT, "plan"),
        c("시는 예술도서관을 인근 서울예술대학교와 연계해 청소년 예술교육을 하고", None, D8, ["culture-tourism", "education"], "plan"),
        c("예술도서관은 화목어린이공원에 연면적 3910㎡", None, D8, CT, "plan"),
        c("교육도서관은 청소년 대상 독서지도, 체험교육, 연구 활동 지원을 목적으로", None, D8, ["culture-tourism", "education"], "plan"),
        c("예술도서관은 국비 20억 원과 시비 121억 원 등 141억 원", None, D8, CT, "statement"),
        c("지역 특성을 반영한 특화도서관 건립 계획을 수립했으며", None, D8, CT, "achievement"),
        c("중기지방재정계획 심의위를 열어 2개 특화도서관 건립 사업을 의결했다", None, "2017-11-03", CT, "achievement"),
        c("2019년 상반기 예술도서관 공사에 돌입할 예정", None, D8, CT, "plan"),
        c("2022년 준공 예정인 교육도서관 건립 시기를 앞당길지 정할 것", None, D8, CT, "plan"),
    ],
    "not_claims": [
        "경기 안산시청 전경. 2017.11.28. (사진 = 안산시 제공) photo@newsis.com",
    ],
}

# cl-09: 동작구 EV chargers; published 2024-02-19 13:47; '19일 밝혔다' = publication day
PH = "park-il-ha"
D9 = "2024-02-19"
FV = ["future-vehicles"]
G["cl-09-hankookilbo.txt"] = {
    "metadata": {"headline": "[클릭! 자치뉴스] 동작구, 전기차 충전소 6곳 추가 확대",
                 "published": "2024-02-19T13:47+09:00", "reporter": "김현우", "outlet": "한국일보",
                 "jurisdiction": "11590"},
    "officials": [PH],
    "claims": [
        c("관내 공공시설 6곳에 전기차 충전소를 추가로 설치하고 16일부터 운영에 들어갔다고 19일 밝혔다", None, D9, FV, "achievement"),
        c("설치 장소는 △대방생태공영주차장", None, D9, FV, "statement"),
        c("동작구에 보급된 전기차는 1,635대로, 충전기는 관공서와 공동주택 등에 총 1,593대가 설치돼 운영 중이다", None, D9, FV, "statement"),
        c("다만 충전시설 대부분이 아파트 단지 내 집중된 탓에 접근성이 떨어졌다", None, D9, FV, "statement"),
        c("전기차 충전 인프라를 지속적으로 구축해 구민의 불편을 해소해 나가겠다", PH, D9, FV, "plan"),
    ],
    "not_claims": [
        "주택가 밀집지역 공공시설에 설치",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
