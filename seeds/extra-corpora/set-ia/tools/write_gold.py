# Writes gold/<article>.json for set-ia (hand annotations; see GOLD_NOTES.md).
import json, os
G = os.path.join(os.path.dirname(__file__), '..', 'gold')
def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
def md(h, p, r, o, j):
    return {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j}
F = {}

d = "2020-11-26"; P = "park-nam-chun"
F['ia-01-mt.txt'] = dict(
 metadata=md("인천시 '탈석탄 동맹' 가입…박남춘 \"영흥화력 조기폐쇄\"", "2020-11-26T16:46+09:00", "강남주", "뉴스1", "28"),
 officials=[P],
 claims=[
  c("영흥화력발전소를 조기 폐쇄하겠다", P, d, ["energy-transition"], "plan"),
  c("오늘이 탈석탄과 탄소중립 사회로 향하는 역사적인 첫 걸음", P, d, ["energy-transition", "climate-carbon"], "achievement"),
  c("기후변화와 대기오염의 원인인 석탄발전을", None, d, ["energy-transition", "climate-carbon"], "target"),
  c("우리나라에서는 충남, 서울, 경기에 이어 인천이 4번째로 가입했다", None, d, ["energy-transition"], "achievement"),
  c("자연은 우리에게 수많은 경고로 기후위기를 알리고 있다", P, d, ["climate-carbon"], "statement"),
  c("최근 문재인 대통령이 ‘2050년 탄소중립’을 선언했다", P, d, ["climate-carbon"], "statement"),
  c("영흥화력발전소 조기폐쇄 및 LNG전환 등을 위해 노력하고자 한다", P, d, ["energy-transition", "climate-carbon"], "plan"),
 ],
 not_claims=["박남춘 \"영흥화력 조기폐쇄\"", "선언문에 서명을 하고 있다", "PPCA는 지속적인 석탄사용을 벗어나기 위해 노력하는 국가, 지방, 단체들의 연맹이다",
             "지난 2017년 제23차 유엔기후변화협약(UNFCCC) 당사국 총회에서 영국과 캐나다 주도로 창립됐다",
             "지속가능하고 안전한 미래를 위해 지금까지와는 다른 삶의 대전환을 이뤄내야 할 때"])

L = "lee-dong-jin"; e = "2018-08-31"; p = "2018-09-04"
F['ia-02-shinailbo.txt'] = dict(
 metadata=md("도봉구, 2019년 주민참여예산사업 31개 선정 완료", "2018-09-04T10:48+09:00", "최영수", None, "11320"),
 officials=[L],
 claims=[
  c("‘주민참여예산위원회 총회’를 개최했다고 4일 밝혔다", None, e, ["citizen-participation"], "statement"),
  c("주민들이 직접 2019년 주민참여예산사업을 선정하는 시간으로 진행됐다", None, e, ["citizen-participation"], "statement"),
  c("모바일투표를 거쳐 31개 사업, 총 8억4000만원의 사업을 선정했다", None, p, ["citizen-participation"], "achievement"),
  c("투표에서 가장 높은 점수를 받은 사업은 창5동의", None, p, ["citizen-participation", "disaster-safety"], "statement"),
  c("구는 이번에 선정된 주민참여예산사업은 2019년도 사업예산에 편성하고, 도봉구의회에 제출할 예정이다", None, p, ["citizen-participation"], "plan"),
  c("2018년 주민참여예산위원회의 주요활동으로 2017 주민참여예산제도 평가보고회 진행", None, e, ["citizen-participation"], "statement"),
  c("주민참여예산제는 사업의 계획에서부터 집행하는 예산의 전 과", L, e, ["citizen-participation"], "statement"),
 ],
 not_claims=["도봉구, 2019년 주민참여예산사업 31개 선정 완료", "주민참여예산위원회 총회서 선정 발표"])

