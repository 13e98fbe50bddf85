"""Writes gold/*.json for set-fi (hand annotation; one entry per article)."""
import json
G = {}
def c(q, sp, d, pol, k, name=None):
    x = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: x["speaker_name"] = name
    return x
def art(f, head, pub, rep, out, jur, offs, claims, nots):
    G[f] = {"article": f, "metadata": {"headline": head, "published": pub, "reporter": rep, "outlet": out,
            "jurisdiction": jur}, "officials": offs, "claims": claims, "not_claims": nots}

D = "2018-06-28"; JY = ["jobs", "youth-policy"]
art("fi-01-ajunews.txt", "[부산시]지역 주도형 청년일자리사업 본격 시행", "2018-06-28T16:39+09:00", None, None, "26", [], [
    c("'지역주도형 청년일자리사업'이 오는 7월부터 본격 시행에 들어간다", None, D, JY, "plan"),
    c("34개 사업에 69억원의 사업비를 투입해 지역 주도형 청년일자리사업을 추진한다고 28일 밝혔다", None, D, JY, "plan"),
    c("청년창업 보육공간 조성 등 창업분야를 비롯한 각 구·군별 특성에 맞는 다양한 일자리를 제공할 계획이다", None, D, JY + ["startup-support"], "plan"),
    c("이번에 선정된 사업들은 모두 지역 거주 만18세~39세이하 미취업 청년들을 대상으로 모집, 선정한다", None, D, JY, "statement"),
    c("일자리 미스매치를 해소하는데 도움이 될 것으로 기대했다", None, D, JY, "statement"),
    c("청년실업 해소를 위해 취업 뿐만아니라, 창업생태계 조성사업도 적극 지원할 계획", None, D, JY + ["startup-support"], "plan"),
    c("양질의 청년일자리 창출을 위해 더욱 노력하겠다", None, D, JY, "plan"),
], ["정착 지원 등 34개 사업 635명 모집", "부산시 지역청년애 청년내일 포스터", "공고문을 참고하면 된다"])

D = "2022-07-01"; K = "kim-yeong-uk"
art("fi-02-megacitynews.txt", "부산진구, '부산의 중심으로 도약하는 부산진구를 만들겠습니다'", "2022-07-01T16:18+09:00", None, "Megacity", "26230", [K], [
    c("지역 거점형 돌봄센터 및 국공립 어린이집 확충과 산모 건강관리", K, D, ["welfare", "childcare-birth", "culture-tourism"], "plan"),
    c("어린이대공원 메타버스 활용 동·식물 체험관 유치", K, D, ["culture-tourism", "fourth-industrial-revolution"], "plan"),
    c("전통시장 활성화를 위한 공영주차장 신·증설", K, D, ["jobs", "small-merchants", "culture-tourism"], "plan"),
], ["김영욱 구청장이 부전시장을 방문해 시장 상인들과 새벽을 깨우는 인사를 나누는 것으로 취임 일정을 시작했다",
    "다섯 가지 구정 목표를 발표했다", "동서고가로 부암고가로 조기 철거 협의 추진과"])

D = "2024-04-30"
art("fi-03-yeongnam.txt", "경북 원도심 활성화 축제 활기…상인들 모처럼 활짝", "2024-04-30T07:20+09:00", "손병현", None, "47170", [], [
    c("원도심 내 전통시장 콘텐츠 개발을 통한 관광 활성화에 온 힘을 쏟고 있다", None, D, ["urban-regeneration", "small-merchants", "culture-tourism"], "statement"),
    c("안동구시장에선 제비원 상가 공터(안동시 번영길 30)를 활용한 주말 풍물 장터를 운영한다", None, D, ["small-merchants"], "statement"),
    c("신선한 농산물을 판매하는 할머니 장터와", None, D, ["small-merchants", "agriculture"], "statement"),
    c("장터를 찾은 이용객들의 발길을 잡을 예정이다", None, D, ["small-merchants", "culture-tourism"], "plan"),
    c("하나의 문화공간이 될 수 있도록 운영할 예정", None, D, ["small-merchants", "culture-tourism"], "plan"),
    c("함께 어울려 활기 넘치는 원도심이 되기를 기대한다", None, D, ["urban-regeneration"], "statement"),
    c("다양한 사업을 추진해 지역 상권에 활기를 불어넣고 있다", None, D, ["small-merchants"], "statement"),
], ["안동 장날 추억 즐기는 문화공간 변모", "중앙신시장 직거래 장터 운영", "구시장 풍물 장터 먹거리 마차",
    "신선 농산물 판매 할머니 장터", "안동시 안동구시장 주말 풍물장터", "정부 부처 각종 공모사업에 적극 대응하"])

