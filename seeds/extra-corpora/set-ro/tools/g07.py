from gold_lib import C, write
S='kim-yeong-man'; D='2019-09-26'
write("ro-07-yeongnam.txt",
 {"headline": "김영만 군위군수 인터뷰 “농촌 자립기반 사업 발굴 지속…새 성장동력 키워 나갈 계획”", "published": "2019-09-26T07:17+09:00",
  "reporter": "마창훈", "outlet": None, "jurisdiction": "47720"},
 [S],
 [C("농촌개발 분야 예산 확보에 주력한 결과 △새뜰마을사업(4년 연속 선정) △농촌중심지활성화사업(180억원 확보) 등 성공적으로 이끌어낸 성과물이 자리하고 있다", None, D, ["agriculture", "urban-regeneration"], "achievement"),
  C("실제 군위군은 그동안 실적을 토대로 농촌개발분야 평가에서 좋은 결과를 도출했다", None, D, ["agriculture"], "achievement"),
  C("3년 연속 농촌개발분야 우수기관에 선정됐다", None, D, ["agriculture"], "achievement"),
  C("3년 연속 농촌개발 부문 우수기관에 선정되는 등 농촌에 희망과 활력을 불어넣고 있다", None, D, ["agriculture"], "achievement"),
  C("귀농과 귀촌 인구는 지속적으로 늘어나고 있다", S, D, ["agriculture"], "statement"),
 ],
 ["김영만 군위군수 인터뷰 “농촌 자립기반 사업 발굴 지속…새 성장동력 키워 나갈 계획”",
  "위기는 또 다른 의미의 기회라고 생각합니다",
  "지방소멸 위험지수 전국 3위 등 세 가지를 짚었다",
  "김 군수는 스스럼없이 속내를 드러냈다"])
