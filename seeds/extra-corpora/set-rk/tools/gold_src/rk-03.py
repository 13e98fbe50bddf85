S = 'song-gi-seop'
D = '2023-01-01'
def c(q, pol, kind, sp=S, d=D):
    return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
G = {
 "article": "rk-03-newsis.txt",
 "metadata": {"headline": "[신년 인터뷰] 송기섭 진천군수 \"변화와 혁신으로 발전 선도\"",
              "published": "2023-01-01T06:08+09:00", "reporter": "강신욱", "outlet": "뉴시스", "jurisdiction": "43750"},
 "officials": [S],
 "claims": [
  c("진천군이 인구와 투자유치 등 여러 분야에서 지역 발전의 본보기로 평가받는 것도", ["investment-attraction"], "achievement", sp=None),
  c("투자유치 7년 연속 1조원과 1인당 지역내총생산(GRDP) 9039만 달러 달성, 농촌협약 국비 299억원 확보", ["investment-attraction", "agriculture"], "achievement"),
 ],
 "not_claims": [
  "[신년 인터뷰] 송기섭 진천군수 \"변화와 혁신으로 발전 선도\"",
  "군민 1인당 GRDP 9만 달러 등 '9·9·9 시대' 개막 초석",
  "새해에도 군정의 나침반인 진천군민이 가리키는 방향으로 변화와 혁신을 거듭하며",
  "지난해 100개월 연속 인구증가를 기록한 게 가장 인상 깊었다",
  "덕산읍 인구 3만명 돌파 기록을 세웠다",
  "변화와 혁신을 앞세운 군정으로 발전을 선도하겠다",
 ],
}
