D = "2018-09-06"
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
KG = "kim-gyeong-su"
GOLD = {
 "article": "rf-01-knnews.txt",
 "metadata": {"headline": "경남도의회 도정질문", "published": "2018-09-06T07:00+09:00", "reporter": None,
              "outlet": None, "jurisdiction": "48"},
 "officials": [KG],
 "claims": [
  c("도의원들이 조선산·항공우주산·드론산업, 내서IC 무료화, 생태농업단지", None, ["fourth-industrial-revolution", "agriculture"], "plan"),
  c("고성 무인기종합타운 조성사업과 드론산업 활성화에 대한 경남도의 대책을 물었다", None, ["fourth-industrial-revolution"], "statement", "황보길"),
  c("조선업 밀집지역의 고용악화와 경기침체는", KG, ["jobs"], "criticism"),
  c("이미 관련 조례를 제정했고 해양수산분야 등 광범위하게 활용할 수 있는 방안을 검토하겠다", KG, ["fourth-industrial-revolution"], "plan"),
  c("사천공항의 국제공항 승격 추진, 김해신공항에 대한 경남도의 향후 대응 계획", None, ["airport-relocation"], "criticism", "박정열"),
  c("김해신공항 문제는 동남권 관문공항 역할을 할 수 있느냐", KG, ["airport-relocation"], "criticism"),
 ],
 "not_claims": [
  "2018년 09월 25일 (화)",
  "경남도의회 도정질문",
  "다만 대형조선사 수주실적이 나아지고 있고, 도에서는 중소 조선소와 RG발급 문제",
  "조선·무인기타운·드론 활성화 대책은",
  "항공우주산업·김해신공항·LCC 설립은",
 ],
}
