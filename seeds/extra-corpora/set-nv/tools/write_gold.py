"""Writes set-nv gold files (hand annotation)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); GOLD = os.path.join(HERE, "..", "gold")
def C(q, pol, kind, date, sp=None, name=None):
    d = {"quote": q, "speaker": sp, "date": date, "policies": pol, "kind": kind}
    if name: d["speaker_name"] = name
    return d
A = {}
# nv-01 진천 통합 돌봄
D = "2025-06-18"; W = ["welfare"]; WH = ["welfare", "public-health"]; D11 = "2025-06-11"
A["nv-01-chosun-jincheon.html"] = dict(
 metadata=dict(headline="[단독] 의사·약사·영양사 총동원한 진천 통합 돌봄팀", published="2025-06-18T05:00:00+09:00",
               reporter=None, outlet=None, jurisdiction="43750"),
 officials=[],
 claims=[
  C("지난달 군에 통합 돌봄 서비스 신청을 했고, 한 달 만에 건강 수치가 좋아졌다", W, "achievement", D),
  C("통합 돌봄 사업 중 하나인 방문 진료를 담당하는 ‘돌봄스테이션’ 소속 직원이다", WH, "statement", D),
  C("2022년 출범한 ‘돌봄스테이션’에는 간호사 5명과 영양사 1명, 사회복지사 1명이 근무한다", W, "statement", D),
  C("매주 한 번씩 지역 병원의 의사와 약사, 물리치료사도 방문 진료에 참여한다", WH, "statement", D),
  C("진천군이 다른 지자체와 뚜렷하게 구별되는 점은 통합 돌봄 전담 조직과 예산이 있다는 점이다", W, "statement", D),
  C("진천군에는 ‘통합 돌봄팀’이 있고", WH, "statement", D),
  C("대부분의 지자체에선 이 업무들이 보건소와 노인 복지과 등으로 뿔뿔이 흩어져 있어", W, "criticism", D),
  C("집 욕실에 안전 손잡이 등을 설치하는 주거 개선 사업과 가사 일을 대신 해주는 요양사 파견 등 통합적인 복지 서비스를 제공한다", W, "statement", D, None, "김영국"),
  C("또 진천군은 통합 돌봄에 매년 18억원(국비 지원 10억원 포함)의 예산을 투입하고 있다", W, "statement", D),
  C("월 1회 방문 진료를 하고 그 사이 전화로 건강을 체크하는 등 통합 돌봄 서비스는 6개월간 제공되지만", WH, "statement", D),
  C("작년 373명이 혜택을 받았고, 현재 100명의 노인이 서비스를 받고 있다", W, "achievement", D),
  C("매년 장기 요양 급여 15억5000만원을 절약하고 있다고 밝혔다", W, "achievement", D),
  C("진천군의 통합 돌봄은 모범 사례로 거론된 것으로 알려졌다", W, "achievement", D11),
  C("통합 돌봄은 우리 정부의 브랜드 과제(핵심 국정 과제)", W, "statement", D11, None, "문진영"),
  C("이재명 대통령도 ‘어르신 돌봄 국가 책임제’를 공약한 바 있다", W, "plan", D, None, "이재명"),
  C("통합 돌봄은 사실상 현 정부 ‘1호 보건·복지 정책’", W, "statement", D),
  C("1024만 노인(65세 이상)의 삶의 질과 직결되는 정책이기 때문이다", W, "statement", D),
  C("통합 돌봄은 내년 3월부터 전국적으로 시행된다", W, "plan", D),
  C("하지만 준비는 미비한 상황이다", W, "criticism", D),
  C("아직까지 통합 돌봄에 얼마의 예산이 필요할지도 책정하지 못했느냐", W, "criticism", D11),
  C("이 중 정부로부터 예산 지원을 받는 곳은 진천군 등 12곳에 불과하다", W, "criticism", D),
  C("통합 돌봄을 위한 전담 인력도 확보해야 하지만 복지부는 현재 행정안전부와 제대로 된 논의를 하지 못한 것으로 알려졌다", W, "criticism", D),
 ],
 not_claims=["[단독] 의사·약사·영양사 총동원한 진천 통합 돌봄팀", "충북 진천군의 통합 돌봄팀 소속 김하늘(왼쪽) 영양사와",
             "노인 등이 자신이 살던 집과 동네에서 자립해 살 수 있도록 의료·복지 지원을 통합적으로 제공하는 사업",
             "119에 연결되는 비상 버튼도 집에 설치할 것"])
# nv-02 장수 청년농촌보금자리
D = "2025-01-22"; P = ["agriculture", "youth-policy", "housing"]; CH = "choi-hun-sik"
A["nv-02-chosun-jangsu.html"] = dict(
 metadata=dict(headline="장수군, 100억원 규모 청년농촌보금자리 조성사업 선정", published="2025-01-22T16:21:21+09:00",
               reporter=None, outlet=None, jurisdiction="52740"),
 officials=[CH],
 claims=[
  C("전북 장수군은 농림축산식품부가 주관한 ‘2025년 청년농촌보금자리 조성사업’ 공모에 선정됐다", P, "achievement", D),
  C("국·도비 65억원 포함 총사업비 100억원을 확보했다", P, "achievement", D),
  C("공공임대주택단지 30호와 공동보육시설 및 문화·여가 활동이 가능한 커뮤니티센터 등을 조성할 계획이다", ["housing", "childcare-birth", "youth-policy"], "plan", D),
  C("귀농·귀촌인 등 농촌 청년들의 주거·보육 부담을 완화하고 생활여건을 개선해 청년들의 유입을 촉진하기 위해 진행하는 사업이다", ["agriculture", "youth-policy", "housing", "childcare-birth"], "statement", D),
  C("입주대상은 만40세 미만 귀농·귀촌 청년과 신혼부부", P, "statement", D),
  C("임대기간은 최초 2년에 1회 갱신이 가능하고", ["housing"], "statement", D),
  C("귀농·귀촌 청년들이 우리 지역에 안정적으로 정착할 수 있는 생활 여건을 조성하겠다", ["agriculture", "youth-policy"], "plan", D, CH),
  C("농촌지역에 새로운 활력을 불어넣고 인구 감소를 완화하기 위한 다양한 정책과 사업들을 적극 추진하겠다", ["agriculture"], "plan", D, CH),
 ],
 not_claims=["장수군, 100억원 규모 청년농촌보금자리 조성사업 선정", "전북 장수군청사 전경",
             "사업부지는 장수읍 소재지 전체를 조망할 수 있는 수려한 경관을 자랑한다",
             "스마트팜, 장수농공단지, 화훼영농조합, 사과원예협동조합 등 주요 일자리 창출 시설과도 인접해 있다", "최훈식 장수군수. /장수군 제공"])
# nv-03 인천 저출생 대중교통비 환급 + 여객선
D = "2024-10-24"; CT = ["childcare-birth", "public-transit"]; T = ["public-transit"]; TT = ["public-transit", "culture-tourism"]; Y = "yoo-jeong-bok"
A["nv-03-chosun-incheon.html"] = dict(
 metadata=dict(headline="인천, 내년부터 아이 낳으면 대중교통비 최대 70% 환급", published="2024-10-25T01:32:51+09:00",
               reporter=None, outlet=None, jurisdiction="28"),
 officials=[Y],
 claims=[
  C("아이를 낳으면 지하철·버스 등 대중교통비를 최대 70%까지 돌려받을 수 있게 된다", CT, "plan", D),
  C("인천시는 24일 이 같은 내용의 저출생 극복 대책을 발표했다", ["childcare-birth"], "plan", D),
  C("7년간 엄마·아빠의 대중교통비를 50% 환급해준다", CT, "plan", D),
  C("둘째 아이를 낳으면 환급 비율이 70%로 올라간다", CT, "plan", D),
  C("다음 달에 2만5000원씩 돌려받을 수 있다", CT, "statement", D),
  C("대중교통 할인카드에 저출생 극복 아이디어를 결합했다", CT, "achievement", D, Y),
  C("출산 가구에 손에 잡히는 혜택을 줘 저출생 문제를 해결하려는 것", ["childcare-birth"], "statement", D, Y),
  C("인천 섬을 오가는 여객선의 요금을 깎아주는 정책도 시행한다고 밝혔다", T, "plan", D),
  C("시내버스 요금 수준인 1500원만 내면 백령도와 연평도, 덕적도 등 인천 섬 어디든 갈 수 있게 된다", T, "plan", D),
  C("인천 13개 항로가 대상이다", T, "statement", D),
  C("현재 편도 요금이 1만9800원인데 이를 1500원으로 깎아준다", T, "plan", D),
  C("할인율이 92%다", T, "statement", D),
  C("인천 내륙에 사는 시민들도 할인 요금을 적용하는 것이다", T, "statement", D),
  C("다른 지역에서 온 관광객 요금도 4만800원에서 2만6760원으로 34% 깎아준다", TT, "plan", D),
  C("다만 다른 지역에서 온 관광객은 평일에만 할인 혜택을 받을 수 있다", TT, "statement", D),
  C("연간 60만명인 이용객이 66만명으로 늘어날 것으로 예상하고 있다", T, "target", D),
  C("유동 인구가 늘어 섬 경제도 활성화될 것으로 기대한다", T, "statement", D),
 ],
 not_claims=["인천, 내년부터 아이 낳으면 대중교통비 최대 70% 환급"])
# nv-04 울산 중구 도시재생
D = "2026-06-30"; U = ["urban-regeneration"]; UC = ["urban-regeneration", "culture-tourism"]; K = "kim-yeong-gil"
A["nv-04-chosun-ulsan-junggu.html"] = dict(
 metadata=dict(headline="울산 태화강 국가정원서 러닝, 숙박까지… 300억 들여 도시재생", published="2026-06-30T16:08:49+09:00",
               reporter=None, outlet=None, jurisdiction="31110"),
 officials=[K],
 claims=[
  C("숙박시설과 여가시설 등을 갖춘 생활 문화 공간이 들어선다", UC, "plan", D),
  C("국토교통부의 2026년 도시 재생 신규 공모 사업에 다운동 도시 재생 사업인 ‘다운-업(Daun-UP) 액티브가든’이 선정됐다고 30일 밝혔다", U, "achievement", D),
  C("300억원을 들여 태화강국가정원과 연계한 생활·관광 공간을 만든다", UC, "plan", D),
  C("관광객이 머물고 즐길 수 있는 공간을 늘리는 데 사업의 초점을 맞췄다", UC, "statement", D),
  C("주요 사업은 숙박 시설인 ‘다운업 위스테이’와", U, "statement", D),
  C("먹거리 단지 주변 거리도 함께 정비해 상권 활성화를 유도할 계획이다", ["urban-regeneration", "small-merchants"], "plan", D),
  C("이번 공모 사업은 중구가 세 번째 도전 끝에 선정된 것이다", U, "achievement", D),
  C("중구는 주민 의견을 반영해 사업 계획을 보완한 뒤 다시 공모에 나섰다", U, "statement", D),
  C("울산의 정원 문화를 보여주는 휴식 공간을 늘려 지역에 활력을 불어넣겠다", UC, "plan", D, K),
 ],
 not_claims=["울산 태화강 국가정원서 러닝, 숙박까지… 300억 들여 도시재생", "지난 5월 17일 울산 중구 태화강국가정원을 찾은 시민들이",
             "이 지역은 태화강국가정원과 먹거리 단지, 자전거길, 각종 축제 행사장 등 관광 자원이 모여 있는 곳이다",
             "울산 중구의 다운-업(Daun-UP) 액티브가든 사업 구상도"])
# nv-05 부산항선 수소트램
D = "2025-03-21"; T = ["public-transit"]; TU = ["public-transit", "urban-regeneration"]; PH = "park-heong-joon"
A["nv-05-chosun-busan.html"] = dict(
 metadata=dict(headline="부산항 해안따라 원도심 연결 수소트램, ‘부산항선’ 건설한다", published="2025-03-21T16:55:28+09:00",
               reporter=None, outlet=None, jurisdiction="26"),
 officials=[PH],
 claims=[
  C("남구 대연동 지하철 2호선 경성대부경대역을 잇는 도시철도가 건설된다", T, "plan", D),
  C("영도구와 중구, 동구, 남구 일대를 잇는 도시철도 ‘부산항선’을 건설하기로 했다", TU, "plan", D, PH),
  C("부산항선은 총 길이 24.21km에 41개 정거장이 설치될 계획이다", T, "plan", D),
  C("주요 역은 태종대, 한국해양대", T, "statement", D),
  C("수소연료전지 방식의 ‘무가선 노면전차’(트램, 전차선이 없이 도로 위를 달리는 전차)로 한다는 게 부산시의 구상이다", T, "plan", D),
  C("자연경관보존, 관광활성화, 도시미관 개선 등이 가능한 친환경차량시스템을 도입하기로 했다", T, "plan", D, None, "하치덕"),
  C("총 사업비는 7240억원으로 예상됐다", T, "statement", D),
  C("하루 이용객 수는 11만1190명으로 부산시는 예상하고 있다", T, "target", D),
  C("영도선, 우암감만선, 씨베이(C-Bay, 북항재개발 구간)선 등 3개 노선을 연계, 통합한 것이다", T, "statement", D),
  C("이들 노선을 연계 통합해 경제성 및 건설, 운영의 효율성을 높이고 사업성을 확보했다", T, "achievement", D),
  C("예비타당성 조사를 신청하는 등 사업을 본격 추진할 계획이다", T, "plan", D),
  C("부산항선은 활력을 잃은 원도심 일대를 글로벌 허브도시 부산의 중심지로 재탄생시키면서", TU, "statement", D, PH),
 ],
 not_claims=["부산항 해안따라 원도심 연결 수소트램, ‘부산항선’ 건설한다", "부산시가 21일 건설 계획을 발표한 원도심 위한 도시철도 부산항선에 도입될 수소트램 조감도",
             "부산시가 21일 건설계획을 발표한 수소트램 부산항선 노선도"])
# nv-06 해운대 글로벌 관광특구
D = "2026-07-31"; CT_ = ["culture-tourism"]; J = "jeon-jae-su"
A["nv-06-chosun-haeundae.html"] = dict(
 metadata=dict(headline="부산 해운대구, 전국 최초 ‘글로벌 관광특구’ 선정", published="2026-07-31T08:55:30+09:00",
               reporter=None, outlet=None, jurisdiction="26350"),
 officials=[J],
 claims=[
  C("부산 해운대구가 전국 최초로 ‘글로벌 관광특구’로 선정됐다", CT_, "achievement", D),
  C("문화체육관광부의 글로벌 관광특구 공모에서 해운대구가 최종 선정됐다고 31일 밝혔다", CT_, "achievement", D),
  C("2년간 콘텐츠 확충과 서비스 개선에 국비 등 총 60억원을 투입한다", CT_, "plan", D),
  C("해운대구는 1994년 전국 최초로 지정된 관광특구이기도 하다", CT_, "statement", D),
  C("영화의전당∼누리마루 APEC 하우스∼벡스코∼해운대 달맞이고개 등을 아우르는 6.2㎢ 규모다", CT_, "statement", D),
  C("달맞이길 월간 특화 프로그램, 나이트 페스타, 당일 관광 프로그램 등을 운영한다", CT_, "plan", D),
  C("인공지능(AI) 기반 24시간 무인 관광 안내소와 외국인 스마트 결제 시스템을 도입한다", ["culture-tourism", "fourth-industrial-revolution"], "plan", D),
  C("지능형 CCTV를 활용한 관광객 밀집도 분석으로 안전한 관광 환경도 조성한다", ["culture-tourism", "disaster-safety"], "plan", D),
  C("관광특구 내 호텔협의회와 상생 협약을 맺을 예정이다", CT_, "plan", D),
  C("투숙객 맞춤형 체크아웃 시스템도 도입해 체류 시간도 늘린다", CT_, "plan", D),
  C("이번 선정은 부산이 대한민국을 대표하는 관광도시로 인정받은 성과", CT_, "achievement", D, J),
  C("외국인 관광객 600만명 시대를 앞당기겠다", CT_, "target", D, J),
 ],
 not_claims=["부산 해운대구, 전국 최초 ‘글로벌 관광특구’ 선정", "본격적인 여름 피서철이 시작된 26일 부산 해운대구 해운대해수욕장에서",
             "올해 1~6월 부산을 방문한 외국인은 242만629명으로 집계됐다"])
# nv-07 대전 임신·육아 공무원
D = "2024-08-06"; B = ["childcare-birth"]; L = "lee-jang-woo"
A["nv-07-chosun-daejeon.html"] = dict(
 metadata=dict(headline="대전시, 임신 직원 ‘주 1회 재택근무’ 등 맞춤형 돌봄 지원 시행", published="2024-08-06T15:59:14+09:00",
               reporter=None, outlet=None, jurisdiction="30"),
 officials=[L],
 claims=[
  C("대전시는 8월부터 임신한 공무원을 대상으로 한 주 4일 출근제 등 맞춤형 돌봄 지원 시책을 시행한다고 6일 밝혔다", B, "plan", D),
  C("실질적인 맞춤형 지원체계를 마련하기로 했다", B, "plan", D),
  C("돌봄 주기별 근무 지원에 나선다", B, "plan", D),
  C("임신기 공무원들은 주 4일만 출근하고, 나머지 하루는 재택근무를 의무적으로 하도록 했다", B, "statement", D),
  C("하루 2시간씩 사용할 수 있는 모성보호 시간도 의무적으로 써야 한다", B, "statement", D),
  C("주 1회 또는 월 4회 이상 자녀 돌봄 육아시간(회당 1시간 이상~2시간 이하)을 사용하도록 했다", B, "statement", D),
  C("최대 36개월 범위 안에서 매일 1시간씩 육아시간을 사용할 수 있다", B, "statement", D),
  C("‘대전시 지방공무원 복무 조례’를 개정하기로 했다", B, "plan", D),
  C("직원들의 임신과 난임과 관련한 특별 휴가도 마련한다", B, "plan", D),
  C("‘난임 동행 휴가’를 신설, 여성 공무원과 동일한 휴가 일수를 부여한다", B, "plan", D),
  C("최대 5일의 특별 휴가를 신설했다", B, "achievement", D),
  C("육아 등으로 자리를 비우는 직원의 업무를 대신 수행하는 공무원에 대한 보상도 제공한다", B, "plan", D),
  C("초과근무수당의 월 지급 상한을 기존 48시간에서 57시간으로 확대하기로 했다", B, "plan", D),
  C("반기별 최대 30만원의 휴양 포인트를 지급한다", B, "plan", D),
  C("인구 위기 극복을 위해 총력을 기울이고 있다", B, "statement", D, L),
 ],
 not_claims=["대전시, 임신 직원 ‘주 1회 재택근무’ 등 맞춤형 돌봄 지원 시행", "대전시청 전경"])
# nv-08 진도군 보도자료 (vitest fixture)
LJ = "lee-jae-gak"
A["nv-08-jindo-pressrelease.html"] = dict(
 metadata=dict(headline="이재각 진도군수, 폭염 속 현장 근로자 안전 최우선 강조", published="2026-07-23T13:11+09:00",
               reporter=None, outlet=None, jurisdiction="12860"),
 officials=[LJ],
 claims=[
  C("폭염 대응과 안전관리를 강조하며 현장 중심의 소통 행정을 펼쳤다", ["disaster-safety"], "statement", "2026-07-20", LJ),
  C("군은 폭염 취약 작업장을 수시로 점검하고 휴식시간 보장, 식수 제공, 안전교육 강화 등 근로자 보호대책을 이어갈 계획이다", ["disaster-safety"], "plan", "2026-07-23"),
 ],
 not_claims=["폭염 속 현장 근로자 안전 최우선 강조", "공원관리사업소 방문해 기간제근로자 76명 격려… 폭염 대응 안전관리 강화",
             "생활권 녹지공간 확충과 사계절 아름다운 경관 조성 당부"])
# nv-09 경북 2026 도정 방향
D = "2025-12-29"; LC = "lee-cheol-u"; CU = ["culture-tourism"]
A["nv-09-chosun-gyeongbuk.html"] = dict(
 metadata=dict(headline="이철우 경북지사 “5대 첨단 산업 육성해 경북 번영 이끈다”", published="2025-12-29T22:49:32+09:00",
               reporter=None, outlet=None, jurisdiction="47"),
 officials=[LC],
 claims=[
  C("경북도가 2026년부터 인공지능(AI)·반도체 등 첨단 산업으로 시·군을 연계해 발전 효율성을 높일 방침이다", ["fourth-industrial-revolution"], "plan", D),
  C("관광 콘텐츠와 인프라도 개선한다는 계획이다", CU, "plan", D),
  C("포항·경주·안동 등은 인공지능(AI) 및 반도체 연합도시로", ["fourth-industrial-revolution"], "plan", D),
  C("영천·경산·칠곡 등은 미래차", ["future-vehicles"], "plan", D),
  C("경북투자청과 경북도산업투자공사 등을 설립해 첨단산업 환경을 개선하고 대규모 투자를 유치할 방침이다", ["investment-attraction"], "plan", D),
  C("정부의 지역 균형 발전 전략에 맞춘 ‘영남권 공동 발전 정책’도 본격화한다", ["decentralization"], "plan", D),
  C("대구·경북·부산·울산·경남 지역을 묶는 초광역 전철망을 구축하고", ["public-transit", "decentralization"], "plan", D),
  C("대구경북신공항 건설과 영일만항 확장도 추진한다", ["airport-relocation"], "plan", D),
  C("‘3+1 세계 역사 문화 관광 수도’ 정책을 선보인다", CU, "plan", D),
  C("이른바 ‘포스트 APEC’ 사업을 도내 전역으로 확산한다", CU, "plan", D),
  C("경북 지역의 자연 환경을 활용한 관광 전략도 추진한다", CU, "plan", D),
  C("22개 시군별로 최소 1곳씩 고급 호텔을 유치하고, 특색 있는 지역 음식도 브랜드화할 방침이다", CU, "plan", D),
  C("청년 중심의 농촌 경제 활성화와 일자리 창출을 목표로 한다", ["agriculture", "jobs"], "plan", D),
  C("산림 경영 특구 5곳을 시범 조성하고 스마트팜, 스마트 과수원 등을 육성할 예정이다", ["agriculture"], "plan", D),
  C("해양수산 분야에서도 스마트 양식장, 관광 체험 어촌 등이 도입된다", ["agriculture"], "plan", D),
  C("인구 대책인 ‘저출생과 전쟁’은 시즌 3로 접어든다", ["childcare-birth"], "plan", D),
  C("저출생에 고령화, 청년, 외국인 정책도 결합해 미래 인구 변화에 대비하겠다는 취지다", ["childcare-birth", "youth-policy"], "statement", D),
  C("저출생을 대비하는 ‘인구 대응 경북 협의체’도 출범한다", ["childcare-birth"], "plan", D),
  C("산불·산사태·집중호우 등 3대 자연재해에 대한 대응 체계도 강화한다", ["disaster-safety"], "plan", D),
  C("2025년의 대표 성과로 APEC 성공적 개최, 산불 피해 극복, 전국 유일 청렴도 1등급 달성 등을 꼽았다", ["disaster-safety"], "achievement", D),
  C("내년에도 메가테크 연합도시와 영남권 초광역 협력 등을 통해 경북의 번영을 이끌겠다", ["decentralization"], "plan", D, LC),
 ],
 not_claims=["5대 첨단 산업 육성해 경북 번영 이끈다", "경북도는 29일 도청에서 2026년 5대 도정 운영 방향에 대한 설명회를 열었다",
             "내년 핵심 과제는 ‘5대 첨단산업 연합도시’다", "시·군 경계 허문 ‘메가테크 연합’, 영남권 아우르는 복안도",
             "결국은 민생”… 저출생과 전쟁 시즌 3 돌입", "올해는 도민의 지지 덕분에 위기를 기회로 바꾼 희망의 역사를 썼다",
             "5대 첨단산업 연합도시 구상안/경북도", "2026년 도정 방향 중 영남권 공동발전안/경북도"])
if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    for name, g in A.items():
        out = {"article": name, **g}
        json.dump(out, open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(name, len(g["claims"]))
