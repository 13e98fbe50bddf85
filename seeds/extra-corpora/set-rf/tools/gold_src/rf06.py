D = "2023-04-05"
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
GOLD = {
 "article": "rf-06-ktv.txt",
 "metadata": {"headline": "청년 귀촌 도와요, 의성군 이웃사촌 시범마을", "published": "2023-04-05",
              "reporter": "홍승철", "outlet": None, "jurisdiction": "47730"},
 "officials": [],
 "claims": [
  c("소멸 위험 지역으로 분류되던 경북 의성이 청년들이 찾아오면서 활력을 찾아가고 있습니다", None, ["youth-policy"], "achievement"),
  c("청년들이 살기 좋은 마을 환경을 조성한 덕분인데요", None, ["youth-policy"], "achievement"),
  c("지난 2019년부터 의성군이 추진하는 이웃사촌시범마을사업에 참여한 청년은 168명", None, ["youth-policy"], "achievement"),
  c("이들 중 139명이 외지에서 찾아온 청년", None, ["youth-policy"], "achievement"),
 ],
 "not_claims": [
  "고령화와 저출생으로 '인구 소멸' 위기에 놓여있는 마을이 많은데요",
  "2,500제곱미터의 논을 딸기 재배 단지로 바꿔 지금은 억대 매출을 올리고 있습니다",
  "농촌 생활은 제가 노력하면 한 만큼 수익을 창출할 수 있어서",
  "좋은 기회가 돼서 의성으로 (귀촌을) 지원하게 됐습니다",
  "마을에 문화의 바람을 불어넣고 있습니다",
 ],
}
