from gold_lib import C, write
K = "kim-jin-yeol"; D = "2023-03-23"; PUB = "2023-03-24"
write("rw-04-segye.txt",
      {"headline": "김진열 군위군수 “대구 편입은 상생 출발점”",
       "published": "2023-03-24T14:28:46+09:00", "reporter": None, "outlet": "세계일보", "jurisdiction": "47720"},
      [K, "hong-joon-pyo"],
      [
       C("인터뷰 내내 대구시와의 ‘행정 통합’을 강조했다", K, D, ["decentralization"], "statement"),
       C("군위군은 7월1일부터 행정구역이 ‘경북 군위군’에서 ‘대구시 군위군’으로 바뀐다", None, PUB, ["decentralization"], "statement"),
       C("대구와 군위를 오가는 급행버스가 만들어지고, 학군이나 선거구도 대폭 조정한다", None, PUB,
         ["public-transit", "education"], "plan"),
       C("대구시 편입 절차를 매끄럽게 진행하고자 크고 작은 정책과 사업을 손보고 살피고 있기 때문이다", None, PUB,
         ["decentralization"], "statement"),
       C("대구와의 통합으로 군위의 교통망이 촘촘해질 예정", K, D, ["public-transit", "decentralization"], "statement"),
       C("전철망 확장 연결을 대구시와 협의해 나간다고 했다", K, D, ["public-transit"], "plan"),
      ],
      ["김진열 군위군수 “대구 편입은 상생 출발점”",
       "올해 군정 목표를 사자성어 하나로 정리했다",
       "김 군수는 특히 행정통합에서 ‘교통망’을 힘주어 말했다",
       "대구와의 접근성이 좋아지면 부동산 가치도 자연스럽게 동반 상승할 것",
       "군위를 중심으로 산업구조를 개편해야 한다",
       "수요 공급의 원칙에 따라 자연스럽게 군위군의 몸집도 커질 것"])
