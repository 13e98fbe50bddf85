S = 'myeong-hyeon-gwan'
D = '2025-10-12'
P = '2025-10-13'
E = ["energy-transition"]
def c(q, pol, kind, sp=S, d=D):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-05-seoul.txt",
 "metadata": {"headline": "명현관 전남 해남군수의 포부",
              "published": "2025-10-13", "reporter": None, "outlet": "서울신문", "jurisdiction": "46820"},
 "officials": [S],
 "claims": [
  c("해남은 대한민국 에너지 수도로 전환할 준비가 된 도시입니다", E, "statement"),
  c("국가산업단지’ 조성 계획을 발표하자", E, "statement", sp=None, d=P),
  c("해남의 ‘에너지 대전환 구상’을 직접 설명하고 설득하고 있다", E, "statement", sp=None, d=P),
  c("재생에너지 집적화단지를 본격화하는 첫 단추다", E, "statement"),
  c("생산된 전력은 우선 솔라시도 기업도시 내 RE100 산업단지로 공급된다", E, "plan"),
  c("부동지구는 단순한 발전단지가 아니다", E, "statement"),
  c("협력형 에너지 전환 모델이라는 점에서 상징적 의미가 크다", E, "statement"),
  c("지난 5년간 재생에너지 인프라를 체계적으로 구축한 전국 유일의 기초지자체다", E, "achievement"),
  c("에너지 자립의 거점을 스스로 일궈 냈다", ["energy-transition", "fourth-industrial-revolution", "investment-attraction"], "achievement"),
  c("2030년까지 이를 5.4GW로 확대할 계획이다", E, "target"),
 ],
 "not_claims": [
  "명현관 전남 해남군수의 포부",
  "이제는 제가 RE100 전문가가 됐다",
  "―최근 출범한 ‘해남 산이면 부동지구 재생에너지 집적화단지 민관협의회’는.",
  "―해남군이 ‘RE100 국가산업단지 지정’에 자신감을 갖는 근거는.",
 ],
}
