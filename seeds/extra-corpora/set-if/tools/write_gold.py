"""Write set-if gold files (hand annotation; one entry per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}


A = "agriculture"; S = "startup-support"; FV = "future-vehicles"; H = "housing"; W = "welfare"
CB = "childcare-birth"; Y = "youth-policy"; ET = "energy-transition"; RD = "research-development"
CT = "culture-tourism"; J = "jobs"; ED = "education"

D1 = "2016-03-15"; NSR = "noh-seung-rak"
D2 = "2016-05-18"; D3 = "2022-11-16"; D4 = "2023-10-11"; LJJ = "lee-jae-jun"
D5p = "2025-09-25"; D5e = "2025-09-24"; JMG = "jeong-myeong-geun"
D6 = "2025-09-18"; YDH = "yuk-dong-han"; D7 = "2024-11-01"; PSS = "park-sang-su"; D9 = "2025-11-20"

SETS = {
"if-01-kmib.txt": (
  meta("‘귀농귀촌1번지’ 홍천, 도시민 유치활동 가속", "2016-03-15T22:34+09:00", "서승진", None, "42720"), [NSR],
  [c("도시민 유치를 위해 지원을 대폭 강화한다고 15일 밝혔다", None, D1, [A], "plan"),
   c("홍천의 귀농·귀촌인구는 지난해 1049명", None, D1, [A], "achievement"),
   c("귀농·귀촌 상담도 월 평균 230건 이상을 처리하고 있다", None, D1, [A], "achievement"),
   c("이 같은 성과는 귀농·귀촌 전담팀을 구성하고 농업창업자금 지원", None, D1, [A, S], "achievement"),
   c("올해 귀농·귀촌인을 대상으로 한 농업창업은 13건에 31억7500만원", None, D1, [A, S], "achievement"),
   c("마을 주민과의 화합을 위한 집들이 행사 지원, 귀농귀촌학교 운영", None, D1, [A], "statement"),
   c("예비 귀농인의 정착을 돕기 위한 농업창업지원센터도 9월 준공을 앞두고 있다", None, D1, [A, S], "plan"),
   c("조성 중인 이 센터는 체류형 주택과 게스트하우스", None, D1, [A, S], "statement"),
   c("예비 귀농인과 가족들은 일정 기간 이곳에 머물며 교육과 영농체험을 할 수 있다", None, D1, [A], "statement"),
   c("귀농·귀촌인이 안정적으로 정착할 수 있는 다양한 지원사업을 펼쳐나가겠다", NSR, D1, [A], "plan")],
  ["‘귀농귀촌1번지’ 홍천, 도시민 유치활동 가속"]),
"if-02-kmib.txt": (
  meta("경기도, 전기차 시장 활성화 위해 충전 시설 지원한다", "2016-05-18T10:23+09:00", "강희청", "국민일보", "41"), [],
  [c("경기도가 전기자동차 시장의 활성화를 위해 충전시설 지원에 나섰다", None, D2, [FV], "plan"),
   c("수원과 성남시를 시범도시로 지정해 충전시설을 확충한다", None, D2, [FV], "plan"),
   c("공공 급속충전시설을 5대씩 설치해 충전기 부족 문제를 해결할 계획이라고 18일 밝혔다", None, D2, [FV], "target"),
   c("사업비 6억원은 도와 시가 각각 50%씩 부담키로 했다", None, D2, [FV], "statement"),
   c("공사는 6월쯤 착공해 8월쯤 시민들이 사용할 수 있게 할 계획이다", None, D2, [FV], "plan"),
   c("현재 판매 중인 모든 전기차와 호환이 가능하도록 설계해", None, D2, [FV], "plan"),
   c("관련 인프라 확대를 위해 지속적으로 노력하겠다", None, D2, [FV], "plan", "오재영"),
   c("2011년부터 지난해까지 226대의 전기차를 보급했으며", None, D2, [FV], "achievement"),
   c("중앙정부에서 설치한 56대의 공공 급속충전기가 운영 중이다", None, D2, [FV], "statement")],
  ["경기도, 전기차 시장 활성화 위해 충전 시설 지원한다", "전기차에 대한 도민의 관심이 날로 높아지고 있다"]),
"if-03-kyeongin.txt": (
  meta("시흥시 공영주차장 내 전기차 충전시설 72기 추가", "2022-11-16T19:22+09:00", "김영래", "경인일보", "41390"),
  ["kim-dong-yeon"],
  [c("시흥시가 공영주차장 내 전기자동차 충전시설을 확대 설치한다", None, D3, [FV], "plan"),
   c("총 주차 면수의 5% 이상의 충전기를 의무 설치해야 한다", None, D3, [FV], "statement"),
   c("시는 관내 공영주차장 32개소에 충전기 72기를 추가로 설치해야 한다", None, D3, [FV], "target"),
   c("상호 협력 업무 협약을 체결하고 전기자동차 충전 인프라 구축에 나섰다", None, D3, [FV], "achievement"),
   c("공공기관 부설주차장에도 부족한 충전기를 설치하기로 했으며", None, D3, [FV], "plan")],
  ["시흥시 공영주차장 내 전기차 충전시설 72기 추가", "경기국제공항 건설 후보지를 '화성시·평택시·이천시'로 발표했습니다"]),
"if-04-locallife.txt": (
  meta("이재준 수원특례시장 “전세사기 피해, 가장 실효적인 대책으로 피해자들의 아픔과 함께할 것”",
       "2023-10-12T00:33:56+09:00", "송준형", "로컬라이프", "41110"), [LJJ],
  [c("가장 실효적인 전세 사기 대책으로 피해자분들의 아픔과 함께하겠다", LJJ, D4, [H], "plan"),
   c("긴급 대책회의를 열고 전세 사기 피해 지원과 예방을 위한 대책을 논의했다", LJJ, D4, [H], "statement"),
   c("‘피해자 중심의 실효적인 대책’을 마련하기 위해 머리를 맞댔다", LJJ, D4, [H], "statement"),
   c("‘수원시 전세 피해 상담센터’를 다음주부터 수원시청 본관 1층 통합민원실에서 운영한다", LJJ, D4, [H], "plan"),
   c("긴급 복지지원까지 실질적 도움을 받을 수 있는 ‘원스톱 통합 상담센터’이다", LJJ, D4, [H, W], "statement"),
   c("상담센터에 오시면 전세 사기 전문 변호사와 법무사, 공인중개사가 상담을 해드리고", LJJ, D4, [H], "statement"),
   c("지정되면 경매·공매 관련 서비스와 수수료", LJJ, D4, [H], "statement")],
  ["가장 실효적인 대책으로 피해자들의 아픔과 함께할 것",
   "수원특례시는 11일, ‘수원시 전세사기 피해예방 긴급 대책회의’를 개최했다",
   "‘전세 사기’로 의심되는 사례가 확산하고 있어 우려가 크다",
   "사회 경험이 상대적으로 적은 청년층이라 안타까움이 더한다"]),
"if-05-hsosnews.txt": (
  meta("화성시, 지난해 출생아 7200명…2년 연속 전국 1위", "2025-09-25T11:03+09:00", None, "화성오산신문", "41590"), [JMG],
  [c("화성특례시의 지난해 출생아 숫자가 7200명을 기록하면서", None, D5p, [CB], "achievement"),
   c("정명근 시장은 최근 국회에서 화성형 기본돌봄 정책소개하기도 했다", JMG, D5e, [CB], "statement"),
   c("시에 따르면 정 시장은 지난 24일", JMG, D5e, [CB], "achievement"),
   c("최다 출생아 7200명과 합계출산율 1.01명을 기록한 바 있다", None, D5p, [CB], "achievement"),
   c("이는 특례시 가운데 유일하게 1.0명을 넘어선 것으로", None, D5p, [CB], "achievement"),
   c("생애주기별 맞춤 지원을 통해 인구 위기 대응에 나서고 있다", None, D5p, [CB], "statement"),
   c("시는 저출생 극복을 위해 올해 총 75개 사업에", None, D5p, [CB], "statement")],
  ["화성시, 지난해 출생아 7200명…2년 연속 전국 1위", "정명근 시장, 국회서 ‘화성형 기본돌봄 정책’ 소개",
   "국회와 지방정부가 함께 기본사회 실현을 위한 입법·정책 대안을 논의하는 자리였다"]),
"if-06-asiae.txt": (
  meta("춘천시, 다목적회의실서 청년친화도시 추진단 발대식", "2025-09-18", None, None, "51110"), [YDH],
  [c("청년이 살기 좋은 도시 조성을 위한 본격 행보에 나섰다", None, D6, [Y], "achievement"),
   c("추진단은 올해 말까지 △정책 아이디어 공모", None, D6, [Y], "plan"),
   c("시는 이를 통해 기존 청년정책을 보완하고", None, D6, [Y], "plan"),
   c("청년이 주도하는 정책 참여가 춘천의 미래 경쟁력이 될 것", YDH, D6, [Y], "statement"),
   c("청년과 함께 걸으며 머물고 싶은 도시·살고 싶은 도시를 만들겠다", YDH, D6, [Y], "plan"),
   c("청년친화도시는 청년참여를 바탕으로", None, D6, [Y], "statement"),
   c("국무조정실 청년정책기획관실이 주관하며", None, D6, [Y], "statement")],
  ["춘천시, 다목적회의실서 청년친화도시 추진단 발대식", "정책 제안·앵커사업 발굴·브랜드 개발 등 추진단 활동 본격화",
   "국무조정실 청년친화도시 지정 신청 대비 정책 기반 마련", "출범한 후 참석자들과 기념촬영을 하고 있다",
   "청년 유공자 포상과 추진단원들에게 위촉장을 수여했다"]),
"if-07-ajunews.txt": (
  meta("삼척시, 제3회 수소의 날 기념식에서 국무총리 표창 수상", "2024-11-01T17:24+09:00", None, None, "51230"), [PSS],
  [c("국무총리 표창을 수상하는 영예를 안았다", None, D7, [ET], "achievement"),
   c("수소 산업의 중요성과 지역 경제 발전에 기여하겠다는 의지를 내비쳤다", PSS, D7, [ET], "plan"),
   c("강원도 최초의 수소충전소 및 유일한 수소생산시설 구축을 통해", None, D7, [ET, FV], "achievement"),
   c("올해 수소 저장·운송 클러스터 예타사업 통과와 더불어", None, D7, [ET, RD], "achievement"),
   c("시는 수소기업 육성을 위한 산·학·연 클러스터 조성사업과", None, D7, [ET, RD], "statement"),
   c("박상수 시장은 “수소산업이", PSS, D7, [ET], "statement"),
   c("이러한 노력이 관광과 상업 등 다른 분야에도 파급 효과를 미칠 것", PSS, D7, [ET], "statement")],
  ["삼척시, 제3회 수소의 날 기념식에서 국무총리 표창 수상", "제3회 수소의 날 기념식에서 국무총리 표창을 수상하고 있다",
   "(사)한국수소연합과 코리아 H2써밋이 공동주관하고", "수소경제 활성화를 통한 산업 발전 및 국가경쟁력 강화를 위한 유공자 격려"]),
"if-08-daum.txt": (
  meta("전진선 양평군수 “군민에겐 행복, 찾아올 사람에겐 기대 드리겠다”", None, None, None, "41830"), ["jeon-jin-seon"],
  [c("양평으로 귀촌․귀농을 희망하는 사람들에게 정착 여건을 마련해준다면", None, None, [A], "plan", "박종혁"),
   c("청년학습센터에서 직장인들도 이용할 수 있도록 야간 학습프로그램을 마련해주면 좋겠다", None, None, [ED, Y], "plan", "박종혁"),
   c("일자리 문제가 해결되지 않으면 타지역으로 젊은이들이 떠날 수밖에 없다", None, None, [J], "statement", "남두현·신현정"),
   c("젊은이들이 귀농해 정착할 수 있도록 농촌 보조사업을 지속적으로 펼쳐달라", None, None, [A], "plan", "남두현·신현정"),
   c("위생적인 숙박시설을 확충하고", None, None, [CT], "plan"),
   c("산후조리원 설립, 우리 밀 축제 사업과 연계 등도 건의됐다", None, None, [CB, CT], "plan"),
   c("상생 일자리를 창출하는 방안을 추진한다는 계획이다", None, None, [J], "plan"),
   c("젊은이들이 체감할 수 있는 정책을 펼치겠다", "jeon-jin-seon", None, [Y], "plan")],
  ["군민에겐 행복, 찾아올 사람에겐 기대 드리겠다", "청년들과 대화의 자리를 갖고 양평의 미래를 논의했다",
   "건의사항과 정책제안을 들어 군정에 반영하기 위해 마련됐다", "예비군이 늘고 있다는 반가운 소식을 들었다",
   "양평의 장래가 밝다는 것을 느꼈다"]),
"if-09-kukinews.txt": (
  meta("춘천 청년 정책 아이디어 2건, 전국 공모전 본선 진출", "2025-11-20T12:53:41+09:00", "한재영", None, "51110"), [],
  [c("춘천시 청년정책 아이디어가 지방시대위원회가 주관하는", None, D9, [Y], "achievement"),
   c("2건이 1차 심사를 통과했다고 밝혔다", None, D9, [Y], "achievement"),
   c("'강원 청년 정착 로드맵 사업'은 회복-참여-정착의", None, D9, [Y], "statement"),
   c("'농촌 작업실 모델'은 농업·농촌 분야에서", None, D9, [Y, A], "statement"),
   c("청년들이 스스로 기획하고 설계해 제도권에 제안해 이룬 결과", None, D9, [Y], "achievement", "전영호"),
   c("청년친화도시 지정을 목표로 지난 9월", None, D9, [Y], "achievement"),
   c("청년정책 의견 수렴과 정책 모니터링", None, D9, [Y], "statement")],
  ["춘천 청년 정책 아이디어 2건, 전국 공모전 본선 진출", "지방시대위원회 '권역별 청년정책 아이디어 공모전'",
   "'농촌 작업실 모델' 1차 통과", "12개 팀은 모두 수상 대상이다", "발표까지 잘 챙겨 좋은 결과를 만들어 내겠다"]),
}

for name, (m, officials, claims, not_claims) in SETS.items():
    gold = {"article": name, "metadata": m, "officials": officials, "claims": claims, "not_claims": not_claims}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(v[2]) for v in SETS.values()), "claims")
