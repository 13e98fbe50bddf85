"""Writes set-dt gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
G = '/work/blind/set-dt/gold/'
os.makedirs(G, exist_ok=True)
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(article, meta, officials, claims, not_claims):
    d = {"article": article, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    json.dump(d, open(G + article + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# dt-01 화성 스마트도시 리빙랩 (undated)
JM = 'jeong-myeong-geun'
W("dt-01-sedaily.txt",
  {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41590"},
  [JM],
  [C("‘스마트도시 서비스 시험구축사업’을 확정했다고 18일 밝혔다", None, None, ["smart-city"], "achievement"),
   C("이는 시가 한국토지주택공사(LH)와 손잡고 추진해 온 ‘동탄2 스마트도시 리빙랩’에 따른 것이다", None, None, ["smart-city"], "statement"),
   C("동탄2 스마트도시 리빙랩은 시와 LH가 지난 2020년 7월부터 총사업비 25억 원을 투입해 추진해 온 사업이다", None, None, ["smart-city"], "statement"),
   C("90여 명의 시민참여단을 모집해 지역 내 이슈사항을 도출하고", None, None, ["smart-city", "citizen-participation"], "achievement"),
   C("LH는 도출된 스마트도시 서비스를 내년 상반기까지 구축 완료할 예정이다", None, None, ["smart-city"], "plan"),
   C("전반적인 과정을 시민이 주도적으로 이끌어", None, None, ["smart-city", "citizen-participation"], "plan"),
   C("세분화된 리빙랩을 실시해 지속적으로 스마트도시 리빙랩을 운영할 계획이다", None, None, ["smart-city"], "plan"),
   C("화성시 스마트도시의 중심에는 시민이 있다", JM, None, ["smart-city"], "statement"),
   C("시민중심 스마트도시 구현의 좋은 선례가 될 것", JM, None, ["smart-city"], "statement")],
  [])

# dt-02 부천 미세먼지 (경기일보 2018-07-11)
D2 = "2018-07-11"
W("dt-02-kyeonggi.txt",
  {"headline": "부천시, 미세먼지 낮추기 총력 대응 나섰다", "published": "2018-07-11T18:47+09:00", "reporter": "오세광",
   "outlet": "경기일보", "jurisdiction": "41190"},
  [],
  [C("부천시가 미세먼지를 낮추기 위해 총력 대응에 나섰다.", None, D2, ["fine-dust"], "statement"),
   C("미세먼지 낮춤 방안을 논의하고 추진상황을 점검했다고 11일 밝혔다", None, D2, ["fine-dust"], "statement"),
   C("올해 상반기에 노후 경유차 1천927대를 조기 폐차하고", None, D2, ["fine-dust"], "plan"),
   C("사물인터넷(IoT) 시스템을 구축, 빅테이터로 청소 미흡지역을 분석해 대처하고 있으며", None, D2, ["fine-dust", "fourth-industrial-revolution"], "achievement"),
   C("염수분사시설 170개소에 수돗물을 채워 활용할 방침이다", None, D2, ["fine-dust"], "plan"),
   C("‘클린 부천 스마트시티’ 마스터플랜을 수립하고", None, D2, ["fine-dust", "smart-city"], "plan"),
   C("특히 미세먼지 해결을 위한 미세먼지 대책관실을 직속부서로 신설한다", None, D2, ["fine-dust"], "plan"),
   C("미세먼지 저감 및 기후변화 대응, 부천 클린 스마트시티 추진", None, D2, ["fine-dust", "climate-carbon", "smart-city"], "statement")],
  ["check 3d gpu", "1-1.부천시+미세먼지+낮춤사업+추진상황+보고회", "부천시, 미세먼지 낮추기 총력 대응 나섰다"])

# dt-03 강원 고성군 치매안심센터 (undated)
LG = 'lee-gyeong-il'
W("dt-03-hkbs.txt",
  {"headline": "1,058백만원 투자 보건소 뒤편에 신축", "published": None, "reporter": "최선호", "outlet": "환경일보",
   "jurisdiction": "42820"},
  [LG],
  [C("고성군 보건소 뒤편 치매안심센터에서 개소식을 가졌다", None, None, ["dementia-care"], "achievement"),
   C("치매센터 건립으로 치매관리를 활성화 할수 있게 되였다며", LG, None, ["dementia-care"], "achievement"),
   C("이번에 새로 신축된 고성군치매센터는 총사업비 1,058백만원", None, None, ["dementia-care"], "statement")],
  ["지난 8일 고성군 치매센터 개소식에서 이경일 고성군수가 인사말을 하고있다",
   "150여명이 개소식 행사에 참석했다",
   "본행사로 박옥희 고성군보건소장의 경과보고에 이여서",
   "1,058백만원 투자 보건소 뒤편에 신축"])

# dt-04 평창군 2024 업무계획 (에너지경제신문 2024-01-05)
SJ = 'sim-jae-guk'
D4 = "2024-01-05"
W("dt-04-ekn.txt",
  {"headline": "평창군, \"국제회의 도시 평창을 브랜딩하라\"", "published": "2024-01-05T22:34+09:00", "reporter": "박에스더",
   "outlet": "에너지경제신문", "jurisdiction": "51760"},
  [SJ],
  [C("국내외 큰 행사 유치를 통해 국제회의 도시 평창을 브랜딩한다", None, D4, ["culture-tourism"], "plan"),
   C("농촌협약 사업 추진으로 정주여건을 지속적으로 개선해 나갈 방침이다", None, D4, ["agriculture"], "plan"),
   C("대관령 산악관광, 청옥산 육백마지기 등 중요 산악관광 개발 사업들을 추진할 계획이다", None, D4, ["culture-tourism"], "plan"),
   C("고령농업인 특수건강검진 지원과 농작업 안전재해예방 교육을 통해 안전한 영농환경을 개선한다", None, D4, ["agriculture", "public-health", "disaster-safety"], "plan"),
   C("반값 농자재 사업은 군민 의견을 반영한 개선책으로 만족도를 높이고", None, D4, ["agriculture"], "plan"),
   C("군은 평창관광문화재단을 설립한다", None, D4, ["culture-tourism"], "plan"),
   C("관광·문화·축제를 통합하는 전문 플랫폼을 구축한다", None, D4, ["culture-tourism"], "plan"),
   C("장암산 하늘자연휴양림, 목재문화체험장, 치유의 숲 등 관광시설을 마무", None, D4, ["culture-tourism"], "plan")],
  ["5일 지난해 부서별 주요 성과 및 올해 주요 업무계획 보고회 개최",
   "심재국 평창군수는 5일 올해 주요업무계획 보고를 받고 있다",
   "심재국 평창군수는 5일 군청 대회의실에서 올해 업무계획 보고회를 주재했다",
   "부서 간 협업할 사항을 토론하는 시간을 가졌다"])

# dt-05 경기도 따복마을 (국민일보 2015-09-23, event 22일)
NK = 'nam-kyung-pil'
D5 = "2015-09-22"
W("dt-05-kmib.txt",
  {"headline": "시세 70% 수준 임대주택 공급… 경기도 ‘따복마을’ 계획 공개", "published": "2015-09-23T02:49+09:00",
   "reporter": "강희청", "outlet": "국민일보", "jurisdiction": "41"},
  [NK],
  [C("시세의 70% 수준으로 공급하는 경기도형 임대주택을 짓는다", None, D5, ["housing"], "plan"),
   C("주거복지 사각지대에 놓인 취약계층에게 공급하겠다는 것이다", None, D5, ["housing", "welfare"], "plan"),
   C("경기도형 임대주택인 ‘따복마을’ 공급계획을 공개했다", NK, D5, ["housing"], "plan"),
   C("따복마을사업은 전국 최초로 시도되는 민·관합동 프로젝트로", NK, D5, ["housing"], "statement"),
   C("문제를 획기적으로 개선하는 임대주택이 될 것으로 기대한다", NK, D5, ["housing"], "statement"),
   C("민·관합동으로 사업을 추진해 고품질 주택을 짓겠다는 방침이다", None, D5, ["housing"], "plan"),
   C("입주대상은 주거복비 부담으로 어려움을 겪는", None, D5, ["housing", "welfare"], "statement")],
  ["시세 70% 수준 임대주택 공급… 경기도 ‘따복마을’ 계획 공개"])

# dt-06 춘천 육동한 기자간담회 (세계일보 page, 2026-01-06)
YD = 'yuk-dong-han'
D6 = "2026-01-06"
W("dt-06-segye.txt",
  {"headline": None, "published": "2026-01-06", "reporter": None, "outlet": None, "jurisdiction": "51110"},
  [YD],
  [C("춘천시 주택공급 압력에 대한 해석도 내놨다", YD, D6, ["housing"], "statement"),
   C("춘천이 현재 받고 있는 주택공급 압력을 가구로 환산하면 4만 가구가 넘는다", YD, D6, ["housing"], "statement")],
  ["인구 30만명 시대를 열겠다고 공언해온 육동한 춘천시장이",
   "가능성은 제로",
   "춘천시 인구가 전년보다 감소한 것으로 집계됐다",
   "인구지원 조례가 폐지되는 등 시의회에서 도움을 주지 않았다",
   "시의회를 설득해 인구지원 조례를 다시 만들 것",
   "시에서 추진하는 모든 사업이 중장기적으로 보면 인구 증가 정책이라고 항변하기도 했다",
   "기업혁신파크는 인구 3만 도시를 도모한다",
   "춘천역 역세권 개발도 인구 유입을 촉진할 것",
   "많은 젊은이들이 춘천에서 일하고 활동하도록 하는 요소가 될 것",
   "2026년 시정운영 방향을 제시하고 있다. 춘천시 제공"])

# dt-07 고양페이 인센티브 (undated)
LJ = 'lee-jae-jun-41280'
W("dt-07-gpnews.txt",
  {"headline": None, "published": None, "reporter": "이만희", "outlet": None, "jurisdiction": "41280"},
  [LJ],
  [C("고양페이 인센티브 충전한도를 월 10만원에서 월 30만원 상향 지급한다", None, None, ["small-merchants"], "plan"),
   C("시는 인센티브 충전한도 상향을 위해 2021년 제3회 추경에 45억 원을 확보했다", None, None, ["small-merchants"], "achievement"),
   C("이번 충전한도 상향은 연말을 앞두고 고양시 소상공인의 매출증대와 지역상권 활성화에 도움이 될 것으로 보인다", None, None, ["small-merchants"], "statement"),
   C("고양페이는 지역 내 소비를 늘리고 소상공인․자영업자의 매출 증대를 도와", LJ, None, ["small-merchants"], "statement"),
   C("지역경제 활성화의 마중물이 되는 정부지원이 확대되어야한다", LJ, None, ["small-merchants"], "plan"),
   C("발행 누적액이 3,900억 원을 초과했으며", None, None, ["small-merchants"], "achievement")],
  [])

# dt-08 성남 시립 지역아동센터 (국민일보 2013-10-04)
D8 = "2013-10-04"
WC = ["welfare", "childcare-birth"]
W("dt-08-kmib.txt",
  {"headline": "성남시, 시립 아동센터 3곳 설치", "published": "2013-10-04T17:39+09:00", "reporter": "김도영",
   "outlet": "국민일보", "jurisdiction": "41130"},
  [],
  [C("맞벌이 가정의 자녀를 돌보는 지역아동센터를 구마다 설치한다", None, D8, WC, "plan"),
   C("수정·중원·분당구별로 한 곳씩 올 연말까지 설치, 운영한다고 4일 밝혔다", None, D8, WC, "plan"),
   C("지역아동센터는 방과 후 나 홀로 방치되는 맞벌이 가정 아동 위주로 운영된다", None, D8, WC, "statement"),
   C("시는 24억7000여만 원의 예산을 확보해 지난 7월부터 건물 리모델링 공사를 진행 중이다", None, D8, WC, "statement"),
   C("지역아동센터 소재지는 수정구 양지동 570", None, D8, WC, "statement"),
   C("센터별 정원은 40명이며 개소 시점은", None, D8, WC, "statement"),
   C("시는 공모를 통해 위탁 운영자를 선정한다", None, D8, WC, "plan"),
   C("시립 지역아동센터 설립은 맞벌이 가정 아동도 사회 안전망 속에서 보호하려는 목적", None, D8, WC, "statement")],
  ["도담은 ‘탈 없이 건강하게 잘 자라라’ 뜻이다", "성남시, 시립 아동센터 3곳 설치"])

# dt-09 삼척 석탄산업전환지역 조례 (아시아경제 2026-02-03)
D9 = "2026-02-03"
W("dt-09-asiae.txt",
  {"headline": None, "published": "2026-02-03", "reporter": "이종구", "outlet": "아시아경제", "jurisdiction": "51230"},
  [],
  [C("석탄산업에서 의료·관광·대학도시로의 정책 전환을 반영하고", None, D9, ["medical-industry", "culture-tourism", "education", "citizen-participation"], "statement"),
   C("정부의 '지역사회 통합돌봄' 정책과 연계해", None, D9, ["welfare", "medical-industry"], "statement"),
   C("주거비·생계비 지원, 의료비 및 교육비 지원 등을 포함하고 있다", None, D9, ["housing", "welfare", "education"], "statement"),
   C("창업기업, 이전기업, 보건·의료 및 농축산업 분야에 대한 지원 근거를 마련하는", None, D9, ["startup-support", "investment-attraction", "medical-industry", "agriculture"], "statement")],
  ["석탄산업전환지역의 현안을 통합적으로 관리·지원하기 위한 조례 제정을 추진한다",
   "석탄산업전환지역 통합지원 조례는 폐광 이후 지역경제와 주민 생활을 안정적으로 전환하기 위한 제도적 장치",
   "시민들의 의견을 적극 반영해 실질적인 지원이 이루어질 수 있도록 최선을 다하겠다",
   "투자가를 위한 경제콘텐츠 플랫폼"])
print('written')
