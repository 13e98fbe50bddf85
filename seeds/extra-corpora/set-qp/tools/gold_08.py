import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
D = '2018-03-25'
F = ["fine-dust"]
write("qp-08-seoul.txt",
 {"headline": "구로구 “어린이 미세먼지 걱정 마세요”", "published": "2018-03-25T17:34+09:00", "reporter": "이범수", "outlet": "서울신문", "jurisdiction": "11530"},
 ["lee-seong"],
 [C("관내 유치원 33곳에 공기청정기 140여대를 보급하는 유치원 공기청정기 지원사업을 실시한다고 25일 밝혔다", None, D, F, "target"),
  C("유치원 공기청정기 지원사업을 구 예산으로 마련했다", None, D, F, "statement"),
  C("부모들의 걱정을 덜어 주기 위해 유치원에도 공기청정기 지원사업을 하는 것이다", None, D, F, "statement"),
  C("교실별로 1대당 50만원 한도로 공기청정기 구입비를 준다", None, D, F, "plan"),
  C("33개 국·공·사립유치원에 140여대의 공기청정기를 4월 초까지 설치 완료할 예정이다", None, D, F, "target"),
  C("구는 관리 매뉴얼 정비 등 사후 관리도 펼칠 계획이다", None, D, F, "plan"),
  C("어린이집과 유치원이 보다 쾌적한 공간이 될 수 있도록 구가 지속적으로 관심을 기울이겠다", "lee-seong", D, F, "plan")],
 ["관내 모든 유치원에 공기청정기",
  "새달까지 33곳 140여대 설치",
  "서울 구로구의 한 어린이집 벽에 공기청정기가 설치돼 있다",
  "Copyright ⓒ 서울신문 All rights reserved"])
