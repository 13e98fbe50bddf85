from g import C, write
J = "choi-jae-hun"; DI = "2025-08-12"; DP = "2025-08-13"; CB = ["childcare-birth"]
write("qw-09-donga.txt",
 {"headline": "최재훈 대구 달성군수 인터뷰",
  "published": "2025-08-13", "reporter": None, "outlet": "동아일보", "jurisdiction": "27710"},
 [J],
 [
  C("지역 소멸 및 인구 위기 극복 방안과 균형 발전, 달성군이 모델을 만들고 있습니다", J, DI, ["decentralization"], "statement"),
  C("최근 달성군의 여러 지표가 그것을 증명하고 있다", J, DI, ["decentralization"], "achievement"),
  C("지방자치 30년을 맞은 지금, 기초지방자치단체 발전과 미래 청사진이 국가 당면 과제를 해결할 방향을 제시하는 사례가 늘고 있다", J, DI, ["decentralization"], "statement"),
  C("실제 달성군은 양질의 주거·교육 환경과 일자리, 사통팔달 교통망을 갖춰 누구나 살고 싶은 도시로 성장했다", None, DP, ["housing", "education", "jobs"], "achievement"),
  C("지난해 달성군의 출생아 수는 1700명으로 전국 82개 군(郡) 단위 지자체 가운데 1위를 차지했다", None, DP, CB, "achievement"),
  C("이는 9년 연속 1위 기록이다", None, DP, CB, "achievement"),
  C("같은 기간 합계출산율은 1.05명으로, 전국 평균인 0.75명을 크게 웃돈다", None, DP, CB, "achievement"),
 ],
 ["교통-교육환경 좋고 일자리 풍부… 합계출산율도 전국 평균보다 높아",
  "지역 첫 365일 24시간제 어린이집… 내달 ‘청년 일자리 지원센터’ 조성", "‘비슬산 참꽃문화제’ 등 관광 눈길",
  "‘달성군처럼 하면 된다’는 것을 꼭 보여주고 싶다", "가장 젊은 도시로 꼽힌다", "산업단지는 4곳에서 8곳으로 증가했다"])
