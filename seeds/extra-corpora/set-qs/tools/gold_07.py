from g import C, write
write("qs-07-ilyo.txt",
 {"headline": "‘문화도시 도봉’으로 자리매김", "published": None, "reporter": "김정훈", "outlet": "일요신문", "jurisdiction": "11320"},
 ["lee-dong-jin"],
 [C("문화·관광분야 시·구 공동협력사업 평가에서 우수구로 선정되어 4천만 원의 지원금을 받게 되었다", None, None, ["culture-tourism"], "achievement"),
  C("좋은 성적을 거두며 문화도시 도봉으로 자리매김하였다", None, None, ["culture-tourism"], "achievement"),
  C("마을 축제를 활발히 개최하며 구민과 소통하는 문화를 조성해왔다", None, None, ["culture-tourism"], "achievement"),
  C("풍요로운 문화향유 기회를 제공하고 있다", None, None, ["culture-tourism"], "statement"),
  C("둘리 테마파크를 조성, 차별화된 관광자원을 구축하였다", None, None, ["culture-tourism"], "achievement"),
  C("역사문화 체험이 가능한 관광코스도 개발하였다", None, None, ["culture-tourism"], "achievement"),
  C("매력있는 문화도시, 뮤직시티로 거듭나기 위해 최선을 다하고 있는 도봉구가 대외적으로도 인정을 받아 기쁘다", "lee-dong-jin", None, ["culture-tourism"], "achievement")],
 ["절대평가로 최우수구 없이 우수구만 선정되었다",
  "- 2014년부터 3년 연속 서울시 문화.관광분야 시.구 공동협력사업 수상"])
