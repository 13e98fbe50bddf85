import sys; sys.path.insert(0, '/work/blind/set-rm/tools')
from gold_lib import C, write
D = "2013-02-07"; N = "성무용"
write("rm-02-sportschosun.txt",
  {"headline": "[피플인사이트] 성무용 천안시장 \"삶의 질, 세계 100대도시 실현에 전력\"", "published": "2013-02-07T10:25+09:00",
   "reporter": "최민우", "outlet": "스포츠조선", "jurisdiction": "44130"},
  [],
  [C("다양한 기업지원 시책 추진, 우량기업 유치, 시민생활 안정을 위한 물가대책 등을 적절히 추진해 많은 성과를 이뤄냈다", None, D, ["investment-attraction"], "achievement", N),
   C("200여개의 우량기업 유치를 통해 1만개의 시민 일자리를 창출하는 등", None, D, ["investment-attraction", "jobs"], "achievement", N),
   C("지난해 흥타령춤축제가 성공적으로 개최됐는데", None, D, ["culture-tourism"], "achievement"),
   C("천안흥타령춤축제는 지역의 정서와 전통", None, D, ["culture-tourism"], "statement", N)],
  ["[피플인사이트] 성무용 천안시장",
   "천안시는 산업경제는 물론 교육, 문화 등 전반적인 분야에 눈부신 발전을 거듭해 왔다",
   "반세기만에 인구 60만 시대를 열고 연 1조 원 이상의 예산을 운영하는 지차제로 발돋움한 천안시다",
   "천안이 중앙정부 및 외부 기관평가에서 시정 전반에 걸쳐 높은 평가를 받았다",
   "2012년 한해 우리 천안시는 참으로 의미 있는 성과를 많이 이뤄냈다고 생각한다"])
