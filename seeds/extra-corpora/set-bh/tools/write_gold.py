"""Writes gold/*.json for set-bh (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = []

# bh-01 대구광역시, 권영진, undated (2021 신축년 in the text; no publication date)
K = "kwon-young-jin"
G.append({
    "article": "bh-01-cnbnews.txt",
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"},
    "officials": [K],
    "claims": [
        c("철저한 방역을 통해 일상회복과 경제 회생의 대도약을 이끌어 대구의 해로 만들겠다", K, None, ["public-health"], "plan"),
        c("일상회복을 위한 대구방역체계를 강화하고 민생경제 도약을 위한 회복 탄력성을 제고하며 사람을 키우는 인재도시 대구를 조성하겠다", K, None, ["public-health", "education"], "plan"),
        c("산단대개조와 대구형 복지 안전망도 확충할 것", K, None, ["welfare"], "plan"),
        c("대구 공항 통합이전과 서대구 역세권을 개발하고", K, None, ["airport-relocation", "culture-tourism"], "plan"),
        c("취수원 다변화로 대구시민들의 물 안전성을 확보하고 대구·경북 행정통합으로", K, None, ["water-supply", "decentralization"], "plan"),
        c("신청사 건립에 대해서는 도시재생 혁신지구와 연계하는 방안으로 추진해", K, None, ["city-hall", "urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "신축년 한 해를 대구의 해로 만들겠습니다.",
        "올해 중점 추진할 사업들을 10+2 핵심과제로 설정하고 과제를 완수하겠다고 발표했다",
        "+2대 핵심과제는 지역 간의 연대와 협력에 기반한 사업을 담고 있다고 대구시는 설명했다",
        "2021년 신축년을 대구의 해로 만들어 대한민국의 중심으로 우뚝 세우겠다",
    ],
})

# bh-02 대구 달서구, 이태훈, undated (기해년 = 2019)
K = "lee-tae-hun"
G.append({
    "article": "bh-02-imaeil.txt",
    "metadata": {"headline": "[기해년 릴레이 인터뷰]이태훈 대구 달서구청장 \"달서구 청년들의 일자리 창출이 최대 목표\"",
                 "published": None, "reporter": None, "outlet": "매일신문", "jurisdiction": "27290"},
    "officials": [K],
    "claims": [
        c("양질의 일자리를 찾는 달서구 청년들이 성서산업단지 뿐만 아니라 일본 등 가까운 외국에서도 기회를 찾도록 돕겠습니다", K, None, ["jobs", "youth-policy"], "plan"),
        c("올해 구정 최고 목표는 일자리 창출", K, None, ["jobs"], "plan"),
        c("청년들 취업, 창업 역량을 키워 지역 안팎은 물론 해외에서도 취업할 수 있도록 돕는 공격적 전략이다", None, None, ["jobs", "youth-policy", "startup-support"], "statement"),
        c("올 들어 일자리 지원과 청년정책 전담 부서를 신설했다", None, None, ["jobs", "youth-policy"], "achievement"),
        c("각 부서는 ▷해외취업 드림 아카데미 개최", None, None, ["jobs", "youth-policy", "startup-support"], "statement"),
        c("주민들이 성인 자녀의 취업을 목표로 달서구를 떠나지 않도록 하겠다는 것이다", None, None, ["jobs"], "plan"),
        c("기초단체 차원에서 해외 취업 지원까지 나서는 건 흔치 않은 사례다", None, None, ["jobs"], "statement"),
        c("전국 각지에서 진행 중인 도시재생사업도 핵심 사업으로 꼽힌다", None, None, ["urban-regeneration"], "statement"),
        c("달서구는 도시재생 과정의 다양한 문제를 고려해 조심스", None, None, ["urban-regeneration"], "statement"),
    ],
    "not_claims": [
        "'죽전 대나무꽃 만발 프로젝트' 등 중요 도시재생사업도 추진",
        "국내외 취업 컨설팅을 받을 수 있도록 해 양질의 일자리를 주선하겠다고 설명했다. 달서구청 제공",
        "청년들을 지역에 묶어만 두는 게 능사는 아닙니다.",
        "인구유출이라는 한계에 부닥쳤다",
        "이 구청장은 발상을 바꿨다.",
    ],
})

# bh-03 대구 중구, 류규하, 2020-01-06
K = "ryu-gyu-ha"
D = "2020-01-06"
G.append({
    "article": "bh-03-idaegu.txt",
    "metadata": {"headline": "대구 중구 골목투어 3년 연속 ‘200만 관광객 돌파’ 쾌거", "published": "2020-01-06T15:24:01+09:00",
                 "reporter": "김지혜", "outlet": "대구일보", "jurisdiction": "27110"},
    "officials": [K],
    "claims": [
        c("중구 골목투어에 3년 연속으로 200만 명이 넘는 관광객이 찾은 것으로 집계됐다", None, D, ["culture-tourism"], "achievement"),
        c("지난해에는 관광객은 234만3천73명이 골목투어를 다녀간 것이다", None, D, ["culture-tourism"], "achievement"),
        c("3년 연속 관광객 200만 명 돌파는 대구에서 첫 사례는 물론 전국적으로도 드문 일이다", None, D, ["culture-tourism"], "achievement"),
        c("골목투어가 처음 시작된 2008년에는 287명이 찾았다", None, D, ["culture-tourism"], "statement"),
        c("11년 만에 관광객 수가 816배 늘어나 것이다", None, D, ["culture-tourism"], "achievement"),
        c("골목투어는 2012년 근대골목 ‘한국관광의 별’로 선정됐고", None, D, ["culture-tourism"], "achievement"),
        c("중구청은 3·1운동 100주년을 맞아 ‘독립운동 흔적찾기 투어’를 운영하는 한편", None, D, ["culture-tourism"], "achievement"),
        c("여행사 연계 팸투어 코스 운영과 TV프로그램을 통한 소개", None, D, ["culture-tourism"], "achievement"),
        c("대한민국의 대표관광지가 될 수 있도록 지속적으로 관광콘텐츠 개발과 편의시설을 확충해 나가도록 하겠다", K, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "2008년 287명 찾아, 11년만에 816배 늘어",
        "사진은 학생들이 골목투어를 하며 계산성당을 지나는 모습.",
        "사진은 3·1만세 운동길.",
        "김지혜 기자 hellowis@idaegu.com",
    ],
})

# bh-04 대구 서구 (치매안심센터), institutional, 2026-02-04
D = "2026-02-04"
G.append({
    "article": "bh-04-localsegye.txt",
    "metadata": {"headline": "대구 서구 치매안심센터, ‘동으로 찾아가는 치매예방’ 운영", "published": "2026-02-04T15:46:16+09:00",
                 "reporter": "박세환", "outlet": "로컬세계", "jurisdiction": "27170"},
    "officials": [],
    "claims": [
        c("주민의 인지 건강 증진과 치매 예방을 위해 ‘동으로 찾아가는 치매예방 프로그램’을 운영한다", None, D, ["dementia-care"], "plan"),
        c("센터 방문이 어려운 어르신들을 위해 생활권 안으로 직접 찾아가는 방식으로 마련된 것이 특징이다", None, D, ["dementia-care"], "statement"),
        c("이번 프로그램은 인지 활동을 중심으로 미술, 도예, 신체운동 등을 결합한 통합형 예방 프로그램으로 진행된다", None, D, ["dementia-care"], "statement"),
        c("운영 장소는 비산2·3동, 비산4동, 비산7동", None, D, ["dementia-care"], "statement"),
        c("65세 이상 1인 가구 노년층을 주요 대상으로 설정해 사회적 고립 예방과 정서적 지원에 중점을 둘 계획이다", None, D, ["dementia-care", "welfare"], "plan"),
        c("단순한 인지 훈련을 넘어, 교류와 참여를 통해 일상 속 활력을 높이는 데 초점을 맞췄다", None, D, ["dementia-care"], "statement"),
        c("7개 동 행정복지센터에서 기억력 선별검사를 실시한 뒤 대상자를 모집해 체계적으로 프로그램을 진행할 예정이다", None, D, ["dementia-care"], "plan"),
        c("인지기능 저하를 조기에 발견하고, 지역사회 중심의 예방 개입 효과를 높일 것으로 기대하고 있다", None, D, ["dementia-care"], "statement"),
        c("어르신들이 익숙한 공간에서 편안하게 참여할 수 있도록 기획한 사업", None, D, ["dementia-care"], "statement"),
        c("지역과 대상자 특성을 반영한 맞춤형 치매 예방 서비스를 지속적으로 확대해 나가겠다", None, D, ["dementia-care"], "plan"),
    ],
    "not_claims": [
        "1인 가구 노년층 집중 지원…생활권 안에서 예방",
        "치매 예방은 먼 곳이 아니라, 익숙한 동네에서 시작된다.",
        "치매 예방의 관건은 접근성이다.",
    ],
})

# bh-05 대전광역시, 이장우, 2023-11-01
K = "lee-jang-woo"
D = "2023-11-01"
G.append({
    "article": "bh-05-timenews.txt",
    "metadata": {"headline": "‘트램’ 반대하는 이장우 대전시장, 시민과의 약속을 위해 “신속 추진”", "published": "2023-11-01T22:40:55+09:00",
                 "reporter": "홍대인", "outlet": "대전타임뉴스", "jurisdiction": "30"},
    "officials": [K],
    "claims": [
        c("대전도시철도 2호선 ‘트램’의 신속한 추진을 강조하면서도 아쉽고 불편함을 내비쳤다", K, D, ["public-transit"], "plan"),
        c("정치적 이해득실을 떠나 트램을 빠르게 추진하는 것이 시민을 위한 적절한 선택이었다고 말했다", K, D, ["public-transit"], "statement"),
        c("트램 예산이 6400억 원이었는데 몇 일 후 1조 3000억 원이 든다는 보고받았다", K, D, ["public-transit"], "statement"),
        c("전 시장이 시민들을 속여 왔다고 생각해 바로 진상조사도 생각했지만", K, D, ["public-transit"], "criticism"),
        c("대부분은 도시철도 2호선의 노선은 X자 형태의 노선이 돼야 했는데 어째서인지 순환선으로 결정됐다", K, D, ["public-transit"], "criticism"),
        c("이는 선거를 앞두고 표를 더 얻기 위한 결정이었다고 추론하고 있으며", K, D, ["public-transit"], "criticism"),
        c("역대 시장들이 이미 순환선으로 노선을 확정하고 방식을 트램으로 바꾼 상태라", K, D, ["public-transit"], "statement"),
        c("그러면 결국 2호선은 못 하게 될 가능성이 커서 시민들과의 약속을 지키기 위해 그대로 추진해야만 한다", K, D, ["public-transit"], "plan"),
        c("저도 트램을 위해 대전에 레일을 설치하는 것을 찬성하지 않는다", K, D, ["public-transit"], "criticism"),
    ],
    "not_claims": [
        "대전도시철도 2호선 ‘트램’에 대한 생각을 밝히고 있다",
        "홍대인 | 기사입력 2023-11-01 22:40:55",
    ],
})

# bh-06 대전 대덕구, 박정현, undated (10일; 2020 by context)
K = "park-jeong-hyeon-30230"
G.append({
    "article": "bh-06-hankyung.txt",
    "metadata": {"headline": "대전 대덕구, 내년 지역화폐 1000억원 발행", "published": None, "reporter": "임호범",
                 "outlet": "한국경제", "jurisdiction": "30230"},
    "officials": [K],
    "claims": [
        c("내년 발행 목표액 1000억원 상향과 사용액의 10% 캐시백을 연중 지급하기로 했다", None, None, ["small-merchants"], "target"),
        c("구는 대덕e로움 플랫폼에 다양한 콘텐츠도 도입하기로 했다", None, None, ["small-merchants"], "plan"),
        c("소상공인 지원을 위해 △배달앱", None, None, ["small-merchants"], "plan"),
        c("설문조사·투표 등의 주민의견 수렴 기능과", None, None, ["small-merchants", "citizen-participation"], "plan"),
        c("대코(Daeco) 맥주페스티벌에도 연계하고 축제도 6개동 12회로 확대하기로 했다", None, None, ["small-merchants", "culture-tourism"], "target"),
        c("올해 전국 230개 지역화폐를 발행한 지방자치단체 중 첫 주자는 대덕구였다", None, None, ["small-merchants"], "achievement"),
        c("국가대표브랜드 대상과 한국정책학회 정책대상을 수상하는 등", None, None, ["small-merchants"], "achievement"),
        c("대덕e로움이 대덕구 대표브랜드로 확실히 자리매김했고 지역경제 활성화에 크게 기여해 왔다", K, None, ["small-merchants"], "achievement"),
        c("대덕e로움 시즌2는 경제도 살리고 주민소통과 공동체를 강화하는데 초점을 둘 것", K, None, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "내년 대덕사랑상품권 활성화 대책을 설명하고 있다. 대전 대덕구청 제공",
        "대전=임호범 기자 lhb@hankyung.com",
    ],
})

# bh-07 대전 중구, institutional, undated (12일; 2024 by context)
G.append({
    "article": "bh-07-kukinews.txt",
    "metadata": {"headline": None, "published": None, "reporter": "이익훈", "outlet": "쿠키뉴스", "jurisdiction": "30140"},
    "officials": [],
    "claims": [
        c("대전 중구는 대전 대표 축제인 제15회 대전효문화뿌리축제를", None, None, ["culture-tourism"], "plan"),
        c("지역경기 활성화를 목표로 더 다양하고 재미있게 구성한다는 방침이다", None, None, ["culture-tourism"], "plan"),
        c("모든 세대가 참여하여 즐길 수 있는 축제로 만들 계획이다", None, None, ["culture-tourism"], "plan"),
        c("대전효문화뿌리축제는 지난해 약 35만명의 방문객과 총 103개 문중이 참여했고", None, None, ["culture-tourism"], "achievement"),
        c("제 15회 대전효문화뿌리축제에 많은 관심과 참여를 부탁드린다", None, None, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "대전=이익훈 기자 emadang@kukinews.com",
    ],
})

# bh-08 세종특별자치시, 이춘희, undated (기사입력 field empty; 23일)
K = "lee-choon-hee"
G.append({
    "article": "bh-08-newspim.txt",
    "metadata": {"headline": "이춘희 세종시장 “유럽처럼 도시재생에 스마트시티 접목”", "published": None, "reporter": "류용규",
                 "outlet": "뉴스핌", "jurisdiction": "36"},
    "officials": [K],
    "claims": [
        c("구도심의 도시재생에 스마트시티를 접목하는 방안을 검토하겠다", K, None, ["smart-city", "urban-regeneration"], "plan"),
        c("기존의 스마트시티 담당을 스마트도시과로 확대·개편해", K, None, ["smart-city"], "plan"),
        c("스마트시티 건설 기술은 우리가 앞서있다고 본다", K, None, ["smart-city"], "statement"),
        c("유럽의 여러 도시들이 앞장서 스마트시티를 추진하고 있지만", K, None, ["smart-city"], "statement"),
        c("스마트시티는 무한한 가능성이 열려 있는 미지의 세계로", K, None, ["smart-city"], "statement"),
        c("우리 세종시에서 스마트시티를 성공적으로 구현해 시민들의 삶을", K, None, ["smart-city", "jobs"], "plan"),
    ],
    "not_claims": [
        "스마트시티 건설 기술 한국이 앞서…삶의 질 향상에 기여할 것",
        "[세종=뉴스핌] 류용규 기자",
    ],
})

# bh-09 세종특별자치시, institutional (+ 환경정책과장 김은희), 2025-12-01
D = "2025-12-01"
N = "김은희"
G.append({
    "article": "bh-09-newsis.txt",
    "metadata": {"headline": "세종시, 내년 3월까지 '미세먼지 계절관리제' 시행", "published": "2025-12-01T09:22:57+09:00",
                 "reporter": "송승화", "outlet": "뉴시스", "jurisdiction": "36"},
    "officials": [],
    "claims": [
        c("세종시는 1일부터 내년 3월 31일까지 ‘제7차 미세먼지 계절관리제’를 시행한다고 1일 밝혔다", None, D, ["fine-dust"], "plan"),
        c("계절관리제는 미세먼지 고농도 기간에 평소보다 강화된 저감 정책을 적용해", None, D, ["fine-dust"], "statement"),
        c("지난해 세종시 초미세먼지 평균 농도는 16㎍/㎥로 제도 시행 이후 가장 좋은 대기질을 기록했다", None, D, ["fine-dust"], "achievement"),
        c("초미세먼지 농도가 23㎍/㎥ 수준을 보여 전년 평균 대비 43% 높았다", None, D, ["fine-dust"], "statement"),
        c("5개 분야 18개 과제를 중점 추진한다", None, D, ["fine-dust"], "plan"),
        c("주요 과제는 ▲배출가스 5등급 차량 운행 제한", None, D, ["fine-dust"], "plan"),
        c("시는 시행 초기 집중 홍보를 추진하고 관계 기관과 협력해", None, D, ["fine-dust"], "plan"),
        c("강화된 미세먼지 저감 대책을 추진해 시민 건강 보호에 기여하겠다", None, D, ["fine-dust"], "plan", N),
        c("쾌적한 대기환경을 위해 시민들의 적극적인 관심과 협조를 바란다", None, D, ["fine-dust"], "plan", N),
    ],
    "not_claims": [
        "용인특례시가 미세먼지 감축을 위해 ‘제6차 미세먼지 계절관리제 시행계획’을 수립",
        "◎공감언론 뉴시스 ssong1007@newsis.com",
    ],
})

for g in G:
    with open(os.path.join(GOLD, g["article"] + ".json"), "w", encoding="utf-8") as handle:
        json.dump(g, handle, ensure_ascii=False, indent=1)
    print(g["article"], len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G))
