"""Writes gold/*.json for set-dz (hand annotation)."""
import json, os
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
G = {}

def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# dz-01 대전 대덕구, 도시재생뉴딜 토론회 (undated)
G["dz-01-cctoday.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": "이정훈", "outlet": "충청투데이", "jurisdiction": "30230"},
 "officials": ["park-jeong-hyeon-30230"],
 "claims": [
  c("주민들이 적극적으로 참여 할 수 있는 기회를 꾸준히 제공하겠다", "park-jeong-hyeon-30230", None, ["urban-regeneration", "citizen-participation"], "plan"),
  c("도시재생어울림 플랫폼 등 거점사업을 중심으로", "park-jeong-hyeon-30230", None, ["urban-regeneration"], "plan"),
  c("민선7기 주요공약사업 중의 하나로 도시재생 뉴딜사업을 중점 추진중이다", None, None, ["urban-regeneration"], "statement"),
 ],
 "not_claims": ["‘도시재생뉴딜사업’토론회를 개최했다", "사업추진협의회 구성을 원활히 하고자 마련됐다", "▲ 대덕구 제공"],
}

D2 = "2026-03-03"
G["dz-02-segye.txt"] = {
 "metadata": {"headline": None, "published": D2, "reporter": None, "outlet": None, "jurisdiction": "43110"},
 "officials": [],
 "claims": [
  c("충북 청주시가 취업과 창업, 정착에 이르는 맞춤형 청년 지원에 나선다", None, D2, ["jobs", "startup-support", "youth-policy"], "plan"),
  c("청년일자리창출 종합계획을 수립하고 본격적으로 추진한다고 3일 밝혔다", None, D2, ["jobs", "youth-policy"], "plan"),
  c("지역 청년 유출 등을 막겠다는 의지다", None, D2, ["jobs", "youth-policy"], "plan"),
  c("인재 양성과 취·창업 지원, 장기근속 도모, 자립 기반 구축 등이다", None, D2, ["jobs", "startup-support", "youth-policy"], "statement"),
  c("2만1629명의 교육과 취업을 목표로", None, D2, ["jobs", "youth-policy"], "target"),
  c("지역 대학과 관계기관 협의체를 구성해 지역산업 맞춤형 인재를 양성한다", None, D2, ["jobs", "education"], "plan"),
  c("바이오·인공지능(AI)·보안 등 첨단 분야 교육을 확대한다", None, D2, ["education", "fourth-industrial-revolution"], "plan"),
  c("취업 준비 청년들의 부담을 덜어준다", None, D2, ["jobs", "youth-policy"], "plan"),
  c("원도심 대현지하상가에 청년창업지원공간을 마련한다", None, D2, ["startup-support", "youth-policy"], "plan"),
  c("창업보육센터와 창업중심대학 지원사업을 통해", None, D2, ["startup-support"], "plan"),
  c("청년 월세 지원과 전세자금 대출이자 지원으로 주거 안정을 도모한다", None, D2, ["housing", "youth-policy"], "plan"),
  c("청년들이 취업 준비부터 직장에 안정적으로 정착할 수 있도록", None, D2, ["jobs", "youth-policy"], "plan"),
 ],
 "not_claims": ["충북 청주시 전경. 청주시 제공"],
}

D3 = "2026-01-25"
G["dz-03-kmib.txt"] = {
 "metadata": {"headline": "충북, 지난해 청년고용률 74.2%… 전국 1위", "published": D3, "reporter": None, "outlet": None, "jurisdiction": "43"},
 "officials": ["kim-yung-hwan"],
 "claims": [
  c("지난해 청년 고용률이 74.2%로 전국 1위를 기록했다고 25일 밝혔다", None, D3, ["jobs", "youth-policy"], "achievement"),
  c("전국 평균 71.5%보다 2.7%포인트 높은 수치다", None, D3, ["jobs", "youth-policy"], "achievement"),
  c("청년 실업률은 2.0%로 전국에서 가장 낮게 나타나", None, D3, ["jobs", "youth-policy"], "achievement"),
  c("청년 인구 이동 흐름은 10여년 만에 유출에서 유입으로 전환됐다", None, D3, ["youth-policy"], "achievement"),
  c("지역으로 돌아온 청년인구는 떠난 인구보다 1433명 많았다", None, D3, ["youth-policy"], "achievement"),
  c("지역 특성과 계층별 수요를 반영한 것으로 보고 있다", None, D3, ["jobs", "youth-policy"], "achievement"),
  c("도시농부는 도시 유휴인력을 농부로 육성해 농촌에 인력을 지원하는", None, D3, ["jobs", "agriculture"], "statement"),
  c("지자체가 인건비 일부를 농가에 지원한다", None, D3, ["jobs", "agriculture"], "statement"),
  c("도시근로자는 생산 현장에 인력을 지원하는 사업이다", None, D3, ["jobs"], "statement"),
  c("도가 근로자 인건비의 40%를 하루 최대 4시간까지 지원한다", None, D3, ["jobs"], "statement"),
  c("생활밀착형 일자리 모델이다", None, D3, ["jobs", "youth-policy"], "statement"),
  c("청년들의 사회진출을 도왔다", None, D3, ["jobs", "youth-policy"], "achievement"),
  c("근속 및 창업 지원 등도 펼쳤다", None, D3, ["jobs", "youth-policy", "startup-support", "small-merchants"], "achievement"),
  c("일자리는 청년의 지역 정착 가능성을 높이는 가장 근본적인 해법", "kim-yung-hwan", D3, ["jobs", "youth-policy"], "statement"),
 ],
 "not_claims": ["청년 실업률 2.0%로 가장 낮아", "도시농부 등 맞춤형 일자리 주효"],
}

