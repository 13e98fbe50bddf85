from gw import write, C
L='lee-yong-seop'; T=["culture-tourism"]
write('qk-07-hankyung.txt',
 {"headline":"이용섭 광주시장 \"동구, 광주다움 볼 수 있는 곳으로 육성\"","published":None,"reporter":None,"outlet":"연합뉴스","jurisdiction":"29"},
 [L],
 [C("무등산권 생태예술관광 활성화, 어린이복합 문화회관 건립 등을 건의했다",None,None,T,"statement"),
  C("광주만의 독특함을 상품화, 브랜드화, 산업화해야 미래 먹거리가 만들어진다",L,None,T,"plan"),
  C("떠나는 곳에서 찾아오는 동구로",L,None,T,"plan"),
  C("아시아음식문화지구 활성화, 무등산권을 테마로 한 예술여행 상품 운용 등에 노력할 방침이다",None,None,T,"plan"),
 ],
 ["코로나19로 중단 자치구 순방 2년 만에 재개","중단된 자치구 순방을 2년 만에 재개했다","5개 자치구를 차례대로 방문한다"])
