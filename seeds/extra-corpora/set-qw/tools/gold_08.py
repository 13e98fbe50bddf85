from g import C, write
W = "won-gang-su"; D = None; IA = ["investment-attraction"]
write("qw-08-kwnews.txt",
 {"headline": "[강원특별자치발전전략 토론회]“경제 중심·사통팔달 도시로 발돋움”",
  "published": None, "reporter": None, "outlet": None, "jurisdiction": "51130"},
 [W],
 [
  C("부론일반산업단지 착공 등 기업하기 좋은 경제중심도시 원주를 만들어 온 것을 그동안의 성과로 꼽았다", W, D, IA, "achievement"),
  C("민선8기 조직 개편을 단행해 경제국을 신설해 원주의 이점 살리면서 기업을 유치할 수 있는 방안을 모색했다", W, D, IA, "achievement"),
  C("산업단지 조성을 최우선 목표로 설정했고, 지난해 9월 부론일반산단을 착공했다", W, D, IA, "achievement"),
  C("수도권 기업들의 입주도 이어지고 있는 상황", W, D, IA, "achievement"),
 ],
 ["원강수 원주시장 \"기업하지 좋은 원주 만들기 역량 집중\"", "이공주 \"기회발전특구 성사돼야…문화도시 자리매김 기대\"",
  "'기업하기 좋은 경제도시, 원주의 미래는?'을 주제로 열렸다",
  "자동차 부품이나 의료기기, 식품, 화장품 등 발군의 기업들이 원주에 자리잡고 있는데",
  "수출 확대를 위한 결의대회를 갖는 등"])
