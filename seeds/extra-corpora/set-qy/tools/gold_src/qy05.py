N = "na-dong-yeon"; D = "2016-01-14"
G = {
 "article": "qy-05-kmib.txt",
 "metadata": {"headline": "[신년 초대석-나동연 양산시장] “시 승격 20년… 대도약 원년 만들 것”", "published": "2016-01-14T18:17+09:00",
              "reporter": None, "outlet": "국민일보", "jurisdiction": "48330"},
 "officials": [N],
 "claims": [
  ("‘양산산단 재생 착수’를 비롯해 낙동강 관광벨트 구축, 의료시티 구체화, 퍼스트웅상 가속화, 산단개발 및 기업유치 등 5가지를 꼽았다", N, D,
   ["culture-tourism", "medical-industry", "investment-attraction"], "plan"),
  ("낙동강 관광벨트 구축을 위해 황산공원 콘텐트 확충 및 원동권 생태문화공원 조성에 나설 것", N, D, ["culture-tourism"], "plan"),
  ("석계산단 조성과 분양 조기 완료, 가산산단의 본격적인 조성을 통해 기업유치를 활성화하겠다", N, D, ["investment-attraction"], "plan"),
  ("의료 관련기업과 연구개발센터 유치, 항노화산업 육성, 의료관광 활성화 등을 통해 의료시티의 구체화에 나설 것", N, D,
   ["medical-industry", "research-development"], "plan"),
  ("도로·하수도 등의 도시기반과 문화·체육 인프라 확충에도 주력할 것", N, D, ["culture-tourism"], "plan"),
  ("30만 자족도시에 걸맞는 문화인프라 구축 계획도 밝혔다", N, D, ["culture-tourism"], "plan"),
  ("문화재단 설립을 추진하고, 지역 정체성 확립과 정신문화 함양을 위해", N, D, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["인구 50만 동남권 중심도시로 거듭나기 위해 올해를 양산 대도약의 원년으로 만들겠습니다",
                "양산은 변화와 역동의 도시답게 힘찬 성장가도를 달려왔다",
                "시의 재정규모도 당초 예산 8000억원을 넘어 1조원 규모가 될 것",
                "시는 양산산단 재생을 위한 세부사업으로 산단과 연결되는 양산2교 건설과",
                "“시 승격 20년… 대도약 원년 만들 것”"],
}
