"""Writes the hand annotations of set-be to gold/*.json."""
import json
import os

OUT = '/work/blind/set-be/gold'
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


G = {}

# be-01: 서울신문 자치구 page (양천·성동 + 서울시 smart-city special zone agreement); undated text
G["be-01-seoul.txt"] = {
    "metadata": {"headline": "양천·성동, 서울시와 스마트시티 특구 조성 협약", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "11"},
    "officials": ["kim-su-yeong", "jeong-won-o"],
    "claims": [
        c("서울시와 양천·성동구가 31일 ‘생활현장 스마트시티 특구 조성 협약’을 체결했다", None, None, ["smart-city"], "achievement"),
        c("생활현장 스마트시티 특구 조성은 공공 주도가 아니라 시민이 직접 제안하고 기업이 실행", None, None,
          ["smart-city", "citizen-participation"], "statement"),
        c("이번 사업은 기업엔 최첨단 정보통신기술(ICT)을 현장에 적용할 수 있는 테스트베드 환경을", None, None,
          ["smart-city", "investment-attraction", "fourth-industrial-revolution"], "plan", "윤준병"),
        c("한층 보완되고 개선된 스마트 서비스 모델은 타 시도와 해외로 확산되는 벤치마킹 모델이 될 것", None, None,
          ["smart-city"], "statement", "윤준병"),
        c("스마트시티는 우리 삶을 바꾸는 도시혁명으로, 더이상 관 주도로만 추진하는 건 불가능하다", "kim-su-yeong", None,
          ["smart-city"], "statement"),
        c("생활 속 도시 문제를 주민이 직접 참여하고, 현장을 중심으로 첨단 기술과 연계해 해결하는 스마트시티를 만들어 나가겠다",
          "kim-su-yeong", None, ["smart-city", "citizen-participation"], "plan"),
        c("스마트시티를 첨단기술을 응용해 도시 생", "jeong-won-o", None, ["smart-city"], "statement"),
    ],
    "not_claims": [
        "귀주대첩 그린 강감찬 축제 15만명 즐겼다",
        "관악, 강감찬 주제로 도시브랜딩 작업",
        "양천 ‘복지·환경’ 성동 ‘교통·안전’ 분야",
        "시민 아이디어 제안하고 기업이 실행",
        "2021년까지 18억원 투입해 도시 조성",
        "정원오 성동구청장이 31일 서울시청에서 ‘생활현장 스마트시티 특구 조성 협약’을 체결하고 포즈를 취했다",
        "협약식엔 윤준병 행정1부시장, 김수영 양천구청장, 정원오 성동구청장 등이 참석했다",
    ],
}

# be-02: 헤럴드경제, 노원구 돌봄단 발대식 (2026-02-13)
D2 = "2026-02-13"
G["be-02-heraldcorp.txt"] = {
    "metadata": {"headline": None, "published": "2026-02-13", "reporter": "박종일", "outlet": "헤럴드경제",
                 "jurisdiction": "11350"},
    "officials": ["oh-seung-rok"],
    "claims": [
        c("노원똑똑똑돌봄단은 이웃이 이웃을 돌보는 대표적인 주민 주도의 돌봄 서비스다", None, D2, ["welfare"], "statement"),
        c("복지사각지대 발굴과 서비스연계를 통해 노원형 촘촘한 복지전달체계 구축을 위해 노력하고 있다", None, D2, ["welfare"], "statement"),
        c("올해 구가 선정한 돌봄 대상자는 노인, 장애인, 한부모, 중장년 1인 가구 등 돌봄이 필요한 6992가구이다", None, D2,
          ["welfare"], "statement"),
        c("다른 돌봄서비스를 이용하지 못하는 가구들로 선정하였다", None, D2, ["welfare"], "statement"),
        c("올해는 동 별로 4명~12명로 구성된 총 150명의 돌봄단이 활동할 예정이다", None, D2, ["welfare"], "target"),
        c("매주 안부를 확인하고 직접 얼굴을 마주하는 과정이 가장 큰 돌봄", "oh-seung-rok", D2, ["welfare"], "statement"),
        c("현장 중심의 촘촘한 복지안전망을 구축하는 데 최선을 다하겠다", "oh-seung-rok", D2, ["welfare"], "plan"),
    ],
    "not_claims": [
        "오승록 노원구청장은 13일 오전 10시 노원구청 소강당에서 열린",
        "행사에는 오승록 노원구청장을 비롯해 시‧구의원, 관계자 등 총 150여 명이 참석한 가운데",
    ],
}

