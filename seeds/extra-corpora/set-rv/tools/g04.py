from gold_lib import C, write
D = "2012-06-29"   # 입력 2012-06-29 18:52; he spoke '29일'
N = "유한식"        # 초대 세종시장 (term from 2012-07-01); not in officials.csv
write("rv-04-kmib.txt",
      {"headline": "세종특별자치시 유한식 초대 시장 “국가 균형발전의 상징 세종시, 세계적 명품도시 만들 것”",
       "published": "2012-06-29T18:52+09:00", "reporter": None, "outlet": None, "jurisdiction": "36"},
      [],
      [
          C("국가균형발전을 상징하는 도시인 만큼 행정, 교육, 환경, 교통 등 모든 면에서 세계적인 명품도시로 만들어 갈 겁니다", None, D,
            ["decentralization"], "plan", speaker_name=N),
          C("세종시는 수도권 과밀화 해소, 국토균형발전이란 큰 철학을 갖고 출범한다", None, D, ["decentralization"], "statement",
            speaker_name=N),
          C("세종시가 당초 목적을 실현할 수 있도록 초대 시장으로서 소명을 다하겠다", None, D, ["decentralization"], "plan",
            speaker_name=N),
          C("세종시의 정상 건설을 위한 기반조성, 예정지와 편입지역 간 균형발전", None, D, ["decentralization"], "plan",
            speaker_name=N),
          C("올 하반기 국무총리실이 이곳으로 이전하면 관계 부처에 적극적인 협력을 구할 예정", None, D, ["decentralization"], "plan",
            speaker_name=N),
      ],
      ["세종특별자치시 유한식 초대 시장 “국가 균형발전의 상징 세종시, 세계적 명품도시 만들 것”",
       "위헌 판결, 수정안 파동 등 우여곡절 끝에 세종시가 드디어 정식 출범합니다.",
       "세종시가 명품도시로 자리 잡을 수 있도록 초석을 놓는 마음으로 일하겠다",
       "그는 가장 우선적인 과제로 화합행정을 꼽았다.",
       "정파, 지역, 계층 간 갈등과 반목을 없애고 대통합을 이끌어내야 합니다.",
       "중앙정부나 대전·충남북 등 인접 지방자치단체와의 긴밀한 협력 관계도 만들어야 한다고 강조했다.",
       "정치권의 초당적 지원과 충청권의 탄탄한 공조가 필요하다"])
