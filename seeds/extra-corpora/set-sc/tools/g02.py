from gold_lib import write

S = "gwon-myeong-ho"
D = "2016-11-28"   # no interview day in the text -> publication day
write(
    "sc-02-donga.txt",
    {"headline": "[파워리더 인터뷰]권명호 울산 동구청장 “조선업-관광이 조화 이루는 명품도시 만들겠다”",
     "published": "2016-11-28T03:00+09:00", "reporter": None, "outlet": "동아일보", "jurisdiction": "31170"},
    [S],
    [
        ("‘지역구 관리’ 차원에서 각종 복지시설도 많이 지었다", None, D, ["welfare"], "achievement"),
        ("해결할 수 있다”는 말이 나돌 정도로 ‘복지 천국’이었다", None, D, ["welfare"], "statement"),
        ("이곳의 훌륭한 관광자원이 제대로 알려지지 않았다", S, D, ["culture-tourism"], "statement"),
    ],
    [
        "조선업-관광이 조화 이루는 명품도시 만들겠다",
        "울산 동구를 조선산업과 관광산업이 조화롭게 발전하는 살기 좋은 명품도시로 만들겠다",
        "현대중공업에 취업을 하기 위해 전국에서 사람들이 몰려들면서 원룸도 속속 건립됐다",
        "‘조선업 구조조정’이 현재 진행형이기 때문이다",
        "이곳은 역사적으로 세 번의 도약기가 있었다",
    ],
)
