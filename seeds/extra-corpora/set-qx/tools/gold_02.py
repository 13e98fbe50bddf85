from g import C, write
D = "2023-12-28"
K = "kim-mun-geun"
write("qx-02-newsis.txt",
 {"headline": "김문근 단양군수 \"관광 패러다임 변화 지속\"[신년인터뷰]", "published": "2023-12-28T06:03+09:00",
  "reporter": "이병찬", "outlet": "뉴시스", "jurisdiction": "43800"},
 [K],
 [
  C("새로운 관광 패러다임으로 채택한 수상레저 활성화를 위해", None, D, ["culture-tourism"], "achievement"),
  C("단양 관광 미래를 향한 의미 있는 시도라는 평가를 얻었다", None, D, ["culture-tourism"], "achievement"),
  C("군의 시루섬 권역 종합관광지 개발사업도 그 연장선이다", None, D, ["culture-tourism"], "statement"),
  C("시루섬은 단양의 새로운 관광자원으로 다시 태어나고 있다", None, D, ["culture-tourism"], "statement"),
  C("개최를 통해 단양 관광의 미래를 제시했다", K, D, ["culture-tourism"], "achievement"),
  C("대한민국 밤밤곡곡 100선에 단양 관광지 3곳이 선정됐고", K, D, ["culture-tourism", "agriculture"], "achievement"),
 ],
 ["관광 패러다임 변화 지속",
  "열정과 정성은 서툰 프로를 능가한다는 소신으로",
  "초선 군수인 그가 지난 1년 반 동안 쌓아 올린 단양의 변화는 신선했다",
  "시루섬의 기적은 공중파 TV 프로그램 소재로 채택되는 등",
  "8대 분야 80개 공약사업을 차질 없이 추진하면서"])
