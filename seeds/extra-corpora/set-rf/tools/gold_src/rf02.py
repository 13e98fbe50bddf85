D = "2019-05-14"
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
K = "kwon-young-jin"
GOLD = {
 "article": "rf-02-yeongnam.txt",
 "metadata": {"headline": "“작년 시장선거 자체가 공론화 과정, 공항 통합이전 시민 지지 받은 셈…물기술인증원, 세계 3대기관 육성”",
              "published": "2019-05-15", "reporter": None, "outlet": "영남일보", "jurisdiction": "27"},
 "officials": [K],
 "claims": [
  c("인천과 치열한 경합 끝에 물기술인증원을 어렵사리 대구국가산단 물산업클러스터에 유치하게 됐다", K, ["water-industry"], "achievement"),
  c("세계 3대 물 인증기관으로 키워낼 것", K, ["water-industry"], "plan"),
  c("물기술인증원은 물 관련 기업이 개발한 기술을", None, ["water-industry", "investment-attraction"], "statement"),
  c("2025년까지 세계특허기술 10개를 획득하고 물 산업 매출 1조원 달성", K, ["water-industry", "jobs"], "target"),
  c("2030년에는 대한민국 전체 물 산업 수출액", K, ["water-industry"], "target"),
  c("국가물산업클러스터를 빨리 분양하는 것보다 제대로 된 기업을 유치하는 게 중요하다", K, ["water-industry", "investment-attraction"], "statement"),
  c("현재 24개 기업이 입주해 있는데, 앞으로 검증작업을 벌일 것", K, ["water-industry"], "plan"),
  c("대구시가 물기술인증원 유치 과정에서 어려움에 봉착했을 때도 함께했던 기업은 날개를 달 것", K, ["water-industry"], "statement"),
  c("전국에서 처음으로 시내버스 노사협상을 타결하고", K, ["public-transit", "labor-relations"], "achievement"),
 ],
 "not_claims": [
  "■ 권영진 대구시장 기자간담회",
  "작년 시장선거 자체가 공론화 과정, 공항 통합이전 시민 지지 받은 셈",
  "영남일보TV",
 ],
}
