import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = "2024-03-12"; K = "kang-jong-man"
write("rg-05-kbs.txt",
  {"headline": "[이슈대담] ‘저출산’ 심각…영광군, 합계출산율 1위 비결은?", "published": "2024-03-12T19:15+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "46870"},
  [K],
  [C("얼마 전 공개된 합계 출산율에서도 1위라는 성과가 나왔습니다", None, D, ["childcare-birth"], "achievement"),
   C("2019년부터 지금까지 5년 연속 1위를 하는 것은 아마 선제적으로", K, D, ["childcare-birth"], "achievement"),
   C("우리 군은 적극적으로 이런 부분을 보완하고", K, D, ["childcare-birth"], "statement"),
   C("1.65명입니다", K, D, ["childcare-birth"], "achievement"),
   C("우리 군이 선제적으로 청년 정책에 대한 입안을 많이 했고요", K, D, ["youth-policy", "childcare-birth"], "achievement"),
   C("또 출산을 하면 첫째는 500만 원, 둘째는 1,200만 원", K, D, ["childcare-birth"], "achievement")],
  ["최근 우리나라 심각한 저출산 문제에 직면해 있죠",
   "지난해 4분기 합계 출산율 사상 처음으로 0.6명대로 떨어졌습니다",
   "합계 출산율 전국 1위 타이틀로 주목받는 곳이 있습니다",
   "15세 이상 49세 미만의 가임 여성의 수가 2,134명이나 줄어들었습니다",
   "이 특별한 비법이 있었을까요?",
   "읽어주기 기능은 크롬기반의"])
