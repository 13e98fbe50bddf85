S = 'ju-cheol-hyeon'
D = '2014-08-11'
def c(q, pol, kind, sp=S, d=D):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-08-shinailbo.txt",
 "metadata": {"headline": "[인터뷰] 주철현 전남 여수시장",
              "published": "2014-08-11T18:26+09:00", "reporter": "리강영", "outlet": "신아일보", "jurisdiction": "46130"},
 "officials": [S],
 "claims": [
  c("해양을 기반으로 한 관광과 레저, 수산관련 연구·가공, 조선 등을 총망라한 해양산업단지를 조성하겠습니다", ["culture-tourism", "agriculture"], "plan"),
  c("'여수 국제 해양비엔날레'를 개최할 생각입니다", ["culture-tourism"], "plan"),
  c("명문 사립고 유치와 대학병원 설립 등 정주여건을 개선해서 인구유입을 하는 것도 중요한 과제입니다", ["education", "public-health"], "plan"),
 ],
 "not_claims": [
  "\"여수 미래의 답은 해양에 있다\"",
  "비리 이미지 벗고, 박람회 사후활용으로 새 도약",
  "시민이 참 주인 되는 진정한 지방자치 실현",
  "공무원 비리근절은 투명한 인사시스템으로",
  "성공적 사후활용을 통해 새로운 도약을 해야하는 중요한 시점에 놓여 있다",
  "우리시의 가장 큰 현안은 지지부진한 박람회장 사후활용입니다",
  "여수 미래의 답은 해양에 있다고 생각합니다",
  "전체 직원 조회서 청렴선포식을 하자고 제안해서 반대했습니다",
 ],
}
