from common import C, write
D="2023-03-27"
write("qu-03-sunchon123.txt",
 {"headline":"순천시, 더 이상 수도권 흉내내지 않고 지방도시표준 제시하겠다.","published":"2023-03-27T16:59+09:00","reporter":None,"outlet":"순천독립신문","jurisdiction":"46150"},
 ["noh-gwan-gyu"],
 [C("관람객은 외국인 포함 800만 명 목표한다면서","noh-gwan-gyu",D,["culture-tourism"],"target"),
  C("재해시설 저류지를 시민과 공존하는 광장문화로 변신시킨 오천그린광장과","noh-gwan-gyu",D,["culture-tourism"],"achievement"),
 ],
 ["박람회 개막5일전, 프레스데이 행사개최","박람회 효과, 인근 자치단체와 함께해야!","적재적소에 예산 지원해준 순천시의회에 감사",
  "국내외 언론사를 상대로 진행 상황 등 언론사 브리핑을 개최했다","282개의 전봇대를 뽑았던 사례로 첫 포문을 열었다","흑두루미의 최대 월동지가 되었다","박람회장 모습 2. 기자회견모습"])
