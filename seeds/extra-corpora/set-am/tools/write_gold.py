"""Writes the hand annotations of set-am to gold/ (one JSON per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = {}

# am-01: 최문순 강원도지사 2020 신년사 (asiatoday)
D = "2020-01-02"
CM = "choi-moon-soon"
G["am-01-asiatoday.txt"] = {
    "metadata": {"headline": "[2020 신년사] 최문순 강원지사 “청년고용·신성장동력·관광활성화에 최선”",
                 "published": "2020-01-02T09:40+09:00", "reporter": None, "outlet": "아시아투데이",
                 "jurisdiction": "42"},
    "officials": [CM],
    "claims": [
        c("고용, 수출, 투자, 혁신성장, 관광 등 모든 면에서 한 단계 도약을 이룩하겠다는 각오를 2일 밝혔다", CM, D,
          ["jobs", "culture-tourism"], "plan"),
        c("도의 고용률은 64% 수준으로 전국 평균을 넘어섰고 취업자 수도 늘고 있지만 아직 청년 일자리가 늘지 않아 걱정", CM, D,
          ["jobs", "youth-policy"], "achievement"),
        c("청년 고용을 늘리는 데 힘을 쏟고 성과를 보이고 있는 일자리 안심공제와 사회보험료 지원을 비롯한 강원도형 일자리 사업을 확대하고 보완하겠다", CM, D,
          ["jobs", "youth-policy"], "plan"),
        c("우선 취업과 관련된 기능을 모두 통합한 일자리 재단을 설립할 계획이다", None, D, ["jobs"], "plan"),
        c("일자리재단은 취업을 원하는 모든 도민을 기업과 연결시키는 역할을 한다", None, D, ["jobs"], "statement"),
        c("일자리재단 설립으로 노사정 대타협 모델도 완성해 나간다", None, D, ["jobs", "labor-relations"], "plan"),
        c("최 지사는 전기자동차와 액체수소, 수열에너지와 디지털 헬스케어를 비롯해", CM, D,
          ["future-vehicles", "energy-transition", "medical-industry"], "plan"),
        c("여기에 관광의 질적·양적 도약을 위해서도 플라이", None, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "[2020 신년사] 최문순 강원지사 “청년고용·신성장동력·관광활성화에 최선”",
        "올해 도정의 핵심 목표를 ‘경제활성화’로 꼽았다",
        "제조업 기반을 기필코 만들어 내겠다는 의지도 보였다",
        "도로, 철도, 항만 등 기반시설을 확충하고 기업 지원 정책을 시행해 기업들의 경쟁력도 높인다",
    ],
}

# am-02: 양평군 귀농인 정착지원 주택임대사업 2026 (heraldcorp)
D = "2026-01-07"
JJ = "jeon-jin-seon"
G["am-02-heraldcorp.txt"] = {
    "metadata": {"headline": "‘귀농인 정착지원 주택임대사업’ 성공적 성과로 이어져", "published": "2026-01-07",
                 "reporter": "박준환", "outlet": "헤럴드경제", "jurisdiction": "41830"},
    "officials": [JJ],
    "claims": [
        c("‘귀농인 정착지원 주택임대사업’이 성공적인 성과를 거두고 있다고 7일 밝혔다", None, D, ["agriculture"], "achievement"),
        c("농촌 빈집을 리모델링해 예비 귀농인에게 1년간 무상 임대하는 방식으로 추진되고 있다", None, D, ["agriculture"], "statement"),
        c("귀농 초기의 주거 부담을 완화하고 안정적인 농촌 정착을 지원하는 것을 목표로 한다", None, D, ["agriculture"], "statement"),
        c("리모델링 주택에 입주한 예비 귀농인의 사례가 주목받고 있다", None, D, ["agriculture"], "achievement"),
        c("실제 지역 정착으로 이어진 대표적인 성공 사례로 평가받고 있다", None, D, ["agriculture"], "achievement"),
        c("이는 본 사업이 예비 귀농인에게 실질적 주거 기반을 제공함과 동시에 지역사회와의 상생을 이끌어냈다는 점에서 의미가 크다", None, D,
          ["agriculture"], "achievement"),
        c("양평군의 정책을 통해 좋은 환경에서 1년 동안 살아보며 귀농을 준비할 수 있었고", None, D, ["agriculture"], "achievement"),
        c("예비 귀농인의 안정적인 정착과 지역 활성화가 본 사업의 핵심 목표", JJ, D, ["agriculture"], "statement"),
    ],
    "not_claims": [
        "성공적 성과로 이어져",
        "양평군에 감사드린다",
        "해당 귀농인은 타 지역에서 생활하다 양평군에 대한 강한 정착 의지를 가지고 2025년 사업에 참여했으며",
        "이번 성과를 계기로 농촌에 대한 관심과 참여가 더욱 확대되기를 기대하며",
    ],
}

# am-03: 양구군 귀농·귀촌 지원사업 2022 (breaknews), institutional narration
D = "2022-12-12"
G["am-03-breaknews.txt"] = {
    "metadata": {"headline": "양구군, '귀농·귀촌 지원사업' 활발...안정적 정착·인구 유입 기여",
                 "published": "2022-12-12T10:13+09:00", "reporter": "남상훈", "outlet": "브레이크뉴스",
                 "jurisdiction": "42800"},
    "officials": [],
    "claims": [
        c("다양한 지원사업을 실시하고 있다고 밝혔다", None, D, ["agriculture"], "statement"),
        c("양구군은 빈집을 활용해 귀농생활이 체험가능한 귀농인의 집을 운영해", None, D, ["agriculture"], "achievement"),
        c("은퇴자 공동체 마을을 운영하는 등 다양한 귀농·귀촌 지원과 정착지원 사업을 펼치고 있다", None, D, ["agriculture"], "statement"),
        c("13명의 귀농 희망자에게 20억 6천만여 원의 귀농 창업 및 주택 구입비를 지원했다", None, D,
          ["agriculture", "startup-support"], "achievement"),
        c("귀농·귀촌 동네 작가 운영과 귀농·귀촌 박람회 홍보 등을 실시하기도 했다", None, D, ["agriculture"], "achievement"),
        c("올해는 현재까지 26명이 귀농하는 등 인구 유입에도 기여하고 있다", None, D, ["agriculture"], "achievement"),
        c("친환경농업 홍보관을 건립해 오는 23년 6월부터 운영을 시작할 계획이다", None, D, ["agriculture"], "plan"),
        c("또한 오는 2024년에는 양구읍 학조리에 체류형 주택단지", None, D, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "양구군, '귀농·귀촌 지원사업' 활발...안정적 정착·인구 유입 기여",
        "현장 실습, 영농정착지원금, 귀농·귀촌 지원센터 운영 등",
    ],
}

# am-04: 박남춘 인천시장 수소경제 2021 (segye)
PN = "park-nam-chun"
E, P = "2021-04-28", "2021-04-29"
G["am-04-segye.txt"] = {
    "metadata": {"headline": "수소경제 발 빠르게 준비 시민 공감대 형성에 최선",
                 "published": "2021-04-29T03:00:00+09:00", "reporter": None, "outlet": "세계일보",
                 "jurisdiction": "28"},
    "officials": [PN],
    "claims": [
        c("인천시는 국내 수소경제의 중심지 기능을 다하기 위해 발빠르게 준비를 해왔습니다", PN, E, ["energy-transition"], "achievement"),
        c("인천시장은 28일 수소경제를 선점키 위한 글로벌 경쟁에서 자체적 대응방안을 모색해 실천 중이라고 강조했다", PN, E,
          ["energy-transition"], "statement"),
        c("한국은 지난해 7월 수소경제위원회를 조기 출범시킨 데 이어 올 2월부터 ‘수소법’을 시행하고 있다", None, P,
          ["energy-transition"], "statement"),
        c("수소법 시행은 세계에서 처음이다", None, P, ["energy-transition"], "statement"),
        c("인천시의 수소경제 시대 대비는 더욱 앞섰다", None, P, ["energy-transition"], "achievement"),
        c("지난해 1월 관련 조례 제정을 시작으로 정책자문기구인 ‘수소산업위원회’를 발족시켰다", None, P,
          ["energy-transition"], "achievement"),
        c("‘수소산업 선도도시’를 선언한 바 있다", None, "2021-03-02", ["energy-transition"], "achievement"),
        c("일자리 창출, 산업분야 발전 등 경제적 효과도 상당히 클 것이라고 전망된다", None, P,
          ["jobs", "energy-transition"], "statement"),
        c("수소 모빌리티 보급 확대 등에 행정력을 집중시킬 것", PN, E, ["energy-transition", "future-vehicles"], "plan"),
        c("2030년까지 약 1만명의 일자리 창출에 더해", None, P, ["energy-transition", "jobs"], "target"),
    ],
    "not_claims": [
        "수소경제 발 빠르게 준비 시민 공감대 형성에 최선",
        "요즘 21세기를 움직이는 동력원으로 친환경에너지, 특히 수소에너지가 주목받고 있습니다",
    ],
}

# am-05: 염태영 수원시장 2018 신년 브리핑 (cnbnews)
YT = "yeom-tae-yeong"
D = "2018-01-09"
G["am-05-cnbnews.txt"] = {
    "metadata": {"headline": "염태영 수원시장, \"더 큰 수원 완성 위해 3선에 도전하겠다\"",
                 "published": "2018-01-10T08:41:40+09:00", "reporter": "이병곤", "outlet": "CNB뉴스",
                 "jurisdiction": "41110"},
    "officials": [YT],
    "claims": [
        c("‘복지시민권 실현’을 2018년 시정의 최우선 과제로 선정해 추진한다", None, D, ["welfare"], "plan"),
        c("복지 패러다임을 노동·주거·교육·육아 분야로 확장하고, 시정에서 복지시민권을 더욱 강화하겠다", YT, D,
          ["welfare", "labor-relations", "housing", "education", "childcare-birth"], "plan"),
        c("복지시민권은 노동·주거·교육·육아복지권 등 4대 기본권으로 구성된다", YT, D,
          ["welfare", "labor-relations", "housing", "education", "childcare-birth"], "statement"),
        c("노동의 기회를 얻고, 노동의 정당한 대가를 누릴 권리를 말한다", YT, D,
          ["welfare", "labor-relations", "jobs"], "statement"),
        c("수원시는 공공부문 일자리를 늘리기 위해", YT, D, ["jobs"], "plan"),
        c("양질의 공공일자리를 만드는 사업으로 올해 참여자 100명을 모집한다", None, D, ["jobs"], "target"),
        c("참여자들이 공공부문에서 실무 경험을 쌓고, 민간일자리를 찾을 수 있도록 지원한다", None, D, ["jobs"], "statement"),
        c("예산(20억 2000만 원)을 전년보다 210% 늘렸다", None, D, ["jobs"], "achievement"),
        c("저소득층에게 일자리를 제공하는 새희망 일자리사업(600명)", None, D, ["jobs", "welfare"], "target"),
    ],
    "not_claims": [
        "더 큰 수원 완성 위해 3선에 도전하겠다",
        "이 자리에서 염태영 시장은 3선 도전 의사를 공식적으로 밝혔다",
        "이기우 (전)경기도사회통합부지사는 민주당 수원시장 경선 출마 선언",
    ],
}

# am-06: 최문순 화천군수 인터뷰 2025 (seoul)
CS = "choi-mun-sun"
E, P = "2025-08-13", "2025-08-27"
G["am-06-seoul.txt"] = {
    "metadata": {"headline": "최문순 화천군수 인터뷰", "published": "2025-08-27", "reporter": None,
                 "outlet": "서울신문", "jurisdiction": "51790"},
    "officials": [CS],
    "claims": [
        c("산천어축제를 세계적인 축제 반열에 올려놓고, 출산에서 육아·교육으로 이어지는 지원 시스템을 탄탄하게 구축했다는 평가를 받는다", None, P,
          ["culture-tourism", "childcare-birth", "education"], "achievement"),
        c("‘아이 기르기 가장 좋은 화천 만들기’를 군정 최우선 목표로 삼고 쉬지 않고 달려왔는데", CS, E,
          ["childcare-birth"], "achievement"),
        c("지금껏 닦아 온 교육과 돌봄시스템에 더해 군민 삶의 질 향상 핵심 요소인 주거환경 개선", CS, E,
          ["education", "childcare-birth", "urban-regeneration"], "plan"),
        c("산천어축제는 2003년 시작돼 국내 겨울축제의 판도를 바꿨고", CS, E, ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "마지막까지 혼신의 힘을 쏟겠습니다",
        "‘다른 무엇보다 군민들이 우선이었던 군수’로 기억되길 바란다",
        "파크골프 산업을 적극적으로 육성해 주목받고 있다",
        "또 파크골프 산업도 이제 어느 정도 자리잡아 가고 있다는 생각이 든다",
        "내년 산천어축제도 기대가 된다",
    ],
}

# am-07: 박원순 서울시장 청년수당 2019 (kmib)
PW = "park-won-soon"
D = "2019-12-26"
G["am-07-kmib.txt"] = {
    "metadata": {"headline": "박원순 “청년수당 부족해… 월 100만원씩 2년간 주고 싶다”",
                 "published": "2019-12-26T18:00+09:00", "reporter": "송혜수", "outlet": None, "jurisdiction": "11"},
    "officials": [PW],
    "claims": [
        c("마음 같아서는 청년수당을 월 100만원씩 2년 동안 주고 싶다", PW, D, ["youth-policy"], "statement"),
        c("청년수당을 겨우 50만원씩 6개월 준다", PW, D, ["youth-policy"], "criticism"),
        c("제 마음 같아서는 적어도 100만원씩 2년 주고 싶다", PW, D, ["youth-policy"], "statement"),
        c("미취업 청년에게 월 50만원씩 6개월을 지원하는 제도다", None, D, ["youth-policy", "jobs"], "statement"),
        c("내년부터는 대상 인원이 연 7000명에서 3만명으로 늘어나며", None, D, ["youth-policy"], "target"),
        c("이날 박 시장은 복지가 경제 발전을 위해 꼭 필요하다고 강조했다", PW, D, ["welfare"], "statement"),
        c("청년이 취업하고 창업해야 우리의 미래가 있는 것 아니겠느냐", PW, D,
          ["youth-policy", "jobs", "startup-support"], "statement"),
        c("현재 하는 (청년 관련) 사업도 부족하다고 생각한다", PW, D, ["youth-policy"], "criticism"),
        c("서울 여성의 고용률이 남성만큼 유지되면 국내총생산(GDP)이 9% 성장한다고 한다", PW, D, ["jobs"], "statement"),
    ],
    "not_claims": [
        "밤마다 돈 찍어내는 꿈을 꾼다",
        "청년이 면접에 갔다가 맨날 떨어져서 집에 들어오는 모습 보기 좋으냐",
        "2~3년이 계속되면 이 아이는 절망하고 집에 틀어박힌다",
        "우리가 국민소득 3만 달러가 됐으면 제대로 투자해야 한다",
        "박원순 서울시장이 동작구 서울여성플라자에서 내년 시 예산에 대해 설명하고 있다",
    ],
}

# am-08: 노원구 치매안심센터 확장 이전 2022 (fnnews / 뉴스1), institutional narration
D = "2022-09-23"
G["am-08-fnnews.txt"] = {
    "metadata": {"headline": "노원구 치매안심센터, 신축 마들보건지소로 확장 이전",
                 "published": "2022-09-23T17:28+09:00", "reporter": "윤다정", "outlet": "뉴스1",
                 "jurisdiction": "11350"},
    "officials": [],
    "claims": [
        c("지역 내 치매 환자의 집중 관리를 강화한다고 23일 밝혔다", None, D, ["dementia-care"], "plan"),
        c("노원구치매안심센터를 10월 정식 개관할 마들보건지소로 확장 이전하기로 결정했다", None, D, ["dementia-care"], "plan"),
        c("입주하게 된 센터는 약 519㎡ 규모이다", None, D, ["dementia-care"], "statement"),
        c("'자동화 시스템'을 구축해 치매 검사의 접수", None, D, ["dementia-care"], "achievement"),
        c("전국 최초 '실종 예방을 위한 안면인식 폐쇄회로(CC)TV' 10대를", None, D,
          ["dementia-care", "disaster-safety"], "achievement"),
        c("실종예방 CCTV는 실종자 발생 시 실종자의 사진을 입력하면", None, D,
          ["dementia-care", "disaster-safety"], "statement"),
        c("평상시에는 일반 CCTV와 같은 기", None, D, ["dementia-care", "disaster-safety"], "statement"),
    ],
    "not_claims": [
        "노원구 치매안심센터, 신축 마들보건지소로 확장 이전",
        "노원구의 추정 치매 환자 수는 8183명으로 서울시 25개 자치구 중 가장 많은 것으로 나타났다",
        "어르신 인구 비율이 높은 구의 특성이 반영된 것으로 분석된다",
    ],
}

# am-09: 과천시 미세먼지 종합계획 2017 (ajunews)
SG = "shin-gye-yong"
D = "2017-02-22"
G["am-09-ajunews.txt"] = {
    "metadata": {"headline": "과천시 미세먼지 줄이기 전 행정력 집중", "published": "2017-02-22T18:40+09:00",
                 "reporter": "박재천", "outlet": "아주경제", "jurisdiction": "41290"},
    "officials": [SG],
    "claims": [
        c("2017년을 미세먼지 줄이기 원년으로 정하고 온 행정력을 집중하기로 했다", None, D, ["fine-dust"], "plan"),
        c("‘미세먼지 없는 청정도시 구현’을 위한 종합 계획을 세우고 오는 3월부터 본격적인 추진에 나선다", None, D, ["fine-dust"], "plan"),
        c("미세먼지 대응 생활수칙을 노인, 어린이등 취약 계층에게 직접 알리는 시스템을 구축한다", None, D, ["fine-dust"], "plan"),
        c("노후경유차에 대한 배출가스 저감 장치 부착 지원과 사후관리를 강화한다", None, D, ["fine-dust"], "plan"),
        c("노후경유차를 조기 폐차할 경우 조기폐차에 따른 보조금도 지원한다", None, D, ["fine-dust"], "plan"),
        c("올해 민간구입 전기차 총3대를 지원하되", None, D, ["future-vehicles", "fine-dust"], "target"),
        c("지원금은 1천900만원이며 노후경유차를 폐차할 조건으로 구매한 경우는 200만원을 추가로 지원한다", None, D,
          ["future-vehicles", "fine-dust"], "statement"),
        c("전기차 충전소도 확충한다", None, D, ["future-vehicles"], "plan"),
        c("갈현동 행정복지센터에 1개소, 서울대공원에 5기의 집중 급속 충전소를 설치한다", None, D, ["future-vehicles"], "target"),
        c("초미세먼지(PM2.5) 대기 측정망을 추가 설치하고", None, D, ["fine-dust"], "plan"),
        c("고농도 미세먼지 발생시 비상저감 조치를 강력히 실시하여", None, D, ["fine-dust"], "plan"),
        c("실질적으로 미세먼지가 줄어들 수 있는 다양한 대책을 강력히 추진", SG, D, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "과천시 미세먼지 줄이기 전 행정력 집중",
        "미세먼지로 인한 시민 생활 불편이 증가하고 있다",
    ],
}

os.makedirs(OUT, exist_ok=True)
for name, gold in G.items():
    record = {"article": name, "metadata": gold["metadata"], "officials": gold["officials"],
              "claims": gold["claims"], "not_claims": gold["not_claims"]}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write('\n')
    print(name, len(gold["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
