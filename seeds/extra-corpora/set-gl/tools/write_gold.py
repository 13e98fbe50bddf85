"""Writes gold/*.json for set-gl (hand annotation)."""
import json, os
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}

K, D = "kim-i-gang", "2026-01-01"
G["gl-01-fnnews.txt"] = dict(metadata=M('김이강 광주 서구청장 "착한경제·통합돌봄·정원문화 도시로"', "2026-01-01T13:01+09:00", None, "뉴시스", "29140"),
 officials=[K], claims=[
  C("새해 화두로 '착한 경제도시' '완성형 통합돌봄' '생활 속 정원문화 도시'를 꼽았다", K, D, ["welfare", "culture-tourism"], "plan"),
  C("골목에는 활력이, 집 안에는 돌봄의 온기가, 마을에는 푸른 공원이 펼쳐지는 도시를 향해 힘차게 나아가겠다", K, D, ["small-merchants", "welfare"], "plan"),
  C("우리동네 골목 ON 사업을 통해 상인회가 중심이 돼", K, D, ["small-merchants"], "plan"),
  C("'공공배달앱 할인쿠폰 지원'을 확대해 위축된 소비 심리를 녹이고", None, D, ["small-merchants"], "plan"),
  C("골목상권과 소상공인은 서구 경제의 뿌리이자 근간이다", K, D, ["small-merchants"], "statement"),
  C("서구는 전국 최초 전 지역 골목형 상점가 지정을 완료했다", K, D, ["small-merchants"], "achievement"),
  C("단순한 재정 지원에 그치지 않고 골목의 자생력을 키워 열매를 맺게 하겠다", K, D, ["small-merchants"], "plan"),
  C("'서구형 통합돌봄'을 완성해 대한민국 돌봄의 표준이 되겠다는 포부도 밝혔다", K, D, ["welfare"], "plan"),
  C("오는 4월 서구가 닦아온 통합돌봄 모델이 대한민국 표준이 돼 전국으로 확대된다", K, D, ["welfare"], "achievement"),
  C("내년엔 타 지방정부를 뛰어넘는 '완성형 통합돌봄' 체계를 구축하겠다", K, D, ["welfare"], "plan"),
  C("공백없는 24시간 돌봄과 신속 의료 체계를 강화하고 보건소 권역별 통합건강센터와 연계한 공공의료 돌봄 모형 정착으로", K, D, ["welfare", "public-health"], "plan"),
  C("쉼과 문화가 어우러지는 '생활 속 정원문화 도시' 계획도 밝혔다", K, D, ["culture-tourism"], "plan"),
  C("삶과 일, 여가 모두를 15분 생활권 안에서 즐길 수 있는 '15분 정원문화 도시'를 완성하겠", K, D, ["culture-tourism"], "plan"),
 ], not_claims=["김이강 광주 서구청장 \"착한경제·통합돌봄·정원문화 도시로\""])

D = "2025-11-13"
G["gl-02-segye.txt"] = dict(metadata=M("道, 협의회 구성·운영 업무협약", "2025-11-14", None, None, "44"),
 officials=[], claims=[
  C("탄소중립정책을 선도하고 있는 충청남도가 석탄화력발전소 폐지에 따른 지역경제 충격을 완화하기 위해 노사정이 함께하는 새로운 에너지 전환 협력체계를 구축했다", None, D, ["climate-carbon", "energy-transition", "labor-relations"], "achievement"),
  C("충남도는 13일 ‘충남 노사정 에너지전환협의회 구성·운영 업무협약’ 체결과 함께 내포신도시에 사무실을 개소했다", None, D, ["energy-transition", "labor-relations"], "achievement"),
  C("에너지전환협의회는 화력발전소 폐지가 불가피한 시대적 흐름 속에서 지역소멸 위험, 고용 불안, 산업 위축 문제를 해소하기 위한 전국 첫 노사정 연대 모델이다", None, D, ["energy-transition", "labor-relations", "jobs"], "statement"),
  C("참여 기관들은 협약을 통해 △석탄화력발전소 폐지 지역 지원 특별법 추진 △정의로운 전환 실현", None, D, ["energy-transition", "climate-carbon"], "plan"),
  C("충남도는 이를 ‘정의로운 전환’이라는 개념으로 접근하면서 기후위기 대응과 지역경제 활성화를 동시에 달성하는 전략을 추진하고 있다", None, "2025-11-14", ["climate-carbon"], "statement"),
 ], not_claims=["道, 협의회 구성·운영 업무협약", "협의회에는 충남도와 보령·당진·태안 3개 시군을 비롯해 한국전력공사 노사"])

