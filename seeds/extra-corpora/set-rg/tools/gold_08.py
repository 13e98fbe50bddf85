import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = None; A = ["agriculture"]
write("rg-08-ysmbc.txt",
  {"headline": None, "published": None, "reporter": "김양훈", "outlet": None, "jurisdiction": "46"},
  [],
  [C("전남지역 각 자치단체들이 귀농귀촌 가구를 유치하기 위해 다양한 시책을 펴고 있는데요", None, D, A, "statement"),
   C("전남만의 차별화된 귀농귀촌 유치 정책으로", None, D, A, "achievement"),
   C("함평군의 교육을 통해서 어느정도 안정기에", None, D, A, "achievement", "최정일"),
   C("지자체의 적극적인 맞춤형 영농교육 등은", None, D, A, "achievement"),
   C("어떤 교육을 받고 싶은지 의견도 수렴해서 다양한 맞춤형 귀농교육을 실시하고 있습니다", None, D, A, "statement", "국철승"),
   C("지난 2019년 전남 귀농,귀촌 가구는", None, D, A, "achievement"),
   C("귀농 창업자금과 주택자금 융자사업은 물론", None, D, ["agriculture", "startup-support"], "achievement"),
   C("귀농인의 집 운영, 전남에서 살아보기 시책등은", None, D, A, "achievement")],
  ["도시 생활을 접고 함평으로 귀농한 최정일 씨",
   "초창기 귀농생활은 순탄치만은 않았습니다",
   "지난 2016년에는 귀농귀촌협의체를 만들고",
   "이미 정착한 사람들끼리 정보를 공유하고",
   "김양훈 기자가 취재했습니다",
   "윤연화 전남도 인구청년정책관"])
