from gold_lib import C, write
P = "2022-07-20"   # publication day (입력 2022년 7월 20일 03시 00분)
I = "2022-07-15"   # interview day ("최 시장을 15일 만났다")
K = "choi-won-cheol"
write("rv-01-donga.txt",
      {"headline": "[새 단체장에게 듣는다]“메가시티 ‘역사·문화 수도’ 만들겠다”",
       "published": "2022-07-20T03:00+09:00", "reporter": None, "outlet": "동아일보", "jurisdiction": "44150"},
      [K],
      [
          C("메가시티 전략으로 공주를 주변 대도시민들이 즐겨 찾는 역사·문화 수도로 만들겠다", K, I,
            ["culture-tourism", "decentralization"], "plan"),
          C("세종이 행정수도이고 대전이 과학수도라면 공주는 역사·문화 수도", K, I, ["culture-tourism"], "statement"),
          C("옛 공주 아카데미극장 보존", None, P, ["culture-tourism"], "statement"),
          C("출산 제고 정책도 추진하겠지만 그것만으로는 인구 늘리기에 한계가 있다", K, I, ["childcare-birth"], "statement"),
          C("공주에서 백제·근대 문화를 즐기고 농촌살이를 하고 경제활동을 하도록 하겠다", K, I,
            ["culture-tourism", "agriculture"], "plan"),
      ],
      ["[새 단체장에게 듣는다]“메가시티 ‘역사·문화 수도’ 만들겠다”",
       "“대도시에 인접한 지리적 이점 살려야”",
       "―대도시 연계 메가시티 전략이 눈에 띈다.",
       "―어떤 자원을 활용할 것인가.",
       "대도시에 인접한 지리적 이점을 살려야 한다.",
       "이런 가운데 최 시장이 지역발전 전략으로 주목한 것은 제3의 인구라는 ‘관계인구’다.",
       "그는 공주 출신으로 인천대 건축공학과를 나와"])
