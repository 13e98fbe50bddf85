from gold_lib import write

D_EVENT = "2019-03-12"  # '3월 12일 회의를 개최'
D_PUB = "2019-03-13"    # 작성일
write(
    "sc-06-busan.txt",
    {"headline": "- 미세먼지 저감 대책 마련을 위한 -전문가․시민단체로 구성된 프로젝트 회의 개최",
     "published": "2019-03-13", "reporter": "권정미", "outlet": "부산광역시", "jurisdiction": "26"},
    ["oh-keo-don"],
    [
        ("전문가 및 시민단체 등으로 TF를 구성하여 3월 12일 회의를 개최하였다", None, D_EVENT, ["fine-dust"], "achievement"),
        ("미세먼지의 경우 부산시는 겨울에 북서풍의 영향으로", None, D_PUB, ["fine-dust"], "statement"),
        ("배출원별로 보면 겨울에는 자동차 등 도로이동오염원의 영향이 가장 크고", None, D_PUB, ["fine-dust"], "statement"),
        ("부산시만의 자체 배출원별 배출량 상세조사가 반드시 필요하다면서", None, D_EVENT, ["fine-dust"], "plan"),
    ],
    [
        "부산시 미세먼지 저감 대책 보완을 위한 전문가 및 시민단체로 구성된 프로젝트 회의",
        "좀 더 나은 보완 대책 마련을 위한 2차 회의 개최 계획",
        "이전 보도자료",
        "미세먼지 저감 대책 마련을 위한 -전문가",
    ],
)
