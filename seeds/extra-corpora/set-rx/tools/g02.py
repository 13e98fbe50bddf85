from gold_lib import C, write

D = "2019-11-19"  # 도정질문 '19일' = publication day
W = "won-hee-ryong"
CFI = ["climate-carbon", "energy-transition"]
O = "오대익"
write(
    "rx-02-jejuilbo.txt",
    "제주도 추진 카본 프리 아일랜드 프로젝트 달성 놓고 공방",
    "2019-11-19T17:15+09:00", "부남철", None, "50", [W],
    [
        C("카본 프리 아일랜드(탄소없는 섬) 2030 프로젝트 달성 여부를 놓고 공방이 벌어졌다", None, D, CFI, "statement"),
        C("이산화탄소 33.9% 감축 등을 주요 내용으로 하는 카본 프리 아일랜드 프로젝트를 추진하고 있는데 과연 가능한가", None, D, CFI, "criticism", O),
        C("분야 별로 따져보면 이뤄질 수 없는 꿈이라는 생각이 든다", None, D, CFI, "criticism", O),
        C("신재생에너지 설비 도입을 목표로 하고 있는데 8년 동안의 보급률을 보면 실적이 너무 저조해", None, D, ["energy-transition"], "criticism", O),
        C("풍력이 주저 앉았는데 과연 앞으로 나갈 수 있겠는가", None, D, ["energy-transition"], "criticism", O),
        C("전체적으로 가능하다고 본다", W, D, CFI, "statement"),
        C("분야 별 중간계획에서 달성시점 못 한 것이 있어서 수정계획을 세웠고", W, D, CFI, "statement"),
        C("해상과 육상 풍력의 확대를 통해서 달성이 되도록 돼 있다", W, D, ["energy-transition"], "plan"),
        C("풍력이 계획대로 되지 않으면 차질이 생긴다", W, D, ["energy-transition"], "statement"),
    ],
    [
        "제주도 추진 카본 프리 아일랜드 프로젝트 달성 놓고 공방",
        "제378회 제2차 정례회 제3차본회의 오대익 의원",
    ],
)
