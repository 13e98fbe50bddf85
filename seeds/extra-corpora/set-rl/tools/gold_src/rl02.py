D = "2014-07-10"   # '10일 본보와의 인터뷰' (published 2014-07-11 07:33)
S = "lee-jae-ho"
def c(q, p, k, s=S, d=D):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
GOLD = {
 "article": "rl-02-jeonmae.txt",
 "metadata": {"headline": "\"원도심과 신도시 상생 발전에 총력 기울일터\"",
              "published": "2014-07-11T07:33+09:00", "reporter": "맹창수",
              "outlet": "전국매일신문", "jurisdiction": "28185"},
 "officials": [S],
 "claims": [
  c("임기 중 원 도심과 신도시의 상생 발전을 최대 목표로 내세웠다", ["urban-regeneration"], "plan"),
  c("인천∼서울 GTX나 인천 KTX 등의 대규모 사업과 구의 발전 방안을 접목시킬 수 있는 방안을 마련하겠다", ["public-transit"], "plan"),
  c("경력 단절 주부 등이 전공이나 특기를 살려 방과 후 수업 등에 참여할 수 있는 프로그램 개발과 재래시장을 일정시간 이후 개방해 저소득층을 위한 야시장으로 운영하는 방안도 마련, 운영할 것", ["jobs", "education", "small-merchants", "welfare"], "plan"),
  c("원 도심과 신도시(국제도시 송도)의 역할과 기능의 분담으로 부가가치를 나눠 상생하는 도시의 표본을 보이겠다", ["urban-regeneration"], "plan"),
  c("앞서 말한 원 도심과 신도시의 상생 발전일 것이다", ["urban-regeneration"], "statement"),
  c("송도 유원지의 개발과 GTX의 조기 착공, 그리고 KTX의 수인선 연계, 지역 상권의 활성화로", ["public-transit", "small-merchants"], "plan"),
 ],
 "not_claims": [
  "원도심과 신도시 상생 발전에 총력 기울일터",
  "섬김의 행정을 펴겠다",
  "외부에서 바라보는 많은 수식어에 걸맞은 도시의 성장을 이루겠다",
  "정치의 요체는 국민의 삶의 질 향",
 ],
}
