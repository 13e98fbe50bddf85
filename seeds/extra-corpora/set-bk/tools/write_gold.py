"""Writes gold/*.json for set-bk (hand annotation; see GOLD_NOTES.md)."""
import json
import os

G = {}

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# bk-01: 강원특별자치도, 김진태 interview (한국경제), text undated -> published null, all dates null
JT = "kim-jin-tae"
G["bk-01-hankyung.txt"] = {
    "metadata": {"headline": "강원특별도 '첫돌'…미래 먹거리 반도체 올인", "published": None, "reporter": None,
                 "outlet": "한국경제신문", "jurisdiction": "51"},
    "officials": [JT],
    "claims": [
        c("628년 만에 강원특별자치도로 거듭났기 때문이다", None, None, ["decentralization"], "achievement"),
        c("도민의 힘으로 탄생한 첫 특별자치도라는 점에서 그 의미가 크다", None, None, ["decentralization"], "statement"),
        c("강원특별법 전부개정 법률이 시행되면서 강원도는 실질적인 자치권을 얻었다", None, None, ["decentralization"], "achievement"),
        c("삭발과 천막농성으로 이뤄낸 강원특별자치도의 최종 도착점은 미래산업 글로벌도시가 되는 것", JT, None, ["decentralization"], "plan"),
        c("반도체와 관광산업 등 첨단산업 육성이 핵심 열쇠", JT, None, ["culture-tourism"], "statement"),
        c("강원특별법 시행으로 산림, 환경, 군사, 농지 등 오랫동안 강원도 발전을 저해해 온 4대 규제가 대부분 완화됐다", None, None, ["decentralization"], "achievement"),
        c("농사만 지을 수 있던 절대농지를 도지사가 직접 해제할 수 있게 됐다", None, None, ["decentralization", "agriculture"], "achievement"),
        c("허가 권한을 이관받아 자체 산악관광사업이 가능해졌다", None, None, ["decentralization", "culture-tourism"], "achievement"),
        c("환경영향평가도 환경부 장관이 아니라 도지사가 직접 할 수 있고", None, None, ["decentralization"], "achievement"),
        c("고성 통일전망대 개발사업을 강원특별법 시행 1호 사업으로 벌여", JT, None, ["culture-tourism", "decentralization"], "plan"),
    ],
    "not_claims": [
        "지난해 6월 11일은 강원도 역사에 뜻깊은 날로 기록돼 있다",
        "지역경제 발목잡던 '4대규제'",
        "도지사 권한으로 활용 가능해져",
        "'서핑성지' 양양 등 해양관광 육성",
        "강원형 반도체 클러스터도 조성",
    ],
}

# bk-02: 충청북도, 김영환 briefing 14일 = 2026-01-14
YH = "kim-yung-hwan"
D2 = "2026-01-14"
G["bk-02-kmib.txt"] = {
    "metadata": {"headline": "김영환 지사 “출생아 1만 목표…도정 중심은 어린이”", "published": "2026-01-14", "reporter": None,
                 "outlet": None, "jurisdiction": "43"},
    "officials": [YH],
    "claims": [
        c("충북도는 14일 출생아 수 1만명 달성을 위한 임신·출산·양육 정책을 발표했다", None, D2, ["childcare-birth"], "statement"),
        c("충북은 출생아 수 1만 명을 목표로 최근 나타나고 있는 출생 지표의 긍정적 변화를 확실한 도약으로 이어가겠다", YH, D2, ["childcare-birth"], "target"),
        c("충북은 지난해 출생아 수 증가율 전국 1위, 민선 8기 들어 처음으로 출생아 수 8000명을 돌파했다", YH, D2, ["childcare-birth"], "achievement"),
        c("이 수치는 우연이 아니고 그동안 충북이 전국 최초, 전국 최고 수준의 저출생 대응 정책을 선제적으로 추진해 온 결과", YH, D2, ["childcare-birth"], "achievement"),
        c("출산 정책은 단순히 아이를 낳게 하는 정책으로는 한계가 있다", YH, D2, ["childcare-birth"], "statement"),
        c("충북은 출산 이후의 돌봄과 양육까지 책임지는 지속가능한 정책을 추진하겠다", YH, D2, ["childcare-birth"], "plan"),
        c("충북은 출산의 순간에만 머물지 않고 아이들이 자라나는 시간과 공간을 함께 만들어 왔다", YH, D2, ["childcare-birth"], "achievement"),
        c("올해부터 셋째 자녀 출산 가정에 대한 100만원 지원을 위해 보건복지부와 협의하고", YH, D2, ["childcare-birth"], "plan"),
        c("아이 낳고 기르기 좋은 충북, 어린이가 존중받는 아동 친화 도시 충북", YH, D2, ["childcare-birth", "welfare"], "plan"),
        c("지난해 충북지역 출생아 수는 8336명을 기록해 지난해 7639명보다 9.1% 증가했다", None, D2, ["childcare-birth"], "achievement"),
    ],
    "not_claims": [
        "충북 지난해 8000명 돌파",
        "임신 출산 양육 정책 확대",
        "충북 도정의 중심은 어린이”이라며",
    ],
}

