import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = "2017-06-08"; K = "kwon-young-jin"
write("rj-02-tiptipnews.txt",
  {"headline": "권영진 대구시장, \"청년들이 떠나지 않는 대구를 만들기 위해 고민하겠다\"", "published": "2017-06-09T14:08+09:00",
   "reporter": "손승희", "outlet": None, "jurisdiction": "27"},
  [K],
  [C("대구의 더위를 즐기자는 취지로 대구 치맥페스티벌을 진행하고 있다", K, D, ["culture-tourism"], "statement"),
   C("작년 대구 치맥페스벌에 축제한 참여한 사람이 100만명을 넘었다", K, D, ["culture-tourism"], "achievement"),
   C("폭염대책부분을 진행하고 있다고 덧붙였다", K, D, ["disaster-safety"], "statement"),
   C("더위에 취약한 이들을 위해 폭염 대피소를 개방하며", K, D, ["disaster-safety", "welfare", "fine-dust"], "statement")],
  ["대구사랑청년포럼과 함께하는시정공감 콘서트에 권영진 대구시장 참석",
   "청년들의 궁금한 점을 들어보고 이에 대해 이야기하는 시간을 가졌다",
   "권영진 시장은 질문에 대한 답을 했다",
   "더위를 어떻게 생각하느냐에 따라 핸디캡이 될 수도 강점이 될 수 있다고 생각한다",
   "인삿말하는 권영진 시장 (사진= 손승희 기자)",
   "질문에 답변하고 있는 권영진 시장 (사진 = 손승희 기자)"])
