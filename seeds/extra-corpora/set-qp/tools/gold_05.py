import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
D = '2020-05-22'
U = ["urban-regeneration"]
write("qp-05-honam.txt",
 {"headline": "동구 도시재생거점 센터 '충장22' 개관", "published": "2020-05-22T16:35+09:00", "reporter": None, "outlet": None, "jurisdiction": "29110"},
 ["lim-taek"],
 [C("광주 동구의 도시재생을 주도하는 센터인 '충장22'가 22일 개관했다", None, D, U, "achievement"),
  C("산수동 푸른마을공동체센터, 궁동 미로센터에 이은 세번째 거점센터다", None, D, U, "statement"),
  C("충장22는 지난 2014년 국토교통부 도시재생선도지역 공모 사업에서 선정돼 추진한", None, D, U, "statement"),
  C("2014년부터 2019년까지 200억원(국비 100억·시비50억·구비 50억)을 투입해 추진했다", None, D, U, "statement"),
  C("산수동 푸른마을공동체센터(51억원)와 궁동 미로센터(52억원)는 앞서 개관했다", None, D, U, "achievement"),
  C("동구 도시재생선도지역사업이 마무리됐다", None, D, U, "achievement"),
  C("광주시는 이들 거점시설을 연결하는 테마거리를 조성해 지속가능한 도시재생 인프라를 구축했다고 말했다", None, D, U, "achievement"),
  C("침체된 충장로 4·5가에 새로운 활력을 불어 넣을 것으로 기대받고 있다", None, D, U, "statement"),
  C("충장22는 문화예술인과 시민이 누구나 이용할 수 있는 다양한 공간이 마련돼 있다", None, D, ["urban-regeneration", "culture-tourism"], "statement"),
  C("창작자들이 개별작업 뿐만 아니라 공동작업을 할 수 있는 공간도 있다", None, D, ["urban-regeneration", "culture-tourism"], "statement")],
 ["광주 동구 도시재생 거점센터인 '충장22'가 22일 개관했다",
  "이날 열린 개관식에는 김종효 광주시 행정부시장과 임택 동구청장, 이진식 아시아문화전당장 등이 참석했다",
  "문화·예술 창작자 작업 공간 마련",
  "침체된 충장로 4·5가 활성화 기대",
  "테이프절단식, 경과보고, 시설투어 등의 순으로 진",
  "석가탄신일2020.05.30(토)"])
