import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
D = "2017-11-15"; K = "kang-in-gyu"
write("rn-04-ytn.txt",
      {"headline": "천년 역사 도시에서 에너지 신산업 메카로",
       "published": "2017-11-15", "reporter": "김범환", "outlet": "YTN", "jurisdiction": "46170"},
      [K],
      [
        C("나주가 혁신도시 덕분에 천 년 역사 도시에서 에너지 신산업의 메카로 발돋움하고 있습니다", None, D, ["decentralization", "energy-transition"], "achievement"),
        C("한국전력이 추진하는 에너지 밸리에, 문재인 대통령 공약으로 한전 공과대학까지 추진되고 있습니다", None, D, ["energy-transition", "education"], "statement"),
        C("16개의 공공기관이 둥지를 튼 광주 전남 공동혁신도시입니다", None, D, ["decentralization"], "statement"),
        C("바로 이곳 혁신도시 덕분인데요", None, D, ["decentralization"], "achievement"),
        C("에너지 밸리 조성을 적극적으로 추진하면서 기업유치도 청신호가 켜졌습니다", None, D, ["energy-transition", "investment-attraction"], "achievement"),
        C("이미 에너지 밸리 조성에 2백여 개 업체가 투자하겠다고 업무협약을 마쳤습니다", None, D, ["energy-transition", "investment-attraction"], "achievement"),
        C("산업단지는 입지가 좋아 40% 이상 분양됐습니다", None, D, ["investment-attraction"], "achievement"),
        C("'한전 공과대학' 설립까지 공약하면서 에너지 신산업 클러스터 조성에 날개를 달아주게 됐습니다", None, D, ["education", "energy-transition"], "statement"),
        C("한전 공대의 유치를 위해서 저희가 발 빠르게 많은 노력을 한 것은 사실입니다", K, D, ["education"], "achievement"),
        C("이것은 나주 사람이라면 누구나 다 나서서 꼭 해내야 한다는 생각을", K, D, ["education"], "plan"),
        C("나주시의 사업은 에너지 연구단지와 2차 전지 생태계 등 모두 18가지에", None, D, ["research-development", "energy-transition"], "statement"),
        C("예산 1조 원, 인구 15만 명을 향한 나주시의 꿈이 영글어 가고 있습니다", None, D, ["decentralization", "energy-transition", "education"], "target"),
      ],
      ["천년 역사 도시에서 에너지 신산업 메카로 / YTN",
       "김범환 기자가 보도합니다",
       "나주시의 인구가 지난해 12년 만에 다시 10만 명을 넘어섰습니다"])
