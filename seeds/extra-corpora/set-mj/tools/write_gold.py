"""Writes gold/*.json for set-mj (hand annotation; compact tuples -> README format)."""
import json, os
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
M = "min-cheon-sik"; D1 = "2017-01-12"
G["mj-01-segye.txt"] = dict(
 metadata={"headline": "“수도권서 1시간 거리… 최고의 주말 여행지”", "published": "2017-01-12T03:00:00+09:00",
           "reporter": None, "outlet": "세계일보", "jurisdiction": "41650"},
 officials=[M],
 claims=[
  C("포천은 수도권 제일의 휴양도시이자 볼거리 가득한 명품 관광도시입니다", M, D1, ["culture-tourism"], "statement"),
  C("당일치기 여행으로도 좋은 ‘최고의 주말여행지’라고 할 수 있죠", M, D1, ["culture-tourism"], "statement"),
  C("아트밸리 및 산정호수 등 주변 관광지와의 연계로 관광 활성화", M, D1, ["culture-tourism"], "plan"),
 ],
 not_claims=["“수도권서 1시간 거리… 최고의 주말 여행지”", "‘시민과 함께하는 행복도시 포천’ 만들기에 여념이 없다",
             "주요 현안사업을 순조롭게 추진하고 있다", "강남에서 포천 K디자인빌리지까지 30분 이내로 접근할 수 있다",
             "아시아를 대표하는 디자인 허브로 자리매김하게 될 것", "지역경제 활성화에 크게 기여할 것으로 본다",
             "나들이 코스로 포천이 제격이라며"])
K = "kim-seon-gyo"; D2 = "2013-09-05"
G["mj-02-newstown.txt"] = dict(
 metadata={"headline": "양평군, 전국 최고의 친환경농업특구 지역 위상 재정립", "published": "2013-09-05",
           "reporter": "고병진", "outlet": None, "jurisdiction": "41830"},
 officials=[K],
 claims=[
  C("전국최고의 친환경농업특구 지역 위상 제고를 위해 새로운 도약을 시도하고 있다", None, D2, ["agriculture"], "statement"),
  C("‘양평친환경농업인’ 교육을 실시하는 한편", None, "2013-08-28", ["agriculture"], "statement"),
  C("2020년까지 1억 원 이상 고소득 농가를 500농가까지 늘린다는 방침이다", None, D2, ["agriculture"], "target"),
  C("지난달 1일 양평 전통시장 내 양평로컬푸드 직매장을 개장해 운영 중에 있으며", None, "2013-08-01", ["agriculture"], "achievement"),
  C("농업인이 직접 판매하는 친환경농산물 직거래마당을 개장해", None, D2, ["agriculture"], "achievement"),
  C("친환경농업을 중심으로 6차 산업을 적극 육성해 나가겠다”고 말했다", K, D2, ["agriculture"], "plan"),
  C("‘물맑은 양평 산채도시락’을 개발해 판매중에 있으며", None, D2, ["agriculture"], "plan"),
 ],
 not_claims=["김선교 군수, 작지만 강한농업을 6차 산업을 적극 육성해 나가겠다"])
D3 = "2025-09-29"
G["mj-03-asiae.txt"] = dict(
 metadata={"headline": "양평군, '먼저 길을 열고 미래를 잇는다'", "published": "2025-09-29",
           "reporter": None, "outlet": None, "jurisdiction": "41830"},
 officials=[],
 claims=[
  C("경기 양평군이 친환경농업의 대표 도시임을 다시 한번 확인했다", None, D3, ["agriculture"], "achievement"),
  C("30여년간 환경을 지키는 농업을 추진해온 결과다", None, D3, ["agriculture"], "achievement"),
  C("미래 농업 모델을 제시하는 단계로 나아가고 있다", None, D3, ["agriculture"], "achievement"),
  C("친환경농업은 단순한 선택이 아니라 규제 극복의 전략이었다", None, D3, ["agriculture"], "statement"),
  C("농업의 공익적 기능을 극대화하는 데 집중했다", None, D3, ["agriculture"], "statement"),
  C("정책의 뿌리는 1997년 '제2의 농업부흥운동 선언'에서 시작됐다", None, D3, ["agriculture"], "statement"),
  C("1998년에는 '양평환경농업-21'을 선포하며 방향을 구체화했다", None, D3, ["agriculture"], "achievement"),
  C("1999년에는 친환경농업대학을 세워 전문 인력을 양성했고", None, D3, ["agriculture"], "achievement"),
  C("생활 속 실천을 이어가고 있다", None, D3, ["agriculture"], "statement"),
  C("성과는 수치로 증명된다", None, D3, ["agriculture"], "achievement"),
  C("전체 농가의 28%(1634/5805농가)가 친환경 인증을 보유하고 있으며", None, D3, ["agriculture"], "achievement"),
 ],
 not_claims=["상수원 지키는 30년의 선택, 성과로 증명한 친환경농업", "2005년 전국 최초 특구 지정…2026년까지 연장 재도약 채비",
             "한국친환경농업인 전국대회 성황리 개최 미래 비전 공유", "친환경 양평쌀 생산단지 우렁이 방사 행사",
             "군 면적 대부분이 상수원 수질보전 특별대책권역과 수도권 자연보전권역에 묶여"])
