import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = "2018-06-07"; K = "kim-gwan-yong"
write("rj-03-kyongbuk.txt",
  {"headline": "\"도청이전 과업, 세세한 부분까지 고민\"", "published": "2018-06-07T22:05+09:00",
   "reporter": "양승복", "outlet": "경북일보", "jurisdiction": "47"},
  [K],
  [C("도청이전은 역사적 과업이라 생각했기에 표를 의식하지 않고 밀어붙였다", K, D, ["city-hall"], "achievement"),
   C("신청사 역시 당초 설계는 25층 빌딩이었으나", K, D, ["city-hall"], "achievement"),
   C("2, 3단계 신도시 건설을 속도감 있게 추진해 나가면", K, D, ["city-hall"], "plan"),
   C("이렇게 적어두고 그야말로 올인 해왔다", K, D, ["jobs"], "statement"),
   C("투자유치에 힘쓰는 한편 청년복지카드를 도입해 취직을 돕고", K, D, ["investment-attraction", "youth-policy", "jobs", "startup-support"], "achievement")],
  ["도청이전 과업, 세세한 부분까지 고민",
   "김관용 도지사, 도청 동락관서 SNS기자단 등과 토크 콘서트",
   "‘함께라서 가능했습니다’라는 주제의 토크콘서트에서 활짝 웃고 있다",
   "‘함께라서 가능했습니다’라는 주제의 토크콘서트에서 이같이 밝혔다",
   "평소 소통을 강조해왔던 김 지사가 이달 말 퇴임을 앞두고",
   "가장 뜨거웠던 주제는 도청이전과 일자리였다",
   "일자리 정책에 대한 참석자들의 관심도 컸다"])
