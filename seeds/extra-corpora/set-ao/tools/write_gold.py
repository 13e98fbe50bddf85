"""Writes set-ao's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
import os

OUT = '/work/blind/set-ao/gold'
G = {}


def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c


# ao-01: 부산진구 청년친화도시 (no date in text)
G["ao-01-newdaily.txt"] = {
    "metadata": {"headline": "일자리 미스매치 해소·청년공간 활성화 방안 마련", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "26230"},
    "officials": ["park-heong-joon"],
    "claims": [
        C("부산진구가 국무조정실이 주관하는 전국 첫 '청년친화도시' 공모에 선정됐다", None, None, ["youth-policy"], "achievement"),
        C("이는 청년들의 삶의 질 향상을 목표로 한 복합적이고 미래지향적인 정책이 높은 평가를 받은 결과다", None, None, ["youth-policy"], "achievement"),
        C("부산시는 올해부터 5년간 부산진구에 총 10억 원의 사업비를 투입해 청년 친화적 환경을 조성할 계획이다", None, None, ["youth-policy"], "plan"),
        C("청년친화도시 조성을 위한 자문과 교육 운영, 다양한 청년 정책이 본격 추진된다", None, None, ["youth-policy"], "plan"),
        C("부산진구는 '파이브 업(FIVE-UP)' 정책으로", None, None, ["youth-policy", "jobs", "startup-support", "housing", "culture-tourism"], "achievement"),
        C("청년 정책에 가상모형(디지털 트윈)을 도입해 데이터를 기반으로 정책을 수립하고 성과를 관리하는 점에서 혁신성을 인정받았다", None, None, ["youth-policy", "smart-city"], "achievement"),
        C("이번 사업을 통해 청년들의 마음 건강 증진과 안정적 주거 지원 등", None, None, ["youth-policy", "housing", "public-health"], "plan"),
        C("시는 이번 청년친화도시 지정과 연계해 2025년부터 부산시 청년정책 '청년지(G)대' 추진계획, 일자리 미스매치 해소, 청년공간 활성화 등도 추진할 계획이다", None, None, ["youth-policy", "jobs"], "plan"),
        C("앞으로도 청년 눈높이에 맞는 실효성 있는 정책을 적극 추진해 정책 체감도를 높이고", "park-heong-joon", None, ["youth-policy"], "plan"),
    ],
    "not_claims": ["일자리 미스매치 해소·청년공간 활성화 방안 마련", "부산진구청 전경.ⓒ부산진구",
                   "부산진구는 전포 카페거리와 부산 e-스포츠 경기장(BRENA) 등으로 청년 문화와 활동이 활발한 지역이다"],
}

# ao-02: 달서구 치매안심센터 (2019-05-16)
D = "2019-05-16"
G["ao-02-smnews.txt"] = {
    "metadata": {"headline": "‘달서구치매안심센터 개소식’ 가져", "published": "2019-05-16T12:43+09:00", "reporter": "황보문옥",
                 "outlet": "세명일보", "jurisdiction": "27290"},
    "officials": ["lee-tae-hun"],
    "claims": [
        C("대구 달서구가 오는 20일 어르신들의 치매걱정을 덜어드리고 건강하고 행복한 노년을 위해 '달서구치매안심센터' 개소식을 가진다고 밝혔다", None, D, ["dementia-care"], "plan"),
        C("그동안 달서구치매안심센터는 189㎡의 면적으로 달서구보건소 내에서 운영했으나", None, D, ["dementia-care"], "achievement"),
        C("성서보건지소에 치매 상담실을 상시 운영해 주민들의 접근성을 높여 균형있는 노인복지 서비스를 제공할 수 있게 됐다", None, D, ["dementia-care", "welfare"], "achievement"),
        C("치매안심센터를 통해 치매 걱정 없이 안심하고 살 수 있는 건강한 달서구로 거듭나기를 기대한다", "lee-tae-hun", D, ["dementia-care"], "statement"),
    ],
    "not_claims": ["‘달서구치매안심센터 개소식’ 가져", "달서구치매안심센터 투시도",
                   "식전공연, 테이프커팅, 시설관람 등의 순서로 진행될 예정이다"],
}

# ao-03: 울산 중구 도시재생 (2023-12-10), institutional narration only
D = "2023-12-10"
U = "urban-regeneration"
G["ao-03-kyilbo.txt"] = {
    "metadata": {"headline": "울산 중구, 정체성 살리는 도시재생 추진", "published": "2023-12-10T19:12+09:00", "reporter": "정호식",
                 "outlet": "울산광역매일", "jurisdiction": "31110"},
    "officials": [],
    "claims": [
        C("울산 중구가 지역 특성을 살린 도시재생사업으로 `지역의 부활`을 꾀하고 있다", None, D, [U], "statement"),
        C("중구는 지난 2016년중앙동을 시작으로, 2018년 학성동, 2019년 병영동 일원에서 도시재생사업을 추진해오고 있다", None, D, [U], "statement"),
        C("중구는 도시의 성장과 경쟁력 강화를 위해 후속 도시재생사업을 준비 중이다", None, D, [U], "plan"),
        C("지난해부터 다운동 일원에서 도시재생사업의 준비단계에 해당되는", None, D, [U], "achievement"),
        C("또 원도심 상권 활성화를 목표로 성남동을 중심으로 지난 2016년부터 2022년까지 사업비 182억 원을 투입해", None, D, [U, "small-merchants"], "achievement"),
        C("`울산의 종갓집`이라는 정체성을 바탕으로 원도심의 역사ㆍ문화자원, 전통시장, 특화거리 등", None, D, [U, "small-merchants"], "achievement"),
        C("2018년부터 2024년까지 사업비 212억 원을 들여 `군계일학(群鷄一鶴), 학성` 도시재생사업을 추진하고 있다", None, D, [U], "statement"),
        C("2021년 학성동 행정복지센터 신청사와 도서관, 주민 소통공간으로 구성된 복합시설 `학성꿈마루`를 건립했다", None, D, [U, "city-hall", "culture-tourism"], "achievement"),
        C("또 어르신 사회참여와 일자리 창출을 위한 `동백시니어센터`를 짓고 주민역량 강화와 소통 프로그램을 운영 중이다", None, D, [U, "welfare", "jobs"], "statement"),
    ],
    "not_claims": ["울산 중구, 정체성 살리는 도시재생 추진", "중앙ㆍ학성ㆍ병영동 이어 다운동 등도 공모사업 도전",
                   "울산중구도시재생지원센터. (사진=중구청 제공)"],
}

# ao-04: 포항 지진대책 (2016-10-07; meeting 지난 23일 = 2016-09-23)
P = "2016-10-07"
M = "2016-09-23"
S = "disaster-safety"
G["ao-04-news21tongsin.txt"] = {
    "metadata": {"headline": "포항시, 선제적인 지진대책 마련에 잰걸음", "published": "2016-10-07T09:28:13+09:00", "reporter": "주정비",
                 "outlet": None, "jurisdiction": "47110"},
    "officials": ["lee-gang-deok"],
    "claims": [
        C("지진에 대한 근본적인 대비와 피해 최소화를 위한 선제적인 대책 마련에 나섰다", None, P, [S], "statement"),
        C("한국지질자원연구원 산하의 지진연구센터 유치 의사를 밝혔다", "lee-gang-deok", M, [S, "research-development"], "plan"),
        C("선제적 종합대책을 마련하여 지진대비에 만전을 기하야 한다는데 의견을 같이했다", None, M, [S], "plan"),
        C("지진 관련 매뉴얼 정비 및 시설물 내진 보강 확대 등 세부추진계획을 수립하여 시민 안전에 최선을 다하겠다", "lee-gang-deok", M, [S], "plan"),
        C("이와 관련해 포항시는 지진 발생 시 규모별로 미치는 시설물 피해 예상 현황을 파악하여", None, P, [S], "plan"),
    ],
    "not_claims": ["포항시, 선제적인 지진대책 마련에 잰걸음", "이강덕 시장, 포항지질자원실증연구소 방문.. 지진전문가와 간담회",
                   "포항지질자원실증연구소를 방문해 지진관련 전문가들과 간담회를 갖고",
                   "시민들도 지진 발생 시 당황하지 말고 안전수칙 및 행동요령을 차분하게 지켜주길 바란다"],
}

# ao-05: 상주 스마트팜 혁신밸리 준공 (date prefix 2021-12; event 15일)
D = "2021-12-15"
A = "agriculture"
G["ao-05-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2021-12", "reporter": "이세령", "outlet": "아시아경제", "jurisdiction": "47250"},
    "officials": ["lee-cheol-u", "kang-yeong-seok"],
    "claims": [
        C("경북 상주시가 15일 스마트팜 혁신 밸리 준공식을 열었다", None, D, [A], "achievement"),
        C("스마트팜 혁신 밸리가 상주의 농업인구 고령화를 해결하고 미래농업을 이끌 것으로 기대하고 있다", None, D, [A], "statement"),
        C("청년 창농(創農) 비전을 제시해 ‘청년이 중심되는 스마트농업 실현’이란 준공식 구호를 강조했다", None, D, [A, "youth-policy", "startup-support"], "statement"),
        C("상주 스마트팜 혁신 밸리는 42.7㏊의 부지에", None, D, [A, "youth-policy", "startup-support", "fourth-industrial-revolution", "research-development"], "achievement"),
        C("귀농하는 청년과 청년창업 교육생을 위한 청년 농촌 보금자리와 문화거리", None, D, [A, "youth-policy", "startup-support", "housing"], "achievement"),
        C("전국 최대규모의 혁신 밸리 운영으로 청년들이 스마트팜에 쉽게 접근하고 도전하는 기회를 제공할 것", "kang-yeong-seok", D, [A, "youth-policy"], "plan"),
        C("우리 시가 미래농업 기술을 선도하도록 경북도와 함께 역량을 강화하겠다", "kang-yeong-seok", D, [A], "plan"),
    ],
    "not_claims": ["준공식에는 김현수 농식품부 장관, 이철우 경북도지사, 강영석 상주시장"],
}

# ao-06: 창원 SK지르콘 투자협약 (no publication date in text)
I = "investment-attraction"
G["ao-06-cnbnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "강우권", "outlet": "CNB", "jurisdiction": "48120"},
    "officials": ["ahn-sang-su"],
    "claims": [
        C("창원시는 5일 창원 대산일반산업단지 내 대규모 신설투자업체인 ㈜SK지르콘과 투자양해각서를 체결했다", None, None, [I], "achievement"),
        C("오는 2016년까지 992억 원 투자, 1,740명 신규 고용으로", None, None, [I, "jobs"], "target", "박희웅"),
        C("기업투자 유치와 관광산업 유치에 전 행정력을 집중할 것이다", "ahn-sang-su", None, [I, "jobs", "culture-tourism"], "plan"),
        C("지난해 가포지구에 총 11개 국내기업과 3개 외투기업을 유치한 데 이어", None, None, [I], "plan"),
    ],
    "not_claims": ["인체에 유익한 마그네슘을 소재로 세계적인 흐름인 친환경 에너지 고효율 제품을 생산하는 전문기업으로"],
}

# ao-07: 의령군 귀농 지원 (no date in text), institutional narration only
G["ao-07-idomin.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "연합뉴스", "jurisdiction": "48720"},
    "officials": [],
    "claims": [
        C("경남 의령군은 도시지역에서 군내로 전입해 영농에 종사하는 귀농인에 대한 지원을 대폭 확대한다고 3일 밝혔다", None, None, ["agriculture"], "plan"),
        C("임시거주지를 제공하는 귀농인의 집 10곳을 운영해 귀농 초기 주거 부담 완화에 도움을 줄 방침이다", None, None, ["agriculture"], "plan"),
        C("또 귀농귀촌인과 마을 주민이 함께하는 화합프로그램 운영을 지원해 공동체 활력을 창출하고", None, None, ["agriculture"], "plan"),
        C("이 밖에 군은 도시민 농촌유치를 위해 귀농귀촌박람회에 연간 7회 정도 참여하고 있다", None, None, ["agriculture"], "statement"),
    ],
    "not_claims": ["접근성이 뛰어나고 낙동강과 남강이 만나는 곳이어서 비옥한 토지가 많은 등 귀농귀촌 정착지로 주목받고 있다",
                   "▲ 의령군청 전경/연합뉴스"],
}

# ao-08: 제주 감귤 (2024-11-07; 5일 = 2024-11-05)
P = "2024-11-07"
E = "2024-11-05"
G["ao-08-jjyhnews.txt"] = {
    "metadata": {"headline": "[제주도]4년 연속 감귤 조수입 1조원 달성 목표… 품질 경쟁력 강화 집중",
                 "published": "2024-11-07T10:16:52+09:00", "reporter": None, "outlet": None, "jurisdiction": "50"},
    "officials": ["oh-young-hun"],
    "claims": [
        C("제주특별자치도는 4년 연속 제주 감귤 조수입 1조원 달성을 목표로 품질 경쟁력 강화에 총력을 기울이고 있다", None, P, [A], "target"),
        C("감귤 농가의 수확을 돕기 위한 다양한 노력을 기울이고 있다", None, P, [A], "statement"),
        C("수확 전 철저한 방제와 수분 관리로 품질을 높이고, 엄격한 선별 기준을 적용하는 것이 제값을 받는 길", "oh-young-hun", E, [A], "statement"),
        C("11월 중순부터 평균 가격이 1만 3,000원까지 형성될 것으로 전망되며", "oh-young-hun", E, [A], "statement"),
        C("우수 상품만이 시장에 유통되는 건전한 유통구조 확립이 핵심", "oh-young-hun", E, [A], "plan"),
        C("고품질 감귤 생산을 위한 도정 차원의 적극적인 지원과 협력을 요청", None, E, [A], "statement"),
    ],
    "not_claims": ["[제주도]4년 연속 감귤 조수입 1조원 달성 목표… 품질 경쟁력 강화 집중", "오영훈 지사, 고품질 생산·유통 체계 구축 강조",
                   "제주시 애월읍 홍초자 씨 농가에서 감귤 수확 일손돕기에 나섰다",
                   "제주감귤농협 제4유통센터에서 선과작업 현장을 점검하고"],
}

# ao-09: 김기현 울산시장, 대선 직후 기자간담회 (no year in text)
G["ao-09-ulsanpress.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "울산신문", "jurisdiction": "31"},
    "officials": ["kim-gi-hyeon"],
    "claims": [
        C("청년 일자리 문제는 나라의 존립과 관련될 정도로, 조속히 해결하지 않으면 나라가 매우 어려운 국면에 처하게 될 것", "kim-gi-hyeon", None, ["jobs", "youth-policy"], "statement"),
        C("중소기업을 창의적으로 발전시키고 창업 생태계를 선순환 구조로 바꿔 우리나라가 4차 산업혁명 시대를 리더할 수 있도록 노력해 달라", "kim-gi-hyeon", None, ["startup-support", "fourth-industrial-revolution"], "plan"),
        C("자동차 산업의 중심도시인 울산이 미래자동차 산업기지 구축 사업에서 제외돼 우려스럽다", "kim-gi-hyeon", None, ["future-vehicles"], "criticism"),
        C("울산에 미래자동차 산업기지가 구축되도록 배려해야 한다", "kim-gi-hyeon", None, ["future-vehicles"], "plan"),
    ],
    "not_claims": ["사회갈등·일자리·외교 문제 해결 등 국민통합의 새 시대를 열어주시길 바란다",
                   "문재인 대통령이 성공한 대통령이 되길 바란다", "대통령의 성공은 곧 대한민국의 성공을 의미하는 것",
                   "인재를 골고루 등용하고 정책과 예산 반영에도 통합 노력을 해 정치·사회적 갈등을 치유해 달라"],
}

os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
