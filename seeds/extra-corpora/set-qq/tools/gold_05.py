from g import w
K = "kim-ju-su"
w("qq-05-kyongbuk.txt", None, None, None, None, "47730",
  [K],
  [
   ("2018년에 비해 신생아 출생은 34명 증가한 반면 사망은 60명 감소했다", None, None, ["childcare-birth"], "achievement"),
   ("의성군은 3년 전부터 출산통합지원센터 운영과 함께 임신출산 지원, 다자녀 장학금", None, None, ["childcare-birth", "education"], "statement"),
   ("‘아이 키우기 좋은 의성 만들기’ 분위기 조성에 행정력을 집중해 왔다", None, None, ["childcare-birth"], "statement"),
   ("대도시 청년 유입을 위한 사업들도 다양하게 추진 중이다", None, None, ["youth-policy"], "statement"),
   ("건강한 인구 구조를 위해 관련 사업을 적극적으로 추진하고 있는데 그 성과가 조금씩 나타나고 있다", K, None, ["childcare-birth", "youth-policy"], "achievement"),
   ("통합신공항을 유치하고, 저출산 극복 정책을 적극적으로 펼쳐 과거의 면모를 되찾겠다", K, None, ["airport-relocation", "childcare-birth"], "plan"),
  ],
  ["행복만스쿨 등 운영…재작년 530명·작년 349명으로 감소 둔화세",
   "김주수 의성군수가 모두가 공감할 수 있는 저출산 극복 정책을 위해",
   "적극적인 인구 늘리기 정책 등이 가시적인 효과를 보이기 시작한 것이 아니냐는 분석이다",
   "의성군의 인구 감소 추세가 지난해 크게 둔화된 것으로 나타났다",
   "전출보다 전입인구가 87명 많아 긍정적으로 받아들여지고 있다"])
