import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
E = "2015-04-02"; N = "이경대"; T = ["public-transit"]
write("rm-06-newsband.txt",
  {"headline": "세종시의회 이경대 의원, 대중교통 대책 마련 촉구", "published": "2015-04-02T17:14+09:00",
   "reporter": "이준희", "outlet": "MBS", "jurisdiction": "36"},
  [],
  [C("두지역간의 편리한 대중교통체계를 구축하는 것이 가장 시급한 문제다", None, E, T, "plan", N),
   C("현재 세종시 대중교통운행을 보면 지선과 간선을 활용하여 시민들의 편리를 도모하고 있으나", None, E, T, "criticism", N),
   C("민원인과 통학하는 학생들은 많은 시간을 낭비하는 등 불편을 겪을 것", None, E, T, "criticism", N),
   C("북부지역의 대중교통에 대한 전면 재검토가 필요하다", None, E, T, "plan", N)],
  ["세종시의회 이경대 의원, 대중교통 대책 마련 촉구",
   "제28회 임시회 2차 본회의를 열어 시장 및 교육감 등 관계공무원들이 출석한 가운데 시정질문을 했다"])
