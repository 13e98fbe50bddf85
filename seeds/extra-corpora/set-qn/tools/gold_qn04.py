from g import save
D = "2022-10-06"; O = "oh-young-hun"
save("qn-04-jejubbs.txt", "오영훈 지사, 취임 후 최대 성과 ‘그린수소 허브 구축’", "2022-10-06T13:45+09:00", None, None, "50", [O],
 [("취임 100일을 맞아 최대 성과로 그린수소 허브 구축을 꼽았습니다", O, D, ["energy-transition"], "achievement"),
  ("‘그린 수소’ 허브 기반 구축을 취임 100일 내에 최대 성과라고 밝혔습니다", O, D, ["energy-transition"], "achievement"),
  ("‘제주 그린수소 글로벌 허브 구축계획’을 발표했다", O, D, ["energy-transition"], "achievement"),
  ("이는 제주가 그린수소의 세계 최고가 되는 것", O, D, ["energy-transition"], "statement"),
  ("수소관련 기업들이 제주에 진출하게 될 것", O, D, ["energy-transition", "investment-attraction"], "statement"),
  ("이로 인해 제주에 그린수소 투자와 사업들이 제주에 집중하게 될 것", O, D, ["energy-transition", "investment-attraction"], "statement"),
  ("버스준공영제에 대해서는 현재보다 25% 낮추겠다고 약속했습니다", O, D, ["public-transit"], "target"),
  ("버스준공영제 시행으로 지선과 간선의 개념이 무너지고 있다", O, D, ["public-transit"], "criticism"),
  ("승객 없는 공차 비율이 높은데 비효율적일 수 없는 구조", O, D, ["public-transit"], "criticism"),
  ("이를 위해서는 읍면지역에 행복택시를 지원하는 게 낫다", O, D, ["public-transit"], "plan"),
  ("현재 1천억원의 혈세를 25%까지 낮추는 등 중간보고서가 나오면 세부적으로 공개하겠다", O, D, ["public-transit"], "target"),
 ],
 ["게시판 성격과 맞지 않는 부적절한 댓글은 일괄삭제합니다", "오영훈 지사, 취임 후 최대 성과 ‘그린수소 허브 구축’"])
