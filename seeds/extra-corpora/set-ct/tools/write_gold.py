"""Writes the hand annotations of set-ct to gold/*.json (one file per article)."""
import json
import os

OUT = '/work/blind/set-ct/gold'
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# ct-01: 전라남도, 2025-09-18, 김영록 (저출생 극복 대통령 표창)
D = "2025-09-18"
K = "kim-yung-rok"
G["ct-01-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2025-09-18", "reporter": "류지홍", "outlet": "서울Pn",
                 "jurisdiction": "46"},
    "officials": [K],
    "claims": [
        c("저출생 극복 성과를 인정받아 대통령 표창을 받았다", None, D, ["childcare-birth"], "achievement"),
        c("올해 2분기 합계출산율도 1.04명으로 전국에서 유일하게 1.0명을 넘기며 1위를 유지했다", None, D,
          ["childcare-birth"], "achievement"),
        c("2024년 전남 출생아 수는 8225명으로 전년 대비 397명(5.1%) 증가했고", None, D, ["childcare-birth"],
          "achievement"),
        c("실제 전남 거주자의 출산으로 이어졌음을 보여준다", None, D, ["childcare-birth"], "achievement"),
        c("전남도는 전국 최초로 올해부터 전남에서 태어난 아이가 성인이 될 때까지 출생 기본수당(월 20만 원)을 지급하고",
          None, D, ["childcare-birth"], "statement"),
        c("향후 10년이 우리나라 출생률 반등의 마지막 기회라고 보고 있다", K, D, ["childcare-birth"], "statement"),
        c("전남도는 적극적인 임신·출산·양육 맞춤형 서비스 통합 제공으로 출생률 상승 흐름을 이어가겠다", K, D,
          ["childcare-birth"], "plan"),
    ],
    "not_claims": [
        "출생기본수당·공공산후조리원 등 맞춤형 통합지원 정책 호평",
        "저출생 극복 분야 대통령 표창을 받고 있다",
        "무안 류지홍 기자",
    ],
}

# ct-02: 전라북도 (45), undated, 김관영 (도시재생 공모)
K = "kim-gwan-yeong"
G["ct-02-nocutnews.txt"] = {
    "metadata": {"headline": "전북, 국토부 도시재생 공모 '전국 최다'", "published": None, "reporter": None,
                 "outlet": "CBS노컷뉴스", "jurisdiction": "45"},
    "officials": [K],
    "claims": [
        c("4개 지자체가 선정돼 국비 550억 원을 확보했다고 15일 밝혔다", None, None, ["urban-regeneration"],
          "achievement"),
        c("전국 26개 시·군이 사업 대상지로 선정됐다", None, None, ["urban-regeneration"], "achievement"),
        c("고창군 고창읍과 부안군 부안읍 등 4곳으로 가장 많았다", None, None, ["urban-regeneration"], "achievement"),
        c("식품상권 거점 조성(익산)", None, None, ["urban-regeneration", "small-merchants"], "plan"),
        c("도시재생 공모 선정은 혁신하고 성공하는 포용적 성장을 위한 중요한 기반이 될 것", K, None,
          ["urban-regeneration"], "statement"),
        c("이번 성과를 바탕으로 도시재생의 속도를 높이겠다", K, None, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "국토부, 전국 26개 시·군 선정",
        "익산과 임실, 고창, 부안 포함",
        "전북도청 전경. 전북도 제공",
        "CBS노컷뉴스는 여러분의 제보로 함께 세상을 바꿉니다",
    ],
}

# ct-03: 충북 보은군 (43720), undated (text: '지난 15일'), institutional narration only
G["ct-03-ccdailynews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "심연규", "outlet": "충청일보",
                 "jurisdiction": "43720"},
    "officials": [],
    "claims": [
        c("전국 제일의 귀농·귀촌 1번지를 위해 올해 20개 사업에 22억원을 투입한다고 지난 15일 밝혔다", None, None,
          ["agriculture"], "plan"),
        c("귀농인 창업과 주택구입 융자 지원 사업", None, None, ["agriculture", "startup-support", "housing"], "plan"),
        c("생활자재 구입 지원 신청은 이 달과 오는 7월 두 번 받는다", None, None, ["agriculture"], "statement"),
        c("5년 연속 1000명이상이 귀농·귀촌했다", None, None, ["agriculture"], "achievement"),
    ],
    "not_claims": [
        "정착 자금·농지 구입 지원 등",
        "2·7월 행정센터서 신청 접수",
        "주소지 읍·면 행정복지센터를 방문해 신청서와 구비서류를 제출하면 된다",
        "농축산과 귀농·귀촌팀(☏ 043-540-3346)에 문의하면 된다",
    ],
}

