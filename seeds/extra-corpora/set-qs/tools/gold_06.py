from g import C, write
E='2023-11-27'; P='2023-11-28'; K='kim-byeong-su'
write("qs-06-nspna.txt",
 {"headline": "김병수 김포시장 “김포가 서울의 유일한 농산물 생산지 된다”", "published": "2023-11-28T12:13+09:00", "reporter": "조이호", "outlet": "NSP통신", "jurisdiction": "41570"},
 [K],
 [C("서울편입 등에 대해 설명을 진행하고 시민 의견을 청취했다", None, P, ["decentralization", "citizen-participation"], "statement"),
  C("‘테마가 있는 소통 광장’의 10번째 자리를 열고", None, E, ["citizen-participation", "decentralization", "public-transit"], "statement"),
  C("서울 편입의 뜻을 밝히지 않으면 북도나 남도로 갈 수밖에 없는 상황이다", K, E, ["decentralization"], "statement"),
  C("경기북부특별자치도의 진행 스케줄에 맞춰 김포시의 서울 편입도 진행돼야 했다", K, E, ["decentralization"], "statement"),
  C("김포 역시 변방이 아닌 해양도시 서울의 중심으로 도약할 수 있다", K, E, ["decentralization"], "statement")],
 ["참여한 시민들은 대부분 긍정적 반응을 보이며 다양한 질문했다",
  "#김포서울편입 #김포시 #김병수시장 #서울편입 #서울지하철5호선",
  "김포시 주요 현안사항에 대해 소통하는 모습"])
