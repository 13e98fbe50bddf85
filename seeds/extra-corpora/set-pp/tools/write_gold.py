"""Writes the hand-made gold files of set-pp (one per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
G = {}


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


# pp-01 전국매일신문, 춘천시 (이재수), 2019-12-02
D = "2019-12-02"
S = "lee-jae-su"
G["pp-01-jeonmae.txt"] = {
    "metadata": {"headline": "춘천시, 시민주권·지속가능 도시 구현 방향 제시", "published": "2019-12-02T17:13+09:00",
                 "reporter": "이승희", "outlet": "전국매일신문", "jurisdiction": "42110"},
    "officials": [S],
    "claims": [
        c("숙의민주주의, 우리 안의 자원, 호혜와 협동, 바람길 등 춘천시정부의 핵심 가치와 정책이 여러 영역에서 자리잡아가고 있다고 했다", S, D,
          ["citizen-participation"], "achievement"),
        c("청년청과 지혜의 청을 설립하고 주민자치위원회를 자치회로 지속 전환한다", S, D,
          ["citizen-participation", "youth-policy"], "plan"),
        c("주민참여예산을 시정참여형과 마을자치형으로 나눠 지원액을 더욱 확대한다", S, D, ["citizen-participation"], "plan"),
        c("내수면 마리나 사업, 의암호 유람선 운항사업 상중도 고산 문학유산 복원사업을 추진한다", S, D, ["culture-tourism"], "plan"),
        c("춘천학 연구소에서 춘천의 문화와 역사, 자연, 이야기를 학문적으로 체계화해", S, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "시민이 주인인 도시, 지속가능한 도시로 만들기 위한 방향이 제시됐다",
        "2020년도 당초예산안을 제출하고 시민 행복도시를 위한 민선 7기 출범 3년차 구상을 알렸다",
        "시민의 일상과 도시 운영 전반에 녹아들 수 있도록 노력하겠다며 이를 위한 방향을 세웠다",
        "물의 도시 봄내 조성 사업도 진행할 방침이다",
        "춘천/ 이승희기자",
    ],
}

# pp-02 (outlet not named), 김해시 (허성곤), 2020-10-26
D = "2020-10-26"
S = "heo-seong-gon"
G["pp-02-ynnews.txt"] = {
    "metadata": {"headline": "김해시, 전통시장 살리기 솔선수범", "published": "2020-10-26",
                 "reporter": "최금연", "outlet": None, "jurisdiction": "48250"},
    "officials": [S],
    "claims": [
        c("김해시가 코로나19로 침체된 전통시장 활성화를 위해 솔선수범하고 있다", None, D, ["small-merchants"], "statement"),
        c("관내 6개 전통시장과 자매결연 협약을 체결하고 전통시장 활성화를 위해 상호 협력키로 했었다", None, D, ["small-merchants"], "achievement"),
        c("매월 정기적으로 ‘자매결연 전통시장 가는 날’을 운영했으며", None, D, ["small-merchants"], "achievement"),
        c("자매결연 전통시장에서 소비한 금액은 약 5,400만원이며", None, D, ["small-merchants"], "achievement"),
        c("김해시와 재단·공사가 앞장서서 이용해주셔서 매우 감사드리며", None, D, ["small-merchants"], "statement"),
        c("공직자들이 솔선수범해서 전통시장을 이용해 고맙게 생각한다", S, D, ["small-merchants"], "statement"),
        c("온누리상품권 구매와 우리동네 전통시장 이용으로 전통시장 살리기에 함께 해 주시길 바란다", S, D, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "자매결연 전통시장 이용... 활성화 위해 상호 협력키로",
        "2020-10-26     최금연 기자",
    ],
}

# pp-03 추적사건25시, 원주시 (원강수), 2023-08-21 (강원특별자치도 period -> 51130)
S = "won-gang-su"
G["pp-03-cop25.txt"] = {
    "metadata": {"headline": "강원도 원강수 원주시장, 천만 관광객 견인할 랜드마크 구상", "published": "2023-08-21T10:00+09:00",
                 "reporter": "김경성", "outlet": "추적사건25시", "jurisdiction": "51130"},
    "officials": [S, "bae-gwang-sik"],
    "claims": [
        c("천만 관광객 시대를 열려는 원강수 원주시장의 행보가 연일 이어지고 있다", None, "2023-08-21", ["culture-tourism"], "statement"),
        c("원주 관광 활성화 방안을 모색하는 소중한 시간이었다", S, "2023-08-18", ["culture-tourism"], "statement"),
        c("천만 관광객 달성을 견인할 원주만의 개성을 가진 관광 랜드마크를 만들어", S, "2023-08-18", ["culture-tourism"], "target"),
    ],
    "not_claims": [
        "칠성종합시장과 칠성야시장을 둘러보며 지역 상권 활성화 방안에 대한 의견을 나누었다",
        "주요 관광시설을 견학한 원주시 벤치마킹단은 일정 마지막 날인 18일 영월을 찾았다",
        "치유숲길을 둘러보며 산촌 경제 활성화 방안을 공유했다",
        "도시 재생 공간 활용에 대한 노하우 등을 벤치마킹했다",
        "[추적사건25시 김경성 기자]",
    ],
}

# pp-04 국민일보, 충청북도 (institutional), 2018-03-01
D = "2018-03-01"
G["pp-04-kmib.txt"] = {
    "metadata": {"headline": "“뭉쳐야 산다”… 충주·제천·단양·영월 합동 ‘사색축제’", "published": "2018-03-01T21:07+09:00",
                 "reporter": "홍성헌", "outlet": "국민일보", "jurisdiction": "43"},
    "officials": [],
    "claims": [
        c("강원도 영월군이 함께하는 ‘사색축제’를 개최한다고 1일 밝혔다", None, D, ["culture-tourism"], "plan"),
        c("다양한 지역관광 콘텐츠들을 선보일 예정이다", None, D, ["culture-tourism"], "plan"),
        c("영월군은 찾아가는 관광안내소를 운영한다", None, D, ["culture-tourism"], "plan"),
        c("하나의 관광권역으로 묶어 2017년부터 2021년까지 5개년 계획으로 추진된다", None, D, ["culture-tourism"], "statement"),
        c("제10권역 중부내륙 힐링여행으로 선정됐다", None, D, ["culture-tourism"], "achievement"),
        c("도는 올해 4개 시·군에 25억원을 들여 여행자 쉼터와 휴게 공간 조성", None, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "다채로운 전시·체험·공연행사를 마련했다",
        "대형 연날리기 행사를 개최하고",
        "‘연극과 민화의 만남’을 주제로 연극공연을 선보인다",
        "영월 한반도지형·청령포 등이 주요 관광지다",
        "청주=홍성헌 기자 adhong@kmib.co.kr",
    ],
}

# pp-05 글로벌뉴스통신, 부산 동구 (김진홍), 2024-01-11
D = "2024-01-11"
S = "kim-jin-hong"
G["pp-05-globalnewsagency.txt"] = {
    "metadata": {"headline": "부산동구, 2024년도 노인일자리 작년보다 756개 늘렸다.", "published": "2024-01-11T13:55+09:00",
                 "reporter": "김명화", "outlet": "글로벌뉴스통신", "jurisdiction": "26170"},
    "officials": [S],
    "claims": [
        c("노인일자리사업을 전년 대비 확대하여 추진한다고 11일(목) 밝혔다", None, D, ["jobs", "welfare"], "plan"),
        c("756개가 늘어난 총 4,263개의 일자리를 확보하여 1월부터 사업에 들어간다", None, D, ["jobs", "welfare"], "achievement"),
        c("노인일자리 확보를 위해 최선을 다한 결과, 756개의 일자리를 늘릴 수 있었다", S, D, ["jobs", "welfare"], "achievement"),
        c("체계적인 노인복지정책 마련을 위해 고령친화도시 조성에도 최선을 다하겠다", S, D, ["welfare", "jobs"], "plan"),
        c("6개의 수행기관에서 올해 12월까지 추진한다", None, D, ["jobs", "welfare"], "statement"),
    ],
    "not_claims": [
        "(사진:글로벌뉴스통신DB) 동구청",
        "부산동구, 2024년도 노인일자리 작년보다 756개 늘렸다.",
    ],
}

# pp-06 경남우리신문, 진주시 (institutional), 2020-02-05
D = "2020-02-05"
G["pp-06-urinews.txt"] = {
    "metadata": {"headline": "진주시, 지난해 성과 바탕으로 올해 도시재생 총력 다짐", "published": "2020-02-05T11:52+09:00",
                 "reporter": "김은영", "outlet": "경남우리신문", "jurisdiction": "48170"},
    "officials": [],
    "claims": [
        c("올해는 도시재생에 충력을 다해 이를 시의 새로운 성장동력으로 삼아 나감과 동시에 일자리 창출에도 기여해 나간다는 계획", None, D,
          ["urban-regeneration", "jobs"], "plan"),
        c("2020년 전통시장 시설현대화사업에 3개 사업이 선정됨에 따라 국·도비 75억원을 확보했다", None, D, ["small-merchants"], "achievement"),
        c("경남의 중심상권으로 거듭나게 할 계획이라고 전했다", None, D, ["small-merchants"], "plan"),
        c("중앙시장 청년몰 활성화사업을 시행할 계획이라고 전했다", None, D, ["small-merchants", "youth-policy"], "plan"),
        c("비단길 플리마켓 ‘진주가든마켓’ 및 온·오프라인 홍보·마케팅을 내용으로 한다", None, D, ["small-merchants", "youth-policy"], "statement"),
        c("청년몰을 관광 코스화하고", None, D, ["small-merchants", "culture-tourism", "urban-regeneration", "youth-policy"], "plan"),
        c("비봉·옥봉 새뜰마을사업은 2014년 사업선정 이후 LH와 진주시의 협업 사업으로 진행해", None, D, ["urban-regeneration"], "achievement"),
    ],
    "not_claims": [
        "기사입력 2020-02-05 11:52 최종편집 경남우리신문",
    ],
}

# pp-07 (outlet not named), 제주특별자치도 (원희룡 presides; institutional narration), 2020-08-06
D = "2020-08-06"
G["pp-07-ijejutoday.txt"] = {
    "metadata": {"headline": "\"제주 가구중 무주택 가구가 45%\"...주거복지 분야 정책자문위 개최", "published": "2020-08-06T19:33+09:00",
                 "reporter": "김재훈", "outlet": None, "jurisdiction": "50"},
    "officials": ["won-hee-ryong"],
    "claims": [
        c("공공임대주택 공급 필요성에 공감하며 39세 이하의 경우 전세자금 대출과 월세 지원이 절실한 실정이다", None, D, ["housing"], "statement"),
        c("제주형 주거복지정책 발굴 필요성 등이 거론됐다고 밝혔다", None, D, ["housing"], "statement"),
    ],
    "not_claims": [
        "제주도 산하 주거복지 분야 정책자문위원회가 열렸다",
        "제주지역 무주택 가구는 전체 가구 중 44.9%인 10만7969가구로 나타났다",
        "원희룡 제주지사의 주재로 진행된 이날 회의에는",
    ],
}

# pp-08 신아일보, 부산광역시 (서병수), 2017-07-24
D = "2017-07-24"
S = "suh-byung-soo"
G["pp-08-shinailbo.txt"] = {
    "metadata": {"headline": "서병수 부산시장, 청년스타트기업가와 '소통'", "published": "2017-07-24T12:42+09:00",
                 "reporter": "김삼태", "outlet": "신아일보", "jurisdiction": "26"},
    "officials": [S],
    "claims": [
        c("4차 산업혁명시대에 대응해 신산업과 일자리 창출에 대한 의지를 표명하고", None, D,
          ["fourth-industrial-revolution", "jobs", "startup-support"], "plan"),
        c("창업 활성화를 위해 기업가와 부산시, 유관기관 등과 같이 고민하고 해결 방안을 모색할 예정이다", None, D, ["startup-support"], "plan"),
        c("시와 스타트업기업 간의 거리를 좁히고 상생 발전하는 좋은 계기가 될 수 있을 것", S, D, ["startup-support"], "statement"),
    ],
    "not_claims": [
        "청년스타트업기업가 150여명과 함께 소통의 시간을 갖는다고 24일 밝혔다",
        "치맥미팅을 통한 현장 목소리를 들을 계획이다",
        "외국인투자기업 등 부산 발전을 견인할 다양한 분야의 기업을 방문해 현장근로자와 소통해 나갈 계획",
        "[신아일보] 부산/김삼태 기자 stkim@shinailbo.co.kr",
    ],
}

# pp-09 충북일보, 옥천군 (황규철), 2024-03-20
S = "hwang-gyu-cheol"
G["pp-09-inews365.txt"] = {
    "metadata": {"headline": None, "published": "2024-03-20T13:22+09:00",
                 "reporter": "김기준", "outlet": "충북일보", "jurisdiction": "43730"},
    "officials": [S],
    "claims": [
        c("태양광 발전사업 현장을 직접 방문해 운영 현황 점검했다", None, "2024-03-19", ["energy-transition"], "statement"),
        c("태양광 발전사업 인허가로 인해 주민 불편 민원도 증가할 것을 예상해", None, "2024-03-19", ["energy-transition"], "statement"),
        c("군의 2023년 태양광 발전 허가 건수는 2022년보다 2.65배 증가한 상황이다", None, "2024-03-20", ["energy-transition"], "statement"),
        c("인허가 때 주민 의견을 충분히 수렴해 주민 불편을 최소화하고", S, "2024-03-19", ["energy-transition"], "plan"),
    ],
    "not_claims": [
        "태양광 발전사업 현장을 점검하고 있다",
        "기상청 제공",
        "옥천 / 김기준기자",
    ],
}

OUT = os.path.join(HERE, "..", "gold")
os.makedirs(OUT, exist_ok=True)
for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
    print(name, len(gold["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
