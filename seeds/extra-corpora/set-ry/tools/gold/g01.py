import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2023-10-06"
K = "kim-yung-hwan"
write(
    "ry-01-mbn.txt",
    {"headline": "[네트워크 특별대담] 김영환 충북지사 \"충북, 대한민국 중심으로 만들 것\"",
     "published": "2023-10-06T09:10+09:00", "reporter": None, "outlet": None, "jurisdiction": "43"},
    [K],
    [
        C("그런 문제는 여기 충청북도에 있고 그거를 여기서 해결함으로써", K, D,
          ["childcare-birth", "decentralization", "agriculture"], "statement"),
        C("일정한 성과도 있었지만, 아직 조금 더 도달해야 할 목표가 있고", K, D,
          ["childcare-birth", "decentralization", "agriculture"], "statement"),
        C("충북도가 지난 1년여 동안 투자 유치 36조 원을 달성했더라고요", None, D,
          ["investment-attraction"], "achievement"),
        C("바이오, 신약 또는 신재생에너지 등등의 첨단 제조업이 집중돼 있는 측면이 있고", K, D,
          ["investment-attraction", "medical-industry", "energy-transition"], "statement"),
        C("많은 특색 있는 과일, 농산물 이런 것들이 생산되고 있고", K, D,
          ["agriculture"], "statement"),
    ],
    [
        "저출산 문제가 있다든지 인구 소멸 문제 또는 국토의 균형 발전의 문제라든지",
        "1년여 동안 강조하고 싶은 성과가 있다면 어떤 걸 좀 꼽아볼 수 있을까요?",
        "크게 보면 하나는 첨단 산업이 지금 여기에 서 있고요.",
        "그래서 농촌과 도시가 잘 결합이 돼",
    ],
)
