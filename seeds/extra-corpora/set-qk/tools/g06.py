from gw import write, C
D='2024-04-15'; J=["jobs"]
write('qk-06-smgnews.txt',
 {"headline":"군산시민을 위한 일자리가 뜬다~","published":"2024-04-15T15:51+09:00","reporter":None,"outlet":"새만금일보","jurisdiction":"52130"},
 [],
 [C("2024년 상반기 전북군산형일자리 상생협의회 및 실무 추진위원회 합동회의를 개최했다",None,D,J,"statement"),
  C("군산형일자리는 2021년 2월 25일 산자부 상생형일자리사업으로 지정돼",None,D,J,"statement"),
  C("군산시는 후속 사업을 연계, 군산형일자리사업을 지속해 나갈 계획이다",None,D,J,"plan"),
  C("참여기업들의 실적은 코로나 팬데믹 장기화",None,D,J,"criticism"),
  C("고용실적은 30.9%로 1,714명 중 530명",None,D,["jobs","investment-attraction"],"achievement"),
  C("내연자동차에서 전기자동차로의 산업 전환 발판을 마련했고",None,D,["jobs","future-vehicles","investment-attraction"],"achievement"),
  C("전북군산형일자리는 지역사회 주력산업으로 버팀목 역할을 해오고 있다",None,D,J,"achievement"),
  C("군산시의 고용률도 전북군산형일자리의 덕을 봤다",None,D,J,"achievement"),
  C("고용 및 산업위기지역 지정으로 고용률이 2017년에 52.6",None,D,J,"statement"),
 ],
 ["군산시민을 위한 일자리가 뜬다~","노사민정을 대표하는 50여명이 참석한 가운데","상생협약·R&D 사업 활성화·고용률 상승 반전"])
