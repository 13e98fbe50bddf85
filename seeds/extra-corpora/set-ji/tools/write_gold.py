"""Writes gold/<article>.json for set-ji (hand annotation)."""
import json, os
G = {}
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
CT, AG, YP = "culture-tourism", "agriculture", "youth-policy"
FIR = "fourth-industrial-revolution"

d1, e1 = "2014-07-18", "2014-07-17"
G["ji-01-kmib.txt"] = dict(
  metadata=dict(headline="[休∼ 떠나요] 부산 기장군, 청정 바다와 천연 먹거리… 웰빙 휴양지", published="2014-07-18T02:09+09:00",
                reporter="윤봉학", outlet="국민일보", jurisdiction="26710"),
  officials=["oh-gyu-seok"],
  claims=[
    C("다양한 볼거리와 기장멸치·미역·다시마 등 풍성한 먹거리는 전국적으로 명성이 높다", None, d1, [CT], "statement"),
    C("동부산관광단지, 의료용중입자가속기센터", None, d1, [CT], "statement"),
    C("갈맷길도 관광객들을 유혹하고 있다", None, d1, [CT], "statement"),
    C("기장군을 찾는 관광·피서객들이 원스톱 서비스를 제공받을 수 있도록 만반의 준비를 갖췄다", "oh-gyu-seok", e1, [CT], "achievement"),
  ],
  not_claims=["‘제19회 기장갯마을축제’와 ‘제12회 낭만가요제’가 열린다", "부산=윤봉학 기자",
              "[休∼ 떠나요] 부산 기장군, 청정 바다와 천연 먹거리… 웰빙 휴양지"])

d2, e2 = "2018-07-05", "2018-07-03"
G["ji-02-tvcc.txt"] = dict(
  metadata=dict(headline="부산 기장군, 자연-해양문화가 공존하는 '해중공원' 조성", published="2018-07-05T11:27+09:00",
                reporter="조아라", outlet=None, jurisdiction="26710"),
  officials=["oh-gyu-seok"],
  claims=[
    C("효과적 방안 도출을 위한 자문회의를 개최했다고 밝혔다", None, e2, [CT], "statement"),
    C("본 용역은 해양시대 도약을 위한 미래사회 트랜드 검토", None, d2, [CT], "statement"),
    C("7월 중 중간용역보고회를 통해 해중공원 조성방향을 정하고자 한다", None, e2, [CT], "plan"),
    C("해양문화 관광자원 확보로 지역관광 활성화를 도모할 계획이다", None, d2, [CT], "plan"),
  ],
  not_claims=["부산 기장군, 자연-해양문화가 공존하는 '해중공원' 조성", "천혜의 기장 자연경관을 최대한 살려 바다와 인간이 조화"])

d3, e3 = "2017-02-22", "2017-02-21"
G["ji-03-yeongnam.txt"] = dict(
  metadata=dict(headline="봉화‘귀농인 지원사업’추진…정착 장려금 등 최대 900만원", published="2017-02-22T07:20+09:00",
                reporter="황준오", outlet="영남일보", jurisdiction="47920"),
  officials=[],
  claims=[
    C("봉화군이 귀농인들의 안정적인 정착을 위해 ‘귀농인 지원사업’을 추진한다", None, e3, [AG], "plan"),
    C("교육훈련비 등을 지원한다고 21일 밝혔다", None, e3, [AG], "plan"),
    C("귀농인 지원금은 이사비용으로 최대 100만원", None, e3, [AG], "statement"),
    C("신청은 올해 연중 진행되며 신청 자격은", None, e3, [AG], "statement"),
    C("앞으로도 귀농인의 성공적인 정착을 할 수 있도록 귀농 안내에 최선을 다하겠다", None, e3, [AG], "plan", "배기면"),
    C("봉화군으로 귀농·귀촌한 가구 수는 2천617가구에 5천424명이다", None, d3, [AG], "achievement"),
    C("특히 2015년에 411가구, 2016년에 467가구 등 매년 증가하고 있다", None, d3, [AG], "achievement"),
  ],
  not_claims=["봉화‘귀농인 지원사업’추진…정착 장려금 등 최대 900만원", "황준오기자 joono@yeongnam.com"])

