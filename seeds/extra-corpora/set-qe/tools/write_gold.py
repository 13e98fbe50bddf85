"""Writes the hand annotations of set-qe to gold/ (one JSON per article)."""
import json, os
G = {}
def C(q, s, d, p, k):
    return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}

D = "2024-07-08"
G["qe-01-gangwon.txt"] = {
 "metadata": {"headline": "道, 설악산 오색 말고도 케이블카 6개 더 설치", "published": "2024-07-08T18:42+09:00",
              "reporter": None, "outlet": "강원닷컴", "jurisdiction": "51"},
 "officials": [],
 "claims": [
  C("6개 시군에서 관광 케이블카 사업이 추진된다고 8일 밝혔다", None, D, ["culture-tourism"], "plan"),
  C("추가 설치될 곳은 원주 치악산, 강릉 대관령~평창 선자령", None, D, ["culture-tourism"], "plan"),
  C("연말까지 세부 기준을 마련해 사업의 우선순위를 선정할 방침이다", None, D, ["culture-tourism"], "plan"),
  C("강릉~평창 케이블카는 기본구상을 바탕으로 적정노선을 확정 후 주민설명회를 개최", None, D, ["culture-tourism"], "achievement"),
  C("지난 주에는 최종보고회를 마쳐 노선과 사업성에 대한 분석 연구 결과를 도출했다", None, D, ["culture-tourism"], "achievement"),
  C("비용대비 편익 분석값 1.08로 수익을 낼 수 있는 것으로 예측돼", None, D, ["culture-tourism"], "statement"),
  C("2030년 개장을 목표로 평창군과 강릉시가 660억원의 사업비를 부담해 국내 최장 케이블카 건설에 나설 예정이다", None, D, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["道, 설악산 오색 말고도 케이블카 6개 더 설치", "주식회사 티컴스"],
}

D = "2021-01-12"
G["qe-02-shinailbo.txt"] = {
 "metadata": {"headline": "달서구, 출산율 제고 다양한 출산지원사업 추진", "published": "2021-01-12T16:41+09:00",
              "reporter": "강성문", "outlet": None, "jurisdiction": "27290"},
 "officials": ["lee-tae-hun"],
 "claims": [
  C("다양한 출산장려사업을 발굴 추진해 출산율 제고에 앞장서고 있다고 12일 밝혔다", None, D, ["childcare-birth"], "statement"),
  C("셋째아 출산가정에 매년 50만원씩 2년간 총 100만원을 확대 지원하는", None, D, ["childcare-birth"], "plan"),
  C("첫째아 출산가정에 20만원이내의 ‘Happy 육아용품 지원사업’", None, D, ["childcare-birth", "education"], "plan"),
  C("출산준비교실과 찾아가는 출산장려교육·홍보사업 등을 임산부의 건강을 최우선하여 비대면으로 전환하고", None, D, ["childcare-birth"], "plan"),
  C("산모·신생아 건강관리 및 난임부부 지원 등 다양한 임신·출산·육아관련 사업을 시행하고 있다", None, D, ["childcare-birth"], "statement"),
  C("초저출산이라는 인구절벽 앞에서도 다양한 출산지원 사업을 통해 출산에 대한 긍정적 분위기 조성", "lee-tae-hun", D, ["childcare-birth"], "plan"),
 ],
 "not_claims": ["달서구, 출산율 제고 다양한 출산지원사업 추진"],
}

D = "2023-09-11"
G["qe-03-kukinews.txt"] = {
 "metadata": {"headline": "포항시, 전지보국 시대 '본격화'", "published": "2023-09-11T17:39+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "47110"},
 "officials": ["lee-gang-deok"],
 "claims": [
  C("고용 창출 1만5000명 달성을 목표로 하고 있다", None, D, ["jobs"], "target"),
 ],
 "not_claims": [
  "이차전지·수소연료전지로 미래 혁신도시 '도약'",
  "경북 포항시가 제철보국을 넘어 '전지보국 시대' 문을 열었다",
  "이차전지 특화단지를 혁신 거점으로 국가 산업 경쟁력을 강화하고 이차전지 산업 세계 주도권을 확보할 계획이다",
  "용수·폐수 처리, 전력·도로 등 핵심 기반시설이 조속히 확충될 수 있도록 국비 확보에 집중할 방침이다",
  "'전지보국위원회'를 통해 특화단지 육성·지원에 나선다",
  "제철보국에 이은 전",
 ],
}

D = "2007-02-12"
G["qe-04-donga.txt"] = {
 "metadata": {"headline": None, "published": "2007-02-13T10:28+09:00",
              "reporter": "최창순", "outlet": "동아일보", "jurisdiction": "42130"},
 "officials": [],
 "claims": [
  C("원주 의료기기산업은 1998년 기업 매출이 전무했으나", None, D, ["medical-industry"], "achievement"),
  C("5개 권역의 의료기기산업 시설에 현재 70개 업체가 입주해 있다", None, D, ["medical-industry"], "achievement"),
  C("1998년 의료기기산업 창업보육을 시작하면서부터", None, D, ["medical-industry", "startup-support"], "achievement"),
  C("10여 개의 벤처기업과 연구소가 들어서면서 본격적으로 불붙기 시작했다", None, D, ["medical-industry", "startup-support"], "achievement"),
  C("220억 원을 들여 문막읍 동화리에 ‘동화첨단의료기기 산업단지’", None, D, ["medical-industry"], "achievement"),
  C("한방의료기기산업 진흥센터를 건립해 연구지원센터와 창업보육실, 기업부설연구소 등을 입주시켜", None, D, ["medical-industry", "startup-support", "research-development"], "achievement"),
  C("원주 첨단의료건강산업특구로 지정됐다", None, D, ["medical-industry"], "achievement"),
  C("전국 최우수 특구로 선정되었고", None, D, ["medical-industry"], "achievement"),
  C("2012년까지 170개 업체를 유치해 1조2000억 원의 생산 및 8억 달러의 수출을 올리기로 했다", None, D, ["medical-industry", "startup-support", "investment-attraction"], "target"),
 ],
 "not_claims": ["최창순 기자 cschoi@donga.com"],
}

D = "2018-04-16"
G["qe-05-ajunews.txt"] = {
 "metadata": {"headline": "성남시 청년층 취업 박차...시민정책 아이디어도 공모", "published": "2018-04-16T09:27+09:00",
              "reporter": None, "outlet": None, "jurisdiction": "41130"},
 "officials": [],
 "claims": [
  C("취업난에 허덕이는 청·장년층의 구직을 위해 박차를 가하고 있다", None, D, ["jobs"], "statement"),
  C("18개 구인 기업이 현장 면접을 통해 62명의 직원을 뽑는다", None, D, ["jobs"], "plan"),
  C("구인 업체 정보는 시 홈페이지와 성남일자리센터 블로그에서 미리 볼 수 있다", None, D, ["jobs"], "statement"),
  C("모두 9차례 취업 행사를 열고 있다", None, D, ["jobs"], "statement"),
  C("성남시 발전이나 주민 생활에 도움이 되는 정책 아이디어를 제안하면 된다", None, D, ["citizen-participation"], "statement"),
  C("성남시 실정에 맞는 저출산 극복과 인구 증가 방안", None, D, ["citizen-participation"], "statement"),
  C("누구나 정책을 제안할 수 있으며, 공무원은 제외한다", None, D, ["citizen-participation"], "statement"),
  C("시 자체 예심을 통과하는 정책 제안자는", None, D, ["citizen-participation"], "plan"),
  C("대국민 온라인사전 투표 결과를 합산해 7명의 우수 제안자를 뽑는다", None, D, ["citizen-participation"], "plan"),
  C("점수가 높은 순으로 금상 1명", None, D, ["citizen-participation"], "plan"),
 ],
 "not_claims": ["성남시 청년층 취업 박차...시민정책 아이디어도 공모",
                "최근 실업률이 100만명을 넘어서고 있다는 데서 그 심각성을 찾아볼 수 있다"],
}

D = "2020-07-23"
S = "jang-uk-hyeon"
G["qe-06-smnews.txt"] = {
 "metadata": {"headline": "영주, ‘원도심 활성화 기본계획수립 용역 보고회’", "published": "2020-07-23T11:04+09:00",
              "reporter": "정의삼", "outlet": "세명일보", "jurisdiction": "47210"},
 "officials": [S],
 "claims": [
  C("부석사 및 소수서원과 연계해 영주시 원도심 관광을 활성화하고자 하는 취지에서 추진 중에 있다", None, D, ["culture-tourism", "urban-regeneration"], "statement"),
  C("관광객의 발길을 도심 지역까지 이끌어 내기 위한 노력의 일환이다", None, D, ["culture-tourism", "urban-regeneration"], "statement"),
  C("향후 영주시 관광 정책에 적극 반영하겠다는 의지를 보였다", None, D, ["culture-tourism"], "plan"),
  C("관광객의 발길이 영주시 원도심에 오래 머무를 수 있도록 매력적인 관광정책을 펼쳐나가겠다", S, D, ["culture-tourism", "urban-regeneration"], "plan"),
  C("영주시 관광산업 발전과 지역경제활성화에 대한 노력을 기울이겠다", S, D, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["영주, ‘원도심 활성화 기본계획수립 용역 보고회’", "원도심 관광활성화 모색",
                "영주시는 지난 23일 시청 강당에서 ‘영주시 원도심 연계 활성화 기본계획 수립 용역 보고회’를 가졌다"],
}

S = "jang-deok-cheon"
G["qe-07-incheonilbo.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41190"},
 "officials": [S],
 "claims": [
  C("'스마트한 도시', '살아 숨 쉬는 도심', '함께 누리는 시민'이 되도록 최선을 다할 것", S, None, ["smart-city"], "plan"),
  C("대규모 개발사업과 문화산업을 동력으로 지역경제에 활력을 불어넣고 좋은 일자리를 창출해", S, None, ["jobs", "culture-tourism"], "plan"),
  C("대장 신도시는 2만여 공공주택과 도시 첨단산업단지로 조성해", S, None, ["housing", "culture-tourism", "jobs"], "target"),
  C("골목상권 활성화를 위해 발행한 부천 페이는 전년보다 60% 늘어난 400억원으로 조정하고", S, None, ["small-merchants"], "achievement"),
  C("교통과 안전에 지능화 기술을 더해 더 편리하고 더 안전한 도시를 만들겠다고 약속했다", S, None, ["smart-city", "disaster-safety"], "plan"),
  C("미세먼지 통합관리시스템을 만들어 112 긴급영상·출동, 119 긴급출동", S, None, ["fine-dust", "smart-city", "disaster-safety", "dementia-care"], "plan"),
  C("33개의 지역사회 통합돌봄 사업을 펼치고 청년의 자립을 위해 취업과 창업, 일자리를 지원한다", S, None, ["welfare", "youth-policy", "jobs", "startup-support"], "plan"),
 ],
 "not_claims": ["장덕천 부천시장이 22일 시청 브리핑룸에서 새해 기자회견을 하고 있다",
                "'새로운 성장, 도약하는 부천시'를 만들 것을 천명했다", "아이가 태어나 건"],
}

S = "hong-joon-pyo"
G["qe-08-dgy.txt"] = {
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"},
 "officials": [S],
 "claims": [
  C("취업자 수 117만명 달성을 골자로 한 민선8기 일자리 종합대책을 26일 발표했다", None, None, ["jobs", "youth-policy"], "target"),
  C("올해보다 고용률 3.2%, 청년고용률 3.4%, 취업자 수는 4만9000명 늘리겠다는 것이다", None, None, ["jobs", "youth-policy"], "target"),
  C("민간 중심 일자리 창출로 정책 변화를 꾀할 계획이다", None, None, ["jobs"], "plan"),
  C("UAM(도심항공교통) 상용화 특화도시를 조성하고", None, None, ["future-vehicles", "airport-relocation", "jobs"], "plan"),
  C("다양한 청년일자리 정책을 추진하기로 했다", None, None, ["youth-policy", "jobs"], "plan"),
  C("미래 신산업 육성과 통합신공항 건설 등 대구 부흥을 위한 밑그림이 하나둘 그려지고 있다", S, None, ["airport-relocation"], "statement"),
 ],
 "not_claims": ["청년과 미래 세대가 꿈과 희망을 펼칠 수 있는 활력 넘치는 도시로 재도약시키기 위해 힘을 쏟겠다",
                "주메뉴 바로가기 본문 바로가기"],
}

D = "2018-10-03"
S = "kim-mun-o"
G["qe-09-smnews.txt"] = {
 "metadata": {"headline": "달성군, “올해 명품 대구경북 박람회” 참가", "published": "2018-10-03T18:36+09:00",
              "reporter": None, "outlet": "세명일보", "jurisdiction": "27710"},
 "officials": [S],
 "claims": [
  C("달성군은 일자리 창출을 최우선 과제로 삼아", None, D, ["jobs"], "achievement"),
  C("명품 관광지와 문화행사도 빼놓을 수 없는 자랑거리이다", None, D, ["culture-tourism"], "statement"),
  C("다시 찾고 싶은 관광도시 달성을 만들고 있다", None, D, ["culture-tourism"], "statement"),
  C("화석박물관, 참꽃 케이블카 사업을 추진해", None, D, ["culture-tourism"], "plan"),
  C("지역안전지수 평가 이래 6개 분야 1등급, 전국 1위의 자리를 3년간 단 한 번도 놓치지 않았다", S, D, ["disaster-safety"], "achievement"),
  C("특히 아이 낳고 키우기 좋은 누구나 살고 싶은", S, D, ["childcare-birth"], "plan"),
 ],
 "not_claims": ["달성군, “올해 명품 대구경북 박람회” 참가",
                "낙동강 생태탐방로 준공…생태문화관광1번지로 우뚝",
                "5일부터 3일간 대구 엑스코에서 열리는 2018 명품대구경북박람회에 참가한다고 밝혔다",
                "올해 초 전국 군 단위 최초로 인구 25만 명을 돌파한 바 있다",
                "장기적인 경기불황 속에서도 대구 미래형 산업거점 도시로서 지역경제를 지탱하고 있다"],
}

os.makedirs('/work/blind/set-qe/gold', exist_ok=True)
for name, g in G.items():
    out = {"article": name, **g}
    with open(f'/work/blind/set-qe/gold/{name}.json', 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
print(len(G), sum(len(g["claims"]) for g in G.values()))
