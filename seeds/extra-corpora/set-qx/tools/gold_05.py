from g import C, write
D = "2013-02-15"
A = "안희정"
write("qx-05-timenews.txt",
 {"headline": "안희정 충남지사, “농어업·농어촌·농어민이 발전해야 선진국이 될 수 있다”", "published": "2013-02-15T19:51+09:00",
  "reporter": "홍대인", "outlet": "충남타임뉴스", "jurisdiction": "44"},
 ["ahn-hee-jung"],
 [
  C("한자리에 모여 3농혁신 성공 추진을 다짐하는", None, D, ["agriculture"], "statement"),
  C("20세기 산업화는 농어촌의 황폐화를 불러왔으나", None, D, ["agriculture"], "statement", A),
  C("민선5기 충남도가 3농혁신을 제1의 목표로 정한 것도 바로 이 때문", None, D, ["agriculture"], "statement", A),
  C("새로운 경제영토 전쟁도 농어업이 뒷받침되지 않으면 안된다", None, D, ["agriculture"], "statement", A),
  C("농업재정과 정책의 근본적 변화를 이 자리를 빌려 재차 요구한다", None, D, ["agriculture"], "plan", A),
  C("3농은 대한민국의 미래이자 운명", None, D, ["agriculture"], "statement", A),
  C("올 한 해 3농혁신을 힘차게 추진해 나가자", None, D, ["agriculture"], "plan", A),
  C("국민의 건강한 밥상을 책임지겠다는 충남의 3농혁신 정책을 모든 국민이 알았으면 한다", None, D, ["agriculture"], "statement", "최불암"),
 ],
 ["제1회 전진대회 개최…‘국민아버지’ 최불암 씨도 “3농혁신 응원”",
  "명사 응원 메시지와 3농혁신 2년 회고, 모범사례 발표",
  "모범사례 발표에서는 ▲친환경농업-학교텃논"])