# bk-03: 청주시, 이범석; no event day -> publication day 2026-02-20
BS = "lee-beom-seok"
D3 = "2026-02-20"
G["bk-03-newspim.txt"] = {
    "metadata": {"headline": None, "published": "2026-02-20", "reporter": "백운학", "outlet": "뉴스핌", "jurisdiction": "43110"},
    "officials": [BS],
    "claims": [
        c("청주시가 투자유치부터 창업·취업까지 이어지는 전략으로 고용 기반을 강화하며 6년 연속 전국 지자체 일자리대상을 수상했다", None, D3,
          ["jobs", "investment-attraction", "startup-support"], "achievement"),
        c("청주시 15~64세 고용률은 72.1%, 여성 고용률은 64.5%로 인구 80만 이상 기초지자체 중 최고 수준이다", None, D3, ["jobs"], "achievement"),
        c("53조323억원의 투자를 유치해 공약 목표(12조원)의 3배를 넘겼고, 약 1만2000명 고용 창출이 기대된다", None, D3,
          ["investment-attraction", "jobs"], "achievement"),
        c("채용박람회·오디션데이를 통해 구직자 매칭을 확대, 2025년 한 해 6만3000여개의 일자리를 창출했다", None, D3, ["jobs"], "achievement"),
        c("전주기 창업 지원 체계도 강화하고 있다", None, D3, ["startup-support"], "statement"),
        c("투자·창업·취업이 유기적으로 연결되는 지속가능한 일자리 도시로 청주를 성장시키겠다", BS, D3,
          ["jobs", "investment-attraction", "startup-support"], "plan"),
    ],
    "not_claims": [],
}

# bk-04: 충주시, 조길형; 29일 = 2019-04-29
GH = "jo-gil-hyeong"
D4 = "2019-04-29"
G["bk-04-wowtv.txt"] = {
    "metadata": {"headline": "'수소산업 육성' 충주시, 시장 관용차 수소차로 교체", "published": "2019-04-29T10:09+09:00",
                 "reporter": "박종국", "outlet": "연합뉴스", "jurisdiction": "43130"},
    "officials": [GH],
    "claims": [
        c("수소산업 육성에 공을 들이는 충북 충주시가 조길형 시장의 관용차를 수소차로 교체한다", None, D4, ["future-vehicles", "energy-transition"], "plan"),
        c("다음 달 초 조 시장의 관용차를 현대자동차의 수소차 넥쏘로 교체하기로 했다", None, D4, ["future-vehicles"], "plan"),
        c("충주시는 올해 하반기 허영옥 시의회 의장의 관용차도 수소차로 바꿀 계획이다", None, D4, ["future-vehicles"], "plan"),
        c("충주시는 올해 수소차 50대를 민간인에게 보급하고 충전소 1곳도 문을 열 계획이다", None, D4, ["future-vehicles"], "target"),
        c("현대자동차 충북지역본부의 지원을 받아 수소차 '넥쏘' 전시회를 연다", None, D4, ["future-vehicles"], "statement"),
        c("수소차 관련 기업의 연구개발을 지원할 수소 전기자동차 원스톱 지원센터 건립을 추진 중이다", None, D4,
          ["energy-transition", "future-vehicles", "research-development"], "statement"),
        c("수소 융복합 실증단지 조성사업 등 다양한 정부 공모 사업 유치에도 적극 뛰어들기로 했다", None, D4, ["energy-transition"], "plan"),
        c("수소차 보급에 적극 나서고 수소산업을 집중 육성, 충주가 우리나라 수소 경제의 중심지가 될 수 있도록 할 것", GH, D4,
          ["future-vehicles", "energy-transition"], "plan"),
    ],
    "not_claims": [
        "현대모비스 충주공장은 지난해 12월 수소연료 전지 스택 제2공장 신축에 착수했다",
        "이 공장이 완공되면 현재 연간 3천기에 그치는 수소연료 전지 스택 생산 능력이 2022년 연간 4만기로 늘어난다",
        "하반기 의장 관용차도 교체…29일 수소차 '넥쏘' 전시 행사 개막",
    ],
}

