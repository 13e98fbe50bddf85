"""Writes gold/*.json for set-hb. Claims: (quote, speaker, date, policies, kind)."""
import json, os
G = {}
def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    G[name] = {"article": name,
               "metadata": {"headline": headline, "published": published, "reporter": reporter,
                            "outlet": outlet, "jurisdiction": jur},
               "officials": officials,
               "claims": [{"quote": q, "speaker": s, "date": d, "policies": p, "kind": k} for q, s, d, p, k in claims],
               "not_claims": not_claims}

L = "lee-jang-woo"; D = "2025-11-10"
art("hb-01-newsstep.txt", "대전시 청년미래자문단 출범, 청년과의 소통 강화", "2025-11-11T08:30:21+09:00", "최선경", "뉴스스텝", "30",
    [L], [
    ("대전시는 10일 시청 하늘마당에서", None, D, ["youth-policy"], "statement"),
    ("청년세대의 시정 참여 확대를 위한 청년 미래자문단 공식 출범 행사로", None, D, ["youth-policy", "citizen-participation"], "statement"),
    ("청년이 즐기고 머무는 도시로 변화하고 있다", L, D, ["culture-tourism", "youth-policy"], "achievement"),
    ("일자리 기반이 빠르게 확충되고 있다", L, D, ["jobs"], "statement"),
    ("청년이 떠나지 않고도 충분히 기회를 잡을 수 있는 도시로 만들고 있다", L, D, ["jobs", "youth-policy"], "statement"),
    ("청년 임대주택 공급과 월세 지원 확대", L, D, ["housing", "childcare-birth", "youth-policy"], "plan"),
    ], ["웨이팅의 도시로 불릴 만큼 전국에서 가장 뜨거운 도시가 됐다", "대전에서 취업이 서울보다 기회가 적다는 인식이 있다",
        "월세 등 생활비 부담을 줄일 방안이 있느냐", "청년들이 체감하는 다양한 주제에 대해 시장과 자유롭게 의견을 나누는",
        "대학․자치구 추천 청년 32명 위촉… 정책토론과 도시락 만찬"])

C = "lee-choon-hee"
art("hb-02-ccdailynews.txt", "이춘희 세종시장 , 정부 시범도시 지정 맞춰 역량 집중", None, "장중식", None, "36",
    [C], [
    ("'세종형 스마트시티' 조성사업에 속도를 내기로 했다", None, None, ["smart-city"], "plan"),
    ("스마트시티 우수사례를 벤치마킹하고 국제적 네트워크를 구축하기 위한 가능성을 타진했다", C, None, ["smart-city"], "statement"),
    ("4차산업혁명의 모든 기술과 서비스를 구현할 수 있는 스마트시티 국가시범도시로 지정한 바 있다", None, None, ["smart-city", "fourth-industrial-revolution"], "achievement"),
    ("1조4000억원(공공부문 9500억, 민간부문 5400억)을 들여", None, None, ["smart-city"], "statement"),
    ("4대 핵심요소로 꼽았다", None, None, ["smart-city"], "statement"),
    ("조직개편 확대 등을 통해 구체화되기 시작했다", None, None, ["smart-city"], "achievement"),
    ("스마트시티 사업을 적극 챙겨나가겠다", C, None, ["smart-city"], "plan"),
    ], ["교류의 물꼬를 튼 유럽의 도시들과 지속적인 협력관계를 구축하고"])

P = "2021-04-05"
art("hb-03-newscore.txt", "충주시, 일자리대책 세부계획 수립...고용률 67% 목표", "2021-04-05T10:21+09:00", "곽금미", "뉴스코어", "43130",
    [], [
    ("목표 고용률을 전년보다 0.5% 상향된 67%로 설정했다", None, P, ["jobs"], "target"),
    ("‘2021년 충주시 일자리대책 세부계획’을 수립해 공시했다", None, P, ["jobs"], "achievement"),
    ("고용노동부의 지역 일자리 활성화 정책이다", None, P, ["jobs"], "statement"),
    ("40여개 기업에서 2,000개 일자리 창출과 1조3,000억원의 투자유치를 달성했다", None, P, ["medical-industry", "jobs", "investment-attraction"], "achievement"),
    ("일자리 대상 평가에서 최우수상을 받는 쾌거를 이뤘다", None, P, ["jobs"], "achievement"),
    ("일자리 26,000여 개 창출, 고용률(15세~64세) 67% 달성을 목표로", None, P, ["jobs"], "target"),
    ("△고용효과가 높은 우량기업 유치", None, P, ["jobs", "investment-attraction", "culture-tourism", "agriculture", "youth-policy"], "plan"),
    ], ["전년도 대비 0.5% 상향, 일자리 2만6,000개 창출"])

