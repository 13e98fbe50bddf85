from g import C, write
D = "2018-08-08"
write("qx-01-sjsori.txt",
 {"headline": "“세종시 5-1생활권, 최고 스마트시티 모델로..”", "published": "2018-08-08T23:40+09:00",
  "reporter": "신도성", "outlet": None, "jurisdiction": "36"},
 ["lee-choon-hee"],
 [
  C("‘스마트시티 국가시범도시’ 조성 사업이 차질 없이 수행될 수 있도록 해야 한다", "lee-choon-hee", D, ["smart-city"], "plan"),
  C("‘국가시범도시 AI데이터 센터 구축’, ‘스마티스티 국가 산단 지정’", "lee-choon-hee", D,
    ["smart-city", "fourth-industrial-revolution", "future-vehicles", "research-development"], "plan"),
  C("정부는 앞서 지난1월 세종 행정중심복합도시 5-1생활권", None, D, ["smart-city"], "achievement"),
 ],
 ["세종시 5-1생활권, 최고 스마트시티 모델로",
  "이춘희 시장, 8일 스마트시티 국가시범도시 조성 관련 혁신성장 정부 지원 건의",
  "세종컨벤션센터에서 열린 ‘혁신경제관계장관 및 시도지사 연석회의’에 참석해",
  "장병규 4차산업혁명위원회 위원장 등이 참석해",
  "정부는 지난1월 세종 행정중심복합도시"])
