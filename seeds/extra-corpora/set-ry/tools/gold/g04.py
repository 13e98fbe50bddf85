import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2021-06-08"
write(
    "ry-04-segye.txt",
    {"headline": "젊어지는 진천군… 인구 9만명 돌파",
     "published": "2021-06-08T03:20+09:00", "reporter": "윤교근", "outlet": "세계일보", "jurisdiction": "43750"},
    [],
    [
        C("매년 1조원 이상의 투자유치를 바탕으로 신규 일자리가 만들어졌다", None, D,
          ["investment-attraction", "jobs"], "achievement"),
    ],
    [
        "투자 유치·신도시 개발 효과",
        "출산 가능 여성 1명당 합계출산율도 1.4명이다.",
        "성석미니신도시, 교성1·2지구 도시개발사업 등 인구 유입 환경 구축에 박차를 가하고 있다",
        "이런 추세는 진천군이 젊은 도시로의 변화를 꾀하는 데 한몫을 하고 있다.",
    ],
)
