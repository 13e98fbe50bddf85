D = "2023-01-23"
Y = "yun-seok-jun"
GOLD = {
 "article": "rs-01-tf.txt",
 "metadata": {"headline": "[신년인터뷰] 윤석준 대구 동구청장 \"교육문제로 동구 떠나지 않도록 할 것\"",
              "published": "2023-01-23T11:54+09:00", "reporter": "박성원", "outlet": "더팩트", "jurisdiction": "27140"},
 "officials": [Y],
 "claims": [
  ("교육으로 인해 동구를 떠나는 학부모와 학생이 생기지 않도록 하겠다", Y, D, ["education"], "plan"),
  ("공항후적지에 대한 주민들의 관심이 높아 ‘친환경 글로벌 수변도시’로 조성하겠다는 포부도 밝혔다", Y, D, ["airport-relocation"], "plan"),
  ("지난해 공항후적지 설문조사에서 동구 주민 10명 중 9명이", Y, D, ["airport-relocation"], "statement"),
  ("공항후적지를 친환경 글로벌 수변도시로 조성하겠다", Y, D, ["airport-relocation"], "plan"),
  ("다른 지역으로 떠나는 일이 없도록 동구 만의 차별화 된 교육정책을 준비 중이다", None, D, ["education"], "statement"),
  ("생기지 않도록 하는 것이 제1목표", Y, D, ["education"], "plan"),
  ("현재의 장학재단을 교육사업 전반을 관장하는 교육재단으로 확대 개편해", Y, D, ["education"], "plan"),
  ("교육팀을 교육정책과로 격상해 교육 사업 전반을 관장하고 있다", None, D, ["education"], "achievement"),
  ("관내 우수한 학생들을 어릴 때부터 집중 관리하는 인", Y, D, ["education"], "statement"),
 ],
 "not_claims": [
  "[신년인터뷰] 윤석준 대구 동구청장 \"교육문제로 동구 떠나지 않도록 할 것\"",
  "더 낮은 자리에서 주민들과 소통할 것",
  "\"동구만의 차별화된 교육정책 준비 할 것\"",
  "동구 주민들이 미래 동구에 대한 기대가 매우 높다는 걸 느꼈다",
  "내일이 더 기대되는 동구를 만들겠다",
  "윤석준 대구 동구청장 / 동구청 제공",
 ],
}
