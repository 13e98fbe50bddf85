"""Writes gold/*.json for set-kf (hand annotation)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(G, exist_ok=True)
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(art, md, off, claims, nc):
    h, p, r, o, j = md
    doc = {"article": art, "metadata": {"headline": h, "published": p, "reporter": r, "outlet": o, "jurisdiction": j},
           "officials": off, "claims": claims, "not_claims": nc}
    json.dump(doc, open(os.path.join(G, art + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

D = "2025-11-05"
W("kf-01-asiae.txt", (None, "2025-11-05", None, None, "41310"), ["baek-gyeong-hyeon"], [
  C("큰 호응 속에 성황리에 마무리됐다고 5일 밝혔다", None, D, ["small-merchants", "culture-tourism"], "achievement"),
  C("전통시장과 골목상권 간 연계 강화 및 지역 소비 촉진을 통한 지역경제 활성화를 목표로 마련되었으며", None, D, ["small-merchants"], "statement"),
  C("올해로 20회를 맞은 전통시장 거리 축제는", None, D, ["small-merchants", "culture-tourism"], "statement"),
  C("다문화 음식 축제에서는 각국의 전통 음식을 체험하고 구매할 수 있어 시민들의 큰 호응을 얻었으며", None, D, ["culture-tourism"], "achievement"),
  C("야간 상권 활성화에 이바지했다는 평가를 받았다", None, D, ["small-merchants"], "achievement"),
], ["AI 요약 기술은 핵심만 전달합니다", "전통시장과 골목상권 상생", "지역경제 활성화 중심 자리매김",
    "에 참석해 인사말을 하고 있다. 구리시 제공"])

D1, D2 = "2019-06-14", "2019-06-15"
W("kf-02-womannews.txt", ("김희겸 행정1부지사, 구리전통시장 방문, 구리 전통시장 방문 깨끗하고 정이 넘치는 시장 만들어야",
    "2019-06-15T06:09+09:00", "이경문", "여성종합뉴스", "41"), ["ahn-seung-nam"], [
  C("14일 오후 구리전통시장을 방문해 상인들을 격려하고 전통시장 활성화 방안을 논의했다", None, D1, ["small-merchants"], "statement"),
  C("지역화폐 이용실태와 장바구니 물가를 살펴보는 기회를 가졌다", None, D1, ["small-merchants"], "statement"),
  C("전통시장 경쟁력 강화 및 활성화 방안에 대해 심도 있는 논의를 진행했다", None, D1, ["small-merchants"], "statement"),
  C("경기도가 올해 처음으로 추진하는 ‘깨끗하고 정이 넘치는 전통시장 지원사업’에 대한 실제 상인들의 목소리를 청취하고", None, D1, ["small-merchants"], "statement"),
  C("보건위생 강화·친절도 제고·마케팅·미세먼지 저감 등 대형마트 못지않은", None, D2, ["small-merchants", "fine-dust"], "statement"),
  C("도는 올해 총 40여개소를 선정해 사업을 추진할 계획이며", None, D2, ["small-merchants"], "target"),
], ["미세먼지 빈발, 소비 트랜드 변화로 애로를 겪고 있는 전통시장 상인들을 격려하고 의견청취를 위해 시장을 돌고 있다",
    "이날 행사에는 안승남 구리시장, 박신환 경제노동실장", "깨끗하고 정이 넘치는 시장 만들어야"])

D = "2025-04-14"
W("kf-03-news700.txt", ("평창군, 귀농 귀촌 예정 도시민 대상 강원에서 살아보기 지원사업 추진", "2025-04-14T10:12+09:00", None, None, "51760"), [], [
  C("귀농귀촌을 꿈꾸는 분들의 안정적인 정착과 풍요로운 삶을 위해 강원에서 살아보기 프로그램을 운영한다", None, D, ["agriculture"], "plan"),
  C("414일부터 운영을 시작할 계획이다", None, D, ["agriculture"], "plan"),
  C("참가자 1인당 농촌체험마을에 숙박비 및 마을 정착 프로그램 체험비 등을 지원된다", None, D, ["agriculture"], "statement"),
  C("서면 및 면접 평가를 통해 참가자를 선정하여 6가구 8명을 선정했다", None, D, ["agriculture"], "achievement"),
  C("안정적인 귀농 귀촌을 유도할 수 있도록 다양하고 실효성 있는 체험을 제공하여 사업의 성과를 거두겠다", None, D, ["agriculture"], "plan", "이용하"),
], ["평창군, 귀농 귀촌 예정 도시민 대상 강원에서 살아보기 지원사업 추진"])

D = "2020-12-01"
W("kf-04-shinailbo.txt", ("시민과 함께 만든 춘천시 예산안 주목", "2020-12-01T13:54+09:00", "조덕경", "신아일보", "42110"), ["lee-jae-su"], [
  C("시민과 함께 만든 춘천시의 예산안이 주목받고 있다", None, D, ["citizen-participation"], "achievement"),
  C("시정철학인 ‘시민이 주인’이 깃든 내년도 예산안을 편성했다고 1일 밝혔다", None, D, ["citizen-participation"], "achievement"),
  C("시민이 주도하는 예산안 편성으로 시민 행복도를 높이고자", None, D, ["citizen-participation"], "achievement"),
  C("세대를 아우르는 간담회 자리를 마련했다", None, D, ["citizen-participation"], "achievement"),
  C("내년도 예산안 편성에 관해 대화하는 시간을 가졌다", None, D, ["citizen-participation"], "achievement"),
  C("이재수 시장은 모든 간담회를 직접 주재하며", None, D, ["citizen-participation"], "achievement"),
  C("간담회 결과 청년청 및 지혜의 청과 마을 자치센터 등 시민주권 분야 예산 28억", None, D, ["citizen-participation", "youth-policy", "welfare", "agriculture"], "achievement"),
  C("재래시장 예산을 46억으로 대폭 확대했다", None, D, ["small-merchants"], "achievement"),
  C("자영업자의 애타는 마음을 고스란히 예산안에 반영한 것이다", None, D, ["small-merchants"], "statement"),
  C("시민이 원하는 정책에 예산을 집중해", "lee-jae-su", D, ["citizen-participation"], "plan"),
], ["시민과 함께 만든 춘천시 예산안 주목"])

D = "2019-10-08"
W("kf-05-reporternside.txt", ("강릉시, 도시재생뉴딜사업 중앙동 최종 선정", "2019-10-08", "김지성", None, "42150"), [], [
  C("국토부 도시재생뉴딜사업에 최종선정 되었다고 밝혔다", None, D, ["urban-regeneration"], "achievement"),
  C("국도비를 포함하여 총 194억의 사업비를 확보했다", None, D, ["urban-regeneration", "small-merchants"], "achievement"),
  C("5개의 거점시설을 리모델링하게 된다", None, D, ["urban-regeneration"], "plan"),
  C("서부시장 특화거리조성, 안심골목사업, 맛거리 조성사업 등을 추진하여", None, D, ["urban-regeneration", "small-merchants"], "plan"),
  C("옥천동 도시재생사업과의 시너지효과는 물론", None, D, ["urban-regeneration", "culture-tourism"], "statement"),
], ["국토부 2019 하반기 도시재생뉴딜사업", "강릉시, 도시재생뉴딜사업 중앙동 최종 선정"])

D = "2025-10-29"
W("kf-06-segye.txt", ("2026년부터 첫째아 가정에 100만원 지급 예정", "2025-10-29", None, None, "41190"), ["jo-yong-ik"], [
  C("내년부터 출산지원금 지급 대상을 첫째아 출산가정까지 확대할 계획이다", None, D, ["childcare-birth"], "plan"),
  C("연간 3300여명의 신생아가 혜택을 받게 될 전망이다", None, D, ["childcare-birth"], "plan"),
  C("2026년 첫째아 출산가정부터 지원금을 지원하는 방향으로 제도를 정비한다", None, D, ["childcare-birth"], "plan"),
  C("통과 시 제1회 추가경정예산에 반영해 적용시킬 방침이다", None, D, ["childcare-birth"], "plan"),
  C("현재는 넷째아 이상 가정에 700만원이 주어준다", None, D, ["childcare-birth"], "statement"),
  C("임신·출산·육아 전 과정에서 체감형 정책을 강화하고 있다", None, D, ["childcare-birth"], "statement"),
  C("안심하고 아이를 낳을 수 있는 여건을 마련한다는 전략이다", None, D, ["childcare-birth"], "plan"),
  C("예비 미래세대를 위한 맞춤형 행정을 펼치고 있다", None, D, ["childcare-birth", "public-health", "education"], "statement"),
  C("병원 방문 때 월 4회, 건당 최대 1만3000원을 보탠다", None, D, ["childcare-birth"], "statement"),
  C("현재 5600여명이 연간 3만건 이상을 활용 중이다", None, D, ["childcare-birth"], "achievement"),
], ["안심하고 낳도록 뒷받침 든든", "부천아이페스타에서 아이들이 즐겁게 놀고있다",
    "한국만화박물관 어린이날 행사에서 아이들과 함께 환하게 웃고 있다"])

D = "2018-01-13"
W("kf-07-industrynews.txt", ("신재생에너지 전력비중 10% 임박", "2018-01-13T10:29+09:00", "박관희", "Industry News", "41270"), [], [
  C("전력자립도가 84%를 넘고, 신재생에너지 전력비중은 9.45%에 달한다", None, D, ["energy-transition"], "achievement"),
  C("기초지자체를 선도하고 있는 안산시의 현주소다", None, D, ["energy-transition"], "achievement"),
  C("안산시가 최근 신재생에너지 사업에 박차를 가하고 있다", None, D, ["energy-transition"], "statement"),
  C("신재생에너지 전력비중 9.45%로 신재생에너지분야 전국 1위를 차지하고 있다", None, D, ["energy-transition"], "achievement"),
  C("에너지 진단 및 컨설팅 등 에너지 절약·효율화 사업에 주력했다", None, D, ["energy-transition"], "achievement"),
  C("도로변·육교 등을 활용한 실속형 태양광 발전시설 보급도 추진했다", None, D, ["energy-transition"], "achievement"),
  C("대부도 분산형그리드 사업도 야심차게 준비하고 있다", None, D, ["energy-transition"], "plan"),
], ["에너지 자립도시 조성에 박차", "2030년 재생에너지 비중 30%를 목표로 하고 있다. [사진=안산시]"])

D = "2019-05-28"
W("kf-08-cctvnews.txt", ("경기도지사 이재명 참석한 아웃사이더의 청년기본소득 락페스티벌 오프닝", "2019-05-28T19:35+09:00", "이유정", "CCTV뉴스", "41"), ["lee-jae-myung"], [
  C("기본소득 정책의 핵심인 청년기본소득을 널리 알리기 위해", None, D, ["youth-policy"], "statement"),
  C("31개 시군에서 선발된 청년기본소득 대상자 100명에게", None, D, ["youth-policy"], "statement"),
  C("청년 기본소득의 홍보를 담당하게 된다", None, D, ["youth-policy"], "statement"),
  C("실체적인 정책추진에 노력하겠다", "lee-jae-myung", D, ["youth-policy"], "plan"),
  C("분기별 25만원씩 총 100만원이 지급된다", None, D, ["youth-policy"], "statement"),
], ["가수 '아웃사이더'와 ‘볼빨간사춘기’의 안지영과 우지윤이 출연해 축하 공연을 꾸몄다"])

W("kf-09-news1.txt", ("인제군 ‘꽃보다 용대 스테이’ 청년농촌보금자리 공모사업 선정", None, "이종재", "뉴스1", "51810"), ["choi-sang-gi"], [
  C("‘2024 청년 농촌 보금자리 조성 사업지구’에 선정됐다", None, None, ["housing", "youth-policy", "agriculture"], "achievement"),
  C("선정된 지자체는 인제군과 정선군 2곳을 포함 전국 8곳이다", None, None, ["housing", "youth-policy", "agriculture"], "statement"),
  C("30호의 단독주택형 임대주택단지와 공동보육시설", None, None, ["housing", "youth-policy", "childcare-birth"], "plan"),
  C("안정적인 농촌 정착이 될 것으로 군은 기대하고 있다", None, None, ["housing", "youth-policy", "agriculture"], "statement"),
  C("수도권 청년들이 정착하기 좋은 곳", "choi-sang-gi", None, ["youth-policy"], "statement"),
  C("귀농ㆍ귀촌 정착 마을을 조성하는 사업도 준비하고 있다", "choi-sang-gi", None, ["agriculture", "youth-policy"], "plan"),
], ["인제군 ‘꽃보다 용대 스테이’ 청년농촌보금자리 공모사업 선정"])
print("ok")
