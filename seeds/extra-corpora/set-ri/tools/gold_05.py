from gold_lib import C, write

S = "suh-byung-soo"
write(
    "ri-05-busan.txt",
    headline="서병수 부산시장, 부산 대학생과 통했다",
    published=None,  # the newsletter issue (제1666호) prints no date; '지난 2일' cannot be resolved
    reporter=None,
    outlet="다이내믹 부산",
    jurisdiction="26",
    officials=[S],
    claims=[
        C("'일자리·시민생활안전·도시재생'이라는 3대 핵심정책에 시정 역량을 집중해 나갈 것이라고 밝혔습니다", S, None,
          ["jobs", "disaster-safety", "urban-regeneration"], "plan"),
        C("좋은 일자리 20만개 창출을 위한 마스트플랜을 본격적으로 펼쳐나갈 계획이라며", S, None,
          ["jobs", "culture-tourism"], "target"),
    ],
    not_claims=[
        "일자리·청년 문제 등 주제, 400여명 참석",
        "일자리 창출과 부산 비전, 청년 문제 등을 주제로 소통했습니다",
        "'일자리 대책' 등 궁금한 질문을 적은 종이비행기를",
        "'사람과 기술, 문화로 융성하는 부산'을 힘껏 열어가겠다고 말했습니다",
        "신경제부흥정책을 적극 발굴·추진하고 글로벌 도시 경쟁력도 한층 강화시켜 나갈 계획이라고 덧붙였습니다",
        "대학생들의 가장 큰 관심사인 일자리 창출에 대해서도 진솔하게 소통했습니다",
    ],
)
