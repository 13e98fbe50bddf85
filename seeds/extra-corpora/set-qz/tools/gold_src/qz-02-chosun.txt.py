META = {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45720"}
OFFICIALS = ["jeon-chun-seong"]
J = "jeon-chun-seong"
CLAIMS = [
 ("농축산물 통합 브랜드 판매 시스템 구축과 농업정책국 신설 등을 공약으로 제시했다", J, None, ["agriculture"], "plan"),
 ("마이산 케이블카는 관광객에게 교통 편의를 제공할 목적으로 추진한 사업이다", J, None, ["culture-tourism"], "statement"),
 ("소규모환경영향평가를 통과하지 못해 사업이 중단됐다", J, None, ["culture-tourism"], "statement"),
 ("현재 사업 추진을 위한 행정소송이 진행 중이다", J, None, ["culture-tourism"], "statement"),
 ("우선 법원 판결을 보고 사업 추진 여부를 결정할 계획이다", J, None, ["culture-tourism"], "plan"),
 ("용담호 수상 태양광 설치 사업은 신재생에너지 시설 확대와 주민 소득 보장 등을 위해 검토한 적이 있다", J, None, ["energy-transition"], "statement"),
 ("용담댐이 전북도민의 중요한 식수원인 점과 환경적 영향 등을 고려할 필요가 있어 추진을 보류한 상태다", J, None, ["energy-transition", "water-supply"], "statement"),
 ("이 문제는 진안군 혼자 결정할 일이 아니다", J, None, ["energy-transition"], "statement"),
 ("전북도 측과도 소통할 방침이다", J, None, ["energy-transition"], "plan"),
]
NOT_CLAIMS = [
 "전 군수는 8954표(51.3%)를 얻어 처음 출마한 선거에서 당선됐다",
 "소통과 대화, 통합의 정치를 펼쳐 미래가 있는 진안을 만들겠다",
 "찬반 여론이 팽팽한 마이산 케이블카 사업이 소통의 첫 시험대가 될 듯하다",
 "용담호에 대규모 수상 태양광 사업이 재추진되면 어떤 입장을 취할 것인가?",
 "진안군 인구는 2만5548명이다",
 "최대한 인구 유출 속도를 늦추는 정책이 필요하다",
]
