META = {"headline": "[KBS 이슈대담 구복규 화순군수 특별출연] “화순군, 주거·관광·바이오산업으로 젊은 인구 유입 촉진”", "published": None, "reporter": None, "outlet": None, "jurisdiction": "46790"}
OFFICIALS = ["gu-bok-gyu"]
G = "gu-bok-gyu"
CT = "culture-tourism"
CLAIMS = [
 ("현재 인구 감소에도 불구하고 주거정책과 관광 인프라 개선을 통해 젊은 인구 유입을 성공적으로 추진하고 있다고", None, None, ["housing", CT], "achievement"),
 ("음악 분수로 많은 관광객들이 방문하고 있다고 설명했다", G, None, [CT], "statement"),
 ("관광 인프라 확충을 통해 인구 소멸을 막고 광주와의 연계성을 강화하고자 한다", G, None, [CT], "plan"),
 ("고인돌 세계문화유산 지역이 올해 140만 명의 관광객이 방문하는 성과를 이루었다", G, None, [CT], "achievement"),
 ("청년들에게 1만 원에 제공하는 방식으로, 결혼과 일자리 창출을 촉진하기 위한 것", G, None, ["housing", "youth-policy", "jobs"], "statement"),
 ("이는 전국적으로 호평 받고 있으며 여러 시군이 벤치마킹하고 있다", G, None, ["housing"], "achievement"),
 ("또 다른 정책인 다문화 가족 지", None, None, ["welfare"], "statement"),
]
NOT_CLAIMS = [
 "인구 감소에도 불구하고 주거정책과 관광 인프라 개선을 통해 젊은 인구 유입을 성공적으로 추진\" -",
 "화순군 구복규 군수가 ‘KBS 이슈대담’에 특별 출연하여 주목을 받았다",
 "구복규 화순군수는 최근 준공식을 마친 개미산 전망대에서 앵커와의 인터뷰에 응했다",
]
