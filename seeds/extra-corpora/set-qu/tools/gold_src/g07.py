from common import C, write
D="2017-12-14"
write("qu-07-jbyonhap.txt",
 {"headline":"호남3대 도시 익산시 인구 30만은 계속!","published":"2017-12-14T18:38+09:00","reporter":"문공주","outlet":None,"jurisdiction":"45140"},
 ["jeong-heon-yul"],
 [C("2017년 4월부터 출산장려금을 대폭 인상했고",None,D,["childcare-birth","education"],"achievement"),
  C("시민대상 인구정책 아이디어를 공모해 다양한 의견을 반영할 예정이며",None,D,["citizen-participation"],"plan"),
 ],
 ["2017년 11월 일시적으로 30만명이 무너진 29만9,948명이 됐다","30만 익산을 지키기 위한 노력은 눈물겨울 정도이다",
  "할인가맹점을 기존 56개소 외에 추가로 확보할 예정이다"])
