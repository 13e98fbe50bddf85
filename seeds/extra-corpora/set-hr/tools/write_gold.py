"""Writes gold/*.json for set-hr (hand annotation)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"
G.mkdir(exist_ok=True)
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(art, md, off, claims, nots):
    h, p, r, o, j = md
    doc = {"article": art, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
           "officials": off, "claims": claims, "not_claims": nots}
    (G / (art + ".json")).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

# hr-01 YTN Mokpo 2022
d = "2022-07-03"; P = "park-hong-ryul"
W("hr-01-ytn.txt", ["'제2의 개항' 꾀하는 목포 ...\"국제 해양관광 1번지로 도약\"", "2022-07-03T04:32+09:00", "오선열", None, "46110"], [P], [
  C("항구도시의 강점을 활용해 해양관광 1번지로 도약을 준비하고 있는데요", None, d, ["culture-tourism"], "statement"),
  C("청년들이 돌아올 수 있는 산단도 조성해서 젊은 경제 도시로서 부흥을 꿈꾸고 있습니다", None, d, ["youth-policy"], "plan"),
  C("지난 2년 동안 1천만 명이 넘는 관광객이 이곳 목포를 찾았습니다", None, d, ["culture-tourism"], "achievement"),
  C("목포시는 2천만 관광객 방문을 목표로 관광 활성화에 시동을 걸었습니다", None, d, ["culture-tourism"], "target"),
  C("1,400여 객실을 갖춘 호텔들이 들어서고", None, d, ["culture-tourism"], "target"),
  C("체류형 국제 관광도시로서는 아직 갈 길이 멉니다", P, d, ["culture-tourism"], "statement"),
  C("목포가 진실로 1등 관광 도시가 될 수 있도록 노력하겠습니다", P, d, ["culture-tourism"], "plan"),
], ["'제2의 개항' 꾀하는 목포", "목포 관광의 백미는 낭만 가득한 밤바다입니다", "바다 보고 있으니까 시원한 것도 있고요",
    "3.2km 길이 해상 케이블카", "징검다리 재선에 성공한 박홍률 시장은"])

# hr-02 Jeonbuk smart farm 2024
d = "2024-04-17"
W("hr-02-jeonmin.txt", ["전북자치도, 청년농 성장에 따른 스마트팜 인프라 구축 '속도'", "2024-04-17T17:11+09:00", "홍민희", None, "52"], [], [
  C("전국에서 유일하게 전북에서만 청년 스마트팜에 투자를 해주는 것에 대한 자부심도 함께 자랑했다", None, d, ["agriculture", "youth-policy"], "achievement", "문유란"),
  C("'청년창업농 대상 스마트팜 조성사업'에 216억원의 예산을 투입하는 등", None, d, ["agriculture", "youth-policy", "startup-support"], "statement"),
  C("인구감소지역에 정착을 결정한 청년농업인에게 시설원예 스마트팜 일체를 지원해", None, d, ["agriculture", "youth-policy"], "achievement"),
  C("타시도 청년의 지속적인 유입을 꾀해 '돈버는 젊은 농촌'을 조성해 나간다는 전략", None, d, ["agriculture", "youth-policy"], "plan"),
], ["윤웅용(26, 남)씨는 장수군 계북면에 스마트팜을 조성하고", "김제의 스마트팜혁신밸리 창업보육센터을 만나",
    "전북자치도, 청년농 성장에 따른 스마트팜 인프라 구축"])

# hr-03 Asan jobs award 2020
d = "2020-10-06"
W("hr-03-maeil.txt", ["아산시, 2020년 전국 지방자치단체 일자리대상 ‘우수상’ 수상", "2020-10-06T17:13+09:00", "김기범", "매일일보", "44200"], ["oh-se-hyeon"], [
  C("'2020년 전국 지방자치단체 일자리대상'에서 우수상을 수상했다고 6일 밝혔다", None, d, ["jobs"], "achievement"),
  C("일자리사업 국비 9000만원을 확보하게 됐다", None, d, ["jobs"], "achievement"),
  C("‘좋은 일자리 5만 개 창출’을 목표로", None, d, ["jobs"], "target"),
  C("2019년 아산시 일자리정책은 크게 4개 부문에서 큰 성과를 보였다", None, d, ["jobs"], "achievement"),
  C("▲청년 취‧창업지원으로 지역정착유도", None, d, ["jobs", "youth-policy", "startup-support", "investment-attraction"], "achievement"),
  C("지난해 여성 고용률은 50.2%를 달성, 역대 최고를 기록했다", None, d, ["jobs"], "achievement"),
  C("여성 고용률 50% 돌파는 남성 위주의 제조업 중", None, d, ["jobs"], "achievement"),
], ["지역일자리 공시제 부문 장관상, 일자리사업 국비 9000만원 확보", "여성고용률 50.2% 달성, 청년정책 및 기업유치 호평",
    "대전지방고용노동청에서 아산시가 일자리대상 ‘우수상’을 수상하고 기념사진을 찍고 있다"])

# hr-04 Daejeon tram 2016
d = "2016-01-21"
W("hr-04-ccnnews.txt", ["대전시, 트램 도입 예정노선 찾아 의견 교환", "2016-01-21", "김거수", None, "30"], [], [
  C("트램 도입 예정노선 현장을 찾아 구간별로 예상되는 문제점과 극복방안에 대해 의견을 교환하는 시간을 가졌다고 밝혔다", None, d, ["public-transit"], "statement"),
  C("진잠까지 순환형으로 건설할 계획이다", None, d, ["public-transit"], "plan"),
  C("시는 트램 건설을 금년도 역점사업으로 선정", None, d, ["public-transit"], "plan"),
  C("트램은 단순한 교통수단이 아닌 도시경관, 도시재생 등 도시전반을 바꿀 수 있는 새로운 패러다임", None, d, ["public-transit", "urban-regeneration"], "plan", "노수협"),
  C("충청권 광역철도사업이 예비타당성조사를 통과함에 따라", None, d, ["public-transit"], "plan"),
], ["대전시, 트램 도입 예정노선 찾아 의견 교환", "도시경관, 도시재생 등 도시전반 바꿀수 있도록 시민 불편 최소화 노력"])

# hr-05 Gwangju Buk-gu award feature 2023
d = "2023-02-27"
W("hr-05-gwangnam.txt", ["[제14회 광주·전남 지방자치경영대상-종합대상] 광주 북구", "2023-02-27T19:39+09:00", None, None, "29170"], ["mun-in"], [
  C("△공정과 배려가 있는 포용복지 도시", None, d, ["welfare", "culture-tourism", "fourth-industrial-revolution"], "statement"),
  C("북구는 소상공인, 중소기업 일자리 창출은 물론 광주시 핵심 현안인 인공지능(AI) 발전을 위해서도 힘썼다", None, d, ["small-merchants", "jobs", "fourth-industrial-revolution"], "achievement"),
  C("광주역 호남권 최대 창업단지 조성", None, d, ["startup-support", "jobs"], "achievement"),
  C("민생현장 방문의 날을 운영해 매주 주민들의 의견을 직접 듣고 해결하며", None, d, ["citizen-participation"], "statement"),
  C("그동안 511건의 건의사항을 처리한 구청장 민행현장 방문의 날을 확대 운영하고", None, d, ["citizen-participation", "fourth-industrial-revolution"], "plan"),
], ["문인 북구청장이 세계패럴림픽위원장과 기념촬영을 하고 있다", "드론 전문 인력 양성 협약식을 갖고 있다",
    "이웃이 이웃 돕는 복지 공동체 실현", "복지 사각지대 해소…촘촘한 복지안전망 구축", "품격 높은 문화 향유 기회·주민참여 행정 실현",
    "광주 북구의 구정 목표다", "민선 8기 북구의 행정 핵심은 ‘민생현장 행정’으로 요약된다"])

# hr-06 Chungju mayor interview 2019
d = "2019-06-28"; J = "jo-gil-hyeong"
W("hr-06-yonhap.txt", ["[민선7기 1년] 조길형 충주시장 \"시민 중심으로 생각·행동하겠다\"", "2019-06-28T07:30+09:00", "박재천", "연합뉴스", "43130"], [J], [
  C("신산업 우량기업이 둥지를 틀 자리를 조성하고 있으며", J, d, ["investment-attraction", "energy-transition"], "achievement"),
  C("동충주역 신설 노선안을 마련하고 고속화 사업에 반영될 수 있도록 착실히 추진하고 있다", J, d, ["public-transit"], "statement"),
  C("수소산업은 충주뿐 아니라 전 세계가 주목하는 미래 역점 산업이다", J, d, ["energy-transition"], "statement"),
], ["시민 생활과 밀접한 사안부터", "임기 첫날 품은 각오와 계획들을 마음에 더욱 새겨", "분주히 뛰어온 시간이었다",
    "민선 7기의 첫해는 기초를 단단히 다지고 주춧돌을 놓았다", "수소 경제 인프라 구축…동충주역 신설하면 충북 전체 발전",
    "수소산업에 사활을 걸고 있다. 어떤 성과가 있나", "서충주 신도시의 현대모비스는 국내에서 유일하게",
    "지난해 12월 현대모비스는 제2공장 증설을 결정하고 첫 삽을 떴다"])

# hr-07 Sejong free bus (undated)
M = "choi-min-ho"
W("hr-07-magazinesj.txt", [None, None, None, None, "36"], [M], [
  C("세종 시내버스요금이 오는 2025년부터 전면 무료화된다", None, None, ["public-transit"], "plan"),
  C("광역노선 5개와 시 내부노선 7개도 신설된다", None, None, ["public-transit"], "target"),
  C("최민호 세종시장은 27일 버스요금무료화와 버스노선 신설을 주요 내용으로 하는 대중교통체계혁신안을 발표했다", M, None, ["public-transit"], "plan"),
  C("시는 먼저 내년 9월부터 출·퇴근 시간대", None, None, ["public-transit"], "plan"),
  C("이후 2025년에 전면 무료화를 추진한다", None, None, ["public-transit"], "plan"),
  C("적용 대상은 세종시민이 세종시에서 출발하거나", None, None, ["public-transit"], "statement"),
  C("지역화폐 여민전으로 환급하는 방식이다", None, None, ["public-transit", "small-merchants"], "statement"),
  C("연간 256억원의 예산이 추가 소요될 것으로 예상했다", None, None, ["public-transit"], "statement"),
  C("시 재정으로 부담이 가능할 것으로 전망했다", None, None, ["public-transit"], "statement"),
  C("승용차 중심의 교통체계를 대중교통체계로 전환하기 위해 버스노선 신설과 개편에도 나선다", None, None, ["public-transit"], "plan"),
  C("대전 3개 노선, 청주 1개 노선, 세종-공주 BRT 1개 노선을 신", None, None, ["public-transit"], "target"),
], ["내년 9월부터 출퇴근 시간대 시범 실시 후 25년 전면 무료화", "광역 5개, 내부 7개 노선 신설... 친환경버스 92대 투입",
    "이용자 선 지불 후 여민전 환급", "'버스요금 무료화'를 포함한 대중교통혁신안을 발표하고 있다", "시내버스 노선 신설과 자전거·택시 확대"])

# hr-08 Jeju governor interview (undated)
O = "oh-young-hun"
W("hr-08-mk.txt", ["오영훈 제주지사 “가정 난방도 수소로 전환이 목표”", None, None, "매일경제", "50"], [O], [
  C("땅과 바다, 하늘에서까지 탄소 배출이 없는 온전한 섬을 만들겠다", O, None, ["climate-carbon"], "plan"),
  C("에너지 자립과 탄소중립 정책을 잇달아 발표했다", None, None, ["energy-transition", "climate-carbon"], "achievement"),
  C("허브는 항만 개념이다", O, None, ["energy-transition"], "statement"),
  C("출입이 자유롭고, 그 물량도 많아야 한다", O, None, ["energy-transition"], "plan"),
  C("30㎽ 규모의 그린수소 생산설비를 만들고 있다", O, None, ["energy-transition"], "statement"),
  C("그린수소를 수출할 수 있는 상황까지 만들겠다", O, None, ["energy-transition"], "plan"),
  C("오 지사는 주민들이 그린수소 전환을 잘 받아들일 것으로 자신했다", O, None, ["energy-transition"], "statement"),
  C("주민들이 직접 수소 관련 시설 유치를", O, None, ["energy-transition"], "statement"),
], ["가정 난방도 수소로 전환이 목표", "탄소 저감과 에너지 자립 위한 노력", "제주는 섬이라는 특성상 늘 ‘에너지 불안’에 시달려왔다",
    "‘2023 그린수소 글로벌 포럼’을 개최하고 있다"])

# hr-09 Iksan jobs model (undated)
H = "jeong-heon-yul"
W("hr-09-jeollailbo.txt", [None, None, None, None, "45140"], [H], [
  C("850명의 일자리가 만들어질 것입니다", H, None, ["jobs"], "target"),
  C("도농 결합형 대형 일자리 프로젝트를 완성했다고 22일 밝혔다", H, None, ["jobs", "agriculture"], "achievement"),
  C("향토 기업인 하림이 직접 참여함으로써 성공확률을 크게 높였다고 자신했다", H, None, ["jobs"], "achievement"),
  C("향토기업인 하림이라는 경쟁력이 결합해 양질의 일자리를 만들어 나가게 된다", H, None, ["jobs", "agriculture"], "plan"),
  C("성공확률도 높을 것으로 기대한다", H, None, ["jobs"], "statement"),
  C("익산형 일자리는 앞서 추진된 군산형 일자리나 광주형 일자리와는 달리 차별화가 담겼다", None, None, ["jobs"], "statement"),
  C("익산형 일자리는 어떤 상황에서도 반드시 필요한 먹거리 중심의 일자리라는 지역적 경쟁력을 담고 있다", None, None, ["jobs"], "statement"),
  C("하림은 공격적 신규 투자에 나서는 지속 가능한 발전 전략이다", None, None, ["agriculture", "investment-attraction"], "statement"),
  C("안정적이고 양질의 일자리 창출이 가능하다는 특징을 갖췄다", H, None, ["jobs"], "statement"),
  C("지역 산업을 대전환시키는 계기가 될 것이다", H, None, ["jobs"], "statement"),
  C("익산에 부족한 양질의 일자리를 반드시 만들어야 한다는", H, None, ["jobs"], "statement"),
], [])