O = "oh-se-hyeon"
art("hb-04-joongdo.txt", "아산시, 충청남도와 합동 기업 투자협약 체결", "2019-03-26T08:53+09:00", "이형민", "중도일보", "44200",
    [O, "yang-seung-jo"], [
    ("지난 25일 충남 기업합동 투자협약(MOU) 체결식에", None, "2019-03-25", ["investment-attraction"], "achievement"),
    ("총 361억원의 신규투자와 140여개의 새로운 일자리가 생길 것으로 기대하고 있다", None, "2019-03-26", ["investment-attraction", "jobs"], "achievement"),
    ("이번 협약에 따라 총 240억원 규모로", None, "2019-03-26", ["investment-attraction"], "plan"),
    ("121억의 투자를 약속했다", None, "2019-03-26", ["investment-attraction"], "achievement"),
    ("기업하기 좋은 도시 아산을 만들어", O, "2019-03-25", ["investment-attraction", "jobs"], "plan"),
    ], ["반도체 표면처리 전문기업으로 2009년 아산테크노밸리산업단지에 1호로 입주하면서",
        "오세현 아산시장, 양승조 충남도지사"])

B = "park-byeong-gyu"; E = "2023-08-23"
art("hb-05-newsggam.txt", "광주 광산구, 21개 동 ‘작은 구청장’ 동장과 함께하는 정책대화", "2023-08-23T13:58+09:00", "김필수", "뉴스깜", "29200",
    [B], [
    ("광산의 지도를 바꿀 주요 현안을 비롯해", None, E, ["future-vehicles", "culture-tourism", "airport-relocation", "investment-attraction"], "statement"),
    ("주민자치, 자치분권 실현을 위해 각 동의 권한과 책임을 강화하는 방안에 대한 논의도 진행했다", None, E, ["citizen-participation", "decentralization"], "statement"),
    ], ["동장과 함께하는 정책대화를 열고 성공적인 구정 추진을 다짐했다", "주민의 자치활동을 뒷받침하고 있는 동장과의 소통을 통해",
        "21개 동의 정책과 사업이 광산구의 정책과 사업이 돼야 한다", "동장은 동의 구청장과 같다"])

K = "2013-08-19"; A_ = ["agriculture"]
art("hb-06-kmib.txt", "전북 지자체 귀농·귀촌 유치에 안간힘", "2013-08-19T16:45+09:00", None, "쿠키뉴스", "45",
    [], [
    ("전북지역 지자체들이 귀농·귀촌인 유치에 안간힘을 쏟고 있다", None, K, A_, "statement"),
    ("농촌인력 유출에 대응하고 지역에 활력을 되찾아 주기 위해서다", None, K, A_, "statement"),
    ("1942가구 3909명의 도시민들이 전북의 농촌으로 들어왔다", None, K, A_, "statement"),
    ("지난해 2553가구로 해마다 증가했다", None, K, A_, "statement"),
    ("베이비붐 세대들을 끌어오기 위한 다양한 정책을 펴고 있다", None, K, A_, "statement"),
    ("6000명의 귀농·귀촌인을 유치하겠다는 목표다", None, K, A_, "target"),
    ("8억원을 들여 1955∼1963년생 교육장을 짓고 있다", None, K, A_, "statement"),
    ("2007년 도내 최초로 지원조례를 제정", None, K, A_, "achievement"),
    ("작은 군의 면단위 인구가 늘어나는 성과를 얻고 있다", None, K, A_, "achievement"),
    ("지난달 귀농(귀촌)지원센터를 건립했다", None, K, A_, "achievement"),
    ("400여명의 예비 귀농인에 대한 교육이 실시될 예정이다", None, K, A_, "plan"),
    ("완주군은 서울시와 상생협력 협약을 맺어", None, K, A_, "statement"),
    ("20차례 품목별 영농교육을 실시 중이다", None, K, A_, "statement"),
    ("광역단체 최초로 귀농귀촌지원센터를 세워", None, K, A_, "achievement"),
    ("찾아가는 ‘수도권 귀농학교’를 운영 중이다", None, K, A_, "statement"),
    ], [])

