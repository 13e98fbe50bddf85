def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
K = "kim-gyu-seon"
D = "2014-07-01"
G = {
 "article": "rp-07-ycgmnews.txt",
 "metadata": {"headline": "김규선 군수 제37대 연천군수 취임", "published": "2014-07-01",
              "reporter": "백호현", "outlet": None, "jurisdiction": "41800"},
 "officials": [K],
 "claims": [
  c("지난 4년은 고객중심 선진행정, 활력있는 지역경제 ,맞춤형 사회복지, 찾고싶은 문화관광을 목표를  준비 기간이였다", K, D, ["welfare", "culture-tourism"], "statement"),
  c("중,고급 인력이 필요한 기업의 유치와 각종규제의 완화 연천의 문화관광산업의 활성화, 대를 잇는 농업의 실현에 최선을 다 해", K, D, ["investment-attraction", "culture-tourism", "agriculture"], "plan"),
 ],
 "not_claims": [
  "청년연천 시대를 만들어 나갈것.",
  "재선에 당선되어 감사하다",
  "이제는 안전한 연천. 따뜻한 연천. 통일한국 중심 미라클 연천건설을 만드는데 최선을 다 할 것이라",
  "현장에서 일을 하는 현장중심 군수가 되겠다",
  "힐링연천,안전하고 쾌적한 연천을 위해 집안을 대 청소하고 가구를 재 배치하는 것 처럼 우리 연천군의 생활환경을 확 바꾸겠다",
  "2015년 예산의 일 부분은 군민생활 환경 개선에 투입해",
 ],
}
