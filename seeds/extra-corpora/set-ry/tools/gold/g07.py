import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2019-12-19"  # 송년 기자회견 '19일'
K = "heo-tae-jeong"
write(
    "ry-07-newsbom.txt",
    {"headline": "트램 성과 가장 의미 커, 아쉬움은 홍역 대응 실패",
     "published": "2019-12-20T15:15+09:00", "reporter": "육군영", "outlet": "뉴스봄", "jurisdiction": "30"},
    [K],
    [
        C("가장 의미 있는 성과로 트램을, 가장 큰 아쉬움으로 홍역사태 대응 실패를 꼽았다", K, D,
          ["public-transit", "public-health"], "achievement"),
        C("트램사업이 제일 큰 의미가 있으며 혁신도시법 개정을 통한 지역인재 채용의 현실화도 훌륭한 성과라고 자평한다", K, D,
          ["public-transit", "jobs", "decentralization"], "achievement"),
        C("시민들의 건강관리에 있어서 시가 초동대응을 잘하지 못한 것이 아쉽고 대전방문의 해에", K, D,
          ["public-health", "culture-tourism"], "criticism"),
        C("기업유치 등 경제적인 대책으로 풀어나가야 한다고 생각한다", K, D, ["investment-attraction"], "plan"),
        C("지방자치의 확대를 위해 분권을 진행해야 한다는 건 동의하지만", K, D, ["decentralization"], "statement"),
        C("중앙과 협력과 교류를 통해 발전해나가듯 시와 자치구도 함께 해 나가야 하지 않겠냐", K, D,
          ["decentralization"], "plan"),
    ],
    [
        "허태정 대전시장, 올 한해의 소회 밝혀",
        "허태정 대전시장이 송년 기자회견 자리에서 지난 1년간의 소회를 밝히고 있다.",
        "올해도 어김없이 인구가 감소하고 있는데 대전시장으로서 참 곤욕스러운 일",
        "중구 부구정창의 자체승진 논란에 대해 자칫 도미노현상이 일어날 수 있다며",
    ],
)
