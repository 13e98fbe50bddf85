# Writes gold/*.json for set-nr from the compact tables below (hand annotation).
import json, os
H = os.path.join(os.path.dirname(__file__), "..", "gold")
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
d = "2023-10-02"
G["nr-01-fnnews.txt"] = dict(
 metadata=dict(headline="전남, 10년 연속 매년 4만명씩 ‘귀농 인구’ 늘었다", published="2023-10-02T18:08+09:00",
               reporter="황태종", outlet="파이낸셜뉴스", jurisdiction="46"),
 officials=[],
 claims=[
  C("도시민 중심 맞춤형 귀농어귀촌 정책 발굴 및 추진을 통해 귀농어귀촌 1번지로 주목받고 있다", None, d, ["agriculture"], "achievement"),
  C("10년 연속 매년 4만여명이 지속해서 전남에 유입됐다", None, d, ["agriculture"], "achievement"),
  C("'귀농어·귀촌 활성화 지원 조례'를 제정하고", None, d, ["agriculture"], "achievement"),
  C("귀농어 농어업 창업 자금 및 주택 구입 자금을 저금리로 지원해", None, d, ["agriculture", "startup-support", "housing"], "statement"),
  C("우수 창업 활성화 창업 자금(팀당 3000만원)을 지원하고 있다", None, d, ["agriculture", "startup-support"], "statement"),
  C("올해는 귀농 관련 11개 사업에 736억원을 지원하기로 했다", None, d, ["agriculture"], "plan"),
  C("귀농어귀촌인 증가는 전남 농어촌 발전과 지역 경제 발전에 큰 활력을 주고 있다", None, d, ["agriculture"], "achievement", "오종우"),
  C("특색 있는 정책을 계속 발굴해 지원하겠다", None, d, ["agriculture"], "plan", "오종우"),
 ],
 not_claims=["전남, 10년 연속 매년 4만명씩 ‘귀농 인구’ 늘었다"])
d = "2020-03-08"
G["nr-02-jejunews.txt"] = dict(
 metadata=dict(headline="제주도, 2020카본프리아일랜드 계획 본격 추진", published="2020-03-08",
               reporter="김정은", outlet=None, jurisdiction="50"),
 officials=[],
 claims=[
  C("2020 카본프리아일랜드(CFI) 계획이 본격적으로 추진된다", None, d, ["future-vehicles", "energy-transition", "climate-carbon"], "plan"),
  C("총 4767억을 투입해 14개 관련기관, 부서와 CFI 2020 실행계획을 추진한다고 8일 밝혔다", None, d, ["climate-carbon"], "plan"),
  C("주요내용으로는 신재생에너지 자립기반과 공급확대(2091억원)", None, d, ["energy-transition", "future-vehicles", "fourth-industrial-revolution", "citizen-participation"], "plan"),
  C("CFI 도민 아카데미와 교과과정 연계 프로그램 등을 개발, 운영해", None, d, ["climate-carbon", "citizen-participation"], "plan"),
 ],
 not_claims=["제주도, 2020카본프리아일랜드 계획 본격 추진", "4767억원 투입···신재생에너지 자립기반·전기차 인센티브 확대"])
