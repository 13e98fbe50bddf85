D = "2018-04-03"
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
CT = ["culture-tourism"]
GOLD = {
 "article": "rf-07-kmib.txt",
 "metadata": {"headline": "태화강, 울산 대표 관광지로 개발", "published": "2018-04-03T19:34+09:00",
              "reporter": "조원일", "outlet": "국민일보", "jurisdiction": "31"},
 "officials": [],
 "claims": [
  c("태화강을 울산 대표 관광지로 발전시킨다", None, CT, "plan"),
  c("울산시는 ‘태화강비전 2040 연구용역’을 추진한다고 3일 밝혔다", None, CT, "plan"),
  c("국가정원 지정 사업 추진과 정원박람회 개최 등으로 인해", None, CT, "statement"),
  c("이번 용역은 태화강의 친환경적 가치보전과 울산의 대표 관광지로서", None, CT, "statement"),
  c("용역은 울산발전연구원이 맡아 오는 12월말쯤 완료된다", None, CT, "plan"),
  c("용역방향은 기존 태화강 마스터플랜이", None, CT, "statement"),
  c("실무 태스크포스팀(TF)을 구성해 추진된다", None, CT, "plan"),
  c("여전히 접근성이 부족하고 수변공간을 활용한 콘텐츠 개발이 미흡하다는 지적이 제기돼 왔다", None, CT, "criticism"),
  c("주변에 다양한 문화·역사시설들이 있지만 연계가 잘 되지 않는다는 비판도 나온다", None, CT, "criticism"),
  c("태화강의 접근성(대중교통) 문제부터 볼거리, 먹거리, 즐길거리를 연결하는 관광벨트", None, ["culture-tourism", "public-transit", "urban-regeneration"], "plan"),
 ],
 "not_claims": [
  "태화강은 1987년 태화강하천정비기본계획을 시작으로",
  "태화강, 울산 대표 관광지로 개발",
  "울산=조원일 기자",
 ],
}
