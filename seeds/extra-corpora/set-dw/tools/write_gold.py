"""Writes the hand annotations of set-dw to gold/ (one JSON file per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
os.makedirs(OUT, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = {}

# dw-01 옹진군: ferry-fare discounts for former residents and soldiers' visitors (announced 2일, published 2018-01-03)
D = "2018-01-02"
G["dw-01-donga.txt"] = {
    "metadata": {"headline": "옹진군 “출향민에 뱃삯 70% 할인”", "published": "2018-01-03T03:00+09:00",
                 "reporter": "차준호", "outlet": "동아일보", "jurisdiction": "28720"},
    "officials": [],
    "claims": [
        c("섬지역 출신이 여객선을 타고 고향을 찾으면 올해부터 뱃삯을 할인받는다", None, D, ["public-transit"], "plan"),
        c("출향민에게 뱃삯 70%를 할인해 준다고", None, D, ["public-transit"], "plan"),
        c("적격심사를 거친 뒤 올 3월부터 뱃삯을 지원한다", None, D, ["public-transit"], "plan"),
        c("총 예산 4억4000만 원의 절반씩을 부담한다", None, D, ["public-transit"], "statement"),
        c("타 시도 주민 할인 혜택으로 뱃삯의 50%만 지원받았다", None, D, ["public-transit"], "statement"),
        c("뱃삯 할인비율도 지난해 70%에서 올해 80%로 높였다", None, D, ["public-transit"], "achievement"),
        c("할인 대상은 연평면, 백령면, 대청면, 덕적면, 자월면에 주둔한 군부대를 방문하는", None, D, ["public-transit"], "statement"),
        c("인천 시민도 올해부터는 80% 지원을 받는다", None, D, ["public-transit"], "plan"),
        c("출향민과 면회객이 늘면 지역 경제는 물론 관광 활성화에도 도움이 될 것으로 믿는다", None, D,
          ["public-transit", "culture-tourism"], "statement"),
    ],
    "not_claims": [
        "옹진군 “출향민에 뱃삯 70% 할인”",
        "군부대 면회객은 80% 지원",
        "현재 백령도 왕복 뱃삯은 13만3000원, 연평도 왕복 뱃삯은 10만9000원이다",
        "여객 운임과 관련한 사항은 각 여객선사 홈페이지와",
        "차준호 기자 run-juno@donga.com",
    ],
}

# dw-02 미추홀구: culture-led urban regeneration study, interim report 28일 (published 2022-09-28)
D = "2022-09-28"
G["dw-02-incheonin.txt"] = {
    "metadata": {"headline": "미추홀구, 문화형 도시재생사업 구상용역 중간보고회 개최", "published": "2022-09-28T11:49+09:00",
                 "reporter": "김민경", "outlet": None, "jurisdiction": "28177"},
    "officials": ["lee-yeong-hun"],
    "claims": [
        c("문화명소를 만들기 위한 도시재생 사업을 본격적으로 추진한다", None, D,
          ["urban-regeneration", "culture-tourism"], "plan"),
        c("자연 및 문화자원을 발굴하고 다양한 도시재생사업과 연계하기 위해 추진됐다", None, D,
          ["urban-regeneration"], "statement"),
        c("도시재생 연계사업조사, 사업별 매뉴얼 구축 조사 결과를 발표했다", None, D, ["urban-regeneration"], "statement"),
        c("문화형 도시재생사업 기본 방향 및 세부 전략사항을 보고하고", None, D, ["urban-regeneration"], "statement"),
        c("미추홀구 문화명소 실현 및 지역경제 활성화를 위한 청사진이 제시될 수 있기를 바란다", "lee-yeong-hun", D,
          ["urban-regeneration", "culture-tourism"], "statement"),
    ],
    "not_claims": [
        "제물포역~수봉공원 일대 문화 명소화 추진",
        "중간보고회가 진행되고 있다. (사진제공=미추홀구)",
        "용역업체 연구원 등 25여명이 참석한 가운데 ‘문화형 도시재생사업 구상용역’ 중간보고회를 진행했다고 밝혔다",
        "성공적인 사업 추진을 위해 지혜와 역량을 모아 주시길 바란다",
    ],
}

# dw-03 인천경제자유구역청: smart-city infrastructure in 송도·영종·청라 (published 2018-03-13, "13일 … 따르면")
D = "2018-03-13"
G["dw-03-kgnews.txt"] = {
    "metadata": {"headline": "송도·영종·청라지구 ‘스마트시티’ 조성 ‘잰걸음’", "published": "2018-03-13T20:32+09:00",
                 "reporter": "신재호", "outlet": None, "jurisdiction": "28"},
    "officials": [],
    "claims": [
        c("‘스마트시티’ 인프라를 구축하는 사업이 속도를 내고 있다", None, D, ["smart-city"], "statement"),
        c("이달 착공된 송도 5·7공구 구축사업이 내년 7월 마무리되면", None, D, ["smart-city"], "plan"),
        c("스마트시티는 첨단 유비쿼터스 기술을 기반으로 도시통합 운영센터에서", None, D, ["smart-city"], "statement"),
        c("미단시티 스마트시티 기반시설도 오는 6월", None, D, ["smart-city"], "plan"),
        c("청라 투자 2블록 기반시설 구축 공사는 내년까지 추진된다", None, D, ["smart-city"], "plan"),
        c("스마트시티 ‘국가전략 실증도시’에도 도전한다", None, D, ["smart-city"], "plan"),
        c("기존 도시에 스마트시티 기술을 적용해 실증하는 사업으로, 지난 해 9월 기획재정부 예비타당성 조사를 통과했다", None, D,
          ["smart-city"], "achievement"),
        c("‘스마트시티 산업특화형 모델 발굴 연구용역’을 인하대 산학협력단과 함께 추진하고 있다", None, D,
          ["smart-city"], "statement"),
        c("스마트시티 기술력 확보에 차별화된 노력을 기울이고 있는", None, D, ["smart-city"], "statement",
          speaker_name="김진용"),
    ],
    "not_claims": [
        "유비쿼터스 기술 기반 24시간 공공서비스 제공",
        "경제자유구역청, 내년 7월쯤 인프라 구축 마무리",
    ],
}

# dw-04 인천시 유정복: birth policy 아이플러스 on New Year's day (published 2026-01-01)
D = "2026-01-01"
G["dw-04-fnnews.txt"] = {
    "metadata": {"headline": "유정복 시장, 새해 첫날 신생아실 방문 새해둥이 축하로 업무 시작",
                 "published": "2026-01-01T14:27+09:00", "reporter": "한갑수", "outlet": "파이낸셜뉴스",
                 "jurisdiction": "28"},
    "officials": ["yoo-jeong-bok"],
    "claims": [
        c("인천형 출생정책 ‘아이플러스(i+) 드림’ 정책을 설명하고", "yoo-jeong-bok", D, ["childcare-birth"], "plan"),
        c("총 1억원을 지원하는 ‘아이플러스(i+) 1억드림’ 정책을 시행하는 등", None, D, ["childcare-birth"], "statement"),
        c("매년 120만원을 지원하는 ‘천사지원금’을 비롯해 아이돌봄서비스", None, D, ["childcare-birth"], "statement"),
        c("대중교통 요금을 최대 70%까지 추가 환급하는 ‘아이플러스(i+) 차비드림’ 정책과", None, D,
          ["childcare-birth", "public-transit", "housing"], "statement"),
    ],
    "not_claims": [
        "저출생 극복 위한 인천형 출생정책 의지 밝혀",
        "가천대학교 길병원 방문 출생 부모에 축하·격려",
        "인천에서 태어난 새해둥이와 그 가족을 만나 출생을 축하하고 격려했다",
        "대한민국의 미래를 이끌어 갈 인재로 자라나길 바란다",
    ],
}

# dw-05 노원구: solar-power award (award 20일, published 2024-08-21)
D = "2024-08-21"
G["dw-05-seouland.txt"] = {
    "metadata": {"headline": "노원구, 2024 대한민국 솔라리그 산업통상자원부 장관상 수상",
                 "published": "2024-08-21T09:22+09:00", "reporter": None, "outlet": "서울&",
                 "jurisdiction": "11350"},
    "officials": ["oh-seung-rok"],
    "claims": [
        c("재생에너지 확대 노력을 인정받아", None, "2024-08-20", ["energy-transition"], "achievement"),
        c("베란다형 태양광 보급 사업을 통해 탄소중립을 선도하고 있다", None, D,
          ["energy-transition", "climate-carbon"], "achievement"),
        c("서울시 자치구 중 유일하게 설치 지원 사업을 유지하며", None, D, ["energy-transition"], "achievement"),
        c("1만5천629건의 베란다형 미니 태양광 설치를 지원했고", None, D, ["energy-transition"], "achievement"),
        c("공공시설에도 신재생에너지 설치를 확대해 탄소중립을 위한 노력을 기울이고 있다", None, D,
          ["energy-transition", "climate-carbon"], "statement"),
        c("이를 다른 공공건축물에도 확대할 계획이다", None, D, ["energy-transition"], "plan"),
        c("제로에너지건물(ZEB) 의무화를 정부 로드맵보다 앞당겨 추진하고 있다", None, D, ["energy-transition"], "statement"),
        c("기후 위기에 대응해 태양광 에너지 보급 등 다양한 노력을 기울이고 있다", "oh-seung-rok", D,
          ["climate-carbon", "energy-transition"], "statement"),
        c("친환경 에너지를 통한 탄소중립 실현을 위해 민간과 공공분야에서 지속적인 지원과 노력을 아끼지 않겠다", "oh-seung-rok", D,
          ["climate-carbon", "energy-transition"], "plan"),
    ],
    "not_claims": [
        "대한민국 솔라리그는 지방정부와 민간 태양광 발전 보급 성과를 겨루는 대회다",
        "오승록 노원구청장이 20일 제6회 대한민국 솔라리그(K-Solar League)에서 산업통상자원부 장관상을 수상하고 있다",
    ],
}

# dw-06 서울시 오세훈: social-welfare New Year meeting (' date 2026-01-29', event 29일)
D = "2026-01-29"
G["dw-06-segye.txt"] = {
    "metadata": {"headline": None, "published": "2026-01-29", "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": ["oh-se-hoon"],
    "claims": [
        c("약자와 동행하는 도시를 만들어 간다는 서울시의 비전이 외부적으로 평가받을 때마다 무한한 자부심을 느낀다", "oh-se-hoon", D,
          ["welfare"], "statement"),
        c("시가 세계에서 ‘창업하기 좋은 도시’ 8위에 오르고", "oh-se-hoon", D, ["startup-support"], "achievement"),
        c("포용 성장 도시로 선정됐을 때가 가장 기뻤다", "oh-se-hoon", D, ["welfare"], "achievement"),
        c("약자와의 동행은 오 시장의 민선 8기 시정 핵심 철학이다", None, D, ["welfare"], "statement"),
        c("‘외로움 없는 서울’ 시즌2를 본격 가동하는 등", None, D, ["welfare", "public-health"], "plan"),
        c("국제사회에서 늘 약자와 동행하는 도시로 기억되고 각인될 수 있기를 바란다", "oh-se-hoon", D, ["welfare"], "plan"),
    ],
    "not_claims": [
        "4년 6개월 동안 시장으로 재직하면서 서울시에 대한 국제사회의 평가와 순위에 많은 괄목할 만한 변화가 있었다",
        "이런 순위가 발표될 때마다 서울시민들의 자부심이 올라가고 저도 일할 맛이 난다",
        "서울 사회복지 신년인사회에서 신년사를 하고 있다. 뉴스1",
        "한편 이날 신년인사회에는 오 시장을 비롯해",
    ],
}

# dw-07 강화군: '2018 올해의 관광도시' interim report (meeting 지난 21일, published 2018-05-23)
D = "2018-05-21"
G["dw-07-shinailbo.txt"] = {
    "metadata": {"headline": "강화 ‘2018 올해의 관광도시’ 추진상황 중간보고회", "published": "2018-05-23T14:36+09:00",
                 "reporter": "백경현", "outlet": None, "jurisdiction": "28710"},
    "officials": [],
    "claims": [
        c("관광플랫폼, 소창체험관, 청년몰, 강화별밤거리 조성 등 20개 사업(165억원)을 완료하고 운영 중에 있다", None, D,
          ["culture-tourism", "small-merchants"], "achievement"),
        c("관광도시와 연계된 15개 사업(62억원)을 조기 마무리해", None, D, ["culture-tourism"], "plan"),
        c("다양한 축제·행사 계획도 밝혔다", None, D, ["culture-tourism"], "plan"),
        c("강화 고려궁지 등에서 ‘강화도 문화재 야행(夜行)’을 연다", None, D, ["culture-tourism"], "plan"),
        c("문화재 개방과 함께 첨단 조명기술을 접목하여 경관을 연출하고", None, D, ["culture-tourism"], "plan"),
        c("‘강화고려문화축전’을 강화읍 용흥궁공원 일원에서 펼친다", None, D, ["culture-tourism"], "plan"),
        c("관람객이 함께하는 축제행렬을 재현한다", None, D, ["culture-tourism"], "plan"),
        c("석모도 민머루해변에서 ‘EDM & 힙합 페스티벌’이 개최하며", None, D, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "‘2018 올해의 관광도시’ 추진사항 중간보고회를 개최했다고 23일 밝혔다",
        "그동안 완료된 사업들의 운영성과와 앞으로 진행될 사업들의 추진계획 등을 점검했다",
    ],
}

# dw-08 부평구 차준택: 'traditional market day' before 추석 (undated text)
G["dw-08-bupyeongpost.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정재환", "outlet": None, "jurisdiction": "28237"},
    "officials": ["cha-jun-taek"],
    "claims": [
        c("전통시장 이용을 독려하는 ‘부평구 전통시장 가는 날’을 운영했다", None, None, ["small-merchants"], "achievement"),
        c("전통시장의 활성화를 도모하기 위해 마련됐다", None, None, ["small-merchants"], "statement"),
        c("부평구청 공직자 100여 명이 참여해", None, None, ["small-merchants"], "statement"),
        c("‘추석 맞이 전통시장 장보기’에 동참했다", None, None, ["small-merchants"], "statement"),
        c("추석 명절을 계기로 전통시장이 다시 활력을 되찾길 바란다", "cha-jun-taek", None, ["small-merchants"], "statement"),
        c("전통시장 현대화, 고객지원센터 건립, 문화관광형 시장 육성 등 여러 지원 사업을 통해 전통시장 활성화에 최선을 다하겠다",
          "cha-jun-taek", None, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "‘명절 성수품 물가안정 캠페인’도 함께 진행했다",
    ],
}

# dw-09 강동구 이수희: flood-prevention survey of semi-basement homes (published 2023-04-17, "17일 밝혔다")
D = "2023-04-17"
G["dw-09-seoul.txt"] = {
    "metadata": {"headline": "서울 강동구, 전수조사 실시해 침수피해 예방", "published": "2023-04-17T14:27+09:00",
                 "reporter": "이두걸", "outlet": "서울신문", "jurisdiction": "11740"},
    "officials": ["lee-su-hui"],
    "claims": [
        c("침수우려 가구에 대해 전수조사를 실시하고 우선적으로 방지 시설을 무료로 설치한다고", None, D,
          ["disaster-safety"], "plan"),
        c("침수 전수조사는 침수 우려가 높은 가구 순으로 진행한다", None, D, ["disaster-safety"], "plan"),
        c("침수피해 이력이 있는 473가구에 대해 조사를 마무리했다", None, D, ["disaster-safety"], "achievement"),
        c("반지하 주택가구 총 6333호에 대해 건축전문가와 함께 육안 및 실측 조사를 병행해 진행할 예정이다", None, D,
          ["disaster-safety"], "plan"),
        c("침수위험도에 따라 4단계(매우, 보통, 약간, 불필요)로 분류 후", None, D, ["disaster-safety"], "plan"),
        c("해당 조사 결과를 토대로 침수방지 시설을 설치할 계획이다", None, D, ["disaster-safety"], "plan"),
        c("장마 전인 6월 말까지 나머지 반지하 가구 중 침수 우려 주택에 대해 방지시설 설치를 마무리하기로 했다", None, D,
          ["disaster-safety"], "plan"),
        c("우기 전 전체 침수취약 가구에 대한 설치를 완료해 침수피해를 최소화하고 구민을 보호할 것", "lee-su-hui", D,
          ["disaster-safety"], "plan"),
    ],
    "not_claims": [
        "6333가구 조사 침수 취약가구 방지 시설 지원",
        "주택 현관에 물막이판이 설치된 모습",
        "Copyright ⓒ 서울신문 All rights reserved.",
    ],
}

for name, gold in G.items():
    record = {"article": name}
    record.update(gold)
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
print(len(G), "gold files;", sum(len(g["claims"]) for g in G.values()), "claims")
