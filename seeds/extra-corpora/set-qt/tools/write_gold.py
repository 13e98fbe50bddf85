"""Writes gold/*.json for set-qt (hand annotation)."""
import json, os
G = '/work/blind/set-qt/gold/'
os.makedirs(G, exist_ok=True)
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(art, md, off, claims, nc):
    json.dump({"article": art, "metadata": md, "officials": off, "claims": claims, "not_claims": nc},
              open(G + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

# qt-01 충주 2019-02-11
d = "2019-02-11"; J = "jo-gil-hyeong"; E = ["energy-transition"]; F = ["future-vehicles"]
W("qt-01-cctimes.txt",
  {"headline": "충주시 수소도시 조성 `선제 대응'", "published": "2019-02-11T20:25+09:00", "reporter": "윤원진",
   "outlet": None, "jurisdiction": "43130"}, [J],
  [C("조길형 충주시장(사진)이 능동적 대응을 주문해", J, d, E, "plan"),
   C("수소도시 조성을 위한 법제 개선방안'에 대한 연구용역을 발주해", None, "2019-02-08", E, "plan"),
   C("수소도시는 수소의 생산과 이송, 저장, 활용까지", None, d, E, "statement"),
   C("수소 시범도시 3곳을 정해 2022년까지 조성할 예정이다", None, d, E, "target"),
   C("수소 시범도시에 대한 공모를 조만간 진행할 예정이다", None, d, E, "plan"),
   C("곧바로 지자체 신청을 받는다는 계획이다", None, d, E, "plan"),
   C("규제 특례나 세제 감면 등의 인센티브를 부여하는 방안이 논의되고 있다", None, d, E, "statement"),
   C("수소차 생산 인프라를 시의 미래성장동력으로 삼아 총력 대응에 나선다는 방침", None, "2019-01-07", F, "plan"),
   C("수소차를 중심으로 자동차부품산업 클러스터를 조성해", None, d, F, "achievement"),
   C("수소전기자동차 ONE-STOP지원센터 건립 등 인프라도", None, d, F, "plan")],
  ["조길형 시장, 현안업무보고회서 능동 대처 주문", "현대자동차 `수소차 비전 2030' 투자계획이 발판이 됐다"])

# qt-02 진주 2021-11-23
d = "2021-11-23"; J = "jo-gyu-il"; D = ["decentralization"]
W("qt-02-newscj.txt",
  {"headline": "진주시, 혁신도시 11개 공공기관과 현안사업 논의", "published": "2021-11-23", "reporter": "최혜인",
   "outlet": "천지일보", "jurisdiction": "48170"}, [J],
  [C("혁신도시 거주여건 개선을 위한 추진사업과 2023년 아시아역도선수권대회 유치", J, d, D, "statement"),
   C("코로나19로 연기 개최되는 12월 축제, 혁신도시 시즌2 등 주요 현안에 대해 설명하고", J, d, ["culture-tourism", "decentralization"], "statement"),
   C("공공기관의 혁신도시 정주여건 개선과 클러스터 활성화를 위한 지원에 감사를 전한다", J, d, D, "statement"),
   C("수도권 공공기관의 추가 이전 시 혁신도시 내 공공기관과 연관기관이 진주시로 이전될 수 있도록 협조를 당부드린다", J, d, D, "plan"),
   C("경남혁신도시에는 LH와 한국남동발전을 비롯한 11개의 공공기관이 자리잡고 있다", None, d, D, "statement")],
  ["혁신도시 11명의 공공기관장과 지역 현안사업과 혁신도시 활성화, 상생발전을 위한 간담회를 열었다고 밝혔다",
   "12월 축제 등 지원·협조 당부", "기념촬영을 하고 있다"])

# qt-03 사상구 2015-10-24
d = "2015-10-24"; U = ["urban-regeneration"]
W("qt-03-newsis.txt",
  {"headline": "사상구, 도시재생사업 잇따라 추진", "published": "2015-10-24T08:27+09:00", "reporter": "하경민",
   "outlet": "뉴시스", "jurisdiction": "26530"}, [],
  [C("부산 사상구 일대에 도시재생 사업이 잇따라 추진된다", None, d, U, "plan"),
   C("'서부산권 도시재생 특화마을 조성사업' 대상지로 선정됐다고 24일 밝혔다", None, d, U, "achievement"),
   C("사업 대상지는 붉은디마을(학장동 25~26통)", None, d, U, "statement"),
   C("총사업비 200억원(새밭마을 사업비 68억원 확보)을 투입해 특화마을 조성사업을 시행할 예정이다", None, d, U, "plan"),
   C("특화마을 조성사업은 관 주도가 아닌 민·관 협력 거버넌스 방식으로 추진된다", None, d, U, "statement"),
   C("각 마을에 형성된 주민공동체가 직접 나서 지역 실정에 맞게 환경을 개선하고", None, d, U, "statement"),
   C("공공·문화·판매시설 등과 연계한 도시재생 방안도 추진된다", None, d, U, "plan"),
   C("국토교통부의 2016년 도시활력증진지역 개발사업에 선정됐다고 밝혔다", None, d, U, "achievement"),
   C("도시활력증진지역 개발사업은 노후화 등 도시활력이 필요한 지역을 되살려", None, d, U, "statement"),
   C("이번 선정으로 구는 사업비 36억원(국비 18억원, 시비 9억원, 구비 9억원)을 들여", None, d, U, "plan"),
   C("사업 대상지는 승학산 아래 엄궁동 일대이며", None, d, U, "statement")],
  ["기사등록 2015/10/24 08:27:16 최종수정 2016/12/28 15:47:46"])

# qt-04 양산 2018-03-26
d = "2018-03-26"; T = ["public-transit"]
W("qt-04-kmib.txt",
  {"headline": "양산도시철도 28일 첫 삽… 양산 북정동∼부산 노포동 연결", "published": "2018-03-26T19:32+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "48330"}, [],
  [C("부산도시철도 1호선 노포역을 연결하는 ‘양산도시철도’가 28일 착공한다", None, d, T, "plan"),
   C("28일 기공식을 열고 공사에 들어간다고 26일 밝혔다", None, d, T, "plan"),
   C("총연장 11.431㎞ 노선으로 4개의 공구로 나누어 공사가 진행된다", None, d, T, "statement"),
   C("제1공구는 부산 노포동∼사송공공주택지구까지 4.388㎞", None, d, T, "statement"),
   C("정거장은 7곳에 설치되며 단선 경전철로 운행할 계획이다", None, d, T, "plan"),
   C("고무차륜 AGT 시스템을 도입한다", None, d, T, "plan"),
   C("출·퇴근시간대는 6분 간격, 이외에는 10분 간격으로 운행할 예정이다", None, d, T, "plan"),
   C("노포동역과 양산선 종합운동장역에서 환승할 수 있다", None, d, T, "statement"),
   C("부산도시철도 2호선과도 환승할 수 있게 됐다", None, d, T, "statement"),
   C("총 사업비는 5516억원으로 정부로부터 사업비의 60%(국비 3310억원)를 지원받는다", None, d, T, "statement"),
   C("나머지는 양산시(1455억원)와 경남도(389억원), 부산시(362억원)가 각각 부담한다", None, d, T, "statement"),
   C("이 도시철도가 개통하면 시민들은 승용차나 버스 등 다른 운송수단의 도움 없이", None, d, T, "statement")],
  ["입력 2018-03-26 19:32"])

# qt-05 옥천 2025-11-02
d = "2025-11-02"; B = ["childcare-birth"]
W("qt-05-dynews.txt",
  {"headline": "옥천군 출산장려지원사업 대상 확대…1년에서 3개월로", "published": "2025-11-02", "reporter": "황의택",
   "outlet": "동양일보", "jurisdiction": "43730"}, [],
  [C("먼저 군은 9일까지 이를 위한‘인구감소 대응 조례 일부 개정 조례안’을 입법 예고했다", None, d, B, "achievement"),
   C("조례안에는 산후조리 비용 지원 대상을 신생아 출생일 기준으로", None, d, B, "statement"),
   C("기존에는 부 또는 모가 1년 이전부터로 제한했던 기간을 대폭 축소한 것이다", None, d, B, "statement"),
   C("산모·신생아 건강관리 본인부담금 지원도 신생아 출생일 기준으로", None, d, B, "plan"),
   C("이 시책은 소득기준 관계없이 산모와 출생아 건강관리 지원사업 서비스 가격 본인부담금 90%까지 지원한다", None, d, B, "statement"),
   C("출산가정의 경제적 부담을 줄이고 건강한 출산·양육 환경을 조성하기 위해 조례 개정을 추진하게 됐다", None, d, B, "statement"),
   C("이행 절차를 거친 후 내년 1월 1월부터 시행할 계획", None, d, B, "plan")],
  ["내년1월부터 출생아당 100만원씩 지원", "옥천 황의택 기자 missman8855@dynews.co.kr"])

# qt-06 밀양 2019-02-21
d = "2019-02-21"; S = ["small-merchants"]
W("qt-06-shinailbo.txt",
  {"headline": "'경쟁력 있고 사람 붐비는 밀양아리랑시장 조성'", "published": "2019-02-21T15:24+09:00", "reporter": "박재영",
   "outlet": None, "jurisdiction": "48270"}, [],
  [C("문화관광형시장 육성사업은 지역의 문화·관광·특산품 등과 연계해", None, d, ["small-merchants", "culture-tourism"], "statement"),
   C("시는 지난 2017년 3월 밀양아리랑시장이 공모사업에 선정돼", None, d, S, "achievement"),
   C("시장의 기반설비를 산뜻하게 정비해 방문고객들의 편리성을 높였다", None, d, S, "achievement", "장명진"),
   C("시장활성화 사업을 적극 추진, 최근 시장에 활기가 돌고 있다", None, d, S, "achievement"),
   C("시는 올해 상인교육관 내 인형극 무대를 설치해", None, d, ["small-merchants", "culture-tourism"], "plan")],
  ["시, 문화관광형시장 육성사업 보고회…시장 자생력 강화",
   "밀양아리랑시장 문화관광형시장 육성사업 보고회를 가졌다고 밝혔다"])

# qt-07 동래구 (undated)
J = "kim-u-ryong"; Wf = ["welfare"]
W("qt-07-lpk.txt",
  {"headline": "(부산일보) 부산 동래구, 2022 노인복지 전국 대상 수상", "published": None, "reporter": "김상훈",
   "outlet": "부산일보", "jurisdiction": "26260"}, [J],
  [C("2022 전국 노인복지 평가에서 ‘대상’을 수상했다", None, None, Wf, "achievement"),
   C("동래구는 기초자치단체 분야에서 그동안 노인복지에 기여한 공로로 대상을 수상했다", None, None, Wf, "achievement"),
   C("효를 바탕으로 노인복지를 최우선으로 하는 각종 정책을 추진해 전국 대상의 성과를 거뒀다", J, None, Wf, "achievement"),
   C("어르신들이 100세까지 행복한 삶을 영위하실 수 있도록 앞으로도 더욱 최선을 다하겠다", J, None, Wf, "plan")],
  ["대한노인회 중앙회는 전국 246개 자치단체를 대상으로 노인복지 향상을 위해 기여하고",
   "시상은 광역자치단체와 기초자치단체 2개 분야로 나뉜다", "김상훈 기자 neato@busan.com"])

# qt-08 수영구 2022-04-22
W("qt-08-news1.txt",
  {"headline": "[부산 현안점검⑩] 수영구, '광안리 드론쇼' 킬러 관광콘텐츠로 부상하나", "published": "2022-04-22T08:31+09:00",
   "reporter": "박채오", "outlet": "뉴스1", "jurisdiction": "26500"}, [],
  [C("구는 이러한 도시 특성을 살려 광안리 바다를 훼손하지 않으면서도", None, "2022-04-22", ["culture-tourism"], "statement")],
  ["코로나19로 주춤했던 상설 드론쇼…4월부터 본격 재개",
   "뉴스1은 다가오는 지방선거를 앞두고 부산지역 16개 구·군의 현안 사업을 짚어본다",
   "관광객뿐만 아니라 부산 시민에게도 사랑받는 도시다",
   "민락·남천횟촌, 벚꽃거리, 카페거리 등 먹거리와 볼거리도 풍부하다",
   "유·무형문화재도 많아 명실상부한 전통문화의 도시로 꼽힌다",
   "500대의 드론이 밤하늘에 떠올라"])

# qt-09 영동 2016-02-11
d = "2016-02-11"; A = ["agriculture"]; CT = ["culture-tourism"]
W("qt-09-dailyan.txt",
  {"headline": "영동군, 와인산업 육성 '박차'", "published": "2016-02-11T11:06+09:00", "reporter": None,
   "outlet": "데일리연합", "jurisdiction": "43740"}, [],
  [C("충북 영동군이 올해도 와인산업 육성에 박차를 가한다", None, d, A, "plan"),
   C("와인산업 육성을 위해 67억 9천200만 원을 투입", None, d, ["agriculture", "culture-tourism"], "plan"),
   C("충북도 2단계 지역균형발전 사업비로 47억5천500만 원을 지원받는다", None, d, A, "statement"),
   C("인공 와인터널 조성 공사를 시작한다", None, d, CT, "plan"),
   C("와인을 전시ㆍ판매하는 공간과 체험ㆍ시음장, 문화공연장, 레스토랑 등이 설치된다", None, d, CT, "plan"),
   C("흙을 덮어 만드는 방식의 '개착식'터널이다", None, d, CT, "statement"),
   C("터널 공사비 총 105억 원 가운데 올해는 59억8천만 원이 투입되는데", None, d, CT, "statement"),
   C("내년 2월까지 토목공사를 마무리하고 전시장 등 내부 시설을 설치해 내년 12월 준공할 계획", None, d, CT, "plan", "고한권"),
   C("관광 활성화로 이어져 지역경제 활성화에 큰 보탬이 될 것으로 기대하고 있다", None, d, CT, "statement"),
   C("와인축제 2억1천만 원 ▲와인아카데미 3천500만 원 ▲와이너리 농가 지원", None, d, ["culture-tourism", "agriculture"], "statement")],
  ["함안군, 지역행복생활권 선도사업 2년 연속 선정", "데일리연합 세계 보도망 확충 전 세계 6억 5000만뷰 송출망 확보!"])
print("ok")
