def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
K = "hong-in-seong"
D = "2018-07-12"
G = {
 "article": "rp-09-donga.txt",
 "metadata": {"headline": "홍인성 인천 중구청장 “원도심 경제 활성화 위해 내항 재개발에 전력할 것”", "published": "2018-07-13T03:00+09:00",
              "reporter": "차준호", "outlet": "동아일보", "jurisdiction": "28110"},
 "officials": [K],
 "claims": [
  c("영종·용유지역에서 응급환자가 발생하면 인천국제공항의 응급의료시설을 이용할 수 있도록 인천국제공항공사에 협조를 구할 생각입니다", K, D, ["public-health"], "plan"),
  c("영종·용유에 응급실을 갖춘 종합병원이 없어 주민 7만여 명이 응급상황에 신속히 대응하지 못하고 있는 만큼 공사 측의 협조를 구하겠다", K, D, ["public-health"], "plan"),
  c("구청을 중구1청(원도심)과 중구2청(영종 용유)으로 분리할 계획이다", K, D, ["city-hall"], "plan"),
  c("현재의 영종·용유 지원단은 중구2청으로 흡수된다", K, D, ["city-hall"], "plan"),
  c("인천대교나 영종대교를 이용해 원도심에 있는 구청 청사를 찾아야 했다", None, "2018-07-13", ["city-hall"], "statement"),
  c("유명무실한 ‘주민참여예산제도’를 활성화하는 데 힘을 쏟을 방침이다", K, D, ["citizen-participation"], "plan"),
  c("주민참여예산제가 ‘주민투표’ ‘주민소", None, "2018-07-13", ["citizen-participation"], "statement"),
 ],
 "not_claims": [
  "[새 단체장에게 듣는다]",
  "중구를 ‘인천 1번지’로 거듭나고 대한민국의 중심 도시로 성장할 수 있도록 하겠다",
  "중구는 남북 화해의 시대, 평화 공존의 시대 속에서 최대 수혜 지역이 될 것",
  "주민들의 고귀한 뜻을 받들어 중구를 살맛 나는 곳으로 만들겠다",
 ],
}
