D = None   # the text prints no publication date ('28일 밝혔다' only)
def c(q, p, k, s=None, d=D):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
CB = ["childcare-birth"]
GOLD = {
 "article": "rl-09-kyeongin.txt",
 "metadata": {"headline": None, "published": None, "reporter": "공승배",
              "outlet": "경인일보", "jurisdiction": "28260"},
 "officials": [],
 "claims": [
  c("인천 서구에 올해 국공립 어린이집 9개가 추가로 생긴다", CB, "target"),
  c("국공립 어린이집의 개원식을 진행했다고 28일 밝혔다", CB, "achievement"),
  c("2개의 아파트 어린이집이 문을 열 예정이다", CB, "plan"),
  c("올 상반기에만 모두 6개의 국공립 어린이집이 개원하게 된다", CB, "target"),
  c("380여명의 어린이가 다닐 수 있게 된다", CB, "statement"),
  c("이어 하반기에도 3곳을 추가로 마련한다는 계획이다", CB, "target"),
  c("이번 계획이 마무리되면 서구의 국공립 어린이집은 총 27개가 된다", CB, "statement"),
  c("국공립 어린이집이 차지하는 비중은 현재 3.9%에서 5.9%로 커지게 된다", CB, "statement"),
  c("서구는 2022년까지 지역내 국공립 어린이집을 50개로 확충할 계획이다", CB, "target"),
  c("보육의 공공성을 강화하고, 수요자 중심의 보육 서비스를 제공하기 위해 노력하겠다", CB, "plan"),
  c("55만 인구에 걸맞은 보육 환경을 조성하기 위해 최선을 다하겠다", CB, "plan"),
 ],
 "not_claims": [],
}
