from g import write
P = "2023-01-26"; M = "2023-01-25"
W = ["welfare"]
write("qv-04-naewaynews.txt",
 {"headline": "남동구, 복지 사각지대 발굴·지원 등 민생 안전에 주력", "published": "2023-01-26", "reporter": "하상기", "outlet": "내외신문", "jurisdiction": "28200"},
 ["park-jong-hyo"],
 [
  ("인천시 남동구가 복지 사각지대에 놓인 위기가구를 찾아 지원에 나선다", None, P, W, "plan"),
  ("홀몸노인 포함 복지 사각지대의 위기가구 방문과 난방비 지원 대책", "park-jong-hyo", M, ["welfare", "disaster-safety"], "plan"),
  ("이에 따라 구는 오는 30일부터 2주간 남동구 특별 주민등록 사실조사 및 복지위기 가구 발굴을 추진한다", None, P, W, "plan"),
  ("대상은 지난해 주민등록 사실조사 시 보고된 특이사항 세대와", None, P, W, "statement"),
  ("구는 지역 내 복지 사각지대에 놓인 위기가구를 집중적으로 발굴해 긴급 생계지원, 맞춤형 수급자 신청 등 지원체계를 강화할 예정이다", None, P, W, "plan"),
  ("특히 이번 사실조사는 각 동장 책임하에 팀별 통합조사반을 구성하고, 상황에 따른 복지서비스를 연계해 위기가구를 중점적으로 발굴·지원할 계획이다", None, P, W, "plan"),
  ("도움이 필요한 주민들이 추운 겨울을 안전하게 보낼 수 있도록 동 행정복지센터에서 더욱 관심을 가지", "park-jong-hyo", M, W, "plan"),
 ],
 ["민생 안전을 위한 현안 회의를 개최했다고 26일 밝혔다",
  "남동구, 복지 사각지대 발굴·지원 등 민생 안전에 주력",
  "Notice: Undefined index: HTTP_ACCEPT_ENCODING"])
