from common import C, write
D="2025-10-27"; E="2025-10-26"
write("qu-04-segye.txt",
 {"headline":"햇빛연금 누적수익 300억 돌파","published":"2025-10-27","reporter":None,"outlet":None,"jurisdiction":"46910"},
 [],
 [C("전남 신안군의 햇빛연금(태양광 발전 수익) 누적 수익이 300억원을 넘어선 것으로 나타났다",None,D,["energy-transition"],"achievement"),
  C("재생에너지 개발이익 공유제가 기본소득 선도모델로 입증받았다는 평가다",None,D,["energy-transition","welfare"],"achievement"),
  C("26일 신안군 등에 따르면 군이 2018년 10월 신재생에너지 개발이익 공유정책을 시행한 이후",None,E,["energy-transition"],"achievement"),
  C("해마다 급격한 성장세를 보이고 있다",None,D,["energy-transition"],"achievement"),
  C("현재 전국 지자체와 학계의 주목을 받고 있다",None,D,["energy-transition"],"achievement"),
  C("이 연금은 1인당 매 분기마다 적게는 10만원에서 68만원까지 지역사랑상품권으로 지급한다",None,D,["energy-transition","small-merchants"],"statement"),
  C("소비가 지역 상권으로 연결되며 지역상권 매출 증가, 일자리 창출 등",None,D,["energy-transition","small-merchants","jobs"],"achievement"),
  C("햇빛연금 지급 이후인 2023년부터 2년 연속 인구가 증가하는 긍정적 변화도 맞이했다",None,D,["energy-transition"],"achievement"),
  C("햇빛연금과 함께 바람연금 지급 효과로 지난달 기준으로 710명의 인구가 느는",None,D,["energy-transition"],"achievement"),
 ],
 ["지역상품권 1인 최대 68만원","분기별 지급 후 2년째 인구 ↑","3년후 해상풍력발전소 가동 땐","군민 전원 연금혜택 제공 기대"])
