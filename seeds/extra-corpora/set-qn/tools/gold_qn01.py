from g import save
D = "2025-12-18"
save("qn-01-newsis.txt", "창원시 문화지구, 도시재생 사업 국토부 공모에 선정", "2025-12-18T15:29+09:00", "강경국", "뉴시스", "48120", [],
 [("노후주거지 정비 지원 사업이 국토교통부 도시재생 공모사업에 최종 선정됐다고 18일 밝혔다", None, D, ["urban-regeneration"], "achievement"),
  ("전면 재개발이 어려운 노후 저층 주거지의 정주환경을 개선하기 위해", None, D, ["urban-regeneration"], "statement"),
  ("주민과 행정이 지속적으로 협력에 온 노력이 결실을 맺은 성과다", None, D, ["urban-regeneration"], "achievement"),
  ("공모 선정으로 문화지구에는 사업비 260억원(국·도비 170억 원 포함)이 투입되며", None, D, ["urban-regeneration", "housing", "disaster-safety"], "plan"),
  ("공영주차장 신규 조성이 추진되며 노후주택 개선을 위해 새로고침지원단을 운영해", None, D, ["urban-regeneration", "housing"], "plan"),
  ("이번 공모 선정은 지역에", None, D, ["urban-regeneration"], "achievement", "장금용"),
 ],
 ["5년 준비 끝에 주민 숙원 해결, 도시재생 사업 본격 추진", "경남 창원시 문화지구 구상도. (사진=창원시청 제공)"])
