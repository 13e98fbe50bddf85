D = "2019-09-05"
S = "choi-moon-soon"
def c(q, p, k, s=S, d=D):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
GOLD = {
 "article": "rl-01-ekn.txt",
 "metadata": {"headline": "[에경ㅣ인터뷰] 최문순 강원도지사 \"저탄소 산업으로 지역경제 활성화\"",
              "published": "2019-09-05T15:19+09:00", "reporter": "전지성",
              "outlet": "에너지경제신문", "jurisdiction": "42"},
 "officials": [S],
 "claims": [
  c("탄소배출 저감을 넘어 일자리가 창출되고 산업이 형성되는, 즉 돈이 되는 ‘저탄소 사회’를 만들겠다", ["climate-carbon", "jobs"], "plan"),
  c("전기차 생산·석회석 재활용 등 지역경제 활성화에 도움이 되는 방향으로 추진하고 있다", ["climate-carbon", "future-vehicles"], "statement"),
  c("지속적으로 탄소배출을 줄이려면 관련 산업이 형성되는 게 중요하다", ["climate-carbon"], "statement"),
  c("기후변화센터를 만들어 전국에서 가장 먼저 탄소배출권 사업을 시작했다", ["climate-carbon"], "achievement"),
  c("지난해 평창올림픽 당시 ‘저탄소 올림픽’을 선언하며 관련 산업 육성에 탄력을 받게 됐다", ["climate-carbon"], "achievement"),
  c("이번 포럼의 주요 목적은 올림픽의 유산인 저탄소 산업들을 구체적으로 발전시켜 나", ["climate-carbon"], "statement"),
 ],
 "not_claims": [
  "저탄소 산업으로 지역경제 활성화",
  "탄소배출을 줄이려면 산업화가 되는 게 중요하다",
  "강원도는 옛부터 ‘청정강원’을 도정 목표로 추진해 왔다",
  "최문순 지사에게 이번 탄소포럼의 의의와 앞으로의 계획에 대해 들어봤다",
 ],
}
