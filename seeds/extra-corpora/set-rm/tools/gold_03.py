import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
D = "2019-06-17"; K = "kim-dong-il"
write("rm-03-tvchosun.txt",
  {"headline": "[네트워크 초대석] 김동일 보령시장 \"보령을 해양관광의 메카로\"", "published": "2019-06-17T08:53+09:00",
   "reporter": "김달호", "outlet": None, "jurisdiction": "44180"},
  [K],
  [C("보령 머드축제는 이제는 세계적인 축제가 됐습니다", None, D, ["culture-tourism"], "achievement"),
   C("해양 관광의 메카로 자리잡고 있는 충남 보령시의", None, D, ["culture-tourism"], "achievement"),
   C("대천해수욕장의 목표는 질서, 안전, 청결입니다", K, D, ["culture-tourism", "disaster-safety"], "statement"),
   C("안전이 최고의 목적이기 때문에 30여개의 기관, 단체, 자원봉사자들이", K, D, ["disaster-safety", "culture-tourism"], "statement"),
   C("온 시민이 하나가 돼서 준비하고 있고 운영하고 있다는 말씀을 드리고 싶습니다", K, D, ["culture-tourism"], "statement")],
  ["[네트워크 초대석] 김동일 보령시장",
   "전국의 자치단체장과 지역 현안을 짚어보는 네트워크 초대석입니다",
   "충남 보령에는 서해안 대표 해수욕장인 대천 해수욕장이 있습니다",
   "대천해수욕장은 서해안의 대표적인 해수욕장입니다",
   "대천해수욕장은 1932년도에 개장을 해서 지금 90여년간을 운영하고 있습니다",
   "세계에서도 유일한 그러한 폐각분 해수욕장입니다"])
