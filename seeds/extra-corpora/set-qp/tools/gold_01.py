import sys; sys.path.insert(0, '/work/blind/set-qp/tools'); from g import *
D = '2017-08-15'
write("qp-01-donga.txt",
 {"headline": "정선군, 귀농·귀촌으로 인구 늘리기 나선다", "published": "2017-08-16T03:00+09:00", "reporter": None, "outlet": None, "jurisdiction": "42770"},
 [],
 [C("강원 정선군이 귀농·귀촌을 통한 인구 늘리기에 본격적으로 나섰다", None, D, ["agriculture"], "plan"),
  C("가장 눈길을 끄는 것은 도시민을 대상으로 한 귀농·귀촌 유치다", None, D, ["agriculture"], "statement"),
  C("정선군은 이를 위해 ‘귀농인 육성·귀촌인 정착 지원 조례’를 제정했고", None, D, ["agriculture"], "achievement"),
  C("조례에는 귀농·귀촌 상담센터 설치 운영을 비롯해", None, D, ["agriculture"], "statement"),
  C("이 조례는 농업 경영에 필요한 기술 습득 및 교육", None, D, ["agriculture"], "statement"),
  C("정선군은 이미 귀농·귀촌인들에게 실질적인 도움이 되는 사업을 적극 시행하고 있다", None, D, ["agriculture"], "statement"),
  C("농업대학 운영을 통한 전문농업인 양성과 귀농·귀촌인을 대상으로 한 농업기계 정비 등 순회 기술교육이 그 대표적 사례", None, D, ["agriculture"], "statement"),
  C("매년 ‘아리아리정선 농업대학’을 운영해 80여 명의 전문 농업인을 배출하고 있다", None, D, ["agriculture"], "achievement"),
  C("800여 명의 농업인을 대상으로 주요 작목 재배 기술과 농산물 마케팅 등 13개 과정의 실용교육을 실시하고 있다", None, D, ["agriculture"], "statement"),
  C("농기계 순회 기술교육은 바쁜 영농철을 맞아", None, D, ["agriculture"], "statement")],
 ["인구늘리기 추진위 구성 대책 마련… 조례 제정해 주택매입 등 정착 지원",
  "인구 4만명 회복 위해 총력전",
  "최근 인구 4만 명 회복을 선언하고 ‘정선군 인구 늘리기 추진위원회’를 구성해 다양한 대책을 추진 중이다",
  "뉴스 트렌드 생활정보 International edition 매체"])
