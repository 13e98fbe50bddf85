from gold_lib import C, write

H = "heo-seong-mu"
D = "2020-06-16"  # '16일' 기자간담회 (published 2020-06-17 02:51)
write(
    "ri-08-gnmaeil.txt",
    headline="\"녹슬어가는 도시, 다시 빛나는 도시로 만들 것\"",
    published="2020-06-17T02:51+09:00",
    reporter="강보금",
    outlet=None,
    jurisdiction="48120",
    officials=[H],
    claims=[
        C("국가산단의 스마트화, 강소연구개발특구, 스마트 무인선박 규제자유특구 지정 등", H, D,
          ["research-development", "fourth-industrial-revolution"], "achievement"),
        C("재료연구소의 `원` 승격과 역대 최대 규모의 투자유치로 자본을 끌어 모았다", H, D,
          ["research-development", "investment-attraction"], "achievement"),
        C("4차 산업의 선제적인 생태계 확장이 있었다", H, D,
          ["energy-transition", "fourth-industrial-revolution", "robot-industry"], "achievement"),
        C("`자족형 복합행정타운 조성`을 비롯해", None, D, ["city-hall"], "achievement"),
    ],
    not_claims=[
        "2024-04-20 17:48 (토)",
        "수소ㆍ방위 등 4차산업 선제 확장",
        "강소연구개발특구 등 성과",
        "특례시 실현ㆍ인구감소 아쉬움",
        "허성무 창원시장이 16일 민선 7기 2주기를 맞아 기자간담회를 갖고 있다",
        "녹슬어가는 도시를 다시 빛나는 도시로 만들기 위해 `혁신`이라는 방법으로 노력해 나갈 것이다",
        "제조업의 쇠퇴와 조선, 자동차 등 관련 산업의 쇠락으로 침체에 빠지게 됐다",
        "미래 먹거리를 향한 항해도 시작됐다",
    ],
)