J = "ju-cheol-hyeon"; Y = "2017-08-10"; T = ["culture-tourism"]
art("hb-07-seoul.txt", "주철현 전남 여수시장 “에메랄드빛 바다, 섬 여행 힐링 가득”", "2017-08-10T17:34+09:00", None, "서울신문", "46130",
    [J], [
    ("섬 관광은 가 본 사람만이 간직하는 소중한 추억이 될 겁니다", J, Y, T, "statement"),
    ("휴식과 힐링이 되는 섬 여행 바람이 불고 있다", J, Y, T, "statement"),
    ("매년 5000여명씩 더 찾아오고 있어 주민들의 소득 창출과 연계하는 노력을 하고 있다", J, Y, T, "achievement"),
    ("앞으로 섬 여행으로 더 유명해질 것이라고 했다", J, Y, T, "statement"),
    ("‘찾아가고 싶은 섬’으로 선정돼 개발이 한창", J, Y, T, "achievement"),
    ("주민들의 복지와 연계되도록 다양한 아이디어를 찾고 있다", J, Y, ["culture-tourism", "welfare"], "statement"),
    ("해양레저스포츠가 함께하는 특별한 공간으로 만들어 갈 것", J, Y, T, "plan"),
    ("하이킹 코스, 탐방로, 돌담길 등 섬 특징을 살린", J, Y, T, "plan"),
    ], ["육지에서 볼 수 없는 빼어난 절경을 걷는 기분은", "에메랄드빛 바다를 경험해 보라", "경조사비 5만원",
        "공공기관 1만 2000명 ‘청원경찰의 애환’"])

H = "oh-young-hun"; Q = "2022-12-20"; HS = ["housing"]
art("hb-08-jejuhwc.txt", "오영훈 지사 \"제주형 주거복지 정책 강화...수혜대상자 확대\"", "2022-12-20", None, "헤드라인제주", "50",
    [H], [
    ("주거복지 수혜대상자를 확대하도록 지원과 홍보를 강화하겠다고 밝혔다", H, Q, HS, "plan"),
    ("제주형 주거복지정책을 실현하기 위한 의미있는 시도로 점차 성과가 나타나고 있다", H, Q, HS, "achievement"),
    ("더 많은 도민이 주거복지 혜택을 받도록 함께 노력하겠다", H, Q, HS, "plan"),
    ("주거복지 지원사항도 보다 명확하게 홍보해야 한다", H, Q, HS, "plan"),
    ("건입동 행복주택 외부 벽면 디자인 계획", H, Q, HS, "plan"),
    ("주거환경 개선과 주거복지 향상을 위한 다양한 정책을 추진하겠다는 뜻을 전했다", H, Q, HS, "plan"),
    ("주거복지센터 덕분에 깨끗하고 살기 좋은 주거환경에", None, Q, HS, "achievement"),
    ], ["김정학 제주개발공사 사장, 양진철 제주개발공사 상임감사"])

M = "2015-09-10"; U = ["urban-regeneration"]
art("hb-09-viva100.txt", "목포시, ‘도시재생사업’ 추진 박차", "2015-09-10T11:18+09:00", "이기우", None, "46110",
    [], [
    ("도시재생지원센터의 진용을 정비해 사업 추진에 박차를 가하고 있다", None, M, U, "statement"),
    ("도시재생사업 추진단장겸 총괄코디네이터로", None, "2015-09-08", U, "achievement"),
    ("각각 분야별 전문 코디네이터로 위촉했다", None, "2015-09-08", U, "achievement"),
    ("오는 18일 선정할 계획이다", None, M, U, "plan"),
    ("테스크포스(T/F)팀을 구성해 운영하는 등", None, M, U, "achievement"),
    ("세부사업 추진에 박차를 가할 계획이다", None, M, U, "plan"),
    ("사업비 200억원이 투자되는 사업이다", None, M, U, "statement"),
    ("4대 전략계획을 수립했고", None, M, U, "achievement"),
    ("10대 마중물사업 30개 세부사업계획 수립을 위해", None, M, U, "statement"),
    ], ["4대 전략, 10대 마중물 사업 본격 추진"])

os.makedirs('/work/blind/set-hb/gold', exist_ok=True)
for n, g in G.items():
    open(f'/work/blind/set-hb/gold/{n}.json', 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
print(len(G), sum(len(g["claims"]) for g in G.values()))
