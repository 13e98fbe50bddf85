from g import C, write
L = "lee-choon-hee"
write("qx-09-ajunews.txt",
 {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "36"},
 [L],
 [
  C("시민이 직접 참여하는 도시재생을 통해 마을공동체를 회복 할것", L, None, ["urban-regeneration", "citizen-participation"], "plan"),
  C("세종2기 핵심공약으론 도시재생, 인프라 구축, 문화·복지, 지역경제 등 4대 분야 총 27개 사업을 추진해왔다", L, None,
    ["urban-regeneration"], "statement"),
  C("청춘조치원사업을 추진하기 위해 지난 1일 전담조직인 청춘조치원과 18명을 신설하고", L, None, ["urban-regeneration"], "achievement"),
  C("국토교통부의 도시재생 활성화 지역 공모사업(국비 100억원)도 좋은 평가를 받아", None, None, ["urban-regeneration"], "statement"),
  C("‘서창지구 행복지구 행복주택 건설사업’ 계획 승인을 받아", None, None, ["housing"], "achievement"),
  C("옛 시청 부지를 활용한 복합행정타운 조성은", L, None, ["urban-regeneration", "city-hall"], "achievement"),
 ],
 [])
