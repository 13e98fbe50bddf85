"""Writes set-cq's hand annotations to gold/*.json (format of seeds/corpus/README.md)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = {}

# cq-01: 강화군, undated; byline only, no outlet named.
G["cq-01-addnewsin.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김희곤", "outlet": None, "jurisdiction": "28710"},
    "officials": ["lee-sang-bok"],
    "claims": [
        c("군은 올해 강화첨단농업 육성 지원사업은 비닐하우스, 비닐하우스보강시설, 비가림재배시설 등에 19억 원을 지원한다", None, None, ["agriculture"], "plan"),
        c("260농가에 17억 원을 지원해 농가의 소득향상에 기여한 바 있다", None, None, ["agriculture"], "achievement"),
        c("신청대상은 3년 이상 농업에 종사하고 전업농으로 발전 가능성이 있는 농업인이다", None, None, ["agriculture"], "statement"),
        c("보조금은 총사업비의 60%를 지원하며 농가 호당 보조금 연간 지원 한도액은 2천만 원이다", None, None, ["agriculture"], "statement"),
        c("첨단농업(도시근교농업) 육성 지원이 농업인이 부자가 되는 밑거름이 될 수 있을 것", "lee-sang-bok", None, ["agriculture"], "statement"),
        c("경영비 절감을 위한 생산시설 확충 지원을 통해 농업경쟁력을 키울 수 있도록 최선을 다하겠다", "lee-sang-bok", None, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "비닐하우스, 비가림재배시설 신청은 사업장의 소재지 읍ㆍ면사무소에",
        "지원대상자 선정은 읍면, 농업기술센터의 자체 심의를 거쳐 선정되며",
    ],
}

# cq-02: 부평구; the only date is the site's date/weather bar (2025.07.17), not a publication date -> undated.
G["cq-02-kgnews.txt"] = {
    "metadata": {"headline": "부평11번가 ‘도시재생뉴딜사업’ 국비 투입", "published": None, "reporter": None, "outlet": None, "jurisdiction": "28237"},
    "officials": ["cha-jun-taek"],
    "claims": [
        c("인천 부평 원도심의 도시경쟁력을 높이기 위한 ‘도시재생뉴딜사업’이 본격 추진될 전망이다", None, None, ["urban-regeneration"], "plan"),
        c("도시재생활성화 계획이 국토교통부 심의를 통과하며 국비 지원사업으로 확정됐다", None, None, ["urban-regeneration"], "achievement"),
        c("도시재생 뉴딜시범사업에서 이번 사업이 선정된 이후 사업 총괄 코디네이터 위촉", None, None, ["urban-regeneration"], "achievement"),
        c("지난 6월 국토부에 사업계획 승인을 신청했다", None, None, ["urban-regeneration"], "achievement"),
        c("이번 도시재생 뉴딜사업은 사업은 소비유형 변화로 쇠퇴하고 있는 중심 시가지에 대해", None, None, ["urban-regeneration"], "statement"),
        c("구는 올해부터 2022년까지 국비 등 사업비 1천642억 원을 투입해", None, None, ["urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "국토부 심의 통과… 총 1642억 투입 원도심 개발",
        "차준택 구청장 “부평구 중심시가지로 만들 것”",
    ],
}

# cq-03: 인천시 (박남춘); only photo captions carry a date (ⓒ천지일보 2019.4.29) -> published and claim dates null.
G["cq-03-newscj.txt"] = {
    "metadata": {"headline": "박남춘 시장 “市 재정은 줄이고 버스 이용률은 높인다”", "published": None, "reporter": "김미정", "outlet": "천지일보", "jurisdiction": "28"},
    "officials": ["park-nam-chun"],
    "claims": [
        c("후속 조치로 재정 절감 및 이용객 증대 방안을 수립 시행한다", None, None, ["public-transit"], "plan"),
        c("2016년 승객 편의 이용객 증진을 목표로 대대적인 시내버스 노선 개편이 있었지만 오히려 이용객은 줄고 시 재정지원 부담은 늘었다", "park-nam-chun", None, ["public-transit"], "criticism"),
        c("재정지원금의 절감(551억원) 및 버스승객 증가(15%)를 목표로 통합적인 방안을 마련했다", "park-nam-chun", None, ["public-transit"], "target"),
        c("간선에서 지선 위주의 노선으로 노선을 개편한다", None, None, ["public-transit"], "plan"),
        c("사전공청회, 주민설명회를 개최·의견을 수렴하고, 빅데이터 분석기법도 활용한다는 방침이다", None, None, ["public-transit"], "plan"),
        c("또 한정면허도 폐지한다", None, None, ["public-transit"], "plan"),
        c("준공영제 노선 운영수입에 영향을 미쳤다", None, None, ["public-transit"], "statement"),
        c("시가 노선조정권을 갖고 있지 않아 노선 조정도 어렵다", None, None, ["public-transit"], "statement"),
        c("이에 시는 한정면허를 폐지하고 준공영제로 흡수해", None, None, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "박남춘 인천 시장이 29일 시청 브리핑실에서 시내버스 준공영제 개선을 위한 재정절감 및 이용객 증대에 따른 대책 추진에 대해 밝히고 있다",
        "박남춘 인천시장이 29일 시청 브리핑실에서 시내버스 준공영제 개선을 위한 재정절감 및 이용객 증대에 따른 대책 추진에 대해 밝히고 있다",
        "市 재정은 줄이고 버스 이용률은 높인다",
    ],
}

# cq-04: 성동구 interview; published 2022-08-23, interview 10일 -> 2022-08-10.
G["cq-04-donga.txt"] = {
    "metadata": {"headline": "스마트기술로 주민 편의 향상시킬 것", "published": "2022-08-23T03:00:00+09:00", "reporter": None, "outlet": "동아일보", "jurisdiction": "11200"},
    "officials": ["jeong-won-o"],
    "claims": [
        c("기술 측면에선 스마트하고, 내용 측면에선 포용적인 자치구를 지향합니다", "jeong-won-o", "2022-08-10", ["smart-city"], "statement"),
        c("2015년 처음 시작한 주민과의 문자 대화는", None, "2022-08-23", ["citizen-participation"], "statement"),
        c("주민들이 직접 행정과 지역안전에 참여하는 통로가 되고 있다", "jeong-won-o", "2022-08-10", ["citizen-participation"], "achievement"),
        c("주민 제보로 싱크홀 등 위험요소 등에 대해 빠른 조치를 할 수 있었다", "jeong-won-o", "2022-08-10", ["citizen-participation", "disaster-safety"], "achievement"),
        c("정 구청장은 주민 소통 과정에서 정책 아이디어도 많이 얻는다고 했다", "jeong-won-o", "2022-08-10", ["citizen-participation"], "statement"),
        c("성공을 거둔 성동구 정책 중 상당수가 ‘주민 생활밀착형’인 것도 소통의 결과다", None, "2022-08-23", ["citizen-participation"], "achievement"),
        c("스마트쉼터는 얼마 전 누적 이용자 300만 명을 넘었다", None, "2022-08-23", ["smart-city"], "achievement"),
        c("쉼터에는 냉·난방기, 공공 무선 인터넷 등의 시설을 갖추고 있다", None, "2022-08-23", ["smart-city"], "statement"),
        c("초반에는 예산 낭비라는 지적도 받았지만 많은 주민들이 혜택을 봤고, 대중교통을 활성화하는 효과도 나타나고 있다", "jeong-won-o", "2022-08-10", ["smart-city", "public-transit"], "achievement"),
        c("주민들의 만족감이 높다", "jeong-won-o", "2022-08-10", ["smart-city"], "achievement"),
        c("스마트쉼터, 스마트횡단보도 등 첨단기술을 접목한 구정에 힘을 쏟는", None, "2022-08-23", ["smart-city"], "statement"),
    ],
    "not_claims": [
        "스마트 기술을 구정에 적극 활용해 주민 안전과 편의를 개선하겠다",
        "스마트 흡연부스-빗물받이도 추진…",
        "왕십리역 일대엔 대기업 본사 유치",
        "주민과 문자대화, 소통 통로돼",
        "정원오 성동구청장(54)은 주민들과 끊임없이 소통하는 구청장으로 유명하다",
        "안철민 기자 acm08@donga.com",
    ],
}

# cq-05: 인천시 (유정복); published 2024-01-02 06:39, visit 1일 -> 2024-01-01; announcement 2023-12-18.
G["cq-05-mediaic.txt"] = {
    "metadata": {"headline": "유정복 시장, 1억 플러스 아이드림 지원 '새해둥이' 축하", "published": "2024-01-02T06:39+09:00", "reporter": "문종권", "outlet": "미디어인천신문", "jurisdiction": "28"},
    "officials": ["yoo-jeong-bok"],
    "claims": [
        c("아기와 가족들에게 축하하며 육아에 힘을 보탤 것을 약속했다", "yoo-jeong-bok", "2024-01-01", ["childcare-birth"], "plan"),
        c("이날부터 인천에서 태어나는 아기들은 18세가 될 때까지 총 1억 원을 지원하는", None, "2024-01-01", ["childcare-birth"], "statement"),
        c("지난해 12월 18일 유 시장은 기자회견에서 국가정책의 사각지대를 보완하는", "yoo-jeong-bok", "2023-12-18", ["childcare-birth"], "plan"),
        c("개인별 여건에 따라 최대 3억 4천만 원까지 지원받을 수 있다", None, "2024-01-02", ["childcare-birth"], "statement"),
        c("인천시는 부모님들의 출산과 육아 부담을 덜어 드리기 위해 힘쓰겠다", "yoo-jeong-bok", "2024-01-01", ["childcare-birth"], "plan"),
        c("인천의 출생 지원이 아기를 키우는 데 많은 도움이 될 것 같다", None, "2024-01-01", ["childcare-birth"], "statement"),
    ],
    "not_claims": [
        "새해둥이와 가족에게 축하의 말을 전했다",
        "이날 방문은 의료진의 지도하에 감염과 안전에 유의하며 진행됐다",
        "[사진=인천시]",
        "댓글삭제",
    ],
}

# cq-06: 강동구; institutional narration (head named only in a caption and in parentheses).
G["cq-06-sijung.txt"] = {
    "metadata": {"headline": "강동구, 전통시장과 '짝꿍 맺고' 상권 살리기 나서", "published": "2020-05-28T15:05+09:00", "reporter": "송이헌", "outlet": "시정일보", "jurisdiction": "11740"},
    "officials": ["lee-jeong-hun"],
    "claims": [
        c("상인들의 안정적인 상업 활동을 지원하기 위해 전통시장과 자매결연을 추진한다", None, "2020-05-28", ["small-merchants"], "plan"),
        c("지역상권이 큰 타격을 입고 있다는 우려에서 추진하게 됐다", None, "2020-05-28", ["small-merchants"], "statement"),
        c("지역 소비 촉진운동을 시작하여 지역 주민들의 호응을 얻고 있다", None, "2020-05-28", ["small-merchants"], "achievement"),
        c("침체된 상권 살리기에 희망의 숨을 불어 넣을 것이라 기대하고 있다", None, "2020-05-28", ["small-merchants"], "statement"),
        c("관내 전통시장과 자매결연을 통해 매월 1회 이상 전통시장 가", None, "2020-05-28", ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "'구청-동 30개 기관+6개 시장' 자매결연",
        "매월 '전통시장 가는 날' 지정, 방역도 지원",
        "이정훈강동구청장이 명일전통시장을 찾아 시장상인들의 애로사항을 경청했다",
        "우리나라 소비지출은 6% 급감해 2003년 통계 집계 이후 최대 감소폭으로",
    ],
}

# cq-07: 서울시 (박원순), 2017-11-21.
D7 = "2017-11-21"
G["cq-07-jtbc.txt"] = {
    "metadata": {"headline": "박원순 \"서울 모든 공공시설에 태양광…에너지 생산도시로\"", "published": "2017-11-21T15:34+09:00", "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": ["park-won-soon"],
    "claims": [
        c("서울을 에너지 소비도시에서 생산도시로 전환하겠다", "park-won-soon", D7, ["energy-transition"], "plan"),
        c("2022년까지 원전 1기 설비 용량에 해당하는 규모로 태양광 보급을 확대하겠다는", "park-won-soon", D7, ["energy-transition"], "target"),
        c("활용 가능한 모든 공공시설에 태양광을 설치하고 서울 곳곳에 태양광 랜드마크를 조성하겠다", "park-won-soon", D7, ["energy-transition"], "plan"),
        c("정부는 시민의 안전과 생명을 위해 이 두려움을 극복하고 전환할 책임이 있다", "park-won-soon", D7, ["energy-transition"], "plan"),
        c("4차 산업혁명에 걸맞게 태양광을 통한 신성장 동력 확보에 적극 나설 것", "park-won-soon", D7, ["energy-transition"], "plan"),
        c("앞으로 서울은 태양광으로 완전히 핫(hot)한 도시가 되고, 전 세계 기업과 투자자, 연구원들이 몰려오게 될 것", "park-won-soon", D7, ["energy-transition", "investment-attraction"], "statement"),
        c("모든 시민이 가정과 건물에 태양광을 설치하고 각종 태양광 펀드에 투자해 수익을 얻는 한편", "park-won-soon", D7, ["energy-transition"], "plan"),
        c("태양광이 조경 관점에서 보면 문제가 있는데, 서울시는 이것 역시 변화시키고자 한다", "park-won-soon", D7, ["energy-transition"], "plan"),
        c("사각형이 아닌 예쁘고 재미난 태양광 설비를 만들어 관광의 도시로 만들고 싶다", "park-won-soon", D7, ["energy-transition", "culture-tourism"], "plan"),
    ],
    "not_claims": [
        "작년 경주 지진과 불과 일주일 전 포항 지진은 원전이 밀집해 있는 지역에 또 다른 두려움이 되고 있다",
        "원전 관련 두려움 극복해야",
    ],
}

# cq-08: 옹진군 (장정민), 2019-08-12.
D8 = "2019-08-12"
G["cq-08-24news.txt"] = {
    "metadata": {"headline": "옹진군, 섬 관광 활성화 위해 종합발전계획 수립", "published": "2019-08-12T17:46+09:00", "reporter": "양다겸", "outlet": "한국뉴스", "jurisdiction": "28720"},
    "officials": ["jang-jeong-min"],
    "claims": [
        c("3억2천만원을 들여 관광 진흥종합발전계획을 수립한다고 12일 밝혔다", None, D8, ["culture-tourism"], "plan"),
        c("권역별 개발계획과 관광정책의 마스터플랜을 준비하고 있다", None, D8, ["culture-tourism"], "statement"),
        c("각 섬의 특색을 살린 관광 인프라를 2030년까지 구축하는 계획이 공개됐다", None, D8, ["culture-tourism"], "plan"),
        c("북도를 ‘예술 향유의 섬’으로 만든다는 계획이 발표됐다", None, D8, ["culture-tourism"], "plan"),
        c("권역별로 옹진 섬의 특색있는 중장기 구상을 마련하는 데 역점을 두고 있다", None, D8, ["culture-tourism"], "statement", "이동원"),
        c("관광형태의 특성 등을 분석해 옹진군만의 관광전략을 짜고 있다", None, D8, ["culture-tourism"], "statement", "이동원"),
        c("옹진군의 미래 먹거리인 해양관광산업을 육성하기 위한 정책이 제대로 마련돼야 한다", "jang-jeong-min", D8, ["culture-tourism"], "plan"),
        c("추가로 현장의 의견을 반영해 내실 있는 계획을 수립하겠다", "jang-jeong-min", D8, ["culture-tourism"], "plan"),
        c("옹진군의 문화관광 부문 예산이 연간 200억원 정도로 많진 않지만", "jang-jeong-min", D8, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
    ],
}

# cq-09: 서울시 상수도사업본부; institutional narration, 2015-02-11.
D9 = "2015-02-11"
G["cq-09-etoday.txt"] = {
    "metadata": {"headline": "서울시, 2020년까지 옥내 노후 상수도관 100% 교체", "published": "2015-02-11T13:13+09:00", "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": [],
    "claims": [
        c("서울시가 2020년까지 노후 상수도관을 100% 교체하고", None, D9, ["water-supply"], "target"),
        c("‘서울시 아리수 급수환경 혁신대책’을 11일 발표했다", None, D9, ["water-supply"], "plan"),
        c("혁신대책은 △주택 내 노후 급수관 100% 교체", None, D9, ["water-supply"], "plan"),
        c("96.6%(1만 3252㎞)는 교체 완료했고, 나머지 469㎞(3.4%)도 2018년까지 100% 바꾼다", None, D9, ["water-supply"], "target"),
        c("지원 대상을 중‧대형 주택까지 확대할 계획이다", None, D9, ["water-supply"], "plan"),
        c("아파트 공용배관도 교체 공사비 지원을 최대 20만원에서 40만원까지 확대하고", None, D9, ["water-supply"], "plan"),
        c("개인 및 공동주택 37만 가구를 모두 교체할 계획이다", None, D9, ["water-supply"], "target"),
        c("‘고층아파트 가압직결급수’를 올해 60개 단지에 본격 도입하고", None, D9, ["water-supply"], "target"),
    ],
    "not_claims": [
        "수질 이상 시 자",
    ],
}

os.makedirs(GOLD, exist_ok=True)
for name, body in G.items():
    gold = {"article": name}
    gold.update(body)
    with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
        handle.write('\n')
    print(name, len(body["claims"]))
print('total', sum(len(b["claims"]) for b in G.values()))
