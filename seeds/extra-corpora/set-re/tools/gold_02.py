from g import write
S, D = "kim-don-gon", "2020-11-26"
write("re-02-goodmorningcc.txt",
      ['김돈곤 청양군수 "2021년 청년의 해 선포"', "2020-11-26T10:56+09:00", "이종현", "굿모닝충청", "44790"],
      [S],
      [("청년은 정책적 배려가 필요한 우리의 미래", S, D, ["youth-policy"], "statement"),
       ("2021년을 '청년의 해'로 선포하겠다", S, D, ["youth-policy"], "plan"),
       ("저출산, 고령화, 청년층 이탈 등 비정상적인 인구구조를 개선하지 않으면", S, D, ["childcare-birth", "youth-policy"], "statement"),
       ("청년층(18~45세) 역량 강화와 일자리 제공, 결혼, 출산 등 전방위 지원에 나서겠다", S, D, ["youth-policy", "jobs", "childcare-birth"], "plan"),
       ("먼저 청년의 군정 참여 확대다", S, D, ["youth-policy", "citizen-participation"], "plan"),
       ("군정 정책 과정에 청년층의 적극적인 참여를 유도하겠다는 게 김 군수의 복안이다", S, D, ["youth-policy", "citizen-participation"], "plan"),
       ("이밖에도 수요조사를 통한 정책개발, 역량 강화를 위한 프로그램 운영, 일자리 제공 등을 제시했다", S, D, ["youth-policy", "jobs"], "plan"),
       ("평생학습관은 청년층 일자리 제공의 터전이 될 것", S, D, ["jobs", "youth-policy"], "statement"),
       ("군은 다음 달 중 청년정책위원회를 구성할", None, D, ["youth-policy"], "plan")],
      ['김돈곤 청양군수 "2021년 청년의 해 선포"',
       "26일 비대면 기자회견서 밝혀…청년 참여 확대 포함 4개 정책 방향 제시",
       "비대면 기자회견을 열고 2021녕을 청양 청년의 해로 선포하겠다고 밝혔다. 굿모닝충청=이종현 기자."])
