from g import C, write
write("qs-08-kyeonggi.txt",
 {"headline": "인천 서구, 사각지대 없는 복지의 해 만든다…'내 옆에 늘 가까이' 행복한 서구 구축", "published": None, "reporter": None, "outlet": None, "jurisdiction": "28260"},
 ["lee-jae-hyeon"],
 [C("구민이 체감할 수 있는 ‘구민밀착형 복지’를 완성한다", None, None, ["welfare"], "plan"),
  C("아이부터 어르신까지 빈틈없는 복지정책을 채워나갈 예정이라고 27일 밝혔다", None, None, ["welfare"], "plan"),
  C("22개 동에 88명의 복지인력을 확충해", None, None, ["welfare"], "target"),
  C("인공지능(AI) 독거노인 돌봄 로봇 ‘다솜이’ 지원사업을 추진하고", None, None, ["welfare", "fourth-industrial-revolution"], "target"),
  C("‘쿨&클린’사업을 통해 소외없는 노인돌봄을 추진한다", None, None, ["welfare"], "plan"),
  C("국공립어린이집 5곳과 공공형 열린어린이집 14곳을 추가 확충하고", None, None, ["childcare-birth", "welfare"], "target"),
  C("올해도 ‘치매관리 1등 도시’를 만들어간다는 각오다", None, None, ["dementia-care"], "plan"),
  C("치매환자 등록 관리율을 55%까지 향상할 계획이다", None, None, ["dementia-care"], "target"),
  C("인간존중 돌봄 기법인 ‘휴머니튜드’를 도입하고", None, None, ["dementia-care"], "plan")],
 ["이재현 서구청장이 지역 내 100세 어르신을 찾아 이야기를 나누고 있다. 서구 제공."])
