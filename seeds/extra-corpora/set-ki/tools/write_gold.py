"""Write set-ki gold files (hand annotation)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jurisdiction}

D1 = "2019-06-03"; CJT = "cha-jun-taek"
D2 = "2024-04-16"; YH = "yun-hwan"
D3 = "2014-04-11"; ET = ["energy-transition"]
D4 = "2021-03-20"; KYJ = "kim-yeong-jong"
D5 = "2019-06-20"; SM = ["small-merchants"]; AKH = "안광호"
D7 = "2025-09-05"; CP = ["citizen-participation"]; PGS = "park-gang-su"
D8 = "2025-08-24"; DS = ["disaster-safety"]
PWS = "park-won-soon"; AG = ["agriculture"]; JYG = "jo-yun-gil"

GOLD = {
"ki-01-ifm.txt": (M("부평구, 전국 지방자치단체 일자리대상 ‘특별상’ 수상", "2019-06-03", "최상철", "경인방송", "28237"), [CJT], [
    C("8천만 원의 재정지원 인센티브를 받았다고 오늘(3일) 밝혔습니다", None, D1, ["jobs"], "achievement"),
    C("'지역일자리목표 공시제'를 통해 자치단체의 일자리 창출 노력과 성과를 의무적으로 공시하고 있습니다", None, D1, ["jobs"], "statement"),
    C("인천에서는 인천시와 10개 군·구 중 부평구가 해당부문 수상기관에 올랐습니다", None, D1, ["jobs"], "achievement"),
    C("평가에서 구는 청년 취·창업 지원 일자리 정책", None, D1, ["jobs", "youth-policy", "startup-support"], "achievement"),
    C("한국GM 노사양측을 만나며 한국GM 안정화를 위한 노력", None, D1, ["jobs", "labor-relations", "urban-regeneration", "welfare"], "achievement"),
    C("올해도 10,562개 일자리를 목표로 청년 창업 지원", None, D1, ["jobs", "youth-policy", "startup-support"], "target"),
    C("행정력을 집중해 추진한 일자리 창출의 성과들이 인정받게 돼 기쁘다", CJT, D1, ["jobs"], "achievement"),
    C("앞으로도 희망을 만드는, 행복을 만드는 부평구 일자리 창출에 최선을 다하겠다", CJT, D1, ["jobs"], "plan"),
  ], ["부평구, 전국 지방자치단체 일자리대상 ‘특별상’ 수상"]),
"ki-02-newsis.txt": (M("인천 계양구의회 신청사 착공, 29년 만에 구청 옆으로 간다", "2024-04-16T16:35:21+09:00", "이루비", "뉴시스", "28245"), [YH], [
    C("계양구의회 청사 신축 건립을 본격 추진한다고 16일 밝혔다", None, D2, ["city-hall"], "plan"),
    C("29년여 만에 구청 건물 옆에 구의회 신청사를 마련한다", None, D2, ["city-hall"], "plan"),
    C("구는 2025년 11월 준공을 목표로 이날 구의회 청사 착공에 들어갔다", None, D2, ["city-hall"], "achievement"),
    C("총사업비 약 174억원을 투입", None, D2, ["city-hall"], "plan"),
    C("구의회 신청사 건립을 통해 그동안의 행정적 불편을 해소하고", YH, D2, ["city-hall"], "plan"),
    C("안전을 최우선으로 신청사가 적기에 준공될 수 있도록 최선을 다하겠다", YH, D2, ["city-hall"], "plan"),
  ], ["인천 계양구의회 신청사 착공, 29년 만에 구청 옆으로 간다",
      "작전동에 있는 기존 구의회 청사는 계양구청과 떨어져 있어",
      "근린생활시설로 건립된 건물이라 구조와 기능면에서 적절하지 않은 부분이 있었다"]),
"ki-03-maeil.txt": (M("노원구 ‘태양의 도시 선언’ 아파트 베란다 햇빛발전소", "2014-04-11T16:07+09:00", "백중현", "매일일보", "11350"), [], [
    C("미니 태양광 발전기 400세대를 설치하기로 하고 1억2000만원의 예산을 편성했다고 밝혔다", None, D3, ET, "target"),
    C("아파트 베란다에 미니 태양광 발전시설 보급을 늘리기 위한 방안으로 설치비의 절반인 30만원을 전액 구비로 지원한다는 것이다", None, D3, ET, "plan"),
    C("이번에 구가 보급하는 미니 태양광 발전기는 200~250W로", None, D3, ET, "statement"),
    C("통상 250W짜리 미니 태양광 발전시설에서 한 달 24Kw의 전기를 생산", None, D3, ET, "statement"),
    C("신청기간은 이번 달 말까지로, 가구별 1세트씩 신청가능하며", None, D3, ET, "statement"),
  ], ["노원구 ‘태양의 도시 선언’ 아파트 베란다 햇빛발전소",
      "공동주택 400가구 미니 태양광 설치비 30만원 지원",
      "구 전체 주택의 82%가 아파트로 구성돼 있다",
      "1억2000만원의 예산을 편성해 설치비의 절반인 30만원을 구비로 지원하기로 했다",
      "태양광 패널을 고정한 뒤 인버터에 달린 플러그를 가정의 콘센트에 꽃아 놓으면"]),
"ki-04-wowmedias.txt": (M("서울 자치구들, 역대 최악의 청년 고용 맞아 청년 지원사업 봇물", "2021-03-20T06:01+09:00", None, None, "11110"), [KYJ], [
    C("서울 자치구들이 역대 최악의 청년고용 한파를 맞아 청년 창업 등 지원사업을 잇따라 내놓고 있다", None, D4, ["youth-policy", "startup-support", "jobs"], "statement"),
    C("올해 종로청년숲은 12월까지 지속적으로 상설 운영할 예정", KYJ, D4, ["youth-policy"], "plan"),
    C("청년 일자리 창출을 위해 마켓 지원뿐 아니라 창업센터 운영과 관련 프로그램 등을 꾸준히 운영하고", KYJ, D4, ["youth-policy", "jobs", "startup-support"], "plan"),
    C("서초구는 연말까지 만 19살~34살의 관내 청년 400명을 대상으로 취업준비 전과정을 지원하는", None, D4, ["youth-policy", "jobs"], "plan"),
  ], ["서울 자치구들, 역대 최악의 청년 고용 맞아 청년 지원사업 봇물"]),
"ki-05-incheonilbo.txt": (M("같이 쓰는 '인천e음' 가치도 커집니다", "2019-06-20", "곽안나", None, "28"), [], [
    C("지역사랑상품권인 '인천e음카드'는 올해 초 본격 출시됐다", None, D5, SM, "achievement"),
    C("실패로 돌아간 지역화폐 사업이란 인식에 인천e음에 거는 기대는 사실 그리 크지 않았다", None, D5, SM, "criticism"),
    C("그저 때 되면 나오는 보여주기식 사업에 그칠 것이라는 평가들도 쏟아졌다", None, D5, SM, "criticism"),
    C("예상을 깨고 인천에는 놀랍게도 'e음' 열풍이 불고 있다", None, D5, SM, "achievement"),
    C("인천e음 플랫폼을 활용한 기초단체 e음카드가 잇따라 출시되면서 수많은 시민들이 인천e음을 선택한다", None, D5, SM, "achievement"),
    C("반년만에 유의미한 성과를 거두고 있어", None, D5, SM, "achievement", AKH),
    C("공유경제몰과 기부 기능을 접목해 e음카드 시장을 확대하겠다는 계획도 밝혔다", None, D5, SM, "plan", AKH),
    C("휴대폰 애플리케이션을 통해 공유경제몰을 운영하려고 한다", None, D5, SM, "plan", AKH),
  ], ["같이 쓰는 '인천e음' 가치도 커집니다",
      "사업 성공으로 이끈 안광호 인천시 소상공인정책팀장",
      "공유경제몰·기부기능 접목 통해 시장 확대 계획 밝혀",
      "눈 코 뜰 새없이 바쁜 하루하루를 보내고 있다",
      "인천e음을 궁금해하는 전국 곳곳을 찾아다니며 사업을 알린다",
      "300만 시민 모두를 이을 수 있는 인천을 만들기위해 열심히 노력하겠다"]),
"ki-06-joongboo.txt": (M(None, None, None, "중부일보", "28720"), [JYG], [
    C("인천시 옹진군의 2017년도 역점사업은 ‘풍요로운 농·어업 육성’이다", None, None, AG, "plan"),
    C("유·무인도 100여개와 농지 28.6㎢를 보유한 지역에 걸맞은 행정에 중심을 두겠다는 것이다", None, None, AG, "plan"),
    C("올해 옹진군은 이를 극복하기 위해 중추 산업으로 꼽히는 농업과 어업분야에 지원을 확대할 계획", JYG, None, AG, "plan"),
    C("기후변화에 대응한 기술을 개발함으로써 대외 경쟁력을 강화하고", None, None, ["agriculture", "climate-carbon"], "plan"),
    C("옹진군 핵심 산업인 어업에서의 키워드는 ‘불법조업 방지’다", None, None, AG, "statement"),
    C("중국어선을 막을 수 있는 불법조업 방지시설을 확대 설치키로 했다", None, None, AG, "plan"),
    C("안전한 어로지도를 위한 다목적 수산자원 감시선도 올해 건조", None, None, AG, "achievement"),
    C("양식사업의 활로를 찾을 수 있도록 해삼, 조피볼락, 바지락, 동죽 등 수산자원을 적극 방류한다는 계획이다", None, None, AG, "plan"),
    C("갑작스런 홍수, 태풍에 대비해 선착장, 방파제, 부잔교 등은 지속적으로 보강할 방침이다", None, None, ["agriculture", "disaster-safety"], "plan"),
    C("3천 가구의 농가를 위한 대책도 마련했다", None, None, AG, "plan"),
    C("유기질비료와 토양개량제 등을 통한 친환경 농업을 육성한다", None, None, AG, "plan"),
    C("옹진군 목표는 청정 고품질의 농산물 생산이다", None, None, AG, "plan"),
    C("‘1도서 1특산품’을 육성하기 위해 고추, 인삼, 고구마 등을 브랜드화 하겠다는 복안이다", None, None, AG, "plan"),
  ], ["옹진군은 지난해 기록적인 폭염과 중국어선의 불법조업, 어구침탈 등으로 농·수산업 경영에 어려움을 겪었다"]),
"ki-07-asiae.txt": (M(None, "2025-09-05", "김민진", "아시아경제", "11440"), [PGS], [
    C("2026년도 예산편성을 위해 주민 설문조사를 이달 22일까지 진행한다", None, D7, CP, "plan"),
    C("이번 조사는 주민 의견을 적극적으로 반영해 예산 편성 과정의 투명성과 효율성을 높이기 위해 마련됐다", None, D7, CP, "statement"),
    C("설문 참여 대상은 마포구민을 비롯해", None, D7, CP, "statement"),
    C("설문지는 기본사항(4문항)", None, D7, CP, "statement"),
    C("참여 방법은 서울시 엠보팅 홈페이지(mvoting.seoul.go.kr)에서", None, D7, CP, "statement"),
    C("마포구는 설문 결과를 2026년 예산 편성에 적극 반영할 방침이다", None, D7, CP, "plan"),
    C("실질적인 변화를 체감할 수 있는 예산이 편성될 수 있도록 최선의 노력을 다하겠다", PGS, D7, CP, "plan"),
  ], ["이달 22일까지 서울시 엠보팅 통해 참여",
      "박강수 마포구청장이 주민참여예산위원 위촉식에서 인사말을 전하고 있다",
      "주민 한 분, 한 분의 의견은 더 좋은 마포를 만들어가는 밑거름이 된다",
      "숏 뉴스 AI 요약 기술은 핵심만 전달합니다"]),
"ki-08-asiae.txt": (M(None, "2025-08-24", None, None, "11545"), ["yu-seong-hun"], [
    C("역대급 폭염에 대응해 무더위쉼터를 추가 설치하며 주민 안전 확보에 나섰다", None, D8, DS, "achievement"),
    C("기존 93개소 무더위쉼터에 더해 14개소를 추가 개방해 총 107개소를 운영한다고 24일 밝혔다", None, D8, DS, "achievement"),
    C("무더위쉼터는 여름철 폭염으로 인한 온열질환을 예방하기 위해", None, D8, DS, "statement"),
    C("특히 취약계층 보호를 위해 맞춤형 쉼터 기능도 강화됐다", None, D8, ["disaster-safety", "welfare"], "achievement"),
    C("구는 지난 2일부터 8개 공공시설, 20일부터 금천정원지원센터 1개소", None, D8, DS, "achievement"),
    C("특히 이 중 8개소는 폭염특보 발효 시 운영 시간을 연장하고", None, D8, DS, "achievement"),
    C("‘야간 목욕장’을 지난해 2곳에서 올해 9곳으로 확대해", None, D8, DS, "achievement"),
    C("관내 숙박업소와 협력해 안전숙소 3곳도 확보했으며", None, D8, DS, "achievement"),
    C("관내 부동산 중개사무소 13곳을 ‘무더위 휴식공간’으로 개방했다", None, D8, DS, "achievement"),
    C("구는 무더위쉼터 점검반을 운영해", None, D8, DS, "statement"),
    C("쉼터 위치와 운영시간은 서울시 재난안전정보 포털 ‘서울안전누리’에서 확인할 수 있다", None, D8, DS, "statement"),
  ], ["14개 공공시설 무더위쉼터로 추가 개방",
      "유성훈 금천구청장이 무더위쉼터를 방문해 주민 의견을 듣고 있다",
      "민간 참여도 이어지고 있다"]),
"ki-09-businesspost.txt": (M(None, None, None, None, "11"), [PWS], [
    C("박원순 서울시장이 임기 말까지 40만 호의 공공임대주택을 갖추겠다고 했다", PWS, None, ["housing"], "target"),
    C("서울시의 핵심 주거정책은 공공임대주택을 대규모로 확대하는 것", PWS, None, ["housing"], "plan"),
    C("모두 40만 호의 공공임대주택을 갖춰 서울 주택 380만 호의 10%가 넘게 될 것", PWS, None, ["housing"], "target"),
    C("다음 시장이 똑같이 노력하면 10년 뒤에는", PWS, None, ["housing"], "statement"),
    C("싱가포르처럼 전체 주택의 98%를 공공임대주택으로 공급해", PWS, None, ["housing"], "statement"),
    C("또 다른 주거정책으로 서울시의 신혼부부 전세보증금 지원대책을 강조하기도 했다", PWS, None, ["housing"], "statement"),
    C("전월세 인상을 제한할 수 있는 권한을 시장에게 달라고 요청하는 것", PWS, None, ["housing", "decentralization"], "plan"),
  ], ["민선 7기 서울특별시장 2주년 기자간담회’를 진행하고 있다",
      "부시장을 현재 3명에서 5명으로 늘리겠다고 했다",
      "행정1·2부시장이라는 명칭은 관료적 냄새가 난다"]),
}

for name, (meta, officials, claims, not_claims) in GOLD.items():
    doc = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    (G / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(claims))
print("total", sum(len(v[2]) for v in GOLD.values()))
