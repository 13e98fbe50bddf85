from gold_lib import C, write
P = "park-heong-joon"; D = "2022-05-24"; PUB = "2022-05-25"
write("rw-01-newspim.txt",
      {"headline": "[부산시장 GO!] ②박형준 \"가덕도는 물류 공항...2030 엑스포 유치 전제조건\"",
       "published": "2022-05-25T09:26+09:00", "reporter": "윤채영", "outlet": "뉴스핌", "jurisdiction": "26"},
      [P],
      [
       C("2030 부산월드엑스포 유치를 위한 전제 조건은 그 해에 가덕도신공항을 개항하는 겁니다", P, D, ["airport-relocation"], "plan"),
       C("가덕도신공항은 사람들이 오인하는 것과 달리 '여객 공항'이 아니라 '물류 공항'이라고 말했다", P, D, ["airport-relocation"], "statement"),
       C("그러면서 물류 공항의 필요성을 강조했다", P, D, ["airport-relocation"], "statement"),
       C("지금처럼 인천 공항만 운영하게 되면 수도권 발전만 계속 집중된다", P, D, ["airport-relocation", "decentralization"], "statement"),
       C("가능한 빨리 가덕도신공항을 완공해야 집중 문제를 해소할 수 있다", P, D, ["airport-relocation", "decentralization"], "plan"),
       C("가덕도신공항 개항 시기는 2035년이라는 결과가 나왔다", None, PUB, ["airport-relocation"], "statement"),
       C("2030엑스포 개최 전 조기 개항할 수 있는 해법을 내놓고 있다", None, PUB, ["airport-relocation"], "statement"),
       C("박 후보는 '플로팅 공법'을 제시했다", P, D, ["airport-relocation"], "plan"),
      ],
      ["가덕도는 물류 공항...2030 엑스포 유치 전제조건",
       "가덕도신공항은 물류 공항...인천 집중 해소해야",
       "엑스포 개최 전 '플로팅 공법'으로 조기 개항 추진",
       "15분 도시 등...생활 밀착형 공약도",
       "2030 엑스포 개최 전까지 가덕도신공항을 개항해야 한다고 말했다",
       "현재 항공 물류 기능은 인천에 98% 정도 몰려있다",
       "전세계적으로 플로팅 공항은 하나도 없다"])
