D = "2025-01-23"
P = "park-u-ryang"
E = "energy-transition"
GOLD = {
 "article": "rs-02-mpmbc.txt",
 "metadata": {"headline": "햇빛과 바람으로 성장하는 신안군..인구 경제 살렸다",
              "published": "2025-01-23T10:13+09:00", "reporter": "문연철", "outlet": "목포MBC", "jurisdiction": "46910"},
 "officials": [P],
 "claims": [
  ("신안군이 전국 최초로 태양광 발전 수익을", None, D, [E], "achievement"),
  ("이제는 바람연금과 주민펀드로 확장하며", None, D, [E], "statement"),
  ("3년 전 대규모 태양광발전소 설치로", None, D, [E], "achievement"),
  ("주민에 나눠주는 햇빛연금이 시행되면서", None, D, [E], "achievement"),
  ("설치 전 2,694명이었던 인구는 현재 3,051명으로 357명 증가했습니다", None, D, [E], "achievement"),
  ("받고 있는 다른 섬들 역시 인구 증가를", None, D, [E], "achievement"),
  ("(연금 지급이후) 인구 유입이 계속 늘어나고 있는 상황이거든요", None, D, [E], "achievement", "박주현"),
  ("현재 햇빛연금을 받는 신안군 주민은", None, D, [E], "achievement"),
  ("4인 기준 한 가구가 받는 햇빛연금은", None, D, [E], "statement"),
  ("연금은 전액 신안 상품권으로 지급되며", None, D, [E, "small-merchants"], "achievement"),
  ("올해부터 바람연금도 도입됩니다", None, D, [E], "plan"),
  ("자은도를 시작으로 풍력발전 수익금이", None, D, [E], "plan"),
  ("2032년이 되면 1인당 매월 50만 원 수준의 햇빛연금", P, D, [E], "target"),
 ],
 "not_claims": [
  "햇빛과 바람으로 성장하는 신안군..인구 경제 살렸다",
  "문연철 기자입니다.",
  "한국 미술을 대표하는 고 김환기 화가가",
  "나이드신 분이 들어오는",
 ],
}
