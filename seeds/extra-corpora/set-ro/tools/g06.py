from gold_lib import C, write
D='2018-02-13'
write("ro-06-seoulilbo.txt",
 {"headline": "경북, 원전해체기술연구센터 유치 온힘 쏟는다", "published": "2018-02-13T18:34+09:00",
  "reporter": "신영길", "outlet": "서울일보", "jurisdiction": "47"},
 [],
 [C("경북도가 정부의 에너지전환정책 추진에 맞춰", None, D, ["energy-transition", "research-development", "decentralization"], "statement"),
  C("원해연과 원안위의 경북지역 동반 유치 추진에 박차를 가하기로 했다", None, D, ["energy-transition", "research-development", "decentralization"], "plan"),
  C("22만명 서명을 받아 중앙정부에 전달하는 등 원전 해체연구센터 유치에 총력을 기울여왔다", None, D, ["energy-transition", "research-development"], "achievement"),
  C("원전1기당 해체 소요비용은 약 6천억원으로 약 14조원 규모의 시장 형성이 예상되며", None, D, ["energy-transition"], "statement"),
  C("원전해체를 담당할 한국수력원자력(주) 본사와", None, D, ["energy-transition"], "statement"),
  C("경북도는 원해연과 원안위의 도내 유치, 원전해체산업육성에 대한 국내외 전문가와 산업계의 의견을 모아 지", None, D, ["energy-transition", "research-development", "decentralization"], "plan", "김세환"),
 ],
 ["경북, 원전해체기술연구센터 유치 온힘 쏟는다",
  "경주시와 22만명 유치 서명-분위기 확산 총력"])
