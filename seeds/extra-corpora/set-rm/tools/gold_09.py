import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
D = None; CB = "childcare-birth"; W = "welfare"
write("rm-09-cctoday.txt",
  {"headline": None, "published": None, "reporter": "이권영", "outlet": "충청투데이", "jurisdiction": "44800"},
  [],
  [C("아이 키우기 좋은 환경 조성을 위해 올해 300억원의 예산을 투입해 저출산 시대에 대비한다", None, D, [CB, W], "plan"),
   C("군의 합계출산율은 2020년 기준 전년 대비 0.1명이 증가한 1.2명으로", None, D, [CB], "achievement"),
   C("다자녀가정 지원 등 다양한 사업을 추진한다", None, D, [CB, W], "plan"),
   C("기존 홍성의료원을 리모델링해 산모실(8실)", None, D, [CB], "achievement"),
   C("24일 현판식과 동시에 예약을 받아 내달 7일부터 운영 예정이며", None, D, [CB], "plan"),
   C("올해 2개소를 추가로 운영할 예정이다", None, D, [CB, W], "target"),
   C("195억원의 사업비를 투입해 영유아·아동·청소년·가족이 함께 할 수 있는 복합문화시설을 조성할 계획으로", None, D, [W, CB], "plan"),
   C("유·아동의 여가·놀이문화 개선을 위해 내포신도시에", None, D, [CB], "plan")],
  ["공공산후조리원 내달 7일부터 운영",
   "195억 투입 가족센터 7월 준공 예정",
   "숲 체험관 등 여가·놀이문화 개선도",
   "홍성군 제공. 재판매 및 DB 금지"])
