from g import write
D = "2024-07-01"; P = "park-sang-don"
write("rc-02-catn.txt",
      ["박상돈 천안시장…. 문화, 첨단산업 \"천안의 새로운 미래 열겠다.\"", "2024-07-01T18:09+09:00", "최종룡", "시사종합뉴스", "44130"],
      [P],
      [
       ["문화적 자부심 제고 뿐만아니라 스마트도시 등 첨단·미래산업을 중심으로 하여 천안의 새로운 미래를 구축하겠다", P, D, ["smart-city", "culture-tourism"], "plan"],
       ["380억 원 규모의 스마트도시를 조성을 추진하고 있다", None, D, ["smart-city"], "statement"],
       ["31만2000여 명의 국내외 관광객을 끌어모으며 세계박람회로 도약할 가능성을 확인했다는 설명이다", P, D, ["culture-tourism"], "achievement"],
       ["시내버스 노선 전면 개편, 지능형교통체계(ITS) 확대 등 스마트 교통혁신 체계도 구축했다", P, D, ["public-transit", "smart-city"], "achievement"],
       ["스타트업 특례보증,국립치의학연구원 설립, 외국인 투자기업 간담회 등을 추진한다는 계획이다", None, D, ["startup-support", "research-development", "investment-attraction"], "plan"],
      ],
      ["문화적 자부심 제고 , 스마트도시 등 첨단·미래산업 중심",
       "앞으로 2년 현장 중심의 의견을 청취하고 수요자 중심의 정책을 실천해 나가겠다",
       "오직 시민의 어려움을 해결하고 천안의 새로운 미래를 열어가는 길에 모든 힘을 다하겠다"])
