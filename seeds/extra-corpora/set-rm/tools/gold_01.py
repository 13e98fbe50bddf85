import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
E = "2023-03-18"; K = "lee-jang-woo"
write("rm-01-timenews.txt",
  {"headline": "이장우 대전시장, 청년들의 가장 큰 고민은?", "published": "2023-03-19T10:02:39+09:00",
   "reporter": "홍대인", "outlet": "대전타임뉴스", "jurisdiction": "30"},
  [K],
  [C("저도 청년들을 위해서 좀 더 많은 고민을 하고 있다", K, E, ["youth-policy"], "statement"),
   C("좋은 일자리, 양질의 일자리가 많은 도시가 돼야 되지 않겠느냐", K, E, ["jobs"], "plan"),
   C("단기 아르바이트성 일자리가 아니고 우리 삶을 정말 제대로 영위할 수 있는 양질의 일자리가 있어야 한다", K, E, ["jobs"], "plan"),
   C("그래서 제가 좋은 기업 유치를 위해 노력하고 있다", K, E, ["investment-attraction", "jobs"], "statement"),
   C("청년들의 미래는 일자리에 달렸다고 생각한다", K, E, ["jobs", "youth-policy"], "statement")],
  ["이장우 대전시장, 청년들의 가장 큰 고민은?",
   "청춘두두두에서 열린 대전청년정책네트워크 6기 발대식에 참석해 인사말을 하고 있다",
   "청년들의 가장은 큰 고민은 불확실한 미래라고 밝혔다",
   "나는 과연 내가 직장을 잘 잡고 또 결혼하고 아이들 낳고",
   "우리 학생들은 내가 좋은 직장을 구할 수 있는지 대한 큰 두려움이 있는 것 같다",
   "세상이 최선을 다해서 열심히 살다 보면 기회가 온다",
   "청년들이 과연 대전이라는 도시에서 살면서 이 도시가 좋을까 고민을 많이 할 것"])
