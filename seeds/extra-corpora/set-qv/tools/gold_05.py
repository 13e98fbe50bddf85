from g import write
D = "2018-03-30"
write("qv-05-edaily.txt",
 {"headline": "인천 남구, 6월까지 주거취약계층 전수조사", "published": "2018-03-30T13:23:28+09:00", "reporter": "이종일", "outlet": "이데일리", "jurisdiction": "28170"},
 [],
 [
  ("주거취약계층 893명에 대한 전수조사를 실시한다고 30일 밝혔다", None, D, ["housing", "welfare"], "plan"),
  ("21개 행정복지센터 직원들이 249개 숙박시설을 방문해", None, D, ["housing", "welfare"], "statement"),
  ("남구는 장기 투숙객의 지원 대상에 따라 생활비 지급, 취업알선, 질병 치료 등 맞춤형 서비스를 제공한다", None, D, ["welfare", "jobs"], "plan"),
  ("전수조사를 통해 복지사각지대를 발굴하고 지원 방안을 확대하겠다", None, D, ["welfare"], "plan"),
  ("은둔형 1인 가구 등 신속한 지원이 필요한 시민들에게 행정력을 집중하겠다", None, D, ["welfare"], "plan"),
 ],
 ["인천 남구, 6월까지 주거취약계층 전수조사", "인천시 남구청사 전경."])
