S = 'kim-yung-hwan'
C = ["childcare-birth"]
def c(q, pol, kind, sp=S, d=None):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-09-usnews.txt",
 "metadata": {"headline": "김영환 충북지사 11일 도청 기자실에서 밝혀",
              "published": None, "reporter": None, "outlet": "음성신문", "jurisdiction": "43"},
 "officials": [S],
 "claims": [
  c("내년부터 매달 100만 원의 육아수당을 지급하기로 했다", C, "plan"),
  c("양육수당을 2023년 1월부터 지급할 계획", C, "plan"),
  c("세부적인 내용은 도청 관련 부서가 검토해 확정한 뒤 다음 주 발표한다", C, "plan"),
  c("현재 정부가 지급하는 양육수당 외 나머지는 지방비로 충당해 100만 원을 주는 방식", C, "statement"),
  c("정부 지원 금액을 포함해 총 100만 원을 지급하겠다는 의미다", C, "statement", sp=None),
  c("도의 재정적 어려움을 고려한 조치로 보인다", C, "statement", sp=None),
  c("양육수당 100만 원 지급 방식을 확정할 방침이다", C, "plan", sp=None),
  c("현금성 공약 중 하나인 양육수당을 '장기 정책과제'로 추진한다고 했다", C, "plan"),
  c("부모수당 등을 양육수당 공약에 반영하기 위해서다", C, "statement", sp=None),
  c("이날 내년부터 지급을 확정해 발표한 것이다", C, "statement", sp=None),
  c("양육수당 지급 계획을 차일피일 미룰 수 없기 때문으로 보인다", C, "statement", sp=None),
  c("자칫 공약을 후퇴하거나 파기하는 것으로 비칠 수 있다는 우려도 작용했다", C, "statement", sp=None),
  c("김 지사의 현금성 복지 공약은 양육수당 월 100만 원, 출산수당 1000만 원", ["childcare-birth", "welfare", "agriculture"], "statement", sp=None),
 ],
 "not_claims": [
  "김영환 충북지사 11일 도청 기자실에서 밝혀",
  "김영환 충청북도지사 취임 선서 모습",
  "저작권자 © 음성신문 무단전재 및 재배포 금지",
 ],
}