W = "woo-beom-gi"
G["gl-03-newspim.txt"] = dict(metadata=M(None, None, "이백수", "뉴스핌", "52110"),
 officials=[W], claims=[
  C("현재 다양한 도시재생 및 문화·예술 프로젝트가 진행 중이다", None, None, ["urban-regeneration", "culture-tourism"], "statement"),
  C("종합경기장은 MICE 복합단지로 변모할 예정이며, 한국문화원형 콘텐츠 체험 전시관, 전주시립미술관, 전주문화예술회관의 건립도 추진되고 있다", None, None, ["culture-tourism"], "plan"),
 ], not_claims=["종합경기장 MICE 복합단지, 한국문화원형 콘텐츠 체험 전시관, 전주시립미술관, 전주문화예술회관 건립",
  "'전주의 위대한 도약과 대변혁'을 꾀하겠다고 21일 밝혔다",
  "주민자치협의회와 자생단체 임원진 등 60여 명과 함께",
  "민생, 도시, 경제, 문화, 복지 분야에서 18개 전략을 제시했다",
  "대지마을 도시가스 보급사업, 덕진동주민센터 청사 이전, 덕진광장 공영주차장 확장 등 주민 관심사항에 대한 질의응답도 진행됐다",
  "시는 이날 제기된 다양한 주민 건의사항을 시정에 적극적으로 반영하고",
  "우범기 전주시장이 덕진동에서 시민들과 소통하며 퍼포먼스를 진행하고 있다.[사진=전주시]2025.02.21",
  "민선 8기에서 준비한 전주의 대변혁을 덕진동에서 확실히 보여줄 것"])

D = "2020-05-31"
G["gl-04-joongdo.txt"] = dict(metadata=M("대전 대덕구, '청년 일자리 활성화 지원사업' 공모", "2020-05-31T10:41+09:00", "김소희", None, "30230"),
 officials=["park-jeong-hyeon-30230"], claims=[
  C("대전광역시 대덕구가 오는 5일까지 청년의 창의적 사업 아이템을 발굴하고", None, D, ["jobs", "youth-policy"], "statement"),
  C("총 5개 팀을 선정해 팀별 200만 원씩 사업비와 활동비를 지원하게 된다", None, D, ["jobs", "youth-policy"], "plan"),
  C("창의적인 사업 아이템을 발굴해 지원까지 해준다니 더욱 의욕이 생기며", None, D, ["jobs", "youth-policy"], "statement", "구모"),
  C("이런 사업을 펼쳐주는 대덕구에게도 감사하다", None, D, ["jobs", "youth-policy"], "statement", "구모"),
 ], not_claims=["오는 5일까지 참여자 모집, 5개팀 선정 팀별 200만 원 지원", "1. 대덕구, ‘청년 일자리 활성화 지원사업’ 공모",
  "참여 신청은 구청을 직접 방문하거나 이메일로 하면 된다",
  "청년들의 반짝이는 아이디어와 열정으로 코로나19로 침체된 우리 사회가 다시 활기를 찾을 수 있길 바란다",
  "행정기관에서 각종 청년들을 위한 제도를 있다는 것을 알게됐다"])