G["dz-04-focusi.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "빛가람뉴스", "jurisdiction": "29200"},
 "officials": ["kim-sam-ho"],
 "claims": [
  c("광산형 스마트도시 조성을 위한 ‘광산구 스마트도시사업협의회 위촉식’ 및 첫 회의를 개최했다", None, None, ["smart-city"], "achievement"),
  c("위원회는 스마트도시 실시계획에 관한 사항", None, None, ["smart-city"], "statement"),
  c("그간 스마트도시사업 추진사항, 스마트도시사업협의회 운영방안에 대한 공유가 이뤄졌으며", None, None, ["smart-city"], "statement"),
  c("주민 삶의 질을 높일 수 있는 광산형 스마트도시 조성을 위해 협의회가 다양한 의견을 내주길 바란다", "kim-sam-ho", None, ["smart-city"], "statement"),
 ],
 "not_claims": ["협의회는 부구청장을 위원장으로 당연직위원 5명과 위촉직위원 10명 총 15명으로 구성됐다", "김념촬영(광산구제공)"],
}

D5 = "2025-08-28"
G["dz-05-maeil.txt"] = {
 "metadata": {"headline": "세종시 버스노선 대폭개편 시민편의 증대 기대", "published": D5, "reporter": "이현승", "outlet": "매일일보", "jurisdiction": "36"},
 "officials": ["choi-min-ho"],
 "claims": [
  c("인접 지자체(대전·청주·공주)를 연결하는 5개 광역노선 신설", None, D5, ["public-transit"], "plan"),
  c("효율적 대중교통 체계를 구축하고자 이번 노선 개편을 추진하였다고 말했다", "choi-min-ho", D5, ["public-transit"], "statement"),
  c("‘세종 M버스’가 9월 10일 개통 예정이다", None, D5, ["public-transit"], "plan"),
  c("대전 반석역을 최단 시간으로 직결하는 1003번을 9월 1일 개통할 예정이다", None, D5, ["public-transit"], "plan"),
  c("신도심과 공주를 연결하는 BRT 노선은", None, D5, ["public-transit"], "plan"),
  c("청주 현대백화점, 롯데아울렛 등을 지나는 B7 노선이 운행 중이다", None, D5, ["public-transit"], "statement"),
  c("시내버스 노선 7개를 신설하여 신규 입주민의 대중교통 접근성을 강화했고", None, D5, ["public-transit"], "achievement"),
 ],
 "not_claims": ["대중교통 중심 체계 전환 고질적인 교통체증 해소"],
}

G["dz-06-jeollailbo.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "45"},
 "officials": [],
 "claims": [
  c("‘출산 및 양육하기 좋은 전북 만들기’에 매진할 방침이다", None, None, ["childcare-birth"], "plan"),
  c("출산장려 직장 분위기 확산에도 힘쓰기로 했다", None, None, ["childcare-birth"], "plan"),
  c("임신과 출산, 보육 등의 저출산 극복 프로젝트를 내실 있게 추진할 계획이라고 밝혔다", None, None, ["childcare-birth"], "plan"),
  c("▲가정양육수당 지원(287억) ▲가족센터 건립(55억)", None, None, ["childcare-birth", "welfare"], "plan"),
  c("다자녀를 둔 청원 격려를 통한 출산장려 분위기 확산도 눈에 띄고 있다", None, None, ["childcare-birth"], "statement"),
  c("다자녀 육아 관련 담소를 나누고, 복지포인트 300만원을 전달했다", None, None, ["childcare-birth"], "achievement"),
  c("직원들의 출산을 장려하기 위해 세 자녀 이상을 둔 직원에게 복지포인트 지급 제도를 운영함에 따라 이뤄졌다", None, None, ["childcare-birth"], "statement"),
  c("출산·육아에 좋은 직장 만들기 추진에 힘을 모으고", None, None, ["childcare-birth"], "plan"),
 ],
 "not_claims": ["육아 관련 고충을 듣고 다자녀 직원들을 격려했다", "다자녀를 둔 청원으로 인센티브를 받게 됐다"],
}

