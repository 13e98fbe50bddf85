from gold_lib import C, write
K = 'kim-yang-ho'  # undated text -> all dates null
E, P, DC = "energy-transition", "citizen-participation", "decentralization"
write('rr-08-newscham.txt',
 {"headline": "김양호 삼척시장 \"정부 반대해도 원전 반대 주민투표 강행\"", "published": None,
  "reporter": None, "outlet": None, "jurisdiction": "42230"},
 [K],
 [C("김양호 삼척시장이 정부의 반대에도 원전 유치 주민투표를 강행하겠다고 밝혔다", K, None, [E, P], "plan"),
  C("김 시장은 이번 지방선거에서 원전 건설 철회를 공약으로 내걸고 당선됐다", None, None, [E], "statement"),
  C("삼척시가 제출한 주민투표 실시 동의안을 재적인원 8명이 전원 만장일치로 통과시켰고", None, None, [P, E], "achievement"),
  C("정부는 원전 유치는 국가사업이라며 기초자치단체의 주민투표 대상이 아니라며", None, None, [E, P], "statement"),
  C("주민 의사를 반영하겠다는 뜻을 CBS라디오", K, None, [E, P], "plan"),
  C("지난번 당선으로 원전 건설 철회 공약에 대한 주민의 의사는 어느 정도 확인됐다", K, None, [E], "statement"),
  C("원전 유치로 주민들이 지금 찬반양론으로 갈려서 상당히 반목의 갈등이 깊다", K, None, [E], "criticism"),
  C("철회도 하고 또 우리 주민 뜻을 제대로 반영하고 화합하는 길이 주민투표밖에 없다", K, None, [E, P], "statement"),
  C("지금까지의 국책사업이 정부의 일방적인 사업 추진으로 지역민과 마찰이 일어나고", K, None, [E, DC], "criticism"),
  C("국가사무, 지방사무를 떠나서 시민들의 정당한 의사가 뭐냐", K, None, [P, DC], "plan"),
  C("(원전유치) 철회안은 지방사무라는 법률자문을 받아 넘겼다", K, None, [E, DC], "statement"),
 ],
 ["김양호 삼척시장 \"정부 반대해도 원전 반대 주민투표 강행\"",
  "정부 “국가사업, 주민투표 대상 아냐”, 삼척시장 “주민 의사가 최우선”"])
