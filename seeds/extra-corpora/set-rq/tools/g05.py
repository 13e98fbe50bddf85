from gold_lib import C, write
D = "2021-12-27"
K = "song-cheol-ho"
claims = [
 C("울산은 화석연료 시대의 산업 수도에서 친환경에너지 중심도시로 거듭납니다", K, D, ["energy-transition"], "plan"),
 C("새 엔진 부유식 해상풍력과 수소경제를 장착하여", K, D, ["energy-transition", "climate-carbon"], "plan"),
 C("전 세계의 탄소중립, 울산이 이끌겠습니다", K, D, ["climate-carbon"], "plan"),
 C("머지않아 탄소세라는 새로운 무역장벽이 도입됩니다", K, D, ["climate-carbon"], "statement"),
 C("친환경에너지 전환을 대비 못 한 나라와 도시는 생산과 수출에 큰 타격을 입게 됩니다", K, D, ["energy-transition"], "statement"),
]
write("rq-05-ucinews.txt",
 {"headline": "[신년사] 송철호 울산시장 \"대 변혁의 시대, 더 강한 울산 매진할 것\"",
  "published": "2021-12-27T19:25+09:00", "reporter": "정두은", "outlet": "울산시민신문", "jurisdiction": "31"},
 [K], claims,
 ["긴 시간 코로나19와 싸우며 함께 고비 고비를 넘고 있는 시민들께",
  "지금의 위기를 잘 극복하고 반드시 일상을 되찾을 것입니다",
  "코로나19에도 대한민국은 수출 신기록을 달성하며 세계 8위의 무역 강국으로 우뚝 섰습니다",
  "울산도 지난 11월 기준 수출 686억5천만 달러를 기록하며",
  "울산공업지구 지정 60년, 새로운 도약이 시작됩니다"])
