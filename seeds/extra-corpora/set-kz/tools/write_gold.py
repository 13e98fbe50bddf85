"""Writes gold/*.json for set-kz (hand annotation)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
def W(name, meta, officials, claims, nots):
    h, pub, rep, out, jur = meta
    g = {"article": name, "metadata": {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur},
         "officials": officials, "claims": claims, "not_claims": nots}
    open(os.path.join(D, name + '.json'), 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=1))

d = "2025-05-27"
W("kz-01-siminilbo.txt", ("파주시, 2030년 온실가스 40% 감축", "2025-05-27T17:29+09:00", "조영환", "시민일보", "41480"), [], [
  C("파주시 탄소중립 정책의 방향성과 비전을 제시할 예정이라고 27일 밝혔다", None, d, ["climate-carbon"], "plan"),
  C("2050 탄소중립 달성을 위한 파주시의 의지를 표명하고", None, d, ["climate-carbon"], "statement"),
  C("2030년까지 온실가스 배출량을 40% 감축한다는 중기 목표를 공유하고", None, d, ["climate-carbon"], "target"),
  C("탄소중립 실천으로 이룰 지속가능한 미래는", None, d, ["climate-carbon"], "statement"),
], ["파주시, 2030년 온실가스 40% 감축", "오는 5일 탄소중립 비전선포", "건축·교통등 5대 전략 제시",
    "2부 행사로는 재즈밴드, 어쿠스틱 밴드", "탄소중립 오엑스(OX) 퀴즈 등 환경보전을 실천할 수 있는 30여개의 프로그램이 진행될 예정이다"])

d, e = "2024-08-27", "2024-08-23"
W("kz-02-ecoday.txt", ("고양특례시, 스마트시티 구상 구체화", "2024-08-27T16:56+09:00", "문종민", None, "41280"), ["lee-dong-hwan"], [
  C("국토부 공모 '거점형 스마트시티 조성 사업'의 시작을 알리는 착수보고회를 가졌다", None, e, ["smart-city"], "achievement"),
  C("전문가 34명을 자문위원으로 위촉했다", None, e, ["smart-city"], "achievement"),
  C("스마트시티가 가져올 긍정적인 변화와 사업 추진 과정에서 발생할 수 있는 문제점과 해결 방안 논의하며", None, e, ["smart-city"], "statement"),
  C("8개 분야 서비스를 구축 운영하게 된다", None, d, ["smart-city", "future-vehicles"], "plan"),
  C("현재까지 사업비는 402억 원(민간투자 포함)을 투입했다", None, d, ["smart-city"], "statement"),
  C("스마트시티 고양시의 지향점은", None, d, ["smart-city"], "plan"),
  C("시는 인공지능(AI)과 대화형 인공지능(GPT) 기반의 혁신적인 민원 서비스를 도입해", None, d, ["fourth-industrial-revolution", "smart-city", "culture-tourism"], "plan"),
], ["고양시, '거점형 스마트시티 조성사업'착수보고회", "이동환 시장 \"스마트시티 구현, 자족도시 향한 길\"",
    "이동환 시장과 자문위원단, 사업수행 컨소시엄 대표", "e-모빌리티의 핵심인 드론 밸리, 자율주행버스, 디지털 트윈(가상세계 구현)"])

d, e = "2023-10-28", "2023-10-27"
W("kz-03-ekn.txt", ("김진태 도지사 \"지역 소멸 대응 핵심 열쇠는 미래산업 유치\"", "2023-10-28T07:42+09:00", "박에스더", "에너지경제신문", "51"), ["kim-jin-tae"], [
  C("반도체, 바이오헬스 육성에 관심을 가져 줄 것을 요청했다", "kim-jin-tae", e, ["medical-industry"], "statement"),
  C("오색케이블카가 연내 착공을 준비하고 있다고 했다", "kim-jin-tae", e, ["culture-tourism"], "plan"),
  C("현재 12개의 인허가 및 심의 절차 중 11개를 이행해 1개의 절차만을 남겨 뒀고", "kim-jin-tae", e, ["culture-tourism"], "achievement"),
  C("미래산업이 유치되면 양질의 일자리가 생겨 사람이 모이니 미래산업 유치가 곧 지역 소멸 대응의 열쇠", "kim-jin-tae", e, ["jobs", "investment-attraction"], "statement"),
  C("강원특별자치도의 핵심 미래산업인 반도체와 바이오헬스에 관심을 가져달라", "kim-jin-tae", e, ["medical-industry"], "statement"),
], ["김진태 강원특별도지사는 27일 경상북도청에서 윤석열 대통령 주재 제5회 중앙지방협력회의에 참석했다",
    "오늘의 호의 주제가 지역 소멸이다", "중부권 반도체 메가 클러스터에 원주 편입 희망", "특히 중부권 반도체 클러스터에 원주 편입을 요청했다",
    "반도체 인력양성을 위해 반도체산업 발전 협력 협약식을 가진 점 등 그간의 성과를 설명했다", "지역 소멸 대응 핵심 열쇠는 미래산업 유치"])

d = "2022-12-28"; S = "won-gang-su"
W("kz-04-yna.txt", ("원강수 원주시장 \"'반도체 도시' 표방…중부권 중심도시로 도약\"", "2022-12-28T08:55+09:00", "이재현", "연합뉴스", "42130"), [S], [
  C("양질의 일자리를 창출하면서 원주의 미래를 이끌 성장동력을 만들고자 내년에도 계속해서 기업 유치와 신산업 육성에 사활을 걸겠다", S, d, ["jobs", "investment-attraction"], "plan"),
  C("새로운 산업과 투자를 유치하려면 규제 해결이 필수", S, d, ["investment-attraction"], "statement"),
  C("내년 6월 시행되는 강원특별자치도법을 통해", S, d, ["decentralization"], "plan"),
  C("여주∼원주 복선전철 조기 개통, 수도권 광역급행철도(GTX) 연결을 통해", S, d, ["public-transit"], "plan"),
  C("수요 중심의 체감형 문화·예술·관광 인프라 구축은 물론 소외된 시민이 없도록 꼭 필요한 복지 사업에는 재원을 아끼지 않겠다는 의지도 내비쳤다", S, d, ["culture-tourism", "welfare"], "plan"),
  C("유네스코 문학창의도시와 법정문화도시라는 지위에 걸맞은", S, d, ["culture-tourism"], "plan"),
  C("반곡∼금대 지역 폐철도 활용 관광 사업을 착공해 원주시 대표 관광자원으로 만들겠다", S, d, ["culture-tourism"], "plan"),
], ["원주를 '반도체 도시'로 표방해 중부권 반도체 클러스터의 중심도시로 도약할 수 있도록 만반의 준비를 다 하겠다",
    "기업 유치·신사업 육성 사활…발전 막은 환경 관련법 규제 해소", "체육센터를 조성하고 생활체육의 저변을 확대하겠다", "여성 권익 증진, 장애인"])

d = "2015-02-03"; S = "je-jong-gil"
W("kz-05-kmib.txt", ("안산시, 외국힌 주민대표 16명 선출해 외국인 주민행정 적극 지원", "2015-02-03T13:28+09:00", "강희청", "국민일보", "41270"), [S], [
  C("외국인 주민대표 16명이 선출됐다", None, d, ["citizen-participation"], "achievement"),
  C("외국인관련 정책 홍보와 외국인들의 요구를 적극 수용하자는 차원이다", None, d, ["citizen-participation"], "statement"),
  C("다문화 사회를 열어나가기 위해 외국인주민이 많은 16개국을 대상으로 대표자를 선출했다고 3일 밝혔다", None, d, ["citizen-participation", "welfare"], "achievement"),
  C("국가별 대표자 협의회 회의를 개최해 외국인주민행정에 관한 의견을 제시한다", None, d, ["citizen-participation"], "plan"),
  C("축제 공동개최, 종목별 국가대항 체육대회 등을 공동으로 기획할 예정이다", None, d, ["culture-tourism"], "plan"),
  C("2005년부터 외국인주민센터를 운영하며", None, d, ["welfare"], "statement"),
  C("국가별 축제를 각국 대사관과 공동 개최했다", None, d, ["culture-tourism"], "achievement"),
  C("인권과 복지 문제를 합리적으로 해결할 수 있도록 노력하겠다", S, d, ["welfare"], "plan"),
  C("선진 다문화 도시로써의 안산을 만들어가는 데 함께 하자", S, d, ["citizen-participation", "welfare"], "plan"),
], ["안산시, 외국힌 주민대표 16명 선출해 외국인 주민행정 적극 지원", "지난해 말 현재 등록외국인만 7만56명으로",
    "이는 시 전체인구의 10%가 넘고 세계 총 82개국에서 왔다"])

d = "2020-12-21"; S = "lee-jae-myung"
W("kz-06-asiae.txt", (None, "2020-12", "이영규", "아시아경제", "41"), [S], [
  C("1차 재난지원금을 뛰어넘는 지원이 반드시 필요하다고 밝혔다", S, d, ["welfare"], "plan"),
  C("소멸성 지역화폐를 보편 지급해야 한다고 주장했다", S, d, ["small-merchants", "welfare"], "plan"),
  C("경제적 효과면에서 우월하다는 것은 지난 번 경기도의 재난기본소득 지급과", S, d, ["small-merchants", "welfare"], "achievement"),
  C("추가 (재난소득을)지원하는 방안을 심각하게 고민하고 있다", S, d, ["welfare"], "plan"),
  C("이를 위해서는 재원 확보와 함께 경기도의회와의 사전 협의", S, d, ["welfare"], "statement"),
], [])

d = "2023-01-19"
W("kz-07-asiatoday.txt", ("인제군, 군민이 편안하고 안전한 ‘설연휴 종합대책’ 추진", "2023-01-19T11:24+09:00", "이중택", None, "42810"), ["choi-sang-gi"], [
  C("인제군은 유관기관 및 단체와 빈틈없는 비상근무체제를 유지한다는 방침이다", None, d, ["disaster-safety"], "plan"),
  C("군이 추진하는 종합대책은 총 11개 분야로", None, d, ["disaster-safety", "welfare", "public-health"], "statement"),
  C("코로나19 진단검사부터 치료제 처방까지 차질없이 진행할 계획이다", None, d, ["public-health"], "plan"),
  C("각종 재난 안전사고 예방을 위한 선제적 조치로 군민의 불편을 최소화하겠다", "choi-sang-gi", d, ["disaster-safety"], "plan"),
], ["인제군, 군민이 편안하고 안전한 ‘설연휴 종합대책’ 추진", "이번 설에 많은 귀성객이 몰릴 것으로 예상된다"])

W("kz-08-newscj.txt", (None, None, "이현복", "천지일보", "42770"), ["choi-seung-jun"], [
  C("관광 진흥(66건), 대체 산업(13건), 교육·문화·예술(6건), 환경·보건·복지(12건), 기반시설(17건)로 구성됐다", None, None, ["culture-tourism", "education", "welfare"], "statement"),
], ["폐광지역 개발기금 중장기계획 수립 용역 최종보고회’를 개최했다", "중장기계획을 의무적으로 수립하도록 규정됐기 때문이다",
    "강원대학교 산학 협력단에 중장기 개발계획 용역을 발주했으며", "지금까지 폐광기금을 활용해 도로 등 기반시설에 투자했다면"])

W("kz-09-hankookilbo.txt", (None, None, None, None, "51210"), [], [
  C("한때 국민관광지로 이름을 알렸던 설악동 재건사업이 속도를 낸다", None, None, ["culture-tourism", "urban-regeneration"], "plan"),
  C("속초지역 주요 관광자원으로 거듭난다는 계획이다", None, None, ["culture-tourism"], "plan"),
  C("침체한 설악동을 되살리기 위한 재건사업에 들어간다고 18일 밝혔다", None, None, ["culture-tourism", "urban-regeneration"], "plan"),
  C("지난해 설악동 재개발을 위한 실시설계를 마무리했다", None, None, ["culture-tourism", "urban-regeneration"], "achievement"),
  C("미술 거리 조성사업을 시작으로 설악동 재건사업에 돌입한다", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
  C("스카이워크(864m)", None, None, ["culture-tourism"], "statement"),
  C("산림휴양형 공간을 통해 관광객이 설악동에 머무는 시간을 늘려보자는 의도다", None, None, ["culture-tourism"], "statement"),
  C("야외무대를 포함한 소공원을 여름 휴가철인 7월까지 만들 계획이다", None, None, ["culture-tourism"], "plan"),
  C("버스킹을 비롯한 문화 및 휴식공간을 마련해 쉼과 즐길거리 콘텐츠를 채워 넣겠다", None, None, ["culture-tourism"], "plan"),
  C("설악산 문화시설 건축물(옛 홍삼체험관)을 되살리기 위한 리모델링 사업을 내년까지 마무리한다", None, None, ["culture-tourism", "urban-regeneration"], "plan"),
  C("관광기반을 새로 다져 관광객이 모이면 장기적으로 민간투자로 활성화 될 것으로", None, None, ["culture-tourism", "investment-attraction"], "statement"),
], ["설악동은 지난 1980년대까지 수학여행지로 전성기를 누렸다", "장기간 침체가 이어지고 있다",
    "현재 전체 숙박업소와 상가 70% 가까이 문을 닫았고"])
print("ok")
