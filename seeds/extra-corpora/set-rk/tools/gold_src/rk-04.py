D = '2019-03-22'
def c(q, pol, kind, sp=None, d=D):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
A = ["agriculture"]
G = {
 "article": "rk-04-sejongmedia.txt",
 "metadata": {"headline": "영동군, 2019성공귀농·행복귀어 박람회 참가",
              "published": "2019-03-22", "reporter": "고광섭", "outlet": None, "jurisdiction": "43740"},
 "officials": [],
 "claims": [
  c("박람회'에 참가해 전략적 귀농·귀촌 유치활동을 벌인다", A, "statement"),
  c("비옥한 농지 등을 중점 부각하고 있다", A, "statement"),
  c("선배 귀농 멘토 5명이 참여해 귀농·귀촌 희망자에게 실속있는 맞춤형 정보를 제공한다", A, "statement"),
  c("적극적인 귀농·귀촌인 유치 홍보활동을 펼쳐 방문객의 호응을 얻고 있다", ["agriculture", "startup-support"], "achievement"),
  c("매년 1000여 명의 도시민을 유치하고 있다", A, "achievement"),
  c("성공적인 정착지원을 위해 다양한 지원사업을 진행하고 있다", A, "statement"),
  c("예비 상담에서 정착에 이르기까지 원스톱 서비스를 제공해", A, "statement"),
  c("소형 농기계지원사업, 취득세 감면 등 안정적인 정착을 위한 다양한 프로그램을 운영하고 있다", A, "statement"),
  c("현실적인 귀농·귀촌에 대한 정보을 제공할 것", A, "plan"),
  c("청년층 및 도시민에게 다양한 귀농귀촌 정보를 제공할 예정이다", A, "plan"),
 ],
 "not_claims": [
  "영동군, 2019성공귀농·행복귀어 박람회 참가",
  "지자체 홍보관을 비롯해 기업 홍보관, 강연, 전국막걸리부스, 특산물장터",
 ],
}
