from g import w
D = "2020-11-13"
w("qq-02-ucinews.txt", "울산 에너지융복합단지 준공식 개최", "2020-11-13T12:17+09:00", "최경호", "울산시민신문", "31710",
  ["lee-seon-ho"],
  [
   ("울산 울주군은 13일 서생면 일원에서 에너지융합 일반산업단지 준공식을 개최했다", None, D, ["energy-transition"], "achievement"),
   ("국토부가 지난 2016년 전국 최초로 투자선도지구로 지정한 에너지산업융복합산단은", None, D, ["energy-transition", "investment-attraction"], "achievement"),
   ("산업부는 올해 8월 침체된 지역경제를 살리고 인구를 늘리기 위한 신산업 육성책으로 산단을 에너지산업 융복합단지로 지정했다", None, D, ["energy-transition"], "achievement"),
   ("에너지융합산단은 원전해체연구소, 온산국가산업단지 등 주변의 우수한 개발 여건과 편리한 교통인프라로 동남권 에너지산업의 성장 거점이 될 것", "lee-seon-ho", D, ["energy-transition"], "statement"),
  ],
  ["원전해체 산업의 거점지구 역할 기대", "준공식에는 이선호 군수와 간정태 울주군의회의장"])
