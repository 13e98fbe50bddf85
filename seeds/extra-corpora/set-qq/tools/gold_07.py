from g import w
L = "lee-cheol-u"; D = "2020-01-16"
w("qq-07-kukinews.txt", "경북도, 23개 시군과 ‘2020 대구경북관광’ 성공 결의 다져", "2020-01-16T15:20+09:00", None, None, "47",
  [L],
  [
   ("이철우 경북지사와 23개 시장·군수가 16일 도청에 모여 ‘2020 대구경북관광’ 성공 결의를 다졌다", None, D, ["culture-tourism"], "plan"),
   ("경북도와 23개 시군이 합심해 청년일자리 창출, 지역경제 활성화 및 대구경북관광의 해 성공방안을 논의하기 위해 마련됐다", None, D, ["jobs", "youth-policy", "culture-tourism"], "statement"),
   ("관광은 일자리 창출효과가 높고, 연관산업 파급효과도 크다.", L, D, ["culture-tourism", "jobs"], "statement"),
   ("관광콘텐츠 개발, 인프라확충, 글로벌 마케팅을 통해 문화관광 일자리를 창출하고 지역경제를 활성화 할 수 있을 것", L, D, ["culture-tourism", "jobs"], "statement"),
   ("올해는 대구경북 관광의 해로 지역관광을 전 세계에 알리고 세일즈할 수 있는 절호의 기회", L, D, ["culture-tourism"], "statement"),
   ("각 시․군마다 관광 여건은 다르지만 체계적으로 관광 마케팅을 펼친다면 승산은 충분하다", L, D, ["culture-tourism"], "statement"),
   ("지난 13일 부시장·부군수 회의에서 관광과 일자리 목표를 수치화 했다", L, D, ["culture-tourism", "jobs"], "achievement"),
   ("시군별로 정한 관광객 목표를 초과달성 할 수 있도록 힘써 달라", L, D, ["culture-tourism"], "plan"),
   ("광역 스마트시티 통합 플랫폼 구축사업, 미혼남녀 결혼률 증가 대책, 경북기독보육원 시설운영비", None, D, ["smart-city", "childcare-birth", "welfare"], "statement"),
  ],
  ["2020년 대구경북 관광의 해에는 대구 경북으로 놀러오이소!", "신년교례회에서 벗어나 실질적인 민생현안을 챙기는 행사로 진행됐다는 점에서 의미가 깊다",
   "경북도, 23개 시군과 ‘2020 대구경북관광’ 성공 결의 다져"])
