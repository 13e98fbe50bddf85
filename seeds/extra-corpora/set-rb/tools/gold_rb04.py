from write_gold import write
E = "2025-12-03"; P = "2025-12-04"; DC = ["dementia-care"]
write("rb-04-heraldcorp.txt",
      (None, "2025-12-04", "김병진", "헤럴드경제", "47850"),
      [],
      [
       ("경북 칠곡군 치매안심센터가 3일 열린 ‘2025년 경북도 치매극복관리사업 성과대회’에서 우수상을 수상했다", None, E, DC, "achievement"),
       ("칠곡군은 4년 연속 수상하는 쾌거를 이뤘다", None, E, DC, "achievement"),
       ("칠곡군치매안심센터는 2018년 개소한 이후", None, P, DC, "statement"),
       ("‘치매극복 실종예방 프로젝트’를 성공적으로 개최했다", None, P, DC, "achievement"),
       ("이번 수상은 군민들의 건강과 행복을 지키기 위한 칠곡군의 꾸준한 노력의 결과", None, P, DC, "achievement", "김미영"),
       ("치매가 있어도 살기좋은 칠곡군을 실현하기 위해 더욱 힘쓰겠다", None, P, DC, "plan", "김미영"),
      ],
      ["[헤럴드경제(칠곡)=김병진 기자]"])
