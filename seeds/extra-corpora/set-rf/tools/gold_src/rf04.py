D = "2018-01-15"
def c(q, s, p, k, name=None, d=D):
    x = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: x["speaker_name"] = name
    return x
L = "lee-gang-deok"
GOLD = {
 "article": "rf-04-chosun.txt",
 "metadata": {"headline": "\"내진 설계 완벽히 갖춘 '안전 도시', 몇년 걸려도 만들겠다\"",
              "published": "2018-01-16T03:04+09:00", "reporter": None, "outlet": None, "jurisdiction": "47110"},
 "officials": [L],
 "claims": [
  c("포항시장은 지난해 11월 이후 지진 피해 복구를 현장에서 지휘했다", None, ["disaster-safety"], "achievement", d="2018-01-16"),
  c("완벽한 내진 시설을 갖춘 안전 도시를 만들기 위해 몇 년이 걸리더라도 꾸준히 노력하겠다", L, ["disaster-safety"], "plan"),
  c("지진 대응 매뉴얼도 없지만 복구 매뉴얼도 없다", L, ["disaster-safety"], "criticism"),
  c("현장에서 들은 목소리를 바탕으로 세부적인 지침을 마련할 예정이다", L, ["disaster-safety"], "plan"),
  c("이재민 주거 대책, 피해 건축물 안전 진단법 등을 꼼꼼하게 마련할 계획이다", L, ["disaster-safety"], "plan"),
  c("중앙정부에서 적극적으로 지원해 재난을 극복해낸 좋은 모델을 하나 만들고 싶다", L, ["disaster-safety"], "plan"),
  c("'전 국민 과메기 먹기 운동'을 벌였다", L, ["small-merchants"], "achievement"),
  c("서울 도심 백화점에서 판매 행사를 열었는데 다행히 반응이 좋았다", L, ["small-merchants"], "achievement"),
  c("지진 피해 지역의 도시 재생 사업이 원활하게 진행되도록 각종 규제 완화와 국비 지원 요청 등을 정부에 적극 건의하고 있다", L, ["urban-regeneration"], "statement"),
 ],
 "not_claims": [
  "내진 설계 완벽히 갖춘 '안전 도시', 몇년 걸려도 만들겠다",
  "현장 지휘 이강덕 포항시장 \"지진 대응·복구 매뉴얼도 마련\"",
  "역대 최대 규모였던 경주 지진보다 피해 규모가 크다고 한다",
  "지진 직후에 관광객과 유동 인구가 90% 정도 줄었다",
  "지역 상권에 엄청난 타격이었다",
  "정부 각 부처와 공공기관 행사도 포항에 유치하고 있다",
  "피해 주민들은 정부 지원금이 크게 모자란다고 한다",
 ],
}
