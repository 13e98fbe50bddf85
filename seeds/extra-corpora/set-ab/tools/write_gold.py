"""Writes gold/<article>.json for set-ab (hand annotation; see GOLD_NOTES.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


G = {}

# ab-01: 충청북도, institutional narration, published 2014-01-09 (승인 line); no event day -> publication day.
D = "2014-01-09"
G["ab-01-esnews.txt"] = {
    "metadata": {"headline": "충북이 강해지는 바이오산업 적극 육성", "published": "2014-01-09T22:19+09:00",
                 "reporter": None, "outlet": "음성뉴스", "jurisdiction": "43"},
    "officials": [],
    "claims": [
        c("2014년부터는 충북이 더욱 강해지도록 바이오산업 활성화에 중점을 두어 추진하기로 했다", None, D, ["medical-industry"], "plan"),
        c("지역특화 바이오산업 육성 등 총 315억 9천3백만 원을 투자한다", None, D, ["medical-industry"], "plan"),
        c("그동안 충북도는 바이오산업을 선점하였을 뿐만 아니라", None, D, ["medical-industry"], "achievement"),
        c("보건의료 6대 국책기관이 입주하였으며", None, D, ["medical-industry", "research-development"], "achievement"),
        c("R&D지원을 통해 도내 바이오기업의 역량을 강화하고", None, D, ["medical-industry", "research-development", "startup-support"], "plan"),
        c("괴산 유기농 식품바이오 산업도 연계하여 육성해 나아갈", None, D, ["medical-industry", "agriculture"], "plan"),
    ],
    "not_claims": ["이젠 바이오산업 활성화 단계로"],
}

# ab-02: 순천시, no date printed (27일 only) -> published null, claim dates null.
G["ab-02-hankookilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "하태민", "outlet": "한국일보",
                 "jurisdiction": "46150"},
    "officials": ["jo-chung-hun"],
    "claims": [
        c("도시를 살리는 순천형 도시재생을 추진한다", None, None, ["urban-regeneration"], "plan"),
        c("순천부읍성 역사문화 관광자원화 사업, 청수골 새뜰마을 조성 사업을 진행 중이라고", None, None, ["urban-regeneration", "culture-tourism"], "statement"),
        c("원도심을 도시 관광의 거점으로 만든다는 계획으로 2018년까지 522억원을 투입키로 했다", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
        c("순천형 도시재생 핵심은 지역의 고유한 역사적 문화적 자원에 대한 현대적 재해석으로", None, None, ["urban-regeneration", "culture-tourism"], "statement"),
        c("에코지오 생태마을을 조성하고 시민 예술 창작촌 조성", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
        c("시민광장을 비롯한 창조관광센터, 주차장을 조성키로 했다", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
        c("낙후된 생활환경도 개선한다", None, None, ["urban-regeneration"], "plan"),
        c("지역 특성을 고려한 맞춤형 재생 사업으로 추진할 예정이다", None, None, ["urban-regeneration"], "plan"),
        c("원도심을 순천의 역사와 전통을 살린 문화와 예술이 공존하는 곳으로 탈바꿈시켜 지역의 관광 명소로 만들겠다", "jo-chung-hun", None, ["urban-regeneration", "culture-tourism"], "plan"),
    ],
    "not_claims": ["기사 URL이 복사되었습니다"],
}

# ab-03: 충청남도, institutional, 21일 = publication day 2018-03-21.
D = "2018-03-21"
G["ab-03-kmib.txt"] = {
    "metadata": {"headline": "충남도 “2050년 석탄발전 제로” 선포", "published": "2018-03-21T20:12+09:00",
                 "reporter": "홍성헌", "outlet": None, "jurisdiction": "44"},
    "officials": [],
    "claims": [
        c("재생에너지 47.5% 달성을 목표로 하는 ‘충남 에너지전환 비전 2050’을 선포했다", None, D, ["energy-transition"], "target"),
        c("충남 에너지전환 비전과 실천과제를 발표했다", None, D, ["energy-transition"], "statement"),
        c("‘에너지 시민이 만드는, 별빛 가득한 충남’을 내세우고 있다", None, D, ["energy-transition"], "statement"),
        c("석탄발전량 비중을 현재 87.8%에서 2050년까지 0%로", None, D, ["energy-transition"], "target"),
        c("발전부분 온실가스 배출량을 오는 2050년까지 1919만 4000t까지 줄이고", None, D, ["climate-carbon", "fine-dust"], "target"),
        c("도는 이번 비전을 위해 6대 원칙, 4대 전략, 10대 실천과제, 세부사업을 추진하기로 했다", None, D, ["energy-transition"], "plan"),
        c("6대 원칙은 충남이 대한민국과 전 세계의 에너지전환을 위해 전하는 메시지로", None, D, ["energy-transition"], "statement"),
        c("도민과 이해 당사자가 고루 참여하는 에너지위원회 및 실행위원회를 구성하고", None, D, ["energy-transition", "citizen-participation"], "plan"),
        c("에너지시민의 주체적인 참여를 통해 세부 과제들을 차근차근 수행해", None, D, ["energy-transition"], "plan"),
    ],
    "not_claims": ["충남도 “2050년 석탄발전 제로” 선포", "26기가 가동 중이다"],
}

# ab-04: 제천시 새해설계, undated (text prints no date) -> published null, claim dates null.
S = "lee-sang-cheon"
G["ab-04-cctoday.txt"] = {
    "metadata": {"headline": "새해설계 - 이상천 제천시장", "published": None, "reporter": "이대현",
                 "outlet": "충청투데이", "jurisdiction": "43150"},
    "officials": [S],
    "claims": [
        c("새해 제천화폐 모아를 500억원 규모로 발행해 지역 경제를 살리겠다", S, None, ["small-merchants"], "target"),
        c("관광 자원 개발로 랜드마크를 늘리겠다", S, None, ["culture-tourism"], "plan"),
        c("사계절 축제 개최, 전국 규모 체육 대회 유치 등을 통해 유동 인구를 늘리겠다", S, None, ["culture-tourism"], "plan"),
        c("청풍호반 케이블카 탑승객이 개장 9개월 만에 60만명을 넘어섰고", S, None, ["culture-tourism"], "achievement"),
        c("57개의 전국 규모 대회를 유치해 상권에 활력을 불어넣었고", S, None, ["small-merchants", "agriculture"], "achievement"),
        c("제3산업단지에 3070억원 투자 유치", S, None, ["investment-attraction", "agriculture", "medical-industry"], "achievement"),
        c("원도심을 활성화하는 데 총력을 쏟겠다", S, None, ["urban-regeneration"], "plan"),
        c("여름 광장 조성 사업의 착공과 지역 상생 협력 사업을 차질 없이 추진하겠다", S, None, ["culture-tourism"], "plan"),
        c("사회적 경제 기업의 자립 기반 마련으로", S, None, ["jobs"], "plan"),
        c("공공기관 유치 등", S, None, ["decentralization"], "plan"),
    ],
    "not_claims": ["관광자원 개발·랜드마크 확충 계획", "예술의 전당 건립 등 추진 차질없이",
                   "드림팜 랜드 특구지정에 강한 의지", "외지인 유입·유동인구 증가 기대감"],
}

# ab-05: 대덕구 취임식 1일 -> 2022-07-01 (published 2022-07-02 01:52:16).
S, D = "choi-chung-gyu", "2022-07-01"
G["ab-05-timenews.txt"] = {
    "metadata": {"headline": "최충규 대덕구청장, 대덕구를 충청권 메가시티의 중심도시로",
                 "published": "2022-07-02T01:52:16+09:00", "reporter": "홍대인", "outlet": "대전타임뉴스",
                 "jurisdiction": "30230"},
    "officials": [S],
    "claims": [
        c("충청권 메가시티의 중심도시로 나아가기 위한 준비를 추진해 나가겠다고 강조했다", S, D, ["decentralization"], "plan"),
        c("산업단지 재창조, 연축혁신도시 등의 대규모 사업들을 제대로 추진해야 한다", S, D, ["decentralization"], "plan"),
        c("동춘당과 회덕향교의 자연유산과 문화유산을 통해 대덕의 가치를 높여야 할 것", S, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["민선8기 출범, 대덕의 가치를 두배로 내 일상이 즐거운 대덕으로",
                   "대통령과 대전시장의 공약사업을 선제적으로 준비하고",
                   "대덕발전을 위해서는 두려울 것도, 부끄러울 것도 없다",
                   "그동안 우리 대덕구는 너무나 많이 참고 기다려 왔다"],
}

# ab-06: 전북 신년 기자회견 '3일' (2024 신년; month not printed) -> claim dates null.
S = "kim-gwan-yeong"
G["ab-06-jjn.txt"] = {
    "metadata": {"headline": "김관영지사 신년 기자회견", "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "45"},
    "officials": [S],
    "claims": [
        c("도민과 함께 전북특별자치도 성공시대를 열겠다", S, None, ["decentralization"], "plan"),
        c("전북특별자치도 혁신을 향해 도전경성", S, None, ["decentralization"], "plan"),
        c("기업이 들어오고 싶은 전북, 인재가 찾는 전북을 만들기 위해 투자 여건을 지속해서 확충하겠다", S, None, ["investment-attraction"], "plan"),
        c("취임 이후 1년 반 만에 '대기업 5개사 유치'를 달성했다", S, None, ["investment-attraction"], "achievement"),
        c("300명 이상 고용계획이 있는 대규모 투자도 18건에 달한다", S, None, ["investment-attraction", "jobs"], "achievement"),
        c("전북특별법 131개 조문 333개 특례 통과", S, None, ["decentralization", "education", "research-development"], "achievement"),
        c("특별한 100년을 향한 전북특별자치도 개막", S, None, ["decentralization", "investment-attraction"], "plan"),
    ],
    "not_claims": ["취임 후 대기업 5곳 유치달성", "나무를 심는 사람의 마음으로 특별한 전북을 향한 백년대계를 준비하겠다",
                   "도민 여러분도 힘과 지혜를 모아달라", "역점 시책은 더 튼실하고 정밀하게",
                   "최우선 과제로 지난해와 같은 '전북경제 활성화'를 꼽았다"],
}

# ab-07: 영암군, '22일' + '2024년 … 협약' (month not printed) -> dates null; institutional.
G["ab-07-heraldk.txt"] = {
    "metadata": {"headline": "영암군, 지역특화 임대형 스마트팜 조성 위·수탁 협약", "published": None,
                 "reporter": "김경민", "outlet": "헤럴드경제", "jurisdiction": "46830"},
    "officials": ["woo-seung-hui"],
    "claims": [
        c("‘2024년 지역특화 임대형 스마트팜 조성 위·수탁 협약’을 체결했다", None, None, ["agriculture"], "achievement"),
        c("스마트팜 실시설계부터 인수·인계까지 농어촌공사에서 일괄 위탁한다는 협약서에 서명했다", None, None, ["agriculture"], "achievement"),
        c("지난해 농림축산식품부 공모사업 선정에 따른 것", None, None, ["agriculture"], "statement"),
        c("총사업비 227억원을 들여 덕진면 장선리 군유지 7ha에 철골 유리온실 4ha로 조성된다", None, None, ["agriculture"], "plan"),
        c("시설원예 핵심 거점으로 삼겠다는 계획이다", None, None, ["agriculture"], "plan"),
        c("18~39세 청년농업인들에게 최고 3년간 300~500평씩 임대해 농업 창업의 요람으로 키워나간다는 방침이다", None, None, ["agriculture", "youth-policy", "startup-support"], "plan"),
        c("청년들이 시설 투자 부담 없이 스마트팜에서 농업경영에 뛰어들고, 영암에 정착할 수 있게 돕겠다", None, None, ["agriculture", "youth-policy"], "plan"),
        c("청년이 미래농업으로 성공하는 산실로 임대형 스마트팜을 운영하겠다", None, None, ["agriculture", "youth-policy"], "plan"),
    ],
    "not_claims": ["지역특화 임대형 스마트 팜 조감도"],
}

# ab-08: 광주 서구 신년 인터뷰, '2025년 … 새해' + '13일' (month not printed) -> dates null.
S = "kim-i-gang"
G["ab-08-newsis.txt"] = {
    "metadata": {"headline": "김이강 광주 서구청장 \"열두 달 행복 돌봄복지도시로\"[신년 인터뷰]", "published": None,
                 "reporter": "김혜인", "outlet": "뉴시스", "jurisdiction": "29140"},
    "officials": [S],
    "claims": [
        c("복지·경제·건강·주민행복 등 5개 분야 목표를 설정하고 실행에 옮기기로 약속했다", S, None, ["welfare"], "plan"),
        c("마을정책참여단과 마을합창단 활성화, 주민의 의견이 정책이 되는 따뜻한 서구를 실현하겠다", S, None, ["citizen-participation"], "plan"),
        c("세대와 계층의 특성을 고려한 맞춤형 일자리를 창출에도 힘쓰겠다", S, None, ["jobs"], "plan"),
        c("이웃이 이웃을 돌보는 촘촘한 복지도시를 실현하겠다", S, None, ["welfare"], "plan"),
        c("중증장애인 맞춤형 일자리사업과 고령장애인 지역사회 통합돌봄체계 구축 등으로", S, None, ["welfare", "jobs"], "plan"),
        c("통합돌봄 모범이 되는 서구를 만들겠다", S, None, ["welfare"], "plan"),
        c("구민의 건강과 안전을 최우선으로 여기는 건강도시를 만들", S, None, ["public-health", "disaster-safety"], "plan"),
    ],
    "not_claims": ["주민중심 생활 정부 실현·특성 맞춤형 일자리 공급", "지역사회 통합돌봄체계·이웃 돌봄 복지도시 완성을",
                   "'착한도시 서구'의 가치를 더욱 발전시키며", "주민 중심의 따뜻한 생활정부로 다가가겠다",
                   "마을과 골목에서 확실한 행복을 누릴 수 있는 경제도시로 거듭나도록 하겠다"],
}

# ab-09: 세종시, '15일' only (no year or month printed) -> dates null.
S = "choi-min-ho"
G["ab-09-newdaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "36"},
    "officials": [S],
    "claims": [
        c("정부의 행정수도 완성 의지를 환영하며, 시 차원의 전폭적인 지원을 약속했다", S, None, ["decentralization"], "plan"),
        c("행정수도 완성을 더 이상 미룰 수 없는 국가적 과제로 인식한 분명한 신호", S, None, ["decentralization"], "statement"),
        c("국정 운영 최고 책임자의 확고한 의지 표명으로서 의미가 크다", S, None, ["decentralization"], "statement"),
        c("대통령 세종집무실과 국회 세종의사당이 수도권 집중을 완화하고", S, None, ["decentralization"], "statement"),
        c("이제는 정치적 선언을 넘어 구체적인 로드맵 마련이 필요하다", S, None, ["decentralization"], "plan"),
        c("행정수도 법·제도 기반 마련, 주택 공급과 종합체육시설 건립 방향 등을 제시한 점도 긍정적으로 평가했다", S, None, ["decentralization", "housing"], "statement"),
        c("공공기관 2차 이전과 충청권 광역급행철도(CTX) 건설", None, None, ["decentralization", "public-transit"], "plan"),
    ],
    "not_claims": ["최민호 세종시장.ⓒ세종시"],
}

for name, g in G.items():
    record = {"article": name, **g}
    with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
