import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = "2013-12-26"
write("rg-01-kjmbc.txt",
  {"headline": "지역정치 집중취재3 - 강운태 시장의 속내는?", "published": "2013-12-26T22:53:02+09:00",
   "reporter": "정용욱", "outlet": "광주MBC", "jurisdiction": "29"},
  [],
  [C("유대회 개막과 아시아 문화전당 개관, 국제디자인연맹 총회 개최 등", None, D, ["culture-tourism"], "plan", "강운태")],
  ["당분간은 선거보다는 시정에 전념하겠다고 밝혔습니다",
   "시정 내용을 보면 2015년에 방점이 찍혀 있습니다",
   "민주당을 져버리지 말고 채찍질과 격려를 해 달라고 주문하는가 하면",
   "수영대회 파문이 지역 내 갈등과 분열로 이어진 게 가슴 아팠다고 말해",
   "지역정치 집중취재3 - 강운태 시장의 속내는?"])
