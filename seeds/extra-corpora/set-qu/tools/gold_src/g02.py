from common import C, write
D="2020-06-05"
write("qu-02-mdilbo.txt",
 {"headline":"전남도, 내년도 어촌개발 산규사업 공모에 7곳 선정","published":"2020-06-05T11:32+09:00","reporter":None,"outlet":None,"jurisdiction":"46"},
 [],
 [C("공모에 어촌종합개발사업 3곳과 역량강화사업 4곳 등 7곳이 선정됐다고 5일 밝혔다",None,D,["agriculture"],"achievement"),
  C("어촌종합개발사업 3곳은 고흥군 남양권역과 완도군 고금권역, 신안군 화도권역 등이다",None,D,["agriculture"],"statement"),
  C("3개 권역에는 오는 2025년까지 186억 원이 투입돼",None,D,["agriculture"],"plan"),
  C("테마·체험마을 개발을 통한 어촌관광 육성 등이다",None,D,["agriculture","culture-tourism"],"statement"),
  C("남양리산성 등을 정비해 관광명소로 가꾼다",None,D,["agriculture","culture-tourism"],"plan"),
  C("여성행복누리쉼터와 청년귀어귀촌활력센터 등을 조성키로 했다",None,D,["agriculture"],"plan"),
  C("해양레저 관광객 유입을 위한 요트계류장, 수국배 체험장을 조성하고",None,D,["agriculture","culture-tourism"],"plan"),
  C("마을리더 교육과 어촌 활성화를 위한 프로그램 등이 운영된다",None,D,["agriculture"],"plan"),
 ],
 ["전남도, 내년도 어촌개발 산규사업 공모에 7곳 선정","완도·신안·고흥 등 권역단위 거점개발 등 186억 투입","전남도청 전경.","지역 주민들의 적극적인 참여로 내년","현재기온 29.6°c대기 매우나쁨"])
