from gold_lib import write

S = "song-cheol-ho"
D = "2018-10-26"   # the audit has no day of its own in the text -> publication day
write(
    "sc-04-kmib.txt",
    {"headline": "울산시 국정감사, 경제상황 등 지역 주요 현안 거론",
     "published": "2018-10-26T15:43+09:00", "reporter": None, "outlet": None, "jurisdiction": "31"},
    [S],
    [
        ("산재모 병원건립이 예타를 통과하지 못해 사실상 백지화한 것은 시민을 기만하는 행위로", None, D,
         ["public-health"], "criticism", "이재정"),
        ("시 차원에서 산재모병원 건립을 위해 많은 노력을 기울였지만 예타에서 좌절돼 안타까웠으나", S, D,
         ["public-health"], "statement"),
        ("반드시 공공병원만은 꼭 울산에 유치하겠다는 각오로 노력해 나가겠다", S, D, ["public-health"], "plan"),
    ],
    [
        "경제상황 등 지역 주요 현안 거론",
        "공공병원건립, 인사문제, 경제상황 등 지역 주요 현안들이 거론됐다",
        "송철호 시장의 현실인식이 너무 낙관적인 것이 아니냐",
        "심각한 경제현실을 직시하고",
        "아는 사람끼리만 하는 것은 소통이 아니다",
    ],
)
