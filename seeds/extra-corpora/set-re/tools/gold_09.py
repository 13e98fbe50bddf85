from g import write
S = "lee-choon-hee"
write("re-09-yonhap.txt",
      [None, None, "박주영", "연합뉴스", "36"],
      [S],
      [("세종시장이 집값 상승을 잠재우기 위해 택지 공급 시기를 앞당기겠다고 밝혔다", S, None, ["housing"], "plan"),
       ("최근 행정수도 완성에 대한 기대감이 높아지면서 한꺼번에 오른 측면이 있다", S, None, ["housing", "decentralization"], "statement"),
       ("올해는 4천 가구 정도로 신규 공급량이 줄어든 탓도 있다", S, None, ["housing"], "statement"),
       ("우선 8만 가구 정도 건설할 수 있는 현재 확보한 택지 공급을 앞당길 계획", S, None, ["housing"], "plan"),
       ("경제적으로 어려운 청년 등을 위한 공공 임대 아파트도 확대하겠다", S, None, ["housing", "youth-policy"], "plan"),
       ("나중엔 북한에 제2의 행정수도를 만들 수도 있다", None, None, ["decentralization"], "statement", "양기대"),
       ("평양이 될는지 어떨지 모르지만 잘 만들어 달라", None, None, ["decentralization"], "plan", "양기대")],
      ["국감 답변하는 이춘희 세종시장 |",
       "세종지역 집값에 대한 해법을 묻는 더불어민주당 양기대 의원의 질의에 이같이 답했다",
       "세종지역 아파트 매맷값 누적 상승률은 올해 들어 이달 셋째 주까지 38.8%를 기록해 전국에서 가장 컸다"])
