from g import C, write
K = "kim-jong-hun"; D = None; LR = ["labor-relations"]
write("qw-07-nocutnews.txt",
 {"headline": "김종훈 울산동구청장 \"조선업 도시에 청년이 돌아올 터\"",
  "published": None, "reporter": None, "outlet": None, "jurisdiction": "31170"},
 [K],
 [
  C("다시 동구를 찾아올 수 있도록 일자리·교육·청년·문화복지 등 기본부터 다시 정립할 생각이다", K, D,
    ["jobs", "education", "youth-policy", "welfare", "culture-tourism"], "plan"),
  C("1호 결재이자 공약으로 '동구노동기금'을 강조했다", K, D, LR, "plan"),
  C("구청에서 4년간 매년 25억원씩 총 100억원을 내고", K, D, LR, "target"),
  C("기금은 실직으로 위기에 처한 노동자에게 최소한 안전망을 제공하는데 사용된다", K, D, LR + ["welfare"], "statement"),
  C("특히 복지가 열악한 하청노동자나 비정규직 노동자들에게 도움이 될 것", K, D, LR + ["welfare"], "statement"),
  C("동구지역 학교들의 수업 환경 개선과 양질의 교육 서비스를 위해", K, D, ["education"], "plan"),
 ],
 ["동구노동기금, 실직·하청 노동자 최소한 안전망", "울산시 관광산업 찬성 하지만 자연 훼손 따져봐야",
  "다시 희망을 찾을 수 있는 도시로 만들겠다", "3만4천여명이 직장을 잃는 등",
  "주민을 구정의 주인공으로 모시겠다는 의미를 담았다"])
