from g import save
save("qn-09-jemin.txt", None, None, "고미", None, "50", [],
 [("‘체질 개선’작업이 문화로부터 시작된다", None, None, ["culture-tourism"], "plan"),
  ("문화관광체육 분야에 지난해보다 49.4% 증가한 총 677억을 투자한다고 계획을 공개했다", None, None, ["culture-tourism"], "plan"),
  ("코로나19이후 일상 회복과 문화도시를 기반으로 지역의 고질적인 산업구조적 약점 개선에 주력한다", None, None, ["culture-tourism"], "plan"),
  ("문화공유 공간 조성을 4대 핵심 과제로 설정했다", None, None, ["culture-tourism", "citizen-participation"], "plan"),
  ("문화예술 및 생활체육분야 정상화에 236억원을 투자한다", None, None, ["culture-tourism"], "plan"),
  ("문화도시 사업에 30억원을 투입해 시민 참여 프로그램을 계속 운영하는 한편", None, None, ["culture-tourism", "citizen-participation"], "plan"),
  ("지속가능한 친환경 관광자원 개발로 새로운 성장동력을 가동한다", None, None, ["culture-tourism"], "plan"),
  ("접촉면 확대를 통한 문화 향유권 보장에 힘을 싣는다", None, None, ["culture-tourism"], "plan"),
 ],
 ["올해 문화관광체육분야 677억원 투자…미래 성장 기반 조성 등"])
