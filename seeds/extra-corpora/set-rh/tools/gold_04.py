import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
D, N = "2012-07-03", "박원순"
CP, UR = "citizen-participation", "urban-regeneration"
write("rh-04-edaily.txt",
  {"headline": "박원순 서울시장 \"마을은 행복 위한 힐링캠프\"", "published": "2012-07-03T17:37:16+09:00",
   "reporter": "성문재", "outlet": "이데일리", "jurisdiction": "11"},
  ["park-won-soon"],
  [C("마을공동체 만들기는 결코 어려운 일이 아니며 이를 통해 행복해질 수 있다고 강조했다", None, D, [CP, UR], "statement", N),
   C("마을 만들기는 시민이 직접 할 수 있는 일이고 이미 해온 일이다", None, D, [UR, CP], "statement", N),
   C("시는 행정적인 지원을 통해 좀 더 나은 세상을 만들어 갈 수 있도록 돕겠다", None, D, [UR, CP], "plan", N),
   C("대표적인 마을공동체를 예로 들며 마을 만들기 사업에 대한 지원을 약속했다", None, D, [UR, CP], "plan", N)],
  ["마을만들기 어렵지 않아..행정 지원할 것",
   "마을도 마찬가지입니다",
   "외로워서 이혼하거나 자살하는 것이다",
   "안정적인 관계야말로 가장 효과적인 치료제",
   "이웃과 얘기 나누고 쉴 수 있는 힐링캠프인 셈"])