# ct-04: 제주특별자치도 (50), 2017-03-30, 원희룡 Q&A (answers attributed to him)
D = "2017-03-30"
K = "won-hee-ryong"
G["ct-04-seoul.txt"] = {
    "metadata": {"headline": "원희룡 제주지사 “저가관광 개선·개별관광 확대·시장다변화 등 질적 성장 모색”",
                 "published": "2017-03-30T22:38+09:00", "reporter": None, "outlet": None, "jurisdiction": "50"},
    "officials": [K],
    "claims": [
        c("특별융자, 실업구제, 수학여행단 유치 등에 나섰다", K, D, ["culture-tourism", "jobs"], "statement"),
        c("근본적으로 대중교통, 언어, 환전, 관광정보에 대한 접근성이 좋아야 한다", K, D,
          ["public-transit", "culture-tourism"], "plan"),
        c("우선 대중교통체계를 혁신적으로 바꾸고 있다", K, D, ["public-transit"], "statement"),
        c("결제가 가능한 스마트관광섬도 구축 중이다", K, D, ["culture-tourism"], "statement"),
    ],
    "not_claims": [
        "경제자유구역청은 예산낭비청?",
        "3곳서 외유성 출장 47건 적발",
        "특별융자·실업구제 등 대책 나서…한쪽에 의존 않는 체질 개선 기회",
        "제주 역시 더 좋은 서비스로 노력하겠다",
        "경제도 정치도 어려운데 제주에 와서 힘을 얻고 가길 바란다",
        "→언제 중국인 단체관광객(유커)이 돌아올까.",
        "최악에는 유커가 70%는 빠질 수 있다",
        "한쪽에 의존하는 구조로 갈 수는 없다",
        "→중국인 개별 관광객(싼커) 유치 묘수 있나.",
        "→유커가 사라지니 제주 본래의 매력을 발산하는 관광",
    ],
}

# ct-05: 충청남도 (44), 2019-04-02, 양승조 (노후 석탄화력 조기 폐쇄 토론회)
D = "2019-04-02"
K = "yang-seung-jo"
G["ct-05-chungnamilbo.txt"] = {
    "metadata": {"headline": "양승조 지사 \"노후 석탄화력발전소 조기 폐쇄 앞장서겠다\"",
                 "published": "2019-04-02T15:19+09:00", "reporter": "우명균", "outlet": "충남일보",
                 "jurisdiction": "44"},
    "officials": [K],
    "claims": [
        c("이를 대체할 친환경 에너지 전환은 더는 미룰 수 없는 시급하고 중요한 과제", K, D, ["energy-transition"], "plan"),
        c("대규모 발전소는 전력 생산과 소비의 지역 간 양극화를 초래하고", K, D, ["energy-transition"], "criticism"),
        c("단계적으로 이를 폐쇄하고 친환경 에너지로 전환하는 것이 바람직하다", K, D, ["energy-transition"], "plan"),
        c("성능개선사업 중단을 위한 국민 공감대 구축에 앞장서겠다", K, D, ["energy-transition"], "plan"),
        c("국민이 주도하는 친환경 에너지 전환을 위해 노력하겠다", K, D, ["energy-transition"], "plan"),
    ],
    "not_claims": [
        "2일 정책토론회서 \"친환경에너지 전환, 더는 미룰 수 없는 중요한 과제”",
        "‘노후석탄화력 조기 폐쇄를 위한 정책 토론회’에 참석해 이같이 말했다",
        "노후 석탄화력발전소 조기 폐쇄 태스크포스(TF) 등 100여 명이 참석한 가운데",
    ],
}

