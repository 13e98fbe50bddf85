def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
D = "2018-07-30"
F = ["fine-dust"]
G = {
 "article": "rp-06-ptnews.txt",
 "metadata": {"headline": "평택시, 미세먼지 저감 프로젝트 추진", "published": "2018-07-30",
              "reporter": "김윤영", "outlet": "마이빌평택", "jurisdiction": "41220"},
 "officials": [],
 "claims": [
  c("‘평택 푸른하늘 프로젝트’를 추진해 미세먼지 농도를 2022년까지 47㎍/㎥ 이하로 낮출 계획이라고 30일 밝혔다", None, D, F, "target"),
  c("4개 분야로 나눠 7대 중점과제, 36개 세부추진사업으로 이뤄졌다", None, D, F, "statement"),
  c("기여율 평가와 대기질 개선방안 연구용역 결과를 반영할 방침이다", None, D, F, "plan"),
  c("현재 연평균 62㎍/㎥인 미세먼지 농도를 2022년까지 47㎍/㎥ 이하로 낮추고", None, D, F, "target"),
  c("미세먼지 특별관리 대책 전담 T/F팀을 구성해 지속해서 추진하겠다", None, D, F, "plan"),
  c("시민과 함께하는 소통토론회 등에서 투명하게 공개할 것", None, D, ["fine-dust", "citizen-participation"], "plan"),
 ],
 "not_claims": [
  "평택시, 미세먼지 저감 프로젝트 추진\n\nby 마이빌평택 2018.07.30",
  "미세먼지 농도 2022년까지 47㎍/㎥ 이하로 평택시가",
 ],
}
