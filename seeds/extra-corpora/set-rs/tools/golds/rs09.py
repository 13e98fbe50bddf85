D = "2017-04-02"
U = "urban-regeneration"
GOLD = {
 "article": "rs-09-jnilbo.txt",
 "metadata": {"headline": "목포시, 낙후된 원도심ㆍ선창권 활성화 추진",
              "published": "2017-04-03T00:00+09:00", "reporter": None, "outlet": None, "jurisdiction": "46110"},
 "officials": ["park-hong-ryul"],
 "claims": [
  ("목포시가 낙후된 원도심과 선창권 활성화를 위해 팔을 걷어붙였다", None, D, [U], "statement"),
  ("시는 지난해 3월 용역을 착수해 선창권역 주민설명회 개최", None, D, [U, "citizen-participation"], "achievement"),
  ("유형별 도시재생방향 등을 선정해 낙후된 원도심지역을 활성화하는 것이다", None, D, [U], "statement"),
  ("항구 재생, 이미지 재생, 삶터 재생 등을 목표로 한다", None, D, [U], "statement"),
  ("목원동 선도지역을 포함한 7개 구역을 활성화지역으로 우선 선정했다", None, D, [U], "achievement"),
  ("10년 단위로 지역 여건을 분석해 재수립된다", None, D, [U], "statement"),
  ("내항 공동화 방지대책을 위해 마련됐다", None, D, [U], "statement"),
  ("이 계획은 항만기본계획, 전국무역항 기본계획", None, D, [U], "statement"),
 ],
 "not_claims": [
  "목포시, 낙후된 원도심ㆍ선창권 활성화 추진",
  "목포 선창권 활성화사업 기본 구상도. 목포시 제공",
  "'도시재생 전략계획 및 선창권 활성화계획 수립용역 최종보고회'를 개최했다고 2일 밝혔다",
 ],
}
