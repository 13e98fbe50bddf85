A = ["agriculture"]
GOLD = {
    "article": "rz-03-g1tv.txt",
    "metadata": {
        "headline": "홍천 '귀농.귀촌 1번지'",
        "published": None,
        "reporter": "정동원",
        "outlet": "G1방송",
        "jurisdiction": "42720",
    },
    "officials": [],
    "not_claims": [
        "홍천 '귀농.귀촌 1번지'",
        "이종상씨는 서울에서 직장생활을 하다 4년전에 귀촌했습니다",
        "처음 2년 동안 농업기술센터를 빠짐없이 다니며 재배기술을 배우고",
        "행복한 농부가 되고자하는 소박한 꿈을 가지고",
        "지금은 오미자와 산채 농장까지 조성했습니다",
    ],
}
CLAIMS = [
    ("홍천군이 도내 귀농.귀촌 1번지로 떠오르고 있습니다", None, None, A, "achievement"),
    ("전담 TF팀까지 꾸린 세심한 행정 지원이 효과를 거두고 있는데요", None, None, A, "achievement"),
    ("인구 늘리기에도 일등 공신이어서, 타 시.군에도 좋은 사례가 되고 있습니다", None, None, A, "achievement"),
    ("지난해 천49명으로 3년 연속 천명을 넘어섰습니다", None, None, A, "achievement"),
    ("오는 2022년까지 5천 세대, 만명 유입이 목표입니다", None, None, A, "target"),
    ("도내에서는 처음으로 귀촌귀농 업무를 전담하는 T/F팀도 만들었고", None, None, A, "achievement"),
    ("귀농귀촌인 천명 이상을 목표로 귀농귀촌 학교 운영과 귀농귀촌 멘토링 사업 추진에 전력을 다하고자 합니다", None, None, A, "target"),
    ("귀농.귀촌 사업에 집중하면서, 현재 인구 7만4천명을 회복하며 시 승격을 준비하고 있습니다", None, None, A, "achievement"),
]
