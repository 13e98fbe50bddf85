from gold_lib import C, write
D = '2023-04-13'; O = 'oh-young-hun'
write('rr-01-ihalla.txt',
 {"headline": "오영훈 \"전기료 인상 차액 농어가 직접 지원 어렵다\"", "published": "2023-04-13T11:32:53+09:00",
  "reporter": "위영석", "outlet": "한라일보", "jurisdiction": "50"},
 [O],
 [C("현금성 지원은 어렵다는 입장을 밝혔다", O, D, ["agriculture"], "statement"),
  C("전기료 인상분에 대한 차액을 지원하는 정책을 알고 있으며 검토했다", O, D, ["agriculture"], "statement"),
  C("전기료 인상 때마다 양식장이나 시설농가를 지원해야 할지는 고민스럽다", O, D, ["agriculture"], "statement"),
  C("찬반 입장은 모두 존중 받아야 한다", O, D, ["airport-relocation"], "statement"),
  C("법과 제도에 따라 갈등 해소 방안을 검토하겠고", O, D, ["airport-relocation", "citizen-participation"], "plan"),
  C("생태관광지역 지정 등을 검토하고 올해 내로 정책방향을 결정하도록 하겠다", O, D, ["culture-tourism"], "plan"),
  C("명확하게 \"부정적\"이라고 답변하고", O, D, ["culture-tourism"], "statement"),
 ],
 ["오영훈 \"전기료 인상 차액 농어가 직접 지원 어렵다\"",
  "\"제2공항 관련 주민투표 등 의견 제시방안 검토중\"",
  "한라산 케이블카 설치 여부 묻는 질문에 \"부정적\"",
  "13일 제주자치도의회 도정질문에서 답변하는 오영훈 제주지사.",
  "지역주민의 의견을 한데로 모으는데 협조해달라"])
