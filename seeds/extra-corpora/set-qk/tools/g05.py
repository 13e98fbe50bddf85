from gw import write, C
D='2022-03-25'; H=["housing"]; HY=["housing","youth-policy"]
write('qk-05-kukinews.txt',
 {"headline":"완주군, 올 상반기 청년주택 1200호 입주","published":"2022-03-25T11:53+09:00","reporter":None,"outlet":None,"jurisdiction":"45710"},
 [],
 [C("전북 완주군에 올 상반기 행복주택과 신혼희망타운 등 청년주택 1200호에 대한 입주가 시작된다",None,D,HY,"plan"),
  C("지난 2020년에 청년들을 위한 행복주택 545호를 공급한 데 이어",None,D,HY,"plan"),
  C("지난 2019년에 착공, 이달과 오는 6월에 각각 본격적인 입주에 들어간다",None,D,H,"plan"),
  C("청년층(39세 이하)의 주거안정을 위해",None,D,HY,"statement"),
  C("신혼부부 특화형 공공주택이다",None,D,H,"statement"),
  C("청년주택은 삼봉웰링시티의 배후에",None,D,H,"statement"),
  C("마을정비형 공공주택사업을 유치",None,D,HY,"statement"),
  C("젊은 세대의 주거안정을 돕고",None,D,HY,"statement"),
 ],
 ["행복주택 450호와 신혼희망타운 820호 공급","삼례 행복주택 300호 신규착공 등 청년 주거안정 지원","완주 삼봉지구 행복주택 공사 현장"])
