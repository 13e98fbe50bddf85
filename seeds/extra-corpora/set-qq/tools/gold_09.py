from g import w
w("qq-09-imaeil.txt", "달성군농업기술센터, 스마트농업 및 청년 귀농인 육성", None, None, "매일신문", "27710",
  [],
  [
   ("'함께하는 농촌, 힘차게 도약하는 달성 농업'이라는 슬로건을 정하고", None, None, ["agriculture"], "statement"),
   ("특히 달성군농업기술센터는 기후변화 대응 달성형 스마트농업 보급", None, None, ["agriculture", "climate-carbon", "youth-policy"], "statement"),
   ("최근 2년 동안 총사업비 2억3천여만원을 투입해 아열대과수 생산농가를 육성하고 있다", None, None, ["agriculture", "climate-carbon"], "statement"),
   ("지금까지 아열대과수 기술 전문교육을 통해 80여 명의 농업인을 양성했다", None, None, ["agriculture"], "achievement"),
   ("또 달성형 스마트팜 조성 지원사업을 추진하기 위해 올해 총사업비 6천만원을 투입했다", None, None, ["agriculture"], "statement"),
   ("1세대 하우스의 편의성 향상을 통한 2세대와의 혼합 적용이 이 사업의 목표다", None, None, ["agriculture"], "statement"),
  ],
  ["농업 기계화 통한 노동력 절감, 농촌융복합산업 활성화 등이 중점 사업", "아열대과수 생산농가 육성에 나서고 있다. 달성군 제공",
   "지속 가능한 미래농업인 육성에 나서고 있다. 달성군 제공", "◆기후변화 대응 달성형 스마트농업 보급"])
