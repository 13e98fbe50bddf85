from write_gold import write
D = "2013-12-23"
write("rb-07-dgmbc.txt",
      ("내년 대구시정 방향 '미래 튼튼,시민 행복'", "2013-12-23T14:02:25+09:00", "서성원", "대구MBC", "27"),
      [],
      [
       ("국가산단과 첨복단지,테크노폴리스 등 주요 대형사업과 관련해 앵커기업 유치를 통해", None, D, ["investment-attraction", "medical-industry"], "plan"),
       ("세계에너지총회와 세계물포럼 등이 행사에 머물지않고 산업에도 영향을 미칠수 있도록 하고", None, D, ["water-industry", "public-transit"], "plan"),
      ],
      ["내년 대구시정 방향 '미래 튼튼,시민 행복'",
       "내년 시정 방향을 미래가 튼튼한 대구,시민이 행복한 대구 건설로 잡고"])
