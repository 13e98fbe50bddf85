from g import save
D = "2020-03-13"; H = "hong-sun-heon"
save("qn-05-alioplus.txt", "한국어촌어항공단-부산시 해운대구, '더 잘사는 어촌' 성공모델 구현에 박차", "2020-03-26", None, None, "26350", [H],
 [("’20년도 청사포항 어촌뉴딜사업 위수탁협약을 체결했다", None, D, ["agriculture"], "achievement"),
  ("등에 대한 사항을 상호 협력키로 약속했다", None, D, ["agriculture"], "plan"),
  ("국비 60억원을 포함한 총 80억 원의 사업비를 투입해", None, D, ["agriculture"], "plan"),
  ("지역밀착형 기반시설 조성 및 주민주도형 사업이 함께 추진된다", None, D, ["agriculture", "citizen-participation"], "plan"),
  ("어촌뉴딜사업은 해운대구만의 힘으로는 추진하는데 어려움이 있다", H, D, ["agriculture"], "statement"),
  ("공단과 해운대구가 머리를 맞대 ‘더 잘 사는 어촌’ 성공모델을 만들어가자", H, D, ["agriculture"], "plan"),
  ("이번 위수탁협약을 시작으로 해운대구와 협업해 해운대구의 명성에 어긋나지 않도록 멋진 작품을 만들겠다", None, D, ["agriculture"], "plan", "최명용"),
 ],
 ["한국어촌어항공단-부산시 해운대구, '더 잘사는 어촌' 성공모델 구현에 박차"])
