from g import write
C = "choi-myeong-hui"; T = ["culture-tourism"]
write("rc-03-kado.txt",
      ["올림픽 도시 강릉 문화·자연 가치 세계 인정 자신", None, None, "강원도민일보", "42150"],
      [C],
      [
       ["올림픽은 강릉이 자랑하는 문화와 자연자원이 세계적 가치를 인정받는 기회의 마당", C, None, T, "statement"],
       ["특화 명소들이 속속 등장하면서 관광 경쟁력이 배가되고 있다", C, None, T, "achievement"],
       ["커피축제로 관광의 외연을 넓힌 것도 주효했다", C, None, T, "achievement"],
       ["고속철도 개통에 맞춰 해외 관광설명회 및 여행사 팸투어 등에도 주력할 생각이다", C, None, T, "plan"],
       ["젊은 알뜰관광객까지 다양한 수요를 수용할 수 있게 됐다", C, None, T, "achievement"],
       ["강릉 도심문화권에 ‘감동적 즐길거리’를 더욱 많이 만드는 것이 과제다", C, None, T, "plan"],
       ["올림픽파크를 활용한 스포츠 산업과 마이스(MICE) 산업 육성도 중요하다", C, None, T, "plan"],
       ["모험,농촌체험,스포츠 관광,해양레포츠 등을 육성해", C, None, ["culture-tourism", "agriculture"], "plan"],
      ],
      ["올림픽 도시 강릉 문화·자연 가치 세계 인정 자신",
       "경기장과 접근도로 등 시설 인프라는 문제없이 준비됐고",
       "-관광 발전을 위한 강릉시 변화상은."])