d = "2022-07-17"; K = "kim-i-gang"
G["nr-03-donga.txt"] = dict(
 metadata=dict(headline="[새 단체장에게 듣는다]“주민자치 실현하는 ‘마을정부’ 가꿀 것”", published="2022-07-18T03:00+09:00",
               reporter=None, outlet="동아일보", jurisdiction="29140"),
 officials=[K],
 claims=[
  C("진정한 주민자치를 실현하는 ‘마을정부’를 가꾸고 싶다는 포부를 밝혔다", K, d, ["citizen-participation"], "plan"),
  C("마을정부는 18개 동 주민자치회에서 동네에서 필요한 행정 수요를 파악하고", None, d, ["citizen-participation"], "statement"),
  C("큰 동네에 실력 있는 동장(洞長)을 임명해 주민자치를 활성화하겠다는 계획이다", K, d, ["citizen-participation"], "plan"),
  C("5대 구정 방향을 마을중심 자치도시, 골목중심 경제도시, 사람중심 복지도시, 생태중심 안전도시, 행복중심 문화도시로 정했다", K, d, ["citizen-participation", "welfare", "disaster-safety", "culture-tourism"], "plan"),
  C("사람중심 복지도시 구현을 위해서는 마을중심 자치도시가 전제 조건이다", K, d, ["citizen-participation", "welfare"], "statement"),
  C("18개 동의 주민자치회를 중심으로 주민들이 마을에 필요한 정책을 기획해 추진하는 것이다", K, d, ["citizen-participation"], "statement"),
 ],
 not_claims=["“주민자치 실현하는 ‘마을정부’ 가꿀 것”", "“마을 특색 살린 사회적 경제기업 운영”",
             "우선 살고 싶은 서구로 우뚝 설 수 있도록 주민 삶의 질을 향상시키겠다"])
d = "2024-05-02"
G["nr-04-ajunews.txt"] = dict(
 metadata=dict(headline="진안군, 인구정책 추진 '빛 발한다'", published="2024-05-02T17:48+09:00",
               reporter=None, outlet=None, jurisdiction="52720"),
 officials=["jeon-chun-seong"],
 claims=[
  C("군은 인구 증가의 원인을 귀농·귀촌 인구 증가로 분석하고 있다", None, d, ["agriculture"], "achievement"),
  C("2023년 말 기준 전체 인구의 15% 이상이 귀농·귀촌 인구다", None, d, ["agriculture"], "achievement"),
  C("체계적인 농촌유학 프로그램, 귀농‧귀촌 지원, 주거 복지 지원 등과 함께", None, d, ["education", "agriculture", "housing"], "statement"),
  C("임신에서 대학 교육까지 자녀 양육을 지원하기 위해 최대 1억2900만원을 지원하는 적극적인 정책도 한 몫한 것으로 보고 있다", None, d, ["childcare-birth", "education"], "achievement"),
  C("산림‧치유‧관광산업 활성화로 생활인구 증대에 더욱 힘쓸 계획이다", None, d, ["culture-tourism"], "plan"),
 ],
 not_claims=["인구가 2만4496명으로, 지난해 같은 기간의 2만4465명보다 31명 증가했다고 2일 밝혔다",
             "전춘성 진안군수와 지역 청소년들이 즐거운 시간을 보내고 있다",
             "농어촌 삶의 질 종합지수 평가에서 상위 20% 안에 드는 최상위 지역"])
e, p = "2017-11-16", "2017-11-17"; L = "lee-choon-hee"
G["nr-05-seenews365.txt"] = dict(
 metadata=dict(headline="로컬푸드 세종시, ‘싱싱문화관’ 준공", published="2017-11-17T06:50+09:00",
               reporter="이재표", outlet=None, jurisdiction="36"),
 officials=[L],
 claims=[
  C("도담동 654번지에서 ‘로컬푸드 싱싱문화관’ 준공식을 가졌다", None, e, ["agriculture"], "achievement"),
  C("그동안 시는 농촌과 도시, 생산자와 소비자가 상생하는 행복한 도시를 만들기 위해 로컬푸드 운동을 역점 사업으로 추진해 왔다", L, e, ["agriculture"], "achievement"),
  C("하루 평균 매출액이 4000만원, 참여 농민 700명, 회원 수 2만2000여명으로 정착단계에 들어섰다", None, p, ["agriculture"], "achievement"),
  C("사업비 34억원을 투자해 지상 2층 1240㎡ 규모로 건립했으며", None, e, ["agriculture"], "achievement"),
  C("요리교실은 12월부터 로컬푸드에 공감하는 시민을 대상으로 로컬푸드㈜가 운영한다", None, p, ["agriculture"], "plan"),
  C("세종형 로컬푸드 운동의 상징적 장소로 자리매김하도록 노력하겠다", L, e, ["agriculture"], "plan"),
  C("싱싱장터 2호점을 개장하는 등 로컬푸드 운동을 더욱 확대해 나가겠다", L, e, ["agriculture"], "plan"),
 ],
 not_claims=["로컬푸드 세종시, ‘싱싱문화관’ 준공", "16일 준공식, 공유부엌과 커뮤니티 공간·요리교실 운영",
             "세종시는 16일 '로컬푸드 싱싱문화관' 준공식을 가졌다. 사진은",
             "농민이 1만5000명(5.4%)에 이른다"])
