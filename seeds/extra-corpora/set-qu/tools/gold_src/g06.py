from common import C, write
D=None; W="won-hee-ryong"
write("qu-06-headlinejeju.txt",
 {"headline":"원희룡, 감귤혁신 반발 정면돌파 의지...\"왜 못하나?\"","published":None,"reporter":None,"outlet":"헤드라인제주","jurisdiction":"50"},
 [W],
 [C("잘못된 부분은 행정이 끊어내야 한다",W,D,["agriculture"],"plan"),
  C("'감귤 구조혁신'과 관련한 농가의 반발을 무릅쓰고 정면으로 돌파하겠다는 의지를 천명했다",W,D,["agriculture"],"plan"),
  C("지난해 양배추의 가격 폭락 조짐이 일자 제주도는 예비비 15억원을 투입해 수매한 뒤 수확 전에 밭을 갈아 엎었다",W,D,["agriculture"],"achievement"),
  C("평년 가격에 근접하며 폭락을 면했고, 농림부에서 모범사례로 뽑혀 인센티브 35억원을 받기도 했다",W,D,["agriculture"],"achievement"),
  C("양배추도 하는데 감귤이 못하겠나",W,D,["agriculture"],"statement"),
  C("생산량 조절이 되면 제 값을 받을 수 있다",W,D,["agriculture"],"statement"),
 ],
 ["비상품 감귤 밀반출 선과장, 자격박탈 문닫게 할 것","폐지 수집하듯 가공용 감귤수매 안돼...중독된 약 끊어야","원희룡 제주지사. <헤드라인제주>",
  "관광분야, 카본프리아일랜드, 외국 자본 유치 등의 현안에 대한 구상을 풀어냈다","강연을 통해 이 같은 입장을 피력했다"])
