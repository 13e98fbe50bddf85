from g import C, write
D='2019-02-10'
write("qs-02-shinailbo.txt",
 {"headline": "인천 중구, 민선7기 공약사항 실천 첫삽 뜨다", "published": "2019-02-10T12:57+09:00", "reporter": "고윤정", "outlet": None, "jurisdiction": "28110"},
 ["hong-in-seong"],
 [C("구민과의 대화 등 다양한 경로를 통해 의견을 수렴했고", None, D, ["citizen-participation"], "achievement"),
  C("민선7기 공약사업의 12개 분야는", None, D, ["culture-tourism", "disaster-safety", "welfare", "jobs", "small-merchants", "urban-regeneration", "fourth-industrial-revolution"], "plan")],
 ["인천시 중구는 지난 8일 ‘민선7기 공약사항 실천계획 보고회’를 가졌다.",
  "공약사항의 구체적인 계획 수립, 체계적인 관리를 통해 공약사항을 차질 없이 이행하기 위해 마련했다",
  "12개 분야 60개 과제를 선정해 구민들에게 제시했다",
  "실천계획 보고회…5대 목표 12개 분야 60대 과제 확정"])