d = "2022-07-06"; N = "noh-gwan-gyu"
G["nr-06-lafent.txt"] = dict(
 metadata=dict(headline="노관규 순천시장 “생태수도 완성으로 일류순천 재도약할 터”", published="2022-07-06",
               reporter=None, outlet="라펜트", jurisdiction="46150"),
 officials=[N],
 claims=[
  C("일류도시로 재도약하는 첫 걸음으로 정원박람회의 성공개최를 꼽았다", N, d, ["culture-tourism"], "plan"),
  C("2023순천만국제정원박람회를 성공적으로 이끌겠다고 했다", N, d, ["culture-tourism"], "plan"),
  C("또한 탄소중립으로 지역경제를 활성화하겠다고 선언했다", N, d, ["climate-carbon"], "plan"),
  C("탄소중립에 관한 새 일자리를 만들고, 전문인력도 양성하겠다고 했다", N, d, ["climate-carbon", "jobs"], "plan"),
  C("탄소포집장·열병합 발전시설 운영과 동부권 광역화를 고려해 적정부지를 다시 검토하겠다고 했다", N, d, ["climate-carbon"], "plan"),
  C("신대지구에는 복합문화공간 스타필드를 유치하겠다고 밝혔다", N, d, ["investment-attraction"], "plan"),
 ],
 not_claims=["‘2023순천정원박람회 성공 개최’ 최우선 과제로 꼽아",
             "대한민국 생태수도 완성으로 일류순천으로 재도약 이루겠다",
             "‘대한민국 생태수도를 문자 속의 선언적 존재가 아닌 일류 순천이라는 도시 실체로 만들겠다고 밝혔다",
             "일류는 모방하는 것이 아니라 창조하는 것이라면서"])
d = "2020-01-09"; T = "heo-tae-jeong"
G["nr-07-mbstv.txt"] = dict(
 metadata=dict(headline="허태정 대전시장 “중구와 대화는 늘 열려 있어”", published="2020-01-09T22:57+09:00",
               reporter="이준희", outlet=None, jurisdiction="30"),
 officials=[T],
 claims=[
  C("이 자리에서 허태정 대전시장은 대전의 대표축제 육성의지를 밝혔다", T, d, ["culture-tourism"], "plan"),
  C("기존 대전사이언스페스티벌은 한계가 있다", T, d, ["culture-tourism"], "criticism"),
  C("과학과 예술을 융합한 대전의 대표 축제를 내년에 새롭게 선보이겠다", T, d, ["culture-tourism"], "plan"),
  C("혁신도시 지정으로 공공기관 유치와 대덕특구 재창조사업을 범부처 사업으로", T, d, ["decentralization", "research-development"], "plan"),
  C("디스텝이 상반에 건립 예정이다", T, d, ["research-development"], "plan"),
  C("단일 연구기관이 아닌 지역사회의 협력 네트워크를 기반으로 하는 기관이 되야한다", T, d, ["research-development"], "plan"),
  C("대덕특구 안에 있는 전문가들과 공공기관들이 협업을 통해 체계를 만들 것", T, d, ["research-development"], "plan"),
  C("매력 넘치는 문화도시", T, d, ["culture-tourism"], "plan"),
 ],
 not_claims=["허태정 대전시장 “중구와 대화는 늘 열려 있어”", "(중구청과)대화는 늘 열려있다",
             "‘2020년 시정방향 및 역점과제’를 주제로 신년기자회견을 가졌다"])
