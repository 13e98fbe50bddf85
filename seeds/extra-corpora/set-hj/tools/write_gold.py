"""Writes gold/*.json for set-hj (hand annotation)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
d = "2025-07-17"; K = "kim-i-gang"
G["hj-01-wikitree.txt"] = dict(
 metadata=dict(headline="광주시 서구, ‘골목집무실’로 상인과 직접 소통~골목경제 현장 행정 강화", published="2025-07-17T06:10+09:00",
               reporter="노해섭", outlet="위키트리", jurisdiction="29140"),
 officials=[K],
 claims=[
  C("광주광역시 서구가 전국 최초로 지역 전체를 골목형상점가로 지정한 데 이어", None, d, ["small-merchants", "citizen-participation"], "statement"),
  C("9월까지 지역 내 119개 골목형상점가를 순회하며", None, d, ["small-merchants", "citizen-participation"], "plan"),
  C("골목상점가 내부에 구청장 집무공간을 마련해 문턱을 낮추고", None, d, ["small-merchants", "citizen-participation"], "statement"),
  C("상인들은 손님 증가와 온누리상품권 할인 혜택에 긍정적 반응을 보였으며", None, d, ["small-merchants"], "achievement"),
  C("서구는 소상공인의 목소리를 모으는 ‘골목경제119폰’을 운영하며", None, d, ["small-merchants"], "plan"),
  C("작은 목소리도 놓치지 않고 실질적인 지원책으로 골목경제 활성화에 힘쓰겠다", K, d, ["small-merchants"], "plan"),
 ],
 not_claims=["전국 첫 ‘전지역 골목형상점가’ 지정 이후 후속 접점 강화", "현장 목소리로 골목경제 회복·지원책 구체화", "노해섭 기자 nogary@wikitree.co.kr"])
d = "2021-07-01"; W = "won-hee-ryong"
G["hj-02-fnnews.txt"] = dict(
 metadata=dict(headline="원희룡 지사 “청정제주 가치 지키는데 끝까지 최선”", published="2021-07-01T11:12+09:00",
               reporter=None, outlet=None, jurisdiction="50"),
 officials=[W],
 claims=[
  C("‘바이러스와의 전쟁’을 치르며 여러 차례 고비도 찾아왔습니다만", W, d, ["public-health"], "achievement"),
  C("제주의 청년을 위해 ‘기회의 사다리’를 놓는 일에 전력을 다해왔습니다", W, d, ["youth-policy"], "achievement"),
  C("외국자본의 대규모 개발사업으로 인한 난개발과 환경 훼손을 과감하게 차단했습니다", W, d, ["investment-attraction"], "achievement"),
 ],
 not_claims=["내년 지방선거 불출마를 선언하고 대권 도전을 공식화한", "‘가장 가고 싶은 여행지’ 조사에서 언제나 압도적인 1위를 차지하는 곳입니다",
             "도민 여러분께서 함께 해주신 덕분에 많은 성과를 거두고"])
d = "2018-11-18"
G["hj-03-kmib.txt"] = dict(
 metadata=dict(headline="전남 “귀어귀촌 도시민 모십니다”", published="2018-11-18T18:41+09:00",
               reporter="김영균", outlet="국민일보", jurisdiction="46"),
 officials=[],
 claims=[
  C("‘귀어(歸漁) 스몰엑스포’를 개최한다고 18일 밝혔다", None, d, ["agriculture"], "plan"),
  C("귀어 스몰엑스포는 전남어촌특화지원센터·수협중앙회 전남지역본부와 함께", None, d, ["agriculture"], "statement"),
  C("귀어귀촌 희망 도시민 100여명이 초청돼 상담을 갖는다", None, d, ["agriculture"], "plan"),
  C("상담장에는 귀어인의 애로사항을 지원하기 위해", None, d, ["agriculture"], "plan"),
  C("지역의 어촌계가 직접 어촌을 홍보하고 어촌계 가입 조건이나 빈집, 일자리 등", None, d, ["agriculture"], "plan"),
  C("12월에 1주일간 어촌체험을 하는 기회를 제공할 예정이다", None, d, ["agriculture"], "plan"),
  C("지난해 전남에 귀어한 가구는 285가구(가구원 418명)로", None, d, ["agriculture"], "achievement"),
  C("고흥에 전국 최초로 청년 귀어가 어장을 8건 565㏊ 규모로 승인한 바 있다", None, d, ["agriculture", "youth-policy"], "achievement"),
  C("전남 어촌 발전에 기여하도록 지원하겠다", None, d, ["agriculture"], "plan", "양근석"),
 ],
 not_claims=["전남 “귀어귀촌 도시민 모십니다”", "무안=김영균 기자 ykk222@kmib.co.kr"])
d = "2018-03-22"; H = "han-sang-gi"
G["hj-04-ccnnews.txt"] = dict(
 metadata=dict(headline="태안군, 다둥이 셋째아 이상 고교 수업료 걱정 \"뚝!\"", published="2018-03-23T15:48+09:00",
               reporter="최형순", outlet=None, jurisdiction="44825"),
 officials=[H],
 claims=[
  C("초저출산 추세에 대응하고 이를 극복하기 위한 방안을 논의하기 위한 것으로", None, d, ["childcare-birth"], "plan"),
  C("이날 군이 제시한 인구증가 시책은", None, d, ["childcare-birth", "welfare", "jobs", "agriculture"], "plan"),
  C("구체적으로는 △‘행복한 군민 되기’ 운동 전개를 위한", None, d,
    ["youth-policy", "childcare-birth", "public-health", "agriculture", "housing", "startup-support"], "plan"),
 ],
 not_claims=["22일 인구정책 추진계획 보고회 개최, 74개 인구증가시책 제시", "인구정책 추진계획 보고회를 진행 하고 있는 한상기 태안군수 모습",
             "중·장기 인구정책 추진방향 정립을 위한 본격적인 논의에 나섰다"])
S = "song-ha-jin"; KS = "kim-seung-su"
G["hj-05-jjan.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="45"),
 officials=[S, KS],
 claims=[
  C("1시·군 1대표관광지를 선정해 앞으로 10년 동안 100억원을 지원하겠다", S, None, ["culture-tourism"], "plan"),
  C("생태관광지 조성을 준비하고 있다", S, None, ["culture-tourism"], "statement"),
  C("전주가 전통문화와 탄소라는 두 날개로 힘차게 비상할 수 있는 토대를 만들었다", KS, None, ["culture-tourism"], "achievement"),
  C("전주·완주 시내버스 요금 단일화와 더불어 효성부도임대 아파트 등 어려운 현안들을 잘 풀어냈다", S, None, ["public-transit", "housing"], "achievement"),
 ],
 not_claims=["전주는 전북의 수도입니다", "탄소산업 육성을 통한 지역 중추도시로서의 역할을 강조했다",
             "메가탄소밸리 구축에도 힘을 쏟겠다", "만학의 꿈을 펼치는 학생들을 격려했다"])
d = "2025-11-04"; J = "jeong-yong-rae"
G["hj-06-naeil.txt"] = dict(
 metadata=dict(headline="창업생태계 조성, 지역혁신 핵심", published="2025-11-04T13:00:02+09:00",
               reporter=None, outlet=None, jurisdiction="30200"),
 officials=[J],
 claims=[
  C("창업혁신을 통해 지역의 변화를 일으키고자 합니다", J, d, ["startup-support"], "plan"),
  C("오랜 기간 지역에서 창업생태계 조성을 꿈꿔왔다", None, d, ["startup-support"], "statement"),
  C("전국 어느 곳보다 유성구가 가장 성공가능성이 높다고 보기 때문이다", J, d, ["startup-support"], "statement"),
  C("민선 8기 유성구는 ‘창업혁신’을 핵심과제로 삼고 있다", None, d, ["startup-support"], "statement"),
  C("어은동과 궁동 일대에 혁신창업생태계를 조성하겠다는 게 목표다", None, d, ["startup-support"], "plan"),
  C("팁스타운 스타트업파크 등 창업지원 인프라가 집적돼 있다", None, d, ["startup-support"], "statement"),
  C("현재 150여개의 창업기업이 이 지역에 입주해 활동하고 있다", None, d, ["startup-support"], "statement"),
  C("너무나 좋은 조건이지만 아직 생태계에 부족함이 많다", J, d, ["startup-support"], "criticism"),
  C("스타트업 인재들이 먹고 자고 일하고 놀고 같이 엮이고 재도전할 수 있는 장을 마련하려 한다", J, d, ["startup-support"], "plan"),
  C("현장 중심의 창업정보 공유와 협업 생태계를 구축하고 있다", None, d, ["startup-support"], "statement"),
  C("‘유성스타트업박람회 STARTON X’도 이런 과정에서 개최했다", None, d, ["startup-support"], "achievement"),
  C("많은 중앙아시아나 동남아시아 인재들이 이 지역에서 창업에 동참하고 있다", J, d, ["startup-support"], "statement"),
 ],
 not_claims=["단체장에게 듣는다 | 정용래 대전 유성구청장", "대전 유성구는 사람과 기술이 집약된 대표적인 공간입니다",
             "주변에는 대한민국 대표적인 연구소들이 에워싸고 있다", "어은·궁동에 새모델 추진", "유성구 펀드 조성 구상"])
d = "2018-01-28"
G["hj-07-viva100.txt"] = dict(
 metadata=dict(headline="세종 행정도시 순환 버스 내달 운행", published="2018-01-28T14:49+09:00",
               reporter="강철수", outlet="브릿지경제", jurisdiction="36"),
 officials=[],
 claims=[
  C("행정중심복합도시를 순환하는 시내버스가 다음 달 3일부터 운행한다", None, d, ["public-transit"], "plan"),
  C("내부순환 급행버스운행체계(BRT) 노선 번호는 900번으로", None, d, ["public-transit"], "statement"),
  C("반곡동∼국책연구단지∼세종시청·교육청∼세종터미널∼정부세종청사를 거쳐", None, d, ["public-transit"], "statement"),
  C("운행시간은 반곡동(수루배마을) 출발 시각 기준", None, d, ["public-transit"], "statement"),
  C("압축천연가스(CNG) 초 저상버스를 배치할 방침이다", None, d, ["public-transit"], "plan"),
  C("차 안에는 교통약자배려석(예비 엄마석), 교통약자 안심벨", None, d, ["public-transit", "disaster-safety"], "plan"),
  C("노선 안내도는 정류장에 정차하는 모든 노선을 한눈에 볼 수 있도록", None, d, ["public-transit"], "plan"),
 ],
 not_claims=["세종=강철수 기자 knews1020@viva100.com", "입력일 2018-01-28 14:49"])
L = "lee-si-jong"
G["hj-08-newstnt.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet="뉴스티앤티", jurisdiction="43"),
 officials=[L],
 claims=[
  C("지속적인 투자유치를 통해 충북 100년 미래 먹거리 창출기반을 다지고", None, None, ["investment-attraction", "decentralization"], "plan"),
  C("6대 신성장산업을 집중 육성하고 여기에 4차 산업혁명기술을 접목해", None, None, ["fourth-industrial-revolution"], "plan"),
  C("제4차 산업혁명 시대의 적극 대응 등에 도정 역량을 집중할 예정이다", None, None, ["fourth-industrial-revolution", "decentralization"], "plan"),
 ],
 not_claims=["2020년도 새해 업무 시작을 알리는 시무식을 개최했다", "절체절명의 책무를 부여받았고", "도청 청풍코러스 합창단의 축하공연과 함께"])
d = "2025-12-16"
G["hj-09-asiae.txt"] = dict(
 metadata=dict(headline="'머물고 싶고, 다시오고 싶은 도시로' 탈바꿈", published="2025-12-16",
               reporter=None, outlet=None, jurisdiction="46150"),
 officials=[],
 claims=[
  C("조선·유통·콘텐츠 산업을 대표하는 기업들이 순천을 선택했다", None, d, ["investment-attraction"], "achievement"),
  C("연 1,300만 명의 생활인구 유입, 250여 개 일자리", None, d, ["jobs"], "achievement"),
  C("불 꺼졌던 원도심에 콘텐츠가 켜졌다", None, d, ["urban-regeneration", "culture-tourism"], "achievement"),
  C("애니메이션·웹툰·영상 기업 37곳이 원도심에 들어왔다", None, d, ["urban-regeneration", "culture-tourism", "investment-attraction"], "achievement"),
  C("905억 원 규모 콘텐츠 전략 펀드, 300억 원 인재 양성 인프라가 뒤를 받친다", None, d, ["culture-tourism", "education"], "statement"),
  C("15만 명이 모이는 '주말의 광장'이 생겼다", None, d, ["culture-tourism"], "achievement"),
  C("원도심은 다시 사람이 모이는 공간이 됐다", None, d, ["urban-regeneration"], "achievement"),
  C("국비 80억 원 규모 스마트도시 사업도 더해졌다", None, d, ["smart-city"], "achievement"),
  C("그린바이오 산업 육성지구 지정", None, d, ["medical-industry", "agriculture"], "achievement"),
  C("연구부터 실증, 사업화까지 이어지는 클러스터가 가동 중이다", None, d, ["medical-industry", "agriculture"], "statement"),
  C("2027년까지 생산시설과 지식산업센터가 들어서며 순천 농업은 고부가가치 산업으로 진화하고 있다", None, d, ["agriculture", "medical-industry"], "statement"),
 ],
 not_claims=["조선·유통·콘텐츠 대표 기업 러시 현상", "원도심·신도심 균형잡힌 발전 '바람직'", "순천만정원 전경. 순천시 제공",
             "광주·전남 최초 코스트코, 여수MBC, 한화오션에코텍", "우주경제 도시로 방향을 튼다"])
for f, g in G.items():
    out = {"article": f, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    json.dump(out, open(os.path.join(D, f + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
