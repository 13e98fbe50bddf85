from gold_lib import C, write
D = '2025-04-30'
E, CC = "energy-transition", "climate-carbon"
write('rr-09-kctvjeju.txt',
 {"headline": "에너지 대전환 선포 1년…\"탄소중립 모델 가시화\"", "published": "2025-04-30T10:18+09:00",
  "reporter": "문수희", "outlet": "KCTV제주방송", "jurisdiction": "50"},
 [],
 [C("2035년 탄소중립 달성을 위한 에너지 대전환을 선포한 지 1년을 맞고 있는 가운데 일부 성과가 나타나고 있다고 자평했습니다", None, D, [E, CC], "achievement"),
  C("재생에너지 비율은 20%로 지난 1년간 전국 평균의 두 배 수준으로 증가했고", None, D, [E, CC], "achievement"),
  C("수전해 기반의 그린수소 생산시설은 실증을 마치고 상용화 단계에 진입했으며", None, D, [E], "achievement"),
  C("제주도는 앞으로 10.9MW급 그린수소 생산시설 구축과", None, D, [E, "future-vehicles"], "plan"),
  C("14만7천여 명의 고용창출 효과를 가져올 것으로 전망한 바 있습니다", None, D, [E, "jobs"], "statement"),
 ],
 ["에너지 대전환 선포 1년…\"탄소중립 모델 가시화\""])
