"""Writes gold/*.json for set-ku (hand annotation)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(G, exist_ok=True)
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
def W(name, meta, officials, claims, nots):
    h, p, r, o, j = meta
    g = {"article": name, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
         "officials": officials, "claims": claims, "not_claims": nots}
    json.dump(g, open(os.path.join(G, name + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(name, len(claims))

O, D = "oh-se-hoon", "2024-11-27"
W("ku-01-newstomato.txt", ("오세훈 시장, 대학교 찾아 서울시 청년들과 토크쇼", "2024-11-27T20:25+09:00", "유근윤", "뉴스토마토", "11"), [O], [
  C("'디딤돌소득'을 비롯한 동행 정책, 이어 '쉬엄쉬엄 한강 3종 축제'·'손목닥터 9988' 등 정책을 소개했습니다", O, D, ["welfare", "culture-tourism", "public-health"], "statement"),
  C("청년 일자리 부족 문제에 공감하며 서울시의 청년을 위한 정책·혜택을 총망라한 '청년몽땅정보통'과 '청년취업사관학교'를 소개하기도 했습니다", O, D, ["youth-policy", "jobs"], "statement"),
  C("경제 생태계가 잘 만들어져야 양질의 일자리가 창출된다", O, D, ["jobs"], "statement"),
], ["오세훈, 청년 일자리 부족 문제 등 공감", "지방에 행정 재량 줘야…자체 발전 전략 세워 경쟁",
    "오 시장은 청년을 위한 정책과 혜택 등에 대해서도 학생들과 소통했습니다",
    "시민 삶의 질을 높이겠다는 철학으로 시장직에 임하고 있다", "서울시장 중도 사퇴와 관련된 진솔한 대화",
    "'리더는 어떻게 세상을 바꾸는가'를 주제로 강연을 했습니다"])

D = "2021-05-16"
W("ku-02-asiatoday.txt", ("청년정책·MZ세대와 소통 늘리는 오세훈", "2021-05-16T16:34+09:00", None, "아시아투데이", "11"), [O], [
  C("MZ세대(밀레니엄+Z세대, 1980~2000년대 출생자)로 통하는 청년세대와 소통창구를 늘리고 정책을 강화하는 행보를 보이고 있다", None, D, ["youth-policy"], "statement"),
  C("당초 4급 규모였던 청년청을 3급 규모로 확대해 1국·2과 단위로 재편하는 것으로 알려졌다", None, D, ["youth-policy"], "plan"),
  C("오 시장은 전임 시장이 만들었던 청년청을 없애는 대신 확대하는 방안을 택했다", None, D, ["youth-policy"], "statement"),
  C("오 시장 후보 시절 청년 관련 공약까지 모두 총괄한다는 계획이다", None, D, ["youth-policy"], "plan"),
  C("경제정책실에서 맡고 있는 청년 일자리 담당 조직이 미래청년기획단으로 옮긴다", None, D, ["youth-policy", "jobs"], "plan"),
  C("청년세대를 위한 맞춤형 정책을 개발한다는 계획을 밝히기도 했다", O, "2021-05-03", ["youth-policy"], "plan"),
  C("서울창업허브를 찾아 스타트업 대표들과 간담회를 갖는가 하면", None, D, ["startup-support"], "statement"),
], ["서울시, 청년청을 미래청년기획단으로 바꿔…3급 규모로 조직 확대", "청년 스타트업 대표들과 간담회…'오세훈TV'로 유투브로도 소통",
    "정책을 강화하는 행보를 보이고 있다. /송의주 기자", "성적 괴롭힘 예방 특별교육 받는 오세훈 시장"])

S, D = "oh-seung-rok", "2025-04-15"
W("ku-03-kollo.txt", ("오승록 노원구청장, ‘2025 세계 지방정부 기후총회’에서 ‘노원형 탄소중립 비전’ 발표", "2025-04-15", None, None, "11350"), [S], [
  C("국제기후협력 도시로서의 노원구의 비전과 정책을 공유했다", S, D, ["climate-carbon"], "statement"),
  C("‘글로벌 기후·에너지 시장협약(GCoM)’에 공식 가입하며, 국제협력의 폭을 확대하고 탄소중립 선도 도시로서의 역할을 강화할 방침이다", None, D, ["energy-transition", "climate-carbon"], "plan"),
  C("‘RE100 구호 선언’ 릴레이와 서명 퍼포먼스에 참여하며 탄소중립에 대한 강한 의지를 전 세계에 알렸다", S, D, ["energy-transition", "climate-carbon"], "plan"),
  C("GCoM 가입을 선언하고 노원구의 ‘노원형 탄소중립 비전’을 발표했다", S, D, ["climate-carbon"], "statement"),
  C("베란다 태양광, 제로에너지 건축(ZEB) 등 노원구의 대표적인 탄소중립 실천 사례를 공유하며", S, D, ["energy-transition", "climate-carbon"], "statement"),
  C("녹색 건축과 도시설계 등 탄소중립 실현을 위한 정책협력 방안을 논의했다", S, D, ["climate-carbon"], "statement"),
], ["총회는 이클레이(ICLEI), 경기도, 경기산업진흥원이 공동 주최했으며",
    "기후위기 대응을 위한 협력방안과 지속가능한 도시실현 전략을 논의한다", "기후위기는 국경을 초월한"])

P, D = "park-il-ha", "2023-08-18"
W("ku-04-rmnews.txt", ("동작구, 사당동 일대 수해 대응 위해 ‘수방 현장사무실’ 운영", "2023-08-18T13:17+09:00", "김용진", "동작경제신문", "11590"), [P], [
  C("선제적 침수피해 예방 및 지원의 일환으로 오는 10월 15일까지 수해 대응을 위한 ‘수방 현장사무실’을 운영한다", None, D, ["disaster-safety"], "statement"),
  C("심각한 침수 피해를 입었던 지역인 만큼 선제적 대응에 총력을 기울이기 위함이다", None, D, ["disaster-safety"], "statement"),
  C("‘수방 현장사무실’을 지난 7월 개소했다", None, D, ["disaster-safety"], "achievement"),
  C("도로침수 대응, 배수 지원, 긴급 구조 등 침수 관련 민원 업무 중심으로 운영한다", None, D, ["disaster-safety"], "statement"),
  C("구청 지하 1층에 재난안전대책본부를 가동했다", None, D, ["disaster-safety"], "achievement"),
  C("본부는 유관기관과 긴밀한 협업체계를 구축해", None, D, ["disaster-safety"], "statement"),
  C("수해 대응에는 신속한 초기 대응이 무엇보다 중요한 만큼 수방 현장사무실을 운영하게 됐다", P, D, ["disaster-safety"], "statement"),
  C("기후재난에 선제적으로 대응해 구민 모두가 안전한 도시, 동작구를 만들겠다", P, D, ["disaster-safety"], "plan"),
], [])

Y = "yoo-jeong-bok"
W("ku-05-newspim.txt", (None, None, "홍재경", "뉴스핌", "28"), [Y], [
  C("강화남단 경제자유구역 지정과 공항경제권 중심 'K-콘 랜드' 조성, 인천형 출생정책의 국가 정책화", Y, None, ["investment-attraction", "culture-tourism", "childcare-birth", "urban-regeneration", "public-transit"], "plan"),
  C("동인천역 일대 제물포르네상스 사업 현장을 방문해 추진 상황을 점검했다", None, None, ["urban-regeneration"], "statement"),
  C("9만3000㎡부지 재개발 사업으로 오는 2029년까지 모두 5120억원이 투입된다", None, None, ["urban-regeneration"], "statement"),
  C("인천 원도심 기능을 재창조하는 이 사업에", Y, None, ["urban-regeneration"], "statement"),
], ["1일 취임 3주년 기자 간담회·전통시장 등 방문", "취임 3주년에서 그동안의 성과에 대해 설명하고 있다",
    "시민이 체감하는 변화와 인천의 미래 비전 실현에 초점을 맞춘 시정 운영을 하겠다", "남은 1년을 결실의 시간으로 삼아",
    "유 시장은 남은 기간 주요 현안 사업을 매듭짓겠다고 약속했다", "2030년 인천의 미래를 꼼꼼하게 그려나가야 할 때",
    "반드시 해야 할 일을 책임 있게 완수하겠다", "서구 강남시장을 찾아 상인들과 오찬을 함께 하며 애로사항을 청취했다"])

L = "lee-jae-hyeon"
W("ku-06-newscj.txt", (None, None, "김미정", "천지일보", "28260"), [L], [
  C("아이 낳고 싶고, 잘 키우고 교육하기 좋은 서구, 아이와 부모가 행복한 서구를 만들어나가겠습니다", L, None, ["childcare-birth", "education"], "plan"),
  C("사망자가 출생아보다 많아지는 자연감소는 올해부터 본격화됐다", L, None, ["childcare-birth"], "statement"),
  C("지난해 세계 최초로 출산율 0%대 국가에 접어들었다", L, None, ["childcare-birth"], "statement"),
  C("출산정책 및 보육과 양육, 교육정책까지 연계한 종합대책인", None, None, ["childcare-birth", "education"], "plan"),
  C("‘인천시 서구 출산·양육 지원에 관한 조례(안)’을 상정하고", None, None, ["childcare-birth"], "plan"),
], ["2022년까지 국공립어린이집 50개소 확충", "출산·입양축하금 첫째 50·둘째 100·넷째 이상 500만 지급",
    "구청 프리핑 실에서 저출산 대책관련 기자회견을 열고 있다", "이같이 말하며 다양한 정책을 제시했다",
    "각종 대형개발사업이 활발히 진행되고 있으며, 이로 인해 젊은 세대 유입이 꾸준히 늘고 있다고 했다"])

K, D = "kim-jeong-sik", "2019-10-09"
W("ku-07-shinailbo.txt", ("미추홀, 정부 도시재생 뉴딜사업 2곳 선정", "2019-10-09T12:54+09:00", "김경홍", "신아일보", "28177"), [K], [
  C("정부에서 지정한 도시재생 뉴딜사업지로 최종 선정됐다", None, D, ["urban-regeneration"], "achievement"),
  C("미추홀 지역 원도심 재생사업에 본격적인 신호탄이 될 전망이다", None, D, ["urban-regeneration"], "statement"),
  C("도화1동 수봉마을이 사업대상지로 최종 선정됐다고 9일 밝혔다", None, D, ["urban-regeneration"], "achievement"),
  C("도시재생 뉴딜사업은 문재인 정부의 주요 국정과제 중 하나로서", None, D, ["urban-regeneration"], "statement"),
  C("‘용현2동 비룡공감 2080’ 168억원, 수봉마을 185억원이 투입된다", None, D, ["urban-regeneration"], "statement"),
  C("이번 도시재생사업을 통해 열악한 주거환경개선과 삶의 질을 향상시켜 골목골목 활력이 넘치도록 노력할 것", K, D, ["urban-regeneration"], "plan"),
  C("사업 성공을 위해 예산 확보와 사업 추진에 만전을 기하겠다", K, D, ["urban-regeneration"], "plan"),
], ["'용현2동 비룡공감2080' 등…원도심 재생사업 본격화"])

D = "2020-12-11"
W("ku-08-newsfreezone.txt", ("인천 옹진군, 정부 그린뉴딜 정책 발맞춰 전기자동차 충전소 확대 앞장", "2020-12-11T10:26+09:00", "김양훈", "뉴스프리존", "28720"), [], [
  C("정부의 그린뉴딜 정책에 발맞추어 지역 내 친환경 전기자동차 충전시설 구축에 적극적으로 앞장서고 있다고 11일 밝혔다", None, D, ["future-vehicles", "climate-carbon"], "statement"),
  C("충전소 구축 사업의 확대가 필요하다는 지적이 지속적으로 제기돼 왔다", None, D, ["future-vehicles"], "criticism"),
  C("십리포와 장경리 공영주차장 내에 설치했다", None, D, ["future-vehicles"], "achievement"),
  C("백령도 공영주차장 등에 추가 설치할 계획이다", None, D, ["future-vehicles"], "plan"),
  C("기존 충전시설을 활용해 이용자 수요에 대비할 방침이다", None, D, ["future-vehicles"], "plan"),
  C("국비와 지방비를 추가 확보해 추진하는 방안도 검토 중", None, D, ["future-vehicles"], "plan"),
  C("전기자동차 충전시설의 신규 설치 및 기존의 충전시설을 적극 활용해 이용자들이 불편함이 없도록 최선을 다 하겠다", None, D, ["future-vehicles"], "plan"),
], ["옹진군 영흥면 십리포 공영주차장에 설치된 전기차 충전소/ⓒ옹진군"])

D = "2013-02-19"
W("ku-09-siminilbo.txt", ("인천 계양구, 올 일자리 4573개 창출", "2013-02-19T15:09+09:00", "문찬식", "시민일보", "28245"), [], [
  C("10개 분야 93개 사업에 4,573개의 일자리 창출에 나선다", None, D, ["jobs"], "target"),
  C("공공부문과 민간부문에서 각각 사업을 이달부터 펼치게 된다", None, D, ["jobs"], "plan"),
  C("6개 분야 89개 사업에 3,189개의 일자리를 창출하며", None, D, ["jobs", "youth-policy", "welfare"], "target"),
  C("금년에 1,200명을 취업목표로 하고 있다", None, D, ["jobs"], "target"),
  C("안정적인 취업으로 이어지도록 도움을 줄 계획이다", None, D, ["jobs"], "plan"),
  C("7천만원 투입해 20명의 일자리를 창출하기로 했다", None, D, ["jobs"], "target"),
  C("지역일자리 창출에 목표대비 121%를 초과 달성하는 등 좋은 성과를 냈다", None, D, ["jobs"], "achievement"),
], ["총 예산 190억 들여 10개 분야 93개 사업 추진", "올해도 구민들의 더 좋은 내일 만들기를 위해"])
