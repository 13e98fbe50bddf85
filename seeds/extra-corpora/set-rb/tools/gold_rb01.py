from write_gold import write
S = "lee-seon-ho"; D = "2019-07-24"
write("rb-01-nocutnews.txt",
      (None, "2019-07-24T17:20+09:00", None, "울산CBS", "31710"),
      [S],
      [
       ("산재전문공공병원을 울주군이 유치했고, 또 원전해체연구소가 울주군에 들어왔습니다", S, D, ["public-health", "energy-transition", "research-development"], "achievement"),
       ("산재병원 부지가 울주군 굴화리에 확정됐고요", S, D, ["public-health"], "achievement"),
       ("울주군민과 울산시민이 제대로 된 의료혜택을 볼 수 있다고 생각합니다", S, D, ["public-health"], "statement"),
       ("원전해체연구소는 울산의 먹거리, 대한민국의 먹거리가 될 수 있다고 생각하고요", S, D, ["energy-transition", "research-development"], "statement"),
       ("원전 해체 분야는 2050년까지 440조원이라는 시장규모가 형성될 것으로 예상됩니다", S, D, ["energy-transition"], "statement"),
       ("그래서 울산시와 울주군의 먹거리라고 생각합니다", S, D, ["energy-transition"], "statement"),
       ("열린군수실을 통해 수많은 주민들을 만나고 있습니", S, D, ["citizen-participation"], "statement"),
       ("또 다양한 방법으로 주민들과 대화하고 있습니다", S, D, ["citizen-participation"], "statement"),
      ],
      ["산재전문공공병원·원전해체연구소 유치 성과", "주민 목소리 귀기울이려 열린군수실 운영",
       "아이 키우기 좋은 도시·일자리 창출 집중", "공약인 '청소년 사회 진출 지원금' 축소 아쉬워",
       "체류형 관광지 육성·6차 산업단지 조성 목표",
       "주요 정책을 들어보는 시간을 마련했습니다"])
