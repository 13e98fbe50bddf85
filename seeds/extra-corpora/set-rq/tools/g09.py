from gold_lib import C, write
D = None
W = ["welfare"]
claims = [
 C("사회복지분야 예산은 2조 5,319억 원으로 도 전체 세출예산 7조 2,963억 원의 34.7%를 차지하고 있다", None, D, W, "statement"),
 C("보건 분야는 1,063억 원으로 이를 합하면 도 전체 세출예산의 36.2%다", None, D, ["public-health", "welfare"], "statement"),
 C("도내 취약계층과 복지사각지대를 지속적으로 발굴·지원할 계획이다", None, D, W, "plan"),
 C("피부에 와 닿는 맞춤복지서비스를 추진한다", None, D, W, "plan"),
 C("‘찾아가는 빨래방 서비스사업’을 8개 시 지역으로 확대해 시행한다", None, D, W, "target"),
 C("자활 참여주민들에게는 일자리를 제공하는 시책이다", None, D, ["welfare", "jobs"], "statement"),
 C("‘생활·주거 환경개선사업’을 500세대로 확대한다", None, D, ["welfare", "housing"], "target"),
 C("‘홀로 사는 어르신 공동생활가정 설치’도 지난해에 이어 20개소를 추가로 설치한다", None, D, W, "target"),
 C("2019년까지 4년간 공동생활가정 100개소를 설치할 예정이다", None, D, W, "target"),
]
write("rq-09-ilyo.txt",
 {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "48"},
 [], claims,
 ["올해 경남도가 중점 추진하는 복지분야 시책은 다음과 같다"])
