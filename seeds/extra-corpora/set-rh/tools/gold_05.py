import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
K, P = "김정미", "park-seung-won"
SM = "small-merchants"
write("rh-05-joygm.txt",
  {"headline": None, "published": None, "reporter": "장성윤", "outlet": "광명지역신문", "jurisdiction": "41210"},
  [P],
  [C("중앙정부의 지역화폐 지원예산 전액삭감에 대처하는 광명시 대책이 무엇이냐고 물었다", None, None, [SM], "statement", K),
   C("지역화폐는 사용처가 특정지역, 소상공인 매장으로 한정돼 지역경제 활성화에 크게 기여해 온 정책", None, None, [SM], "achievement", K),
   C("국비가 삭감되더라도 광명시는 지역화폐를 현행 수준으로 유지할 의향이 있냐", None, None, [SM], "statement", K),
   C("2019년 4월부터 지역화폐인 '광명사랑화폐'를 발행했고, 2022년 발행규모는 1천억원", None, None, [SM], "achievement", K),
   C("지역화폐의 지속적인 발전방안을 수립해야 한다", None, None, [SM], "plan", K),
   C("지방정부는 서민경제, 골목경제를 지키는 것이 중요하다", P, None, [SM], "statement"),
   C("경기도 시장군수협의회가 국회와 정부에 예산 반영을 건의하는 것으로 의견을 모았다", P, None, [SM], "plan"),
   C("내년에도 지역화폐를 올해 수준으로 유지하겠다", P, None, [SM], "plan")],
  ["저작권자 © 광명지역신문 무단전재 및 재배포 금지"])
