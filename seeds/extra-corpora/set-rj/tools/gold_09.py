import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = "2025-07-06"; CP = "citizen-participation"
write("rj-09-gwangnam.txt",
  {"headline": "[민선 8기 3년]김병내 광주 남구청장 \"약속을 실천으로\"", "published": "2025-07-06T17:51+09:00",
   "reporter": "임영진", "outlet": "광남일보", "jurisdiction": "29155"},
  ["kim-byeong-nae"],
  [C("더욱 현장 중심의 정책과 소통을 바탕으로 주민과의 신뢰 구축에 주력해 왔다", None, D, [CP], "statement"),
   C("주민 배심원단과의 끊임없는 소통 및 다채로운 주민 참여 보장 등으로 소통을 강화한 점이", None, D, [CP], "achievement"),
   C("지난해 신재생에너지 기반 자립도시 조성을 포함한 10개 사업을 추가로 완료하는 등", None, D, ["energy-transition"], "achievement")],
  ["공약평가 7년 연속 전국 으뜸",
   "구도심 재건·미래산업기반 조성·생활인프라 확충 성과",
   "현장 중심 맞춤형 복지정책·선교기지 세계유산 추진도",
   "7년 연속 전국 최우수(SA) 등급은 주민과 함께 걸어온 시간의 결실입니다",
   "앞으로도 약속을 넘어 실천으로 보답하겠습니다",
   "그동안 추진한 정책의 주요 성과와 소회를 밝혔다",
   "공약이행 평가에서 7년 연속으로 전국 최우수 등급을 획득한 것이다",
   "실질적인 변화와 성과를 이어왔다"])
