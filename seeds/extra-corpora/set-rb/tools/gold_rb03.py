from write_gold import write
R = "ryu-gyu-ha"; J = "jo-jae-gu"
write("rb-03-imaeil.txt",
      (None, None, None, "매일신문", "27"),
      [R, J, "hong-joon-pyo"],
      [
       ("도심 공동화 현상을 극복하고, 지역 발전의 새 비전을 꿈꾸고 있다", R, None, ["urban-regeneration"], "statement"),
       ("대구 대표도서관을 비롯해 50층짜리 건물이 들어서는 등 눈부신 변화를 할 것", J, None, ["culture-tourism"], "plan"),
       ("도심 내 13개 테마 골목을 활성화시켜, 관광 활력 및 동네 상권 회복에도 각별한 신경을 쓰고 있다", R, None, ["culture-tourism", "small-merchants"], "statement"),
      ],
      ["3개의 미군기지를 다 옮길 것", "남구는 미군기지 이전과 함께 신주거지역으로 천지개벽할 겁니다",
       "'인구 10만의 문화와 역사가 흐르는 살기 좋은 곳'으로의 회복을 확신했다",
       "(풀뿌리 지방자치의 힘)", "1년 후에 8만 명이 될 것"])
