"""Writes the hand annotations of set-av to gold/*.json."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# av-01: 강원도, 귀농귀촌 (institutional narration; only "26일" in text -> undated)
G["av-01-donga.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42"},
    "officials": [],
    "claims": [
        c("강원도가 2020년까지 귀농귀촌 5만 호 유치를 위해 1073억 원을 투입한다", None, None, ["agriculture"], "target"),
        c("올해부터 5년 동안 7개 사업을 시행한다고 26일 밝혔다", None, None, ["agriculture"], "plan"),
        c("970억 원을 들여 귀농 창업 및 주택 구입에 지원하고", None, None, ["agriculture", "startup-support"], "plan"),
        c("강원도는 우선 귀농귀촌 사업을 총괄할 전략본부를", None, None, ["agriculture"], "plan"),
        c("또 홍천 횡성 화천 양양 4개소에도 시군단위 전략본부가 설치된다", None, None, ["agriculture"], "plan"),
        c("‘체류형 농업창업지원센터’를 홍천군 서석면에 조성할 계획이다", None, None, ["agriculture", "startup-support"], "plan"),
    ],
    "not_claims": ["댓글 0"],
}

# av-02: 강원 화천군, TV script (민선 7기 2년 = 2020; no date in text)
G["av-02-chmbc.txt"] = {
    "metadata": {"headline": "잇단 악재 극복..'내고향 화천' 긍지", "published": None, "reporter": "박민기",
                 "outlet": None, "jurisdiction": "42790"},
    "officials": ["choi-mun-sun"],
    "claims": [
        c("교육복지에 주력하고 있는 화천군은", None, None, ["education"], "statement"),
        c("이상 기온에 따른 산천어축제 파행에 이은 조명래 환경부 장관의 폄훼발언, 동물보호단체의 산천어축제 논란은 지역경제를 뒤흔들었습니다", None, None, ["culture-tourism"], "statement"),
        c("최문순 군수는 전국에서 처음으로 대학등록금과 거주 지원금 100%를 제공하는 교육복지를 통해", None, None, ["education"], "achievement"),
        c("엄마 뱃속 잉태에서부터 대학 졸업할 때까지 아이를 잘 키우는 그런 프로젝트를 지속적으로 추진하는 것이", "choi-mun-sun", None, ["childcare-birth", "education"], "plan"),
        c("군수용품 생산을 위한 농공단지 조성 등 접경지역의 한계를 장점으로 바꾼다는 계획입니다", None, None, ["investment-attraction"], "plan"),
        c("강원도청 유치 등 3대 전략을 추진합니다", None, None, ["city-hall"], "plan"),
    ],
    "not_claims": [
        "민선 7기 출범 2년을 맞아 마련한 기획보도",
        "재선에 성공한 최문순 화천군수",
        "27사단 해체에다 코로나19의 파고는 접경지역 화천군을 막다른 골목으로 내몰았습니다",
        "잇단 악재 극복..'내고향 화천' 긍지 ::::: 기사",
    ],
}

# av-03: 강원 원주시, 원강수 Facebook post (excerpt starts mid-article; "지난 7일" only)
W = "won-gang-su"
G["av-03-ajunews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42130"},
    "officials": [W],
    "claims": [
        c("무실동 상권 활성화를 위해 5개 부서와 치열한 논의를 했다", W, None, ["small-merchants"], "statement"),
        c("상권 활성화를 위해 기반을 조성하는 것이 공공의 역할", W, None, ["small-merchants"], "statement"),
        c("시민들이 일단 오셔야 상권이 활성화되지 않겠습니까", W, None, ["small-merchants"], "statement"),
        c("주변 상권 활성화를 위해 주차장을 확보하면서 공원을 정비해", W, None, ["small-merchants"], "plan"),
        c("혁신도시, 원주역, 원주종합버스터미널, 기업도시를 연결하는 버스노선을 신설한다", W, None, ["public-transit"], "plan"),
        c("신설노선은 11개 정류장만 정차해 운행 시간이 대폭 단축됩니다", W, None, ["public-transit"], "statement"),
        c("기업도시에서 원주종합버스터미널까지 20여 분 만에 도착하게 되며", W, None, ["public-transit"], "statement"),
        c("원주 누리버스(마을버스)를 개편하여 코로나19 이후 감축됐던 시내버스 노선과 대중교통 사각지대를 해소하려고 한다", W, None, ["public-transit"], "plan"),
        c("시내버스 노선을 혁신적으로 개편하여 원주시가 시민 중심의 교통 선진도시로", W, None, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "무삼공원을 혁신적, 파격적으로 정비하겠습니다",
        "동부순환도로는 원주IC와 혁신도시를 직접 연결하여",
        "지역업체의 공사 참여와 물품구매가 확대되어",
    ],
}

# av-04: 충북 청주시, 이승훈 신년사 (민선 6기; "31일" only)
L = "lee-seung-hun"
G["av-04-newdaily.txt"] = {
    "metadata": {"headline": "‘희망찬 100만 도시·든든한 100년 미래’…‘희망의 씨앗’ 시민과 함께 거둬",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "43110"},
    "officials": [L],
    "claims": [
        c("청주시가 2조원에 육박하는 투자유치를 통해 지역발전의 기반을 마련하는 등", L, None, ["investment-attraction"], "achievement"),
        c("오송 제2생명과학단지를 비롯한 바이오메카 오송은 유수의 기업들이 주목하는 투자 1번지로 떠오르고 있다", L, None, ["medical-industry", "investment-attraction", "public-transit"], "achievement"),
    ],
    "not_claims": [
        "300만 충청 광역권을 선도해 나가야 할 것이라고 강조했다",
        "시정운영 방향을 ‘희망찬 100만 도시·든든한 100년 미래’로 정하고",
        "청주시 백년대계의 맥을 하나하나 짚어 나가겠다",
        "저출산, 소비부진, 가계부채, 기업투자 부진이라는 4중고",
        "청주국제공항도 개항 이래 처음 연간 이용객 200만 명을 넘어섰다",
    ],
}

# av-05: 충청북도, 관광개발 (institutional + unnamed 도 관계자), 국민일보 AMP
D5 = "2017-05-04"
G["av-05-kmib.txt"] = {
    "metadata": {"headline": "충북, 중부내륙에 힐링 관광거점 조성", "published": "2017-05-04T21:12+09:00",
                 "reporter": "홍성헌", "outlet": "국민일보", "jurisdiction": "43"},
    "officials": [],
    "claims": [
        c("충북 중부 내륙권이 융·복합 힐링 관광 거점으로 개발된다", None, D5, ["culture-tourism"], "plan"),
        c("490억원을 들여 중부내륙권 광역관광개발 7개와 관광자원개발사업 24개를 추진한다고 4일 밝혔다", None, D5, ["culture-tourism"], "plan"),
        c("중부내륙권 광역관광 개발 사업은 문화체육관광부의 국가정책 사업으로", None, D5, ["culture-tourism"], "statement"),
        c("충북의 경우 올해는 80억원을 투입해 충주 국제수변 레포츠공원", None, D5, ["culture-tourism"], "plan"),
        c("도는 이들 시설이 문을 열면 국내·외 관광객 유치에 디딤돌 역할을 할 것으로 기대하고 있다", None, D5, ["culture-tourism"], "statement"),
        c("모두 24곳의 관광자원 개발 사업을 추진한다", None, D5, ["culture-tourism"], "plan"),
        c("단양 온달 관광지와 천동 관광지 등은 낡은 관광시설과 서비스의 개선작업이 이뤄진다", None, D5, ["culture-tourism"], "plan"),
        c("관광 자원화해 충북을 다시 찾고 싶은 관광지로 만들 계획", None, D5, ["culture-tourism"], "plan"),
        c("융·복합 관광 개발에 힘쓰겠다", None, D5, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["충북, 중부내륙에 힐링 관광거점 조성", "입력 2017-05-04 21:12"],
}

# av-06: 충북 단양군, 김문근 interview with 서울신문 (' date 2025-08-19', interview 19일)
K = "kim-mun-geun"
D6 = "2025-08-19"
G["av-06-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2025-08-19", "reporter": None, "outlet": "서울신문",
                 "jurisdiction": "43800"},
    "officials": [K],
    "claims": [
        c("이 때문에 단양이 내륙관광 1번지로 부상하며 지역소멸 위기 속에서도 생활인구에서 성과를 내는 것", K, D6, ["culture-tourism"], "achievement"),
        c("외지 방문객들이 지역에서 숙박, 식사, 체험 등을 하며 소비활동을 주도하고 있다", K, D6, ["culture-tourism"], "statement"),
        c("비치파크, 단양역 복합관광 단지, 단양강 순환길 등 새로운 관광시설들이 들어설 예정", K, D6, ["culture-tourism"], "plan"),
        c("올해부터 KTX 중앙선이 부산까지 완전 개통돼 수도권뿐만 아니라 경상권 관광객들도 단양을 찾을 것", K, D6, ["public-transit", "culture-tourism"], "statement"),
        c("지난 4월 단양군의 유네스코 세계 지질공원 지정도 호재가 될 것으로 김 군수는 전망했다", K, D6, ["culture-tourism"], "statement"),
        c("유네스코 세계 지질공원은 지질학적으로 중요하고 아름다운 곳을 인증해 지켜가자는 제도", K, D6, ["culture-tourism"], "statement"),
        c("교육적 공간으로 가치가 높아 수학여행단 등 학생들 방문이 많이 늘어날 것", K, D6, ["culture-tourism"], "statement"),
        c("단양군의 유네스코 세계 지질공원 지정은 국내서 여섯 번째, 충청권에선 처음이다", None, D6, ["culture-tourism"], "achievement"),
        c("전국 최초의 주민주도형 귀농·귀촌 정책 등 주민등록 인구를 늘리기 위한 다양한 정책도 적극 추진하고 있다", K, D6, ["agriculture", "citizen-participation"], "statement"),
    ],
    "not_claims": [
        "남한강이 단양군 8개 읍면 가운데 6개 읍면을 관통하면서 시내에 강, 호수, 관광지가 모두 있다",
        "단양은 역사와 문화적 스토리도 많아 매력적인 고장",
        "지질명소 12곳을 보유하고 있고",
    ],
}

# av-07: 경상북도, 이철우 at a press-association meeting 2023-01-11
E = "lee-cheol-u"
D7 = "2023-01-11"
G["av-07-ohmynews.txt"] = {
    "metadata": {"headline": "이철우 경북도지사 \"저출산 대책 돈으로 안 돼, 청년들이 편하게 살아야\"",
                 "published": "2023-01-11T19:28+09:00", "reporter": None, "outlet": None, "jurisdiction": "47"},
    "officials": [E],
    "claims": [
        c("돈으로 해결할 수 없다", E, D7, ["childcare-birth"], "criticism"),
        c("편하게 살 수 있도록 해야 한다", E, D7, ["childcare-birth"], "plan"),
        c("어디에 살든 살기 좋은 나라를 만들고 분산을 해서 청년들이 살도록 해야 한다", E, D7, ["decentralization", "youth-policy"], "plan"),
        c("지친 청년들에게 결혼해라, 애를 낳아라 한들 무슨 결혼을 하고 애를 낳겠느냐", E, D7, ["childcare-birth"], "statement"),
        c("고등학교 졸업하고 대학에 진학하지 않더라도 월급을 먹고 살 수 있도록 줘야 한다", E, D7, ["jobs", "youth-policy"], "plan"),
        c("지친 청년들에게 공부 덜 시키고 취직해서 편하게 먹고 살도록 해주면 결혼하고 아기를 낳는다", E, D7, ["childcare-birth", "jobs"], "statement"),
        c("이웃이 아이를 키워주는 돌봄 혁명이 필요하다", E, D7, ["childcare-birth"], "plan"),
        c("지금 5000만 원 주면 아기 놓을 것 같지만 안 놓는다", E, D7, ["childcare-birth"], "criticism"),
        c("서울에 지금 집이 30억 하는데 5000만 원 받는다고 어떻게 살겠느냐", E, D7, ["childcare-birth"], "criticism"),
        c("세상의 틀을 바꾸어 지방에 살 수 있고 흩어져 살 수 있고 일찍 취직하는 사람이 먹고 살 수 있도록 해야 한다", E, D7, ["decentralization", "jobs"], "plan"),
    ],
    "not_claims": [
        "지친 청년들에게 공부, 결혼 출산 관심 없어... 이웃이 아이 함께 키워주는 돌봄 혁명 필요",
        "지방에 와서 살아야 한다",
        "이 지사는 또 이민정책을 과감히 바꾸어야 한다고 주장했다",
        "독일 같은 경우 터키 사람들이 가서 아이 다섯, 여섯 놓는다",
        "그런 나라 만들어야 한다",
    ],
}

# av-08: 경북 의성군, 이웃사촌 청년시범마을 briefing (site clock 2018.11.06; event "6일")
J = "kim-ju-su"
G["av-08-dailydgnews.txt"] = {
    "metadata": {"headline": "의성군, “사라지는 농촌이 아닌 살아나는 농촌 만든다”", "published": None,
                 "reporter": "김형만", "outlet": "데일리대구경북뉴스", "jurisdiction": "47730"},
    "officials": [J],
    "claims": [
        c("‘이웃사촌 청년시범마을’사업추진에 박차를 가하기 위한 현장소통행정에 나섰다", None, None, ["youth-policy", "citizen-participation"], "statement"),
        c("지방소멸지수 1위 의성군에 청년 일자리·주거단지·복지체계 등을 두루 갖춘 마을을 조성해", None, None, ["youth-policy", "jobs", "housing", "welfare", "childcare-birth"], "plan"),
        c("대한민국의 저출산, 고령화와 청년일자리 문제의 해결책이 될 수 있다고 생각한다", J, None, ["childcare-birth", "youth-policy", "jobs"], "statement"),
    ],
    "not_claims": [
        "이웃사촌 청년시범마을 주민설명회 개최",
        "‘이웃사촌 청년시범마을 주민설명회’를 개최했다",
        "모두들 한껏 기대에 찬 모습들이었다",
        "2018.11.06 (화)",
    ],
}

# av-09: 경상북도, 스마트도시 조성사업 (institutional; "25일" only)
G["av-09-etnews.txt"] = {
    "metadata": {"headline": "경산·의성, 강소형 스마트도시 조성사업에 선정", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "47"},
    "officials": [],
    "claims": [
        c("경산시와 의성군이 최종 선정, 오는 2026년까지 국비 93억원을 확보했다고 25일 밝혔다", None, None, ["smart-city"], "achievement"),
        c("스마트도시 조성사업은 각종 도시문제를 정보통신기술(ICT)을 활용해 해결하고", None, None, ["smart-city", "climate-carbon"], "statement"),
        c("사업은 거점형, 강소형, 솔루션 확산 등 3개 분야로 공모를 진행했다", None, None, ["smart-city"], "statement"),
        c("강소형 1곳(신청 17곳)과 솔루션 확산 사업 1곳(신청 19곳) 등 최종 2곳이 선정됐다", None, None, ["smart-city"], "achievement"),
        c("강소형에 최종 선정된 경산시는 총사업비 191억", None, None, ["smart-city"], "plan"),
        c("청년인구 감소로 인한 지역경제 쇠퇴 문제 해결을 위해 기존 도시 인프라", None, None, ["smart-city", "fourth-industrial-revolution", "youth-policy"], "plan"),
        c("청년과 시민이 참여하는 서비스 구축으로 신사업 일자리 기반을 마련할 계획이다", None, None, ["smart-city", "fourth-industrial-revolution", "startup-support", "youth-policy", "jobs"], "plan"),
        c("노령인구 대상 스마트헬스케어, 1인가구 AI돌봄시스템 적용으로 촘촘한 돌봄시스템을 구축하고", None, None, ["smart-city", "welfare", "public-health", "fourth-industrial-revolution", "disaster-safety"], "plan"),
    ],
    "not_claims": [
        "청년에 의한, 청년을 위한 혁신성장 플랫폼도시 경산(왼쪽), Stay Smart, Living Smart 활력 의성",
    ],
}

os.makedirs(GOLD, exist_ok=True)
for name, body in G.items():
    out = {"article": name}
    out.update(body)
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(out, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(body["claims"]))
print("total", sum(len(b["claims"]) for b in G.values()))
