import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = "2018-07-30"; K = "kim-sam-ho"
write("rj-04-kdanews.txt",
  {"headline": "[민선 7기 구상 듣는다-김삼호 광산구청장] “교육·복지·문화 혜택 강화…광산 행복지수 높이겠다", "published": "2018-08-07T10:21+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "29200"},
  [K],
  [C("교육과 복지, 문화 보건 혜택을 강화하겠다", K, D, ["education", "welfare", "culture-tourism", "public-health"], "plan"),
   C("구민의 안전을 위한‘시민참여형 광산 안전대진단’계획을 마련하도록 지시", None, D, ["disaster-safety", "citizen-participation"], "achievement"),
   C("기업을 유치해 지역경제가 활성화 되면", K, D, ["investment-attraction"], "plan"),
   C("양질의 일자리를 창출하기 위한 기업지원센터를 설립하고 한전공대 유치, 에너지 클러스터 조성 등을 통해", K, D, ["jobs", "education", "energy-transition"], "plan"),
   C("취약계층이 많이 거주하고 있는 우산동 주민들을 위해", K, D, ["welfare", "urban-regeneration"], "plan")],
  ["교육·복지·문화 혜택 강화…광산 행복지수 높이겠다",
   "‘시민참여형 안전대진단’ 마련 ‘살기좋은 우산동 만들기’ 역점",
   "지역의 가치를 활용하고 장점을 극대화해서 품격 높은 광산을 만들어 가겠습니다",
   "민선7기 광산구의 핵심 키워드는 매력, 활력, 품격이다",
   "평균나이 36.4의 젊은도시인 광산의 매력을 살리겠다",
   "짧은 기간 광폭 행보를 이어왔다"])
