from gw import write, C
D='2025-07-31'; E=["energy-transition"]
write('qk-08-kuk.txt',
 {"headline":"전북도민 출자 참여 햇빛발전소 1호기 본격 가동","published":"2025-07-31T16:29+09:00","reporter":None,"outlet":None,"jurisdiction":"52"},
 [],
 [C("전북의 탄소중립을 위해 도민들이 출자에 참여한 전북도민 햇빛발전소 1호기가 본격 가동에 들어갔다",None,D,["energy-transition","climate-carbon"],"achievement"),
  C("전북도민 햇빛발전소 1호기 준공식을 갖고 가동을 시작했다",None,D,E,"achievement"),
  C("에너지전환 정책 전환점이 될 전망이다",None,D,E,"statement"),
  C("연간 약 33만kW의 전력을 생산할 계획이다",None,D,E,"target"),
  C("전북형 에너지전환으로 지속가능한 햇빛 농사의 출발점이 될 것",None,D,E,"statement","김진섭"),
  C("2호기 햇빛발전소 확대부지 발굴에 노력하겠다",None,D,E,"plan","김진섭"),
  C("기후위기 대응은 더 이상 선택이 아닌 의무",None,D,["climate-carbon"],"statement","유창희"),
  C("180만 도민 모두가 햇빛 농사로 부자가 되는 전북도민 햇빛발전소가 되길 바란다",None,D,E,"statement","유창희"),
 ],
 ["전북도민 출자 참여 햇빛발전소 1호기 본격 가동","한국소리문화의전당 옥상 부지에 발전 용량 250kW 규모","이날 준공식에는 전북자치도의회 한정수 탄소중립특별위원장"])
