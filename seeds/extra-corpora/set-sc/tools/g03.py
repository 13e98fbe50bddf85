from gold_lib import write

S = "eom-yong-su"
D = None   # the text prints no publication date (content: mid-2013, 민선5기 남은 1년)
write(
    "sc-03-gnmaeil.txt",
    {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "48270"},
    [S],
    [
        ("총 660만㎡(200여만 평)의 산업단지를 조성해서 밀양의 성장 동력을 갖고자 하는 게 저희의 목표였으며", S, D,
         ["investment-attraction"], "target"),
        ("사포일반산업단지와 춘화농공단지는 완공해 39개 기업이 가동됐고", S, D, ["investment-attraction"], "achievement"),
        ("나노국가산업단지 조성을 위해 연말까지 지정을 꼭 받아서", S, D, ["investment-attraction"], "plan"),
        ("신국제 공항을 반드시 밀양에 유치하도록 온 힘을 기울이겠으며", S, D,
         ["airport-relocation", "investment-attraction"], "plan"),
    ],
    [
        "반드시 밀양에 유치하도록 온 힘을 기울이겠다\"",
        "밀양시의 성장기반을 다듬는데 최선을 다했다",
        "그의 입을 통해 민선5기 남은 1년 시정계획을 듣는다",
        "공직 내부의 청렴 문제와 대민 서비스 관계에 나름대로 힘을 썼지만 부족한 점이 많았다고 생각한다",
        "각종 사업을 잘 마무리해서 시민에게 희망을 주는 시정을 펼쳐 나갈 계획이다",
    ],
)
