from gold_lib import C, write
D = '2019-10-17'
write('rr-06-wonjugo.txt',
 {"headline": "원주시 중앙동·봉산동, 도시재생 뉴딜 공모사업 선정", "published": "2019-10-17",
  "reporter": None, "outlet": None, "jurisdiction": "42130"},
 [],
 [C("원주시 중앙동과 봉산동이 정부의 도시재생 뉴딜 공모사업에 최종 선정됐다", None, D, ["urban-regeneration"], "achievement"),
  C("중심시가지형인 중앙동(263,000㎡)은 스마트도시재생 50억 원 포함 총 400억 원", None, D, ["urban-regeneration", "smart-city"], "statement"),
  C("국도비 216억 원을 포함해 총 400억 원이 투입될 계획이다", None, D, ["urban-regeneration"], "plan"),
  C("중앙시장 화재 피해가 아직 복구되지 못한 상황에서 상인들에게 큰 도움이 될 예정이다", None, D, ["urban-regeneration", "small-merchants"], "statement"),
  C("스마트시티형 도시재생사업에도 함께 선정돼 국비 30억 원을 추가로 지원받을 수 있어", None, D, ["smart-city", "urban-regeneration", "small-merchants"], "achievement"),
  C("스마트시티형 도시재생사업은 스마트주차장 조성, 스마트 버스쉘터 조성", None, D, ["smart-city", "urban-regeneration"], "statement"),
  C("그밖에 문화공유플랫폼 조성, 경관개선", None, D, ["urban-regeneration", "culture-tourism", "smart-city", "disaster-safety", "startup-support", "small-merchants"], "plan"),
  C("봉산동은 주거밀집지역으로 국도비 132억 원 등 총 198억 원을 투입한다", None, D, ["urban-regeneration"], "plan"),
 ],
 ["원주시 중앙동·봉산동, 도시재생 뉴딜 공모사업 선정"])
