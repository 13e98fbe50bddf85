from g import C, write
D = "2018-12-24"
write("qx-03-hongseong.txt",
 {"headline": "홍성군, 내년 656억 원 투자해 어르신 복지천국 꿈꾼다", "published": "2018-12-24",
  "reporter": None, "outlet": "홍성군", "jurisdiction": "44800"},
 [],
 [
  C("내년 노인복지 예산으로 총 656억 원을 편성하면서", None, D, ["welfare"], "plan"),
  C("어르신 맞춤형 복지 정책의 안착에 최선을 다할 계획이라고 밝혔다", None, D, ["welfare"], "plan"),
  C("향후 노인복지 인프라 확충에 크게 탄력을 받을 것으로 기대되고 있다", None, D, ["welfare"], "achievement"),
  C("치매안심센터의 증축과 노인통합복지타운으로 자리매김할 노인회관 신축이 큰 결실로 꼽힌다", None, D,
    ["dementia-care", "welfare"], "achievement"),
  C("지난 11월 21일 10억4,300만 원의 예산을 들여", None, "2018-11-21", ["dementia-care"], "achievement"),
  C("올 12월 말 준공예정인 노인회관은", None, D, ["welfare"], "statement"),
 ],
 ["홍성군, 내년 656억 원 투자해 어르신 복지천국 꿈꾼다",
  "행복이 가득한 지금 홍성은?"])
