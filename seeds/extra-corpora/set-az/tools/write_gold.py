"""Writes the hand annotations of set-az to gold/*.json."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# az-01: 충북 청주시, 이승훈 민선6기 2년 briefing; text gives only '28일' (URL 2016-06-28) -> dates null
L = "lee-seung-hun"
G["az-01-newdaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "43110"},
    "officials": [L],
    "claims": [
        c("투자유치, 기업체감도 향상, 2015동아시아도시 선정, 대규모 문화체육시설 유치 등의 성과는 85만 시민이 보여준 화합과 단결이 있어 가능했다", L, None, ["investment-attraction", "culture-tourism"], "achievement"),
        c("SK하이닉스, LG생활건강, 셀트리온 제약 등 국내 기업과 스템코, 원익머트리얼즈 등 외국 기업을 유치했다", L, None, ["investment-attraction"], "achievement"),
        c("총 542개 업체로부터 18조9434억원의 투자 유치와 1만9656명의 고용창출 효과를 거뒀다", L, None, ["investment-attraction", "jobs"], "achievement"),
        c("청주테크노폴리스 조성, 청주산업단지 경쟁력 강화 사업 선정, 도시첨단산업단지 유치 등이 지역발전의 견인차 역할을 했다", L, None, ["investment-attraction"], "achievement"),
        c("‘2015 동아시아 문화도시 선정’과 국립현대미술관 건립 유치를 가장 크게 꼽았다", L, None, ["culture-tourism"], "achievement"),
        c("이외에 청주실내빙상장, 세종대왕행국조성 등 문화관광 인프라 확대로 인해 기품있는 도시로 성장하고 있다고 밝혔다", L, None, ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "542개 업체 18조9434억 투자 유치, 1만9656명의 고용창출",
        "브리핑을 하고 있다.ⓒ김종혁 기자",
        "지난 2년은 통합을 위한 시간이었으며 앞으로의 2년은 ‘시민이 행복한 청주’를 만들어 가는 시간이라고 밝혔다",
        "경제부흥과 문화 융성의 성장 동력을 통해 창조경제 도시의 기틀을 마련한 것",
    ],
}

# az-02: 충북 영동군, 연합뉴스 via hankyung; '28일' only (URL 2022-02-28) -> dates null; institutional
G["az-02-hankyung.txt"] = {
    "metadata": {"headline": "영동군 \"올해 귀농귀촌 2천명 유치…10억여원 투입\"", "published": None, "reporter": None,
                 "outlet": "연합뉴스", "jurisdiction": "43740"},
    "officials": [],
    "claims": [
        c("충북 영동군은 올해 2천명의 귀농·귀촌인 유치를 목표로 세웠다", None, None, ["agriculture"], "target"),
        c("영동군은 28일 귀농·귀촌을 희망하는 도시민 유치을 위해 10억4천만원을 투입할 계획이라고 밝혔다", None, None, ["agriculture"], "plan"),
        c("군은 귀농·귀촌 세대주에게 특산물과 홍보책자가 담긴 '웰컴박스'를 제공하고 전문상담사를 배치해 정착 로드맵을 안내하기로 했다", None, None, ["agriculture"], "plan"),
        c("또 귀농·귀촌 희망 도시민들에게 지역정보를 제공하고 마을주민과의 갈등을 줄일 수 있는 시골살이 체험행사와 화합행사도 연다", None, None, ["agriculture"], "plan"),
        c("군은 청년 귀농·귀촌인 소통을 확대하기 위한 동아리 활동도 지원한다", None, None, ["agriculture", "youth-policy"], "plan"),
        c("전입 5년 이내 귀농인을 대상으로 한 창업, 주택 수리·구입, 소형 농업기계 구입, 과수 재배시설 설치도 돕는다", None, None, ["agriculture", "startup-support", "housing"], "plan"),
        c("다양한 지원 정책을 추진하면서 영동을 '귀농·귀촌 1번지'로 만들겠다", None, None, ["agriculture"], "plan"),
    ],
    "not_claims": ["영동군 \"올해 귀농귀촌 2천명 유치…10억여원 투입\""],
}

# az-03: 충남 아산시, 미세먼지 종합대책; '16일' only (URL 2020-09-16) -> dates null
O = "oh-se-hyeon"
G["az-03-wowtv.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "44200"},
    "officials": [O],
    "claims": [
        c("7개 부문 29개 과제를 담은 미세먼지 종합대책을 시행하고 있다고 16일 밝혔다", None, None, ["fine-dust"], "statement"),
        c("시는 지난해 친환경자동차 보급 확대, 경유자동차 배출가스 저감 지원, 미세먼지 차단숲 조성", None, None, ["fine-dust", "future-vehicles"], "achievement"),
        c("그 결과 올해 상반기 미세먼지와 초미세먼지 농도가 전년 상반기에 비해 각각 25%, 33% 감소했다", None, None, ["fine-dust"], "achievement"),
        c("미세먼지 대책을 적극 추진해 좋은 결과를 낳았지만 일선 시·군의 노력으로는 한계가 있는 만큼 미세먼지 없는 환경을 만들기 위해 정부와 적극 공조할 필요가 있다", O, None, ["fine-dust"], "plan"),
        c("오 시장은 취임 직후 충남 서북부 미세먼지 공동대응 행정협의회를 조직하고", None, None, ["fine-dust"], "achievement"),
        c("협의체 실무자 및 부서장 회의를 통해 미세먼지를 줄이기 위한 대응방안도 모색 중이다", None, None, ["fine-dust"], "statement"),
        c("도심 공원과 녹지, 공공시설 유휴지를 활용한 도시숲 조성 사업도 추진 중이다", None, None, ["fine-dust"], "statement"),
        c("지난해 7억원을 들여 온천동·배방읍·온천대로 주변에 완충녹지와 공원녹지를 만들었다", None, None, ["fine-dust"], "achievement"),
        c("청소년수련관 주변에는 4억원을 투입해 수림대 500m 구간을 조성하는 등 미세먼지 저감을 위한 생태축을 구축했다", None, None, ["fine-dust"], "achievement"),
        c("둔포면 산업단지에도 20억원을 들여 도시숲을 조성했다", None, None, ["fine-dust"], "achievement"),
        c("올해에도 40억원을 들여 인주산단과 국도 34호선 주변에 도시숲을 조성한다", None, None, ["fine-dust"], "plan"),
        c("2022년까지 나무 150만 그루를 심을 예정이다", None, None, ["fine-dust"], "target"),
        c("시는 시민들에게 정확한 환경정보를 제공하기 위해 대기질 정보 알림시스템 구축 사업도 확대했다", None, None, ["fine-dust"], "achievement"),
        c("그동안 대기오염 측정망 7개소, 미세먼지 신호등 16개소, 초등학교 미세먼지 알림판 45개소", None, None, ["fine-dust"], "statement"),
    ],
    "not_claims": [],
}

# az-04: 대전광역시, 허태정 확대간부회의 2019-02-08 (굿모닝충청 AMP)
H = "heo-tae-jeong"
D4 = "2019-02-08"
G["az-04-goodmorningcc.txt"] = {
    "metadata": {"headline": "허태정 “대전 트램 통해 원도심 활성화 모색하라”", "published": "2019-02-08", "reporter": "이정민",
                 "outlet": "굿모닝충청", "jurisdiction": "30"},
    "officials": [H],
    "claims": [
        c("허태정 대전시장이 도시철도 2호선 트램 건설 효과를 주문했다", H, D4, ["public-transit"], "plan"),
        c("트램이 단순한 교통 기능 논리에서 벗어나 도시재생과 원도심 경제를 활성화시키는 역할로 인식‧활용될 수 있도록 계획을 잘 만들어달라", H, D4, ["public-transit", "urban-regeneration"], "plan"),
        c("앞으로 트램건설추진단(가칭)에 교통전문가뿐만 아니라 도시재생 및 마을공동체 전문가를 포함시켜 다양한 목소리가 반영될 수 있도록 해달라", H, D4, ["public-transit", "urban-regeneration"], "plan"),
        c("트램은 대중교통 체계 바꾸고 원도심을 발전시키며 도시경쟁력을 높일 수단", H, D4, ["public-transit", "urban-regeneration"], "statement"),
        c("또 트램에 대한 시민 인식 변화를 시 간부 공무원과 산하기관장에게 당부했다", H, D4, ["public-transit"], "plan"),
        c("트램을 우려하는 기사들이 많이 나오는데 이는 이해부족과 입장의 차이", H, D4, ["public-transit"], "statement"),
        c("대전시가 이를 바꿔야한다", H, D4, ["public-transit"], "plan"),
        c("트램 홍보를 대변인실에 국한하지 말고 모든 기관에서 새로운 비전을 만들 수 있도록 함께 해달라", H, D4, ["public-transit"], "plan"),
        c("허 시장은 4차 산업혁명 특별시 조성 및 2030 하계 아시안게임 충청권 공동유치에 대한 주문도 잊지 않았다", H, D4, ["fourth-industrial-revolution"], "plan"),
        c("대전을 4차 산업 혁명 거점 지역으로 만들겠다는 문재인 대통령의 의지가 헛되지 않게 각 부서에서 사업을 잘 진행해달라", H, D4, ["fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "“교통 기능 벗어나 도시재생 역할로 활용돼야” “도시재생 전문가 등도 추진단에 포함시켜야”…아시안게임 공동유치 언급",
        "대전은 1993년 대전엑스포 이후 이렇다 할 세계적인 행사가 없었다",
    ],
}

# az-05: 세종특별자치시, 연합뉴스 (wowtv), '27일' only (URL 2018-12-27) -> dates null
LC = "lee-choon-hee"
G["az-05-wowtv.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김준호", "outlet": "연합뉴스", "jurisdiction": "36"},
    "officials": [LC],
    "claims": [
        c("국회 세종의사당, 대통령 세종집무실 설치, 행정수도 헌법 명문화 등 행정수도 완성을 위해 더욱 매진한다는 각오로", None, None, ["decentralization"], "plan"),
        c("신행정수도 건설을 목표로 출발한 세종시는 위헌결정, 행정도시 수정론 등 갖은 부침 끝에 현재에 이르렀다", None, None, ["decentralization"], "statement"),
        c("현재 42곳의 중앙정부 기관과 15개 국책연구기관이 입주했고, 내년에는 행정안전부와 과학기술정보통신부가 이전한다", None, None, ["decentralization"], "achievement"),
        c("내년 정부 예산에 국회 세종의사당 설계비 10억원이 반영된 상태다", None, None, ["decentralization"], "achievement"),
        c("올해 세종시는 국회 세종의사당 설립 예산 반영과 읍·면·동장 시민 추천제 확대 시행 등 대내외적으로 큰 성과를 거뒀다", LC, None, ["decentralization", "citizen-participation"], "achievement"),
        c("2019년에도 행정수도 출발의 초심을 잊지 않고 대한민국 지방분권과 국가 균형발전의 상징도시로서 역할을 다할 것", LC, None, ["decentralization"], "plan"),
    ],
    "not_claims": [
        "이춘희 세종시장은 신년 사자성어로 불망초심(不忘初心)을 선정했다고 27일 밝혔다",
        "불망초심은 처음의 마음가짐을 잊지 않는다는 뜻이다",
    ],
}

# az-06: 전북특별자치도 익산시, 뉴시스, 정헌율 신년 기자회견 2025-01-07
J = "jeong-heon-yul"
D6 = "2025-01-07"
G["az-06-newsis.txt"] = {
    "metadata": {"headline": "정헌율 익산시장 \"청년이 중심인 청년천국 만들겠다\"", "published": "2025-01-07T11:47+09:00",
                 "reporter": "고석중", "outlet": "뉴시스", "jurisdiction": "52140"},
    "officials": [J],
    "claims": [
        c("정헌율 익산시장은 7일 신년 기자회견을 열고 \"청년들의 꿈을 실현하는 '청년 천국'을 만들겠다\"고 했다", J, D6, ["youth-policy"], "plan"),
        c("청년 유출로 얇아진 인구 허리를 다시 단단히 만드는 정책이 올해 핵심 비전", J, D6, ["youth-policy"], "statement"),
        c("단계별 지원체계를 갖춘 '청년 창업 혁신 거점'을 조성하겠다", J, D6, ["startup-support", "youth-policy"], "plan"),
        c("젊은 세대에게 기회를 제공할 79개 지원 정책을 마련했다", None, D6, ["youth-policy"], "achievement"),
        c("이번 계획은 청년 창업과 취업의 문턱을 확 낮추고", None, D6, ["youth-policy", "startup-support", "jobs"], "statement"),
        c("안정적으로 자립할 경제적 기반을 마련하는 청년의 낙원으로 발돋움할 예정이다", None, D6, ["youth-policy"], "plan"),
        c("시는 청년 창업을 지원하는 핵심 사업으로 '청년 창업 혁신 거점'을 조성할 방침이다", None, D6, ["startup-support", "youth-policy"], "plan"),
        c("호남 교통의 거점인 익산역 인근에 창업 거점 공간을 마련하고", None, D6, ["startup-support", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "청년 전담조직 개편…기회·희망이 있는 도시",
        "위드 청년…청년 창업 혁신 거점 조성 목표",
        "창업과 취업, 주거 정책 등 79개 청년 사업 추진",
        "정헌율 익산시장이 7일 신년 기자회견을 하고 있다",
        "청년 창업 혁신거점 구축-일자리(Work)",
    ],
}

# az-07: 전라북도 전주시, 투어코리아 2015-03-31 (승인 line); institutional (시장 not named)
D7 = "2015-03-31"
SM, CT = "small-merchants", "culture-tourism"
G["az-07-tournews21.txt"] = {
    "metadata": {"headline": "전주 전통시장, 한옥마을 연계 국가대표 관광지 육성", "published": "2015-03-31T23:45+09:00",
                 "reporter": "이태형", "outlet": "투어코리아", "jurisdiction": "45110"},
    "officials": [],
    "claims": [
        c("전북 전주 경제의 심장부인 전통시장들이 글로벌 명품시장으로 탈바꿈한다", None, D7, [SM], "plan"),
        c("전주시는 전통시장과 한옥마을을 연계시켜 우리나라를 대표할 관광코스로 육성할 방침이다", None, D7, [SM, CT], "plan"),
        c("남부시장과 신중앙시장·모래내시장, 서부시장이 각각 글로벌명품시장, 문화관광형시장, 골목형시장으로 선정됐다", None, D7, [SM], "achievement"),
        c("청년몰과 야시장 등 볼거리가 풍부하고 전주한옥마을 등 우수한 관광 인프라를 갖추고 있다는 점에서 높은 점수를 받은 것으로 알려졌다", None, D7, [SM, CT], "statement"),
        c("전주시는 남부시장에 향후 3년간 국비 25억원 등 총 50억원을 투자해 관광코스로 육성할 계획이다", None, D7, [SM, CT], "plan"),
        c("특히 한류 공연·체험, 글로벌 상품개발, 면세점 등 외국 관광객 유치를 위한 기반시설과 프로그램을 운영", None, D7, [SM, CT], "plan"),
        c("‘문화관광형시장’에는 신중앙시장과 모래내시장이 선정됐다", None, D7, [SM, CT], "achievement"),
        c("양 시장은 특성별로 3년간 국비 9억원 등 총 18억원을 들여 시장과 문화공간을 결합, 전통시장에 활력을 불어넣을 계획이다", None, D7, [SM, CT], "plan"),
        c("골목형시장으로 선정된 서부시장은 1년 동안 국비 3억원 등 총 6억원을 투자해 청년들을 집중적으로 투입하기로 했다", None, D7, [SM], "plan"),
        c("또 빈점포를 활용한 청년아카데미 운영 등을 통해 새로운 청년몰로 탈바꿈시켜", None, D7, [SM], "plan"),
    ],
    "not_claims": ["최종편집 : 2024-04-19 19:09 (금)"],
}

# az-08: 전라북도, 수소산업 육성 발전계획; '26일' only, no outlet/date in text -> nulls; institutional
ET, CC, FV = "energy-transition", "climate-carbon", "future-vehicles"
G["az-08-jeollailbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45"},
    "officials": [],
    "claims": [
        c("재생에너지를 활용한 그린수소 산업을 전북의 미래먹거리 대표 산업으로 육성할 청사진을 제시했다", None, None, [ET, CC], "plan"),
        c("수소연료전지의 산업 기반이 형성된 만큼 전북도가 수소경제 시대를 선도할 수 있을 것으로 내다봤다", None, None, [ET, FV], "statement"),
        c("전북도는 26일 4대 추진전력과 25개 세부과제 이행방안 등을 담은 ‘수소산업 육성 발전계획’을 발표했다", None, None, [ET], "achievement"),
        c("▲수소차 20,000대 및 충전소 50개소 이상을 공급 등의 구체적인 정책 목표를 제시했다", None, None, [ET, CC, FV], "target"),
        c("또 이를 실현하기 위한 4대 전략으로 ▲그린수소 거점화", None, None, [ET], "plan"),
        c("그린 수소 산업 육성에 따른 기업유치와 3만 여명에 달하는 고용 유발", None, None, [ET, CC, "investment-attraction", "jobs"], "statement"),
        c("새만금 재생에너지 클러스터와 연계해 수전해 기업과 연구기관을 집적화하고", None, None, [ET, "research-development"], "plan"),
        c("또 상용차·건설기계·농기계 등 전북도가 확보하고 있는 산업적 여건을 수소와의 결합을 통해 중대형 수소모빌리티", None, None, [ET, FV], "statement"),
    ],
    "not_claims": [],
}

# az-09: 충남 논산시, 황명선 월례회의 '14일' (2018-11, not dated in text) -> dates null
HM = "hwang-myeong-seon"
G["az-09-cctoday.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "44230"},
    "officials": [HM],
    "claims": [
        c("선샤인랜드와 논산의 랜드마크 탑정호 등 관광자원 상품화에 노력해 논산을 대한민국을 넘어 한류관광지 본산으로 만들어나가겠다", HM, None, ["culture-tourism"], "plan"),
        c("87억여원 민간자본 유치를 통한 반영구적인 드라마세트장을 갖춘 논산 선샤인랜드가 최고의 관광명소로 부상하고 있다", HM, None, ["culture-tourism", "investment-attraction"], "achievement"),
        c("특히 블루오션 시장인 중국에 논산딸기를 수출할 수 있는 방안을 적극 모색해 상생 발전할 수 있도록 노력하겠다", HM, None, ["agriculture"], "plan"),
        c("자치와 분권의 핵심은 지역주민이 주인이 되는 것이며, 국가와 지방정부의 역할은", HM, None, ["decentralization"], "statement"),
        c("이를 위해 해당 지방정부가 현장에서 지휘할 수 있는 권한이 부여돼야 한다", HM, None, ["decentralization"], "plan"),
    ],
    "not_claims": [
        "훈련소브랜드 한류문화 접목",
        "국내 최고 병영체험장 재연",
        "중국 교류 다분야 성장 계획",
        "논산에 선샤인의 시대가 오고 있다",
        "시 발전을 위해 꼭 필요한 예산이 누락되지 않도록 정부예산 확보에 총력을 기울여 달라",
        "제5회 행복마을만들기 콘테스트에서 입상한 돌고개솟대마을",
    ],
}

os.makedirs(GOLD, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
