from g import write
K = "kim-u-yeong"
write("qv-06-polinews.txt",
 {"headline": None, "published": None, "reporter": None, "outlet": "폴리뉴스", "jurisdiction": "11380"},
 [K],
 [
  ("주민들의 안전 문제를 최우선 과제로 잡고 꼼꼼히 챙길 것이라 밝혔다", K, None, ["disaster-safety"], "plan"),
  ("3개 개발 사업을 차질없이 추진하여 일자리 창출과 지역의 성장동력으로 삼겠다는 포부를 밝혔다", K, None, ["jobs", "medical-industry"], "plan"),
  ("무상급식에서 한 걸음 더 나아가 교육환경 개선에 서울시와 서울 교육청 그리고 자치단체가 함께 나서야 한다고 강조했다", K, None, ["education"], "plan"),
 ],
 ["민선 6기 출범을 별도의 취임식 없이 사회복지시설에서의 봉사활동으로 시작한 김구청장은",
  "비교적 안정적으로 잘했다고 보아주신 것 같다고 자평했다",
  "폴리뉴스와 인터뷰를 통해 민선 6기 구정에 대한 포부를 밝히고 있다"])
