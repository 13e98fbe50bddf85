D = "2018-07-09"
S = "kim-jeong-sik"
def c(q, p, k, s=S, d=D):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
GOLD = {
 "article": "rl-05-heraldcorp.txt",
 "metadata": {"headline": "김정식 인천 미추홀구청장 “골목골목까지 행복하고 든든한 내일이 있는 구로 만들겠다”",
              "published": "2018-07-09T09:50+09:00", "reporter": "이홍석",
              "outlet": "헤럴드경제", "jurisdiction": "28177"},
 "officials": [S],
 "claims": [
  c("우리 미추홀구에 알맞은 도시재생을 추진하고 주민자치가 꽃피는 마을민주주의를 확립해", ["urban-regeneration", "citizen-participation"], "plan"),
  c("더 많은 일자리, 특히 양질의 어르신 일자리를 확대하고 양질의 시장형 일자리를 늘려 어르신들의 안정적인 수입을 보장하겠다", ["jobs", "welfare"], "plan"),
  c("시장형 일자리를 조성해 매년 양질의 어르신 일자리를 5%씩 늘리겠다", ["jobs", "welfare"], "target"),
  c("취약계층 복지시스템 강화를 위한 장애인 전문 종합지원센터를 설치하고 홀몸 어르신 고독사 예방을 위해 배달 업체 등을 활용한 사회공헌형 MOU도 체결하겠다고 했다", ["welfare"], "plan"),
  c("김 구청장은 미추홀 문화사업 클러스터를 조성할", ["culture-tourism"], "plan"),
 ],
 "not_claims": [
  "골목골목까지 행복하고 든든한 내일이 있는 구로 만들겠다",
  "골목골목까지 행복하고 든든한 내일이 있는 미추홀구를 만들겠다",
  "명품 주거도시 ‘살고 싶은 미추홀구’를 건설하겠다",
  "주거지 주차 부족 해소를 위해 유관기관과 야간 및 공휴일 주차장을 사용할 수 있는 MOU를 체결할 방침이다",
 ],
}
