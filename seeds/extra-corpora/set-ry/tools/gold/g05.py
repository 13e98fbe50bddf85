import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2019-11-21"
K = "hwang-myeong-seon"
write(
    "ry-05-monthlypeople.txt",
    {"headline": "황명선 논산시장 - '사람의, 사람을 위한, 사람에 의한 따뜻한 동고동락 논산‘ 만드는 일에 집중",
     "published": "2019-11-21T09:25+09:00", "reporter": "문채영", "outlet": None, "jurisdiction": "44230"},
    [K],
    [
        C("진정한 풀뿌리 주민자치 실현을 위한 마을공동체 복원까지", None, D, ["citizen-participation"], "achievement"),
        C("논산은 대한민국 최고의 관광, 국방 산업 도시로 급부상하며", None, D, ["culture-tourism"], "achievement"),
        C("지방자치가 시작되면서 가장 중요한 가치는 자치분권으로 떠오르고 있습니다", K, D,
          ["decentralization"], "statement"),
        C("이러한 자치와 분권의 실현을 위해서는 주민들의 자치역량 강화와 공동체 복원이 필요하며", K, D,
          ["decentralization", "citizen-participation"], "plan"),
    ],
    [
        "3,400억 원에 불과했던 시 예산은 1조 원을 바라보고 있다",
        "사람의, 사람을 위한, 사람에 의한 따뜻한 동고동락 논산을 만들어 나가는 일에 집중해야 할 때인 것이다",
        "논산시의 역점 사업과 현안은 무엇인가요?",
        "대전·충남 특집",
    ],
)
