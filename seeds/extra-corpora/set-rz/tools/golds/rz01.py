D = "2012-07-20"
GOLD = {
    "article": "rz-01-mbn.txt",
    "metadata": {
        "headline": "서울 구청장들 \"무상보육 지원없으면 중단 불가피\"",
        "published": "2012-07-20T11:11+09:00",
        "reporter": "윤범기",
        "outlet": "MBN",
        "jurisdiction": "11",
    },
    "officials": [],
    "not_claims": [
        "서울 구청장들 \"무상보육 지원없으면 중단 불가피\"",
        "MBN뉴스 윤범기입니다.",
    ],
}
CLAIMS = [
    ("정부의 무상보육 정책이 또다시 중단 위기를 맞았습니다", None, D, ["childcare-birth"], "statement"),
    ("이번에는 서울의 구청장들이 나서서 예산 부족을 호소했습니다", None, D, ["childcare-birth"], "statement"),
    ("서울시 25개 자치구 구청장들이 무상보육 예산을 조속히 지원하라고 촉구했습니다", None, D, ["childcare-birth"], "plan"),
    ("재원 마련을 지방정부에 떠넘기고 있다는 것입니다", None, D, ["childcare-birth"], "criticism"),
    ("세입 감소와 복지비 증가 등으로 재정에 여력이 없다는 입장입니다", None, D, ["childcare-birth", "welfare"], "statement"),
    ("무상교육 분담금은 6천6백억 원 규모이며", None, D, ["childcare-birth"], "statement"),
    ("0∼2세 무상보육 정책이 이르면 오는 10월부터 중단될 수 밖에 없다고 경고했습니다", None, D, ["childcare-birth"], "statement"),
    ("올해까지는 무상보육을 유지한다는 방침이지만", None, D, ["childcare-birth"], "plan"),
]
