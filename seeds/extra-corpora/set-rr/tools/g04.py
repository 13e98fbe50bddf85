from gold_lib import C, write
D = '2018-02-26'; L = 'lee-geun-gyu'
write('rr-04-wowtv.txt',
 {"headline": "이근규 제천시장 \"점검 실명제 도입해 화재참사 재발 방지\"", "published": "2018-02-26T11:43+09:00",
  "reporter": "전창해", "outlet": "연합뉴스", "jurisdiction": "43150"},
 [L],
 [C("유사 재난 방지를 위해 취약시설 완전 관리에 대한 실명제를 추진하겠다", L, D, ["disaster-safety"], "plan"),
  C("화재 안전 분야의 법과 제도적 개선을 통한 재난 재발 방지대책을 마련하겠다", L, D, ["disaster-safety"], "plan"),
  C("안전관리 취약시설 904곳에 대해 국가안전 대진단을 추진하는데", L, D, ["disaster-safety"], "plan"),
  C("소방, 경찰, 민간 전문가와 합동으로 안전점검을 철저히 해", L, D, ["disaster-safety"], "plan"),
  C("25개 분야 제도 개선안을 건의했다고도 전했다", L, D, ["disaster-safety"], "achievement"),
  C("화재 참사로 침체한 지역경제 살리기 시책과 유가족 생활 안정 대책도 내놨다", L, D, ["disaster-safety"], "plan"),
  C("러브투어 및 단체관광 인센티브 사업을 조기 시행해 체류형 관광객을 확보하는 한편", L, D, ["culture-tourism", "small-merchants"], "plan"),
 ],
 ["이근규 제천시장 \"점검 실명제 도입해 화재참사 재발 방지\"",
  "지역경제 살리기 시책·유가족 생활 안정 대책도 추진"])
