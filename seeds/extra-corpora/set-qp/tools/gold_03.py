import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
D = '2023-01-15'
write("qp-03-honamnewsline.txt",
 {"headline": "광주광역시 북구, 2023년 전통시장.상점가 활성화 공모사업 선정", "published": "2023-01-15T16:51+09:00", "reporter": "서은홍", "outlet": "호남뉴스라인", "jurisdiction": "29170"},
 ["mun-in"],
 [C("공모사업’에 선정돼 국비 1억여 원을 확보했다고 15일 밝혔다", None, D, ["small-merchants"], "achievement"),
  C("이번 공모사업은 코로나19와 경기침체로 어려움을 겪고 있는 전통시장과 상점가에 활력을 불어넣기 위해", None, D, ["small-merchants"], "statement"),
  C("매곡동 골목형상점가 등 4곳이 선정됐다", None, D, ["small-merchants"], "achievement"),
  C("북구는 선정된 전통시장 및 상점가에 전문지식과 경험을 갖춘 시장매니저와 배송매니저를 배치하고", None, D, ["small-merchants"], "plan"),
  C("이번 연이은 지원사업 선정으로 자생력 및 성장 기반을 공고히 할 것으로 기대된다", None, D, ["small-merchants"], "statement"),
  C("이번 공모사업이 전통시장 및 상점가의 자체 역량을 강화하는 계기가 되기를 바란다", "mun-in", D, ["small-merchants"], "statement"),
  C("앞으로도 전통시장과 상점가가 다시 활기를 되찾을 수 있도록 다양한 지원방안을 마련해 나가겠다", "mun-in", D, ["small-merchants"], "plan"),
  C("한편, 북구는 지난해 전통시장 시설 현대화사", None, D, ["small-merchants"], "achievement")],
 ["중소벤처기업부 주관 공모에서 말바우시장 등 4곳 선정 전통시장 및 상점가 활성화 사업 지원",
  "입력 : 2023. 01.15(일) 16:51"])
