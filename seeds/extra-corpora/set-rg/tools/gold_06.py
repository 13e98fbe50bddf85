import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = "2025-07-10"; H = "한승헌"
A = ["agriculture"]
write("rg-06-naeil.txt",
  {"headline": "무안군, ‘전남에서 살아보기’ 모집", "published": "2025-07-11T11:21:41+09:00",
   "reporter": "방국진", "outlet": "내일신문", "jurisdiction": "46840"},
  [],
  [C("귀농·귀촌을 희망하는 도시민을 대상으로 ‘전남에서 살아보기’ 2기 참가자를 모집한다고 10일 밝혔다", None, D, A, "plan"),
   C("모집 인원은 개인 또는 가족을 포함해 3개 팀 6명이다", None, D, A, "statement"),
   C("참가자 모집은 귀농·귀촌포털 ‘그런대로’에 있는", None, D, A, "statement"),
   C("선정된 참가자는 오는 9월 1일부터 11월 30일까지 무안에서 생활하며 다양한 농촌 생활을 체험한다", None, D, A, "plan"),
   C("앞서 모집한 1기 참가자 5팀(6명)은 지난 4월부터 6월까지", None, D, A, "achievement"),
   C("무안군은 귀농·귀촌 활성화를 위해 숙박비와 연수비 등을 지원하고", None, D, A, "achievement"),
   C("이번 1기 과정을 통해 무안군에 대한 긍정적 인식을 확산하고 이해도를 높이는 성과를 거뒀다", None, D, A, "achievement", H),
   C("앞으로도 다양한 귀농·귀촌 지원을 통해 도시민이 무안에 안정적으로 정착할 수 있도록 적극 지원하겠다", None, D, A, "plan", H)],
  ["8월 15일 초까지 진행해",
   "개인, 가족단위 3팀 가능",
   "청계면에 있는 월선휴양마을은 235가구 508명이 살고 있으며, 이 중 25가구 52명이 귀농·귀촌했다",
   "방국진 기자 기사 더보기"])
