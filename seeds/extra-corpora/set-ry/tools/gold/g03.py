import sys; sys.path.insert(0, __import__("os").path.dirname(__file__) + "/..")
from gold_lib import C, write

D = "2017-01-26"  # 업무계획 announced '지난 1월 26일'
write(
    "ry-03-ajunews.txt",
    {"headline": "세종시, 지방자치회관 6월 착공...로컬푸드 2호점 8월 오픈",
     "published": "2017-01-27T10:11+09:00", "reporter": "윤소", "outlet": "아주경제", "jurisdiction": "36"},
    [],
    [
        C("세종시에 지방분권의 상징인 지방자치회관이 올해 첫 삽을 뜨고", None, D,
          ["decentralization", "agriculture"], "plan"),
        C("지하 1층·지상 5층 규모의 지방자치회관을 착공한다고 밝혔다", None, D, ["decentralization"], "plan"),
        C("중앙부처가 대부분 세종시로 이전하면서 전국 32개의 자치단체가", None, D, ["decentralization"], "statement"),
        C("세종시 도담동 로컬푸드 직매장 1호점을 오픈할 계획이다", None, D, ["agriculture"], "plan"),
        C("식문화 교육 프로그램도 가능한 싱싱문화관을", None, D, ["agriculture"], "plan"),
        C("로컬푸드를 학교 급식으로 제공하는 사업은", None, D, ["agriculture", "education"], "target"),
        C("'싱싱밥상' 시범사업을 세종시의 대표 6차 산업", None, D, ["agriculture", "culture-tourism"], "plan"),
    ],
    ["세종시, 지방자치회관 6월 착공...로컬푸드 2호점 8월 오픈"],
)
