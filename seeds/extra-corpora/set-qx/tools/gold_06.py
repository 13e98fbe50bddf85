from g import C, write
D = "2018-07-26"
write("qx-06-cctimes.txt",
 {"headline": "전국 첫 공공어린이재활병원 대전 유치", "published": "2018-07-26T17:27+09:00",
  "reporter": "한권수", "outlet": "충청타임즈", "jurisdiction": "30"},
 [],
 [
  C("대전에 국내 첫 공공 어린이 재활병원이 들어선다", None, D, ["public-health"], "plan"),
  C("경남도와 경합을 벌여 최종 선정됐다", None, D, ["public-health"], "achievement"),
  C("내년 4월 설계용역 등을 거쳐 10월 착공, 2021년 개원할 계획이다", None, D, ["public-health"], "plan"),
  C("2020년까지 국비 78억원과 시비 189억원 등 267억원을 투입해", None, D, ["public-health"], "statement"),
  C("병상규모는 60병상으로 재활치료실, 외래, 병동 등이 갖춰지며", None, D, ["public-health", "welfare", "education"], "statement"),
 ],
 ["내년 10월 착공 2021년 개원"])
