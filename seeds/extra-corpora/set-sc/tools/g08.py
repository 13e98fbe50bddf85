from gold_lib import write

S = "kim-il-gwon"
D = "2020-07-01"   # press conference day not given -> publication day
write(
    "sc-08-kookje.txt",
    {"headline": "김일권 양산시장 “울산 연결 도시철도 건설, 동부 생활여건 개선 추진”",
     "published": "2020-07-01T20:08+09:00", "reporter": "김성룡", "outlet": "국제신문", "jurisdiction": "48330"},
    [S],
    [
        ("도시철도 건설 및 택지개발 등 대형 SOC 사업 정상추진", None, D,
         ["public-health", "public-transit", "housing"], "plan"),
        ("광역도시철도 건설사업 추진 의지를 재확인했다", S, D, ["public-transit"], "plan"),
        ("후순위로 밀리지 않도록 최선을 다하겠다", S, D, ["public-transit"], "plan"),
        ("경전철 대신 트램을 도입기로 한 데 동의한다", S, D, ["public-transit"], "statement"),
        ("양산 동부(웅상)와 서부 도시철도 동시 건설도 가능할 것", S, D, ["public-transit"], "statement"),
    ],
    [
        "울산 연결 도시철도 건설, 동부 생활여건 개선 추진",
        "김해·양산·진주시장 취임 2주년 기자간담회",
    ],
)
