import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = "2020-07-06"; K = "kim-mun-o"
write("rj-05-yeongnam.txt",
  {"headline": "[김문오 군수 인터뷰] 군민30만시대 성장동력 준비 公約이 空約 되지 않게 할 것", "published": "2020-07-06T07:38+09:00",
   "reporter": "강승규", "outlet": None, "jurisdiction": "27710"},
  [K],
  [C("현장 중심의 찾아가는 소통 행정과 투명하고 신뢰받는 열린 행정", K, D, ["citizen-participation"], "statement"),
   C("다양한 매체를 통해 군민과의 소통하는 장을 만들어", None, D, ["citizen-participation"], "statement")],
  ["재임 10주년이자 이번 임기의 터닝 포인트",
   "김문오 달성군수가 민선 7기 2주년을 맞아 그동안의 군정 성과와 향후 방향에 대해 설명하고 있다",
   "벌여놓은 각종 현안 사업이 차질없이 마무리될 수 있도록",
   "달성을 새롭게 변모시키고 있다는 보람과 자부심으로 가득한 의미 있는 시간이었다",
   "인기있는 군수보다는 기억에 남는 군수가 되겠다는 초심을 잊지 않겠다",
   "민선 7기에 군민과 약속한 큰 사업이 아직 남아 있다",
   "인구 30만 시대를 이끌어 나갈 성장동력들을 재확인하겠다"])
