import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = None; O = "oh-young-hun"
write("rg-09-ihalla.txt",
  {"headline": None, "published": None, "reporter": None, "outlet": "한라일보", "jurisdiction": "50"},
  [O],
  [C("올해 처음 공동기숙사 리모델링을 뒷받침하는 사업과 공공임대주택도 확대하겠다고 밝혔다", O, D, ["housing", "youth-policy"], "plan"),
   C("앞으로 지역상권과 토론하며 크루즈관광객의 유입 방안을 찾아가겠다고 했다", O, D, ["culture-tourism", "small-merchants"], "plan"),
   C("제주 청년정책에 청년의 참여율이 낮은데, 도정과 청년들의 눈높이가 달라서인 게 아닌가 생각한다", None, D, ["youth-policy"], "criticism"),
   C("청년이어드림 정책에 청년들의 참여가 낮아 아쉽다", O, D, ["youth-policy"], "criticism"),
   C("그래서 공동기숙사 리모델링 지원을 뒷받침하는 사업을 올해 처음", O, D, ["housing", "youth-policy"], "plan")],
  ["오영훈 지사가 13일 비인 공연장에서 가진 제주시 연두방문에서 시민들과 대화하고 있다",
   "올해 제주시 연두방문에서 이 같이 밝혔다",
   "선거관리위원회에서 선거법 위반 소지가 있어 안된다니 속상하다",
   "도민 세금으로 지방정부가 하는 일을 시민들에게 알리지 못한다면 문제",
   "제주 주택가격이 전국에서 두번째로 비싸고 물가수준도 높아 다시 제주를 떠나는 상황"])