D4 = "2022-03-14"
G["mj-04-fnnews.txt"] = dict(
 metadata={"headline": "춘천시, 스마트시티 챌린지 본사업 대상지 선정...국비 60억원 확보", "published": "2022-03-14T16:20+09:00",
           "reporter": "서정욱", "outlet": "파이낸셜뉴스", "jurisdiction": "42110"},
 officials=[],
 claims=[
  C("춘천시가 스마트시티 챌린지 본사업 대상지로 선정됐다", None, D4, ["smart-city"], "achievement"),
  C("14일 춘천시에 따르면 이번 선정으로 향후 2년간", None, D4, ["smart-city", "climate-carbon"], "plan"),
  C("예비사업 솔루션을 고도화하고 공공개방형 데이터 허브구축한다", None, D4, ["smart-city", "fourth-industrial-revolution"], "plan"),
  C("코레일 연계 자율주행 모빌리티 서비스, 전동오토바이 배터리 공유생태계 구축 등 서비스를 확대할 계획이다", None, D4, ["smart-city", "future-vehicles"], "plan"),
  C("시민참여형 탄소배출권플랫폼 기반의 탄소중립도시를 구현할 방침이다", None, D4, ["smart-city", "climate-carbon", "citizen-participation"], "plan"),
  C("탄소중립도시 달성과 친환경 청정교통도시를 구현하여 지속 가능한 스마트 도시를 만들어 나가겠다", None, D4, ["smart-city", "climate-carbon"], "plan"),
 ],
 not_claims=["춘천시, 스마트시티 챌린지 본사업 대상지 선정...국비 60억원 확보", "fnSurvey"])
S = "shin-yeong-jae"; D5 = "2022-09-22"
G["mj-05-news24.txt"] = dict(
 metadata={"headline": "홍천군-홍천군번영회 정책 간담회", "published": "2022-09-23T12:45+09:00",
           "reporter": "오주원", "outlet": None, "jurisdiction": "42720"},
 officials=[S],
 claims=[
  C("홍천군에서 철도유치에 대한 관심과 의지가 있는지 의문", None, D5, ["public-transit"], "criticism", "이규설"),
  C("예타면제를 위해 행정과 번영회가 함께 소통하고 협력하면서 강력하게 대응해 나가야 한다", None, D5, ["public-transit"], "plan", "이규설"),
  C("정부에서 관심을 갖도록 하겠다", S, D5, ["public-transit"], "plan"),
 ],
 not_claims=["국책사업, 기업유치, 지역 현안 등 토의", "토론에서 다뤄진 주요 내용으로는 국책사업과 기업유치",
             "2024년에 국회의원 선거가 있어 내년도가 분수령이 될 것이다", "번영회와 홍천군이 사전에 소통이 되도록 하겠다",
             "항공대 이전 용역과 송전탑, 양수발전소 사업은"])
