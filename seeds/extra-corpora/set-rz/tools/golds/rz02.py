K = "kim-seong-hwan"
GOLD = {
    "article": "rz-02-hankyung.txt",
    "metadata": {
        "headline": None,
        "published": None,
        "reporter": None,
        "outlet": "한국경제",
        "jurisdiction": "11350",
    },
    "officials": [K],
    "not_claims": [
        "노원구를 독일 프랑크푸르트처럼 한국의 환경 메카로 만들겠습니다",
        "초록 식물로 덮어 실내 기온을 낮추는 ‘녹색커튼’ 설치를 확대하고 있다",
        "올해 학교와 공공기관 등 13곳에 추가 설치돼 22곳으로 늘었다",
        "도심 속 푸른 녹지는 구민들에게 심리적 안정감을 주면서",
    ],
}
CLAIMS = [
    ("프랑크푸르트에선 에너지 효율을 극대화하기 위해 건물을 지을 때 단열재와 삼중창을 의무적으로 설치해야 한다", K, None, ["energy-transition"], "statement"),
    ("국내에서는 노원구에 국내 최초로 짓고 있는 제로에너지 주택이 첫 사례", K, None, ["energy-transition"], "achievement"),
    ("‘녹색이 미래다’를 캐치프레이즈로 정하고 친환경 도시 만들기에 주력해 왔다", None, None, ["climate-carbon"], "statement"),
    ("가정에서 쓸 전기를 보충하는 ‘미니 태양광’ 사업도 진행 중이다", None, None, ["energy-transition"], "statement"),
    ("260W급 미니 집열판을 설치하면 양문형 냉장고 한 달 전력소비량", None, None, ["energy-transition"], "statement"),
    ("가장 많은 3400여 개 태양광을 설치했다", None, None, ["energy-transition"], "achievement"),
    ("아파트라서 미니 집열판 활용도가 높다", K, None, ["energy-transition"], "statement"),
    ("내년까지 전체 가구의 10%까지 확대하는 게 목표", K, None, ["energy-transition"], "target"),
    ("제로에너지 주택 단지를 노원구 환경 정책의 핵심으로 꼽았다", K, None, ["energy-transition"], "statement"),
    ("단지 규모로 제로에너지 주택을 짓는 건 국내 최초이기", K, None, ["energy-transition"], "achievement"),
]