D = "2021-12-12"
G["gl-05-newsis.txt"] = dict(metadata=M('초고령사회 괴산군 "청년을 잡아라"', "2021-12-12T08:19+09:00", "강신욱", "뉴시스", "43760"),
 officials=[], claims=[
  C("초고령사회인 충북 괴산군이 '청년 잡기'에 나섰다", None, D, ["youth-policy"], "statement"),
  C("청년층 유입을 위한 정책에 힘쓰고 있다", None, D, ["youth-policy"], "statement"),
  C("청년취업자와 청년농업인 주거비 지원 조항을 신설해", None, D, ["housing", "youth-policy"], "achievement"),
  C("우수사례로 선정한 행복보금자리 조성사업을 추진한다", None, D, ["housing"], "plan"),
  C("백봉초등학교를 살리는 취지로 행복나눔 제비둥지 사업을 펼쳐 성과를 거뒀다", None, D, ["education"], "achievement"),
  C("내년까지 180억원을 들여 9개 면에 행복보금자리 조성사업을 진행한다", None, D, ["housing"], "plan"),
  C("청년마을 만들기 지원사업으로 도시청년의 농촌 정착을 돕고 있다", None, D, ["youth-policy", "agriculture"], "statement"),
  C("농촌생활을 두려워하는 도시청년들에게 농업·농촌 삶에 대한 정확한 정보를 제공하고", None, D, ["youth-policy", "agriculture"], "statement"),
 ], not_claims=["행복보금자리, 청년마을 만들기, 몽도래언덕 조성사업", "행복보금자리 조성사업 현장. (사진=괴산군 제공)",
  "괴산군은 지난 10월 행정안전부가 발표한 '인구감소지역'으로 지정됐다",
  "군은 올해 인구 증가 시책에 관한 조례와 시행규칙을 개정했다"])

R, D = "won-hee-ryong", "2019-05-16"
G["gl-06-kihoilbo.txt"] = dict(metadata=M('원희룡 , 제주 제2공항 작심 토로 무소속 한계도 , "국토부와 짬짜미 환경 아니다"', "2019-05-16", None, "기호일보", "50"),
 officials=[R], claims=[
  C("제2공항은 굳이 필요하지 않다는 주장에 대해", R, D, ["airport-relocation"], "statement"),
  C("원 지사는 파리공항연구단의 연구의 한계에 대해서도 지적했다", R, D, ["airport-relocation"], "criticism"),
  C("우리 제주공항에 대해서 딱 두 번 와서 방문조사를 마치고 갔고", R, D, ["airport-relocation"], "criticism"),
  C("원 지사는 도민설명회 토론회 많이 하려고 했다고 밝혔다", R, D, ["airport-relocation"], "statement"),
  C("제주도가 이것을 자치단체와 국토부나 전문가들이 서로 짬짜미해서 할 정치적인 환경이 전혀 아니다", R, D, ["airport-relocation"], "statement"),
 ], not_claims=["원희룡 제주지사는 16일 제주도 최대 현안인 제 2공항에 대한 입장을 밝혔다",
  "원희룡 , 제주 제2공항 작심 토로 무소속 한계 내비쳐",
  "원 지사는 원더풀TV를 통해 진행과정 등에 대해 상세히 알렸다",
  "또 두번째 쟁점인 지금 공항으로 충분하다는 것에 대해서도 의견을 피력했다"])

L = "lee-choon-hee"
G["gl-07-newscj.txt"] = dict(metadata=M(None, None, "김지현", "천지일보", "36"),
 officials=[L], claims=[
  C("세종형 스마트시티 국가산단을 조성하는 등 국가시범도시로서 미래먹거리 창출 실현을 본격 추진한다", L, None, ["smart-city"], "plan"),
  C("구도심의 도시재생에 스카트시티를 접목하는 방안을 검토하겠다는 것이다", L, None, ["smart-city", "urban-regeneration"], "plan"),
  C("유럽 3개 선진도시에서 스마트시티 우수사례를 벤치마킹하고 국제적 네트워크를 구축하기 위한 가능성을 타진했다", L, None, ["smart-city"], "achievement"),
  C("지난해 1월, 정부는 행복도시 5-1생활권을 4차산업혁명의 모든 기술과 서비스를 구현할 수 있는 스마트시티 국가시범도시로 지정한 바 있다", None, None, ["smart-city", "fourth-industrial-revolution"], "achievement"),
  C("스마트시티 시범도시는 세종시 연동면 일원에", None, None, ["smart-city"], "statement"),
 ], not_claims=["유럽 출장을 다녀온 이춘희 세종시장이 23일 ‘세종형 스마트시티 조성’에 대해 브리핑을 하고 있다",
  "5-1생활권 국가시범도시사업에 공조", "‘2020년 스마트시티 국제포럼’ 개최"])

