from gold_lib import C, write
D=None; W=["water-supply"]
write("ro-09-donga.txt",
 {"headline": None, "published": None,
  "reporter": "강성명", "outlet": "동아일보", "jurisdiction": "26"},
 [],
 [C("부산시는 29일 기장군 해수담수화 수돗물 공급 계획을 유보한다고 밝혔다", None, D, W, "statement"),
  C("해수담수화 수돗물 공업용수를 공급할 예정이었다", None, D, W, "statement"),
  C("추가 협의 및 주민 설명회를 위해 용수 공급 시기를 늦췄다", None, D, W, "statement"),
  C("부산시는 2009년 1954억 원을 들여 기장군 대변리에 해수담수화 시설 테스트베드를 세웠다", None, D, ["water-supply", "water-industry"], "achievement"),
  C("2015년 12월부터 기장 지역에 해수담수화 수돗물을 공급하기로 했다", None, D, W, "statement"),
  C("해수담수화 공급 반대 운동을 벌였다", None, D, W, "criticism"),
 ],
 ["강성명 기자 smkang@donga.com"])
