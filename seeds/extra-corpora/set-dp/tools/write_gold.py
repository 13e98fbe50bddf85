"""Writes the hand-made gold annotations of set-dp to gold/<article>.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')
G = {}

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# dp-01 mediapen: Gyeonggi governor Kim Dong-yeon, carbon-neutrality declaration, event 5일 = publication day
D = "2022-09-05"; K = "kim-dong-yeon"
G["dp-01-mediapen.txt"] = {
 "metadata": {"headline": "경기도-시·군-경기도의회, '탄소중립 경기' 실현 공동 협력 선언",
              "published": "2022-09-05T16:47+09:00", "reporter": "윤광원", "outlet": "미디어펜", "jurisdiction": "41"},
 "officials": [K],
 "claims": [
  c("경기도가 30개 시·군, 경기도의회와 함께 탄소중립 경기도 실현을 위한 공동 협력을 선언했다", None, D, ["climate-carbon"], "plan"),
  c("'탄소중립 추진체계 구축과 공동협력을 위한 선언문'을 선포하고, 서명식을 가졌다", None, D, ["climate-carbon"], "plan"),
  c("2030년까지 온실가스 30% 감축, 2050년 탄소중립을 차질 없이 이끌겠다", K, D, ["climate-carbon"], "target"),
  c("'기후변화특별위원회'를 만들어, 강력한 계획과 추진력으로 일할 수 있도록 준비하겠다며", K, D, ["climate-carbon"], "plan"),
  c("선언문에는 신재생에너지로의 전환을 통한 온실가스 획기적 감축 노력", None, D, ["climate-carbon", "energy-transition"], "statement"),
  c("이 선언은 전국 최초로 광역 및 기초 지방자치단체 간 협력을 강조한 것이라고, 경기도는 설명했다", None, D, ["climate-carbon"], "achievement"),
  c("'경기도 탄소중립 도민 추진단' 발족식이 진행됐다", None, D, ["climate-carbon"], "achievement"),
 ],
 "not_claims": ["뉴스홈 경제 정치 연예 스포츠", "'에코 페어 코리아 2022' 개막식/사진=경기도 제공",
                "현대자동차가 개발한 수소버스 '일렉시티'를 타고 이동, 수원컨벤션센터 행사장에 도착했다"],
}

# dp-02 asiae: Yangpyeong county youth policy feature; ' date 2025-11-10' prefix, '10일 양평군에 따르면'
D = "2025-11-10"
G["dp-02-asiae.txt"] = {
 "metadata": {"headline": "[기획] 양평군, 미래 일자리와 삶을 잇다", "published": "2025-11-10",
              "reporter": None, "outlet": None, "jurisdiction": "41830"},
 "officials": ["jeon-jin-seon"],
 "claims": [
  c("양평군이 '청년이 머무는 도시'로의 대전환을 선언하며 실질적인 정책들을 차근히 쌓아가고 있다", None, D, ["youth-policy"], "statement"),
  c("청년들이 일하고 거주하며 성장할 수 있는 환경을 조성하는 것이 민선 8기 양평군의 핵심 목표다", None, D, ["youth-policy"], "plan"),
  c("연간 최대 200만원의 전·월세자금 대출이자를 지원, 주거비 부담을 완화했다", None, D, ["housing", "youth-policy"], "achievement"),
  c("'두배드림 청년통장'을 통해 연간 최대 480만원의 종잣돈을 마련할 수 있도록 돕고 있으며", None, D, ["youth-policy", "jobs"], "achievement"),
  c("정기승차권 운임비 지원 사업으로 직장과 학업을 병행하는 청년들의 현실적 어려움을 덜어주고 있다", None, D, ["youth-policy", "public-transit"], "statement"),
  c("이러한 교통·주거·일자리 지원은 청년층의 지역 이탈을 막고", None, D, ["youth-policy", "public-transit", "housing", "jobs"], "statement"),
 ],
 "not_claims": ["민선8기 청년정책 확대… 자립·정착·참여 기반 강화", "청년통장·임차료·출퇴근비 지원 등 실질적 청년 맞춤정책",
                "'매력양평' 비전 담은 청년정책 세미나로 미래 방향 제시", "'청년친화도시 양평' 꽃 피우겠다",
                "양평군이 양평청년포럼 발대식 및 화합대회를 개최하고 있는 모습", "정착의 기반, 주거와 경제적 자립 지원",
                "청년들이 지역에 정착하기 위해서는 일자리와 주거, 교통 문제 해결이 무엇보다 중요하다"],
}

# dp-03 kukinews: Gapyeong county youth policy, institutional narration only, 18일 = publication day
D = "2024-01-18"
G["dp-03-kukinews.txt"] = {
 "metadata": {"headline": "\"청년인구 유출, 더이상 안돼\"...가평군, 맞춤형 정책 개발 '속도'",
              "published": "2024-01-18T12:10:19+09:00", "reporter": None, "outlet": None, "jurisdiction": "41820"},
 "officials": [],
 "claims": [
  c("경기 가평군은 청년인구 유출을 막기 위한 맞춤형 정책개발에 속도를 내고 있다고 18일 밝혔다", None, D, ["youth-policy"], "statement"),
  c("군은 당장 청년팀을 신설해 여러 부서에 흩어져 있던 청년 관련 업무를 일원화해", None, D, ["youth-policy", "jobs", "housing"], "plan"),
  c("3건을 올해부터 청년정책에 반영할 방침이다", None, D, ["youth-policy"], "plan"),
  c("청년 인턴십 지원사업을 추진하고 민선 8기 주요 과제로 지역 가치 창업가인 청년 로컬 크리에이터를 양성하기로 했다", None, D, ["youth-policy", "jobs", "startup-support"], "plan"),
  c("청년 면접정장 대여사업을 벌인다", None, D, ["youth-policy", "jobs"], "plan"),
  c("1인당 1회 최대 10만원까지 지원한다", None, D, ["youth-policy", "jobs"], "plan"),
  c("지역주도형 청년 일자리 사업과 사업 참여자 출·퇴근 교통비 지원 등", None, D, ["youth-policy", "jobs"], "plan"),
  c("가평 공영버스터미널 지하 1층을 청년공간으로 조성하기 위한 용역을 진행하고", None, D, ["youth-policy"], "plan"),
 ],
 "not_claims": ["일자리·주거안정 정책 시급... 청년팀 신설, 관련 정책 한곳으로 일원화", "- + 인쇄"],
}

# dp-04 nocutnews: Gwacheon smart-city plan study; undated text -> all dates null
K = "shin-gye-yong"
G["dp-04-nocutnews.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41290"},
 "officials": [K],
 "claims": [
  c("경기 과천시가 첨단기술을 통해 각종 도시문제에 대응하는 이른바 '스마트 도시'로 탈바꿈한다", None, None, ["smart-city"], "plan"),
  c("'과천시 스마트도시계획 수립 용역'의 착수보고회를 열었다고 밝혔다", None, None, ["smart-city"], "achievement"),
  c("스마트도시계획은 교통·방범·기후·에너지 등 다양한 분야에", None, None, ["smart-city"], "statement"),
  c("시는 오는 2026년부터 2030년까지 스마트도시 조성을 위한 체계적인 중장기 계획을 수립한다", None, None, ["smart-city"], "plan"),
  c("시민 리빙랩 등으로 민·관 협력체계를 구축하겠다는 게 시의 구상이다", None, None, ["smart-city", "citizen-participation"], "plan"),
  c("특히 시는 계획에 시민 의견을 최대한 반영함으로써 지역성 강한 서비스를 개발하기로 했다", None, None, ["smart-city", "citizen-participation"], "plan"),
  c("우리 지역만의 특색을 갖춘 똑똑한 도시를 만들 수 있도록 용역 연구를 추진하겠다", K, None, ["smart-city"], "plan"),
  c("시민 삶의 질과 도시 경쟁력이 한층 더 높아질 것으로 기대한다", K, None, ["smart-city"], "statement"),
 ],
 "not_claims": ["신계용 경기 과천시장. 과천시 제공",
                "신계용 과천시장과 담당부서 공무원, 용역사 관계자 등은 스마트도시계획 수립 방향과 단계별 추진계획 등을 논의했다"],
}

# dp-05 news1: Wonju mayor Won Gang-su, 3rd anniversary briefing; date only in a photo caption -> published and dates null
K = "won-gang-su"
G["dp-05-news1.txt"] = {
 "metadata": {"headline": "기업유치·산단에 집중해온 원주시, 경제외연 더 넓힌다", "published": None,
              "reporter": "신관호", "outlet": "뉴스1", "jurisdiction": "51130"},
 "officials": [K],
 "claims": [
  c("원 시장은 이와 함께 향후 의료기기산업 고도화를 비롯한 미래 신산업 확충에 나서겠다고 밝혔다", K, None, ["investment-attraction", "medical-industry"], "plan"),
  c("취임과 동시에 조직개편으로 경제국과 투자유치과를 신설한 뒤 경제도시 원주 비전을 공표했고", K, None, ["investment-attraction"], "achievement"),
  c("원 시장은 기업유치 성과도 밝혔다", K, None, ["investment-attraction"], "achievement"),
  c("총 31개 기업 유치를 통해 7239억 원의 투자를 끌어낸데 이어 1519개의 신규 일자리 창출에 나섰다", K, None, ["investment-attraction", "jobs"], "achievement"),
  c("이 같은 성과는 숫자 이상의 의미를 지닌 부단한 노력의 산물", K, None, ["investment-attraction"], "achievement"),
  c("의료기기산업의 디지털·인공지능 전환 본격화", K, None, ["medical-industry", "fourth-industrial-revolution"], "achievement"),
 ],
 "not_claims": ["원강수 원주시장, 민선 8기 3년 31개사 유치 '7239억 투자'", "미래 신산업 집중육성, 일자리와 삶이 이어지는 도시 비전",
                "민선 8기 3주년을 맞아 그간의 성과와 향후 비전을 밝히는 회견 일정을 소화하고 있다",
                "원강수 강원 원주시장이 지역경제 외연을 더 넓히겠다는 비전을 내놨다",
                "태봉일반산업단지와 메가데이터도시첨단산업단지 등 두 곳이 국토교통부 산업단지 지정계획에 신규 반영되는 획기적인 진전도 있었다"],
}

# dp-06 hankyung (Yonhap): Hwacheon county head Choi Mun-sun (not the former governor Choi Moon-soon), inaugural speech; undated
K = "choi-mun-sun"
G["dp-06-hankyung.txt"] = {
 "metadata": {"headline": "최문순 화천군수 \"마지막 한 방울 땀과 열정 쏟아붓겠다\"", "published": None,
              "reporter": None, "outlet": "연합뉴스", "jurisdiction": "42790"},
 "officials": [K],
 "claims": [
  c("민선 8기 화천 군정은 어르신 잘 모시고, 미래 화천을 이끌어나갈 아이들 잘 키울 수 있도록 정책의 가늠자를 맞출 것", K, None, ["welfare", "childcare-birth"], "plan"),
  c("'아이 기르기 좋은 화천 만들기' 사업의 성공적 완수를 위해 전진하겠다", K, None, ["childcare-birth"], "plan"),
  c("농·축·임업인과 소상공인 지원정책을 보다 효율적이고 정교하게 가다듬고", K, None, ["agriculture", "small-merchants", "welfare"], "plan"),
  c("화천산천어축제를 비롯해 사계절 체류할 수 있는 관광산업의 기틀을 임기 내 마련하겠다", K, None, ["culture-tourism"], "plan"),
  c("백암산 케이블카와 파로호 쾌속 유람선, 북한강 산소길 등 경쟁력 있는 관광자원으로 관광객 유입을 늘리고", K, None, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["어르신 잘 모시고, 아이 잘 키우는 정책 가늠자 맞출 것", "마지막 한 방울의 땀과 열정을 쏟아붓겠다",
                "새로운 발전 동력 마련에 최선을 다하겠다", "행정 입장보다는 모든 사안을 군민들 처지에서 생각하고 이를 현장에서 실현하겠다", "/연합뉴스"],
}

# dp-07 korean-vibe (Yonhap): Gangneung mayor Kim Hong-gyu, policy speech 26일 = publication day
D = "2026-01-26"; K = "kim-hong-gyu"
G["dp-07-koreanvibe.txt"] = {
 "metadata": {"headline": "김홍규 강릉시장 \"경제도시·관광도시 만들겠다\"", "published": "2026-01-26T14:12:02+09:00",
              "reporter": "유형재", "outlet": "연합뉴스", "jurisdiction": "51150"},
 "officials": [K],
 "claims": [
  c("강원 강릉시는 올해를 환동해권 복합물류 거점 도시이자 세계적인 관광도시로 대전환한다는 목표 아래", None, D, ["culture-tourism"], "plan"),
  c("변화와 혁신으로 자립 기반을 갖춘 경제도시·관광도시로의 대전환을 제시하며", K, D, ["culture-tourism"], "plan"),
  c("다채로운 관광 콘텐츠, 체류형 관광 인프라를 대폭 확충한다", None, D, ["culture-tourism"], "plan"),
  c("연간 관광객 5천만 명, 외국인 관광객 50만 명 유치 목표 달성에 총력을 기울일 방침이다", None, D, ["culture-tourism"], "target"),
  c("국립국악원 강원분원 건립 및 국립민속박물관 유치 추진", None, D, ["culture-tourism"], "plan"),
  c("농업기술센터 청사 신축, 스마트 농업기술 보급, 고소득 작목 육성", None, D, ["agriculture"], "plan"),
 ],
 "not_claims": ["시의회 임시회 시정연설서 4대 분야별 핵심과제 발표", "[강릉시 제공. 재판매 및 DB 금지]", "| 2026-01-26 14:12:02"],
}

# dp-08 kukinews: Gangwon multi-child benefits from 2 children; undated ('28일' only)
K = "kim-jin-tae"
G["dp-08-kukinews.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51"},
 "officials": [K],
 "claims": [
  c("기존 3자녀 이상에 한정됐던 다자녀 기준을 2자녀로 확대 시행한다고 28일 밝혔다", None, None, ["childcare-birth"], "plan"),
  c("33개 신규 사업이 2자녀로 확대 적용되며 총 53개 사업을 통해 182억원의 혜택이 다자녀 도민에게 주어질 예정이다", None, None, ["childcare-birth"], "statement"),
  c("주요 사업과 혜택은 대학등록금, 어린이집 입학준비금", None, None, ["childcare-birth"], "statement"),
  c("다자녀 정책 전수조사, 합동회의 개최, 조례 제‧개정, 예산 확보 등 지원 체계를 정비할 방침이다", None, None, ["childcare-birth"], "plan"),
  c("앞서 도는 지난해 다자녀 도 자체 사업을 대상으로", None, None, ["childcare-birth"], "achievement"),
  c("도는 과감히 다자녀 지원 대상을 2자녀 이상으로 확대했다", K, None, ["childcare-birth"], "achievement"),
  c("현실에 맞춰 정책을 지속적으로 보완해 아이낳고 키우기 좋은 강원도를 만들어가겠다", K, None, ["childcare-birth"], "plan"),
 ],
 "not_claims": [],
}

# dp-09 fnnews: Suwon jeonse-fraud counselling centre, mayor Lee Jae-jun (Suwon, not Goyang's namesake); 11일 = publication day
D = "2023-10-11"; K = "lee-jae-jun"
G["dp-09-fnnews.txt"] = {
 "metadata": {"headline": "수원시, 전세피해 상담센터 설치 운영...피해 시민들 보호", "published": "2023-10-11T13:15+09:00",
              "reporter": "장충식", "outlet": "파이낸셜뉴스", "jurisdiction": "41110"},
 "officials": [K],
 "claims": [
  c("피해 시민들을 보호하기 위한 상담센터를 마련해 운영한다", None, D, ["housing"], "plan"),
  c("피해자를 지원할 수 있는 방안과 전세사기 예방 대책을 마련해 신속히 시행하라", K, D, ["housing"], "plan"),
  c("'수원시 전세피해 상담(접수)센터'를 개설하기로 했다", None, D, ["housing"], "plan"),
  c("이르면 다음 주 중 전세피해 상담센터 운영을 시작한다는 계획이다", None, D, ["housing"], "plan"),
  c("주말에도 피해 시민들이 상담받을 수 있도록 할 예정이다", None, D, ["housing"], "plan"),
  c("상담센터에서는 전세 사기와 관련된 법률상담과 피해자 결정 등", None, D, ["housing"], "plan"),
  c("전세사기 피해자로 결정되면 경·공매 우선매수권", None, D, ["housing", "welfare"], "statement"),
  c("LH 매입임대주택 등을 활용해 긴급 주거지원을 준비 중이다", None, D, ["housing"], "plan"),
 ],
 "not_claims": ["사회 전국", "전세사기 피해자 지원 및 예방책 마련", "입력 2023.10.11 13:15"],
}

os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
