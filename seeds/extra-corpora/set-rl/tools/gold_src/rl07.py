D = None   # the text prints no publication date
S = "park-nam-chun"
def c(q, p, k, s=None, d=D):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
GOLD = {
 "article": "rl-07-segye.txt",
 "metadata": {"headline": "“인천e음 캐시백 다각화 서비스 계속 늘려갈 것”",
              "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "28"},
 "officials": [S],
 "claims": [
  c("인천e음은 코로나19 팬데믹으로 지쳐있는 시민들을 따뜻하게 위로하고, 힘든 시기를 겪는 소상공인에게 두텁게 지원할 것입니다", ["small-merchants"], "plan", s=S),
  c("내년 출시 4년째를 맞는 전자지역화폐가 ‘인천형 민생 정책’으로 거듭날 것이라고 강조했다", ["small-merchants"], "statement", s=S),
  c("인천e음의 경제적 편익이 3600억원에 달하는 것으로 분석됐다", ["small-merchants"], "achievement"),
  c("중·소상공인 매출은 최대 47.2%(한국시스템다이내믹스학회) 수준까지 증대될 것으로 추정되는 등 여러 파급 효과가 실증적으로 입증됐다", ["small-merchants"], "achievement"),
  c("첫 번째로 현재 최대 10% 캐시백을 가능한 한 유지할 것", ["small-merchants"], "plan", s=S),
  c("경기 회복 상황을 예의주시하며 캐시백 요율도 탄력적으로 조정해 나간다", ["small-merchants"], "plan"),
  c("마일리지의 캐시백 전환 등 이용자 대상의 적립 유형을 다각화해 지속적인 캐시백 구조를 설계할 예정이다", ["small-merchants"], "plan"),
  c("지난달 도입한 e음택시를 포함해 맞춤형 부가서비스의 지속적 발굴·강화에 집중한다", ["small-merchants", "public-transit"], "plan"),
  c("인천e음 운영대행사의 새로운 선정 절차 과정에서 시민들의 수요에 맞는 서비스를 더욱 늘린다", ["small-merchants"], "plan"),
  c("혜택플러스가맹점은 2배인 최대 2만개소로 확대시키고 관련 기금을 설치·운용한다는 목표다", ["small-merchants"], "target"),
  c("투입 예산은 줄이면서 시민들에게 돌아가는 혜택을 한층 늘리는 선순환 구조를 확립하기 위해서다", ["small-merchants"], "statement"),
 ],
 "not_claims": [
  "인천e음 캐시백 다각화 서비스 계속 늘려갈 것",
  "박 시장은 “장기간 거리두기로 매출",
 ],
}
