"""Writes gold/*.json for set-jh (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = {}
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name:
        x["speaker_name"] = name
    return x
D = "2019-01-29"; P = "park-yun-guk"
G["jh-01-newsworks.txt"] = dict(
 metadata=dict(headline="전철 7호선 옥정~포천 연장 2027년 개통 예상", published="2019-01-29T15:58+09:00", reporter="김칠호", outlet="뉴스웍스", jurisdiction="41650"),
 officials=[P],
 claims=[
  c("서울 도봉산역에서 포천까지 전철 7호선으로 이동할 수 있게 된다", None, D, ["public-transit"], "plan"),
  c("포천시가 건의한 ‘전철 7호선(옥정~포천) 연장 사업’이 국가균형발전을 위한 예비타당성 조사 면제사업으로 최종 확정됐다", None, D, ["public-transit"], "achievement"),
  c("2027년에 개통될 것으로 예상되고 있다", None, D, ["public-transit"], "statement"),
  c("전철 7호선 예비타당성조사 면제는 15만 포천시민이 힘을 합쳐 이루어낸 쾌거", P, D, ["public-transit"], "achievement"),
  c("서울 강남까지의 접근시간이 2시간30분에서 1시간대로 단축된다", P, D, ["public-transit"], "statement"),
  c("23만여 명이 전철을 이용하게 될 것", P, D, ["public-transit"], "statement"),
  c("이를 위해 박 시장은 지난 해 10월 정부의 예타 면제방침 발표 이후", P, D, ["public-transit"], "achievement"),
 ],
 not_claims=["박윤국 \"인구 30만 자족도시로 발전위한 첫 걸음\"", "예비타당성 면제사업 확정 합동브리핑 (사진=포천시청 제공)", "이 같은 내용의 합동설명회를 열었다"])
D = "2020-01-09"; W = "won-chang-muk"
G["jh-02-fnnews.txt"] = dict(
 metadata=dict(headline="[신년인터뷰]원창묵 원주시장 “민생경제·현안사업 마무리에 집중”", published="2020-01-09T16:17+09:00", reporter="권혜민", outlet="뉴스1", jurisdiction="42130"),
 officials=[W],
 claims=[
  c("문화·관광 산업 육성으로 지역경제를 활성화하고 제조업을 통한 일자리 창출 외에 관광분야에서 더 많은 일자리를 창출하겠다는 의지를 밝혔다", W, D, ["culture-tourism", "jobs"], "plan"),
  c("소금산 출렁다리를 중심으로 한 간현관광지 종합개발 사업의 마무리", W, D, ["culture-tourism"], "plan"),
 ],
 not_claims=["2019년 원주시는 그 어느 해보다 풍성한 결실을 맺는 한 해였다", "올해는 지난해 확정된 사업의 조기 가시화에 주력하며 민생경제와 현안사업을 마무리하는 데 집중하겠다", "신년인터뷰를 가졌다"])
D = "2026-01-19"; J = "jeong-jang-seon"
G["jh-03-asiae.txt"] = dict(
 metadata=dict(headline="정장선 평택시장 \"31년 정치생활 마지막까지 최선 다할 것\"", published="2026-01-19T17:55+09:00", reporter="정두환", outlet=None, jurisdiction="41220"),
 officials=[J],
 claims=[
  c("평택호 관광단지 개발, 브레인시티 일반산업단지 조성, 국제학교·카이스트·아주대병원 유치, 대중교통 체계 개편 등을 시장 재임 중 주요 성과로 꼽았다", J, D, ["culture-tourism", "education", "public-health", "public-transit"], "achievement"),
  c("즐길거리가 풍부한 국제문화도시 ▲ 미래를 여는 교육과 따뜻한 복지 등을 제시했다", J, D, ["culture-tourism", "education", "welfare"], "plan"),
 ],
 not_claims=["\"민선 7·8기 도시기반 확충·미래산업 육성 등 의미 있는 성과\"", "\"삼성전자 P5 공사 지원 강화…화장장 조성도 속도 낼 것\"", "\"임기 마지막까지 평택시의 지속 가능한 성장을 위해 최선을 다하겠다.\"", "미래산업 육성 등에서 의미 있는 성과를 거뒀다고 소회를 밝혔다"])
D = "2016-02-09"; E = ["energy-transition"]
G["jh-04-g1tv.txt"] = dict(
 metadata=dict(headline="삼척 신재생에너지 산업 본격화", published="2016-02-09", reporter="홍서표", outlet="G1방송", jurisdiction="42230"),
 officials=[],
 claims=[
  c("원전 대신 신재생에너지 산업 유치에 나섰는데요", None, D, E, "statement"),
  c("삼척시가 추진하는 신재생에너지 산업은 크게 태양광과 풍력입니다", None, D, E, "statement"),
  c("태양광은 하장면 토산리 발전소가 속도를 내고 있습니다", None, D, E, "statement"),
  c("160억원을 들여 8MW 태양광 설비를 조성하는 사업으로, 이르면 이달 착공합니다", None, D, E, "plan"),
  c("삼척시는 이곳 저수지에도 수상 태양광 발전소 건설을 추진하고 있습니다", None, D, E, "statement"),
  c("도내 첫 수상 태양광 발전소로 물 위에 설치해", None, D, E, "statement"),
  c("사업비만 50억원 규모로, 저수지 관리자인 한국농어촌공사와 협의 단계에 있습니다", None, D, E, "statement"),
  c("크고 작은 태양광 발전 시설이 들어섭니다", None, D, E, "plan"),
  c("태양광 9곳 15.3MW와 풍력 3곳 33MW 규모의 발전 설비를 갖추는 목표를 세웠습니다", None, D, E, "target"),
  c("신재생에너지 산업 유치를 계속 확대해, 에너지 자립도는 물론", None, D, E, "plan"),
 ],
 not_claims=["올해부터 가시적인 성과가 나올 수 있을 지 주목됩니다", "시행착오를 겪지 않기 위해서 여러 가지 만반의 준비를 했습니다", "마스터플랜에 따라서 아마 조기에 가시화시킬 그럴 예정입니다", "G1뉴스 홍서표입니다"])
D = "2025-12-18"; L = "lee-byeong-seon"; CB = ["childcare-birth"]
G["jh-05-seoul.txt"] = dict(
 metadata=dict(headline=None, published="2025-12-18", reporter=None, outlet="서울신문", jurisdiction="51210"),
 officials=[L],
 claims=[
  c("강원 속초시 공공산후조리원이 18일 개원했다", None, D, CB, "achievement"),
  c("오는 23일까지 이용 신청을 받아 다음 달 1일부터 운영에 들어간다", None, D, CB, "plan"),
  c("신청자가 많으면 추첨을 통해 이용자를 선발한다", None, D, CB, "statement"),
  c("산모실 10개 실과 신생아실, 모유수유실, 프로그램실, 건강관리실로 구성됐다", None, D, CB, "statement"),
  c("장애물 없는 생활환경(Barrier-Free) 인증을 받았다", None, D, CB, "achievement"),
  c("주민등록을 두고 있는 산모는 이용료를 50%까지 감면받는다", None, D, CB, "statement"),
  c("분만산부인과에서 출산하면 감면율이 60%까지 늘어난다", None, D, CB, "statement"),
  c("국가유공자 본인과 유족, 취약계층, 다문화가족에게는 최대 70%를 감면해 준다", None, D, ["childcare-birth", "welfare"], "statement"),
  c("전문성 있는 운영을 통해 시민들이 신뢰할 수 있는 산후 돌봄 서비스를 제공하겠다", L, D, CB, "plan"),
 ],
 not_claims=["강원 속초시장이 18일 개원한 공공산후조리원 내부 시설을 둘러보고 있다", "강원 속초시 공공산후조리원 내부. 속초시 제공", "Copyright ⓒ 서울신문 All rights reserved."])
D = "2025-06-16"; E13 = "2025-06-13"; H = "lee-dong-hwan"; WF = ["welfare"]
G["jh-06-wikitree.txt"] = dict(
 metadata=dict(headline="이동환 고양시장, '행주내14통 경로당 개관' 축하", published="2025-06-16T15:54+09:00", reporter="이상열", outlet="위키트리", jurisdiction="41280"),
 officials=[H],
 claims=[
  c("지역 어르신들의 복지 향상과 안전한 여가생활을 위한 본격적인 시설 운영에 들어갔다", None, E13, WF, "achievement"),
  c("행주내14통 경로당은 지역 어르신들의 오랜 숙원사업으로, 2021년부터 지속적으로 추진돼 왔다", None, D, WF, "statement"),
  c("연면적 118㎡의 1층 규모로 휴게실, 주방, 화장실 등을 갖춰", None, D, WF, "statement"),
  c("지역 공동체 역량을 높이는 계기가 됐다는 점에서 큰 의미가 있다", None, D, WF, "achievement"),
  c("어르신들이 편안하고 행복한 노후를 보내실 수 있도록 쾌적하고 안전한 환경을 조성하는 데 최선을 다하겠다", H, E13, WF, "plan"),
  c("앞으로도 경로당이 어르신들의 소통과 화합의 중심 공간으로 자리매김하길 바란다", H, E13, WF, "plan"),
 ],
 not_claims=["쾌적하고 안전한 환경을 조성\n\n경기", "50여 명이 참석해 경로당 개관을 축하했다", "행주내14통 경로당 개관식에서 인사말 중인 이동환 고양특례시장"])
M = "choi-mun-sun"; CT = ["culture-tourism"]; IA = ["investment-attraction"]
G["jh-07-chosun.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="42790"),
 officials=[M],
 claims=[
  c("겨울엔 산천어 축제가 열리는 고장이다", None, None, CT, "statement"),
  c("사계절 내내 관광객들이 찾고 있다", None, None, CT, "achievement"),
  c("마지막 4년 임기 동안 체류형 관광을 활성화하는 데 집중하겠다", M, None, CT, "plan"),
  c("제조업 등 기업을 유치하기에는 한계가 있다", M, None, IA, "statement"),
  c("화천군은 굴뚝 없는 산업인 관광을 주목했다", M, None, CT, "statement"),
  c("사계절 지속 가능한 관광 인프라 구축이 필요하다고 판단한 것이다", M, None, CT, "statement"),
  c("여름에 쪽배 축제와 토마토 축제를 열고", M, None, CT, "statement"),
  c("체류형 상품을 적극 개발 중이다", M, None, CT, "statement"),
  c("사내면 군부대 부지를 확보해 농공 단지를 조성할 계획이다", M, None, IA, "plan"),
  c("2026년 완공을 목표로 현재 설계를 진행 중이다", M, None, IA, "statement"),
  c("기업을 유치해 인구를 늘리고 지역 경제를 활성화하겠다", M, None, IA, "plan"),
 ],
 not_claims=["-관광 인프라 구축에 주력하는 이유는.", "-화천 주둔 27사단이 해체되면 피해가 우려된다.", "27사단이 주둔했던 사내면 지역 소상공인들의 피해가 우려된다", "-국내 파크 골프 중심지로 떠오르고 있다."])
D = "2019-01-14"; FV = ["future-vehicles"]
G["jh-08-futurekorea.txt"] = dict(
 metadata=dict(headline="김포시, 친환경 전기버스 보급률 전국 최고...미세먼지 저감 노력", published="2019-01-14T16:02+09:00", reporter="강해연", outlet="미래한국", jurisdiction="41570"),
 officials=["jeong-ha-yeong"],
 claims=[
  c("미세먼지 저감을 위해 친환경 전기버스를 추가 보급해 운행할 계획이다", None, D, ["fine-dust", "future-vehicles"], "plan"),
  c("지난 2017년부터 수도권 최초로 친환경 전기버스를 도입해 운행하고 있으며", None, D, FV, "achievement"),
  c("시내 도로를 배출가스 매연 발생 없이 달리고 있다", None, D, ["fine-dust", "future-vehicles"], "statement"),
  c("36대의 전기버스 보급지원사업을 상반기 중 조기에 완료토록 노력해", None, D, FV, "target"),
  c("전기버스 도입을 지속적으로 적극 추진한 결과 전국 최고의 전기버스 보급률을 자랑하게 됐다", None, D, ["fine-dust", "future-vehicles"], "achievement", "권현"),
  c("이로 인한 미세먼지 저감효과를 시민들과 함께 나누고 싶다", None, D, ["fine-dust"], "statement", "권현"),
 ],
 not_claims=["본 기사는 시사주간지 <미래한국>의 고유 콘텐츠입니다.", "삭제한 댓글은 다시 복구할 수 없습니다."])
Y = "lee-jae-myung"; SM = ["small-merchants"]
G["jh-09-kgnews.txt"] = dict(
 metadata=dict(headline="이 지사, 수원 팔달문시장에서 지역화폐 홍보", published=None, reporter="여원현", outlet=None, jurisdiction="41"),
 officials=[Y],
 claims=[
  c("경기지역화폐를 직접 사용하며 도민의 이해를 도왔다", None, None, SM, "statement"),
  c("도내 각 시·군은 이달 1일부터 본격적으로 지역화폐 발행에 들어갔다", None, None, SM, "achievement"),
  c("골목상권과 지역경제 활성화에 도움이 된다며 지역화폐 이용을 권했다", Y, None, SM, "statement"),
  c("이날 사용된 지역화폐는 수원시가 발행한 카드형 수원페이다", None, None, SM, "statement"),
  c("지역화폐가 골목에서 돌면 시장을 포함한 골목상권이 살아날 것으로 기대한다", Y, None, SM, "statement"),
 ],
 not_claims=["2024.07.28 (일)", "돈이 곳곳에 잘 돌게 하는 것이 경제정책의 핵심", "도넛 가게와 청년 몰의 공예품 가게를 찾아 물건을 사고"])
os.makedirs('/work/blind/set-jh/gold', exist_ok=True)
n = 0
for f, g in G.items():
    out = {"article": f, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    n += len(g["claims"])
    with open('/work/blind/set-jh/gold/' + f + '.json', 'w', encoding='utf-8') as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
print(len(G), "files,", n, "claims")