Y = "yu-seong-hun"; i = "2022-10-24"
F['ia-03-daum.txt'] = dict(
 metadata=md("유성훈 금천구청장 \"창업공간·자금 지원 확대..금천구를 청년 창업의 도시로\"", "2022-10-25T16:43+09:00", "김대훈", None, "11545"),
 officials=[Y],
 claims=[
  c("금천구를 청년 일자리가 풍부한 서울 서남부의 관문 도시로 가꿔 나가겠습니다", Y, i, ["jobs", "youth-policy"], "plan"),
  c("금천구는 청년이 일하고, 창업하고, 거주하는 청년 도시로서 가능성이 무궁무진하다", Y, i, ["startup-support", "youth-policy"], "statement"),
 ],
 not_claims=["100억 창업 지원펀드도 내년 출범", "9층 규모 '청년꿈터' 내년 9월 오픈",
             "금천구를 청년 창업의 도시로 만들면 향후 10년, 20년 이후의 경쟁력을 확보할 수 있다",
             "중소기업과 창업 초기기업도 많다는 게 유 구청장의 설명이다", "G밸리 2, 3단지에는 9600여 개 기업이 있다"])

K = "kim-mi-gyeong"; o = "2022-10-17"; r = "2022-10-18"
F['ia-04-seouland.txt'] = dict(
 metadata=md("은평구, 에너지센터 개소…탄소중립·에너지발굴 산실 기대", "2022-10-18T09:23+09:00", None, None, "11380"),
 officials=[K],
 claims=[
  c("은평구가 2050년 탄소중립 실천을 위한 에너지센터 ‘은평 ChangE 2050’을 17일 개소했다", None, o, ["climate-carbon"], "achievement"),
  c("2050년 탄소중립과 에너지자립 도시 은평구로 나아가기 위해 지역 환경에 적합한 에너지 정책을 발굴·추진한다", None, r, ["climate-carbon", "energy-transition"], "statement"),
  c("센터는 연면적 305㎡ 규모로 역촌동 LH 청년주택", None, r, ["climate-carbon"], "statement"),
  c("시설 내부에는 홍보센터, 교육장, 제로웨이스트·에너지숍", None, r, ["climate-carbon"], "statement"),
  c("센터는 은평형 에너지 정책 발굴을 위해", None, r, ["climate-carbon", "energy-transition"], "plan"),
  c("에너지콘서트는 에너지전환을 주제로 여러 주민과 소통하는 대규모 공개토론회로 열릴 예정이다", None, r, ["energy-transition"], "plan"),
  c("기후위기 심각성을 인지하고 앞으로 어떻게 극복할지 등 공감대를 끌어내고자 한다", None, r, ["climate-carbon"], "statement"),
 ],
 not_claims=["‘ChangE’는 에너지 전환(Change)과 환경·에너지(Environment·Energy)라는 의미가 담겼다",
             "2050년 탄소중립 실천 에너지센터 ‘은평 ChangE 2050’이 17일 개소했다. 은평구청 제공",
             "교육장은 기존 진관동 환경 배움터를 이전 통합해 만들었다",
             "쓰레기를 남기지 않는 친환경 소비를 장려하기 위해 친환경·재활용 상품을 판매한다",
             "센터 개소식은 17일 김미경 은평구청장을 비롯해"])

G2 = "lee-gang-ho"
F['ia-05-kidsmom.txt'] = dict(
 metadata=md(None, None, "김경림", "키즈맘", "28200"),
 officials=[G2],
 claims=[
  c("인천 남동구가 내년부터 출산 장려금을 확대 실시한다", None, None, ["childcare-birth"], "plan"),
  c("이는 아이 낳고 기르기 좋은 남동구를 만들기 위한 노력의 일환이다", None, None, ["childcare-birth"], "statement"),
  c("구는 출산장려금 지원에 관한 조례를 개정해 내년부터 둘째는 50만원에서 100만원으로", None, None, ["childcare-birth"], "plan"),
  c("넷째와 다섯째의 경우에는 각각 500만원과 1000만원을 지급할 예정이다", None, None, ["childcare-birth"], "plan"),
  c("이강호 구청장은 취임 초기부터 출산 장려에 대한 적극적인 지원을 약속하였으며", G2, None, ["childcare-birth"], "plan"),
  c("현재 해당 조례는 개정절차 중에 있으며", None, None, ["childcare-birth"], "plan"),
  c("구민 누구나 아이 낳고 기르기 좋은 남동구를 만들기 위해 최선을 다할 것", G2, None, ["childcare-birth"], "plan"),
  c("앞으로도 확대되는 출산 장려금에 대한 적극적인 홍보뿐만 아니라", None, None, ["childcare-birth"], "plan"),
 ],
 not_claims=["민선 7기는 구민들의 행복한 삶을 가장 핵심적인 가치 중에 하나로 생각하고 있으며, 구민과의 약속을 반드시 지키겠다"])

