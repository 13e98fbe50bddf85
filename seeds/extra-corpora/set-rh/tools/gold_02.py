import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
I, P, Y = "2022-09-15", "2022-09-23", "yu-seong-hun"
IA = "investment-attraction"
write("rh-02-donga.txt",
  {"headline": "“금천의 미래 먹거리 ‘G밸리’서 찾을것”", "published": "2022-09-23T03:00+09:00",
   "reporter": None, "outlet": "동아일보", "jurisdiction": "11545"},
  [Y],
  [C("미래를 이끌 기업을 육성하고 혁신을 선도하는 ‘첨단산업도시 금천’을 만들겠습니다", Y, I, [IA], "plan"),
   C("금천의 미래 먹거리를 찾겠다고 했다", Y, I, [IA], "plan"),
   C("‘금천사이언스큐브’를 만들고 과학 관련 축제를 여는 것에도", None, P, ["education", "culture-tourism"], "statement"),
   C("첨단산업 기업들을 유치하면서 청년층 유입을 유도하겠다는 뜻을 밝혔다", Y, I, [IA, "youth-policy"], "plan"),
   C("결국 일자리 창출이 가장 중요하다", Y, I, ["jobs"], "statement")],
  ["G밸리, IT-로봇 등 미래기술 선도… 기업 유치해 청년 오는 도시 만들 것",
   "독산동 공군부대 내년 이전 추진… 일상서 문화 즐기도록 시설 확충",
   "‘관문 도시’이자 ‘첨단산업 도시’로 발전시키겠다”는 포부를 밝혔다. 전영한 기자",
   "G밸리 하면 구로구를 생각하는데 사실 3분의 2가량이 금천구에 있다",
   "이제는 정보기술(IT), 로봇 등 미래 기술을 이끄는 곳으로 대부분 바뀌었다",
   "G밸리 내 IT 관련 업체는 4500여 개에 이른다"])
