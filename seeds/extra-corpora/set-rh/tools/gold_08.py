import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
D = "2017-09-22"
YP, ED, CB, W, SM = "youth-policy", "education", "childcare-birth", "welfare", "small-merchants"
write("rh-08-snvision.txt",
  {"headline": "민선6기 성남시 대한민국의 표준을 만들어가다!", "published": "2017-09-22T13:34+09:00",
   "reporter": None, "outlet": "비전성남", "jurisdiction": "41130"},
  [],
  [C("‘전국 최초’의 수식어를 붙이며 대한민국의 표준을 만들어가는 시책 추진현황을 알아본다", None, D, [W, YP, ED, CB], "achievement"),
   C("만 24세 청년에게 1인당 분기별 25만 원씩 총 100만 원을 지역화폐인 성남사랑상품권으로 지급한다", None, D, [YP, SM], "statement"),
   C("2016년 1만7,426명, 올해 대상자 1만1,290명 가운데 1만603명에게 지급했다", None, D, [YP], "achievement"),
   C("저소득계층 고등학교 신입생(300명)에게 교복비를 현금 지급한다", None, D, [ED], "statement"),
   C("건강한 출산과 산후조리, 성남시가 책임진다", None, D, [CB], "statement"),
   C("출산가정에 50만 원의 지원금을 성남사랑상품권으로 지원한다", None, D, [CB, SM], "statement"),
   C("2016년 6,752명을 지원한 데 이어 올해 7,200명 지원 예정이다", None, D, [CB], "target")],
  ["‘시민이 행복한 성남, 시민이 주인인 성남’을 만들고자 한다",
   "건강, 안전, 교육 등 3대 분야의 공공성강화가 핵심이다",
   "성남의 미래에 투자, 청년배당",
   "공평한 기회 부담 없는 교육, 무상교복",
   "산모에게 작은 격려, 산후조리비"])
