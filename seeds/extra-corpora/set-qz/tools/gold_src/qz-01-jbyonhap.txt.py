META = {"headline": "귀농귀촌의 최적지, 고창군으로 오세요!", "published": "2016-07-03T16:59+09:00", "reporter": "김종성", "outlet": None, "jurisdiction": "45790"}
OFFICIALS = ["park-u-jeong", "park-seong-il", "hwang-suk-ju"]
P = "park-u-jeong"
CLAIMS = [
 ("박우정 고창군수가 예비 귀농귀촌인 유치에 적극 나섰다", None, "2016-07-01", ["agriculture"], "statement"),
 ("군의 차별화된 귀농귀촌 정책을 설명하며 관심을 끌었다", P, "2016-07-01", ["agriculture"], "statement"),
 ("수도권 도시민을 대상으로 전북 귀농귀촌정책 홍보와 상담 등 다양한 프로그램이 마련돼", None, "2016-07-03", ["agriculture"], "statement"),
 ("고창군이 전국 귀농귀촌 1번지가 된 배경과 그동안 추진해온 정책방향, 성과, 앞으로의 계획 등을 설명했다", P, "2016-07-01", ["agriculture"], "statement"),
 ("9,000여명의 귀농귀촌인이 정착하고 주민과 화합하며", P, "2016-07-01", ["agriculture"], "achievement"),
]
NOT_CLAIMS = [
 "박우정 고창군수, ‘전북 귀농귀촌박람회’ 토크쇼에서 귀농귀촌 정책 소개",
 "도내 13개 시군과 중앙정부, 유관기관 등 총 74개 기관이 참여했다",
 "또 2007년 도내",
]