D = "2026-01-13"; J = "ju-nak-yeong"
art("fi-04-segye.txt", "주낙영 경주시장 “3선 출마 긍정적 생각”… 포스트 에이펙 넘어 ‘미래 10년’ 도시 전략 제시",
    "2026-01-13T15:51:23+09:00", None, "세계일보", "47130", [J], [
    c("핵심 성과로 아시아태평양경제협력체(APEC·에이펙)) 정상회의 성공 개최, 관광도시 도약", J, D, ["culture-tourism"], "achievement"),
    c("세계 10대 관광도시로 도약, 차세대 원전 및 미래차 산업 혁신 진원지로 부상", J, D, ["culture-tourism", "future-vehicles"], "plan"),
], ["3선 출마를 긍정적으로 생각하고 있고", "그동안 성과를 더 큰 변화로 이끌어 '지속가능한 경주'를 마무리 지으려고 생각한다",
    "올해 시정 운영 방향을 밝히고 있다", "주 시장, 새해 언론인간담회서 시정 운영 방향 제시"])

D = "2025-07-15"; JG = "jo-gyu-il"
art("fi-05-knn.txt", "[인물포커스] - 조규일 진주시장", "2025-07-15T08:45+09:00", "강유경", "KNN", "48170", [JG], [
    c("민속 예술 공예 분야의 세계 66개 도시의 '의장 도시'가 되었고요", JG, D, ["culture-tourism"], "achievement"),
    c("정부가 공인하는 문화 도시로 선정되기도 했습니다", JG, D, ["culture-tourism"], "achievement"),
    c("약 20만 명이 방문하는 그런 성과를 이루어냈고요", JG, D, ["culture-tourism"], "achievement"),
    c("'다함께 돌봄센터' '국공립 어린이집'", JG, D, ["welfare", "childcare-birth"], "statement"),
], ["진주가 지자체 차원에서는 처음으로 소형 위성을 우주에 띄워 올리는 등", "그분들의 경영 철학을 진주 기업가 정신으로 승화시킨 사업이",
    "도시 브랜드 가치 향상에 있어서 큰 성과를 나타냈다", "대통령상 2회 수상을 포함해서"])

L = "lee-tae-hun"
art("fi-06-idaegu.txt", None, None, "김현수", "대구일보", "27290", [L], [
    c("시청사 유치 동 추진위원회 회의를 개최한다", None, None, ["city-hall"], "statement"),
    c("전체 280여 명으로 구성됐다", None, None, ["city-hall"], "statement"),
    c("랜드마크 최적지 등의 강점을 알리는 다양한 홍보 활동을 전개하고 있다", None, None, ["city-hall"], "statement"),
    c("시청사 유치 추진 경과 및 과열유치행위 감점 기준 설명", None, None, ["city-hall"], "statement"),
    c("신청사가 옛 두류정수장부지로 유치될 수 있도록 최선을 다하겠다", L, None, ["city-hall"], "plan"),
], ["▲ 대구 달서구청 전경."])

