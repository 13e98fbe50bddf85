import sys; sys.path.insert(0, '/work/blind/set-rn/tools')
from gold_lib import C, write
D = "2025-05-27"; E = ["energy-transition"]
write("rn-02-mpmbc.txt",
      {"headline": "“햇빛 받으며 연금 받는다”… 이젠 바람도",
       "published": "2025-05-27T09:40:24+09:00", "reporter": "문연철", "outlet": "목포MBC", "jurisdiction": "46910"},
      [],
      [
        C("태양광 발전사업이 주민들의 새로운 소득 모델로 자리잡고 있습니다", None, D, E, "achievement"),
        C("‘햇빛연금’을 핵심 공약으로 내세우면서, 이 사업에 대한 전국적인 관심도", None, D, E, "statement"),
        C("넓게 펼쳐진 염전 위를 태양광 패널이", None, D, E, "statement"),
        C("신안군 비금도에 설치된 200메가와트 규모의 태양광 발전소.", None, D, E, "statement"),
        C("단일 규모로는 전국 최대입니다", None, D, E, "statement"),
        C("3천여 주민들이 협동조합을 통해 직접 참여하고 수익을 나누는 방식으로 운영되고 있습니다", None, D, E, "statement"),
        C("주민들은 신안군 이익공유제를 통해 기본 수익을 챙기고", None, D, E, "statement"),
        C("또 지역화폐로 분기마다 지급돼 주민은 물론 식당과 상점 등 소상공인들도", None, D, E + ["small-merchants"], "achievement"),
        C("실질적으로 받다보니 실감도 많이 나고", None, D, E, "achievement", "이현의"),
        C("태양광 발전시설의 운영 기간은 최소 20년으로", None, D, E, "statement"),
        C("120메가와트 규모의 추가 발전소 건설도 추진되면서, 앞으로 주민 수익은 더 늘어날 전망입니다", None, D, E, "plan"),
        C("6개 섬 협동조합에 참여한 주민이 1만6천3백여 명에 이릅니다", None, D, E, "achievement"),
      ],
      ["“햇빛 받으며 연금 받는다”… 이젠 바람도",
       "문연철 기자입니다",
       "올해에만 이들이 받는 ‘햇빛연금’ 총액"])
