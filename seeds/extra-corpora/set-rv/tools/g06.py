from gold_lib import C, write
D = "2017-12-28"   # 입력 2017-12-28 11:10; the briefing is '28일' = publication day
K = "lee-choon-hee"
write("rv-06-jtbc.txt",
      {"headline": "이춘희 세종시장 \"행정수도 완성 결실 얻어야\"", "published": "2017-12-28T11:10+09:00",
       "reporter": None, "outlet": None, "jurisdiction": "36"},
      [K],
      [
          C("2018년을 세종시를 행정수도로 완성하는 해로 만들겠다", K, D, ["decentralization"], "plan"),
          C("그동안 세종시를 행정수도로 만들기 위해 많은 노력을 해왔고, 국민 과반이 행정수도 개헌에 찬성하는 등 공감대가 형성됐다", K, D,
            ["decentralization"], "achievement"),
          C("발표한 설문 결과에서 찬성이 반대보다 모두 높았다는 것을 근거로 제시했다", K, D, ["decentralization"], "statement"),
          C("국회 분원 관련 사업비가 책정된 것도 긍정적인 요인이라고 덧붙였다", K, D, ["decentralization"], "achievement"),
          C("올해 행정안전부 이전이 확정된 것에 더해 행정중심복합도시건설청으로부터 8개 자치사무를 이관받기로 하는 등 성과가 많았다", K, D,
            ["decentralization"], "achievement"),
          C("내년엔 국가균형발전 기념행사를 정부와 함께 개최해 균형발전과 행정수도에 대한 정부 의지를 확인할 것", K, D,
            ["decentralization"], "plan"),
          C("2019년 정부예산에 설계비 등 분원 사업비가 반영될 수 있도록 노력할 뜻도 내비쳤다", K, D, ["decentralization"], "plan"),
      ],
      ["이춘희 세종시장 \"행정수도 완성 결실 얻어야\"",
       "올해 마지막 정례 브리핑…연임 도전 여부 질의엔 \"공식 입장 나중에\"",
       "서비스 메뉴 바로가기 본문 바로가기"])
