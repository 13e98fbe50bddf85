import sys; sys.path.insert(0, '/work/blind/set-rj/tools')
from gold_lib import C, write
D = "2022-03-10"; S, H = "disaster-safety", "housing"
write("rj-06-wowtv.txt",
  {"headline": "경북도, 이재민 주거지원등 울진산불 현장지원단 구성", "published": "2022-03-10T08:49+09:00",
   "reporter": None, "outlet": None, "jurisdiction": "47"},
  [],
  [C("본격적인 피해복구 지원 업무를 시작했다고 10일 밝혔다", None, D, [S], "achievement"),
   C("현장지원단은 경북도 기획조정실장을 단장으로 6개반으로 구성해", None, D, [S, "agriculture"], "plan"),
   C("민관합동 피해조사단을 별도로 운영할 예정이다", None, D, [S], "plan"),
   C("현장지원단은 산불 피해복구가 종료될 때까지 운영할 방침이다", None, D, [S], "plan"),
   C("‘이재민 주거지원 태스크포스(TF)’도 구성했다", None, D, [H, S], "achievement"),
   C("경북도는 지난 9일 덕구온천콘도를 임차해", None, D, [S, H], "achievement"),
   C("도는 민간기업 연수원 시설을 추가로 확보하는 한편", None, D, [H, S], "plan"),
   C("주택 재건축시 건축설계비 지원을 비롯해 주택도시기금, 농어촌 주택개량 정비사업, 빈집 정비사업 등의 지원수단을 복합적으로 강구하기로 했다", None, D, [H, S, "urban-regeneration"], "plan"),
   C("지방도 917호선에 대한 응급복구지원도 시작한다", None, D, [S], "plan")],
  ["울진 산불 이재민들이 덕구온천콘도에 임시입주하고 있다. 경상북도 제공",
   "피해면적이 1만7779㏊에 달하고 주택 250채가 전소됐다",
   "188가구 279명의 이재민이 발생했다",
   "농림축산업에 대한 지원"])
