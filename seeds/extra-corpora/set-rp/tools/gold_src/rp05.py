def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
D = "2023-12-11"
A = ["agriculture"]
G = {
 "article": "rp-05-ekn.txt",
 "metadata": {"headline": "[포커스] 김포시 \"서울편입, 농촌 융-복합 허브로 도약\"", "published": "2023-12-11T15:48+09:00",
              "reporter": "강근주", "outlet": "에너지경제신문", "jurisdiction": "41570"},
 "officials": [],
 "claims": [
  c("도농복합도시인 김포시는 농업 분야에서 대전환 기회를 맞이할 것이란 전망이다", None, D, A, "statement"),
  c("공공급식 확대로 농산물 유통 활성화와 농-특산물 공급처 확대로 농가소득 증가가 예상된다", None, D, A, "statement"),
  c("농업에서 파생되는 각종 관광-체험-치유산업이 크게 발전하는 전환점을 맞이할 것이라고 김포시는 기대했다", None, D, ["agriculture", "culture-tourism"], "statement"),
  c("고품질 농산물 지속 공급으로 시민 삶의 질 향상은 물론이다", None, D, A, "statement"),
  c("학교급식 예산도 서울은 약 2183억원을 책정하고 있다", None, D, ["education"], "statement"),
  c("이는 김포시 학교급식 예산의 약 7배 이상 규모다", None, D, ["education"], "statement"),
  c("김포시 서울편입이 이뤄지면 서울 관내에 공급처가 확대가 예상된다", None, D, A, "statement"),
  c("학교급식을 포함한 공공급식 및 유통, 신생농업 등 다양한 분야가 크게 성장할 수 있다는 것이다", None, D, ["agriculture", "education"], "statement"),
  c("김포쌀 명품화 사업을 통한 위상 제고도 가능할 것으로 전망된다", None, D, A, "statement"),
  c("벼 완전 생력화 기반 조성 등 첨단농업 기술재배 도입이 필요한 한편", None, D, A, "plan"),
 ],
 "not_claims": [
  "2024년 09월 28일(토)",
  "김포시 맞춤형 소득작물 육성 시범사업 현장. 사진제공=김포시",
  "◆ 공공급식 거대 수요처 확보, 신성장동력 확보",
  "서울에는 1318개 초-중-고등학교가 있고 김포에는 86개 초-중-고등학교가 운영된다",
  "서울이 김포보다 15배가량 규모가 크다",
 ],
}
