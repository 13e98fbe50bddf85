P = "park-u-seop"
D = "2016-01-08"
GOLD = {
    "article": "rz-04-mediaic.txt",
    "metadata": {
        "headline": "박우섭 인천남구청장 신년 인터뷰",
        "published": "2016-01-08T16:52+09:00",
        "reporter": "이경식",
        "outlet": None,
        "jurisdiction": "28170",
    },
    "officials": [P],
    "not_claims": [
        "한 아이를 키우기 위해서는 온 마을이 필요합니다",
        "‘착한 사람들이 잘 살 수 있는 남구’를 만들기 위해 박차를 가하고 있다",
        "우리 남구는 지난 10년동안 쇠퇴라는 길고도 어두운 터널을 지나왔다",
        "이제 그 터널을 빠져 나올 수 있는 희망이 보인다",
        "이 모든 것에는 신뢰와 협동이라는 핵심가치가 관통해야 한다",
        "모든 사업들이 결실을 맺기 위해서는 구민 여러분의 적극적인 참여와 아낌 없는 지원이 있어야 가능하다",
    ],
}
CLAIMS = [
    ("2016년 중점정책을 ‘교육혁신 정착의 해’로 정하고", P, D, ["education"], "plan"),
    ("남구의 비전을 ‘사람존중의 복지도시, 문화중심의 창조도시’로 정하고", P, D, ["welfare", "culture-tourism"], "statement"),
    ("평생교육, 구민건강, 사회복지, 지역개발, 주민안전 등 다양한 분야의 사업을 추진할 계획이다", None, D, ["education", "public-health", "welfare", "disaster-safety"], "plan"),
]