# be-03: 세계일보 AMP (not named in text), 성동구 여름철 종합대책; undated (21일 only)
G["be-03-segye.txt"] = {
    "metadata": {"headline": "폭염·호우 피해 최소화하라… 성동구, 여름철 종합대책 추진", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "11200"},
    "officials": [],
    "claims": [
        c("감염병이나 폭염, 풍수해 등 각종 재해와 재난사고 예방을 위한 종합대책을 추진한다고 21일 밝혔다", None, None,
          ["disaster-safety", "public-health"], "plan"),
        c("구는 폭염, 수방, 안전 등 5대 분야 22개 사업을 중점 추진하고 재난 대응에 총력을 기울일 방침이라고 설명했다", None, None,
          ["disaster-safety"], "plan"),
        c("무더위쉼터, 성동형 스마트쉼터, 그늘막을 525개소로 늘려 운영할 계획이다", None, None,
          ["disaster-safety", "smart-city"], "target"),
        c("스마트쉼터 설치가 어려운 버스 정류소 120곳의 벤치엔 스마트 기능을 접목해", None, None,
          ["disaster-safety", "smart-city"], "target"),
        c("24시간 재난안전대책 본부를 운영하며 비상 상황에도 대비할 생각이라고 구는 덧붙였다", None, None,
          ["disaster-safety"], "plan"),
        c("호우 대비와 관련해 구는 올해 초 집중호우에 취약한 반지하 주택 전수조사를 마쳤다", None, None,
          ["disaster-safety"], "achievement"),
        c("1453가구에 차수판, 개폐 방범창, 침수경보기 등을 설치하고 있다", None, None, ["disaster-safety"], "statement"),
        c("침수 도로수위계를 설치해 상시 모니터링하고 침수 예·경보제도 운용한다", None, None, ["disaster-safety"], "plan"),
        c("주거 취약지역의 복지 사각지대를 찾기 위한 ‘위기가구 촘촘발굴단’도 운영한다", None, None, ["welfare"], "plan"),
        c("침수 피해 경험이 있는 취약가구엔 돌봄 공무원을 배치하고", None, None, ["disaster-safety", "welfare"], "plan"),
    ],
    "not_claims": [
        "스마트 쿨링의자·반지하 침수예방 등 추진",
        "‘스마트 쿨링의자’가 설치된 버스 정류소 벤치",
        "스마트 쿨링의자는 외부 온도에 따라 자동으로 작동된다. 성동구 제공",
        "특히 올해 여름은 평년보다 더 더울 것으로 예보되면서 구가 긴장의 끈을 바짝 죄고 있다",
    ],
}

