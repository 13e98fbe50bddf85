"""Writes set-lz gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
G = {}
d = "2020-06-08"; J = "jeong-heon-yul"
G["lz-01-domin.txt"] = (M("정헌율 시장, 익산형 일자리 프로젝트 추진", "2020-06-08T14:47+09:00", "김현주", None, "45140"), [J], [
 C("익산시가 ‘익산형 일자리’사업을 통해 지역의 일자리를 해결하고 식품산업과 농업을 살리는 프로젝트를 추진해 나갈 방침이다", None, d, ["jobs", "agriculture"], "plan"),
 C("익산형 일자리추진을 위해 계획수립부터 용역실시, 관리 등 전 과정을 총괄적으로 추진할 수 있는 TF팀을 구성하라", J, d, ["jobs"], "plan"),
 C("익산시가 다른 지역보다 출발은 조금 늦었지만, 현재 모든 면에서 여건이 갖춰지고 있다", J, d, ["jobs"], "statement"),
 C("지금부터 박차를 가하면 얼마든지 익산시만의 새로운 일자리 모델을 만들어낼 수 있다", J, d, ["jobs"], "plan"),
], ["정헌율 시장, 익산형 일자리 프로젝트 추진", "부서별로 주어진 인구영향평가 과제에 대한 고민이 있어야 한다", "일상 업무에서부터 인구정책과 연계해서 꼼꼼히 챙기는 등", "악취관리에 더욱 박차를 가할 것을 주문했다", "악취 관리에 더욱 총력을 다할 것"])
d = "2021-03-30"
G["lz-02-sjpost.txt"] = (M("시민 태운 '4월의 자율주행버스', 세종시 미래를 달린다", "2021-03-30", "정은진", "세종포스트", "36"), ["lee-choon-hee"], [
 C("자율주행 버스가 오는 4월 세종시 바로타(BRT) 중심도로에서도 선보인다", None, d, ["future-vehicles"], "plan"),
 C("또 다른 유형의 버스가 검증대에 오른다", None, d, ["future-vehicles"], "plan"),
 C("세종시와 중소벤처기업부는 일반 시민들이 직접 탑승할 수 있는 자율주행버스 운영을 예고했다", None, d, ["future-vehicles"], "plan"),
 C("체험단 30명을 모집한 뒤, 4월 10일부터 30일까지 사전 교육 및 실증 체험을 이어간다", None, d, ["future-vehicles"], "plan"),
 C("실증은 오는 8월까지 체험단을 통해 계속되고, 일반 시민들은 5월부터 누구나 500원을 내고 탑승이 가능해질 전망이다", None, d, ["future-vehicles"], "plan"),
 C("이 과정을 거쳐 사업화 가능성을 타진한다", None, d, ["future-vehicles"], "plan"),
 C("실증 운행 차량은 자율주행 미니버스 레스타 15인승이다", None, d, ["future-vehicles"], "statement"),
 C("실증구간은 반곡동~국책연구단지~소담동~세종시청~대평동 세종터미널 구간이며", None, d, ["future-vehicles"], "statement"),
 C("특구기업이 개발한 자율주행 버스를 시승했다", None, d, ["future-vehicles"], "statement"),
 C("자율주행산업 발전방향에 대한 현장 목소리를", None, d, ["future-vehicles"], "statement"),
], ["시민 태운 '4월의 자율주행버스', 세종시 미래를 달린다", "반곡동~대평동 시외고속버스터미널 구간, 체험단 모집 통해 8월까지 실증 예고", "이번 방문은 권 장관 취임 이후 첫 규제자유특구 현장 행보다"])
d = "2022-03-21"; J = "mun-in"
G["lz-03-presszon.txt"] = (M("광주 북구, 청년 창업공간 활성화 업무협약", "2022-03-21T15:22+09:00", "배진희", "프레스존", "29170"), [J], [
 C("‘공공임대주택 청년 창업 공간 활성화’를 위한 업무협약을 체결했다고 21일 밝혔다", None, d, ["startup-support", "youth-policy", "housing"], "achievement"),
 C("이번 협약은 공공임대주택 내 비어있는 창업공간 활성화와 함께 청년창업을 지원하고자 마련됐다", None, d, ["startup-support", "youth-policy", "housing"], "statement"),
 C("북구를 비롯한 협력기관들은 청년창업가 발굴, 창업기업 초기 정착 및 성장 단계별 지원, 창업정보 및 활동 공유 등에 노력하기로 했다", None, d, ["startup-support", "youth-policy"], "plan"),
 C("리모델링을 통해 두암주공4단지와 오치주공1단지 상가 내에 창업공간을 마련했다", None, d, ["startup-support"], "achievement"),
 C("이달 말까지 청년 예비창업가와 청년기업 등 11개 업체가 입주를 마칠 예정이다", None, d, ["startup-support", "youth-policy"], "plan"),
 C("6개 전문기관과 적극 협력해 양질의 창업 교육 경험과 프로그램을 공유하는 등 청년들이 지역에 정착할 수 있도록 돕고 공공임대주택에도 활력을 불어 넣겠다", J, d, ["startup-support", "youth-policy", "housing"], "plan"),
], ["광주 북구, 청년 창업공간 활성화 업무협약", "창업기업 단계별 지원, 창업정보 공유 등 협력", "북구 영구임대아파트 내 창업공간 조성・지원", "광주 북구청사 전경"])
d = "2024-12-14"; P = "2024-12-15"; J = "park-u-ryang"
G["lz-04-maeil.txt"] = (M("신안 해상풍력 상생협의회 연찬회 개최", "2024-12-15", "조도율", "매일일보", "46910"), [J], [
 C("신안 해상풍력 상생협의회 연찬회를 개최했다고 밝혔다", None, d, ["energy-transition"], "statement"),
 C("‘해상풍력 발전사업자 공공기여 동참 촉구’ 결의서를 낭독했다", None, d, ["energy-transition"], "statement"),
 C("신안 해역에 해상풍력 발전단지 조성은 어업인에게 생계가 걸려있는 중요한 문제다", None, d, ["energy-transition", "agriculture"], "statement"),
 C("생색내기용이 아닌 합당하고 당연한 보상이 이루어져야 한다", None, d, ["energy-transition"], "criticism"),
 C("발전사업자들의 적극적인 공공기여 동참과 실질적인 이익공유 참여", None, d, ["energy-transition"], "plan"),
 C("‘공공주도 대규모 해상풍력 단지개발 지원사업 보고회’도 가졌다", None, d, ["energy-transition"], "statement"),
 C("해상풍력 발전단지 조성에 따른 지원제도를 활용하여 개발이익 공유금 이외에도 육상·해상 자원을 연계한 관광상품을 개발하여 일자리 창출, 관광 인구 유입 등 경제적 파급효과도 가져오도록 최선을 다하겠다", J, d, ["energy-transition", "culture-tourism", "jobs"], "plan"),
 C("신안 8.2GW 해상풍력단지를 2030년까지 조성되면 연간 3천억 원의 주민", None, P, ["energy-transition"], "target"),
], ["신안 해상풍력 상생협의회 연찬회 개최", "신안군어업인연합회 ‘발전사업자 공공기여 동참 촉구’ 결의서 낭독"])
d = "2021-03-21"
G["lz-05-newstong.txt"] = (M("[영상]문재인 대통령, 정부보다 먼저 탄소중립 선언한 충남에 무슨 일이 ?", "2021-03-21T23:16+09:00", "김광열", "뉴스통", "44"), [], [
 C("보령 화력발전소 1·2호기를 계획보다 2년 앞당겨 2020년 12월에 조기 폐쇄했고, 앞으로도 단계적으로 폐쇄해 나갈 계획입니다", None, d, ["energy-transition"], "achievement"),
 C("문재인 대통령은 보령 석탄화력발전소와 대산 수소연료전지발전소를 각각 방문해", None, d, ["energy-transition"], "plan", "문재인"),
 C("일자리를 잃은 노동자에게 양질의 일자리로 보답하는 ‘정의로운 전환’의 모범을 만들고 있습니다", None, d, ["climate-carbon", "jobs"], "statement", "문재인"),
 C("2025년까지 민관이 힘을 합쳐 31조2천억 원을 투자하고, 일자리 23만 개 이상을 만들겠습니다", None, d, ["jobs", "climate-carbon"], "target", "문재인"),
], ["탄소밀집 충남의 역사적인 대전환, 충남 에너지전환과 그린뉴딜 전략 보고", "대표적인 탄소밀집 지역으로, 오랫동안 대한민국의 산업화를 위해 아름다운 환경을 희생해왔습니다", "사람을 품는 포용적 성장을 지향합니다", "충남의 성공을 적극 지원하겠습니다", "탄소중립을 향한 힘찬 다짐을 영상에 담았습니다"])
P = "2022-06-28"; d15 = "2022-06-15"
G["lz-06-sisatotal.txt"] = (M("전라남도, 해상풍력 주민 소통 행보 이어가", "2022-06-28T17:17+09:00", "오승택", "시사종합신문", "46"), [], [
 C("전라남도가 미래 역점 사업으로 추진하는 대규모 해상풍력 프로젝트의 성공적 추진에 필수적인 주민 수용성 확보를 위한 소통 행보를 이어가고 있다", None, P, ["energy-transition"], "statement"),
 C("28일 장흥군 회진복지회관에서 주민, 어업인 등 이해관계자, 시군 공무원 등을 대상으로 제2차 전남 해상풍력 프로젝트 찾아가는 주민참여 설명회를 했다", None, P, ["energy-transition"], "statement"),
 C("전남도는 해상풍력의 필요성, 국내외 동향, 주민참여 제도와 수산업 공존방안을 자세히 설명했다", None, P, ["energy-transition"], "statement"),
 C("어업 보상과 관련해선 해수부 고시로 지정된 어업 손실액 조사 전문기관 목포대학교 갯벌연구소가 해당 절차를 꼼꼼하게 안내했다", None, P, ["energy-transition", "agriculture"], "statement"),
 C("현재 전남 해상에는 계획용량 30GW 규모 해상풍력사업이 추진되고 있다", None, P, ["energy-transition"], "target"),
 C("시군별 계획용량은 신안이 11GW로 가장 많고", None, P, ["energy-transition"], "target"),
 C("현재 장흥은 96MW 해상풍력단지 개발을 위해 풍황 계측을 완료하고 발전사업허가 절차를 밟고 있는 가운데", None, P, ["energy-transition"], "statement"),
 C("주민이 요구하는 시간에 마을회관을 찾아가서 직접 설명했다", None, P, ["energy-transition"], "statement"),
 C("주민참여를 통한 해상풍력 발전수익 공유정책에 대해 발전사가 설", None, P, ["energy-transition"], "statement"),
], ["장흥서 수용성 확보 위한 2차 설명회…궁금증 해소․화합의 장 호평", "훈훈한 지역주민 화합의 장이 됐다고 평했다"])
d = "2025-10-01"; J = "choi-chung-gyu"
G["lz-07-joongdo.txt"] = (M("최충규 대덕구청장 \"사회적 약자 위해 세심한 행정 펼쳐야\"", "2025-10-01T16:55+09:00", "김지윤", None, "30230"), [J, "lee-jang-woo"], [
 C("최충규 대덕구청장이 1일 장애인, 홀몸 어르신 등 사회적 약자에 대한 예산 확보와 정책적 배려 등 보다 세심한 행정을 펼쳐줄 것을 당부했다", J, d, ["welfare"], "plan"),
 C("행정에서 꼭 챙겨야 하는데 예산이 없거나 부족해서 실행하지 못하거나 축소되는 일이 발생해선 안 된다", J, d, ["welfare"], "plan"),
 C("부서 간 협업을 통해 사회적 약자를 챙기는 데 각별히 신경 쓰고, 나아가 내년 본예산 편성 시 사회적 약자를 챙기는 데 최우선으로 배려해 편성해 달라", J, d, ["welfare"], "plan"),
], ["1일 확대간부회의… 취약계층 예산 확보 지시", "최충규 대덕구청장, 사회적 약자 보호·안전 챙긴다", "간부 공무원들에게 애인, 홀몸 어르신 등 사회적 약자에 대한 예산 확보와 세심한 행정을 펼쳐줄 것을 당부하고 있다", "경제가 어려울수록 사회적 약자 계층이 체감하는 고통은 더욱 크다", "이달 말 이장우 대전시장의 대덕구 방문이 예정돼 있다", "대규모 사업은 국·시비 지원이 절대적"])
J = "won-hee-ryong"
G["lz-08-etoday.txt"] = (M(None, None, None, None, "50"), [J, "yoon-jang-hyun"], [
 C("높은 가격과 신재생에너지 생산할 때의 전력계통 수용방법, 시민들의 기존 생활방식 변화 등이 큰 과제", J, None, ["future-vehicles", "energy-transition"], "statement"),
 C("제주는 카본프리(무탄소)를 시대적 사명으로 설정했고, 그 방법으로 전기차를 선택했다", J, None, ["climate-carbon", "future-vehicles"], "statement"),
 C("하지만 2030년까지 전기차 100%란 목표 달성을 위해 극복해야 할 과제가 많다", J, None, ["future-vehicles"], "target"),
 C("전기차에 대한 중앙‧지방정부의 보조금 정책이 영원히 지속될 수 없다", J, None, ["future-vehicles"], "statement"),
 C("보조금이 줄어도 전기차를 구입하고 유지할 수 있도록 동기를 제공할 수 있는 해법을", J, None, ["future-vehicles"], "statement"),
 C("기존 내연기관 차를 중심으로 만들어진 시민들의 생활문화가 이어지면 ‘전기차 100%’ 보급목표는 달성 불가능하다", J, None, ["future-vehicles"], "statement"),
 C("혁명적 정책과 시민들의 생활문화의 변화가 필요하다고 보고 올해 돌파구를 마련하는 게 도전과제", J, None, ["future-vehicles"], "plan"),
 C("탄소를 감축하면서 관련 산업 일자리를 창출하고 지역주민들도 에너지 프로슈머로서 생산과 소비를 함께 하는 소득증대 모델을 갖춰가려 한다", J, None, ["climate-carbon", "energy-transition", "jobs"], "plan"),
 C("주민참여와 기술융합 등을 통해 제주모델의 완성도를 더욱 높여갈 수 있도록 노력하겠다", J, None, ["climate-carbon", "energy-transition"], "plan"),
], ["이 행사는 이날 개막한 제3회 국제전기차엑스포의 한 프로그램으로", "우리나라에선 원 지사와 함께 윤장현 광주시장"])
J = "kim-yung-hwan"
G["lz-09-jcone.txt"] = (M(None, None, None, None, "43"), [J], [
 C("지난 12일 제천 동문시장과 내토시장, 중앙시장을 방문하여 전통시장 상인을 격려하고 원도심 활성화 방안 논의 및 소통의 시간을 위한 간담회를 가졌다", None, None, ["small-merchants", "urban-regeneration"], "statement"),
 C("제천시 원도심 상권활성화 사업(舊상권르네상스)을 추진하고 있는 지역으로", None, None, ["small-merchants", "urban-regeneration"], "statement"),
 C("러브투어 확대 방안 등 관광과 연계한 정책적 제언과 다양한 지역상권 활성화 아이디어를 논의하는 소통의 시간을 가졌다", None, None, ["culture-tourism", "small-merchants"], "statement"),
 C("체류형 관광, 청년세대 유입, 볼거리・즐길거리가 있는 전통시장 문화 확대의 중요성을 강조하는 등 도내 전통시장 활성화를 위해 도 차원에서 적극 노력하겠다", J, None, ["small-merchants", "culture-tourism", "youth-policy"], "plan"),
 C("올해 신규사업으로 「우리동네 문화장날」을 추진 해 전통시장과 지역 특색에 맞는 다양한 문화공연 정기 추진으로 관광객 및 생활인구 유입을 증가시켜 전통시장에 활력을 불어넣겠다", J, None, ["small-merchants", "culture-tourism"], "plan"),
], ["동문・내토・중앙시장 둘러보며 시장 상인 격려, 원도심 활성화 방안 논의", "3개 전통시장을 돌며 상인 한명 한명과 인사를 나누며", "전통시장이야말로 지역 경제의 뿌리"])
os.makedirs('/work/blind/set-lz/gold', exist_ok=True)
for f, (m, offs, cl, nc) in G.items():
    json.dump({"article": f, "metadata": m, "officials": offs, "claims": cl, "not_claims": nc},
              open('/work/blind/set-lz/gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(cl))
print('total', sum(len(v[2]) for v in G.values()))
