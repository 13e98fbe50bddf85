"""Writes gold/*.json for set-dc (hand annotation; see GOLD_NOTES.md)."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    out = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        out["speaker_name"] = speaker_name
    return out


G = {}

# dc-01 경기도, 이재명 at the 미래형 스마트벨트 strategy event (2021-10-07)
D = "2021-10-07"
G["dc-01-thebigdata.txt"] = {
    "metadata": {"headline": "이재명 경기도지사, “경제·산업 대전환기 경기도가 중추로 우뚝 서길\"",
                 "published": "2021-10-07T17:28+09:00", "reporter": "김수아", "outlet": "빅데이터뉴스",
                 "jurisdiction": "41"},
    "officials": ["lee-jae-myung", "yeom-tae-yeong", "baek-gun-gi", "eun-su-mi", "seo-cheol-mo-41590",
                  "jeong-jang-seon", "eom-tae-jun", "kim-bo-ra"],
    "claims": [
        c("기술개발과 산업체제 재편에서 서로에게 힘이 되는 관계들을 잘 만들어 가는 것이 매우 중요하다", "lee-jae-myung", D,
          ["research-development"], "plan"),
        c("‘스마트벨트 지역기업 우대 공동조례’를 발표한데 이어", None, D, ["investment-attraction"], "achievement"),
    ],
    "not_claims": [
        "현재는 경제·산업적으로 세계적 대전환의 시기",
        "경기도가 신산업 육성과 새로운 미래 산업의 중추로 우뚝 서길 바란다",
        "‘미래형 스마트벨트 전략 발표 행사’에 참석, 축사를 전했다",
        "‘미래형스마트벨트연합’의 제1호 전략을 발표하는 자리로",
        "현재 세계적으로 4차 산업혁명에 따른 디지털 전환의 시대를 맞고 있고",
        "이재명 경기도지사를 비롯한 관계자들이 기념 사진을 찍고 있다",
    ],
}

# dc-02 강릉시, 김홍규 press conference '5일' (undated text)
G["dc-02-news1.txt"] = {
    "metadata": {"headline": "\"2030년 세계 100대 관광명소 목표\"…강릉시 국제관광도시 도전", "published": None,
                 "reporter": "윤왕근", "outlet": "뉴스1", "jurisdiction": "42150"},
    "officials": ["kim-hong-gyu"],
    "claims": [
        c("2030년 세계 100대 관광명소, 2040년 세계 100대 관광도시에 도전한다", "kim-hong-gyu", None, ["culture-tourism"], "target"),
        c("관광 분야 목표를 '4계절 스마트 관광도시'로 정하고", "kim-hong-gyu", None, ["culture-tourism"], "target"),
        c("2030년까지 강릉시를 세계 100대 관광명소로 포함시키고", "kim-hong-gyu", None, ["culture-tourism"], "target"),
        c("국제관광도시 추진 관련 별도 전략을 수립·시행하겠다는 방침이다", None, None, ["culture-tourism"], "plan"),
        c("지역 관광 숙박 객실을 현재 1만7000실 규모에서 3만실 규모로 늘리겠다는 계획이다", None, None, ["culture-tourism"], "target"),
        c("남부권 관광단지 개발 등 각종 특구사업과 관광단지, 골프장 등 휴양레저시설 확충하겠다는 계획이다", None, None,
          ["culture-tourism"], "plan"),
        c("현재 3000만명 규모의 국·내외 관광객을 5000만명 수준으로 늘린다는 방침이다", None, None, ["culture-tourism"], "target"),
        c("관광거점도시·문화도시 선정으로 60만명", None, None, ["culture-tourism"], "target"),
        c("관광지 교통안전시스템을 기존 65곳에서 105곳으로 확충한다", None, None, ["culture-tourism", "disaster-safety"], "target"),
        c("관광형 자율주행 자동차도 현재 4대에서 10대로 늘린다는", None, None, ["future-vehicles", "culture-tourism"], "target"),
    ],
    "not_claims": [
        "2040년엔 '세계 100대 관광도시'도 도전",
        "김홍규 강릉시장은 5일 민선 8기 주요현안 관련 기자회견을 통해 이같이 밝혔다",
    ],
}

# dc-03 춘천시 도시재생 뉴딜 (undated, institutional)
G["dc-03-gwnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "황만호", "outlet": "강원신문", "jurisdiction": "42110"},
    "officials": [],
    "claims": [
        c("쇠퇴하고 있는 춘천 도심지가 새롭게 태어나고 있다", None, None, ["urban-regeneration"], "achievement"),
        c("춘천시는 현재 4개 지역에서 도심재생 뉴딜사업이 순조롭게 추진되고 있다고 밝혔다", None, None, ["urban-regeneration"], "statement"),
        c("현재 시가 추진하고 있는 도심재생 뉴딜사업은 근화소양일대 도시재생사업", None, None, ["urban-regeneration"], "statement"),
        c("2016년 선정된 근화소양 도시재생사업은 근린재생형으로 내년에 사업이 마무리된다", None, None, ["urban-regeneration"], "plan"),
        c("소양로 가로환경 개선, 인생도서관 등 생활문화공간을 조성하는 사업이다", None, None,
          ["urban-regeneration", "culture-tourism"], "statement"),
        c("번개시장 활성화, 호반 맛길 조성, 근화초교 주변 마을환경 개선, 게스트하우스 조성을 추진하고 있다", None, None,
          ["urban-regeneration", "small-merchants"], "statement"),
        c("가장 춘천다운 마을로 거듭나고 있다", None, None, ["urban-regeneration"], "achievement"),
        c("2018년부터 2021년까지 추진되는 약사명동일대 도시재생뉴딜사업은 일반근린형으로", None, None, ["urban-regeneration"], "statement"),
        c("육림고개 상권과 청년창업 활성화, 마을탐방로 조성이다", None, None,
          ["urban-regeneration", "small-merchants", "startup-support", "youth-policy"], "statement"),
        c("공폐가 활용과 정비, 소규모 주택정비 활성화 등을 본격적으로 추진하기 위하여 사전 조사를 진행중이다", None, None,
          ["urban-regeneration", "housing"], "statement"),
        c("콘셉트인 교동일대 도시재생 뉴딜사업은 주거지", None, None, ["urban-regeneration"], "statement"),
    ],
    "not_claims": [
        "근화소양일대‧약사명동일대‧교동일대‧조운동일대 등 4개 도시재생 사업 추진",
        "재건축‧재개발과 차별화…기존 모습 유지하며 도심 환경 개선",
    ],
}

# dc-04 화천군 housing / population (2024-07-04)
D = "2024-07-04"
G["dc-04-hankookilbo.txt"] = {
    "metadata": {"headline": "돌봄·장학사업 이어 주택지원까지… 인구늘리기 나선 화천군", "published": "2024-07-04T13:52+09:00",
                 "reporter": "박은성", "outlet": "한국일보", "jurisdiction": "51790"},
    "officials": ["choi-mun-sun"],
    "claims": [
        c("임대료를 파격지원하며 인구늘리기에 나선다", None, D, ["housing"], "plan"),
        c("대학생 전액 장학금 및 돌봄지원과 함께 삶의 질을 높이기 위한 화천형 복지 정책이다", None, D,
          ["housing", "education", "welfare"], "statement"),
        c("화천읍 마을정비형 공공주택을 비롯해 9개 지역에 372가구 공사를 진행 중이라고 밝혔다", None, D, ["housing"], "statement"),
        c("청년 농촌 보금자리 주택 등 착공을 앞둔 곳은 170가구다", None, D, ["housing", "youth-policy"], "statement"),
        c("지역 내 주택공급이 4,300가구에 이른다", None, D, ["housing"], "statement"),
        c("주택공급이 이뤄지면 상당 부분 이를 흡수할 것으로 기대하고 있다", None, D, ["housing"], "statement"),
        c("화천에 머무르는 인구가 늘어난다는 얘기다", None, D, ["housing"], "statement"),
        c("주택 구입 대출금의 일부 이자와 청년·신혼부부의 경우 임대주택 주거비를 대폭 지원해 줄 계획이다", None, D,
          ["housing", "youth-policy"], "plan"),
        c("지원기간 중 출산 시 혜택을 추가로 주는 방안도 검토 중이다", None, D, ["housing", "childcare-birth"], "plan"),
        c("교육과 보육, 주택분야 지원 정책을 내놓으면서 조금씩 성과를 내고 있다는 분석이다", None, D,
          ["education", "childcare-birth", "housing"], "achievement"),
        c("교육과 보육, 복지 등 세 가지 요소가 단순 덧셈이 아닌 곱셈 이상 시너지효과를 낼 수 있도록 노력하겠다", "choi-mun-sun", D,
          ["education", "childcare-birth", "welfare"], "plan"),
    ],
    "not_claims": [
        "공공주택 등 주거환경 개선 돌입",
        "교육·보육 분야와 시너지 기대",
        "화천군 인구는 지난달 말 현재 2만2,955명으로 전달(5월)보다 174명 늘었다",
    ],
}

# dc-05 부천시, 조용익 interview '지난 17일' (published 2023-02-20)
D = "2023-02-17"
G["dc-05-segye.txt"] = {
    "metadata": {"headline": "조용익 부천시장 “촘촘·든든한 맞춤형 돌봄 제공… 시민들 체감 정책 추진”",
                 "published": "2023-02-20T01:00+09:00", "reporter": None, "outlet": "세계일보", "jurisdiction": "41190"},
    "officials": ["jo-yong-ik"],
    "claims": [
        c("다문화가정까지 모두 누리는 촘촘하고 든든한 맞춤형 돌봄을 제공하겠습니다", "jo-yong-ik", D, ["welfare"], "plan"),
        c("먼저 임신·출산 분야를 꼼꼼히 살펴보겠다고 했다", "jo-yong-ik", D, ["childcare-birth"], "plan"),
        c("아이 낳고 기르기 좋은 환경을 만들고 산후조리비와 산모·신생아 건강관리도 도울 것", "jo-yong-ik", D,
          ["childcare-birth"], "plan"),
        c("난임과 관련해서는 시술비 지급 및 한방치료 서비스에 더해", "jo-yong-ik", D, ["childcare-birth"], "plan"),
        c("문화예술아지트 및 일시쉼터와 자립지원관이 포함된 복합보호시설을 조성하는 등", None, D,
          ["welfare", "culture-tourism"], "plan"),
        c("휴식·교류·자기계발을 이끄는 청년센터 건립도 준비한다", None, D, ["youth-policy"], "plan"),
        c("신혼부부의 집 걱정을 덜어주는 공공주택 공급도 계획 중이다", None, D, ["housing"], "plan"),
        c("결혼이민자 한국사회 조기 적응과 자립 역량 향상에도 힘쓴다", None, D, ["welfare"], "plan"),
    ],
    "not_claims": [
        "산후조리비·난임 시술비 등 지원",
        "신혼부부 위해 공공주택도 공급",
        "스마트 노인여가 복지시설 확대",
        "청년·취약층 등 고용 안전망 구축",
        "자족도시 조성… 새 도약 원년 삼을 것",
        "시민들이 체감할 정책을 추진하겠다고 밝혔다",
        "앞서 부천의 새 비전으로 ‘공간복지·경제도약’을 제시한 것에서",
        "미래 꿈나무인 청소년에도 관심을 기울이고 있다",
    ],
}

# dc-06 양평군 친환경농업 특구 (' date 2025-09-29', institutional)
D = "2025-09-29"
G["dc-06-ohmynews.txt"] = {
    "metadata": {"headline": None, "published": "2025-09-29", "reporter": None, "outlet": None, "jurisdiction": "41830"},
    "officials": [],
    "claims": [
        c("지역적 제약을 극복하기 위한 전략으로 친환경농업을 도입했으며", None, D, ["agriculture"], "achievement"),
        c("1998년 '양평환경농업-21' 선포, 1999년 친환경농업대학 설립", None, D, ["agriculture"], "achievement"),
        c("주민들은 농약·제초제 사용 금지, 폐농자재 방치 금지 등 실천 운동에 참여해왔다", None, D, ["agriculture"], "statement"),
        c("2024년 기준 전체 농가의 28%가 친환경 인증을 보유하고 있으며", None, D, ["agriculture"], "achievement"),
        c("친환경농산물 판매량은 4454톤, 매출은 176억 원이다", None, D, ["agriculture"], "achievement"),
        c("'차 없는 거리' 운영 등 지역 축제의 품질과 안전성을 높였다", None, D, ["culture-tourism", "agriculture"], "achievement"),
        c("용문산 산나물축제 판매 규모는 2022년 6700만 원에서 2024년 1억5700만 원으로 증가했다", None, D,
          ["culture-tourism", "agriculture"], "achievement"),
        c("2024년 특화사업 예산은 97억 원 계획 대비 112억 원 집행되었으며", None, D, ["agriculture"], "achievement"),
        c("농업기술센터는 10만8천㎡ 부지에 10동 건물을 갖추고", None, D, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "ⓒ 양평군 관련사진보기",
    ],
}

# dc-07 파주시 교통비전 선포식 (no publication date printed; caption date only)
G["dc-07-newspim.txt"] = {
    "metadata": {"headline": "'교통비전 303030'…파주시 교통혁명 본격 시작됐다", "published": None, "reporter": "최환금",
                 "outlet": "뉴스핌", "jurisdiction": "41480"},
    "officials": ["kim-gyeong-il"],
    "claims": [
        c("교통비전 선포식 및 제5차 국가철도망 시민추진단 발대식을 개최했다", None, None, ["public-transit"], "achievement"),
        c("경기도 최초로 시행한 똑버스와 50만 대도시로의 성장을 이뤄내고", "kim-gyeong-il", None, ["public-transit"], "achievement"),
    ],
    "not_claims": [
        "1일 금촌체육관에서 비전 선포식·시민추진단 발대식",
        "윤후덕·박정 의원·박대성 의장 등 교통망 확보 '맞손'",
        "100만 자족도시 걸맞는 교통혁명 완수",
        "1부 파주시 교통비전 선포식과 2부 제5차 국가철도망 시민추진단 발대식으로 진행됐다",
        "김경일 파주시장이 교통비전 선포식 및 제5차 국가철도망 시민추진단 발대식에서 환영사를 하고 있다",
        "파주시 교통, 더 빨라지고 더 가까워지고 더 안전하게",
        "제일 많이 들었던 현안이 교통 분야였다",
    ],
}

# dc-08 강원도, 최문순 at the 민주당 정책페스티벌 '20일' (published 2019-09-21)
D = "2019-09-20"
G["dc-08-kado.txt"] = {
    "metadata": {"headline": "최문순 지사 “북 관광특구 이을 뱃길·항공로 모두 준비”", "published": "2019-09-21",
                 "reporter": "이세훈", "outlet": "강원도민일보", "jurisdiction": "42"},
    "officials": ["choi-moon-soon"],
    "claims": [
        c("△남북 △노사 △기업 평화를 도정 3대 주제라고 소개했다", "choi-moon-soon", D, ["labor-relations"], "statement"),
        c("결국 관광객들을 유치하기 위해서는 뱃길과 항공로가 중요한데 도는 이 두가지 방법을 모두 대비하고 있다", "choi-moon-soon", D,
          ["culture-tourism"], "statement"),
        c("강원도형 안심공제·사회보험료·일자리 재단 출범 등을 소개했다", "choi-moon-soon", D, ["jobs"], "achievement"),
        c("노동자,기업과 도·시군이 함께 적금을 시작했는데 대단히 성공적으로 잘 진행되고 있다", "choi-moon-soon", D,
          ["labor-relations", "jobs"], "achievement"),
        c("몇년씩 사람들이 이적하지 않고 머무르게 되니까 상산이 높아지고 있다", "choi-moon-soon", D,
          ["labor-relations", "jobs"], "achievement"),
        c("‘강원형 일자리 전기자동차 생산’ 사업을 내세웠다", "choi-moon-soon", D, ["jobs", "future-vehicles"], "statement"),
        c("이 사업을 통해 원·하청 차별에서 벗어날 수 있었다", "choi-moon-soon", D, ["jobs", "future-vehicles"], "achievement"),
        c("아울러 정규직 비정규직 차별도 원", "choi-moon-soon", D, ["labor-relations"], "achievement"),
    ],
    "not_claims": [
        "민주당 정책페스티벌서 기조연설",
        "남북·노사·기업평화 3대 주제 소개",
        "최문순 지사가 ‘평화와 번영’을 주제로 기조연설을 하고 있다",
        "남북평화를 포함,평화를 중심으로 주제 발표했다",
        "현재 북측은 원산 갈마 해양관광특구를 건설하지만 다수의 관광객들이 방문하기 어려운 상황",
    ],
}

# dc-09 안산시 청년도시 (YTN script, undated)
G["dc-09-ytn.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김학무", "outlet": None, "jurisdiction": "41270"},
    "officials": ["lee-min-geun"],
    "claims": [
        c("안산시는 청년들의 창업과 일자리창출을 지원해", None, None, ["startup-support", "jobs", "youth-policy"], "plan"),
        c("최근 문을 연 청년 푸드 창업센터", None, None, ["startup-support", "youth-policy"], "achievement"),
        c("무료로 입주해 3개월간 영업하면서 기술과 경험을 쌓고 독립하게 됩니다", None, None,
          ["startup-support", "youth-policy"], "statement"),
        c("공유주방에서 일하며 대기하는 예비창업자도 여럿입니다", None, None, ["startup-support"], "statement"),
        c("3개월 동안 무상으로 조금이나마 준비할 수 있는 시간을", None, None, ["startup-support"], "statement", "김효진"),
        c("'청년도시' 조성을 목표로 내걸었습니다", None, None, ["youth-policy"], "plan"),
        c("5천억 원의 기금을 마련해 청년 강소기업과 벤처기업을 육성합니다", None, None,
          ["startup-support", "youth-policy"], "plan"),
        c("벤처기술 공모를 통해 선정된 혁신기업도 유치하게 됩니다", None, None,
          ["startup-support", "investment-attraction"], "plan"),
        c("청년창업학교와 창업보육센터, 디지털혁신센터도 신설하거나 확장합니다", None, None,
          ["startup-support", "youth-policy", "fourth-industrial-revolution"], "plan"),
        c("청년들의 미래를 꼭 안산시가 책임질 수 있는 그런 도시를 꿈꾸고 있습니다", "lee-min-geun", None, ["youth-policy"], "plan"),
        c("청년 기본소득 등 청년예산 비율이 높은 안산시가", None, None, ["youth-policy", "startup-support", "jobs"], "plan"),
    ],
    "not_claims": [
        "청년들의 구직이나 창업이 더 어려울 수밖에 없습니다",
        "한식과 양식, 중식, 제과 등 다양한 음식을 판매하는 작은 점포 7곳이 몰려 있습니다",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write('\n')
    print(name, len(gold["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
