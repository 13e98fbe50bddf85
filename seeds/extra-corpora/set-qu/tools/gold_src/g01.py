from common import C, write
D=None
write("qu-01-namdonews.txt",
 {"headline":"완도군, 31일까지 해양수산사업자 모집","published":None,"reporter":"김동관","outlet":"남도일보","jurisdiction":"46890"},
 ["shin-u-cheol"],
 [C("전남 완도군은 오는 31일까지 ‘2020년 해양수산사업자 희망자’를 모집한다고",None,D,["agriculture"],"plan"),
  C("수산업 위기를 극복하고 어업인들을 지원하기 위해 마련됐다",None,D,["agriculture"],"statement"),
  C("대상 사업은 총 67종으로 507억원의 사업비가 투입된다",None,D,["agriculture"],"statement"),
  C("귀어가 정착 지원, 갯녹음 예방 바다숲 조성",None,D,["agriculture"],"statement"),
  C("완도군 수산조정위원회에 상정·심의 후 확정할 계획이다",None,D,["agriculture"],"plan"),
  C("다음달 초 수산업 위기 극복을 위한 수산 전문가 토론회를 열어 현안 등을 논의할 계획",  "shin-u-cheol",D,["agriculture"],"plan"),
  C("이동 군수실 운영으로 현장에서 어업인들의 목소리를 듣고 이를 군정에 반영해 완도 수산업이 한 단계 더 도약할 수 있도록 하겠다","shin-u-cheol",D,["agriculture","citizen-participation"],"plan"),
 ],
 ["완도군, 31일까지 해양수산사업자 모집","총 67종 사업·507억 투입 예정","신청은 각 읍·사무소를 통해서 하면 된다","완도/김동관 기자 kdg@namdonews.com","광주전남 지역민의 소중한 제보를 기다립니다"])
