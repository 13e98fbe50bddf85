from gold_lib import write

S = "bae-gwang-sik"
D = "2019-09-10"   # recording day not given -> publication day
write(
    "sc-05-hcn.txt",
    {"headline": "배광식 구청장 추석 대담... \"대구 변화 이끌 신청사 최적지는 도청터\"",
     "published": "2019-09-10", "reporter": "이동욱", "outlet": "HCN 금호방송", "jurisdiction": "27230"},
    [S],
    [
        ("신청사 북구 유치 활동에 최선을 다하겠다는 입장을 밝혔습니다", S, D, ["city-hall"], "plan"),
        ("옛 경북도청터라고 주장했습니다", S, D, ["city-hall"], "statement"),
    ],
    [
        "대구 변화 이끌 신청사 최적지는 도청터",
        "상반기 구정운영에 대해 아쉽지만 절반의 성공이라고 평가했습니다",
        "협치의 분위기가 조성되고 있다는 데 대해서는 다행으로 생각합니다",
    ],
)
