from gold_lib import C, write

L = "lee-seon-ho"
D = "2019-06-30"  # '30일 본보와의 인터뷰' = publication day
write(
    "ri-02-ujeil.txt",
    headline="“6차 산업 활성화로 소득증대”",
    published="2019-06-30T19:34+09:00",
    reporter="성봉석",
    outlet=None,
    jurisdiction="31710",
    officials=[L],
    claims=[
        C("6차 산업 활성화로 주민소득을 증대하겠다", L, D, ["agriculture"], "plan"),
        C("먼저 산재 전문 공공병원 유치다", L, D, ["public-health"], "achievement"),
        C("산재 전문 공공병원 부지가 우리 군 굴화리 공공주택지구로 확정돼", L, D, ["public-health"], "achievement"),
        C("투명한 열린 군정이 어느 정도 실현됐다고 본다", L, D, ["citizen-participation"], "achievement"),
        C("매주 수요일과 금요일 두 차례 ‘열린 군수실’을 운영했다", L, D, ["citizen-participation"], "achievement"),
        C("아파트 주민과의 대화로 다양한 방법으로 소통을 시도했는데", L, D, ["citizen-participation"], "achievement"),
        C("미래형 직업체험관 건립은 현실여건을 반영해", L, D, ["education"], "criticism"),
    ],
    not_claims=[
        "이선호 울주군청장 취임 1주년",
        "실현하는데 혼신의 노력을 다하겠다",
        "대부분의 공약이 순조롭게 잘 진행되고 있지만, 변경되거나 부진한 것도 있다",
    ],
)
