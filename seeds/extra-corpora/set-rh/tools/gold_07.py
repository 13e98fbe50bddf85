import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
E, A = "2019-03-21", "ahn-byeong-yong"
PT = "public-transit"
write("rh-07-kmib.txt",
  {"headline": "의정부시 “전철7호선 노선 변경 추진 어렵다” 주민설명회 진행…시민 ‘계란 투척’ 반발",
   "published": "2019-03-24T14:24+09:00", "reporter": None, "outlet": None, "jurisdiction": "41150"},
  [A],
  [C("의정부구간 노선 변경 추진이 어려운 상황을 설명했지만 시민들은 이를 받아들이지 못하고", None, E, [PT], "criticism"),
   C("기본계획 변경을 위해 시민들과 함께 여기까지 왔으나, 관련 법령의 벽을 넘지 못했다", A, E, [PT], "criticism"),
   C("의정부를 지나가지 못하게 하자", None, E, [PT], "criticism"),
   C("시장 공약사항을 지켜야 한다", None, E, [PT], "criticism"),
   C("시가 의지가 없었다”고 반발하며 노선 변경 검토를 촉구했다", None, E, [PT], "criticism"),
   C("의정부구간 노선 변경 포기에 대한 장·단기 대책을 발표했다", None, E, [PT], "plan"),
   C("▲민락지구~도봉산역 버스 노선 확충 및 증차", None, E, [PT], "plan")],
  ["설명회서 몸싸움과 고성 오가는 등 시민들 반발 여전",
   "일부 주민들이 \"노선변경\" 구호를 외치고 있다. 박재구 기자",
   "추진 배경과 동영상 상영, TF 구성 배경과 주요 활동내역 설명, 질의응답 순으로 진행됐다"])
