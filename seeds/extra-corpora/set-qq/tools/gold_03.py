from g import w
S = "shin-jang-yeol"
w("qq-03-hankyung.txt", "[새롭게 도약하는 울산·경주·포항] 울주군, 신청사에서 새 출발… \"에너지융합산단 입주기업에 금융지원\"", None, None, "한국경제신문", "31710",
  [S],
  [
   ("울산 남구에서 50년 더부살이를 끝내고 울주군 청량면 신청사에서 새로운 출발을 시작했기 때문이다", None, None, ["city-hall"], "achievement"),
   ("신청사 개청으로 ‘희망과 기회, 성장이 있는 행복도시’로 향한 도약 기반을 구축했다", S, None, ["city-hall"], "achievement"),
   ("그동안 다른 지자체에 청사를 둬 군민들로서는 자존심 상하는 일이기도 했고", S, None, ["city-hall"], "statement"),
   ("청량면 신청사를 최상의 행정서비스를 제공하는 복합행정타운으로 만들겠다", S, None, ["city-hall"], "plan"),
   ("울주 정명 천년을 기념해 상징조형물 설치, 축하 음악회 등 다양한 기념사업을 추진하겠다", S, None, ["culture-tourism"], "plan"),
   ("그는 군이 역점적으로 추진해온 에너지융합산업단지 분양에도 속도를 내기로 했다", S, None, ["investment-attraction", "energy-transition"], "plan"),
   ("에너지융합산단 입주 기업에 대해 최대 70억원 규모의 중도금 대출이자를 지원하기로 했다", S, None, ["investment-attraction", "energy-transition"], "plan"),
   ("지난해 두 차례 특별분양에서 기대 이하의 분양률에 그쳤던 에너지융합산단 조성사업에", None, None, ["investment-attraction", "energy-transition"], "statement"),
  ],
  ["에너지융합산단 입주기업에 금융지원", "후세대까지 풍요롭게 잘살 수 있는 지방자치 경쟁력을 임기 내에 다져놓겠다",
   "지난해 울주군 사회조사 결과 군민 10명 중 8명이 지역에 만족하고", "2018년을 맞이한 울주군의 감회는 남다르다"])
