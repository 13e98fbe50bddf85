from common import C, write
D="2018-02-05"
write("qu-09-koenergy.txt",
 {"headline":"2025년까지 2조 투입…나주를 에너지 신산업 메카로","published":"2018-02-05T10:55+09:00","reporter":"조강희","outlet":"한국에너지신문","jurisdiction":"46170"},
 [],
 [C("2025년까지 2조원이 투입돼 나주가 에너지 신산업 메카로 탈바꿈한다",None,D,["energy-transition"],"plan"),
  C("4대 분야 12대 전략을 2조 258억원을 들여 추진한다",None,D,["energy-transition"],"plan"),
  C("에너지밸리 분야 전략은 혁신도시 맞춤형 일자리 창출",None,D,["energy-transition","jobs","startup-support","future-vehicles"],"statement"),
  C("에너지교육 전략은 인프라 구축, 에너지 융복합 교육 활성화",None,D,["energy-transition","education","future-vehicles","welfare"],"statement"),
  C("국가 공모사업을 통한 국비 확보에 전방위 노력을 기울일 방침이다",None,D,["energy-transition"],"plan"),
  C("한국전력과 한전KPS, 한전KDN, 전력거래소 등 에너지 공기업이 입주해 있다",None,D,["decentralization"],"statement"),
  C("한전과 지자체가 에너지신산업 위주의 기업과 연구소 등을 유치해",None,D,["energy-transition","investment-attraction"],"plan"),
 ],
 ["4대 분야 12대 전략 사업 추진","▲ 나주 빛가람혁신도시 전경"])
