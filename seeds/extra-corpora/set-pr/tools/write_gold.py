"""Writes set-pr gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
G = {}
def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

# pr-01: 양양군 (강원특별자치도), institutional narration, published 2026-01-16
d = "2026-01-16"
G["pr-01-asiae.txt"] = {
 "metadata": {"headline": None, "published": "2026-01-16", "reporter": None, "outlet": None, "jurisdiction": "51830"},
 "officials": [],
 "claims": [
  C("'딸기 스마트팜 지원사업'을 추진하고, 오는 2월 27일까지 사업에 참여할 청년농업인을 모집한다", None, d, ["agriculture", "youth-policy"], "plan"),
  C("자부담 능력이 부족한 청년농업인의 초기 부담을 완화하고", None, d, ["agriculture", "youth-policy"], "statement"),
  C("총 3개소를 선정해 스마트농업 기반 구축에 필요한 예산을 지원한다", None, d, ["agriculture", "youth-policy"], "target"),
  C("개소당 지원 규모는 1억5000만원이며, 저연령층을 우대 선발할 방침이다", None, d, ["agriculture", "youth-policy"], "plan"),
  C("수료 후 1년 이내 사업 신청 시 참여 자격이 부여된다", None, d, ["agriculture", "youth-policy"], "statement"),
  C("선발된 청년농업인은 합격자 발표일로부터 7일 이내 주소지를 양양군으로 이전해야 하며", None, d, ["agriculture", "youth-policy"], "statement"),
  C("신청기간은 지난 15일부터 2월 27일까지이며", None, d, ["agriculture"], "statement"),
  C("군은 신청서류의 적정성 및 제외 대상 여부 등 기본 요건을 검토한 후", None, d, ["agriculture"], "plan"),
 ],
 "not_claims": ["AI 요약 기술은 핵심만 전달합니다", "스마트농업 기반 구축으로", "청년농업인 육성·농가소득 증대 도모",
                "2026년 딸기스마트팜 지원사업 모집 홍보 현수막 이미지. 양양군 제공"],
}

# pr-02: 포항시 (경북), interview with 이강덕, published 2022-02-09
d = "2022-02-09"
G["pr-02-yeongnam.txt"] = {
 "metadata": {"headline": "이강덕 포항시장 \"차세대 배터리산업 성장성 발빠른 예측·투자…철강산업 일변도서 신산업도시로 변화 성공\"",
              "published": "2022-02-09", "reporter": None, "outlet": "영남일보", "jurisdiction": "47110"},
 "officials": ["lee-gang-deok"],
 "claims": [
  C("배터리산업은 포항에 유치될 수 없었을 것입니다", "lee-gang-deok", d, ["investment-attraction"], "achievement"),
  C("관련 기업유치에도 공을 들여 성공을 거둬", "lee-gang-deok", d, ["investment-attraction"], "achievement"),
  C("'전기차 사용후 배터리 자원순환 클러스터'를 내년에 준공하는 것과 함께", "lee-gang-deok", d, ["future-vehicles"], "plan"),
  C("이차전지 첨단기술 개발에서 제품생산까지 전 과정을 연계 지원해", "lee-gang-deok", d, ["research-development"], "plan"),
 ],
 "not_claims": ["이제는 'K-배터리 중심도시'로 혁신적인 성장을 하며 국가 발전에도 기여하고 있다는 사실에 자긍심을 느낍니다",
                "차별화된 배터리 산업 관련 인프라를 발 빠르게 계속 개척해 나갈 것",
                "배터리 인프라 구축의 비밀병기로 불리는 '인라인 배터리 자동평가 센터' 설",
                "이강덕 포항시장 차세대 배터리산업 성장성 발빠른 예측·투자…철강산업 일변도서 신산업도시로 변화 성공"],
}

# pr-03: 인천광역시, institutional narration (broadcast outlet), 승인 2023.03.31
d = "2023-03-31"
G["pr-03-paxetv.txt"] = {
 "metadata": {"headline": "인천시내에 전기차 충전시설 905기 확충", "published": "2023-03-31", "reporter": "강광석",
              "outlet": "팍스경제TV", "jurisdiction": "28"},
 "officials": [],
 "claims": [
  C("인천시가 전기차 이용자의 충전 편의를 위해 지역내 곳곳에 총 905기의 충전시설을 확충합니다", None, d, ["future-vehicles"], "target"),
  C("7개가 선정돼 국비 161억 원을 확보했다고 31일 밝혔습니다", None, d, ["future-vehicles"], "achievement"),
  C("인천에는 지난해에 1만1천900대의 전기차가 보급되는 등", None, d, ["future-vehicles"], "statement"),
  C("그러나 설치된 충전시설은 5천424기로 전기차 보급에 비해 상대적으로 적은 실정입니다", None, d, ["future-vehicles"], "statement"),
  C("국비 161억 원과 민간투자 172억 원 등 총 333억 원의 사업비가 투입됩니다", None, d, ["future-vehicles"], "statement"),
  C("전기차 인프라업체 이지차저가 중구, 동구, 미추홀구 일원에 급속 224기, 완속 108기를 비롯해", None, d, ["future-vehicles"], "target"),
  C("이와함께 남동구, 계양구, 서구 일원에 급속 153기와 완속 35기", None, d, ["future-vehicles"], "target"),
  C("전기이륜차 BSS(공유 배터리 충전스테이션) 21기", None, d, ["future-vehicles"], "target"),
  C("이 밖에 민간 충전사업자의 투자로 미추홀구, 연수구, 남동구 일원의 공영주차장 각 1개소씩을 발굴", None, d, ["future-vehicles"], "plan"),
 ],
 "not_claims": ["국비 161억, 민간 172억 등 333억 투입", "인천시내에 전기차 충전시설 905기 확충"],
}

# pr-04: 경상북도, 이철우, published 2026-01-29 (event '29일' = same day)
d = "2026-01-29"
G["pr-04-seoul.txt"] = {
 "metadata": {"headline": None, "published": "2026-01-29", "reporter": "김상화", "outlet": None, "jurisdiction": "47"},
 "officials": ["lee-cheol-u"],
 "claims": [
  C("경북도는 저출생 극복을 위해 임신·출산 공공 인프라를 확대한다고 29일 밝혔다", None, d, ["childcare-birth"], "plan"),
  C("김천 공공산후조리원(14실)을 증축해 내년에 26실 규모로 확충하고", None, d, ["childcare-birth"], "plan"),
  C("안동 거점형 공공산후조리원(14실)을 내년 하반기에 개소할 계획이다", None, d, ["childcare-birth"], "plan"),
  C("민간보다 크게 낮은 비용에 양질의 산후조리 서비스를 제공하고 있다", None, d, ["childcare-birth"], "statement"),
  C("김천 공공산후조리원은 168만원이다", None, d, ["childcare-birth"], "statement"),
  C("2024년부터 신생아집중치료센터를 운영 중이다", None, d, ["childcare-birth", "public-health"], "statement"),
  C("도내에서 유일하게 365일 24시간 응급 분만과 신생아 집중 치료가 가능한 시설이다", None, d, ["childcare-birth", "public-health"], "statement"),
  C("센터 개소 이후 모두 412명의 신생아가 집중 치료를 받았다", None, d, ["childcare-birth", "public-health"], "achievement"),
  C("모두 821건의 분만이 시행됐다", None, d, ["childcare-birth", "public-health"], "achievement"),
  C("예천·안동·의성 공공산후조리원도 차질 없이 준비하겠다", "lee-cheol-u", d, ["childcare-birth"], "plan"),
  C("출산 가정의 부담을 완화하고 건강한 양육 환경을 조성할 수 있도록 노력하겠다", "lee-cheol-u", d, ["childcare-birth"], "plan"),
 ],
 "not_claims": ["이철우 경북도지사는 이날 공공산후조리원과 신생아집중치료센터를 잇달아 방문해 현장의 목소리를 듣고 개선 방안을 논의했다",
                "안동 김상화 기자"],
}

# pr-05: 강원도 (2017), TV script, 최문순 도지사 quoted without a policy claim
d = "2017-03-16"
G["pr-05-yonhapnewstv.txt"] = {
 "metadata": {"headline": "강원도, 평창올림픽 겨냥 관광자원 홍보", "published": "2017-03-16T21:45:43+09:00", "reporter": "이해용",
              "outlet": "연합뉴스TV", "jurisdiction": "42"},
 "officials": ["choi-moon-soon"],
 "claims": [
  C("강원도는 올림픽 이후를 겨냥해 관광 자원 알리기에 팔을 걷어붙였습니다", None, d, ["culture-tourism"], "statement"),
  C("평창올림픽을 계기로 강원의 관광 자원을 활성화해 지속가능한 수익 아이템으로 만든다는 전략입니다", None, d, ["culture-tourism"], "plan"),
  C("강원도는 먹거리관과 볼거리관을 별도로 운영해 많은 매출을 올릴 계획입니다", None, d, ["culture-tourism"], "plan"),
  C("안전과 숙식, 폐기물처리 및 환경관리, 배후 교통관리, 구조 구급 등 전반적인 상황을 입체적으로 관리하기 위한 겁니다", None, d, ["disaster-safety"], "statement"),
 ],
 "not_claims": ["하드웨어, 경기장이라든지 운영이라든지 이런 것은 굉장히 잘합니다",
                "어떤 면에서는 동계 스포츠의 본산인 유럽보다도 더 깨끗하고 깔끔하게 더 잘합니다",
                "인근 상인들은 행복한 비명을 지릅니다",
                "우리가 이게 국가 행사 아닙니까?",
                "'행정본부 종합상황실'을 마련해 성공적인 대회를 지원하고 있습니다",
                "누적 관람객만 해도 15만 명이 넘는 미니 올림픽입니다"],
}

# pr-06: 고양시 (경기), 이재준 (고양, not 수원) at 시무식 '2일' = publication day
d = "2019-01-02"
G["pr-06-shinailbo.txt"] = {
 "metadata": {"headline": "고양 공직자 시무식 개최…\"기해년, 고양시가 바뀐다\"", "published": "2019-01-02T15:10+09:00",
              "reporter": "임창무", "outlet": None, "jurisdiction": "41280"},
 "officials": ["lee-jae-jun-41280"],
 "claims": [
  C("‘시민 일자리 창출과 자족기능 확보를 위한 평화경제 실현", "lee-jae-jun-41280", d, ["jobs"], "plan"),
  C("일자리는 비교우위를 논 할 수 없는 절박한 것이기에", "lee-jae-jun-41280", d, ["jobs", "youth-policy"], "plan"),
  C("청년들만의 공간을 만들어 청년창업지원센터, 청년아카데미, 청년지원센터 등을 그 안에 배치할 계획", "lee-jae-jun-41280", d, ["startup-support", "youth-policy"], "plan"),
  C("대곡 역세권에 5개 철도노선이 관통하는 교통 요지로", "lee-jae-jun-41280", d, ["public-transit"], "statement"),
 ],
 "not_claims": ["새로운 방향성과 지속성을 찾기 위한 고민을 지난 6개월간 지속했다",
                "비정상적인 팽창을 향한 속도를 늦추고",
                "올해 정책과 예산을 위한 산고의 기간이었다",
                "2019년 경기 고양시 공직자 시무식이 2일 오전 10시 고양시청 내 문예회관에서 진행됐다"],
}

# pr-07: 평택시 (경기), 정장선 interview '19일', published 2025-09-23
di, dp = "2025-09-19", "2025-09-23"
G["pr-07-segye.txt"] = {
 "metadata": {"headline": None, "published": "2025-09-23", "reporter": None, "outlet": "세계일보", "jurisdiction": "41220"},
 "officials": ["jeong-jang-seon"],
 "claims": [
  C("여전히 반도체 산업을 견인하며 수소산업과 자동차 핵심부품 연구까지 책임지고 있습니다", "jeong-jang-seon", di, ["energy-transition"], "statement"),
  C("평택항 수소기지 등을 지닌 거대 복합도시로 성장할 수 있었다", None, dp, ["energy-transition"], "achievement"),
  C("19조원 가까운 재정 지원과 다양한 산업시설 유치를 끌어냈다", None, dp, ["investment-attraction"], "achievement"),
  C("카이스트 평택캠퍼스, 고덕신도시 국제학교 유치 등으로 이어졌다", "jeong-jang-seon", di, ["education"], "achievement"),
  C("포승∼평택 간 철도·KTX 안중역 설치", "jeong-jang-seon", di, ["public-transit"], "achievement"),
 ],
 "not_claims": ["핵심 전략산업을 꽃 피우고, 주민이 살기 좋은 도시로 만드는 게 목표입니다",
                "이름만 대면 알 수 있는 ‘강소도시’로 만드는 게 목표",
                "미군 이전을 미래성장을 위한 ‘기회’로 삼았다",
                "청와대 최연소 정무과장, 경기도의원, 국회의원(3선)을 거쳐"],
}

# pr-08: 인천 남동구, TV interview transcript with 박종효, 입력 2023-07-21 18:49
d = "2023-07-21"
G["pr-08-sentv.txt"] = {
 "metadata": {"headline": "[이슈플러스]박종효 남동구청장 \"2단계 사업, 남동산단 재탄생\"", "published": "2023-07-21T18:49+09:00",
              "reporter": "차성민", "outlet": None, "jurisdiction": "28200"},
 "officials": ["park-jong-hyo"],
 "claims": [
  C("최근에는 인천시가 나서서 재생사업을 진행하고 있습니다", "park-jong-hyo", d, ["urban-regeneration"], "statement"),
  C("1단계, 2단계로 나눠서 재생사업이 진행되고 있고요", "park-jong-hyo", d, ["urban-regeneration"], "statement"),
  C("남동산단 근린공원에 지하에 주차장 한 380 면을 좀 조성하는 계획이 있는데", "park-jong-hyo", d, ["urban-regeneration"], "plan"),
 ],
 "not_claims": ["남촌산단, 환경훼손과 특혜 논란 없애고 반드시 추진할 것",
                "우리 남동국가산업단지는 인천의 성장동력, 대한민국의 성장 동력으로서의 역할을 좀 해 왔습니다",
                "정부가 나서서 남동국가산업단지구조 고도화사업을 진행을 했었고요",
                "이 산업단지의 경쟁력 을 위해서 굉장히 다양한 정책들을 펼치고 계시잖아요"],
}

# pr-09: 시흥시 (경기), 임병택 interview, undated -> all dates null
G["pr-09-kyeonggi.txt"] = {
 "metadata": {"headline": "‘시흥밸리’ 4차산업 메카로 육성…따뜻하고 안전한 혁신도시 완성", "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "41390"},
 "officials": ["lim-byeong-taek"],
 "claims": [
  C("재난상황실에서 재난안전대책을 보고 받고 회의를 주재하면서 공식 업무를 시작했다", "lim-byeong-taek", None, ["disaster-safety"], "statement"),
  C("방산동 빗물배수펌프장과 삼미시장을 찾아 재난대비 상황을 점검했다", "lim-byeong-taek", None, ["disaster-safety"], "statement"),
  C("4차산업혁명이 단지 선언적인 것이 아니라 이미 현실이 되어가고 있다고 느꼈다", "lim-byeong-taek", None, ["fourth-industrial-revolution"], "statement"),
  C("시흥시는 4차산업혁명의 물결을 타고 더 멀리 나아 갈 준비를 차근차근 하고", "lim-byeong-taek", None, ["fourth-industrial-revolution"], "plan"),
 ],
 "not_claims": ["-취임 후 4차산업혁명을 강조했다.",
                "최근 시흥시에서 자율주행차 시연행사가 열렸다",
                "시민, 안전, 혁신, 미래, 자연 등 다섯가지가 키워드다",
                "시흥시 모든 시정은 시민으로부터 나올 것이라는 의지의 표명이다",
                "시민 안전과 직결되는 태풍이 오는 상황에서 가장 중요한 게 뭔지 바로 알아야 한다는 생각이었다"],
}

os.makedirs('/work/blind/set-pr/gold', exist_ok=True)
n = 0
for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    n += len(g["claims"])
    with open('/work/blind/set-pr/gold/' + name + '.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
print(len(G), 'gold files,', n, 'claims')
