def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
K = "kim-seon-gyo"
G = {
 "article": "rp-01-kns.txt",
 "metadata": {"headline": "김선교 양평군수...봄철 모내기 현장 행정", "published": "2012-05-25T13:06+09:00",
              "reporter": "김동환", "outlet": "KNS뉴스통신", "jurisdiction": "41830"},
 "officials": [K],
 "claims": [
  c("군수실을 영농현장으로 옮기고 발로 뛰는 현장행정을 펼쳐가고 있다", None, "2012-05-25", ["citizen-participation", "agriculture"], "statement"),
  c("적극적인 현장행정을 실천하고 있다", None, "2012-05-22", ["citizen-participation", "agriculture"], "statement"),
  c("선택과 집중을 통해 1억 원 이상 소득 500농가 육성을 통해 ‘돈 버는 친환경농업’을 실현해 나갈 것", K, "2012-05-25", ["agriculture"], "target"),
 ],
 "not_claims": [
  "단월면 모내기 현장에서 이앙기를 몰고 있는 김선교 양평군수(사진=양평군청 제공)",
  "직접 농사일을 거들면서 농업인들의 노고를 위로하고 있다",
  "부추가공공장 현장을 찾아 농가 애로사항을 수렴했다",
  "5월은 물 맑은 양평쌀 생산과 한 해 풍년농사를 준비하는 가장 중요한 시기",
 ],
}
