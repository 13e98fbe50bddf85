D = "2019-07-30"
G = {
 "article": "qy-01-kwangju.txt",
 "metadata": {"headline": "광주시 도시재생 활성화 17곳 → 60곳 확대", "published": "2019-07-31T04:50+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "29"},
 "officials": [],
 "claims": [
  ("광주시가 도시재생 활성화지역을 기존 17곳에서 60곳으로 확대한다", None, D, ["urban-regeneration"], "target"),
  ("‘2025 광주시 도시재생 전략계획 변경안’을 확정해 8월1일 광주시보에 공고한다고", None, D, ["urban-regeneration"], "achievement"),
  ("광주시는 당초 2016년 4월 도시재생 활성화 지역 17곳을 지정해", None, D, ["urban-regeneration"], "achievement"),
  ("4차 산업과 연계한 일자리 창출과 자치구별 현안 사업에 능동적으로 대처하고", None, D, ["urban-regeneration", "fourth-industrial-revolution", "jobs"], "statement"),
  ("변경된 계획에는 자치구별 진단·여건 분석, 도시재생지원센터와 주민협의체 구성", None, D, ["urban-regeneration"], "statement"),
  ("송암·본촌·소촌 산단과 광주송정역, 임동 일신방직 주변, 광주역 주변 등 6곳을 지정했다", None, D, ["urban-regeneration"], "achievement"),
  ("근린재생형에 가까운 옛 국군통합병원 지역은 해제했다", None, D, ["urban-regeneration"], "achievement"),
  ("주민공동체 활성화와 골목상권 활력 증진을 위한 일반근린형 21곳", None, D, ["urban-regeneration", "small-merchants"], "achievement"),
  ("대인·산수·무등·말바우·송정시장 등 전통시장 11곳도 활성화 지역에 포함했다", None, D, ["urban-regeneration", "small-merchants", "jobs"], "achievement"),
  ("실행이 이뤄지지 않은 충장2구역과 동명1구역도 새롭게 포함했다", None, D, ["urban-regeneration"], "achievement"),
 ],
 "not_claims": ["광주시 도시재생 활성화 17곳 → 60곳 확대", "2025 도시재생 계획 변경", "차별화된 도시 콘텐츠 반영"],
}
