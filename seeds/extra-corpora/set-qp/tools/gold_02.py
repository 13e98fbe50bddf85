import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
D = '2020-02-17'
write("qp-02-jndn.txt",
 {"headline": "해남군 인구늘리기 정책 '효과있네'", "published": "2020-02-17T17:37+09:00", "reporter": "박병태", "outlet": "전남매일", "jurisdiction": "46820"},
 [],
 [C("관외 거주자와 혼인한 뒤 부부 모두 해남에 주소를 두는 경우 100만원이 지급된다", None, D, ["childcare-birth"], "statement"),
  C("또 결혼 후 1년 이상 주소를 유지할 경우 추가로 100만원이 지급된다", None, D, ["childcare-birth"], "statement"),
  C("364세대에 3억6,400만원의 결혼장려금이 지급됐고", None, D, ["childcare-birth"], "achievement"),
  C("또 출산 장려를 위해 첫째 아이 300만원", None, D, ["childcare-birth"], "statement"),
  C("신혼부부의 내 집 마련을 위한 보금자리 대출 이자 지원과 신혼(예비)부부 건강검진 지원 등", None, D, ["housing", "public-health"], "statement"),
  C("합계출산율에서 해남군은 2012년부터 7년 연속 전국 1위를 기록하고 있다", None, D, ["childcare-birth"], "achievement"),
  C("해남군은 전국에서 가장 높은 1.89명을 기록했다", None, D, ["childcare-birth"], "achievement"),
  C("결혼 장려금, 전입지원금 등 효과로 청년 인구가 늘어나고 있다", None, D, ["childcare-birth"], "achievement")],
 ["해남군이 도입한 다양한 인구늘리기 정책이 톡톡한 효과를 보고 있다",
  "합계 출산율 7년 연속 전국 1위…청년 인구도 증가",
  "전입 주민들에게도 다양한 혜택이 주어진다",
  "20만원 상당의 해남사랑상품권을 지급하고, 지역내 공공 시설사용료를 1년간 50% 감면해 준다",
  "각종 지원은 주민등록상 주소지 관할 읍면 사무소를 방문, 문의하면 된다",
  "이 기사는 전남"])