W = "yun-hwan"
F['ia-06-kyeonggi.txt'] = dict(
 metadata=md(None, None, None, None, "28245"),
 officials=[W],
 claims=[
  c("1호 공약으로 내걸었던 계양문화예술공연장 건립과 박촌역 수도권 철도망 연결을 이뤄내겠다", W, None, ["culture-tourism", "public-transit"], "plan"),
  c("학교 통학로 개선 등 주민이 느낄 수 있는 과감한 변화와 발전을 위한 발판을 마련했다는 평을 받고 있다", None, None, ["disaster-safety"], "achievement"),
  c("양질의 일자리 10만개 이상을 만들어 내겠다는 목표도 내놨다", W, None, ["jobs"], "target"),
  c("공공주택 1만6640가구를 공급하고 디지털 콘텐츠·정보통신기술(ICT) 분야 기업을 유치하는 사업이다", None, None, ["housing", "investment-attraction"], "target"),
  c("구민의 건강하고 행복한 삶을 위한 체육 및 복지 인프라 구축을 이뤄내겠다", W, None, ["welfare"], "plan"),
 ],
 not_claims=["민선 8기 남은 3년을 오직 계양지역의 100년 미래를 열어가는 기틀을 만들어 나가겠다",
             "보도블록 교체 등과 같은 예산 사업을 전면 중단했다", "로그인 후 이용해 주세요"])

t = "2019-08-04"; CT = ["culture-tourism"]
F['ia-07-newstomato.txt'] = dict(
 metadata=md("인천시, 하반기 대형 축제·행사로 관광객 60만명 유치 목표", "2019-08-04T11:00+09:00", "정등용", "뉴스토마토", "28"),
 officials=[],
 claims=[
  c("인천시가 올 하반기 관광객 유치 60만명을 목표로 다양한 문화·공연 행사를 준비하고 있다", None, t, CT, "target"),
  c("8월에는 펜타포트 락 페스티벌을 비롯해 송도맥주축제, K-ASIAN 페스티벌, 한중일 지역이음행사가 진행된다", None, t, CT, "plan"),
  c("이어 9월 인천노을축제를 시작으로", None, t, CT, "plan"),
  c("10년이 넘은 인천의 대표축제로 자리 잡았다", None, t, CT, "achievement"),
  c("매년 수많은 관람객이 인천으로 운집하고 있다", None, t, CT, "achievement"),
  c("특히 잉크콘서트는 매년 1만명 이상의 해외관람객이 찾는 국내 대표 한류콘서트다", None, t, CT, "achievement"),
  c("수도권 전역에서 30여만명이 인천을 찾는 인기 축제가 됐다", None, t, CT, "achievement"),
  c("최근 해외에서도 인지도가 높아져 단체관광객 방문 문의가 이어지고 있다", None, t, CT, "statement"),
  c("올해 처음 인천시가 후원하는 K-ASIAN 페스티벌은", None, t, CT, "plan"),
  c("원도심 지역활성화를 위해 지역상인 중심으로 개최되는 낭만시장", None, t, ["culture-tourism", "urban-regeneration", "small-merchants"], "achievement"),
 ],
 not_claims=["인천시, 하반기 대형 축제·행사로 관광객 60만명 유치 목표", "경제 효과 650억원 예상...고유 관광 콘텐츠 개발 박차"])

