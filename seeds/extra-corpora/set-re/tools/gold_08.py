from g import write
S, D = "heo-tae-jeong", "2020-01-09"
write("re-08-ebaekje.txt",
      ['[영상] 허태정 시장, 올해 가장 큰 현안 질문에 "혁신도시 지정"', "2020-01-09T15:00+09:00", "이원구", None, "30"],
      [S, "park-yong-gap"],
      [("올해 가장 중점을 두고 추진할 현안으로 '혁신도시 지정'을 꼽았다", S, D, ["decentralization"], "plan"),
       ("올해 가장 중요한 것은 혁신도시 지정을 통해 대전과 충남이 함께 발전하는 것", S, D, ["decentralization"], "plan"),
       ("혁신도시 지정으로 공공기관을 유치해는 것, 이로인해 원도심을 재생함으로써 도심경쟁력을 강화할 수 있다", S, D, ["decentralization", "urban-regeneration"], "statement"),
       ("대덕특구를 기반으로 재창조 관련 용역을 진행중인데", S, D, ["decentralization", "research-development"], "plan")],
      ['[영상] 허태정 시장, 올해 가장 큰 현안 질문에 "혁신도시 지정"',
       "혁신도시 지정에 대한 중요성에 대해 설명했다",
       "행정부시장으로 하여금 원칙을 갖고 행정적으로 처리하라고 지시했다",
       "교통은 도시경쟁력의 중요한 요소",
       "국가 정책에 담아낼 수 있도록 추진할 것"])
