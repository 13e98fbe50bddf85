from g import w
D = "2021-09-24"
w("qq-01-donga.txt", "대구 달서구, 도시재생사업 통해 살고 싶은 동네로 바꾼다", "2021-09-24T03:00+09:00", "명민준", None, "27290",
  [],
  [
   ("대구 달서구가 새로운 도시재생 사업을 시작했다", None, D, ["urban-regeneration"], "achievement"),
   ("낡은 환경 개선뿐만 아니라 미래 도시 경쟁력을 높이기 위해 업그레이드하고 있다", None, D, ["urban-regeneration"], "statement"),
   ("핵심 키워드는 아동친화와 청년, 행복주택, 스마트공단이다", None, D, ["urban-regeneration", "welfare", "youth-policy", "housing", "fourth-industrial-revolution"], "statement"),
   ("달서구는 이 같은 문제를 해결하기 위해 국토교통부의 도시재생뉴딜사업 공모에 뛰어들었다", None, D, ["urban-regeneration"], "achievement"),
   ("그 결과 2013년 도시활력 증진지역", None, D, ["urban-regeneration"], "achievement"),
  ],
  ["대구 달서구, 도시재생사업 통해 살고 싶은 동네로 바꾼다", "골목스토리 주제로 도시재생 활발", "노후도시 이미지 벗고 경쟁력 높여",
   "야간경관 조명 등 성서산단도 변신", "직원들이 주민들에게 도시 재생 계획을 설명하고 있다",
   "전국 최대 영구임대단지가 있는 이곳에는 취약계층이 많이 거주하고 있는 편이다",
   "인구 1000명당 기초생활수급자를 살펴보면", "오래된 아파트단지는 환경 개선이 시급하다",
   "주거 환경이 계속 나빠지면서 인구 유출 및 감소 현상이 두드러지고 있다"])
