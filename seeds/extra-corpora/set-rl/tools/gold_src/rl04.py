D = "2013-04-25"
def c(q, p, k, d=D):
    # 최문순 was 강원도지사 on 2013-04-25 but officials.csv has no row for his 2011-2014 term -> speaker null
    return {"quote": q, "speaker": None, "speaker_name": "최문순", "date": d, "policies": p, "kind": k}
GOLD = {
 "article": "rl-04-kukinews.txt",
 "metadata": {"headline": "최문순 강원지사 취임 2년… “사사로움 버리고 혼신의 노력”",
              "published": "2013-04-25T21:11:01+09:00", "reporter": "서승진",
              "outlet": "쿠키뉴스", "jurisdiction": "42"},
 "officials": [],
 "claims": [
  c("2018평창동계올림픽을 유치하고 경제자유구역으로 지정되는 성과를 냈다", ["investment-attraction"], "achievement"),
  c("기업 매출과 수출, 관광객 증가를 바탕으로 4% 경제성장을 이뤄냈다", ["culture-tourism"], "achievement"),
  c("공공의료, 작은 학교, 전통시장, 다문화가정, 탈북자 지원 등을 위한 제도들을 적극 살려나가겠다", ["public-health", "education", "small-merchants", "welfare"], "plan"),
  c("‘남북관계의 국가 독점’을 경계했다", ["decentralization"], "criticism"),
  c("안보와 직접 관련이 없는 부분의 권한을 자치·민간·시민단체들에 이양해 완충역할을 하도록 해야 한다는 것이다", ["decentralization"], "plan"),
  c("남북관계 악화는 관광객 감소, 양양공항 위축 등의 피해로 나타나고 있다", ["culture-tourism"], "criticism"),
  c("금강산 관광 재개와 철원평화산단 조성 등을 기다려 온 도민들에게 큰 실망을 안겨주고 있다", ["culture-tourism"], "criticism"),
 ],
 "not_claims": [
  "사사로움 버리고 혼신의 노력",
  "앞으로 남은 기간 사사로움을 버리고 혼신의 노력을 다하겠습니다",
  "정치·경제적으로 상승세에 있었다",
  "그는 남은 임기에 모든 역량을 결집해 나가겠다고 약속했다",
  "올해는 경제성장률 5.2%, 지역내 총생산 34조5000억원을 달성하겠다",
  "女교도관들이 구치소 조폭 수감자와 성관계",
 ],
}
