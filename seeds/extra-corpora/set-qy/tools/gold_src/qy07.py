W = "won-hee-ryong"; C = ["citizen-participation"]
G = {
 "article": "qy-07-ndsoftnews.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"},
 "officials": [W],
 "claims": [
  ("예산 편성과정에 도민 참여를 확대하는 ‘도민 참여형 지방재정의 민주주의’를 선언했다", W, None, C, "plan"),
  ("올해부터는 예산편성 전 여론 수렴을 위한 주민총회를 개최해 도민 의견 수렴을 정례화하겠다", W, None, C, "plan"),
  ("편성된 사업의 집행 과정에도 모니터링 역할을 부여하겠다", W, None, C, "plan"),
  ("주민참여예산의 핵심은 주민의 참여, 주민참여예산위원회의 공정한 관리와 조율, 적재적소의 파급 효과", W, None, C, "statement"),
  ("제주도 전체적으로 확대 가능한 사업들을 엄선해 주민참여 예산을 더 키워나가는 것이 기본 방향", W, None, C, "plan"),
  ("도민들이 직접 참여해 주요 사업의 예산 심의를 진행하는 ‘제4기 주민참여에산위원회’를 구성했으며", None, None, C, "achievement"),
  ("예산편성에 대한 의견 제출, 예산편성에 대한 주민 의견수렴 활동 등의 기능을 담당한다", None, None, C, "statement"),
  ("희망 도민들도 같이 참여하는 주민참여예산 총회를 개최해 도민들의 소리를 수렴하고", None, None, C, "plan"),
 ],
 "not_claims": ["제4기 주민참여예산위원회 첫 회의를 주재한 자리에서 이같이 강조했다",
                "이번 1차 회의는 주민참여예산위원 80여 명이 참석했으며"],
}
