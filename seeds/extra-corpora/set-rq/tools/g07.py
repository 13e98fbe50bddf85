from gold_lib import C, write
D = "2013-12-19"
N = dict(speaker_name="홍준표")
claims = [
 C("홍준표 경남지사가 폐업한 진주의료원 건물을 매각하지 않고 공공시설로 활용하겠다고 밝혔다", None, D, ["public-health"], "plan", **N),
 C("진주의료원 매각을 반대하는 보건복지부와 충돌하지 않고 공공시설로 활용하는 방안을 강구하겠다", None, D, ["public-health"], "plan", **N),
 C("이전 예정인 도청 서부청사 입주도 진주시민이 원하면 가능하다는 견해를 밝혔다", None, D, ["public-health", "city-hall"], "plan", **N),
 C("서부청사 용도로는 사용하지 않겠다는 기존 입장을 모두 바꾼 것이다", None, D, ["public-health", "city-hall"], "statement"),
]
write("rq-07-shinailbo.txt",
 {"headline": "홍준표 경남지사 “진주의료원 매각 않고 공공시설로 활용”",
  "published": "2013-12-19T17:02+09:00", "reporter": "김종윤", "outlet": None, "jurisdiction": "48"},
 ["hong-joon-pyo"], claims,
 ["홍준표 경남지사 “진주의료원 매각 않고 공공시설로 활용”"])
