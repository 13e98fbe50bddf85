from g import C, write
write("qs-03-chmbc.txt",
 {"headline": "민선7기 2년 양구로부터..2년", "published": None, "reporter": "박민기", "outlet": "춘천문화방송", "jurisdiction": "42800"},
 ["jo-in-muk"],
 [C("치매안심센터와 공공 산후조리원 건립 등", None, None, ["dementia-care", "childcare-birth", "welfare"], "achievement"),
  C("고속철도계획은 그나마 희망을 선사했습니다", None, None, ["public-transit"], "statement"),
  C("춘천-속초고속철도 양구역을 중심으로 역세권 개발이 이뤄져", None, None, ["public-transit"], "statement"),
  C("금강산으로 가는 평화관광 통로를 준비해", None, None, ["culture-tourism"], "plan")],
 ["86.4%가 민선 군정을", "국방개혁 2.0은 충격으로 다가왔습니다", "날벼락이 떨어졌었죠",
  "접경지역 5개군은 접경지역협의회를 창설해서", "모든 행정력을"])
