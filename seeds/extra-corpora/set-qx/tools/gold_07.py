from g import C, write
D = "2019-04-04"
P = "park-jeong-hyeon-30230"
write("qx-07-ebaekje.txt",
 {"headline": "대덕구, 지역화폐 새 이름 ‘대덕e로움’ 확정", "published": "2019-04-04T13:55+09:00",
  "reporter": "이원구", "outlet": None, "jurisdiction": "30230"},
 [P],
 [
  C("올 6월말 발행 예정인 지역화폐의 공식 명칭으로 ‘대덕e로움’을 선정했다", None, D, ["small-merchants"], "achievement"),
  C("쓰면 쓸수록 지역경제에 이로운 영향을 주는 지역화폐라는 의미를 담고 있다", None, D, ["small-merchants"], "statement"),
  C("818건의 제안이 접수됐고, 3차에 걸친 내부심사를 거쳐 대덕e로움을 최우수작으로 확정했다", None, D, ["small-merchants"], "achievement"),
  C("BI·홍보동영상 등을 제작해 지역화폐를 본격적으로 홍보하는 한편", None, D, ["small-merchants"], "plan"),
  C("지역화폐 명칭공모에 있어 우리 구가 전국 최고의 응모 건수를 기록했다", P, D, ["small-merchants"], "achievement"),
  C("이는 지역주민은 물론 전 국민이 우리 구 지역화폐의 성공을", P, D, ["small-merchants"], "statement"),
 ],
 ["명칭공모 통해 접수된 818건 중 3차 심사 거쳐 최종 낙점",
  "지역화폐 대덕e로움, 지역경제 살리기 새 모델로 파란 기대",
  "선정 심사위원회를 열어 공식 명칭으로 대덕e로움을 확정했다",
  "최우수 이외에도 우수상 1건, 장려상 3건을 선정했으며",
  "상금은 지역화폐로 지급된다"])
