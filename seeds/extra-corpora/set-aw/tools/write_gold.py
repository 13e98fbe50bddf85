"""Writes set-aw gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c
def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)
G = {}

# aw-01 부산 서병수 추석 앞 시정 구상 (text gives only '24일'; URL 2015-09-24) -> dates null
S = "suh-byung-soo"
G["aw-01-segye.txt"] = dict(
    metadata=M(None, None, None, None, "26"),
    officials=[S],
    claims=[
        C("사물인터넷 기반의 새로운 경제플랫폼의 의미를 갖는 스마트 부산을 완성해 부산, 울산, 경남을 하나로 연결한 거대 경제공동체를 실현하겠다",
          S, None, ["fourth-industrial-revolution", "decentralization"], "plan"),
        C("창업과 원자력해체기술종합연구센터 건립, 바이오 아웃소싱산업 등 신산업 육성을 통한 강소기업 100개를 육성해 지역 및 글로벌 청년인재 100만명을 육성하겠다",
          S, None, ["startup-support", "research-development", "energy-transition", "medical-industry", "youth-policy"], "target"),
        C("1000만명 규모의 메가폴리스를 지향하는 경제공동체협의기구를 설립하고, 부산·울산·경남을 연결하는 복합광역교통망을 구축할 계획이라고 밝혔다",
          S, None, ["decentralization", "public-transit"], "plan"),
        C("인구 1000만명 규모의 광역대도시권이 탄생하면 창조경제를 통해 고용률 70%, 1인당 연소득 5만달러 시대를 실현하게 될 것",
          S, None, ["decentralization", "startup-support", "jobs"], "target"),
        C("등록엑스포가 유치되면 신공항, 신항만, 유라시아 횡단철도 등과 더불어 동북아시아 해양물류중심도시로 도약할 것으로 부산시는 보고 있다",
          None, None, ["airport-relocation"], "statement"),
        C("선거공약인 일자리 20만개 창출을 시정 최우선 과제로 선정, 역점을 둔 결과 양적인 면에서는 4만5000개를 초과달성했다",
          S, None, ["jobs"], "achievement"),
        C("지난 1년간 취업자수도 167만명으로 직전 1년에 비해 2만4000명 증가했고, 지난 7월 말 기준 고용률도 63%로 점진적으로 개선되고 있다",
          S, None, ["jobs"], "achievement"),
        C("타지역이나 해외로 이전해간 향토기업들이 다시 돌아오기 시작했다",
          S, None, ["investment-attraction"], "achievement"),
    ],
    not_claims=["2030년 등록엑스포 유치도 부산시 주요 과제다", "시민 여러분과 지역경제계, 학계,"],
)

# aw-02 대구 달성군 농림축산식품사업 심의회 (text gives only '3일'; 2016 by content) -> dates null
K = "kim-mun-o"
G["aw-02-ilyo.txt"] = dict(
    metadata=M(None, None, "김성영", "일요신문", "27710"),
    officials=[K],
    claims=[
        C("농업에너지 이용 효율화 사업 등 국비사업 18건, 271억2000만원에 대해 내년도 농림축산식품사업으로 심의· 확정하고 대구시에 신청키로 했다",
          None, None, ["agriculture"], "plan"),
        C("신규 사업으로는 농촌자원복합화 지원사업(30억7000만원)과 농지 침수문제 해결을 위한 배수개선사업(81억4000천만원)을 신청키로 심의했다",
          None, None, ["agriculture", "disaster-safety"], "plan"),
        C("적극적인 농정지원으로 다 함께 잘 사는 지속 가능한 농업을 육성해 30만 군민 시대를 여는 웅군으로 발돋움하는 달성군이 되도록 최선의 노력을 다하겠다",
          K, None, ["agriculture"], "plan"),
    ],
    not_claims=[
        "2017년도 농림축산식품사업 심의회. 사진제공=달성군",
        "지역농민대표 등 26명이 참석한 가운데 ‘2017년도 농림축산식품사업 심의회’를 개최했다고 밝혔다",
    ],
)

# aw-03 울산 전기차 공용 급속충전기 확대 (text gives only '3일'; 2018 by URL/content) - institutional
FV = ["future-vehicles"]
G["aw-03-sedaily.txt"] = dict(
    metadata=M("울산시, 전기차 공용 급속충전기 대폭 확대", None, "장지승", "서울경제", "31"),
    officials=[],
    claims=[
        C("울산시는 올해 공용 급속충전기 50기를 구축하고", None, None, FV, "target"),
        C("현재 울산지역에는 공용 급속충전기 38기가 운영되고 있어 총 112기로 대폭 늘어나게 되는 셈이다", None, None, FV, "target"),
        C("집중형 충전소(1곳에 5기 이상)도 현재 동천체육관 1곳에서 문수체육공원이 추가돼 2곳으로 늘어난다", None, None, FV, "target"),
        C("울산시는 지난해부터 완속충전기 보조금도 지원하고 있다", None, None, FV, "statement"),
        C("완속충전기는 공용(완전개방, 부분개방)과 비공용으로 구분되는데", None, None, FV, "statement"),
        C("공용은 1기당 최대 400만원, 비공용은 최대 150만원까지 보조금이 지원된다", None, None, FV, "statement"),
        C("올해 말 신청을 받는다", None, None, FV, "plan"),
        C("공용충전인프라도 대폭 늘어나고, 1회 충전 주행거리도 많이 개선된 신차도 속속 출시되는 등 전기차 이용 불편도 점차 해소되고 있다",
          None, None, FV, "statement"),
        C("올해도 전기자동차 구매 보조금 지원사업을 추진하는 만큼 전기차 민간보급 사업에 많은 시민과 기업체가 참여해 주기를 바란다",
          None, None, FV, "plan"),
    ],
    not_claims=["올해 공용 급속충전기 74기 구축…38기→112기 확대"],
)

# aw-04 경남 김경수 신년 기자간담회 2019-01-08
KG = "kim-gyeong-su"
D4 = "2019-01-08"
G["aw-04-gnmaeil.txt"] = dict(
    metadata=M("경제 재도약 원년 ‘스마트 경남’ 조성", "2019-01-08T20:23+09:00", "박재근", None, "48"),
    officials=[KG],
    claims=[
        C("△제조업 혁신과 창업생태계 조성을 통한 일자리 창출 △문화와 결합한 경남관광 활성화", KG, D4,
          ["startup-support", "jobs", "culture-tourism"], "plan"),
        C("스마트 공장 보급과 스마트 산단을 핵심으로 하는 경남의 제조업 혁신이 정부 정책으로 반영됐다", KG, D4,
          ["fourth-industrial-revolution"], "achievement"),
        C("550억 원을 들여 스마트공장 500개 이상 조성, 2022년까지 12만 6천개 일자리 창출에 행정력을 집중하겠다", KG, D4,
          ["fourth-industrial-revolution", "jobs"], "target"),
        C("스마트 공장과 스마트 산단의 제조업 혁신 모델은 정책으로 반영된 만큼 경남형 스마트 일자리 모델을 만들겠다", KG, D4,
          ["fourth-industrial-revolution", "jobs"], "plan"),
        C("아이디어만으로도 창업이 가능한 ‘기술창업 메카’로 만들", KG, D4, ["startup-support"], "plan"),
    ],
    not_claims=[
        "일자리 창출 등 3대 방안 제시,",
        "전 분야 스마트화 도민삶 변화,",
        "8일 김경수 경남지사가 신년 기자간담회를 열고 경남 재도약 방안을 내놓았다",
        "경남의 전 분야 스마트화를 통해 도민의 삶을 변화시키는 ‘스마트 경남’을 만들어가겠다",
        "지난해는 ‘함께 만드는 완전히 새로운 경남’의 틀을 마련하는 소중한 시간이었다",
    ],
)

# aw-05 대구 권영진 2020 시무식 (지난 3일, 2020년 시무식 -> 2020-01-03; no publication line)
KW = "kwon-young-jin"
D5 = "2020-01-03"
G["aw-05-kbmaeil.txt"] = dict(
    metadata=M(None, None, "이곤영", "경북매일", "27"),
    officials=[KW],
    claims=[
        C("올해는 신산업, 신청사, 신공항이 함께하는 새로운 대구 건설의 백년대계를 설계하는 실질적인 원년이 될 것입니다", KW, D5,
          ["city-hall", "airport-relocation"], "plan"),
        C("△시민 삶 속에 문화가 흐르는 즐거운 도시 △소통과 협치로 발전하는 참여의 도시를 제시했다", KW, D5,
          ["culture-tourism", "citizen-participation"], "plan"),
        C("5+1 미래 신성장 산업(미래자동차, 물, 의료, 에너지, 로봇, 스마트시티)을 한 단계 도약시켜", KW, D5,
          ["future-vehicles", "water-industry", "medical-industry", "robot-industry", "smart-city", "welfare"], "plan"),
        C("2.28 민주운동 60주년 기념행사와 국채보상운동 아카이브 조성 등 대구의 자랑스러운 역사와 정신을 시민들과 함께 계승하고 세계화하겠다고 덧붙였다",
          KW, D5, ["culture-tourism"], "plan"),
        C("시민원탁회의와 현장소통시장실, 주민참여예산제를 통한 소통과 협치, 데이터 기반 행정혁신", KW, D5,
          ["citizen-participation", "smart-city", "decentralization"], "plan"),
    ],
    not_claims=[
        "권영진 시장, 시무식서 각오",
        "5가지 꿈의 실현 방향도 제시",
        "권영진 대구시장은 지난 3일 시청 대회의실에서 열린 2020년 시무식에서 이같이 밝혔다",
        "우리는 어떤 고난에도 굴하지 않고 담대한 도전과 혁신을 이어가야 한다",
        "새로운 대구 건설의 역사적 도전에 250만 시민 모두의 힘과 열정을 모아 함께 나아가자",
    ],
)

# aw-06 부산 2020 도시재생 뉴딜 3곳 선정 (text gives only '3일') - institutional
UR = ["urban-regeneration"]
G["aw-06-hankooki.txt"] = dict(
    metadata=M(None, None, "윤나리", "데일리한국", "26"),
    officials=[],
    claims=[
        C("부산시는 국토교통부 ‘2020년 도시재생 뉴딜 공모사업’에 부산지역 3곳이 선정됐다고 3일 밝혔다", None, None, UR, "achievement"),
        C("부산에서 최종 선정된 곳은 연제구 연산8동(우리동네살리기)", None, None, UR, "statement"),
        C("시는 이 지역들에 총 사업비 811억원을 투입해 거주민 삶의 질 제고에 초점을 두고 도시재생 사업에 착수한다", None, None, UR, "plan"),
        C("부산시의 뉴딜사업은 2017년 시범사업 4곳부터 이번에 선정된 3곳까지 총 21곳이다", None, None, UR, "achievement"),
        C("시는 지난해까지 1737억원의 국비를 확보해 특별시·광역시 중 가장 많은 도시재생 뉴딜사업을 추진하고 있다", None, None, UR, "achievement"),
        C("사업에 총 110억3000만원을 들여 주변 역사자원과 연계되는 정주 환경을 회복 하고", None, None, UR, "plan"),
        C("노인 및 취약계층 돌봄을 위한 ‘이불마을 치유센터’ 등을 조성해 거점시설을 마련한다", None, None,
          ["urban-regeneration", "welfare"], "plan"),
        C("골목길 정비·집수리사업 등을 추진해 안전하고 쾌적한 마을환경을 만들 예정이다", None, None,
          ["urban-regeneration", "housing"], "plan"),
        C("사업에 총 466억5000만원을 투입해 문화공간 조성 및 일자리 창출, 전통시장 활성화 등으로 지역 활력을 회복한다", None, None,
          ["urban-regeneration", "culture-tourism", "jobs", "small-merchants"], "plan"),
    ],
    not_claims=[
        "연제구 연산8동, 해운대구 반여2·3동, 북구 덕천동 선정",
        "총사업비 811억원 투입…거주민 삶의 질 제고에 초점",
        "도시재생 뉴딜사업 선정 대상지. 사진=부산시 제공",
    ],
)

# aw-07 경남 산청군 귀농·귀촌 (' date 2021-07' + '22일' -> 2021-07-22)
L = "lee-jae-geun"
D7 = "2021-07-22"
A = ["agriculture"]
G["aw-07-asiae.txt"] = dict(
    metadata=M(None, "2021-07", "최순경", "아시아경제", "48860"),
    officials=[L],
    claims=[
        C("경남 산청군의 귀농·귀촌 인구가 지난 3년간 지속해서 증가한 것으로 나타났다", None, D7, A, "achievement"),
        C("특히 올해 상반기까지 535명이 전입, 지난해 동기 380명 대비 40.8% 증가한 것으로 집계됐다", None, D7, A, "achievement"),
        C("지난 2018~2021년 상반기까지 1361세대, 2132명이 귀농·귀촌했다", None, D7, A, "achievement"),
        C("2018년 274세대 379명, 2019년 321세대 511명, 2020년 401세대 707명이 전입했다", None, D7, A, "statement"),
        C("2021년에는 상반기 현재 365세대, 535명이 거주지를 산청군으로 옮겼다", None, D7, A, "statement"),
        C("다양한 귀농·귀촌 지원사업을 추진해 오고 있다", None, D7, A, "statement"),
        C("올해부터는 '농촌에서 살아보기' 등 다양한 귀농·귀촌인 정착·도시민 유치 신규 지원사업을 추진하고 있다", None, D7, A, "statement"),
        C("군이 추진하는 신규 귀농·귀촌 지원사업은 농촌에서 살아보기, 귀농·귀촌인 농촌 체험교육, 귀농·귀촌 상담제 지원사업 등이다", None, D7, A, "statement"),
        C("딸기·곶감·유기축산·약초산업 등 농업기반이 잘 갖춰져 있기 때문", L, D7, A, "statement"),
        C("앞으로 차별화된 귀농·귀촌 지원정책을 추진해 나가겠다", L, D7, A, "plan"),
    ],
    not_claims=[
        "올해 상반기 535명 전입",
        "50~60대, 진주·부산·서울·경기서 유입 많아",
        "귀농·귀촌 연령층은 50~60대가 전체 세대의 50~60%를 차지해 가장 많았다",
        "전입 가구는 인근 진주시와 부산시로부터의 유입이 가장 많았다",
    ],
)

# aw-08 울산 울주군 이순걸 취임 (승인 2022-07-04; 취임식 지난 1일 -> 2022-07-01)
LS = "lee-sun-geol"
D8 = "2022-07-01"
G["aw-08-ulsanilbo.txt"] = dict(
    metadata=M("이순걸 울주군수, “전국 최고의 군으로 명성 회복”", "2022-07-04T00:10+09:00", "차형석", "경상일보", "31710"),
    officials=[LS],
    claims=[
        C("첫 번째로 군민의 생명을 중시하고, 사회적 약자를 보살피며 삶에 희망을 주는 ‘군민 행복시대’를 활짝 열고", LS, D8,
          ["welfare"], "plan"),
        C("청소년에게 꿈과 행복을 드리는 복지지원, 의료환경 개선, 1사 1 청년 채용 더하기 운동, 소상공인 지원, 관광 활성화, 안전하고 풍요로운 도시 조성에 온 힘을 기울이겠다",
          LS, D8, ["welfare", "public-health", "jobs", "youth-policy", "small-merchants", "culture-tourism", "disaster-safety"], "plan"),
    ],
    not_claims=[
        "이순걸 울주군수가 지난 1일 울산시 울주군청에서 열린 취임식에서 선서를 하고 있다",
        "내 삶에 스며드는 행복 울주를 조성하기 위해 새 시대를 열겠다",
        "울주를 누구나 살고 싶은 행복한 기회의 도시로 발전시키겠다",
        "과거 전국 최고의 군으로 위상을 떨쳤던 명성을 반드시 회복하겠다",
        "진정성 있는 군민과의 소통을 통해 군정에 변화의 새바람을 일으키겠다",
        "사무인계인수서에 서명하고 본격적인 업무를 시작했다",
    ],
)

# aw-09 대구 수성구 김대권 신년 인터뷰 (계묘년 = 2023; no date in text) -> dates null
KD = "kim-dae-gwon"
E = ["education"]
G["aw-09-idaegu.txt"] = dict(
    metadata=M("계묘년 단체장에게 듣는다…김대권 대구 수성구청장||수성미래교육재단 중심 차별화된 교육체계", None, None, None, "27260"),
    officials=[KD],
    claims=[
        C("대구스타디움 서편광장에 미래교육관, 칼라스퀘어에 국립대구과학관과 협업으로 창의과학센터를 조성할 예정", KD, None, E, "plan"),
        C("미래교육관은 가족단위 방문객이 많이 찾고 대구스타디움에 휴식 공간뿐 아니라 다양한 볼거리, 즐길거리를 제공하겠다", KD, None,
          ["education", "culture-tourism"], "plan"),
        C("미래교육관은 내년 하반기, 창의과학한센터는 내년 상반기 개관을 목표로 올해 착공한다", None, None, E, "plan"),
        C("지난해 7월 출범한 수성미래교육재단을 중심으로 차별화된 교육체계를 마련하고 있다", None, None, E, "statement"),
        C("체험 중심 활동과 다양한 진로·직업 탐색 기회를 제공한다", None, None, E, "statement"),
        C("고교학점제 도입, 자유학년제 전면시행, 대입제도 개편 등 변화하는 교육 및 입시정책에 대한 주도적인 대응", None, None, E, "statement"),
    ],
    not_claims=[
        "김대권 대구 수성구청장이 계묘년 구정 운영 방향에 대해 설명하고 있다",
        "비수도권 도시가 생존할 수 있는 미래경쟁력은 다른 도시와의 차별성입니다",
        "앞으로 인구가 줄어드는 것에 대비해 사람들이 몰려들 수 있는 다양한 콘텐츠를 개발하겠습니다",
        "수도권을 제외한 비수도권은 인구 감소 문제에 직면해 있다",
        "인구 유입을 위한 경쟁력을 강화하기 위해 차별화된 정책 아이디어 구상에 행정력을 집중하고 있다",
    ],
)

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "gold")
os.makedirs(out, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(G), "gold files,", sum(len(g["claims"]) for g in G.values()), "claims")
