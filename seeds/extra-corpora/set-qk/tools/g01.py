from gw import write, C
D='2019-05-08'
write('qk-01-asiae.txt',
 {"headline":"광주 북구, 저출산 극복 시책 본격 추진…4개 분야 10개 사업 마련","published":"2019-05-08T15:51+09:00","reporter":"김육봉","outlet":"아시아경제","jurisdiction":"29170"},
 ["mun-in"],
 [C("‘저출산 극복 계획’을 본격 추진한다고 8일 밝혔다",None,D,["childcare-birth"],"plan"),
  C("출산 친화적 분위기를 조성하고 저출산 문제를 극복해",None,D,["childcare-birth"],"statement"),
  C("생애주기별 4대 분야 10개 사업을 중점 추진한다",None,D,["childcare-birth"],"plan"),
  C("‘예비아빠 건강진단비 지원’ 사업을 통해 출산 장려 분위기를 조성한다",None,D,["childcare-birth"],"plan"),
  C("쓰레기종량제봉투 10매를 무료로 지원해 양육에 따른 경제적 부담을 줄여줄 계획이다",None,D,["childcare-birth"],"plan"),
  C("생애주기 맞춤형 시책을 추진해 나간다는 방침이다",None,D,["childcare-birth"],"plan"),
  C("출산과 육아 문제는 가정만의 문제가 아닌 사회적 책임이라는 인식을 갖고 극복해 나가야할 것","mun-in",D,["childcare-birth"],"plan"),
  C("아이를 낳고 키우기 좋은 북구를 만들기 위해 다양한 지원책을","mun-in",D,["childcare-birth"],"plan"),
 ],
 ["광주 북구, 저출산 극복 시책 본격 추진…4개 분야 10개 사업 마련","광주 북구청 전경"])
