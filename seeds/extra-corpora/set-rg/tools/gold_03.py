import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = "2021-02-25"; L = "lee-yong-seop"
write("rg-03-honam.txt",
  {"headline": "광주 탄소중립 에너지 자립도시 시동 걸다", "published": "2021-02-25T17:16+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "29"},
  [L],
  [C("광주시가 민·관 거버넌스인 탄소중립도시 추진위원회를 출범시키며", None, D, ["climate-carbon", "energy-transition"], "achievement"),
   C("출범식을 개최하고 에너지 자립도시 추진 원년의 실행계획을 발표했다", None, D, ["climate-carbon", "energy-transition"], "achievement"),
   C("113개 시민·사회단체는 기후위기 비상행동을 결성해 탄소중립에 대한 시민들의 다양한 아이디어를 제안하고", None, D, ["climate-carbon", "citizen-participation"], "achievement"),
   C("이를 토대로 시·교육청·시의회·시민사회단체 등 각계 대표들이 참여하는", None, D, ["climate-carbon"], "achievement"),
   C("'시민주도 탄소중립 에너지 자립도시' 추진의 최고 의결기구로", None, D, ["climate-carbon", "energy-transition", "citizen-participation"], "statement"),
   C("94개 사업에 총 7천589억원을 투입해 온실가스 배출량 전망인 947만t의 10.5%인 100만t 감축을 목표로", L, D, ["climate-carbon", "energy-transition"], "target")],
  ["25일 민·관 협력거버넌스 ‘탄소중립도시 추진위원회’ 출범",
   "각계 대표, 시민사회 탄소중립 정책 최고 의결기구에 참여",
   "에너지전환·건물·수송교통 등 6개 분야 94개 실행계획 발표",
   "이용섭 광주시장과 내빈들이 출범 선언문을 낭독하고 있다. 광주시 제공."])
