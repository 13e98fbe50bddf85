from gold_lib import write

S = "jang-chung-nam"
D = "2018-07-19"   # 승인 2018.07.19 (the first line '2024-03-29 05:42 (금)' is the page's clock, not the article date)
write(
    "sc-07-gnmaeil.txt",
    {"headline": "장충남 남해군수 인터뷰", "published": "2018-07-19T23:00+09:00", "reporter": "박성렬",
     "outlet": None, "jurisdiction": "48840"},
    [S],
    [
        ("갈사만과 연계한 신재생 산업단지 개발과 남해안 관광 인프라 확충", S, D,
         ["energy-transition", "culture-tourism", "agriculture"], "plan"),
        ("숙의민주주의 실천을 통해 소통과 화합의 장을 여는 남해를 만들겠다는 포부도 밝혔다", S, D,
         ["citizen-participation"], "plan"),
        ("일자리 만드는 산업경제, 다시 찾는 해양관광, 청년이 찾아오는 행복 남해", S, D,
         ["jobs", "culture-tourism", "youth-policy", "welfare", "citizen-participation"], "statement"),
        ("융합산업 육성으로 꿈이 있는 일자리를 창출하고 정들어 다시 찾는 체류형 명품 관광 남해 조성", S, D,
         ["jobs", "culture-tourism"], "plan"),
    ],
    [
        "2024-03-29 05:42 (금)",
        "남해 경제에 새 활력 불어넣을 터",
        "친환경 제조업ㆍ신재생 에너지",
        "바다목장 확대ㆍ스마트 양식장",
        "해저터널 연계 KTX 남해역 유치",
        "‘부끄러움 없는 살맛 나는 남해, 행복한 남해건설’을 약속했다",
        "앞으로 펼칠 민선 7기 군정 방향은",
        "가치와 지향점이 다른 사람과도 마음의 장벽을 허물고 허심탄회하게 대화하겠다",
    ],
)
