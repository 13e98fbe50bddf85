from gold_lib import C, write
D = "2021-01-01"   # byline '김종효 2021. 1. 1. 08:00'; no event day -> publication day
write("rv-08-newsis.txt",
      {"headline": "[신년인터뷰]유진섭 정읍시장 \"정향누리 향기도시, 정읍의 정체성\"", "published": "2021-01-01T08:00+09:00",
       "reporter": "김종효", "outlet": "뉴시스", "jurisdiction": "45180"},
      ["yu-jin-seop"],
      [
          C("입암면 농공단지에 둥지를 튼 ㈜다원시스가 전동차 생산라인의 본격적인 가동을 시작했다", None, D,
            ["investment-attraction"], "achievement"),
          C("신정동 첨단과학산업단지는 전년 대비 2배 가까이 상승한 62%의 분양률을 나타내고 있고", None, D,
            ["investment-attraction", "culture-tourism"], "achievement"),
          C("'국민연금공단연수원'까지 굵직굵직한 기관들을 유치해 인근 자치단체의 부러움을 사기도 했다", None, D,
            ["investment-attraction"], "achievement"),
      ],
      ["[신년인터뷰]유진섭 정읍시장 \"정향누리 향기도시, 정읍의 정체성\"",
       "민선 7기 전북 정읍시를 이끌어 가는 '유진섭호'가 순항하고 있다.",
       "유진섭 시장은 지역 발전을 책임질 성장동력의 제 구실을 위해 성장배경을 조성하는데 전력을 쏟는다.",
       "-'정향누리 향기공화국'에 대해 시민들의 이해가 조금 부족한 것 같다. 설명해 달라.",
       "가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 다음뉴스를 만나보세요."])
