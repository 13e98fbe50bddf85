D = "2017-06-28"
M = "min-hyeong-bae"
GOLD = {
 "article": "rs-05-news21tongsin.txt",
 "metadata": {"headline": "민형배 구청장 “광산의 혁신이 광주, 한국 바꿔”",
              "published": "2017-06-28T21:01+09:00", "reporter": "장병기", "outlet": None, "jurisdiction": "29200"},
 "officials": [M],
 "claims": [
  ("새 대통령이 취임 일성으로 선언한 ‘비정규직 제로화’", M, D,
   ["labor-relations", "welfare", "fourth-industrial-revolution"], "achievement"),
  ("대한상공회의소는 ‘기업하기 좋은 도시 전국 1위’로 광산구를 선정했고", M, D,
   ["investment-attraction", "jobs"], "achievement"),
  ("빅데이터 218종을 분석해 탄성포장재 오염지도 제작", M, D, ["fourth-industrial-revolution"], "achievement"),
  ("노동은 전국 최초의 공공부문 비정규직의 정규직 전환", M, D, ["labor-relations"], "achievement"),
 ],
 "not_claims": [
  "민형배 구청장 “광산의 혁신이 광주, 한국 바꿔”",
  "민형배 광산구청장 민선 6기 3주년 기자간담회 열어",
  "28일 기자간담회를 열고 민선 5기와 6기를 거치며 일군 성과와 남은 시간 구정 운영 방향을 밝혔다",
  "광산의 혁신은 광주를 넘어 대한민국을 여는 핵심 열쇠로 소중하게 쓰이고 있다",
  "‘광산발(發)’ 정책의 전파 그리고 이것이 가져온 변화를 소개했다",
  "혁신, 노동, 교육, 안전과 나눔, 민주주의 5개 틀로 2010년부터 7년 동안 일군 성과를 발표했다",
  "과학행정과 인사혁신으로 행정의 생산성고 주민 만족도를 높였다",
 ],
}