P, D = "park-u-ryang", "2025-01-16"
G["gl-08-kbc.txt"] = dict(metadata=M('신안군수 "2년 연속 인구 증가..인구 5만 되면 전입 엄격 심사"', "2025-01-16T17:42+09:00", None, None, "46910"),
 officials=[P], claims=[
  C("지난달 24일 비금도가 햇빛 연금을 받았는데", P, D, ["energy-transition"], "achievement"),
  C("오는 7월에는 자은면이 바람 연금을 받게 된다", P, D, ["energy-transition"], "plan"),
  C("약 700메가가 곧 착공되면 약 4조 9,000억 정도 사업이 진행돼서", P, D, ["energy-transition"], "statement"),
  C("2027년이면 전 군민들이 햇빛과 바람 연금 수혜자가 될 수 있다", P, D, ["energy-transition"], "target"),
  C("2032년께 전 군민들이 매월 50만 원을 받을 수 있을 것으로 기대한다", P, D, ["energy-transition"], "target"),
 ], not_claims=["3만 8,000여 명의 신안 인구가 5만이 되면 전입자를 엄격히 심사해 모든 시군이 부러워하는 자족도시 신안군으로 도약할 것입니다",
  "인구감소지역 89개 지자체 중 2년 연속 인구가 증가한 지자체는",
  "인구 5만이 되면 전입자를 엄격히 심사해 모든 시군이 부러워하는 군으로 도약하는 자족도시가 될 것"])

S, D = "park-sang-don", "2023-03-30"
G["gl-09-dynews1.txt"] = dict(metadata=M("천안, 청년 도시 선포", "2023-03-30", "최남일", "동양뉴스", "44130"),
 officials=[S], claims=[
  C("충남 천안시가 청년중심 도시를 선포했다", None, D, ["youth-policy"], "achievement"),
  C("천안시는 30일 시청 대회의실에서 청년의 꿈이 이뤄지는 미래를 여는 천안 조성을 위한 ‘청년친화도시 비전 선포식’을 개최했다", None, D, ["youth-policy"], "achievement"),
  C("청년의 참여 확대를 위한 6가지 과제를 실천해 나가기로 다짐했다", None, D, ["youth-policy"], "plan"),
  C("천안시는 2025년까지 청년을 위한 공공주택 1600호 보급을 목표로", None, D, ["housing", "youth-policy", "jobs", "startup-support"], "target"),
  C("2026년까지 청년기금 200억원을 조성해 모든 분야에서 청년 활동을 적극 지원할 계획이다", None, D, ["youth-policy"], "target"),
  C("청년의 눈높이에 맞는 정책을 촘촘하게 펼쳐 미래를 꿈꾸며 잠재력을 발휘하고 도전할 수 있도록 아낌없는 지원으로 응원하겠다", S, D, ["youth-policy"], "plan"),
 ], not_claims=["박상돈 천안시장 \"청년 정책 촘촘하게 펼쳐 나갈 것\"",
  "생생한 아이디어와 적극적인 소통으로 상상을 현실로 만들어 주길 바란다",
  "천안청년정책위원회, 천안청년정책네트워크 등 100여명의 청년들이 참석했다"])

os.makedirs('/work/blind/set-gl/gold', exist_ok=True)
n = 0
for f, g in G.items():
    out = {"article": f, **g}
    out = {"article": f, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    n += len(g["claims"])
    json.dump(out, open(f'/work/blind/set-gl/gold/{f}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(g["claims"]))
print("total", n)
