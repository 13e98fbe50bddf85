S = "suh-byung-soo"
G = {
 "article": "qy-02-seoul.txt",
 "metadata": {"headline": "“청년세대 자립 돕고 어르신엔 맞춤형 주택…집값 걱정 확 줄였죠”", "published": None,
              "reporter": None, "outlet": None, "jurisdiction": "26"},
 "officials": [S],
 "claims": [
  ("주거안정대책을 역점 시책으로 추진하는 것은 서민 및 청년층의 주거 안정을 꾀해", S, None, ["housing", "youth-policy"], "statement"),
  ("저렴한 공공임대주택의 공급이 충분해야 하는데 우리 시의 경우 그렇지 못했다", S, None, ["housing"], "criticism"),
  ("공공임대주택은 여전히 부족한 실정", S, None, ["housing"], "criticism"),
  ("이들의 중간 정도인 8.5% 수준까지 끌어올리는 게 목표다", None, None, ["housing"], "target"),
  ("공급주택 가운데 절반 이상을 이들에게 제공해 자립을 돕도록 했다", S, None, ["housing", "youth-policy"], "achievement"),
 ],
 "not_claims": ["서민 및 청년층 주거 안정을 꾀해 이들의 삶의 질을 높이겠다”고 밝히고 있다",
                "“집 문제, 부산시가 해결하겠습니다.”", "서병수 부산시장 인터뷰",
                "알뜰교통카드 쓰던 경기도민 59% ‘경기패스’ 전", "20년 뭉갠 부산롯데타워, 또 지연되나"],
}
