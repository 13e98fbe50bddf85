from gold_lib import C, write
D = '2017-07-03'; T = ["culture-tourism"]
write('rr-07-sisamagazine.txt',
 {"headline": "단양군, ‘관광 르네상스’ 시대 개막", "published": "2017-07-03T08:54+09:00",
  "reporter": "이지원", "outlet": "시사매거진", "jurisdiction": "43800"},
 ["ryu-han-u"],
 [C("단양군이 1천만 관광객시대를 목전에 둔 중부내륙 명품 휴양관광도시로 성장했다", None, D, T, "achievement"),
  C("관광인프라 확충과 관광객 유치를 통해 체류형 관광도시로 탈바꿈했기 때문이다", None, D, T, "achievement"),
  C("류 군수는 관광과 경제 투 트랙 전략으로 단양의 백년대계 기틀을 다졌다는 평가를 받고 있다", None, D, T, "achievement"),
  C("체류형 관광시설이 하나둘 제 모습을 갖춰가면서 관광르네상스 시대를 맞고 있다", None, D, T, "achievement"),
  C("‘수양개 빛 터널’이 지난 1일 문을 연데 이어", None, D, T, "achievement"),
  C("단양 구경시장은 전통 시장 현대화사업과 관광열차 운행, 상인조직 역량 강화 등에 힘입어", None, D, ["small-merchants", "culture-tourism"], "achievement"),
  C("류 군수의 아이디어로 시작된 쌍둥이 힐링 페스티벌과 대한민국 실버가요제도", None, D, T, "achievement"),
  C("2015년 790만 명에서 19.1%가 늘어난 941만 명으로 급증했다", None, D, T, "achievement"),
  C("네티즌이 뽑은 ‘베스트 그곳’ 등에 잇따라 선정되며 관광단양의 입지를 다졌다", None, D, T, "achievement"),
  C("문화체육관광부가 주관한 관광정책 역량지수에서 전국 1위에 올랐으며", None, D, T, "achievement"),
 ],
 ["단양군, ‘관광 르네상스’ 시대 개막",
  "지난 3년간 ‘꿈과 희망이 있는, 살기 좋은 단양’ 건설을 위해 동분서주했다"])
