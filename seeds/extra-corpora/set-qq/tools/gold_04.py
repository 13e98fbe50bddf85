from g import w
K = "kim-dae-gwon"; E = "2025-02-18"; P = "2025-02-19"
w("qq-04-imaeil.txt", "수성구청, 청년 유출 막는 데 60억원 투입…청년정책 32개 사업 본격 추진", "2025-02-19T16:34+09:00", None, None, "27260",
  [K],
  [
   ("대구 수성구청이 올해 60억원을 투입해 1인 기업 육성 등 일자리‧창업에 초점을 맞춘 청년 정책 마련에 나섰다", None, E, ["youth-policy", "startup-support", "jobs"], "plan"),
   ("수성구청은 18일 올해 첫 청년행복위원회 정기회의를 열고", None, E, ["youth-policy"], "achievement"),
   ("해당 계획은 청년친화도시 조성을 목표로", None, E, ["youth-policy"], "statement"),
   ("32개 세부 사업에 60억 원을 투입할 예정이다", None, E, ["youth-policy", "jobs", "startup-support", "housing", "welfare", "education", "culture-tourism"], "plan"),
   ("특히 일자리‧창업 분야에 1인 창조기업 육성과 청년‧노인 '할로마켓' 운영 등 15개 사업을 중점 추진키로 했다", None, E, ["youth-policy", "jobs", "startup-support"], "plan"),
   ("해당 사업은 작년보다 전체 예산이 5억2천만원 늘었고 신규 사업도 8개 추가됐다", None, E, ["youth-policy"], "statement"),
   ("청년 유출을 방지하고 청년이 머물고 싶은 도시를 만들겠다는 의지가 반영됐다고 설명했다", None, E, ["youth-policy"], "plan"),
   ("청년들의 삶에 실질적인 도움을 줄 수 있는 맞춤형 정책을 추진하여 청년이 살고 싶은 수성구를 만드는 데 앞장서겠다", K, E, ["youth-policy"], "plan"),
   ("앞으로도 청년들의 도전과 성장을 적극 지원하겠다", K, E, ["youth-policy"], "plan"),
   ("수성구 청년행복위원회는 청년정책 방향을 논의하고 자문 및 심의하는 역할을 하고 있다", None, P, ["youth-policy"], "statement"),
   ("김대권 수성구청장을 위원장으로 청년정책 관련 국·과장, 지역 청년, 청년정책 전문가 등 20명으로 구성됐다", None, P, ["youth-policy"], "statement"),
  ],
  ["수성구청, 청년 유출 막는 데 60억원 투입…청년정책 32개 사업 본격 추진", "수성구청, 18일 '2025년 수성구 청년정책·청년친화도시 조성 시행계획' 확정"])