e4 = "2026-01-28"
G["ji-04-segye.txt"] = dict(
  metadata=dict(headline=None, published="2026-01-29", reporter=None, outlet=None, jurisdiction="48"),
  officials=[],
  claims=[
    C("경남도가 스마트농업 중심의 미래농업 전환과 고부가가치 농식품 산업 육성", None, e4, [AG], "statement"),
    C("청년을 중심으로 한 스마트농업 확산과 농업 전반의 구조 혁신", None, e4, [AG, YP], "plan"),
    C("전국 최초 ‘청년농업인 분양 스마트농업단지 조성사업’을 추진할 계획이다", None, e4, [AG, YP], "plan"),
    C("국비 89억원을 전액 투입해 밀양시 일원에 10㏊ 규모로 조성될 예정이다", None, e4, [AG, YP], "plan"),
    C("청년농의 안정적인 정착과 창업을 지원한다", None, e4, [AG, YP, "startup-support"], "statement"),
    C("영남권 친환경 농산물 종합물류센터 유치를 본격 추진한다", None, e4, [AG], "plan"),
    C("도는 올 상반기 타당성 조사를 실시해", None, e4, [AG], "plan"),
    C("그린바이오산업 육성지구를 중심으로 핵심 산업 인프라 구축을 본격화한다", None, e4, [AG], "plan"),
    C("‘천연물 소재 전주기 표준화 허브’를 조성하고", None, e4, [AG], "plan"),
  ],
  not_claims=[])

G["ji-05-dgmbc.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter="권윤수", outlet="대구MBC", jurisdiction="47190"),
  officials=["jang-se-yong", "lee-cheol-u"],
  claims=[
    C("구미 국가산업단지가 스마트산업단지에 선정됐습니다", None, None, [FIR], "achievement"),
    C("오래된 산업단지에 신기술과 신산업을 투입해 구미경제에 활력을 불어넣는 것이 목표입니다", None, None, [FIR], "statement"),
    C("스마트 산업단지는 낮은 가동률에다", None, None, [FIR], "statement"),
    C("그런 역할이 바로 스마트 산단 사업입니다", "jang-se-yong", None, [FIR], "statement"),
    C("내년부터 4년 동안 사업비 4천 400여억 원이 투입됩니다", None, None, [FIR], "plan"),
    C("스마트 제조혁신과 노동자 친화공간을 조성하고 미래형 산업단지를 구축합니다", None, None, [FIR], "plan"),
    C("경북 소재부품 종합종합기술지원단이 핵심적인 역할을 합니다", None, None, [FIR], "statement"),
    C("이 체제를 구미 스마트산단에 바로 투입해서", None, None, [FIR], "plan", "김호진"),
    C("구미는 지난 5월 5G 국가테스트베드 사업과", None, None, [FIR, "investment-attraction", "jobs"], "achievement"),
  ],
  not_claims=["전자기기산업의 휴대폰 생산 일변도에서 벗어나는 길을 가고 있습니다",
              "국책산업이 우리지역에 많이 유치가 되었고", "장기 침체에 빠진 구미가 새로운 발판을 마련하기 위해 노력하고 있습니다"])

d6, e6 = "2018-01-07", "2018-01-04"
KD = "kim-dong-jin"
G["ji-06-knnews.txt"] = dict(
  metadata=dict(headline="통영시, 국내 최장 23㎞ 해상케이블카 추진", published="2018-01-07T22:00:00+09:00",
                reporter=None, outlet="경남신문", jurisdiction="48220"),
  officials=[KD],
  claims=[
    C("한려수도 6개 섬을 케이블카로 연결하는 대규모 사업이 시작된다", None, d6, [CT], "plan"),
    C("국내 최장 해상케이블카를 건립할 계획이라고 밝혔다", None, d6, [CT], "plan"),
    C("이 같은 해상케이블카 설치 계획을 공개했다", KD, e6, [CT], "plan"),
    C("통영시의 관광 활성화를 위해 관내 6개 섬을 거치는 국내 최장 해상케이블카를 준비하고 있다", KD, e6, [CT], "plan"),
    C("통영시의 설치계획에 따르면 산양읍 달아마을", None, d6, [CT], "statement"),
    C("통영시는 민자 유치로 4000억원을 투입할 예정이며", None, d6, [CT, "investment-attraction"], "plan"),
    C("시는 현재 국내 유명 기업들과 물밑 접촉을 하고 있으며", None, d6, [CT], "plan"),
    C("탑승객들의 섬 관광을 유도한다는 계획이다", None, d6, [CT], "plan"),
    C("일각에서는 성급한 발표라는 시각도 있다", None, d6, [CT], "criticism"),
    C("시의 일년 예산에 버금가는 사업비가 투입되는 거대 프로젝트를 너무 쉽", None, d6, [CT], "criticism"),
  ],
  not_claims=["통영시, 국내 최장 23㎞ 해상케이블카 추진", "학림·한산도 등 한려수도 6개섬 연결", "민자 4000억원 유치… 2022년 완공"])

