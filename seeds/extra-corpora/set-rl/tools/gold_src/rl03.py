D = "2019-04-06"   # the article reports '6일' / '이날' (published 2019-04-07 06:53)
def c(q, p, k, s=None, d=D):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
GOLD = {
 "article": "rl-03-jejuinnews.txt",
 "metadata": {"headline": "고성·속초 산불 진화 완료…본격적인 피해복구 체제 전환",
              "published": "2019-04-07T06:53+09:00", "reporter": "홍성우, 고재교",
              "outlet": "뉴스1", "jurisdiction": "42820"},
 "officials": ["lee-gyeong-il"],
 "claims": [
  c("강원 고성군과 속초시가 6일 잔불 정리가 완료됨에 본격적인 피해조사 및 복구체제에 돌입했다", ["disaster-safety"], "statement"),
  c("고성군은 이날 아침부터 재난 '피해신고서'를 접수하고 현장조사에 나섰다", ["disaster-safety"], "statement"),
  c("군은 전 공무원을 동원해 7일까지 피해조사를 마칠 예정이다", ["disaster-safety"], "plan"),
  c("특히 이재민 주거 등 생활안전대책을 신속하게 추진한다는 방침이다", ["disaster-safety"], "plan"),
  c("이를 위해 군은 미분양 아파트 매입 등을 추진하고 있다", ["housing", "disaster-safety"], "statement"),
  c("농사를 지을 수 있도록 모판, 못자리, 농기구 등 시기적으로 필요한 농자재·농기구를 적극 지원한다", ["agriculture", "disaster-safety"], "plan"),
  c("체계적 대응으로 신속하게 피해복구를 조사하고, 뒷불감시 체제를 유지하면서 생활안전대책을 신속하게 수립하겠다", ["disaster-safety"], "plan", s="lee-gyeong-il"),
  c("속초시도 피해규모를 취합하고 현장조사를 통해 분야별 복구계획을 수립할 방침이다", ["disaster-safety"], "plan"),
  c("산불 피해를 입은 고성, 속초, 동해, 강릉, 인제군을 '특별재난지역'으로 선포했다", ["disaster-safety"], "achievement"),
 ],
 "not_claims": [
  "고성·속초 산불 진화 완료…본격적인 피해복구 체제 전환",
  "이재민 접수처에서 이재민들이 산불피해 신고를 하고 있다",
  "현재 고성군과 속초시 이재민은 각각 626명과 113명으로 집계됐다",
  "이들은 현재 마을회관, 초등학교 등에서 생활하고 있다",
 ],
}
