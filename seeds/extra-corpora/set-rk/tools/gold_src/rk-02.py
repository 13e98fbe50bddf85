S = 'lee-seok-mun'
def c(q, pol, kind, sp=S, d=None):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-02-wowtv.txt",
 "metadata": {"headline": "이석문 제주교육감 당선인 \"유치원∼고교 무상교육 점진 실현\"",
              "published": None, "reporter": "전지혜", "outlet": "연합뉴스", "jurisdiction": "50"},
 "officials": [S, "won-hee-ryong"],
 "claims": [
  c("고등학교까지 완전 무상교육을 점진적으로 실현하겠다", ["education"], "plan"),
  c("올해 2학기부터 고등학교 무상급식을 시행하고", ["education"], "plan"),
  c("보편적 교육복지를 통해 교육의 사회적 책무를 실현하겠다는 의지가 담긴 공약이다", ["education"], "statement", sp=None),
  c("교육복지를 강화해 초저출산 시대 사회문제를 해결하겠다는 의지", ["education", "childcare-birth"], "statement", sp=None),
  c("교육청 자체 예산만으로 추진하기는 부담이 크기 때문에", ["education"], "statement", sp=None),
  c("교육·보육 1등을 공약했기 때문에 큰 기대를 하고 있다", ["education", "childcare-birth"], "statement"),
  c("돌봄의 안정화, 교육복지특별도 실현, 교육재정 확충 등에서 도정과 협력을 충실히 하겠다", ["education", "childcare-birth"], "plan"),
  c("이미 3년 전 발표한 정책을 바꾸는 건 불가능하다", ["education"], "statement"),
  c("현장에 더 큰 혼란을 준다", ["education"], "statement"),
  c("연합고사는 이제 전국적으로 시행하는 곳이 없고 관리도 어렵다", ["education"], "statement"),
  c("공정성·신뢰성이 문제라면 어떻게 문제를 해결할지 고민해야 한다", ["education"], "plan"),
 ],
 "not_claims": [
  "이석문 제주교육감 당선인 \"유치원∼고교 무상교육 점진 실현\"",
  "\"고입 불안감 줄이고 내부형 교장 공모제 30%까지 확대\"",
  "제주에서는 제주시 동 지역",
 ],
}
