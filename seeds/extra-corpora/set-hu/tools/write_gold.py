"""Writes gold/*.json for set-hu (hand annotation). C(quote, speaker, date, policies, kind, speaker_name=None)."""
import json, os
G = '/work/blind/set-hu/gold/'
os.makedirs(G, exist_ok=True)
def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name: c["speaker_name"] = name
    return c
def W(art, meta, off, claims, nots):
    h, p, r, o, j = meta
    json.dump({"article": art, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
               "officials": off, "claims": claims, "not_claims": nots},
              open(G + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

D = "2019-10-15"; H = "hong-sun-heon"
W("hu-01-bseconomy.txt", (None, "2019-10-21T09:51:18+09:00", "김무웅", "부산경제신문", "26350"), [H], [
 C("‘반송2동 기억지킴(치매안심)마을 선포식’을 가졌다", None, D, ["dementia-care"], "achievement"),
 C("치매 친화적인 마을을 만드는데 목표를 둔다", None, D, ["dementia-care"], "statement"),
 C("이번에 기억지킴마을로 지정했다", None, D, ["dementia-care"], "achievement"),
 C("‘치매안심마을 운영위원회’를 구성해", None, D, ["dementia-care"], "plan"),
 C("치매 환자 ․ 가족 지원 시책을 펼칠 계획이다", None, D, ["dementia-care"], "plan"),
 C("치매어르신과 가족이 행복한 삶을 영위하는 해운대를 만들 수 있도록", H, D, ["dementia-care"], "statement"),
], ["초고령화 사회, 우리는 모두 치매라는 병에서 자유롭지 못하다", "반송2동은 65세 이상 인구가 6천200여 명으로", "[부산경제신문/김무웅 기자]"])

D = "2018-02-27"; S = "suh-byung-soo"; HY = ["housing", "youth-policy"]
W("hu-02-localsegye.txt", ("부산시, '부산청년 우리집’ 입주식 연다", "2018-02-27T10:47:44+09:00", "맹화찬", "로컬세계", "26"), [S], [
 C("‘부산청년 우리집’ 조성 입주식을 개최한다고 27일 밝혔다", None, D, HY, "plan"),
 C("나 홀로 어르신을 위해 조성된 쉐어하우스이다", None, D, HY, "statement"),
 C("주택 3채(10실)를 쉐어하우스로 조성했다", None, D, HY, "achievement"),
 C("조용하고 안정된 주거생활지역이다", None, D, HY, "statement"),
 C("2차 사업을 추가로 발굴하여 ‘부산청년 우리집’ 조성을 확대해 나아가겠다", S, D, HY, "plan"),
], ["주거비 등 생활비로 이중고에 힘들어하는 모습을 보니 참으로 안타깝다", "우리 사회가 조금씩 무거운 짐을 나눠지는 아름다운 문화가 필요하다", "[ⓒ 로컬(LOCAL)세계. 무단전재-재배포 금지]"])

D = "2022-10-20"; T = "lee-tae-hun"; SC = ["smart-city"]; SA = ["smart-city", "fourth-industrial-revolution"]
W("hu-03-kmib.txt", ("대구 달서구, 규제샌드박스 실증사업 대구 유일 선정", "2022-10-20T11:04+09:00", None, None, "27290"), [T], [
 C("‘스마트실증사업’ 규제특례를 승인받았다고 20일 밝혔다", None, D, SC, "achievement"),
 C("대구 기초단체 중 달서구가 유일하게 선정된 것이다", None, D, SC, "achievement"),
 C("‘AI기술을 적용한 공원안전운영 시스템 구축’ 사업을 응모해 선정됐다", None, D, SA, "achievement"),
 C("7억1200만원을 확보해 월광수변공원에서 2년 동안 실증한다", None, D, SA, "plan"),
 C("인공지능 영상분석 기술로 공원 내 CCTV 영상의 위험행동을 감지하고", None, D, SA, "plan"),
 C("도시공원 내 사건 사고 범죄 발생률이 낮아질 것으로 기대한다", None, D, ["smart-city", "disaster-safety"], "statement"),
 C("공원관리의 효율성도 높일 예정이다", None, D, SC, "plan"),
 C("공원 이용자 서비스 향상 개선지표로 활용할 계획이다", None, D, SC, "plan"),
 C("다양한 스마트 라이프 지원 서비스가 제공된다", None, D, SC, "plan"),
 C("대구 유일 기초단체 스마트도시 인증을 받았다", None, D, SC, "achievement"),
 C("규제샌드박스는 신산업과 신기술 혁신의 실험장으로서 중요한 역할을 한다", T, D, SC, "statement"),
 C("달서구는 디지털 대혁신의 중심에서", T, D, ["fourth-industrial-revolution"], "plan"),
], ["대구 달서구청사 모습. 달서구 제공"])

E = "2017-03-29"; P = "2017-03-30"; CT = ["culture-tourism"]
W("hu-04-imaeil.txt", ("달성군 문화·관광분야 브랜드 개발, 창조경영 대상 받아", "2017-03-30T04:55:02+09:00", None, None, "27710"), ["kim-mun-o"], [
 C("'2017 한국을 빛낸 창조경영' 시상식에서 대상을 받았다", None, E, CT, "achievement"),
 C("신흥 관광도시로 전국적인 명성을 얻고 있다는 점에서 큰 점수를 받았다", None, E, CT, "achievement"),
 C("지난해 대구시 우수지역축제로 선정됐다", None, P, CT, "achievement"),
 C("지역 경제 활성화에 기여하는 모범적 축제로 호평을 받았다", None, P, CT, "achievement"),
 C("전국 유일무이한 블록버스터 콘서트라는 평가를 받고 있다", None, P, CT, "achievement"),
 C("2년 연속 '지역 대표 공연예술제'로 선정돼", None, P, CT, "achievement"),
 C("송해공원은 수변 개발을 통해 주민의 휴식과 여가 공간을 제공하고 있다", None, P, CT, "statement"),
], ["신흥 관광도시 명성 큰 점수…접근성 확보로 지역상권 활성화도", "김문오 달성군수가 '2017 한국을 빛낸 창조경영' 시상식에서 대상을 받고 있다",
    "지방자치단체와 기업체에 주어진다", "'KBS 전국노래자랑 달성군 편'이 펼쳐"])

D = "2026-01-06"; AG = ["agriculture"]; PH = ["public-health", "agriculture"]
W("hu-05-newsstep.txt", ("울주군, 2026년 군민 체감형 농정시책 추진", "2026-01-06T10:20:23+09:00", "최선경", "뉴스스텝", "31710"), [], [
 C("군민 체감형 농정시책을 확대 추진한다고 6일 밝혔다", None, D, AG, "plan"),
 C("새로운 농정시책을 중점 추진할 계획이다", None, D, AG, "plan"),
 C("먼저 어린이·직장인 먹거리 복지를 확대한다", None, D, ["welfare"], "plan"),
 C("어린이 과일간식 지원사업을 추진한다", None, D, ["welfare", "agriculture"], "plan"),
 C("직장인 든든한 점심밥 지원사업도 신규 도입한다", None, D, ["welfare"], "plan"),
 C("농촌 왕진버스 사업을 기존 1개소에서 4개소로 확대 추진한다", None, D, PH, "target"),
 C("한방진료 및 물리치료 등 의료서비스를 제공한다", None, D, ["public-health"], "plan"),
 C("여성농업인 특수건강검진사업도 지원 인원을 400명에서 578명으로 확대한다", None, D, PH, "target"),
 C("취약 질환에 대한 건강검진과 예방상담을 지원한다", None, D, PH, "statement"),
 C("방제면적을 2천500㏊까지 확대해", None, D, AG, "target"),
 C("텃밭상자 보급사업은 기존 380", None, D, AG, "statement"),
], ["[뉴스스텝]", "▲ 울주군청"])

D = "2025-10-21"; K = "kim-ju-su"; Y = ["youth-policy"]
W("hu-06-yeongnam.txt", ("[경북기획] 김주수 군수, 한층 더 체계화·고도화 된 청년친화도시 조성", "2025-10-21T18:58+09:00", None, "영남일보", "47730"), [K], [
 C("2026년은 의성군이 추진 중인 청년정책의 제2장을 시작되는 해가 될 것입니다", K, D, Y, "plan"),
 C("청년인구 유입이라는 거시적 관점을 통해 해결하겠다는 김주수 의성군수", K, D, Y, "plan"),
 C("'청년친화도시 지정'에 성공하겠다는 의지가 그렇다", K, D, Y, "plan"),
 C("청년친화도시는 청년 참여를 바탕으로", None, D, Y, "statement"),
 C("'포괄적 청년정책으로 확장'이라는 의미가 깔려 있기 때문이다", None, D, ["youth-policy", "startup-support"], "plan"),
 C("△청년창업 지원 및 단계별 후속 지원 △스마트팜 창농과 청년딸기 브랜드 육성", None, D, ["youth-policy", "startup-support", "agriculture"], "statement"),
], ["한 해 농사를 마무리해야 할 10월을 맞은 김 군수에게", "김 군수의 의지가 강한 이유는 다름 아니다", "의성 김주수 의성군수-인터뷰"])

D = "2023-05-16"; PT = ["public-transit"]
W("hu-07-sportsdonga.txt", ("김해~부산 시내버스 개편 노선, 6월 17일부터 운행", "2023-05-16T17:03:00+09:00", None, None, "48250"), ["hong-tae-yong"], [
 C("김해~부산 간 개편된 시내버스 노선이 내달 17일 첫차부터 운행된다고 밝혔다", None, D, PT, "plan"),
 C("김해 시내버스 대체노선 신설(911번(4대), 912번(9대), 913번(2대))과 증차(220번(2대))이다", None, D, PT, "statement"),
 C("기존 17대에서 9대로 감차 운행하나 심야버스는 시민의 편의를 고려해 계속 운행한다", None, D, PT, "plan"),
 C("폐선 시기를 김해시의 준비상황을 감안해 내달 16일 오후 12시로 정했다", None, D, PT, "achievement"),
 C("총 14개 노선이며 84대의 버스를 482회 운행한다", None, D, PT, "statement"),
 C("시는 이번 주부터 본격적인 홍보에 들어갔다", None, D, PT, "statement"),
 C("실수요자 중심으로 적극 알릴 방침이다", None, D, PT, "plan"),
 C("개편사항을 알리는 동시에 김해시 교통정보센터", None, D, PT, "statement"),
], ["시민 혼란 최소화 위해 홍보 진행", "김해-부산 운행 시내버스 노선 개편 홍보 포스터. 사진제공ㅣ김해시"])

D = "2024-02-02"; J = "jo-gyu-il"; SM = ["small-merchants"]
W("hu-08-thegnnews.txt", ("경남 진주시, 설맞이 전통시장 장보기로 민생 현장 살펴", "2024-02-02T21:55+09:00", "정창현", None, "48170"), [J], [
 C("설맞이 전통시장 장보기와 함께 화재 안전점검에 나선다고 밝혔다", None, D, ["small-merchants", "disaster-safety"], "plan"),
 C("온누리상품권으로 설맞이 제수용품과 지역 먹거리를 직접 구매했다", None, D, SM, "statement"),
 C("자체적인 자율소방 활동 강화를 요청하고", J, D, ["disaster-safety", "small-merchants"], "statement"),
 C("작년 논개시장 동편 아케이드가 준공돼 쾌적한 전통시장 장보기 환경이 조성됐다", J, D, SM, "achievement"),
 C("올해 중앙시장 북편 대통로 아케이드 추가 조성으로 상인과 방문객이 모두 만족하도록 노력하겠다", J, D, SM, "plan"),
], ["설연휴 화재예방 등 안전관리 당부, 시장 상인 격려", "관내 공공기관들의 전통시장에서 장보기로 온기를 더하고 있다"])

CB = ["childcare-birth"]; N = "윤종진"
W("hu-09-idaegu.txt", (None, None, "문정화", "대구일보", "47"), [], [
 C("경북도가 추경예산을 편성해도 차원에서 저출생 극복 해법을 모색하기로 했다", None, None, CB, "plan"),
 C("새로운 시책을 발굴해 추경예산에 반영키로 했다고 3일 밝혔다", None, None, CB, "plan"),
 C("경북도 저출생극복 TF는 지난해 11월", None, None, CB, "statement"),
 C("작은 결혼식장 조성을 이번 추경에 반영키로 했다", None, None, ["childcare-birth", "housing"], "plan"),
 C("첫째아기 출산축하금을 확대 지원하고 난임부부 시술지원 확대 등을", None, None, CB, "plan"),
 C("기존 청년일자리 사업도 대폭 확대하기로 했다", None, None, ["youth-policy", "jobs", "startup-support", "agriculture"], "plan"),
 C("우리 시대에 해결해야 할 가장 중요한 과제가 저출생 극복", None, None, CB, "statement", N),
 C("결혼과 출산을 장려하는 일이라면 재정지원을 아끼지 않겠다", None, None, CB, "plan", N),
], ["▲ 경북도청 전경↓", "저작권자 © 대구일보 무단전재 및 재배포 금지"])
print("written")
