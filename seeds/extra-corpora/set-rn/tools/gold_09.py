import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
D = "2025-09-16"; K = "kim-gwan-yeong"; Y = ["youth-policy"]
write("rn-09-gunsanews.txt",
      {"headline": "김관영 도지사, 군산에서 시민과 지역 발전 미래 모색하다",
       "published": "2025-09-17T17:24:47+09:00", "reporter": "황진", "outlet": "군산신문", "jurisdiction": "52"},
      [K],
      [
        C("군산을 찾아 청년세대의 현실적 고민과 전북 미래 비전을 공유했다", K, D, Y, "statement"),
        C("전북특별자치도 출범 이후 변화와 도전의 이유를 소개하며", K, D, ["decentralization"], "statement"),
        C("전북이 가진 신재생에너지, K-문화 등 잠재적 강점을 강조하며 이를 토대로 청년들에게 더 많은 기회가 창출될 수 있음을 설명했다", K, D, ["energy-transition", "culture-tourism", "youth-policy"], "statement"),
        C("청년들이 지역에 머물 수 있도록 적극 지원을 아끼지 않겠다는 의지를 전했다", K, D, Y, "plan"),
      ],
      ["군산대 토크콘서트서 “청년이 머무는 전북 만들겠다” 강조",
       "‘명사와 함께하는 토크콘서트’를 진행했다",
       "청년 세대와 지역 발전의 미래를 모색하는 의미있는 시간이 됐다",
       "2036 하계 올림픽 유치를 위한 노력, 청년 지원 정책 등 다양한 주제가 다뤄졌다",
       "지역 발전 방향에 대해 한층 가까이 이해할 수 있었다"])
