from g import write
E = "2013-03-05"; P = "2013-03-06"
K = "김영배"
write("qv-08-ajunews.txt",
 {"headline": "성북구, 친환경무상급식 중학교 2학년으로 확대", "published": "2013-03-06T16:37+09:00", "reporter": "강승훈", "outlet": "아주경제", "jurisdiction": "11290"},
 ["kim-yeong-bae"],
 [
  ("올해 중학교 2학년까지 친환경무상급식 확대한 것을 기념해", None, E, ["education"], "achievement"),
  ("성북구는 2010년 서울시 최초로 친환경무상급식을 실시한 뒤", None, P, ["education"], "achievement"),
  ("또 올해부터 공립초교 전체 학교급식에 과일을 추가했다", None, P, ["education"], "achievement"),
  ("구는 쌀과 김치, 수산물 등 식재료 구매 때 품평회를 거쳐 공동구매하고 있다", None, P, ["education"], "statement"),
  ("이를 통해 급식예산 절감은 물론 학부모와 학생 등 이해 당사자들이 직접 참여하는", None, P, ["education", "citizen-participation"], "achievement"),
  ("이제 무상급식이 보편적 복지로 자리잡은 것처럼 미래를 위한 투자란 시각에서 접근하고 있다", None, E, ["education", "welfare"], "statement", K),
  ("사회복지 서비스 강화가 일자리 창출과 연계되도록 다각적 방안을 모색하겠다", None, E, ["welfare", "jobs"], "plan", K),
 ],
 ["성북구, 친환경무상급식 중학교 2학년으로 확대"])
