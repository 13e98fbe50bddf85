import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = "2019-07-01"; W = "won-hee-ryong"
write("rg-02-seogwipotv.txt",
  {"headline": "제주도 원지사, 유투브 홍보 계속하겠다.", "published": "2019-07-01T11:38+09:00",
   "reporter": "장수익", "outlet": None, "jurisdiction": "50"},
  [W],
  [C("행정시장 직선제에 대해서 의회가 조율이 안 된 부분이 있다고 말했다", W, D, ["decentralization"], "statement"),
   C("제주도가 새로 유치된 투자가 있는지, 그동안의 투자에 대해 되돌아보는 시간이라고 말했다", W, D, ["investment-attraction"], "statement")],
  ["취임 1주년을 맞아 1일 제주도청 탐라홀에서 기자회견을 가졌다",
   "적페를 청산하는데 주력했다고 주장했다",
   "제주가 미래로 나아가기 위한 기틀을 다지는 데 집중하겠다고 밝혔다",
   "계속 유투브방송을 진행하겠다고 밝혔다",
   "기초사실에서부터 조사하고 징계하고 시정하겠다고 말했다",
   "중국자본의 약속 미이행과 부동산 등 실물경제가 안좋다는 질문"])
