import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
D = '2017-07-26'
W = ["welfare"]
write("qp-09-dongjak.txt",
 {"headline": "찾아가는 동주민센터 1년, 이웃사랑 활활", "published": "2017-07-28", "reporter": None, "outlet": "동작구", "jurisdiction": "11590"},
 ["lee-chang-u"],
 [C("‘찾아가는 동주민센터’가 전 동으로 확대된 지 1년이 훌쩍 지났다", None, D, W, "statement"),
  C("지역사회 촘촘한 복지그물망을 키워왔다", None, D, W, "achievement"),
  C("1년 동안 총 59,459명의 주민을 방문했다고 26일 밝혔다", None, D, W, "achievement"),
  C("이는 찾동 시행 전, 동기대비 815%가 증가한 수치다", None, D, W, "achievement"),
  C("빈곤위기가정 27,831가구를 대상으로 공적급여를 비롯한 민간자원을 연계해", None, D, ["welfare", "childcare-birth"], "achievement"),
  C("어르신 건강관리도 촘촘해 졌다", None, D, ["public-health"], "achievement"),
  C("동마다 배치된 방문간호사가 65세 및 70세 도래 어르신을 총 23,171번 방문해", None, D, ["public-health"], "achievement"),
  C("찾동 사업은 복지사각지대 완전해소를 목표로 2015년 시범적으로 2개동에 도입된 후", None, D, W, "achievement"),
  C("어려움에 처한 구민이 도움을 요청 하는 공급자 중심의 복지에서", None, D, W, "statement")],
 ["찾동 1년간 59,459명의 주민 방문 … 사업시행전보다 815% 증가",
  "마을계획단과 마을기금을 통해 지역사회 복지자생력 및 마을공동체 강화",
  "동주민센터의 기능을 현장중심으로 바꾼 새로운 행정실험은 과연 어떤 변화를 가져왔을까",
  "행정자치과"])
