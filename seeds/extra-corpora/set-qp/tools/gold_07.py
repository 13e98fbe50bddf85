import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
D = '2018-12-25'
T = ["culture-tourism"]
write("qp-07-shinailbo.txt",
 {"headline": "삼척시, 삼척 관광 업그레이드로 관광객 사로잡는다", "published": "2018-12-25T14:24+09:00", "reporter": "이중성", "outlet": None, "jurisdiction": "42230"},
 [],
 [C("‘2018년 삼척방문의 해’를 성공적으로 마무리하고 체류형 관광사업 인프라 구축으로", None, D, T, "achievement"),
  C("내륙 관광개발에도 박차를 가할 계획이라고 25일 밝혔다", None, D, T, "plan"),
  C("삼척해상케이블카는 1년이 채 안 지난 9월에 탑승객 50만명을 돌파했고", None, D, T, "achievement"),
  C("종합만족도 전국 3위로 선정돼 관광지로 부상했다", None, D, T, "achievement"),
  C("10개 관광지의 수입이 107억원으로 역대 최고 입장수입을 기록했으며", None, D, T, "achievement"),
  C("내년에는 2018년에 거둔 성과를 토대로 고품격 관광사업이 본격 추진된다", None, D, T, "plan"),
  C("총 사업비 51억원의 나릿골 감성마을 조성", None, D, T, "plan")],
 ["내륙 관광개발에도 박차…고품격 관광사업 추진",
  "삼척 정월대보름축제 2월 축제 모습",
  "이 기사를 공유합니다"])
