from g import save
Y = "yun-sang-gi"
save("qn-07-yonhap-wowtv.txt", None, None, "지성호", "연합뉴스", "48850", [Y],
 [("유기녹차 수출 확대를 위해 정부·수출전문기업과 손을 잡았다", None, None, ["agriculture"], "achievement"),
  ("'하동 유기녹차 수출 확대를 위한 민·관 협약식'을 했다", None, None, ["agriculture"], "achievement"),
  ("유기녹차 생산·가공·수출 기반을 구축하기 위해 마련됐다", None, None, ["agriculture"], "statement"),
  ("협약에 따라 군은 녹차 생산농가 조직화, 가공·살균시설 확충 등을 통해 수출 물량을 확보하고", None, None, ["agriculture"], "plan"),
  ("고품질 가루녹차 생산 인프라를 구축해 내수·수출용 가루녹차 생산에 박차를 가하고 있다", None, None, ["agriculture"], "statement"),
  ("비전코리아는 군과 계약한 수출 물량을 적정가격에 사들여 수출한다", None, None, ["agriculture"], "plan"),
  ("유기녹차 생산·가공과 수출 애로 사항 등을 협의·해결해 나가기로 했다", None, None, ["agriculture"], "plan"),
  ("민·관이 힘을 합쳐 하동의 유기녹차 수출에 새로운 전환점을 맞게 됐다", Y, None, ["agriculture"], "achievement"),
 ],
 ["<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"])
