"""Writes gold/*.json for set-cx (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
os.makedirs(OUT, exist_ok=True)


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# cx-01 asiae: 구례군 귀농산어촌 평가 (published ' date 2021-12'; '2일 밝혔다' -> 2021-12-02)
D = "2021-12-02"
KS = "kim-sun-ho"
G["cx-01-asiae.txt"] = {
    "metadata": {"headline": "구례군 2021년 귀농산어촌 유치 실적 및 군 자체사업 평가 ‘우수’", "published": "2021-12",
                 "reporter": "육미석", "outlet": "아시아경제", "jurisdiction": "46730"},
    "officials": [KS],
    "claims": [
        C("귀농산어촌 유치 실적과 군 자체사업비 확보로 전남 귀농산어촌 종합평가 결과", None, D, ["agriculture"], "achievement"),
        C("구례정착 보금자리 운영과 자체사업인 귀농귀촌인 주택수리비 지원", None, D, ["agriculture", "startup-support"], "achievement"),
        C("다양한 정착 지원에 최선을 다하겠다", KS, D, ["agriculture"], "plan"),
        C("군은 내년에도 귀농귀촌 유치지원 사업으로 단계별 맞춤형 귀농귀촌 상담과 지원정책을 제공할 계획이다", None, D, ["agriculture"], "plan"),
    ],
    "not_claims": ["구례군 2021년 귀농산어촌 유치 실적 및 군 자체사업 평가 ‘우수’",
                   "목포시를 제외한 도내 21개 시군을 대상으로 해마다 실시하고 있다",
                   "8개 항목 12개 지표로 진행됐다"],
}

# cx-02 cctoday: 양승조 행복키움수당 (undated -> all dates null)
YS = "yang-seung-jo"
CB = ["childcare-birth"]
G["cx-02-cctoday.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "조선교", "outlet": None, "jurisdiction": "44"},
    "officials": [YS],
    "claims": [
        C("행복키움수당 제도를 도입한 지 만 2년이 됐다", YS, None, CB, "statement"),
        C("2018년 11월 전국 최초로 12개월 이하 유아에게 충남형 아기수당을 지급한 데 이어", YS, None, CB, "achievement"),
        C("마침내 2년이 되는 올해 그 대상을 36개월 미만의 아동으로 대폭 확대한다", YS, None, CB, "plan"),
        C("총 373억원을 투입해 36개월 미만 총 4만 1000명에게 지급할 것", YS, None, CB, "target"),
        C("합계출산율 0.92명에 불과한 저출산 문제는 지금의 대한민국이 넘어서야 할 가장 큰 과제", YS, None, CB, "statement"),
        C("저출산을 극복하지 않고선 충남은 물론 대한민국의 미래도 없을 것", YS, None, CB, "statement"),
        C("대한민국의 저출산 문제를 선도해 나갈 수 있도록 관련 부서는 물론 전 실국이 함께 관심을 갖고 더욱 분발해 주실 것", YS, None, CB, "plan"),
    ],
    "not_claims": ["조선교 기자"],
}

# cx-03 sisamagazine: 광주 동구 서남동 도시재생뉴딜 현장지원센터 (undated)
LT = "lim-taek"
UR = ["urban-regeneration"]
G["cx-03-sisamagazine.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "송상교", "outlet": "시사매거진", "jurisdiction": "29110"},
    "officials": [LT],
    "claims": [
        C("동구청(청장 임택)은 “지난 22일 ‘함께하는 새 도약! 서남동 인쇄문화마을 조성’", None, None, UR, "achievement"),
        C("주민주도 도시재생주민협의체 창립총회에서는 창립선언과 함께 도시재생주민협의체가 정식 출범했다", None, None, UR + ["citizen-participation"], "achievement"),
        C("현장지원센터는 도시재생 사업을 총괄하는 중간지원 조직으로", None, None, UR, "statement"),
        C("국토교통부 사업으로 5년간 ▲인쇄 아카지엄 조성", None, None, UR + ["startup-support"], "plan"),
        C("서남동 도시재생 뉴딜사업이 주민이 주체가 돼 더욱 활발히 추진될 수 있기를 바란다", LT, None, UR + ["citizen-participation"], "plan"),
        C("동구다움을 가진 도시개발로 원도심에 활력을 불어 넣겠다", LT, None, UR, "plan"),
    ],
    "not_claims": ["도시재생 사업 거점 구축…주민협의체 출범도",
                   "광주광역시 동구청은 “지난 22일",
                   "유관기관 단체장, 주민 등 100여 명이 참석한 가운데 진행됐다"],
}

# cx-04 newsone: 대전 청년미래자문단 (undated)
LJ = "lee-jang-woo"
G["cx-04-newsone.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "전병군", "outlet": "뉴스원", "jurisdiction": "30"},
    "officials": [LJ],
    "claims": [
        C("대전시가 청년과의 소통 강화를 위해 ‘대전광역시 청년미래자문단’을 공식 출범시켰다", None, None, ["youth-policy", "citizen-participation"], "achievement"),
        C("청년단체 등의 추천을 통해 선발된 청년 32명으로 구성됐다", None, None, ["youth-policy", "citizen-participation"], "statement"),
        C("아시아 최고 가성비 여행지 9위에 선정되는 등 청년이 즐기고 머무는 도시로 변화하고 있다", LJ, None, ["culture-tourism", "youth-policy"], "achievement"),
        C("대전은 기업 성장 잠재력이 높고 일자리 기반이 빠르게 확충되고 있다", LJ, None, ["jobs"], "achievement"),
        C("청년이 떠나지 않고도 충분히 기회를 잡을 수 있는 도시로 만들고 있다", LJ, None, ["jobs", "youth-policy"], "statement"),
        C("청년 임대주택 공급 확대, 월세 지원, 결혼장려금, 미래두배 청년통장 등 생활 안정형 청년정책을 지속 추진하겠다", LJ, None, ["housing", "childcare-birth", "youth-policy"], "plan"),
    ],
    "not_claims": ["대학·자치구 추천 청년 32명 위촉, 이장우 시장과 정책토론 및 만찬 진행",
                   "시정 현안 및 청년정책 방향을 논의하는 자리를 마련했다",
                   "‘웨이팅의 도시’로 불릴 정도로 전국에서 주목받고 있다",
                   "시장과 자문단이 직접 의견을 나눴다",
                   "대전은 서울보다 취업 기회가 적다는 인식이 있다"],
}

# cx-05 sisaplusnews: 원희룡 관용 전기차 (undated)
WH = "won-hee-ryong"
FV = ["future-vehicles"]
G["cx-05-sisaplusnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "시사플러스", "jurisdiction": "50"},
    "officials": [WH],
    "claims": [
        C("지난 15일부터 도지사 업무차량으로 전기자동차를 구입해 타고 다니고 있다", None, None, FV, "statement"),
        C("관용차로 전기차를 도입한 것은 원 지사가 처음이다", None, None, FV, "achievement"),
        C("제주 카본프리 아일랜드 계획을 직접 실천하고 전기차 활성화에 기여하기 위해", None, None, ["climate-carbon"] + FV, "statement"),
        C("전국최초 전기차 민간보급, 전국 1위의 전기차 보급률", None, None, FV, "achievement"),
        C("전국적인 전기차 선도특구임을 다시 한번 내외에 알렸다", None, None, FV, "achievement"),
        C("제주자치도의 전기차 보급정책이 활기를 띌 것으로 예상된다", None, None, FV, "statement"),
        C("2020년까지 대중교통 중심 30%, 2030년까지 100% 전기차로 대체하는 계획을 추진하고 있다", None, None, FV, "target"),
        C("계획의 단계적 목표다", None, None, ["climate-carbon"] + FV, "statement"),
        C("제주도가 보급한 전기자동차는 6월말 현재 408대, 올해 451대가 더 보급된다", None, None, FV, "target"),
    ],
    "not_claims": ["▲ 원희룡 제주지사, 업무차량으로 전기차 구입",
                   "국내 순수 기술로 제작된 모델이다"],
}

# cx-06 hani: 황규철 옥천군수 interview (등록 2022-07-19 18:26; interview '지난 8일' -> 2022-07-08)
HG = "hwang-gyu-cheol"
DI = "2022-07-08"
G["cx-06-hani.txt"] = {
    "metadata": {"headline": "타지인에 명예군민 혜택…옥천군 ‘10만 관계인구 도시’ 만들 것", "published": "2022-07-19T18:26+09:00",
                 "reporter": "오윤주", "outlet": None, "jurisdiction": "43730"},
    "officials": [HG],
    "claims": [
        C("적극적인 교육·복지 정책으로 인구 회복을 약속했다", HG, DI, ["education", "welfare"], "plan"),
        C("이들에게 지역 내 휴양림·시설 이용 특전을 주고", HG, DI, ["culture-tourism", "agriculture"], "plan"),
        C("교육·복지가 튼실하지 않으면 큰 도시로 인구를 다 빼앗긴다", HG, DI, ["education", "welfare"], "statement"),
        C("교육 부문은 파격적인 실험을 준비한다", HG, DI, ["education"], "plan"),
        C("서울 유명 학원 영어·수학·진학 강사를 불러 강연하는 사업을 추진한다", HG, DI, ["education"], "plan"),
        C("군 예산을 교육·복지에 과감히 투자할 방침이다", HG, DI, ["education", "welfare"], "plan"),
        C("옥천 전역을 충북도립대의 캠퍼스로 만들려 한다", HG, DI, ["education"], "plan"),
    ],
    "not_claims": ["인구 감소, 지방 소멸 우려에서 자유로운 비수도권 자치단체는 많지 않다",
                   "‘7만 자족도시’, ‘10만 관계인구 도시’를 약속했는데",
                   "생활인구(현 5만1500여명)를 임기 안에 7만명까지 늘릴 생각이다",
                   "교육·복지 천국을 강조했는데, 이웃 대전·세종과 경쟁이 될까?",
                   "군정 인수위에 지역대학 총학생회장을 포함시켰다"],
}

# cx-07 ktn: 이춘희 세종시장 자율주행 (undated)
LC = "lee-choon-hee"
G["cx-07-ktn.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": [LC],
    "claims": [
        C("세종시를 대한민국 자율주행차 연구·개발 거점도시로 만들 겠다", LC, None, ["future-vehicles", "research-development"], "plan"),
        C("관련 기술의 상용화를 위한 적극적이고도 유연한 지원을 약속했다", LC, None, FV, "plan"),
        C("자율주행에 적합한 구조로 건설 가능한 신도시라는 점 외에도", LC, None, FV, "statement"),
        C("세종시는 비알티를 갖추고 있고 한창 건설 중인 도시라는 점에서 얼마든지 다양한 실험이 가능하다", LC, None, FV, "statement"),
        C("자율주행 실증을 넘어 최초의 상용화도 앞장서서 해나갈 수 있을 것", LC, None, FV, "statement"),
        C("빠른 시일 내 자율주행 실증도시로 만들어 낼 것이라고 강조했다", LC, None, FV, "plan"),
        C("세종시는 규제하는 행정이 아닌 기술개발과 혁신의 길을 여는 역할을 할 것", LC, None, ["future-vehicles", "research-development"], "plan"),
        C("앞으로 4차 산업혁명을 선도하는 도시가 되도록 시민들과 힘을 모으겠다", LC, None, ["fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": ["3차 산업혁명과 달리 4차 산업혁명에서는 세계 모든 나라가 같은 출발점에 서 있다",
                   "4차 산업혁명의 성패는 하고자하는 의지와 실행력에 달려있다",
                   "자율차 관련 법·제도 주무부처인 국토부와"],
}

# cx-08 jjilbo: 김승수 전주시장 민선7기 3주년 (승인 2021.07.01 17:24; 1일 기자회견)
KSS = "kim-seung-su"
D8 = "2021-07-01"
G["cx-08-jjilbo.txt"] = {
    "metadata": {"headline": "전주시 ‘탄소중립·신산업’ 100년 미래 연다", "published": "2021-07-01T17:24+09:00",
                 "reporter": "김주형", "outlet": None, "jurisdiction": "45110"},
    "officials": [KSS],
    "claims": [
        C("탄소중립과 신산업으로 전주시 100년 미래를 열겠다", KSS, D8, ["climate-carbon"], "plan"),
        C("첨단 바이오헬스 혁신 밸리 조성, 간선급행버스체계(BRT) 도입 등", KSS, D8, ["climate-carbon", "medical-industry", "public-transit"], "plan"),
    ],
    "not_claims": ["탄소중립, 4대 신성장산업, 첨단 바이오헬스 혁신 밸리, 미래광역도시 기반 구축에 역점",
                   "관광거점도시, 천만그루정원도시, 책의 도시, 전주형 지역재생 등으로 도시경쟁력 강화",
                   "/사진=전주시 제공",
                   "원하는 것을 꿈꾸는 상상력과",
                   "포스트코로나 민생활력사업을 집중 추진하는 시정운영방향을 제시했다",
                   "4대 역점정책은 ▲생태도시 대전환"],
}

# cx-09 kmib: 전북도 청년정책 2026 (' date 2026-02-16'; institutional narration only)
D9 = "2026-02-16"
Y = ["youth-policy"]
G["cx-09-kmib.txt"] = {
    "metadata": {"headline": "전북도, 청년정책에 3577억원 투입…일자리·주거에 2800억원 집중", "published": "2026-02-16",
                 "reporter": None, "outlet": None, "jurisdiction": "52"},
    "officials": [],
    "claims": [
        C("전북특별자치도가 올해 청년정책에 3577억원을 투입해 일자리·주거 중심의 맞춤형 지원에 나선다", None, D9, Y + ["jobs", "housing"], "plan"),
        C("5개 분야 100개 사업으로 추진된다", None, D9, Y, "plan"),
        C("2229억원이 일자리 분야에 집중됐다", None, D9, Y + ["jobs"], "statement"),
        C("핵심 사업은 ‘지역혁신중심 대학지원(RISE)’이다", None, D9, Y + ["education", "research-development"], "statement"),
        C("지역 산업과 연계한 인재 양성과 청년 정착을 목표로 한다", None, D9, Y + ["education", "research-development"], "statement"),
        C("‘청년 직무인턴’은 올해 1000명을 대상으로 운영되며", None, D9, Y + ["jobs"], "target"),
        C("구직 청년을 위한 ‘청년도전 지원사업’도 병행된다", None, D9, Y + ["jobs"], "plan"),
        C("참여수당 250만원과 취업 성공 시 50만원의 인센티브가 지급된다", None, D9, Y + ["jobs"], "statement"),
        C("청년농업인 지원도 확대된다", None, D9, Y + ["agriculture"], "plan"),
        C("청년창업농 2041명에게 월 90만~110만원의 영농정착지원금을 지급하고", None, D9, Y + ["agriculture", "startup-support"], "target"),
        C("주거 분야에는 578억원이 투입된다", None, D9, Y + ["housing"], "statement"),
        C("청년과 신혼부부를 대상으로 임대주택 936호를 공급하고", None, D9, Y + ["housing"], "target"),
        C("공공임대주택 입주 청년과 신혼부부에게는 임대보증금 최대 2000만원을 지원한다", None, D9, Y + ["housing"], "plan"),
        C("청년 4450명에게 월 최대 20만원씩 1년간 지원하고", None, D9, Y + ["housing", "agriculture"], "target"),
    ],
    "not_claims": ["일자리·교육·주거 등 5대 분야 100개 사업 추진",
                   "RISE·청년직무인턴·주거지원 등 체감형 정책 확대"],
}

for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