D6 = "2026-01-13"
G["mj-06-fnnews.txt"] = dict(
 metadata={"headline": "경기도, ‘전세사기 피해 주택 지원 사업’ 지속 추진", "published": "2026-01-13T08:08+09:00",
           "reporter": "김경수", "outlet": "파이낸셜뉴스", "jurisdiction": "41"},
 officials=[],
 claims=[
  C("전세사기 피해 주택 세입자를 대상으로 한 지원 사업을 올해도 시행한다", None, D6, ["housing"], "plan"),
  C("안전 확보 차원의 지원으로 경기도가 전국 최초로 시행했다", None, D6, ["housing"], "achievement"),
  C("안전 확보나 피해 복구가 시급한 전세사기 피해 주택에 거주하는 피해자다", None, D6, ["housing"], "statement"),
  C("지원 한도는 공용부분 최대 2000만원", None, D6, ["housing"], "statement"),
  C("이달 중 신청자 모집을 시작한다", None, D6, ["housing"], "plan"),
  C("관련 절차를 거쳐 지원 대상을 선정한다", None, D6, ["housing"], "plan"),
  C("피해 임차인이 보다 안정적인 주거 환경에서 생활할 수 있도록 사업을 지속 추진하겠다", None, D6, ["housing"], "plan", "김태수"),
  C("2023년 3월 문을 연 경기도 전세피해지원센터는", None, D6, ["housing"], "statement"),
 ],
 not_claims=["피해 주택 공사비 최대 2000만원 지원", "안전 관리·유지 보수 등 공공 지원", "피해 임차인 주거 여건 안정 도모",
             "경기도청 전경. 경기도 제공"])
J = "jeong-myeong-geun"; D7 = "2023-11-23"
G["mj-07-kukinews.txt"] = dict(
 metadata={"headline": "\"필요한 시간과 정류소 선택해 버스 불러요!\"…화성시, ‘광역콜버스’ 운행 시작",
           "published": "2023-11-23T14:39:32+09:00", "reporter": None, "outlet": None, "jurisdiction": "41590"},
 officials=[J],
 claims=[
  C("경기도 화성시가 오는 27일부터 수요응답형 광역교통 서비스인", None, D7, ["public-transit"], "plan"),
  C("원하는 시간과 정류소를 선택해 예약할 수 있는 수요자 맞춤형 서비스다", None, D7, ["public-transit"], "statement"),
  C("44인승 대형버스 2대가", None, D7, ["public-transit"], "plan"),
  C("카카오T 앱의 ‘홈 화면-전체보기-광역콜버스 아이콘’을 통해", None, D7, ["public-transit"], "statement"),
  C("오는 24일부터 일반예약이 가능하며", None, D7, ["public-transit"], "plan"),
  C("차량 내 비치된 QR코드를 인식해 무료로 탑승할 수 있으며", None, D7, ["public-transit"], "statement"),
  C("광역인프라 확보에 매우 중요한 노선이 될 것", J, D7, ["public-transit"], "statement"),
  C("더 나은 대중교통 서비스를 제공할 수 있도록 노력하겠다", J, D7, ["public-transit"], "plan"),
 ],
 not_claims=["광역교통 불편 지역 주민 등 수요응답형 서비스…전국 첫 사례", "동탄기흥로~사당역…올해 말까지 무료 이용 가능",
             "한편 화성시는 지난 6월 국토교통부와 경기도, 지방자치단체 협약 이후"])
Y = "choi-myeong-seo"
G["mj-08-kado.txt"] = dict(
 metadata={"headline": None, "published": None, "reporter": "방기준", "outlet": "강원도민일보", "jurisdiction": "42750"},
 officials=[Y],
 claims=[
  C("태백선 고속열차 조기 도입, 봉래산 관광자원화사업", Y, None, ["public-transit", "culture-tourism", "public-health"], "plan"),
 ],
 not_claims=["유치사업 차질없는 마무리 약속", "“산업·관광·의료 거점도시로”",
             "어렵게 유치하고 시작한 사업들을 중단없이 계속해 차질없이 마무리 하겠다"])
G["mj-09-ajunews.txt"] = dict(
 metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51190"},
 officials=["kim-jin-tae", "lee-sang-ho"],
 claims=[
  C("고용노동부의 고용위기지역 지정을 추진하고 있으며", None, None, ["jobs"], "plan"),
  C("다양한 교육 및 복지 정책으로 지역 발전을 위한 노력을 기울이고 있다고 전했다", None, None, ["education", "welfare"], "statement"),
 ],
 not_claims=["'순직산업전사 위령탑 성역화 사업'의 조속한 추진", "폐광지역 산업의 재도약을 이룰 수 있을 것으로 기대된다",
             "조기폐광에 대한 시민분들의 걱정과 두려움을 뼈저리게 느끼고 있다",
             "장성광업소 부지를 활용한 대체산업이 성공적으로 안착될 수 있도록 노력하겠다"])
os.makedirs('/work/blind/set-mj/gold', exist_ok=True)
n = 0
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f'/work/blind/set-mj/gold/{f}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n += len(g["claims"]); print(f, len(g["claims"]))
print("total", n)