KD = "kim-doo-gyeom"; IA = ["investment-attraction"]
art("fi-07-seoul.txt", "김두겸 울산시장 인터뷰", None, None, "서울신문", "31", [KD], [
    c("불필요한 개발제한구역(그린벨트)을 풀어 값싼 공장 부지를 제공하겠습니다", KD, None, IA, "plan"),
    c("기업 투자로 좋은 일자리가 많이 생기면 사람들이 울산으로 몰려올 것입니다", KD, None, IA + ["jobs"], "statement"),
    c("국내외 기업들의 과감한 투자 유치를 이끌어 내 좋은 일자리가 넘쳐 나는 울산을 만들겠다", KD, None, IA + ["jobs"], "plan"),
    c("진정한 일자리는 기업에서 나온다", KD, None, ["jobs"], "statement"),
    c("울산을 기업하기 좋은 도시로 만들겠다", KD, None, IA, "plan"),
    c("세계적인 탄소중립 흐름에 맞춰 연료와 공정", KD, None, ["climate-carbon"], "plan"),
    c("전기·수소차, 선박 등 친환경 미래 모빌리티 생산을 확대하고", KD, None, ["future-vehicles"], "plan"),
    c("현대자동차 전기차 공장 등을 유치하면서", KD, None, IA + ["future-vehicles"], "achievement"),
    c("대기업을 방문해 투자 유치를 위한 비즈니스를 벌였다", KD, None, IA, "achievement"),
    c("이런 적극적인 노력이 기업들의 투자 의욕을 높인 것으로 생각한다", KD, None, IA, "achievement"),
    c("그는 투자를 결정한 기업에는 파격적인 행정·재정적 지원과 함께", KD, None, IA, "statement"),
], ["김두겸 울산시장 인터뷰", "3대 주력 산업을 받쳐 줄 첨단 산업과 에너지 산업의 육성도 시급하다",
    "과감한 혁신과 고도화가 필요하다"])

D = "2022-01-11"; UR = ["urban-regeneration"]
art("fi-08-gimhae.txt", "김해시, 도시재생 뉴딜·농촌마을 만들기 사업 활발", "2022-01-11T07:46+09:00", None, "김해시보", "48250", [], [
    c("19개 읍·면·동의 균형 잡힌 발전을 이뤄가고 있다", None, D, UR + ["agriculture"], "statement"),
    c("생기발랄한 가야뜰 마을 만들기 공모사업 선정을 통해 확보한 국·도비를 들여", None, D, UR + ["agriculture"], "statement"),
    c("사회적기업 육성 등으로 일자리를 창출한다", None, D, UR + ["culture-tourism", "jobs"], "statement"),
    c("이 같은 도시재생은 지난 2016년 원도심(동상·회현·부원동)을 시작으로", None, D, UR, "statement"),
    c("11개 세부사업을 올해 6월까지 마무리한다", None, D, UR, "plan"),
    c("11개 단위사업 추진에 283억 원이 투입된다", None, D, UR, "statement"),
    c("10개 단위사업(39개 세부사업)을 추진한다", None, D, UR, "statement"),
    c("진영읍 도시재생뉴딜사업(2020~2024)은 상생주차타워", None, D, UR, "statement"),
], ["김해시보 제 977 호", "5개 지구·17개 마을 환경 개선 공동체 활성화, 균형 발전 도모", "비주얼 홍보"])

KY = "kwon-young-jin"; WS = ["water-supply"]
art("fi-09-dgy.txt", None, None, None, None, "27", [KY], [
    c("취수원 다변화의 마지막 고비를 전 직원이 모든 역량을 집중하고", KY, None, WS, "plan"),
    c("30년 동안 상황변화가 없었던 취수원다변화 정책에 구미시장이 공동취수 조건부 수용 의사를 표명했고", KY, None, WS, "statement"),
    c("상생협력 방안인 취수원 다변화 문제에 전 직원이 역량을 쏟아붓고", KY, None, WS, "plan"),
    c("주기적인 수질오염사고로 인해 먹는 물로 인한 고통을 겪어 왔으며", None, None, WS, "statement"),
    c("안전한 취수원 확보에 대한 지난 30년간의 염원을 해결할 수 있게 됐으며", None, None, WS, "achievement"),
    c("이번 결정을 즉각 철회하고 낙동강 수질 개선 등 근본적인 대책을 마련하라", None, None, WS, "criticism"),
    c("인근 지역 주민들도 거세게 반대하고 있다", None, None, WS, "criticism"),
    c("권 시장이 이날 발언한 마지막 고비 극복은 반대목소리를", None, None, WS, "statement"),
], [])

for f, g in G.items():
    open(f"/work/blind/set-fi/gold/{f}.json", "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
    print(f, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
