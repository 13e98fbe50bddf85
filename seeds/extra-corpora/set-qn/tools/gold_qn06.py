from g import save
D = "2019-03-19"; K = "kim-u-ryong"
save("qn-06-sisamagazine.txt", "동래구, 이동 구청장실 운영", "2019-03-19T17:16+09:00", "양희정", "시사매거진", "26260", [K],
 [("‘이동 구청장실’을 올해에도 계속 운영한다", None, D, ["citizen-participation"], "plan"),
  ("총 197건의 주민 건의사항 중 184건을 처리 완료하였고", None, D, ["citizen-participation"], "achievement"),
  ("직장을 다니는 주민들도 참여할 수 있도록 저녁시간대(19:00~20:30)를 이용하여 주민과의 만남을 가질 예정이다", None, D, ["citizen-participation"], "plan"),
  ("한층 더 업그레이드 된 이동 구청장실을 운영하여 주민들의 구정 만족도를 높이겠다", K, D, ["citizen-participation"], "plan"),
 ],
 ["- 현장에 답이 있다"])
