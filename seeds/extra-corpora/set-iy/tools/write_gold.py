# Writes set-iy gold files (hand annotation). c(quote, speaker, date, policies, kind)
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
def c(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
def md(h, pub, rep, out, j): return {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": j}
SY = ["startup-support", "youth-policy"]
F = {}
d = "2020-12-23"
F['iy-01-kgmaeil.txt'] = (md("부평구, 청년 창업자 발굴·지원 지속", "2020-12-23T14:53+09:00", "김민립", None, "28237"), ["cha-jun-taek"], [
  c("선정자 6명과 서면으로 약정을 체결했다", None, d, SY, "achievement"),
  c("초기 창업자금으로 1년간 최대 1천200만 원을 지원하고 맞춤형 컨설팅을 제공한다", None, d, SY, "statement"),
  c("부평구는 지난해부터 발전 가능성이 높은 청년 창업자를 발굴·지원해", None, d, SY, "statement"),
  c("청년 창업자 3명을 선정한 바 있다", None, d, SY, "achievement"),
  c("앞으로도 청년의 꿈과 도전을 응원할 수 있는 행정·제도적 지원을 아끼지 않을 것", "cha-jun-taek", d, SY, "plan"),
 ], ["선정된 6명과 ‘청년 창업 재정지원사업’약정 체결", "▲전통식품원료 대중화 연구소 ▲펫푸드 교육", "대면접촉을 최소화하는 형태로 진행됐다",
     "창업에 대한 열정으로 희망을 잃지 않고 도전한 의지에 박수를 보낸다", "왼쪽부터 수화번역장갑 엄희찬 씨"])
d = "2025-11-25"
F['iy-02-asiae.txt'] = (md("성동구, 국토부 주관 ‘스마트도시’ 3회 연속 인증", "2025-11-25T08:03+09:00", "김민진", None, "11200"), ["jeong-won-o"], [
  c("올해 ‘스마트도시’ 인증을 획득하며 2021년 최초 인증에 이어", None, d, ["smart-city"], "achievement"),
  c("이로써 성동구는 2027년까지 ‘스마트도시’ 자격을 유지하게 됐다", None, d, ["smart-city"], "achievement"),
  c("국토교통부가 2021년부터 운영 중인 ‘스마트도시 인증제’는", None, d, ["smart-city"], "statement"),
  c("인구 50만명 미만 중소도시 부문에서 우수 지자체로 선정되며", None, d, ["smart-city"], "achievement"),
  c("성동구는 전국 최초로 ‘스마트포용도시’ 비전을 선포하고", None, d, ["smart-city"], "achievement"),
  c("주민 제안을 정책에 반영하는 ‘성동형 리빙랩’ 운영", None, d, ["smart-city", "citizen-participation"], "achievement"),
  c("2020년 도입 이후 중형 28곳, 소형 28곳 등 총 56개소가 설치되며", None, d, ["smart-city"], "achievement"),
 ], ["스마트 정책 소통 시스템을 설명하고 있는 정원오 성동구청장", "스마트쉼터·횡단보도 등 스마트 인프라 구축", "‘스마트포용도시’ 위상 재확인"])
d = "2017-06-09"
ET = ["energy-transition"]
F['iy-03-wowtv.txt'] = (md("[구청 리포트] 변두리 자치구의 변신…노원구는 '대한민국 정책 실험실'", "2017-06-09T19:36+09:00", "박상용", None, "11350"), [], [
  c("에너지 자급자족 시스템을 점검하는 실험이 한창이었다", None, d, ET, "statement"),
  c("에어컨을 하루 종일 틀어도 한 달 전기 요금이 5만원을 넘지 않는다", None, d, ET, "statement"),
  c("비교하면 10% 남짓한 수준이다", None, d, ET, "statement"),
  c("태양광 전지판 26장에서 생산되는 전력량은 연간 5200㎾h로", None, d, ET, "statement"),
  c("노원구가 국내 최초로 ‘제로에너지 주거단지’를 조성하면서", None, d, ET, "statement"),
  c("대표적인 사업이 ‘제로에너지 주택’", None, d, ET, "statement"),
  c("오는 8월이면 하계동 251의 9 1만1344㎡ 부지에는 제로에너지 주택 단지가 들", None, d, ET, "plan"),
 ], ["제로에너지 주택, 자살예방 조례, 인공안개로 미세먼지 정화", "도로청소용 살수차에 분무장치, 인공안개 만들어 미세먼지 줄여",
     "지자체 첫 '자살예방 조례' 제정", "121가구 8월 준공…연말께 입주", "노원구가 처음 도입한 정책이 서울시 등 다른 지방자치단체로 확산하는 사례도 적지 않다",
     "‘대한민국 정책 실험실’로 불리는 이유다"])
d = "2025-10-16"
F['iy-04-kmib.txt'] = (md(None, "2025-10-16", None, None, "28710"), ["park-yong-cheol"], [
  c("군은 노인복지 분야의 무게 중심을 ‘돌봄’에서 ‘참여’ 중심의 복지로 옮겼다", None, d, ["welfare"], "achievement"),
  c("노년기 사회적 고립을 예방하고 활기찬 일상을 지원하는 데 방점을 찍었다", None, d, ["welfare"], "statement"),
  c("고부가가치형 농업으로의 전환에 속도를 내고 있다", None, d, ["agriculture"], "statement"),
  c("임대형 스마트팜인 ‘로컬 팜 빌리지’가 다음 달 준공을 앞두고 있으며", None, d, ["agriculture"], "plan"),
  c("군은 교육의 지향점을 지역 학생 중심에서", None, d, ["education"], "statement"),
  c("가족 체류형 농촌 유학 프로그램을 본격 지원하고 강화교육발전특구 시범사업을 추진해", None, d, ["education"], "statement"),
  c("군은 문화정책 분야에서도 유명인 중심에서 지역 예술인·주민 참여형 생활문화 중심으로 전환했다", None, d, ["culture-tourism"], "achievement"),
 ], ["지역살리기 정책 ‘새 판짜기’", "대규모 국책사업 추진…도약의 시대", "군정 공백 혼란…현장 리더십"])
d = "2015-10-06"
J = ["jobs"]
F['iy-05-segye.txt'] = (md("박원순 시장, 현장 찾아 ‘일자리 창출’ 길을 묻는다", "2015-10-07T00:40:21+09:00", None, "세계일보", "11"), ["park-won-soon"], [
  c("양질의 일자리를 창출할 방안을 모색하기 위해 한 달간 99개의 노동 현장을 찾는다", None, d, J, "plan"),
  c("서울시는 박 시장이 7일부터 31일까지 ‘서울 일자리 대장정’에 나선다고 6일 밝혔다", None, d, J, "plan"),
  c("시민이 원하는 일자리를 만들고 안정적으로 일할 수 있는 환경을 조성하기 위한 프로젝트다", None, d, J, "statement"),
  c("오전 9시30분 서울시청에서 출발해 오후 11시까지", None, d, J, "plan"),
  c("대장정은 크게 3단계에 걸쳐 이뤄진다", None, d, J, "plan"),
  c("취약계층 등을 찾아 일자리 문제와 현장의 요구를 수렴하는 자리다", None, d, J, "statement"),
  c("감정노동자 인권 향상을 위한 업무협약 체결, 노동조건 개선 토론회 등에 참석해", None, d, ["jobs", "labor-relations"], "plan"),
  c("아르바이트·취업준비생들과 간담회를 열어 청년들의 고민을 듣는 자리도 마련한다", None, d, ["jobs", "youth-policy"], "plan"),
  c("우수 일자리 모델을 공유하고 정책적 지원 방안을 모색한다", None, d, J, "plan"),
  c("서울의 미래를 이끌 유망산업 육성 현장을 방문해 장", None, d, J, "plan"),
 ], ["인쇄 메일 글씨 크기 선택"])
d = "2012-09-19"
PT = ["public-transit"]
F['iy-06-kmib.txt'] = (md("인천 시내버스 200개 노선 대폭 손질… 18개 없애고 94개는 개편", "2012-09-19T22:17+09:00", "정창교", "국민일보", "28"), [], [
  c("인천 시내버스 노선체계가 주민공청회를 거쳐 대폭 개편된다", None, d, PT, "plan"),
  c("18개를 폐선하고 94개를 개편하는 내용의 시내버스 노선체계 개편안을 마련했다고 19일 밝혔다", None, d, PT, "plan"),
  c("신설노선은 5개다", None, d, PT, "target"),
  c("공청회에서 여론수렴을 거쳐 최종안을 확정할 방침이다", None, d, PT, "plan"),
  c("시는 시내버스 번호체계를 4자리로 바꾸기로 했다", None, d, PT, "plan"),
  c("앞 2자리에 기점과 종점을 표시할 예정이다", None, d, PT, "plan"),
  c("택지개발지역의 대중교통서비스를 대폭 늘리기 위한 것이다", None, d, PT, "statement"),
  c("지하철 및 철도역을 연결하는 버스노선을 대폭 확충하는 등", None, d, PT, "plan"),
  c("서울지하철 7호선 개통이 예정돼 있는 것을 고려했다", None, d, PT, "statement"),
 ], ["인천=정창교 기자 jcgyo@kmib.co.kr"])
CB = ["childcare-birth"]
F['iy-07-kyeonggi.txt'] = (md(None, None, None, None, "28245"), ["park-hyeong-u"], [
  c("맞춤형 복지도시를 구축하면서 보육의 공공성을 높이기 위한 행보를 보이고 있다", None, None, ["welfare", "childcare-birth"], "statement"),
  c("맞춤형 복지 사업을 선보이고 있다고 26일 밝혔다", None, None, ["welfare"], "statement"),
  c("보육과 출산 등 공공성을 강화한 ‘마음 놓고 아이 키우는’ 도시에 초점을 맞추고 있다", None, None, ["welfare", "childcare-birth"], "statement"),
  c("인천 최초로 둘째아 이상 양육비를 지원하며", None, None, CB, "statement"),
  c("아빠육아휴직 장려금 지급", None, None, CB, "plan"),
  c("보육공공성 강화 사업의 일부인 구립어린이집을 조성했다", None, None, CB, "achievement"),
  c("최근 구립어린이집 개관식을 열어 공공보육의 출발을 알리기도 했다", None, None, CB, "achievement"),
  c("지역 내 2번째로 문을 연 국공립어린이집이다", None, None, CB, "statement"),
  c("오는 2월7일 개원과 동시에 코로나19에 따른 긴급보육 서비스에 나선다", None, None, CB, "plan"),
  c("친환경 소재를 사용해 안전하고 쾌적한 보육환경을 조성하기도 했다", None, None, CB, "achievement"),
  c("보육의 공공성 확대를 위해 국공립어린이집을 확충해 나", "park-hyeong-u", None, CB, "plan"),
 ], [])
F['iy-08-segye.txt'] = (md("오세훈 “저출생 뉴노멀 되는 축소사회… 먼저 준비하겠다”", None, None, None, "11"), ["oh-se-hoon"], [
  c("정례간부회의에서 파격적인 출산 인센티브를 주문했다", "oh-se-hoon", None, CB, "plan"),
  c("출산율 반등을 위한 노력과 함께 저출산이 뉴노멀로 자리잡게 되는 축소사회에 대한 준비도 필요한 시점", "oh-se-hoon", None, CB, "plan"),
  c("실·국장들에게 파격적인 출산 인센티브와 동시에 미래를 대비하는 선제적 정책 과제 준비를 주문했다", "oh-se-hoon", None, CB, "plan"),
  c("미리 내다보고, 먼저 준비하겠다", "oh-se-hoon", None, CB, "plan"),
  c("‘엄마아빠 행복 프로젝트’를 통해 아이 기르기 좋은 서울시를 만드는 정책에 힘을 실어왔다", None, None, CB, "achievement"),
  c("이 프로젝트의 확장판인 '탄생응원 서울 프로젝트'를 발표했다", None, None, CB, "statement"),
  c("저출생 위기 극복을 위한 종합 정책으로, 부모와 예비양육자에게", None, None, CB, "statement"),
 ], ["서울 한 키즈카페에서 아이들과 시간을 보내는 오세훈 서울시장", "저출생과 관련한 암울한 뉴스가 연일 등장한다",
     "쓰나미라 하더라도 미리 준비하고 적응 시스템을 갖춰놓으면 위기도 기회가 될 수 있다", "우리는 지금까지 많은 어려움을 잘 극복하며 여기까지 왔다"])
UR = ["urban-regeneration"]
F['iy-09-journal25.txt'] = (md("서구 상생마을 도시재생 뉴딜사업 장관상 기관표창", None, None, "저널25방송", "28260"), ["lee-jae-hyeon"], [
  c("상상플랫폼에서 열리는 ‘2019 도시재생 산업박람회’에 참여해 홍보전시부스를 운영한다", None, None, UR, "plan"),
  c("도시재생사업의 추진 현황과 내용을 담아 체계적으로 알릴 계획이다", None, None, UR, "plan"),
  c("‘행정안전부 장관상’을 수상하는 영예를 안았다", None, None, UR, "achievement"),
  c("석남동 상생마을 도시재생사업을 중심으로 하여", None, None, UR, "plan"),
  c("원도심에 활기를 불어넣는 기폭제가 될 것으로 생각한다", "lee-jae-hyeon", None, UR, "statement"),
  c("실질적인 변화로 이어지도록 모든 역량을 집중하겠다", "lee-jae-hyeon", None, UR, "plan"),
 ], ["저작권자 © 저널25방송 무단전재 및 재배포 금지", "서구를 ‘다양한 테마가 있는 인간중심의 도시’로 만들겠다고 강조했다"])
os.makedirs(G, exist_ok=True)
for name, (m, offs, claims, nots) in F.items():
    with open(os.path.join(G, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump({"article": name, "metadata": m, "officials": offs, "claims": claims, "not_claims": nots}, f, ensure_ascii=False, indent=1)
    print(name, len(claims))
print('total', sum(len(v[2]) for v in F.values()))
