from g import C, write
D = "2025-01-09"; MI = ["medical-industry"]
write("qw-06-g1tv.txt",
 {"headline": "도계광업소 폐광..대책 마련 사활",
  "published": "2025-01-09", "reporter": "송혜림", "outlet": "G1방송", "jurisdiction": "51230"},
 [],
 [
  C("삼척은 동해중부선 개통으로 변화에 대한 기대도 크지만 걱정도 있습니다", None, D, ["public-transit"], "statement"),
  C("대표적인 대체산업은 중입자 가속기 중심의 의료산업 클러스터 조성 사업입니다", None, D, MI, "statement"),
  C("현재 예비타당성 조사가 진행중입니다", None, D, MI, "statement"),
  C("클러스터가 조성되면 암치료", None, D, MI, "statement"),
 ],
 ["삼척시는 폐광 대체산업 발굴에 안간힘을 쓰고 있습니다", "당장은 지역을 활성화할 뾰족한 대책도 없는 실정입니다",
  "위기지역이라든가로 지정된다고 하면", "정부의 석탄산업 합리화 정책으로 급격히 위축됐습니다",
  "천6백여 명의 대량 실업", "삼척시는 폐광지역사업단을 신설하는 등 대응에 나섰습니다"])
