from g import C, write
D='2025-08-22'
write("qs-05-asiae.txt",
 {"headline": None, "published": "2025-08-22", "reporter": None, "outlet": None, "jurisdiction": "41"},
 [],
 [C("2023년 4월 '기후위기대응위원'를 설치해 운영하고 있으며", None, D, ["climate-carbon"], "achievement"),
  C("현재 24개 시군에서 위원회를 설치했고, 모든 시군이 이행책임관을 지정했다", None, D, ["climate-carbon"], "achievement"),
  C("31개 시군의 탄소중립 녹색성장 기본계획이 수립되는 등", None, D, ["climate-carbon"], "achievement"),
  C("등의 기후정책 우수사례를 공유했다", None, D, ["climate-carbon", "energy-transition", "fourth-industrial-revolution"], "achievement")],
 ["기후정책 실행력 제고 방안을 논의하는 '기후소통 한마당'을 개최했다",
  "'탄소중립기본법'에 따라 지자체에서는 기후 정책을 심의·의결하는 위원회 설치와",
  "참석자들이 기후 위기의 심각성과 지속 가능한 지구를 만들기 위한 관람평을 자유롭게 공유했다",
  "기후토크 시간을 가"])
