from gold_lib import C, write
S='suh-byung-soo'; D='2015-07-08'
write("ro-01-hani.txt",
 {"headline": "[민선 6기 1년, 광역단체장에게 듣는다] 서병수 부산시장", "published": "2015-07-13T21:02+09:00",
  "reporter": None, "outlet": "한겨레", "jurisdiction": "26"},
 [S],
 [C("이렇게 수도권 중심적인 나라는 찾아보기 힘듭니다", S, D, ["decentralization"], "criticism"),
  C("이명박 정부 때부터 심화하고 있는 수도권 중심 정책을 강하게 비판했다", S, D, ["decentralization"], "criticism"),
  C("지방자치단체 고유의 역사성과 경쟁력으로 승부를 겨뤄야 한다", S, D, ["decentralization"], "plan"),
  C("지방분권이 정말 필요한 시점인데도 중앙정부가 권한과 재원을 움켜쥐고 있다는 것이다", S, D, ["decentralization"], "criticism"),
  C("동남권 신공항에 대해서도 “수도권 집중을 완화하는 것”이라고 말했다", S, D, ["airport-relocation", "decentralization"], "statement"),
 ],
 ["[민선 6기 1년, 광역단체장에게 듣는다] 서병수 부산시장",
  "서병수 부산시장이 지난 8일 오전 부산시장 접견실에서 <한겨레>와 인터뷰를 하고 있다",
  "도시의 경쟁력이 국가 전체의 경쟁력을 이끄는 시대가 왔다",
  "겉으로 드러나는 상황과 실체적 진실이 다를 수 있다",
  "무혐의로 결론났지만 부도덕한 정치인으로 여겨져 이미지 타격이 크다",
  "“수도권 집중 완화하는 것 부산-대구 갈등때문 무산”",
  "“부산은 9일 새벽 0시 기준으로 사실상 메르스 상황 끝나”"])
