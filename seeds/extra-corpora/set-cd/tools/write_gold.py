"""Writes the hand-made gold files of set-cd (one per article) to gold/."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = {}


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


# cd-01: 울산 남구청장 김진규 interview (한국경제). No publication date in the text -> all dates null.
KJG = "kim-jin-gyu"
G["cd-01-hankyung.txt"] = {
    "metadata": {"headline": "김진규 \"청년 100명-中企 일자리 매칭 성공…여성·노인으로 확대\"", "published": None,
                 "reporter": None, "outlet": "한국경제", "jurisdiction": "31140"},
    "officials": [KJG],
    "claims": [
        c("청년 일자리 창출에 행정력을 집중하고 있다", KJG, None, ["jobs", "youth-policy"], "statement"),
        c("이를 극복하고자 취임 초 일자리 창출 비전을 제시했습니다", KJG, None, ["jobs"], "achievement"),
        c("장애인 등 일자리 창출 사업이 소기의 성과를 거둘 수 있도록 하겠습니다", KJG, None, ["jobs"], "plan"),
        c("청년 일자리 창출에 전 행정력을 집중하고 있습니다", KJG, None, ["jobs", "youth-policy"], "statement"),
        c("‘청년 100 워라밸 프로젝트’를 추진했습니다", KJG, None, ["jobs", "youth-policy"], "achievement"),
        c("9월 말까지 청년 100명 이상이 혜택을 받는 등 가시적인 효과를 나타내고 있습니다", KJG, None,
          ["jobs", "youth-policy"], "achievement"),
        c("우선 채용 시 인센티브를 제공해 일자리를 창출해 나가겠습니다", KJG, None, ["jobs"], "plan"),
        c("청년 취업 도우미 전담 센터 운영, 남구형 노·사·민·정 혁신 모", KJG, None,
          ["jobs", "youth-policy", "labor-relations"], "plan"),
    ],
    "not_claims": [
        "청년들에게 양질의 일자리를 제공하는 데 힘쓰겠습니다",
        "기본을 지키는 구정을 펼쳐 미래 주인공 세대들이 잘 살아갈 수 있는 발판을 차근차근 만들어 나가겠다",
        "그러나 주력산업 부진으로 인구 감소는 물론, 지역 경제가 어려움을 겪고 있습니다",
        "취임 후 가장 중점을 둔 정책은",
        "민선 7기 공약 중 가장 시급히 추진하는 사업은",
    ],
}

# cd-02: 완주군 출산장려금 (NSP통신). Undated -> all dates null.
PSI = "park-seong-il"
G["cd-02-nspna.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "박용호", "outlet": "NSP통신",
                 "jurisdiction": "45710"},
    "officials": [PSI],
    "claims": [
        c("전북 완주군민은 내년부터 셋째 아이 출산 시 600만 원의 출산 장려금을 받는다", None, None,
          ["childcare-birth"], "plan"),
        c("관련 예산을 10억 500만 원으로 증액(현 4억 3500만 원)해 출산 장려금을 지원할 계획", None, None,
          ["childcare-birth"], "plan"),
        c("첫째 신생아는 장려금으로 일시금 30만 원", None, None, ["childcare-birth"], "statement"),
        c("산모와 신생아 건강관리사를 1주일간 파견할 방침이다", None, None, ["childcare-birth"], "plan"),
        c("다양한 출산정책을 펼쳐 임산부가 행복한 완주군을 만들겠다", PSI, None, ["childcare-birth"], "plan"),
        c("모유 수유프로그램을 운영하는 등 출산장려정책을 시행할 계획이라고 밝혔다", None, None,
          ["childcare-birth"], "plan"),
    ],
    "not_claims": [
        "완주지역 신생아 수가 전북 시군 중에 4번째로 높지만 갈수록 감소하는 추세",
        "ocdoomc@nspna.com, 박용호 기자(NSP통신)",
    ],
}

# cd-03: 김해시 전통시장 (아시아투데이), institutional narration only.
D3 = "2022-04-06"
G["cd-03-asiatoday.txt"] = {
    "metadata": {"headline": "김해시, 다양한 지원책으로 전통시장 활력", "published": "2022-04-06T09:51+09:00",
                 "reporter": "허균", "outlet": "아시아투데이", "jurisdiction": "48250"},
    "officials": [],
    "claims": [
        c("경남 김해시가 전통시장의 활력 회복과 상인들의 자생력 제고를 위해", None, D3, ["small-merchants"], "statement"),
        c("주요 시책은 △전통시장 시설 현대화사업", None, D3, ["small-merchants"], "statement"),
        c("안전시설 확충을 위한 시설 현대화 사업이 올해 진행된다", None, D3, ["small-merchants"], "plan"),
        c("18억원이 투입되는 외동시장 아케이드 설치 사업은 공모사업에 선정돼 진행되고 있다", None, D3,
          ["small-merchants"], "achievement"),
        c("실시설계용역과 사업 설명회를 거쳐 6월 공사에 착수한다", None, D3, ["small-merchants"], "plan"),
        c("비 가림 시설 보수로 장보기 환경이 개선될 전망이다", None, D3, ["small-merchants"], "statement"),
        c("또 전통시장 점포를 대상으로 연간 화재공제 보험료도 지원한다", None, D3,
          ["small-merchants", "disaster-safety"], "statement"),
        c("화재공제 상품에 가입하는 점포에 최대 12만원 한도의 공제료를 지원한다", None, D3,
          ["small-merchants", "disaster-safety"], "statement"),
        c("전통시장의 자생력과 상인조직의 역량 강화를 위해 시장경영 패키지", None, D3, ["small-merchants"], "statement"),
    ],
    "not_claims": [
        "사진은 김해시 전통시장 중 가장 이용객이 많은 외동시장 전경",
        "지역 시장별 특성 고려 맞춤형 사업 추진",
        "김해지역 6개 전통시장 중 1일 이용객이 가장 많은 시장은 외동시장과 삼방시장이다",
    ],
}

# cd-04: 창원시 스마트시티 엑스포 (아시아경제). ' date 2021-09' + 8일 -> 2021-09-08.
HSM = "heo-seong-mu"
D4 = "2021-09-08"
G["cd-04-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2021-09", "reporter": "이상현", "outlet": "아시아경제",
                 "jurisdiction": "48120"},
    "officials": [HSM],
    "claims": [
        c("스마트그린산단, 강소연구개발특구, 발달장애아동 스마트 안심케어 서비스", None, D4,
          ["smart-city", "fourth-industrial-revolution", "research-development", "welfare", "public-health",
           "energy-transition"], "statement"),
        c("창원형 스마트시티를 국내외에 홍보하고 사업 추진 역량을 강화해 스마트시티 경쟁력을 높여 나가겠다", HSM, D4,
          ["smart-city"], "plan"),
    ],
    "not_claims": [
        "'2021 월드 스마트시티 엑스포'에 참가해 홍보관을 운영한다",
        "국토교통부와 과학기술정보통신부가 주최하는 스마트시티 전문 박람회",
        "180여개 지자체와 기업 등이 참가해",
        "경남 지자체 중 유일하게 홍보관을 운영한다",
        "방문객에게 기념품 및 홍보 팸플릿을 배부해 스마트 선도도시 창원을 알린다",
    ],
}

# cd-05: 해운대구청장 김성수 interview (머니투데이), 19일 = publication day.
KSS = "kim-seong-su"
D5 = "2023-04-19"
G["cd-05-mt.txt"] = {
    "metadata": {"headline": "\"불편·불만·불안 3不 해소\"..'안전'에 '진심' 해운대구 40년 토박이",
                 "published": "2023-04-19T16:10+09:00", "reporter": "기성훈·김지현", "outlet": "머니투데이",
                 "jurisdiction": "26350"},
    "officials": [KSS],
    "claims": [
        c("365일 안전한 도시 조성에 역량을 집중하고 있다", KSS, D5, ["disaster-safety"], "statement"),
        c("구민안전보험과 반여1·4동 자연재해위험개선지구 정비", None, D5, ["disaster-safety"], "statement"),
        c("'해운대 자치경찰협의회'를 신설했다", KSS, D5, ["decentralization", "disaster-safety"], "achievement"),
        c("전 구민 생애주기별 건강증진서비스 제공 등 격차 해소사업", None, D5, ["public-health"], "statement"),
        c("은둔이웃 고립 해소 등으로 건강한 지역사회를 만들어 나가겠다", KSS, D5, ["welfare"], "plan"),
        c("특히 관광 활성화는 지역 경제의 사활이 걸린 시정 분야다", None, D5, ["culture-tourism"], "statement"),
        c("늘어나는 관광객 유치를 위해 올해 해양진흥과를 신설했다", None, D5, ["culture-tourism"], "achievement"),
        c("사계절 내내 다양한 축제와 행사를 열 것", KSS, D5, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "[2023 사회안전지수-살기 좋은 지역]",
        "생활 속 3불(不)을 해소하는데 최선을 다하고 있습니다",
        "'건강복지' 사업도 관심사다",
        "동쪽 해변관광지와 서쪽 내륙권 주민 간 건강격차가 존재해왔다",
    ],
}

# cd-06: 제주도 전기차 보급 (아주경제), institutional narration + unnamed 도 관계자.
D6 = "2016-01-31"
G["cd-06-ajunews.txt"] = {
    "metadata": {"headline": "제주, 올해 전기차 4000대 보급에 박차", "published": "2016-01-31T11:53+09:00",
                 "reporter": "진순현", "outlet": "아주경제", "jurisdiction": "50"},
    "officials": [],
    "claims": [
        c("2030 전기차 100% 전환 달성을 위해 제주도가 올해 4000대 보급에 박차를 가한다", None, D6,
          ["future-vehicles"], "target"),
        c("정부의 전기차 보급물량의 50%인 4000대를 보급할 예정이라고 31일 밝혔다", None, D6,
          ["future-vehicles"], "target"),
        c("전국 최고 수준의 전기차 보급과 인프라를 구축하는 성과를 거뒀다", None, D6, ["future-vehicles"],
          "achievement"),
        c("전기이륜차 100대도 시범적으로 보급해 나갈 계획이다", None, D6, ["future-vehicles"], "plan"),
        c("급속 115기를 포함한 4217기의 충전인프라가 구축하고", None, D6, ["future-vehicles"], "target"),
        c("제주 전기차 특구가 지정될 수 있도록 중앙과 업무협의를 강화해 나가겠다", None, D6, ["future-vehicles"],
          "plan"),
    ],
    "not_claims": [
        "충전인프라 4217기 확대 구축",
    ],
}

# cd-07: 순천시 정원의 도시 마스터플랜 (아주경제), announced 23일.
JCH = "jo-chung-hun"
D7 = "2015-03-23"
G["cd-07-ajunews.txt"] = {
    "metadata": {"headline": "순천시, 정원의 도시 마스터플랜 수립한다", "published": "2015-03-24T15:06+09:00",
                 "reporter": "장봉현", "outlet": "아주경제", "jurisdiction": "46150"},
    "officials": [JCH],
    "claims": [
        c("정원의 도시 마스터플랜 수립을 위한 용역을 오는 7월까지 완료할 계획이라고 23일 밝혔다", None, D7,
          ["culture-tourism"], "plan"),
        c("2013순천만국제정원박람회에 440만명이 찾아오는 큰 성과를 거뒀으며", None, D7, ["culture-tourism"],
          "achievement"),
        c("정원의 도시 종합계획 수립을 추진 중이다", None, D7, ["culture-tourism"], "statement"),
        c("정원산업 육성 등 정원으로 행복한 도시가 될 것으로 기대하고 있다", None, D7, ["culture-tourism"],
          "statement"),
        c("대한민국 정원문화, 정원산업의 선도 도시가 될 것", JCH, D7, ["culture-tourism"], "statement"),
        c("정원 정책의 큰 밑그림을 그리겠다", JCH, D7, ["culture-tourism"], "plan"),
    ],
    "not_claims": [],
}

# cd-08: 이용섭 광주시장 취임 100일 기자회견 (헤럴드경제), 4일.
LYS = "lee-yong-seop"
D8 = "2018-10-04"
G["cd-08-heraldcorp.txt"] = {
    "metadata": {"headline": "취임 100일 맞은 이용섭 광주시장 “해묵은 현안 해법마련에 보람”",
                 "published": "2018-10-04T16:14+09:00", "reporter": "박대성", "outlet": "헤럴드경제",
                 "jurisdiction": "29"},
    "officials": [LYS],
    "claims": [
        c("해묵은 현안들의 해법을 마련했다는데 보람을 느낀다", LYS, D8,
          ["airport-relocation", "culture-tourism", "public-transit"], "achievement"),
        c("일자리 창출을 위한 혁신체계와 인프라 추진현황도 소개했다", LYS, D8,
          ["jobs", "fourth-industrial-revolution"], "achievement"),
    ],
    "not_claims": [
        "이용섭 광주광역시장이 4일 시청 브리핑룸에서 간부들과 함께 취임 100일 기념 기자회견을 열고 있다",
        "인프라 구축을 위해 쉼 없이 달려온 가슴 벅찬 시간이었다",
        "향후 4년간 5대 분야 20대 전략을 중점 추진해 광주를 대한민국 중심으로 우뚝 세우겠다",
        "광주가 나아가야 할 길은 대한민국의 미래가 되는 것이다",
        "변방의 광주를 대한민국의 중심으로 우뚝 세우겠다",
    ],
}

# cd-09: 경남도 미세먼지 비상저감조치 영상회의 (권한대행 박성호, not in the registry), 22일.
D9 = "2019-02-22"
G["cd-09-newsjinju.txt"] = {
    "metadata": {"headline": "박성호 권한대행, 미세먼지 대책 영상회의 개최", "published": "2019-02-22T15:08+09:00",
                 "reporter": "여우석", "outlet": None, "jurisdiction": "48"},
    "officials": [],
    "claims": [
        c("경남 전역에 미세먼지 ‘비상저감조치’가 발령됨에 따라 08시 30분부터", None, D9, ["fine-dust"], "statement"),
        c("행정‧공공기관 차량 2부제 이행, 사업장·건설공사장 단축 운영 등에 대한 이행 계도 및 점검, 대 도민 홍보 강화를 당부했다",
          None, D9, ["fine-dust"], "plan"),
        c("창원시 저감 조치사항으로는 시민 2만 명과 기관 240개소에 비상저감조치 발령을 전파했고", None, D9,
          ["fine-dust"], "achievement"),
        c("취약계층 마스크 357천 개를 내달 중에 배부 완료하고", None, D9, ["fine-dust"], "plan"),
        c("대중교통을 생활화하는 등의 동참방안을 평가해 향후 저감조치 발령 시 개선방안을 적극", None, D9,
          ["fine-dust", "public-transit"], "plan", speaker_name="박성호"),
    ],
    "not_claims": [
        "비상저감조치 첫 발령, 조치사항 이행 여부",
        "사업장·건설공사장 단축 운영 계도 및 점검",
        "주요 내용으로는 도 및 시·군 비상저감조치 추진 상황 보고 후 저감 조치 대책을 논의했다",
    ],
}

os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
for name, body in G.items():
    gold = {"article": name, **body}
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    print(name, len(body["claims"]))
print("total", sum(len(b["claims"]) for b in G.values()))
