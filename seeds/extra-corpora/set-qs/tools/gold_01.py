from g import C, write
D='2023-02-21'
write("qs-01-sisu.txt",
 {"headline": "강원도, 2023년 업무계획 발표…문화관광분야 예산 1924억 원 투자", "published": "2023-02-27", "reporter": None, "outlet": None, "jurisdiction": "42"},
 [],
 [C("2024 강원 동계청소년올림픽대회 성공 개최를 목표로 하는 2023년 업무계획을 발표했다", None, D, ["culture-tourism"], "plan"),
  C("지난해 강원도를 방문한 관광객은 1억 5352만 명으로 전년 대비 17.8%", None, D, ["culture-tourism"], "achievement"),
  C("이는 코로나19 이전인 2019년보다 791만 명이 늘어난 수치다", None, D, ["culture-tourism"], "achievement"),
  C("관련 정책을 짜임새 있게 펼쳐 나갈 방침이라고 밝혔다", None, D, ["culture-tourism"], "plan"),
  C("워케이션, 생활관광 등 체류형 관광모델을 집중 육성하고", None, D, ["culture-tourism"], "plan"),
  C("지난해 5개 시군에서 올해 8개 시군으로 확대하고", None, D, ["culture-tourism"], "target"),
  C("해외 관광시장도 적극 공략한다", None, D, ["culture-tourism"], "plan"),
  C("해외 주요 도시에서 개최하는 ‘K-관광 로드쇼’에 참가해", None, D, ["culture-tourism"], "plan")],
 ["또한 도내 공항 이용객은 57만 명(양양 38만, 원주 19만)으로 역대 최다 기록을 세웠다", "강원도, 2023년 업무계획 발표…문화관광분야 예산 1924억 원 투자"])