# be-04: 국민일보 AMP (caption '국민DB'), 인천시 2045 탄소중립 비전 (2022-12-06)
D4 = "2022-12-06"
G["be-04-kmib.txt"] = {
    "metadata": {"headline": "인천시, 국가목표보다 5년 빠른 2045년 탄소중립 선언", "published": "2022-12-06T12:07+09:00",
                 "reporter": None, "outlet": "국민일보", "jurisdiction": "28"},
    "officials": ["yoo-jeong-bok"],
    "claims": [
        c("인천시는 6일 유정복 인천시장이 송도국제도시 쉐라톤 그랜드 인천 호텔에서 열린 제2회 저탄소도시 국제포럼 개회식에서 ‘2045 인천시 탄소중립 비전’을 선언했다고 밝혔다",
          "yoo-jeong-bok", D4, ["climate-carbon"], "plan"),
        c("인천의 탄소중립 실현 시점을 국가온실가스 감축목표(NDC)보다 5년 앞당긴 2045년으로 정했다", None, D4,
          ["climate-carbon"], "target"),
        c("이를 위한 4대 정책 방향과 15대 추진과제도 선언에 담았다", None, D4, ["climate-carbon"], "statement"),
        c("4대 정책 방향은 저탄소 경제·생태도시 조성, 맞춤형 시민 기후행동 확대", None, D4, ["climate-carbon"], "statement"),
        c("15대 추진과제에는 수소·풍력·연료전지 등 신재생에너지 확대, 수소버스 전환 등 친환경 교통 구축", None, D4,
          ["climate-carbon", "energy-transition", "future-vehicles", "research-development"], "statement"),
        c("시는 또 기후변화 리빙랩 운영, 갯벌·나무 등 탄소 흡수원 확충", None, D4, ["climate-carbon"], "plan"),
        c("이들 과제를 추진하는 데에는 2030년까지 18조5000억원이 투입된다", None, D4, ["climate-carbon"], "statement"),
        c("시는 이미 관련 연구용역을 통해 재생에너지 확대에 따른 전력자급률 등을 분석", None, D4,
          ["climate-carbon", "energy-transition"], "statement"),
        c("이 같은 분석을 토대로 시는 탄소중립 조기 실현을 위해 시민·기업 등과 지혜를 모으고", None, D4,
          ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "인천시청 전경. 국민DB",
        "유정복 인천시장이 6일 인천 송도국제도시 쉐라톤 그랜드 인천 호텔에서 열린 제2회 저탄소도시 국제포럼 개회식에서 ‘2045 인천시 탄소중립 비전’을 선언하고 있다. 인천시 제공",
    ],
}

# be-05: 경기일보 (not named in text), 미추홀구청장 취임 3주년; undated (최근)
L = "lee-yeong-hun"
G["be-05-kyeonggi.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28177"},
    "officials": [L],
    "claims": [
        c("도시개발과 생활환경 개선, 복지정책 등 주민 생활과 밀접한 현안에 빠르게 대응하고 있다", L, None, ["welfare"], "statement"),
        c("그는 지난 3년간 가장 의미 있는 성과로 주민들의 오랜 염원이던 미추홀구 신청사 건립 사업을 꼽았다", L, None,
          ["city-hall"], "achievement"),
        c("오는 12월 기공식을 시작, 2029년 준공을 목표로 추진하고 있다", L, None, ["city-hall"], "plan"),
        c("신청사는 행정 중심지를 넘어 새로운 랜드마크로 자리 잡을 것", L, None, ["city-hall"], "statement"),
        c("이 구청장은 문화시설 확충과 주거·생활환경 개선 등 도시 인프라 개선 성과도 강조했다", L, None,
          ["culture-tourism", "urban-regeneration"], "achievement"),
        c("학익동에 전국 최초 복합 문화시설인 인천뮤지엄파크와 공연장", L, None, ["culture-tourism"], "plan"),
        c("뮤지엄파크는 관광 활성화 거점 역할을", L, None, ["culture-tourism"], "statement"),
        c("이 구청장은 원도심 재생과 주거환경 개선도 빠짐없이 챙겼다", L, None, ["urban-regeneration"], "statement"),
        c("주안1·3·4 및 학익1·숭의1구역 재개발, 용현학익구역 도시개", L, None, ["housing"], "statement"),
    ],
    "not_claims": [
        "생활 밀착형 정책으로 도시 품격을 드높인 3년을 지나, 남은 1년도 주민들 숙원사업 해결에 박차를 가하겠습니다",
        "지난 3년간 생활밀착형 정책으로 미추홀구의 품격을 높였다",
        "남은 임기 1년도 주민들의 숙원 사업을 해결해 나가겠다",
        "이와 함께 인천고등법원과 고등검찰청 유치도 설명했다",
        "오는 2028년 3월 학익동 인천지방법원과 인천지방검찰청에 개원할 예정",
        "법률 서비스 접근성 향상과 지역경제 활성화를 기대하고 있다",
    ],
}