KY = "kwon-young-jin"
G["ji-07-dgy.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="27"),
  officials=[KY],
  claims=[
    C("청년들의 일자리를 만들 수 없다고 생각해 과감한 산업구조 혁신으로 신산업을 키워 이제 그 성과가 나타나고 있다", KY, None, ["jobs"], "achievement"),
    C("그는 산업구조 혁신의 성과로", KY, None, ["future-vehicles", "water-industry", "smart-city", "robot-industry"], "achievement"),
    C("항공 물류가 가능한 더 크고 좋은 대구·경북의 거점 공항이 생기게 된다", KY, None, ["airport-relocation"], "statement"),
    C("대구의 10년, 20년, 30년 후손들이 먹고 살 신성장 거점 지역이 되는 것", KY, None, ["airport-relocation"], "statement"),
  ],
  not_claims=["함께 했던 시간을 돌아보면 아직도 가야될 길은 멀고 해야 될 일들은 많다",
              "우리가 포기하지 않았던 일들은 하나하나 이뤄지고 있다"])

PS = "park-seong-min"
G["ji-08-donga.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="31110"),
  officials=[PS],
  claims=[
    C("원도심 개발 사업은 런던의 밀레니엄 프로젝트 사업과 흡사하다", PS, None, ["urban-regeneration", CT], "statement"),
    C("울산 중구가 최근 문화체육관광부로부터 ‘2019 올해의 관광도시’로 선정됐기 때문이다", None, None, [CT], "achievement"),
    C("울산 중구와 전남 강진군, 경기 안산시 등 3곳을 선정했다", None, None, [CT], "achievement"),
    C("최대 50억 원을 지원해 다양한 관광 인프라 구축 사업을 벌인다", None, None, [CT], "plan"),
    C("‘2019 올해의 관광도시’ 선정을 위해 차근차근 준비해 왔다", PS, None, [CT], "achievement"),
    C("시립미술관과 연계한 거리 디자인 작업에 나선다", None, None, ["urban-regeneration", CT], "plan"),
    C("또 문화의 거리와 태화강을 활용한 파인아트 거리를 조", None, None, [CT], "plan"),
  ],
  not_claims=["테이트 모던 미술관은 템스 강 관광객을 유치하기 위해",
              "지진과 태풍 등 자연 재해로 외지인 방문이 감소하는 등 어려움에 직면해 있다"])

d9 = "2020-02-21"
G["ji-09-newsis.txt"] = dict(
  metadata=dict(headline="구미 스마트산단 사업단 출범…2023년까지 신산업 육성", published="2020-02-21T07:28:01+09:00",
                reporter="박홍식", outlet="뉴시스", jurisdiction="47190"),
  officials=["jang-se-yong"],
  claims=[
    C("'스마트산단 사업단' 현판식을 열었다고 21일 밝혔다", None, d9, [FIR], "achievement"),
    C("현판식과 함께 본격 운영에 들어갔다", None, d9, [FIR], "achievement"),
    C("1조원을 들여 구미형일자리 창업 및 신산업 육성 등을 추진한다", None, d9, [FIR, "jobs", "startup-support"], "plan"),
    C("고용유발 2679명의 효과를 낼 것으로 기대하고 있다", None, d9, [FIR, "jobs"], "target"),
    C("소재·부품·장비산업 제품 국산화와 연관산업 육성에 힘을 쏟기로 했다", None, d9, [FIR, "research-development"], "plan"),
    C("지역 산업단지 구조 고도화와 일자리", None, d9, ["jobs"], "statement", "이승희"),
  ],
  not_claims=["구미 스마트산단 사업단 출범…2023년까지 신산업 육성", "'구미 스마트산단 사업단 현판식'을 마친 뒤 참석자들과 기념촬영을 하고 있다"])

os.makedirs('/work/blind/set-ji/gold', exist_ok=True)
n = 0
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f'/work/blind/set-ji/gold/{f}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n += len(g["claims"]); print(f, len(g["claims"]))
print("total", n)
