from gold_lib import C, write

D = "2017-02-08"  # '8일 창녕군에 따르면' = publication day
write(
    "ri-09-ajunews.txt",
    headline="창녕군, 관광기반 시설확충에 한발 더 다가섰다.",
    published="2017-02-08T14:44+09:00",
    reporter="박신혜",
    outlet="아주경제",
    jurisdiction="48740",
    officials=[],
    claims=[
        C("2만개 일자리 창출, 3백만명 관광객 증가 유치를 목표로", None, D, ["jobs", "culture-tourism"], "target"),
        C("셋째 아이부터 800만원을 지급하는 출산장려지원 및 700만원을 지급하는 영농정착금지원", None, D,
          ["childcare-birth", "agriculture"], "achievement"),
        C("관광객 증가 유치 목표 달성에도 끈을 늦추지 않고 있다", None, D, ["culture-tourism"], "target"),
        C("잠시 주춤해진 관광객을 맞이할 준비도 분주하다", None, D, ["culture-tourism"], "statement"),
        C("관광객 120만명 유치를 목표로 볼거리 제공에 총력을 기울이고 있다", None, D, ["culture-tourism"], "target"),
        C("우포늪 진입로 관광 테마거리 조성 사업인 '우포늪 1080필드 뮤지엄'", None, D,
          ["culture-tourism", "agriculture"], "plan"),
    ],
    not_claims=[
        "관광기반 시설확충 우포늪생태체험장[사진=창녕군]",
        "창녕군은 민선6기 뉴 행복군민 1ㆍ2ㆍ3 프로젝트의 완성도를 높이고 있다",
        "영남일반산업단지 사업계획이 승인되면서 본격적인 개발에 나섰고",
    ],
)