J = "kim-jeong-heon"; b = "2025-09-07"; PT = ["public-transit"]
F['ia-08-kgnews.txt'] = dict(
 metadata=md("인천 중구, 공영버스 2대 증차·노선 개편…대중교통 편의성 강화", "2025-09-07T15:33:47+09:00", "민중소", "경기신문", "28110"),
 officials=[J],
 claims=[
  c("오는 13일부터 공영버스 노선을 대폭 개편한다", None, b, PT, "plan"),
  c("이번 개편은 영종구 출범을 300여 일 앞둔 시점에서 주민 건의사항을 수렴해 마련됐다", None, b, PT, "statement"),
  c("주요 내용은 ▲중구 5번 노선 운행 확대 및 동강리 경유", None, b, PT, "statement"),
  c("이를 위해 차량 2대를 증차해 총 19대가 투입된다", None, b, PT, "plan"),
  c("5번 노선은 기존 하루 3회에서 4회로 늘리고", None, b, PT, "achievement"),
  c("영종역 출퇴근 수요를 반영한 10번을 신설했다", None, b, PT, "achievement"),
  c("이와 함께 9번 노선은 예단포와 장촌까지 연장해 교통 접근성을 강화했다", None, b, PT, "achievement"),
  c("이번 공영버스 개편으로 학생 통학과 직장인 출퇴근 편의가 크게 향상될 것", J, b, PT, "statement"),
  c("앞으로도 주민 목소리를 반영해 안전하고 편리한 대중교통 환경 조성에 힘쓰겠다", J, b, PT, "plan"),
 ],
 not_claims=["인천 중구, 공영버스 2대 증차·노선 개편…대중교통 편의성 강화",
             "개편된 공영버스 노선과 시간표는 중구청 누리집 (www.icjg.go.kr) 공지사항에서 확인할 수 있다"])

S = "oh-se-hoon"; DS = ["disaster-safety"]
F['ia-09-hani.txt'] = dict(
 metadata=md(None, None, None, None, "11"),
 officials=[S],
 claims=[
  c("서울시가 침수 예·경보제를 도입하고, 침수예측 정보시스템을 운영하기로 했다", None, None, DS, "plan"),
  c("지난해 폭우 때 피해가 컸던 반지하주택에 대한 전수조사는 이달 말까지 완료할 계획이다", None, None, ["disaster-safety", "housing"], "plan"),
  c("서울시가 내놓은 풍수해 안전대책이다", None, None, DS, "statement"),
  c("2023년 풍수해 안전대책 추진현황 보고회를 열어 여름철 폭우 대비 상황을 집중 점검했다", None, None, DS, "statement"),
  c("안전대책은 폭우에 선제적으로 대응하고 인명피해를 줄이는 데 초점을 뒀다", None, None, DS, "statement"),
  c("가장 눈에 띄는 것은 폭우로 침수가 예상되면", None, None, DS, "statement"),
  c("전국 지자체 가운데 첫 시도다", None, None, DS, "statement"),
  c("‘침수취약도로 사전통제’도 처음 시행한다", None, None, DS, "plan"),
  c("‘침수예측 정보시스템’은 올해부터 본격 운영해", None, None, DS, "plan"),
  c("이상이 있는 시설은 정비를 마쳤다", None, None, DS, "achievement"),
  c("빗물이 지하철 역사 내로 들어오지 않도록", None, None, DS, "plan"),
  c("이동식·휴대용 임시물막이판도 시범 운용한다", None, None, DS, "plan"),
  c("진행 중인 반지하 전수조사도 속도를 낼 계획이다", None, None, ["disaster-safety", "housing"], "plan"),
  c("서울시는 반지하 22만 가구 중 지난해 중증 장애인 가구 370곳", None, None, ["disaster-safety", "housing", "welfare"], "statement"),
 ],
 not_claims=["지난해 서울 관악구 신림동 주택가에 비가 내리는 모습. 김혜윤 기자"])

os.makedirs(G, exist_ok=True)
for name, g in F.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in F.values()))
