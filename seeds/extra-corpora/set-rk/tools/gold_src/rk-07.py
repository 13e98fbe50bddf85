D = '2025-11-11'
W = ["welfare", "jobs"]
def c(q, pol, kind, sp=None, d=D):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-07-hallailbo.txt",
 "metadata": {"headline": "제주 내년 872억 투입 1만7475명 노인일자리 제공한다",
              "published": "2025-11-11T10:01+09:00", "reporter": "진선희", "outlet": "한라일보", "jurisdiction": "50"},
 "officials": [],
 "claims": [
  c("총 1만7475명의 어르신에게 일자리를 제공한다고 11일 밝혔다", W, "target"),
  c("예산은 17.5%, 일자리 수는 10.3%가 각각 늘어난다", W, "target"),
  c("노인 인구 대비 12%로 전국 평균(8.7%)을 크게 웃돈다", W, "achievement"),
  c("도내 노인일자리 참여자는 1만5922명으로 집계됐다", W, "achievement"),
  c("특화 사업 발굴에 주력하고 있다", W, "statement"),
  c("한국노인인력개발원 제주지역본부와 협약을 맺고 신규 직무를 지속 개발해 왔다", W, "statement"),
  c("서홍동 절벽에서 투신 시도자를 조기 발견해 구조한 바 있다", ["welfare", "jobs", "disaster-safety"], "achievement"),
  c("공항 주변 드론 비행 금지 구역을 순찰·계도하는 '공항 안전 불법 드론 감시단'을 운영했다", W, "statement"),
  c("'2026년 전국확산 모델 아이템'으로 선정됐다", W, "achievement"),
  c("전국에서 처음 마을공동체가 노인일자리 창출에 참여한 사례도 있다", W, "achievement"),
  c("취약 계층 대상 이불 빨래 세탁·배달 서비스를 통해 마을공동체 활성", W, "statement"),
 ],
 "not_claims": [
  "제주 내년 872억 투입 1만7475명 노인일자리 제공한다",
  "도, 올해보다 130억 늘려… 어르신 전문성 등 살린 사업 발굴 주력",
  "지난달 29일 제주시 용담 해안도로 일원에서 진행된 '시니어 공항 안전 불법 드론 감시단 캠페인'. 제주도 제공",
 ],
}
