from gold_lib import C, write
K = "kim-jong-hun"; D = "2022-07-12"
write("rw-02-ulsanilbo.txt",
      {"headline": "민선 8기 김종훈 울산 동구청장, “4차산업 유치·청년 맞춤 일자리 창출”",
       "published": "2022-07-12T00:10+09:00", "reporter": "이춘봉", "outlet": "경상일보", "jurisdiction": "31170"},
      [K],
      [
       C("동구 노동기금 조성과 4차 산업 유치 등을 추진하기로 했다", K, D,
         ["labor-relations", "fourth-industrial-revolution", "investment-attraction"], "plan"),
       C("2016년 6만명을 넘던 노동자가 2022년 2만5000명 수준으로 줄었다", K, D, ["jobs"], "statement"),
       C("대규모 구조조정으로 청년 인구가 대폭 빠져나갔고", K, D, ["youth-policy"], "statement"),
      ],
      ["4차산업 유치·청년 맞춤 일자리 창출",
       "동구노동기금을 조성하고 청년 맞춤형 일자리를 창출하겠다고 밝히고 있다",
       "8년 전의 재임 경험과 국회의원으로 쌓은 인맥을 총동원하겠다고 밝혔다",
       "어려운 동구를 구하라는 주민들의 절박한 요청이",
       "주민들의 삶의 수준은 오히려 퇴보했다"])
