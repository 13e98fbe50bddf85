Y = "yu-jong-pil"
D = "2014-08-05"
GOLD = {
    "article": "rz-05-donga.txt",
    "metadata": {
        "headline": "[수도권]유종필 관악구청장 “인문학이 흐르는 ‘지식 복지’ 1번지로”",
        "published": "2014-08-05T03:00+09:00",
        "reporter": None,
        "outlet": "동아일보",
        "jurisdiction": "11620",
    },
    "officials": [Y],
    "not_claims": [
        "인문학이 흐르는 ‘지식 복지’ 1번지로",
        "‘계단은 짧고 예술은 길다’라는 문구가 적혀있다",
        "이 문구들은 모두 유종필 관악구청장(57·새정치민주연합·사진)이 직접 지었다",
        "60.49%의 높은 득표율로 재선에 성공했다",
        "이제 배고픈 사람은 없지만 지식은 다릅니다",
        "유 구청장은 경제 청사진도 내보였다",
        "서울대입구역 주변을 서울 서남권의 경제, 교통, 문화 중심",
    ],
}
CLAIMS = [
    ("‘용 꿈꾸는 작은 도서관’이란 특이한 이름의 도서관이 있다", None, D, ["culture-tourism"], "statement"),
    ("그동안 펼친 다양한 지식 복지 사업이 주민들에게 직접적인 혜택으로 돌아가서일 것", Y, D, ["culture-tourism", "education", "welfare"], "achievement"),
    ("앞으로 관악구를 ‘도서관 도시’ ‘평행 학습의 도시’로 만들겠다", Y, D, ["culture-tourism", "education"], "plan"),
    ("유 구청장은 ‘지식 복지’를 강조했다", Y, D, ["welfare"], "statement"),
    ("취임 당시 4곳이었던 도서관이 이제 43곳으로 늘었다", None, D, ["culture-tourism"], "achievement"),
    ("39곳으로 도서를 배달해주는 서비스를 운영하며 지난해에만 이렇게 25만 권이 대출됐다", None, D, ["culture-tourism"], "achievement"),
    ("‘작은 도서관’을 안 하는 지자체는 거의 없어요", Y, D, ["culture-tourism"], "statement"),
    ("하지만 우리처럼 이렇게 많고, 앱으로 대출까지 되는 곳을 찾기는 힘들죠", Y, D, ["culture-tourism"], "achievement"),
    ("저는 지식이 배고픈 사람을 없게 하겠습니다", Y, D, ["welfare"], "plan"),
]