e, p = "2018-01-17", "2018-01-31"; S = "kim-seok-hwan"
G["nr-08-hsnews.txt"] = dict(
 metadata=dict(headline="“의료생협 적극 지원하겠다”", published="2018-01-31T16:45+09:00",
               reporter="윤종혁", outlet=None, jurisdiction="44800"),
 officials=[S],
 claims=[
  C("김석환 군수가 의료생협 우리동네의원에 대한 적극적인 지원을 약속했다", S, e, ["public-health"], "plan"),
  C("김 군수는 지난달 9일부터 25일까지 11개 읍면 22개 마을을 찾아 주민과의 대화 시간을 가졌다", None, p, ["citizen-participation"], "statement"),
  C("주민들이 자발적으로 만든 의료생협 우리동네의원을 적극 지원하겠다", S, e, ["public-health"], "plan"),
  C("민관 협력 의료복지사업의 새로운 모델을 만들겠다", S, e, ["public-health", "welfare"], "plan"),
  C("홍성군에 따르면 주민과의 대화에서 홍성읍 22건을 비롯해", None, p, ["citizen-participation"], "statement"),
  C("가뭄으로 인한 관정 개발과 농업용수 공급이 최우선 과제로 집계됐다", None, p, ["agriculture"], "statement"),
  C("2월중 담당부서에서 현지출장을 통해 추진계획을 수립하고", S, p, ["agriculture", "citizen-participation"], "plan"),
 ],
 not_claims=["“의료생협 적극 지원하겠다”", "김석환 군수, 주민과 대화 마무리", "건의 201개 … 관정개발 제일 많아",
             "상하중마을 주민과 대화를 하고 있다", "우리동네의원은 2014년 지역주민 363명이 출자해서 만들었다",
             "지역 특성이 반영된 의견도 제안됐다"])
J = "jo-byeong-ok"
G["nr-09-news1.txt"] = dict(
 metadata=dict(headline="'15~64세 고용률 도내 1위' 음성군 2024년 대표 성과", published=None,
               reporter="윤원진", outlet="뉴스1", jurisdiction="43770"),
 officials=[J],
 claims=[
  C("충북 음성군이 고용률 도내 1위를 2024년 대표 성과로 꼽았다", None, None, ["jobs"], "achievement"),
  C("1위는 15~64세 고용률 충북 1위와 지역활동인구 전국 군 단위 1위를 선정했다", None, None, ["jobs"], "achievement"),
  C("음성군은 고용률이 77.9%, 지역활동인구는 11만 8000명으로 조사됐다", None, None, ["jobs"], "achievement"),
  C("성본산업단지 공동주택 입주와 적극적인 인구 유입 정책이 주효했다는 평가가 나온다", None, None, ["housing"], "achievement"),
  C("3위는 민선 7기 이후 13조 9000억 원·연평균 2조 3000억원 투자유치가", None, None, ["investment-attraction", "agriculture", "energy-transition"], "achievement"),
  C("중부내륙철도 지선 반영을 위한 노력이 5위를 차지했다", None, None, ["public-transit"], "achievement"),
  C("5차 국가철도망 구축계획 반영을 위해 경기도·충북도와 손을 잡았다", None, None, ["public-transit"], "achievement"),
  C("6위부터 10위까지는 △충북 유일 여성·아동·고령 친화도시 완성", None, None, ["welfare", "culture-tourism", "agriculture", "urban-regeneration"], "achievement"),
  C("투자유치를 통한 일자리 창출과 정주 여건 개선으로 도시 경쟁력을 높이고", J, None, ["investment-attraction", "jobs"], "plan"),
 ],
 not_claims=["26일 충북 음성군이 15~64세 고용률 도내 1위를 2024년 대표 성과로 꼽았다.(자료사진)",
             "7년 만에 인구 증가세 전환 등 10대 성과 발표", "7년 만에 인구증가세 전환이 2위를 기록했다",
             "26일 음성군은 올해 군민과 함께 이뤄낸 10대 성과를 발표했다",
             "지속 가능한 미래성장동력을 확보해 2030 음성시 건설의 기반을 다지는 데 노력하겠다"])
os.makedirs(H, exist_ok=True)
for name, g in G.items():
    g = {"article": name, **g}
    with open(os.path.join(H, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
