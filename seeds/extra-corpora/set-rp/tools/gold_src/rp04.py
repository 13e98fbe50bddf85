def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
K = "park-nam-chun"
D = "2019-06-17"
W = ["water-supply"]
G = {
 "article": "rp-04-asiatoday.txt",
 "metadata": {"headline": "‘붉은 수돗물 사태’ 인천시장 박남춘 “반드시 정상화 시키겠다” 사과", "published": "2019-06-17T20:33+09:00",
              "reporter": None, "outlet": "아시아투데이", "jurisdiction": "28"},
 "officials": [K],
 "claims": [
  c("붉은 수돗물 사태에 대해 박남춘 인천시장이 사과했다", K, D, W, "criticism"),
  c("3단계 조치를 통해 수질 모니터링과 수질 개선 추이에 따른 주요 배수관과 급수관의 지속적인 방류를 실시할 계획입니다", K, D, W, "plan"),
  c("6월 하순에는 기존의 수질이 회복 할 수 있을것으로 보입니다", K, D, W, "statement"),
  c("사과드립니다", K, D, W, "criticism"),
  c("반드시 정상화 시키겠습니다", K, D, W, "plan"),
  c("지난달 30일부터 인천 서구 지역 아파트·학교에서 붉은 수돗물이 나온다는 신고가 잇따랐다", None, D, W, "statement"),
  c("이에 주민들이 물을 마시지 못하는 등 불편을 겪었다", None, D, W, "statement"),
  c("팔당취수장의 수돗물 공급을 늘리는 수계전환을 시행하는 과정에서", None, D, W, "statement"),
 ],
 "not_claims": [
  "/박남춘 SNS",
  "후원하기 기사제보",
 ],
}
