from g import C, write
K = "kim-yeong-man"; D = "2017-01-27"
write("qw-04-dgmbc.txt",
 {"headline": "R신년기획](군위편)단체장에게 듣는다",
  "published": "2017-01-27T00:25:44+09:00", "reporter": "한태연", "outlet": "대구MBC", "jurisdiction": "47720"},
 [K],
 [
  C("일자리가 부족하니 청년층이 없습니다", K, D, ["jobs"], "statement"),
 ],
 ["팔공산터널 개통으로 인해", "대구 경북의 상생 역할을 하는 걸고리가 되도록", "지방자치단체 소멸 위험도도",
  "절박한 심정으로 유치를", "혼신의 힘을 기울여서 설득을 하고", "올해 계획을 들어보는 기획뉴스"])
