import sys; sys.path.insert(0, '/work/blind/set-rg/tools')
from gold_lib import C, write
D = None; J = "jo-seong-myeong"
write("rg-04-donga.txt",
  {"headline": "조성명 강남구청장 인터뷰 “재건축-재개발 적극 지원 세텍 부지에 신청사 건립 속도”", "published": None,
   "reporter": None, "outlet": "동아일보", "jurisdiction": "11680"},
  [J],
  [C("강남구 주인인 구민들의 목소리를 정책 추진 과정에서 더 잘 반영하겠습니다", J, D, ["citizen-participation"], "plan"),
   C("올해부터는 구민의 목소리를 더 경청하고자 한다", J, D, ["citizen-participation"], "plan"),
   C("구청 국장이 민원인과 직접 소통하는 ‘민원의 날’을 개최하고 있다", None, D, ["citizen-participation"], "statement"),
   C("주요 사업을 구민에게 직접 설명하고 건의사항을 듣는 ‘2023 비전보고회’를 9차례 연 후 내린 결정이다", None, D, ["citizen-participation"], "statement"),
   C("새로운 정책 아이디어를 얻기 위해 민원의 날을 만들었다", J, D, ["citizen-participation"], "achievement"),
   C("구는 지난해 9월부터 재건축드림 태스크포스(TF)도 운영하고 있다", None, D, ["housing"], "statement"),
   C("TF 자문위원단이 재건축 정보와 분쟁 발생 시 자문을 제공한다", J, D, ["housing"], "statement"),
   C("구민들이 더욱 쾌적한 주거환경을 누릴 수 있도록 최선을 다해 지원하겠다", J, D, ["housing"], "plan"),
   C("행정문화복합타운 건립도 속도감 있게 진행하겠다고 밝혔다", J, D, ["city-hall"], "plan"),
   C("부지 일부를 서울시가 구에 분할 매각한 후 개발", None, D, ["city-hall"], "plan")],
  ["조성명 강남구청장은 18일 서울 강남구 삼성동 구청 집무실에서 가진 동아일보와의 인터뷰에서 “구민 목소리를 정책에 적극 반영하기 위해",
   "안철민 기자 acm08@donga.com",
   "구 사업과 행정에 대한 구민들의 높은 관심과 다양한 의견을 접했다"])
