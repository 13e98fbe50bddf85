from gold_lib import C, write

D = "2016-06-01"  # plan announced '1일' = publication day
T = ["culture-tourism"]
write(
    "rx-08-ajunews.txt",
    "제주, 크루즈 관광객 230만명 유치에 나서",
    "2016-06-01T13:09+09:00", "진순현", "아주경제", "50", [],
    [
        C("2020년 크루즈관광객 230만명 유치, 지역경제 파급효과 1조2000억원 달성을 목표로", None, D, T, "target"),
        C("크루즈관광객은 관광객 숫자불리기에 불과하다는 지적이다", None, D, T, "criticism"),
        C("‘크루즈산업 5개년 육성종합계획’을 1일 발표했다", None, D, T, "plan"),
        C("2020년 제주외항 1개 선석을 추가로 확보해 모두 5개 선석을 운영한다", None, D, T, "target"),
        C("강정항 크루즈터미널은 내년 12월 준공을 앞두고 있다", None, D, T, "statement"),
        C("마케팅 활동을 환동해권 및 동아시아 지역까지 확대 전개할 예정이다", None, D, T, "plan"),
        C("제주를 포함한 크루즈 기항지간 협력체계를 구축한다", None, D, T, "plan"),
        C("크루즈 전문 인력양성, 국적 크루즈 선사 유치", None, D, ["culture-tourism", "jobs"], "plan"),
    ],
    [
        "제주, 크루즈 관광객 230만명 유치에 나서",
        "\"질적성장 견인한다\"",
    ],
)
