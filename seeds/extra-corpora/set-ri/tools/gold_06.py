from gold_lib import C, write

write(
    "ri-06-gaok.txt",
    headline="경상남도 2018년도 주요시책으로 도민이 행복한 도정 실현",
    published=None,  # undated webzine page (URL folder 201801; not used)
    reporter=None,
    outlet=None,
    jurisdiction="48",
    officials=[],
    claims=[
        C("남부내륙철도 건설, 가야사 연구복원 등의 전략사업들을 조속히 실현하고", None, None,
          ["public-transit", "culture-tourism", "citizen-participation"], "plan"),
        C("ICT 융·복합 스마트 혁신산업단지로 전환하고, 4차 산업혁명의 전진 기지로서", None, None,
          ["fourth-industrial-revolution"], "plan"),
        C("서부의 한방, 동부의 양방, 남부의 해양항노화산업을 유기적으로 결합하여", None, None,
          ["medical-industry"], "plan"),
        C("올해 일자리 예산을 대폭 확대하고 다양한 시책을 추진한다", None, None, ["jobs"], "plan"),
        C("청년창업지원, 청년상생공제 등의 경남형 청년일자리 정책을 확대하고", None, None,
          ["jobs", "youth-policy", "startup-support"], "plan"),
        C("조선업 위기를 극복하고 고용 안", None, None, ["jobs"], "plan"),
    ],
    not_claims=[
        "항공국가산단, 나노융합국가산단이 정부 최종승인을 받은 데 이어",
        "3개 국가산단 조성과 창원국가산단 구조 고도화를 중심으로 성장 모멘텀을 확보한다는 전략이다",
        "연초 승인될 것으로 예상되는 거제해양플랜트산단의 조성에도 만전을 기하고 있다",
        "도민이 행복한 도정 실현",
    ],
)
