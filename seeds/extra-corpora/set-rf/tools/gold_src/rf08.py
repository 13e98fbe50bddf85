D = "2025-01-21"
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
K = "kim-dae-gwon"
GOLD = {
 "article": "rf-08-newsis.txt",
 "metadata": {"headline": "김대권 수성구청장 \"매력적인 교육·문화·생태 선도 도시 조성\"[신년 인터뷰]",
              "published": "2025-01-21T08:00+09:00", "reporter": "김정화", "outlet": "뉴시스", "jurisdiction": "27260"},
 "officials": [K],
 "claims": [
  c("교육·문화·생태 선도(先導) 도시로 사람들이 오래 거주할 수 있는, 세계 수준의 차별화 도시로 나아갈 계획입니다", K, ["education", "culture-tourism"], "plan"),
  c("수성구는 올해 집객(集客) 도시와 접객(接客) 도시 조성을 두 축으로", None, ["education", "culture-tourism"], "plan"),
  c("정부의 지방균형발전 핵심정책인 기회발전특구, 교육발전특구, 문화특구로 지정되며", K, ["decentralization", "investment-attraction", "education", "culture-tourism"], "achievement"),
  c("수성국제비엔날레는 기초자치단체에서 처음 도전한 것이다", K, ["culture-tourism"], "achievement"),
 ],
 "not_claims": [
  "올해 핵심 목표는 사람이 머무는 도시, 집·접객(集·接客) 도시다",
  "그냥 지나쳐 버리는 도시가 아닌 지역에 사람들이 머무를 수 있는 도시를 만들겠다",
  "선도 도시·행정서비스 선진화…세계 수준의 차별화",
  "김대권 수성구청장 \"매력적인 교육·문화·생태 선도 도시 조성\"[신년 인터뷰]",
  "김대권 대구 수성구청장. (사진 = 대구시 수성구 제공)",
 ],
}
