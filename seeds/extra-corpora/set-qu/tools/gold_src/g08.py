from common import C, write
D="2024-01-01"; O="oh-young-hun"
write("qu-08-jejuilbo.txt",
 {"headline":"[신년대담] 오영훈 지사 “빛나는 제주 실현 역량 쏟을 것”","published":"2024-01-01T14:45+09:00","reporter":"고경호","outlet":None,"jurisdiction":"50"},
 [O],
 [C("제주형 행정체제개편 논쟁도 ‘도민의 선택’을 통해 매듭짓겠다는 의지를 다졌다",O,D,["decentralization","citizen-participation"],"plan"),
  C("누구나 어떤 분야든 의견을 제시하고, 도정은 경청하면서 소통을 통해 제주의 현안들에 대한 해법도 모색해 나가겠다",O,D,["citizen-participation"],"plan"),
  C("2024년에는 도민의 손으로 행정체제개편 논쟁이 마무리 될 것이다",O,D,["decentralization","citizen-participation"],"plan"),
  C("도민의 뜻을 담는 것이 가장 중요하기 때문에 연구용역 과정에서도 공론화 부분",O,D,["decentralization","citizen-participation"],"statement"),
 ],
 ["‘도민의 손’으로 행정체제개편 논쟁 종결…올해 주민 투표","공공주택 공급 돌입…민간소비 확대로 경기 진작 이끌 것","도정 전 분야 ‘혁신 프로세스’ 도입…성과 도민 체감 총력",
  "혁신과 비전의 씨앗들을 올해부터 본격적으로 수확해나가겠다고 피력했다","실제 도민들이 체감할 수 있는 성과로 나타날 수 있도록 역량을 집중할 계획이다"])
