from gw import write, C
D='2025-10-24'; E=["energy-transition"]
write('qk-09-sisafocus.txt',
 {"headline":"신안군, 재생에너지 이익공유 수익 300억 돌파","published":"2025-10-24","reporter":"최영남","outlet":None,"jurisdiction":"46910"},
 [],
 [C("신재생에너지 개발이익 공유정책을 통해 거둔 누적 수익이 300억 원을 넘어섰다",None,D,E,"achievement"),
  C("주민과 개발이익을 공유하는 ‘상생형 모델’을 구축해왔다고 24일 밝혔다",None,D,E,"achievement"),
  C("2021년 4월 전국 최초로 ‘햇빛연금’을 도입해",None,D,E,"achievement"),
  C("주민이 수익에 직접 참여하는 혁신적 모델로 전국 지자체와 학계의 주목을 받고 있다",None,D,E,"statement"),
  C("연금은 지역사랑상품권으로 지급돼 지역 소비로 이어지고 있으며",None,D,["energy-transition","small-merchants","jobs"],"achievement"),
  C("햇빛연금 도입 이후인 2023년부터 2년 연속 인구가 증가했다",None,D,E,"achievement"),
  C("‘바람연금’ 지급이 더해지며 2025년 9월 기준 710명의 인구 순증을 기록했다",None,D,E,"achievement"),
  C("올해 햇빛·바람연금 지급 대상은 신안군민의 49%인 1만8,997명으로 확대됐으며",None,D,E,"achievement"),
  C("‘햇빛아동수당’을 도입해 관내 18세 이하 아동 약 3,000명에게 1인당 40만 원을 지급했다",None,D,["energy-transition","childcare-birth"],"achievement"),
  C("2024년에는 80만 원, 올해는 월 10",None,D,["energy-transition","childcare-birth"],"achievement"),
 ],
 ["신안군, 재생에너지 이익공유 수익 300억 돌파","햇빛·바람연금으로 인구 증가·지역경제 활성화 견인","신안군이 햇빛연금 누적 수익 300억 원 돌파했다. 사진/신안군청"])
