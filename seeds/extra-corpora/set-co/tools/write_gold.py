"""Writes gold/*.json for set-co (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
os.makedirs(OUT, exist_ok=True)


def c(quote, policies, kind, speaker=None, date=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# co-01: 충북 이시종, 확대간부회의 (undated: all dates null)
LSJ = "lee-si-jong"
G["co-01-ccdailynews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "배명식", "outlet": "충청일보", "jurisdiction": "43"},
    "officials": [LSJ],
    "claims": [
        c("혁신종합지원센터를 바이오산업의 두뇌 역할을 할 수 있도록 건립해야 한다고 주문했다", ["medical-industry"], "plan", LSJ),
        c("바이오헬스산업의 중심지로 부상한 오송이 지속해서 성장할 수 있도록 센터가 그 역할을 해야 한다", ["medical-industry"], "plan", LSJ),
        c("혁신종합지원센터가 인재를 모아 바이오산업의 헤드쿼터 역할을 수행할 수 있도록 설계할 것을 검토하라", ["medical-industry"], "plan", LSJ),
        c("판교 테크노밸리처럼 지역의 랜드마크로 자리매김할 수 있도록 해야 한다", ["medical-industry"], "plan", LSJ),
        c("센터는 오송단지 내 입주기업 지원과 근로자 복지, 편의 등을 위한 복합비즈니스 시설로", ["medical-industry"], "statement"),
        c("9917㎡ 터에 연면적 1만8000㎡ 규모로 지어진다", ["medical-industry"], "statement"),
        c("오송제2산업단지 투자 이익금 599억원으로 건립되며 2023년 준공이 목표다", ["medical-industry"], "plan"),
        c("충북의 올해 투자유치 목표액 10조원 달성을 위해 특별 대책을 세우고 적극적으로 움직이라", ["investment-attraction"], "target", LSJ),
        c("청주국제공항 복선 전철 사업에 청주공항 활주로 연장 사업도", ["public-transit", "airport-relocation"], "plan", LSJ),
    ],
    "not_claims": ["이시종 지사, 간부회의서 강조"],
}

# co-02: 대전 대덕구 복지정책 (undated: all dates null)
CCG = "choi-chung-gyu"
G["co-02-hankyung.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "30230"},
    "officials": [CCG],
    "claims": [
        c("모든 구민에게 행복을 주는 복지정책을 추진한다고 12일 밝혔다", ["welfare"], "plan"),
        c("생활지원과를 신설하고, 통합돌봄팀을 돌봄정책팀과 돌봄사업팀으로 개편했다", ["welfare"], "achievement"),
        c("노인복지팀을 노인정책팀과 노인사업팀으로 각각 확대하는 등 촘촘한 복지시스템을 구축했다", ["welfare"], "achievement"),
        c("국가유공자·보훈 대상자 방문 진료 사업비를 지원하기로 했다", ["welfare", "public-health"], "plan"),
        c("경증 치매 어르신, 퇴원환자 돌봄 사업 등도 강화할 예정이다", ["welfare", "dementia-care"], "plan"),
        c("1인 가구의 고독사 문제 해결을 위해 명예 사회복지 공무원을 확충한다", ["welfare"], "plan"),
        c("모바일 안심케어서비스 지원 대상도 늘리기로 했다", ["welfare"], "plan"),
        c("지역 8개 보훈단체에 운영비와 사업비 인상", ["welfare"], "plan"),
        c("어르신과 장애인을 위해 △노후 경로당 리모델링", ["welfare", "jobs"], "plan"),
        c("아동, 여성, 청소년을 위해 △출산장려금 지원액(50만원) 확대", ["childcare-birth", "youth-policy", "education"], "plan"),
        c("늘어나는 복지 수요에 능동적으로 대처하고 전 세대를 아우르는 촘촘한 복지시스템을 구축하겠다", ["welfare"], "plan", CCG),
    ],
    "not_claims": ["소외되는 주민이 없는 더불어"],
}

# co-03: 춘천 의암호 관광 콘텐츠 (undated: all dates null)
YDH = "yuk-dong-han"
G["co-03-kado.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42110"},
    "officials": [YDH],
    "claims": [
        c("의암호 일대 관광 콘텐츠 확충을 위해 대관람차 조성을 추진한다", ["culture-tourism"], "plan"),
        c("레고랜드 인근에 대관람차를 조성하기로 하고 올해 안에 사업자를 공모할 방침이다", ["culture-tourism"], "plan"),
        c("구체적인 부지는 춘천먹거리복합문화공간 부근이며", ["culture-tourism"], "statement"),
        c("춘천시는 전액 민자유치로 대관람차 조성을 추진할 계획이다", ["culture-tourism", "investment-attraction"], "plan"),
        c("2025년쯤에는 준공이 가능하다는 게 춘천시 입장이다", ["culture-tourism"], "statement"),
        c("의암호 일대 체류형 관광을 위한 콘텐츠 확충도 본궤도에 오를 전망이다", ["culture-tourism"], "statement"),
        c("야간 드론 라이트쇼를 상설 개최하고 춘천관광종합개발계획을 통해", ["culture-tourism"], "plan"),
        c("관광객들을 끌어모으기 위해 트롤리 전기버스도 투입한다", ["culture-tourism", "public-transit"], "plan"),
        c("레고랜드테마파크를 순회하는 트롤리 버스는 연말 안에 투입될 전망이다", ["culture-tourism", "public-transit"], "plan"),
        c("풍물시장 야시장, 포장마차촌도 추진 사업으로 꼽힌다", ["small-merchants", "culture-tourism"], "plan"),
        c("맞춤형 문화관광 콘텐츠와 서비스를 구현하겠다는 계획이다", ["culture-tourism"], "plan"),
        c("문화관광 산업은 민생경제 측면에서도 중요하지만", ["culture-tourism"], "statement", YDH),
        c("춘천을 다시 찾게 하는 전략이 필요한 만큼 고품격 문화관광", ["culture-tourism"], "plan", YDH),
    ],
    "not_claims": [
        "먹거리문화공간 일대 2025년 준공",
        "의암호 관광 콘텐츠 확충 본궤도",
        "관광객들이 오래 머무를 수 있는 콘텐츠는 부족한 상황이다",
    ],
}

# co-04: 김태흠 충남지사 저출생 (2024-09-10)
KTH = "kim-tae-heum"
D4 = "2024-09-10"
G["co-04-tf.txt"] = {
    "metadata": {"headline": "김태흠 충남지사, 저출생 위기 극복 대안 제시", "published": "2024-09-10T16:17+09:00",
                 "reporter": "이정석", "outlet": "더팩트", "jurisdiction": "44"},
    "officials": [KTH],
    "claims": [
        c("김태흠 충남도지사가 ‘힘쎈충남 풀케어 돌봄정책’을 지역 인구 감소 대응과", ["childcare-birth"], "statement", KTH, D4),
        c("정부는 저출생 극복을 위해 지난 18년 간 380조 원의 예산을 투입했지만", ["childcare-birth"], "criticism", KTH, D4),
    ],
    "not_claims": [
        "365일 24시간 완전 돌봄·주거 지원·사회 인식 개선 등 박차",
        "힘쎈충남 풀케어 돌봄정책을 주제로 기조세션 주제발표를 하고 있다",
        "내년 지방자치 부활 30주년을 앞두고",
        "저출생 위기와 도의 대응 현황, 대정부 제안 등을 발표했다",
        "우리나라 2023년 합계출산율은 0.72명으로",
    ],
}

# co-05: 논산 스마트팜 복합단지 (2025-08-22)
BSH = "baek-seong-hyeon"
D5 = "2025-08-22"
G["co-05-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2025-08-22", "reporter": None, "outlet": None, "jurisdiction": "44230"},
    "officials": [BSH],
    "claims": [
        c("미래 농업 혁신을 선도할 스마트팜 복합단지 조성사업에 본격 착수했다", ["agriculture"], "achievement", None, D5),
        c("청년 농업인을 안정적으로 정착시키고 스마트농업 전문인재로 양성하는 것을 핵심 목표로", ["agriculture", "youth-policy"], "statement", None, D5),
        c("기본 및 실시설계 착수보고회를 열고 사업 추진에 속도를 내고 있다", ["agriculture"], "achievement", None, D5),
        c("논산 스마트팜 복합단지는 청년 농업인의 자립을 돕기 위한 분양형 단지로", ["agriculture", "youth-policy"], "statement", None, D5),
        c("오는 2026년 상반기 중 착공할 계획이다", ["agriculture"], "plan", None, D5),
        c("청년농의 지역 정착과 창업을 지원해", ["agriculture", "youth-policy", "startup-support"], "plan", None, D5),
        c("논산이 미래형 농업의 선도 도시로 도약할 수 있을 것으로 기대하고있다", ["agriculture"], "statement", None, D5),
        c("청년농이 스마트농업 전문인재로 성장하고 안정적으로 뿌리내릴 수 있도록", ["agriculture", "youth-policy"], "plan", BSH, D5),
        c("청년농이 농업의 선진화와 차별화를 이끌 아이디어를 마음껏 펼칠 수 있는 환경을 조성하겠다", ["agriculture", "youth-policy"], "plan", BSH, D5),
    ],
    "not_claims": [
        "2026년 착공 목표…14.1ha 규모 분양형 단지 조성, 청년농 유입·정착 지원",
        "이날 보고회에는 시 관계자와 전문가, 청년 농업인 등 20여 명이 참석해",
    ],
}

# co-06: 세종 빛 축제, 최민호 '월요이야기' (undated: all dates null)
CMH = "choi-min-ho"
G["co-06-news1.txt"] = {
    "metadata": {"headline": "최민호 세종시장 \"빛 축제 준비 추진위원과 시민들께 감사\"", "published": None,
                 "reporter": "장인수", "outlet": "뉴스1", "jurisdiction": "36"},
    "officials": [CMH],
    "claims": [
        c("'2025 세종시 빛 트리 축제'가 시작됐다", ["culture-tourism"], "statement", CMH),
        c("차가운 지역경제를 살리고자 시작한 '빛 축제'가 정치적인 곡해 등으로 시의회의 예산 삭감으로 이어져", ["culture-tourism"], "criticism", CMH),
        c("시민들이 직접 나서 축제를 열기를 벌써 두 해가 됐다", ["culture-tourism"], "statement", CMH),
        c("축제 예술·공연 부문 대상을 수상한 것은 시민들의 힘으로 만들어낸 쾌거다", ["culture-tourism"], "achievement", CMH),
        c("세종의 빛 축제도 시민들의 용기와 지혜로 온정이 넘치는 사랑의 무대로 꾸며", ["culture-tourism", "small-merchants"], "plan", CMH),
        c("빛 트리 축제는 시민의 손으로 다시 살아났다", ["culture-tourism"], "achievement"),
        c("축제는 오는 12월 31일까지 39일간 이응다리 남측 광장 일대에서 열린다", ["culture-tourism"], "statement"),
        c("올해 축제는 세종시교회총연합회와 시민추진단이 공동 주최하며", ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "빛 축제를 준비해 준 추진단 위원과 말없이 후원하고 참여해 준 시민들께 감사하다",
        "어둠이 내린 이응다리 광장이 반짝이는 트리들과 빛 터널에서 나온 불빛들로 채워졌다",
        "세계의 빛 축제들은 우여곡절을 겪으면서도 고난에 굴하지 않고",
    ],
}

# co-07: 강원도 액화수소 로드맵 (2021-05-06), institutional
D7 = "2021-05-06"
G["co-07-shinailbo.txt"] = {
    "metadata": {"headline": "강원도, '2030 강원형 액화수소산업 육성 로드맵' 발표", "published": "2021-05-06T13:00+09:00",
                 "reporter": "김정호", "outlet": None, "jurisdiction": "42"},
    "officials": [],
    "claims": [
        c("강원도가 생활 수소산업, 미래형 그린수소, SOC 수소경제를 중심으로", ["energy-transition"], "plan", None, D7),
        c("3조9000억원의 연매출과 3200명의 고용창출, 100여개의 수소 전문기업 육성 등이 기대된다",
          ["energy-transition", "future-vehicles", "jobs", "culture-tourism"], "statement", None, D7),
        c("도는 먼저 생활 속에 수소산업 생태계를 조성키로 했다", ["energy-transition"], "plan", None, D7),
        c("2030년까지 수소차 5만대, 버스 250대, 택시와 트럭 각 450대를 보급한다는 것이 도의 계획이다",
          ["future-vehicles", "energy-transition"], "target", None, D7),
        c("일반 충전소 55개와 특수(버스·트럭) 충전소 10개도 구축한다", ["future-vehicles", "energy-transition"], "target", None, D7),
        c("산업에서는 '미래형 그린수소'를 육성한다", ["energy-transition"], "plan", None, D7),
        c("대규모 재생에너지를 이용한 그린수소 단지를 구축한다", ["energy-transition"], "plan", None, D7),
        c("삼척 수소시범도시를 2030년까지 3곳으로 확대하고", ["energy-transition"], "target", None, D7),
        c("수소 관광 인프라와 랜드마크로 조성해 새로운 관광 수요를 창출할 방침이다", ["energy-transition", "culture-tourism"], "plan", None, D7),
        c("차질 없이 이행해 액화수소 에너지 대전환을 선도함으로써", ["energy-transition"], "plan", None, D7),
    ],
    "not_claims": ["강원도, '2030 강원형 액화수소산업 육성 로드맵' 발표"],
}

# co-08: 충주 전통시장 (2017-03-13), institutional + 경제과장 (not in registry)
D8 = "2017-03-13"
G["co-08-foodtoday.txt"] = {
    "metadata": {"headline": "충주시, 전통시장 활성화에 3년간 58억 집중 투입", "published": "2017-03-13T11:22+09:00",
                 "reporter": "최윤해", "outlet": "푸드투데이", "jurisdiction": "43130"},
    "officials": ["jo-gil-hyeong"],
    "claims": [
        c("관내 전통시장 활성화와 소상공인의 경쟁력 강화를 위해 3년간 58억4600만원을 집중 투입한다", ["small-merchants"], "plan", None, D8),
        c("5개 사업이 선정돼 국비 33억4500만원을 지원받는다", ["small-merchants"], "achievement", None, D8),
        c("자유·무학시장은 3년간 25억원의 사업비가 집중 투자돼", ["small-merchants"], "plan", None, D8),
        c("연말까지 기존 주차장을 25면 확대한다", ["small-merchants"], "target", None, D8),
        c("골목형시장 육성사업에 선정돼", ["small-merchants"], "plan", None, D8),
        c("토요직거래장터 및 야시장 등도 개설해 시장 경쟁력을 강화할 계획이다", ["small-merchants"], "plan", None, D8),
        c("나들가게 선도사업에도 선정돼 3년간 10억7600만원이 투입된다", ["small-merchants"], "achievement", None, D8),
        c("모델숍 지원, 점포 건강관리, 점주 역량강화교육 등의 패키지 사업과", ["small-merchants"], "plan", None, D8),
        c("맞춤형 신선식품 공동구매와 소분사업을 지원하고 구매 대행 무료 배달서비스도 지원한다", ["small-merchants"], "plan", None, D8),
        c("전통시장 경영혁신 지원사업에도 선정돼 총사업비 3000만원을 투입한다", ["small-merchants"], "achievement", None, D8),
        c("연이은 공모사업 선정으로 전통시장과 골목슈퍼의 경쟁력이 강화돼", ["small-merchants"], "statement", None, D8, "손창남"),
    ],
    "not_claims": ["충주시, 전통시장 활성화에 3년간 58억 집중 투입"],
}

# co-09: 대전대흥 드림타운 (2020-01-22), institutional
D9 = "2020-01-22"
G["co-09-dailycc.txt"] = {
    "metadata": {"headline": "대전시, 청년 주거 공간 '대전대흥 드림타운' 150호 공급", "published": "2020-01-22T09:15+09:00",
                 "reporter": "한유영", "outlet": "충청신문", "jurisdiction": "30"},
    "officials": [],
    "claims": [
        c("청년 등 젊은 계층이 주거비 걱정 없이 직장생활, 자기계발을 할 수 있는", ["housing", "youth-policy"], "plan", None, D9),
        c("중구 대흥동 452-38이 사업지로 최종 선정됐다고 밝혔다", ["housing"], "achievement", None, D9),
        c("청년 창업가 등의 직주근접을 위한 서비스·시설과 연계된 창업지원주택", ["housing", "startup-support"], "statement", None, D9),
        c("'소셜벤처 창업플랫폼' 구축 사업과 연계된 창업지원주택이다", ["housing", "startup-support"], "statement", None, D9),
        c("창업가를 위한 시설과 서비스를 두루 갖출 예정이다", ["housing", "startup-support"], "plan", None, D9),
        c("임대료는 시세의 약 72% 수준으로 적용, 저렴하게 공급할 예정이다", ["housing"], "plan", None, D9),
        c("청년 임대주택 150호 규모로 총 사업비 263억원이 소요된다", ["housing", "youth-policy"], "statement", None, D9),
        c("한국토지주택공사(LH)에서 사업비를 전액 부담함에 따라 시비 84억원이 절감돼", ["housing"], "achievement", None, D9),
    ],
    "not_claims": [
        "국토부 '일자리 연계형 지원주택' 공모 사업지로 최종 선정",
        "대전대흥 드림타운 조감도.(사진=대전시 제공)",
    ],
}

for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
