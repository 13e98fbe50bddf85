import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2022-04-13"
K = "jeong-yong-rae"
write(
    "ry-02-fnnews.txt",
    {"headline": "재선 도전 정용래 유성구청장 “미래 과학도시 유성 만들겠다”",
     "published": "2022-04-13T06:30+09:00", "reporter": "김경훈", "outlet": "뉴스1", "jurisdiction": "30200"},
    [K],
    [
        C("대덕특구와 관내 대학들의 인적·물적 인프라를 최대한 융합해", K, D, ["research-development"], "plan"),
        C("Δ유성온천으로 대표되는 관광도시", K, D, ["culture-tourism"], "statement"),
        C("관광거점지구 사업으로 지정돼 현재 마무리돼 가고 있다", K, D, ["culture-tourism"], "achievement"),
        C("유성온천의 정체성과 지역 특성을 살린 미래형 관광도시를 조성할 것이다", K, D, ["culture-tourism"], "plan"),
    ],
    [
        "유성의 큰 강점인 과학을 행정과 접목해 미래사회에 대비하는 것이 가장 중요하다",
        "80점을 주고 싶다.",
        "그 중에서 온천로가 수십년간 변화가 없었다",
        "도안과 학하 인근에 현충원IC를 신설하는 것이다.",
        "정용래 대전 유성구청장이 뉴스1과 인터뷰를 하고 있다.",
    ],
)