# be-06: 세계일보 page (not named in text), 강화군 청년 농업인 육성 (2025-12-09); institutional narration only
D6 = "2025-12-09"
G["be-06-segye.txt"] = {
    "metadata": {"headline": None, "published": "2025-12-09", "reporter": None, "outlet": None, "jurisdiction": "28710"},
    "officials": [],
    "claims": [
        c("강화군이 고부가가치형 미래 농업으로 전환에 박차를 가해 주목된다", None, D6, ["agriculture"], "statement"),
        c("강화군은 청년 농업인 육성에 행정 역량을 집중한다고 9일 밝혔다", None, D6, ["agriculture", "youth-policy"], "plan"),
        c("‘로컬 팜 빌리지(임대형 스마트팜)’ 조성에 총 82억원이 투입됐으며", None, D6, ["agriculture"], "statement"),
        c("내년 상반기 첫 입주를 목표로 잡았다", None, D6, ["agriculture"], "plan"),
        c("저렴한 임대료로 영농 기회를 넓히는 게 골자다", None, D6, ["agriculture"], "statement"),
        c("체계적인 영농 경험 축적으로 안정적인 농업경영 기반을 마련한다는 전략이다", None, D6, ["agriculture"], "plan"),
        c("청년 농업인 지원 대상 연령을 종전 40세 이하에서 49세 이하로 상향 조정했다", None, D6,
          ["agriculture", "youth-policy"], "achievement"),
        c("실제 귀농·귀촌의 주력 연령층인 40대 중·후반까지 범위를 넓혔다", None, D6, ["agriculture", "youth-policy"], "achievement"),
        c("신규 인력은 보다 폭넓게 흡수해 구조적인 부족난을 해소하고자 한다", None, D6, ["agriculture", "youth-policy"], "plan"),
        c("첨단 스마트농업 확산 차원에서 내년도 관련 예산 21억원을 편성했다", None, D6, ["agriculture"], "achievement"),
        c("재배면적이 해마다 증가 중인 시설원예 분야에 주목한 것이다", None, D6, ["agriculture"], "statement"),
        c("‘스마트팜 ICT 융복합 확산 사업’으로 환경제어 시스템, 에너지 절감 패키지, 농업용 로봇 기술 등", None, D6,
          ["agriculture", "robot-industry"], "plan"),
        c("군은 대표 특산물인 ‘강화섬쌀’ 신품종 개발과 보급에도 속도를 내고 있다", None, D6, ["agriculture"], "statement"),
        c("대외적 경쟁력 강화를 위한 취지다", None, D6, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "간척사업으로 형성된 넓고 비옥한 토양과 해양성 기후를 가졌다",
        "전국에서도 손꼽히는 농업 최적지라고 불린다",
        "다양한 지역 대표 농특산물이 생산 중이며, 품질 경쟁력 덕분에 수도권 소비자들로부터 인기를 얻고 있다",
    ],
}

# be-07: 뉴스1 AMP, 수영구 청년창업둥지; undated (6일 only)
K = "kang-seong-tae"
SY = ["startup-support", "youth-policy"]
G["be-07-news1.txt"] = {
    "metadata": {"headline": "부산 수영구, 청년창업둥지 사업 추진…창업공간 제공·판로개척 등 지원", "published": None,
                 "reporter": "권영지", "outlet": "뉴스1", "jurisdiction": "26500"},
    "officials": [K],
    "claims": [
        c("부산시 수영구가 올 한 해 동안 청년창업둥지 사업을 추진한다고 6일 밝혔다", None, None, SY, "plan"),
        c("2019년 행정안전부 지역주도형 청년일자리사업으로 시작한 수영구 창업둥지사업은 현재 수영구의 대표 청년 창업지원사업으로 자리 잡았다",
          None, None, ["startup-support", "youth-policy", "jobs"], "achievement"),
        c("청년창업둥지 사업은 초기 창업 청년에게 창업공간 및 판로개척 등 간접 지원으로", None, None, SY, "statement"),
        c("수영구는 올해부터 전액 구비를 투입해 초기 창업 청년에게 입주공간을 제공한다", None, None, SY, "plan"),
        c("업무협약을 통해 청년 창업공간을 지원하고 있다", None, None, SY, "statement"),
        c("또 판로개척비 지원과 초기 애로사항을 해소하기 위한 컨설팅도 제공해", None, None, SY, "plan"),
        c("그동안 수영구 창업둥지를 거쳐 간 창업팀은 총 41개 팀으로", None, None, SY, "achievement"),
        c("청년이 지역을 떠나지 않고 안정적으로 정착할 수 있는 창업환경 조성을 위해 아낌없이 지원할 것", K, None, SY, "plan"),
        c("청년이 살기좋은 희망도시를 조성하기 위해 더 노력하겠다", K, None, ["youth-policy"], "plan"),
    ],
    "not_claims": [
        "Copyright ⓒ 뉴스1. All rights reserved.",
    ],
}

# be-08: 부산일보 page (not named in text), 동구 전통시장; undated (23일 only)
SM = ["small-merchants"]
G["be-08-busan.txt"] = {
    "metadata": {"headline": "주차 할인권 주고 시설 현대화… 부산 동구, 전통시장 활성화 박차", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "26170"},
    "officials": ["kim-jin-hong"],
    "claims": [
        c("부산 동구 전통시장 활성화를 위해 올해도 고객 지원과 시설 현대화가 추진된다", None, None, SM, "plan"),
        c("동구청은 다음 달 1일부터 올해 12월 26일까지 ‘전통시장 주차 환경 개선 사업’을 진행한다고 23일 밝혔다", None, None, SM, "plan"),
        c("동구 부산진시장과 남문시장 주차난을 해소하기 위해", None, None, SM, "statement"),
        c("초량전통시장과 수정전통시장은 지원 사업 계획을 수립할 예정이다", None, None, SM, "plan"),
        c("주차비는 QR코드로 된 1000원 할인권을", None, None, SM, "statement"),
        c("한 장에 20분 요금을 지원하는 할인권은 시장 번영회가 소속 점포에 나눠 준다", None, None, SM, "statement"),
        c("할인권을 받은 고객은 차량마다 최대 4시간 분량인 12장을 쓸 수 있다", None, None, SM, "statement"),
        c("국비·시비·구비 등을 모아 부산진시장에 1억 원, 남문시장에 6555만 원을 투입한다", None, None, SM, "statement"),
        c("전통시장 시설 현대화와 주변 문화·관광 자원 육성에도 나선다", None, None, ["small-merchants", "culture-tourism"], "plan"),
        c("자유시장과 부산진시장은 부산시 ‘2024년 전통시장과 상점가 시설현대화 사업’에 선정됐다", None, None, SM, "achievement"),
        c("자유시장은 시비와 구비 약 11억 원을 들여 옥상 주차장 누수를 보수하고", None, None, SM, "plan"),
        c("문화 관광형 육성 시장으로 선정됐다", None, None, ["small-merchants", "culture-tourism"], "achievement"),
        c("조방 근현대 전시관 조성 등에 2년간 국비 5억 원", None, None, ["small-merchants", "culture-tourism"], "statement"),
        c("불경기에 어려움을 겪는 전통시장 상인들 어려움이 해소되고, 시장 활성", "kim-jin-hong", None, SM, "statement"),
    ],
    "not_claims": [
        "고객에게 QR 코드 할인권 제공",
        "노후·누수 시설도 현대화 추진",
    ],
}

# be-09: board repost (관리자, 2020-06-03), 부산시-영도구 친환경에너지 선도도시; institutional narration only
D9 = "2020-06-03"
E = ["energy-transition"]
G["be-09-newenergyinfo.txt"] = {
    "metadata": {"headline": "부산시-영도구, 클린에너지 도시 실현 위해 맞손", "published": "2020-06-03", "reporter": None,
                 "outlet": None, "jurisdiction": "26200"},
    "officials": ["kim-cheol-hun"],
    "claims": [
        c("‘친환경에너지 선도도시 영도’ 원년선포식을 개최했다고 3일 밝혔다", None, D9, E, "plan"),
        c("16개 기초지자체 중 최초로 부산시와 영도구의 클린에너지 도시 실현을 위한 공동 협약식", None, D9, E, "plan"),
        c("2030년까지 전력 자립률을 15%, 2050년까지 40%로 높이는 것을 목표로 한다", None, D9, E, "target"),
        c("공공기관의 태양광발전설비를 올해까지 95% 설치 완료할 예정이며", None, D9, E, "target"),
        c("에너지 효율화를 위하여 취약계층을 우선적으로 지원하고자", None, D9, ["energy-transition", "welfare"], "achievement"),
        c("사업추진의 근거가 되는 에너지 조례를 제정하고", None, D9, E, "plan"),
        c("깨끗하고 안전한 미래 에너지로의 전환을 마련하는데 큰 원동력이 될 전망이다", None, D9, E, "statement"),
    ],
    "not_claims": [
        "이날 행사에는 퓨전국악단 식전공연,",
    ],
}

for name, g in G.items():
    gold = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
            "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
