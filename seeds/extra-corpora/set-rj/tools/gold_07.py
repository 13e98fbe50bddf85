import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = None; CT = "culture-tourism"
write("rj-07-dgmbc.txt",
  {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"},
  [],
  [C("기후 위기에 강한 글로벌 내륙수변도시를 만들겠다고 밝혔습니다", None, D, ["climate-carbon"], "plan"),
   C("동촌유원지 명품 하천 조성, 디아크 문화관광 활성화, 금호강 국가생태탐방로 조성 사업을 합니다", None, D, [CT], "plan"),
   C("동촌유원지 명품 하천 조성은 동촌유원지 일대에", None, D, [CT], "statement"),
   C("디아크 문화관광 활성화는 화원유원지와 달성습지를 연계해", None, D, [CT], "statement"),
   C("파크골프장과 캠핑장, 수변 무대 등을 조성해", None, D, [CT], "plan"),
   C("금호강 1급수 프로젝트와 K2 종전 부지 개발 등 사업과 연계해", None, D, ["airport-relocation"], "plan")],
  ["대구시는 5,400억 원을 들여 대구 금호강 주변을 개발하기로 했습니다",
   "금호강 르네상스 사업의 총사업비는 5,400억 원으로 국비가 3,300억 원 책정되었는데"])