# ct-06: 대전 유성구 (30200), undated, 정용래 profile/interview
K = "jeong-yong-rae"
G["ct-06-etnews.txt"] = {
    "metadata": {"headline": "[人사이트]정용래 대전 유성구청장 “대덕특구 과학기술 활용도 강화”", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "30200"},
    "officials": [K],
    "claims": [
        c("대덕특구 인프라를 활용해 4차 산업혁명 시대를 선도하는 유성을 만들겠습니다", K, None,
          ["fourth-industrial-revolution", "research-development"], "plan"),
        c("스마트시티 조성사업 추진을 통해 과학기술 활용도를 높이겠다고 10일 밝혔다", K, None,
          ["smart-city", "research-development"], "plan"),
        c("대덕특구에만 현재 29개 정부출연·국공립 연구기관과 1700여개의 기업들이 입주해 있으며", None, None,
          ["research-development", "jobs"], "statement"),
        c("대덕특구의 인·물적 인프라를 지역사회로 연결해 성장 동력으로 활용하는 것을 구정의 큰 틀로 정했다", K, None,
          ["research-development"], "statement"),
        c("대학, 시민, 연구기관 교류 사업으로 지역문제를 공동으로 해결해 나갈 계획이다", None, None,
          ["research-development"], "plan"),
        c("이를 위해 대덕특구 기관들과의 네트워크 강화에 나섰다", None, None, ["research-development"], "statement"),
        c("4차 산업혁명 선도도시 육성과 청년 일자리 창출의 위한 기관들의 협력과 공감대를 이끌어 냈다", None, None,
          ["fourth-industrial-revolution", "research-development", "jobs", "youth-policy"], "achievement"),
        c("4차 산업혁명을 선도하는 도시혁신 생태계 구축을 성공적으로 수행하기 위해", None, None,
          ["fourth-industrial-revolution", "research-development"], "plan"),
        c("대덕특구 과학문화단지 조성과 유아 놀이과학 콘텐츠 개발 등도 함께 추진할 예정이다", None, None,
          ["research-development"], "plan"),
        c("궁동, 어은동에 청년 스타트업 타운을 조성하고 종합지원센터도 설치하기로 했다", None, None,
          ["startup-support", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "유성은 과학, 교육, 국방의 중심지다",
        "유성은 충남대, KAIST, 한밭대 등 3개 국립대와 모두 7개의 대",
    ],
}

# ct-07: 충북 청주시 (43110), 2020-02-13, institutional narration (시, 시 관계자)
D = "2020-02-13"
G["ct-07-chosun.txt"] = {
    "metadata": {"headline": "청주시, 2025년까지 초미세먼지 농도 30% 줄인다", "published": "2020-02-13T16:50+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "43110"},
    "officials": [],
    "claims": [
        c("미세먼지 연평균 농도를 30% 이상 줄이는 미세먼지 종합대책을 수립해 추진한다고 13일 밝혔다", None, D,
          ["fine-dust"], "target"),
        c("2016년(28.8㎍/㎥)보다 30% 이상 줄이는 것을 목표로", None, D, ["fine-dust"], "target"),
        c("이를 위해 7개 분야·34개 사업에 523억 8900만 원을 투입한다", None, D, ["fine-dust"], "plan"),
        c("먼저 산업부문은 대기오염 총량제, 대기 배출사업장 지도점검 강화", None, D, ["fine-dust"], "plan"),
        c("수송부문은 노후 경유차 저공해 사업과 친환경 자동차 보급확대 사업 등을 벌인다", None, D,
          ["fine-dust", "future-vehicles"], "plan"),
        c("농업 생활부문은 농업 불법소각 등 사각지대 집중관리 사업을 진행할 계획이다", None, D, ["fine-dust"], "plan"),
        c("미세먼지 피해예방 시민 건강관리사업, 마스크 보급사업 등 시민건강 부문과", None, D,
          ["fine-dust", "public-health"], "plan"),
        c("미세먼지 감축을 위해서는 정부의 노력과 함께 시민의 노력도 중요하다", None, D, ["fine-dust"], "statement"),
        c("생활쓰레기 줄이기, 대중교통 이용, 에너지 절약하기 등에 동참해 달라", None, D, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "내가 본 뉴스 맨 위로",
    ],
}

# ct-08: 세종특별자치시 (36), 2017-12-06, 이춘희 (외교사절 초청 행사)
D = "2017-12-06"
K = "lee-choon-hee"
G["ct-08-ccnnews.txt"] = {
    "metadata": {"headline": "이춘희 시장, \"세종시 행정중심수도로 발돋움 할것\"", "published": "2017-12-06",
                 "reporter": "최형순", "outlet": None, "jurisdiction": "36"},
    "officials": [K],
    "claims": [
        c("행복도시는 10년전 착공하여 공정률 50%를 보이고 있고", K, D, ["decentralization"], "achievement"),
        c("15개의 국책연구소가 이전해와 세종시는 두뇌와 심장이 있는 도시", K, D, ["decentralization"], "achievement"),
        c("대한민국 수도를 세종시로 옮기고자 하였으나 서울시민들의 반대로 실행되지 못했다", K, D, ["decentralization"],
          "statement"),
        c("언제가는 세종시가 대한민국 행정중심수도로 발돋움 할것이고", K, D, ["decentralization"], "statement"),
        c("국회이전이 추진 될것이고, 세종시가 국가 균형발전의 출발점이 되고자 한다", K, D, ["decentralization"], "plan"),
        c("서울을 경제와 문화수도로 분산할때가 됐다고 강조했다", K, D, ["decentralization"], "plan"),
        c("경제수도는 뉴욕인 것 처럼 우리나라도 그렇게 될것", K, D, ["decentralization"], "statement"),
    ],
    "not_claims": [
        "세계 18개국 41명의 외교사절을 초청해 세종시 홍보",
        "세종시를 전세계에 홍보하는‘one-day tour to the city of sejong’행사를 가졌다",
    ],
}

# ct-09: 광주광역시 (29), page date 2020-01-20, event '지난 16일' = 2020-01-16, 이용섭
D = "2020-01-16"
K = "lee-yong-seop"
G["ct-09-gwangju.txt"] = {
    "metadata": {"headline": "광주시, 광주형 일자리 성공을 위해 시민들의 적극 동참 필요!",
                 "published": "2020-01-20T16:33+09:00", "reporter": None, "outlet": "e광주속삭임",
                 "jurisdiction": "29"},
    "officials": [K],
    "claims": [
        c("난항을 겪고 있는 광주형 일자리 사업 추진을 위해 광주시장이 노동계의 동참을 호소했습니다", K, D,
          ["jobs", "labor-relations"], "plan"),
        c("청년들을 위한 양질의 일자리 창출과 한국경제의 미래라고 하는 대의만 보고 광주형 일자리 사업의 성공에 힘을 모아달라",
          K, D, ["jobs", "youth-policy", "labor-relations"], "plan"),
        c("우리 광주는 문재인 대통령을 모시고 현대자동차와 투자협약식을 가졌다", K, D,
          ["investment-attraction", "labor-relations"], "achievement"),
        c("사회대통합 노사상생의 광주형 일자리 사업이 성공적인 첫 걸음을 뗀 역사적인 날이었다", K, D,
          ["jobs", "labor-relations"], "achievement"),
    ],
    "not_claims": [
        "| 이용섭 시장, 한국노총 지역본부 대의원대회에서 노동계 동참 호소",
        "| 광주형일자리는 청년일자리와 한국경제 위한 시대적 소명",
        "| 노동계 의견 광주형일자리·시정 반영토록 시스템 정비",
        "모범근로자에 대한 표창을 한 뒤 기념촬영을 하고 있다(2020.1.16)",
    ],
}

for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
