"""Writes gold/*.json for set-fg (hand annotation)."""
import json, os
D = '/work/blind/set-fg/gold/'
os.makedirs(D, exist_ok=True)
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def G(art, head, pub, rep, out, jur, offs, claims, nots):
    g = {"article": art, "metadata": {"headline": head, "published": pub, "reporter": rep, "outlet": out,
         "jurisdiction": jur}, "officials": offs, "claims": claims, "not_claims": nots}
    json.dump(g, open(D + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

d = "2023-01-21"; K = "kang-beom-seok"; SM = ["small-merchants"]
G("fg-01-fnnews.txt", None, "2023-01-21T14:28+09:00", "한갑수", "파이낸셜뉴스", "28260", [K], [
 C("골목형상점가 8곳이 올해 국·시비 공모사업 ‘전통시장 및 상점가 활성화 사업’에 선정됐다", None, d, SM, "achievement"),
 C("시장경영패키지 지원사업에는 인천축산물시장, 강남시장, 경서 골목형상점가가 선정됐다", None, d, SM, "achievement"),
 C("화재알림시설 설치사업에는 검단중앙 골목형상점가가 선정됐다", None, d, SM + ["disaster-safety"], "achievement"),
 C("전통시장 인력지원사업에는 가좌시장과 신거북시장이, 시설현대화사업에는 인천축산물시장이 선정되기도 했다", None, d, SM, "achievement"),
 C("선정을 계기로 지속적이고 발전적인 사업을 시도해 나갈 계획이다", None, d, SM, "plan"),
 C("국비를 포함한 예산 6억원을 전통시장과 골목형상점가에 지원한다", None, d, SM, "plan"),
 C("전통시장 매니저 인건비 지원 등이다", None, d, SM, "statement"),
 C("전통시장과 골목형상점가 상인들의 노력이 결실을 보게 되어 기쁘다", K, d, SM, "achievement"),
 C("상권활성화를 위해 구에서도 지원을 아끼지 않겠다", K, d, SM, "plan"),
], ["kapsoo@fnnews.com 한갑수 기자"])

d = "2019-10-18"; UR = ["urban-regeneration"]; CP = ["urban-regeneration", "citizen-participation"]
G("fg-02-mi.txt", "인천 미추홀구, 도시재생지원센터 홈페이지 오픈 운영", "2019-10-18T13:50+09:00", "김양훈", "매일일보", "28177",
  ["kim-jeong-sik"], [
 C("주민 의견을 나눌 수 있는 도시재생사업 홈페이지가 운영된다", None, d, CP, "statement"),
 C("도시재생뉴딜사업에 대한 정보제공과 주민 의견 수렴을 위해 미추홀구 도시재생지원센터 홈페이지를 운영하고 있다고 18일 밝혔다", None, d, CP, "statement"),
 C("주민참여 활성화 지원, 도시재생지역 주민 갈등을 조정하는 역할을 수행하는 기관으로 지난 4월 설립됐다", None, d, CP, "statement"),
 C("이번에 오픈한 홈페이지는 미추홀구 도시재생 사업현황, 센터소개, 관련자료 공유방, 질문게시판 등으로 구성됐다", None, d, UR, "statement"),
 C("행정과 주민 의견을 수렴해 원활한 소통의 장으로 활용될 수 있도록 수시로 보완할 예정이다", None, d, CP, "plan"),
 C("홈페이지를 통해 주민의 참여를 이끌어내고 주거 복지와 일자리 창출 등 도시재생사업에 대한 의견이 모이는 온라인 공간으로 만들어가겠다", None, d, CP, "plan", "이순복"),
], ["삭제한 댓글은 다시 복구할 수 없습니다", "미추홀구 전경"])

d = "2020-07-31"; KM = "kim-mi-gyeong"; DC = ["dementia-care"]
G("fg-03-womannews.txt", "은평구 치매안심센터, 비대면 개소식", "2020-07-31T08:48+09:00", "이경문", "여성종합뉴스", "11380", [KM], [
 C("치매 통합서비스를 제공할 수 있는 시설로 새롭게 리모델링 및 증축공사를 마치고 문을 열었다", None, d, DC, "achievement"),
 C("진료실, 검진실, 프로그램실, 건강관리실, 사무실 등으로 재구성됐다", None, d, DC, "statement"),
 C("가족카페와 치매어르신을 위한 쉼터는 2층에 확충하여", None, d, DC, "achievement"),
 C("검진실과 프로그램실 확대와 방음시설 보강, 대기명단 시스템을 도입함으로써", None, d, DC, "achievement"),
 C("새 단장한 은평구치매안심센터 소개 책자를 발간하여", None, d, DC, "statement"),
 C("‘치매 컨트롤 타워’로서 지역사회 중심 치매 허브 역할을 해 나가길 기대한다", KM, d, DC, "statement"),
 C("은평구치매안심센터가 갖추고 있는 모든 자원은 지역주민 여러분들을 위한 것이니", KM, d, DC, "statement"),
], ["코로나19바이러스 감염을 방지하고자 비대면으로 개소식을 개최할 예정이다", "트위터로 보내기카카오톡 네이버 밴드 공유"])

d = "2018-04-25"; SC = ["smart-city"]
G("fg-04-kihoilbo.txt", "인천경제청, 연세대와 ‘스마트시티 모델’ 만든다", "2018-04-25", "김종국", "기호일보", "28", [], [
 C("스마트시티 사업 협력을 위한 업무협약(MOU)를 맺었다고 25일 밝혔다", None, d, SC, "achievement"),
 C("미래 도시 스마트시티 기술개발과 국가 스마트시티 사업 유치를 위한 공동 협력을 통해 지속가능한 도시 개발 모델을 만들어 가기로 했다", None, d, SC, "plan"),
 C("산·학·연 협력기관 및 자문위원회를 구성하기로 했다", None, d, SC, "plan"),
 C("‘국가 스마트시티 실증도시 사업’에 선정될 수 있도록 최선을 다하겠다고 했다", None, d, SC, "plan"),
 C("기존 도시에 스마트시티 기술을 적용하고 실증하는 사업이다", None, d, SC, "statement"),
], ["업무협약을 맺고 협약서를 들어보이고 있다", "기술 개발·사업 유치 등 협력… 산·학·연 자문위원회 구성 등 추진"])

d = "2011-01-10"; SU = ["startup-support"]
G("fg-05-kmib.txt", "옛 인천大 본관 리모델링… 市, 창업지원센터 만든다", "2011-01-10T22:22+09:00", "정창교", "국민일보", "28", [], [
 C("‘제물포 스마트타운 조성 기본계획’을 확정, 10일 발표했다", None, d, SU, "plan"),
 C("아이템을 가진 청년이라면 누구나 창업에 도전하고 성취할 수 있는 공간과 환경을 조성하는 사업이다", None, d, SU + ["youth-policy"], "statement"),
 C("1만2160㎡ 규모의 창업지원센터를 설립, 오는 9월부터 예비창업자 500명을 지원하기로 했다", None, d, SU, "target"),
 C("센터에는 창업 준비실과 창업 보육실, 편의시설, 컨설팅 지원 시설 등이 갖춰진다", None, d, SU, "statement"),
 C("센터 운영은 창업보육 및 벤처기업 육성 전담기관인 인천정보산업진흥원이 맡기로 했다", None, d, SU, "plan"),
 C("중앙부처의 IT 및 창업관련 사업을 집중 유치할 계획이다", None, d, SU, "plan"),
 C("예비 창업자 교육, 창업 동아리 지원 사업, 공모전 등 사업을 조기에 착수할 예정이다", None, d, SU, "plan"),
 C("청년에게 충분한 창업기회를 제공해 당면한 청년 실업문제를 해소하고 구도심 발전에 활력을 불어 넣겠다", None, d,
   SU + ["youth-policy", "jobs", "urban-regeneration"], "plan"),
], ["인천=정창교 기자 jcgyo@kmib.co.kr"])

P = "park-won-soon"
G("fg-06-yonhapnewstv.txt", "박원순 \"청년수당이 포퓰리즘? 현장 가봐야\"", None, None, "연합뉴스TV", "11", [P], [
 C("취업준비생들에게 월 50만원의 청년수당을 지급하겠다는 계획이 '포퓰리즘'이란 지적에 대해", P, None, ["youth-policy", "jobs"], "statement"),
 C("청년 실업 상황이나 고통을 제대로 이해하지 못하는 말씀", P, None, ["youth-policy", "jobs"], "criticism"),
 C("서울시의 청년보장정책은 노인 기초연금과는 차원이 다르다", P, None, ["youth-policy"], "statement"),
 C("취업 절벽 앞에 선 청년들에게 사다리를 놓아주자는 것", P, None, ["youth-policy", "jobs"], "statement"),
 C("서울형 노동시간 단축모델을 개발하겠다고 덧붙였습니다", P, None, ["labor-relations"], "plan"),
], ["청년수당이 포퓰리즘? 현장 가봐야", "연합뉴스TV : 02-398-4409(제보)"])

d = "2022-12-28"; PI = "park-il-ha"; FV = ["future-vehicles"]
G("fg-07-siminilbo.txt", "동작구, 공영주차장 5곳 전기차 충전기 확충", "2022-12-28T16:24+09:00", "여영준", "시민일보", "11590", [PI], [
 C("공영주차장 5곳에 전기자동차 충전기를 설치하고 오는 2023년 1월부터 운영한다고 28일 밝혔다", None, d, FV, "achievement"),
 C("주차면 50면 이상의 주차장은 의무적으로 친환경차 충전시설과 전용주차구역을 마련해야 한다", None, d, FV, "statement"),
 C("5억원의 예산을 확보해 공영주차장 5곳에 충전기 9대를 설치했다", None, d, FV, "achievement"),
 C("공영주차장으로, 내년 1월 중 운영을 시작한다", None, d, FV, "plan"),
 C("친환경차 대중화를 목표로 친환경 수소·전기차 구매보조금 지원, 공공 급속충전기 확충 등을 지속적으로 추진할 계획이다", None, d, FV, "plan"),
 C("친환경 녹색도시 구현의 일환으로 전기차 충전시설을 지속적으로 확충하겠다", PI, d, FV + ["climate-carbon"], "plan"),
 C("탄소 중립과 기후 위기 대응을 위한 다양한 정책을 펼쳐가겠다", PI, d, ["climate-carbon"], "plan"),
], ["내년 1월 중 가동", "친환경차 이용 환경 제고", "[ⓒ 시민일보. 무단전재-재배포 금지]"])

d = "2023-06-22"; Y = "yoo-jeong-bok"
G("fg-08-mk.txt", "유정복 인천시장 \"바이오 등 첨단산업 육성…세계 10대 도시로\"", "2023-06-22T10:00+09:00", "신민재", "연합뉴스", "28", [Y], [
 C("백령공항 건설 본격화와 송도랜드마크타워·청라시티타워 사업 정상화도 성과로 들었다", Y, d, ["airport-relocation"], "achievement"),
 C("바이오·모빌리티·반도체 등 미래 첨단산업을 육성해 인천의 성장동력을 창출할 것", Y, d, ["medical-industry", "future-vehicles"], "plan"),
 C("현재 세계 최대 바이오의약품 생산도시인 인천은 앞으로 초격차를 더욱 확대할 예정", Y, d, ["medical-industry"], "plan"),
 C("롯데바이오로직스도 최근 인천시와 바이오의약품 메가플랜트 연내 착공을 위한 업무협약(MOU)을 체결했다", None, d,
   ["medical-industry", "investment-attraction"], "achievement"),
 C("커넥티드카 소재·부품 인증평가센터와 로봇실증지원센터 조성을 추진 중이다", None, d, ["future-vehicles", "robot-industry"], "statement"),
], ["미래 첨단산업을 집중 육성해 인천을 세계 10대 도시로 키우겠다는 청사진을 제시했다",
    "취임 1주년 기자회견을 열고 지난 1년간 주요 성과와 앞으로의 시정 운영 방향을 밝혔다",
    "재외동포청 인천 유치와 영종주민 인천·영종대교 통행료 무료화, 수도권매립지 4자 협의체 재가동 등을 꼽았다",
    "양방향 무선통신이 가능한 미래형 자동차다", "BMW코리아는 청라국제도시에 자동차 연구개발 시설 건립을 추진하고 있다",
    "취임 1주년 기자회견서 그동안 주요 성과와 미래 비전 제시"])

d = "2023-06-30"; O = "oh-se-hoon"; W = ["welfare"]
G("fg-09-theqoo.txt", "'민선8기 1년' 오세훈 \"가장 큰 업적 묻는다면, '약자와의 동행'\"", "2023-07-01T10:16+09:00", "조현아", "뉴시스", "11", [O], [
 C("가장 큰 업적을 묻는다면 '약자와의 동행'\"이라고 밝혔다", O, d, W, "achievement"),
 C("그럴 때 저는 약자와의 동행이라고 답한다", O, d, W, "achievement"),
 C("강조하자면 약자와의 동행을 하기 위해 정치한다", O, d, W, "statement"),
 C("금수저와 흙수저의 격차가 점점 커지는 지금 대한민국, 서울에 가장 필요한 것", O, d, W, "statement"),
 C("'반창고' 같은 역할을 약자와의 동행이 해줄 거라고 믿는다", O, d, W, "statement"),
 C("약자와의 동행을 한다고 하면 첫 번째 반응은 '보수가 왜?'", O, d, W, "statement"),
 C("약자와의 동행을 하는 건 5년, 10년 뒤가 아니라 50년, 100년 뒤에도 흔들림없는 사회를 바라보기 때문이다", O, d, W, "statement"),
 C("약자와의 동행은 이미 힘차게 앞으로 나아가고 있다", O, d, W + ["education", "housing"], "achievement"),
 C("약자와의 동행을 허구라고 하거나 오세훈이 약자를 죽이고 있다는 극단적 반응이 있다", O, d, W, "statement"),
 C("13조2000억원을 투입해 641건의 약자 관련 정책을 펴고 있고", O, d, W, "statement"),
], ["많은 사람들이 '오세훈의 청계천은 무엇이냐'", "보수라서 더 책임감을 갖고 마련해야 하는게 사회의 지속 가능성", "17,515 555"])
print('ok')
