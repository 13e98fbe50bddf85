import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
E = "2025-01-09"; K = "ga-se-ro"; ET = "energy-transition"
write("rm-07-tf.txt",
  {"headline": "태안군, '해상풍력 발전단지 조성' 역점 추진…태안화력 폐쇄 충격 대체", "published": "2025-01-09T14:16+09:00",
   "reporter": "이수홍", "outlet": "더팩트", "jurisdiction": "44825"},
  [K],
  [C("올해부터 해상풍력발전단지 조성을 역점시책으로 추진한다", None, E, [ET], "plan"),
   C("3000여 명이 일자리를 잃게 되는 충격을 완화해 나갈 방침이다", None, E, [ET, "jobs"], "plan"),
   C("충격 대체 방안으로 풍력발전단지 조성할 계획", K, E, [ET], "plan"),
   C("공공주도 해상풍력사업 롤모델 마련에 나서", K, E, [ET], "plan"),
   C("광역교통망 사업들의 조속한 추진을 위한 적극 행정에 힘써", K, E, ["public-transit"], "plan")],
  ["가세로 태안군수 신년 기자회견…2025 군정 운영 방향 제시",
   "미래 도약 태안 위해 현장에서 발로 뛰는 적극 행정 추진",
   "가세로 태안군수가 9일 태안군청 중회의실에서 신년 기자회견을 하고 있다",
   "태안군 풍력발전단지 투시도",
   "올해는 민선 8기의 실질적인 마지막 해",
   "환황해권 중심 도시, 태안 성장동력 마련"])
