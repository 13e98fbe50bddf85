def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
K = "choi-dae-ho"
D = "2025-07-23"
G = {
 "article": "rp-08-kbs.txt",
 "metadata": {"headline": "[뉴스인] 주목받는 ‘스마트도시’…최대호 안양시장 대담", "published": "2025-07-23T21:46+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "41170"},
 "officials": [K],
 "claims": [
  c("오늘은 스마트도시로 국내외에서 위상을 높이고 있는 안양시 최대호 시장과 함께합니다", None, D, ["smart-city"], "achievement"),
  c("안양시 스마트도시 통합센터는 안양 시내에 설치된 7400여 대의 CCTV를 관리하는", K, D, ["smart-city", "disaster-safety"], "statement"),
  c("해외 방문객은 세계 143개국 895개 도시에서 다녀갔었는데요", K, D, ["smart-city"], "achievement"),
  c("4차 산업혁명 기술을 활용한 인공지능 스마트 교차로 그리고 고령자 스마트 안심 서비스", K, D, ["smart-city", "fourth-industrial-revolution"], "statement"),
  c("자율주행버스 '주야로'를 통해서 대중교통의 자율주행을 성공적으로 상용화하고 추진하고 있는데요", K, D, ["future-vehicles", "public-transit"], "achievement"),
  c("이러한 우수 사례를 벤치마킹 차 많은 기관에서 다녀가는 중입니다", K, D, ["smart-city", "future-vehicles"], "achievement"),
 ],
 "not_claims": [
  "읽어주기 기능은 크롬기반의",
  "지난해 UN 산하 기구의 스마트도시 국제 인증을 받고 벤치마킹을 오는 해외 방문객이 꽤 많다고 들었습니다",
  "그분들이 제일 주목하는 부분이 뭘까요?",
  "경부선 철도 지하화 선도 사업에서 안양을 포함해서 수도권은 빠진 상황인데요",
  "안양시는 경부철도 지하화가 절실하다는 입장인데 그 이유가 뭡니까?",
  "철도를 지하화 하지 않고서는 안양의 미래 발전을 도모하기 어렵다고 생각했습니다",
  "이 사업은 누군가는 언젠가 해야 한다고 생각해서 꾸준히 추진해 왔고",
 ],
}
