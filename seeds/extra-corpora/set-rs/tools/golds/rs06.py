D = "2016-07-21"
W = "water-industry"
GOLD = {
 "article": "rs-06-kmib.txt",
 "metadata": {"headline": "[대구·경북 손잡고 미래로] 물·자동차·IoT… 대구 100년 책임질 산업 육성",
              "published": "2016-07-21T20:21+09:00", "reporter": None, "outlet": None, "jurisdiction": "27"},
 "officials": [],
 "claims": [
  ("국제적인 물산업 중심도시가 되기 위해 노력하고 있다", None, D, [W], "statement"),
  ("총 13개의 물기업이 입주를 결정했다", None, D, [W, "investment-attraction"], "achievement"),
  ("세계적 수준의 물 기업 50∼60개를 유치해", None, D, [W, "investment-attraction"], "target"),
  ("해외 물시장 진출 기반도 마련했다", None, D, [W], "achievement"),
  ("대한민국 국제물주간 개최도 정부와 합의를 했다", None, D, [W], "achievement"),
  ("아시아물위원회(AWC) 이사기관에 선출되기도 했다", None, D, [W], "achievement"),
  ("물산업 국제 네트워크를 구성하고 있다", None, D, [W], "achievement"),
  ("물산업 관련 중국 기업과의 잇따른 합자회사 설립도 성과로 꼽힌다", None, D, [W], "achievement"),
  ("미래형자동차를 선도하기 위한 인프라구축에도 나서고 있다", None, D, ["future-vehicles"], "statement"),
  ("지능형자동차부품시험장을 만들어 운영", None, D, ["future-vehicles"], "achievement"),
 ],
 "not_claims": [
  "[대구·경북 손잡고 미래로] 물·자동차·IoT… 대구 100년 책임질 산업 육성",
  "사진은 지능형 자동차부품시험장 모습",
  "그린카 분야 기술개발, 기업지원을 위한 지능형 그린카 파워트레인 연구센터도 만들었다. 대구시 제공",
  "대구시는 앞으로의 100년을 책임질 미래 산업 육성에 박차를 가하고 있다",
 ],
}