G["dz-07-segye.txt"] = {
 "metadata": {"headline": "5월 크루즈 준모항·친환경 관광 등 새 성장동력 시동", "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"},
 "officials": ["oh-young-hun"],
 "claims": [
  c("‘공존의 약속’ 실천 강화와 크루즈 준모항 운영 등 관광 혁신을 추진한다", None, None, ["culture-tourism"], "plan"),
  c("이번 주를 기점으로 관광객 증가세로 전환될 것으로 전망한다", "oh-young-hun", None, ["culture-tourism"], "statement"),
  c("이를 뒷받침할 정책이 제대로 실행되지 않으면 실현되기 어렵다", "oh-young-hun", None, ["culture-tourism"], "statement"),
  c("제주 관광의 기본 방향으로 삼은 ‘공존의 약속’의 실천을 역설했다", "oh-young-hun", None, ["culture-tourism"], "plan"),
  c("공존의 약속은 두 가지 핵심 가치를 담고 있다", "oh-young-hun", None, ["culture-tourism"], "statement"),
  c("첫째는 제주를 찾는 여행자에 대한 존중과 배려이며", "oh-young-hun", None, ["culture-tourism"], "statement"),
  c("도민과 관광객 간 이해와 존중이 선행될 때", "oh-young-hun", None, ["culture-tourism"], "statement"),
  c("5월부터 시작되는 크루즈 준모항 운영에 주목하고 있다", None, None, ["culture-tourism"], "plan"),
  c("준모항 운영으로 제주도민의 크루즈 여행 기회가 확대될 뿐 아니라", "oh-young-hun", None, ["culture-tourism"], "statement"),
  c("제주 관광의 새로운 전기가 마련될 것", "oh-young-hun", None, ["culture-tourism"], "statement"),
  c("세관·출입국·검역(CIQ) 기관과의 협력을 마쳤다", None, None, ["culture-tourism"], "achievement"),
  c("서귀포시는 크루즈 관광객 유치를 위한 전담조직(TF)을 구성했다", None, None, ["culture-tourism"], "achievement"),
 ],
 "not_claims": ["관광은 상호 존중과 배려를 통해 좋은 추억을 만들어가는 과정", "5월 크루즈 준모항·친환경 관광 등 새 성장동력 시동"],
}

D8 = "2025-12-23"
G["dz-08-tf.txt"] = {
 "metadata": {"headline": "충남도, 18개 기업 4355억 원 투자 유치…신규 고용 899명", "published": "2025-12-23T15:31+09:00", "reporter": "노경완", "outlet": "더팩트", "jurisdiction": "44"},
 "officials": ["kim-tae-heum"],
 "claims": [
  c("18개 기업과 4355억 원 규모의 투자협약을 체결하며 지역 산업 경쟁력 강화와 일자리 창출에 속도를 내고 있다", None, D8, ["investment-attraction", "jobs"], "achievement"),
  c("6개 시군 단체장과 18개 기업 대표와 함께 협약을 체결했다", None, D8, ["investment-attraction"], "achievement"),
  c("생산시설을 신설하거나 이전해 신규 고용 899명을 창출할 계획이다", None, D8, ["investment-attraction", "jobs"], "target"),
  c("보호필름 등 업종도 다변화됐다", None, D8, ["investment-attraction"], "statement"),
  c("고용 유발 3400명 등 파급효과를 낼 것으로 예상했다", None, D8, ["investment-attraction", "jobs"], "statement"),
  c("충남은 현재까지 국내외 317개사로부터", "kim-tae-heum", D8, ["investment-attraction"], "achievement"),
 ],
 "not_claims": ["이차전지·반도체·자동차 분야 강소기업 대상 투자협약 체결", "투자협약을 체결한 뒤 기념촬영을 하고 있다", "자동차 기계부품 업체 이화다이케스팅 350억 원"],
}

G["dz-09-hankyung.txt"] = {
 "metadata": {"headline": "4만 신안군민의 약 50% 햇빛연금 확대 기대", "published": None, "reporter": None, "outlet": "연합뉴스", "jurisdiction": "46910"},
 "officials": ["park-u-ryang"],
 "claims": [
  c("전국 최대 규모의 비금주민태양광 발전소 착공식을 개최했다", None, None, ["energy-transition"], "achievement"),
  c("국내 최대 주민참여형 발전소다", None, None, ["energy-transition"], "statement"),
  c("기존보다 5% 이상 고효율을 자랑한다고 군은 설명했다", None, None, ["energy-transition"], "statement"),
  c("군은 2023년 12월 상업 운전을 개시할 예정이라고 밝혔다", None, None, ["energy-transition"], "plan"),
  c("1인당 48만∼16만원의 이익배당금이 지급될 예정이다", None, None, ["energy-transition"], "plan"),
  c("2024년까지 4만 군민의 약 50%가 햇빛연금을 지급받을 수 있다", "park-u-ryang", None, ["energy-transition"], "statement"),
 ],
 "not_claims": ["신안군 비금도에 전국 최대 200MW 주민 태양광 착공", "이날 착공식에는 박우량 신안군수"],
}

os.makedirs(os.path.join(BASE, 'gold'), exist_ok=True)
for name, g in G.items():
    out = {"article": name, **g}
    with open(os.path.join(BASE, 'gold', name + '.json'), 'w', encoding='utf-8') as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