# bk-05: 화천군 (42790), 최문순 화천군수 (NOT the governor 최문순); interview 지난 20일 = 2022-07-20
MS = "choi-mun-sun"
D5 = "2022-07-20"
G["bk-05-hani.txt"] = {
    "metadata": {"headline": "최문순 “아이 키우기 가장 좋은 화천 만들기 최선”", "published": "2022-07-26T20:51+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "42790"},
    "officials": [MS],
    "claims": [
        c("‘아이 기르기 가장 좋은 화천 만들기’ 정책이 완전히 뿌리를 내리도록 힘을 쏟겠습니다", MS, D5, ["childcare-birth"], "plan"),
        c("2017년 인재육성재단을 설립한 뒤 대학 등록금과 매달 50만원 이내의 거주비 지원금", MS, D5, ["education"], "achievement"),
        c("지금까지 대학생 4134명에게 114억원을 지원했다", MS, D5, ["education"], "achievement"),
        c("도내 최초의 어린이 전용 도서관, 권역별 키즈센터, 장난감 대여소, 화천 학습관 등", MS, D5,
          ["education", "childcare-birth", "culture-tourism"], "achievement"),
        c("토목사업 등은 다소 늦추더라도 교육지원은 변함이 없어야 한다", MS, D5, ["education"], "plan"),
        c("초선 때 교육복지과를 만들고, 10년 이상 중장기 계획을 수립해 정책을 추진한 이유다", MS, D5, ["education"], "achievement"),
    ],
    "not_claims": [
        "내년 봄부터 온종일 돌봄서비스",
        "대학생 등록금·거주비 지원 계속",
        "최문순(68) 강원도 화천군수가 3선 연임에 성공했다",
        "유독 교육 관련 사업이 많이 눈에 띈다",
        "교육은 시기가 중요하다",
        "경제적인 이유로 배움에 어려움을 겪어서는 안 된다",
    ],
}

# bk-06: 단양군, MBC 충북 broadcast script 2019.01.18
HU = "ryu-han-u"
D6 = "2019-01-18"
G["bk-06-mbccj.txt"] = {
    "metadata": {"headline": "2019 키워드 현안]단양군-물", "published": "2019-01-18", "reporter": "김대웅", "outlet": None,
                 "jurisdiction": "43800"},
    "officials": [HU],
    "claims": [
        c("풍부한 물을 기반으로 한 새로운 수상 관광을 준비하고 있습니다", None, D6, ["culture-tourism"], "plan"),
        c("지난 2014년 2백40만 명까지 줄었던 관광객이 지난 2017년에는 천만 명을 넘어섰고", None, D6, ["culture-tourism"], "achievement"),
        c("만천하스카이워크, 수양개 빛터널 등 새로운 관광지가 개발돼 큰 인기를 끌었습니다", None, D6, ["culture-tourism"], "achievement"),
        c("올해도 관광 정책이 가장 우선입니다", None, D6, ["culture-tourism"], "plan"),
        c("수상 관광이 본격적으로 시작됩니다", None, D6, ["culture-tourism"], "plan"),
        c("248억 원을 들여 호수 주변에 탐방로와 자전거도로를 만들고", None, D6, ["culture-tourism"], "plan"),
        c("모노레일과 메가슬라이더 등 체험시설이 들어서게 됩니다", None, D6, ["culture-tourism"], "plan"),
        c("하나의 선으로 연결되는 특색있는 관광모형이", HU, D6, ["culture-tourism"], "statement"),
        c("체류형 관광객을 유치하는 것이", None, D6, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "키워드 화두를 지난 해 수중보 완공으로 확보된",
        "관광이 절대적인 비중을 차지하는 단양군",
        "또 오고 싶은 곳이에요",
        "만성적인 교통 체증은 해결해야할 과제",
    ],
}

# bk-07: 정선군 (51770), institutional; 31일 = 2024-01-31
D7 = "2024-01-31"
G["bk-07-jeonmae.txt"] = {
    "metadata": {"headline": "정선군, 폐광지역 도시재생사업 박차", "published": "2024-01-31T13:48+09:00", "reporter": "최재혁",
                 "outlet": "전국매일신문", "jurisdiction": "51770"},
    "officials": [],
    "claims": [
        c("정선군이 폐광지역 활성화를 위해 도시재생 뉴딜사업을 본격화 한다고 31일 밝혔다", None, D7, ["urban-regeneration"], "plan"),
        c("고한 도시재생 뉴딜사업이 선정돼 국비 95억 원을 확보", None, D7, ["urban-regeneration"], "achievement"),
        c("3개 단위사업과 9개 세부사업으로 추진된다", None, D7,
          ["urban-regeneration", "small-merchants", "welfare", "citizen-participation"], "statement"),
        c("골목길정원 조성사업을 완료했다", None, D7, ["urban-regeneration"], "achievement"),
        c("공원 조성 등 수변산책로도 조성했다", None, D7, ["urban-regeneration"], "achievement"),
    ],
    "not_claims": [
        "고한 도시재생 뉴딜사업 선정 170억 투입 추진",
        "야생화 어울림센터 건립·다목적갤러리 등 조성",
        "정선 고한읍 18번가 골목길 정원. [정선군 제공]",
        "특히 고한읍 고한리 96-17번지 일원에 연면적 316㎡, 건축",
    ],
}

# bk-08: 강릉시 (51150), institutional; 31일 = 2025-12-31
D8 = "2025-12-31"
G["bk-08-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2025-12-31", "reporter": None, "outlet": None, "jurisdiction": "51150"},
    "officials": [],
    "claims": [
        c("강릉시가 관광 활성화를 위해 2026~2027년을 ‘강릉 방문의 해’로 지정했다고 31일 밝혔다", None, D8, ["culture-tourism"], "achievement"),
        c("연간 내국인 관광객 4000만명, 외국인 관광객 40만명을 유치하는 게 목표다", None, D8, ["culture-tourism"], "target"),
        c("강릉시는 월별로 시의적절한 테마 관광상품을 개발해 운영한다", None, D8, ["culture-tourism"], "plan"),
        c("세계총회 방문객을 겨냥한 특화 관광상품도 내놓는다", None, D8, ["culture-tourism"], "plan"),
        c("90개국 6만명 이상이 찾을 것으로 예상된다", None, D8, ["culture-tourism"], "statement"),
        c("2040년 세계 100대 관광도시 진입을 이루기 위해 내년을 글로벌 관광 경쟁력을 확보하는 원년으로 삼았다", None, D8,
          ["culture-tourism"], "target"),
        c("벚꽃 명소에 경관 조명, 산책로 등의 관광시설을 확충하고", None, D8, ["culture-tourism"], "plan"),
        c("경포 썸머페스티벌을 경포여름축제로 통합 개최한다", None, D8, ["culture-tourism"], "plan"),
        c("해수욕장 안전사고를 막기 위해 전문 응급구조대를 배치하고", None, D8, ["disaster-safety", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "사진은 봄철 벚꽃축제가 열리는 강릉 남산공원",
        "사진은 강릉의 대표 관광지 중 하나인 경포해변",
    ],
}

# bk-09: 원주시 (42130), 원창묵 inauguration 1일; caption 2014.7.1 -> claims 2014-07-01, published null
CM = "won-chang-muk"
D9 = "2014-07-01"
G["bk-09-news1.txt"] = {
    "metadata": {"headline": "원창묵 원주시장 취임…'레저관광·경제도시 구현' 선언", "published": None, "reporter": "권혜민",
                 "outlet": "뉴스1", "jurisdiction": "42130"},
    "officials": [CM],
    "claims": [
        c("'건강하고 푸른 레저관광, 경제도시 원주'를 목표로 민선 6기 첫 행보를 시작했다", CM, D9, ["culture-tourism"], "plan"),
        c("'건강하고 푸른 레저관광·경제도시 원주' 구현을 위한 시책들을 하나하나 추진해 나가겠다", CM, D9, ["culture-tourism"], "plan"),
        c("▲원주-여주 수도권 전철 연장사업 본격 착수", CM, D9,
          ["public-transit", "culture-tourism", "disaster-safety", "medical-industry", "agriculture"], "plan"),
    ],
    "not_claims": [
        "벅찬 소명을 통감하게 된다",
        "성실하고 정직한 자세로 시정을 펼쳐 나가겠다",
        "민선 6기 주요공약과 추진 방향에 대해 설명했다",
    ],
}

os.makedirs('/work/blind/set-bk/gold', exist_ok=True)
for name, g in G.items():
    out = {"article": name}
    out.update(g)
    with open(f'/work/blind/set-bk/gold/{name}.json', 'w', encoding='utf-8') as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
