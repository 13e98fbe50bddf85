from gold_lib import C, write

S = "seo-eun-suk"
D = "2022-04-20"  # '20일' 출마 선언 (published 2022-04-21)
write(
    "ri-01-bseconomy.txt",
    headline=None,
    published="2022-04-21T10:01+09:00",
    reporter="박광석",
    outlet="부산경제신문",
    jurisdiction="26230",
    officials=[S],
    claims=[
        C("도시재생사업 추진 등 부산진구의 숙원사업들을 해결했다", S, D, ["urban-regeneration"], "achievement"),
        C("1인가구 지원 조례 제정 등 시민의 소리에 귀 기울이는", S, D, ["smart-city", "welfare"], "achievement"),
    ],
    not_claims=[
        "더불어 민주당 서은숙 부산진구청장이 재선 출사표를 던졌다",
        "재선에 성공해 부산진구를 부산의 중심답게 더 편리하고 편안하게, 그리고 안전하게 만들겠다",
        "시민들은 보수나 진보를 떠나 삶에 보탬이 되는 행정을 원한다",
        "그는 서울시청 정책자문특별보좌관",
    ],
)
