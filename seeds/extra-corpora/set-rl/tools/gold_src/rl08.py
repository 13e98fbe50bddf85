D = None   # the text prints no publication date ('지난 18일' only)
S = "park-nam-chun"
def c(q, p, k, s=None, d=D, name=None):
    out = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        out["speaker_name"] = name
    return out
GOLD = {
 "article": "rl-08-kihoilbo.txt",
 "metadata": {"headline": None, "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "28"},
 "officials": [S],
 "claims": [
  c("전국 광역시도 중 인천은 문화예산이 최하위(1.08%)인데 과연 문화도시가 가능한지 의문이다", ["culture-tourism"], "criticism", name="유세움"),
  c("경인아라뱃길 계양대교에서 발생한 안타까운 사고도 알고 있고, 이달 행정안전부 주재 회의도 했다", ["public-health"], "statement", s=S),
  c("주기적으로 행안부 등 관계 부처, K-water 등과 협력하고 보완해 나가겠다", ["public-health"], "plan", s=S),
  c("2030 미래이음에 시민들이 주체적인 철학을 갖고 의견", ["welfare", "citizen-participation"], "statement", s=S),
 ],
 "not_claims": [
  "경인아라뱃길 교량 자살이 최근 늘고 있다",
  "이를 방지하기 위한 시의 대책은 마련돼 있는지 궁금하다",
  "시민참여형 복지를 만들기 위한 협업 시스템 구상은?",
  "복지 분야 2030 미래이음 정책의 수정·보완이 가능한지도 궁금하다",
  "죽산 조봉암 선생 기념사업 현황과 생가터 복원사업에 대한 향후 계획은 무엇인가",
  "시청 후문 버스정류장 근처 택시들의 불법 주정차 문제 해결 방안은 무엇인가",
  "정책과 사업 구상의 윤곽은 나왔는지 궁금하다",
 ],
}
