import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
E, P = "2016-04-28", "2016-04-29"
UR, SM = "urban-regeneration", "small-merchants"
write("rh-01-seongdongnews.txt",
  {"headline": "성동구, 젠트리피케이션을 넘어 상생도시가 눈 앞에!", "published": "2016-04-29T10:46+09:00",
   "reporter": None, "outlet": "성동저널", "jurisdiction": "11200"},
  ["jeong-won-o"],
  [C("상생협약을 추진한 결과 55% 협약체결이라는 획기적 성과를 달성하여", None, E, [UR], "achievement"),
   C("대상 건물 255동 중 55%인 140동의 건물주와 임차인", None, E, [UR], "achievement"),
   C("상생협약에 따르면 건물주는 임대기간 동안 적정 수준의 임대료를 유지하고", None, P, [UR, SM], "statement"),
   C("성수동에 상가 건물을 소유한 가수 인순이도 이번 상생협약에 적극 동참하였으며", None, E, [UR], "statement")],
  ["젠트리피케이션 방지 협약 55% 달성...상생협약식 가져",
   "젠트리피케이션 상생협약식을 마치고 기념사진",
   "협약서 서명, 축하떡 컷팅, 기념촬영, 간담회 순으로 진행되며"])
