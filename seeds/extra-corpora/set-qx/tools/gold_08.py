from g import C, write
D = "2020-07-27"
H = "han-beom-deok"
write("qx-08-cctimes.txt",
 {"headline": "“이념적 성향, 급격한 진보보다는 중도진보에 가깝다”", "published": "2020-07-27T19:50+09:00",
  "reporter": "하성진", "outlet": None, "jurisdiction": "43110"},
 [H],
 [
  C("잘했다고 평가하고 싶은 정책은 `대한민국의 첫 법정 문화도시 지정'을 꼽았다", H, D,
    ["investment-attraction", "citizen-participation", "culture-tourism"], "achievement"),
  C("△청주테크노폴리스 산업단지 조성이다", H, D, ["investment-attraction"], "achievement"),
  C("일자리 창출을 통한 지역경제 활성화를 목표로 계획된 청주테크노폴리스는", H, D, ["jobs", "investment-attraction"], "statement"),
  C("지난해 6월 3차 확장 사업 추진을 위한 8400억원을 확보했다", H, D, ["investment-attraction"], "achievement"),
  C("이는 전국에서 찾아보기 힘든 규모다", H, D, ["investment-attraction"], "achievement"),
  C("청주테크노폴리스는 청주의 100년 먹거리를 책임질 것이라 확신한다", H, D, ["investment-attraction"], "statement"),
 ],
 ["청주테크노폴리스 산단 조성 가장 보람있는 일",
  "대한민국 첫 법정 문화도시 지정 잘한 정책 꼽아",
  "`함께 웃는 청주'라는 슬로건을 내걸고 매진하고 있다",
  "도지사 출마 의향이 있느냐는 질문에는"])
