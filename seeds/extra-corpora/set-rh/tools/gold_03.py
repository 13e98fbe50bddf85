import sys; sys.path.insert(0, '/work/blind/set-rh/tools')
from gold_lib import C, write
D = "2025-03-10"
CB = "childcare-birth"
write("rh-03-sentv.txt",
  {"headline": "연천군, 인구 감소에 '지역 소멸 위기'…방안은?", "published": "2025-03-10T19:15:26+09:00",
   "reporter": "정주현", "outlet": "서울경제TV", "jurisdiction": "41800"},
  [],
  [C("군에서는 출산 장려금 확대와 정주 여건 개선 등 다양한 정책을 추진하고 있지만", None, D, [CB], "criticism"),
   C("이에 연천군은 출산 장려금 확대, 신혼부부 정착 지원 등 인구 증가를 위한 다양한 정책을 내놓고 있습니다", None, D, [CB], "statement"),
   C("하지만 이러한 정책이 실제 인구 증가로 이어질지는 미지수입니다", None, D, [CB], "criticism"),
   C("연천군의 인구 정책이 근본적인 해결책이 되기 어렵다는 지적도 나옵니다", None, D, [CB], "criticism"),
   C("농촌기본소득 시범사업을 진행 중인 연천군 청산면의 경우", None, D, ["agriculture"], "criticism"),
   C("단기적인 지원책을 넘어 일자리 창출, 교육 및 문화 인프라 확충 등 정주 여건 개선에 주력해야 할 것으로 보입니다", None, D, ["jobs", "education", "culture-tourism"], "plan"),
   C("청년층 유입을 위한 맞춤형 정책과 지역 특색을 살린 관광 산업 활성", None, D, ["youth-policy", "culture-tourism"], "plan")],
  ["연천군의 인구가 지속적으로 감소하며 지역 소멸 우려가 커지고 있습니다",
   "연천군의 현재 인구 현황과 대응 방안을 살펴봅니다",
   "특히 출생아 수는 10년 새 절반 이상 감소하며 저출산 문제가 더욱 부각되고 있습니다",
   "청년층의 유출이 지속되는 가운데",
   "‘세컨드홈’ 개념을 도입해 외부 인구 유입을 활성화하고, 2030년까지 생활 인구 1,000만 명 달성을 목표로"])
