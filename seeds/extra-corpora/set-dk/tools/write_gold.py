"""Writes the hand annotations of set-dk to gold/ (one JSON file per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, '..', 'gold')
os.makedirs(GOLD, exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


G = {}

# dk-01: 강화군 귀농·귀촌 지원 (institutional narration; undated -> all dates null)
G["dk-01-wooritvnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28710"},
    "officials": ["lee-sang-bok"],
    "claims": [
        c("귀농·귀촌 교육을 확대 실시하고 금년부터 농업에 종사하고 있는 귀농인에게 소형농기계(보형관리기)를 보급할 예정이라고 밝혔다", None, None, ["agriculture"], "plan"),
        c("그동안 2억원까지 지원하던 농업창업자금을 3억원까지 늘리고 주택구입(신축포함) 자금도 5천만원으로 확대한다고 밝혔다", None, None, ["agriculture", "startup-support", "housing"], "plan"),
        c("이율은 농업창업 자금은 기존 3%에서 2%로 낮추고 주택구입 자금은 현행 2.7%를 유지하기로 했으며", None, None, ["agriculture", "startup-support", "housing"], "plan"),
        c("귀농·귀촌자에게 영농기술교육과 농업정보를 제공해 농업에 대한 이해를 증진시키고", None, None, ["agriculture"], "statement"),
        c("군에서는 귀농·귀촌과정(귀농기초농업과, 귀촌전원생활과) 및 현장실습교육 과정을 지속적으로 운영하고", None, None, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "베이비부머 인구수는 7백 2십여만명으로 국내 인구의 14.7%를 차지하고 있을 정도로",
        "가장 각광받고 있는 인생설계 가운데 하나인 귀농·귀촌이 주목받고 있다",
    ],
}

# dk-02: 차준택 부평구청장 취임 100일 (세계일보, 2022-10-12; statements of '11일')
G["dk-02-segye.txt"] = {
    "metadata": {"headline": "11번가 도시재생·굴포천 생태 복원 역점", "published": "2022-10-12T01:00:00+09:00",
                 "reporter": None, "outlet": "세계일보", "jurisdiction": "28237"},
    "officials": ["cha-jun-taek"],
    "claims": [
        c("곳곳의 숨은 공간을 미래 중심지로 키워 구민들에게 돌려줄 것입니다", "cha-jun-taek", "2022-10-11", ["urban-regeneration"], "plan"),
        c("민선 7기부터 이어온 지속가능부평 11번가 도시 재생 뉴딜과 굴포천 생태하천 복원이 2024년 완공을 목표로 한창 공사 중이라고 설명했다", "cha-jun-taek", "2022-10-11", ["urban-regeneration"], "statement"),
        c("이번 11번가 사업은 혁신센터 건설, 굴포하늘길 및 도시숲 설치, 거버넌스 구축 등 다양한 단위 일정들로 구성됐다", None, "2022-10-12", ["urban-regeneration"], "statement"),
        c("침체된 원도심 회복에 더해 지역상권 활성화를 이루고자 한다", None, "2022-10-12", ["urban-regeneration", "small-merchants"], "statement"),
        c("아동친화도시 조성에도 속도를 낸다", None, "2022-10-12", ["welfare"], "plan"),
        c("아동의 더 나은 삶을 정책과 제도로 뒷받침하며 유니세프 인증을 통해 지정된", "cha-jun-taek", "2022-10-11", ["welfare"], "plan"),
    ],
    "not_claims": [
        "11번가 도시재생·굴포천 생태 복원 역점",
        "미군 반환부지 공원 개발 등 추진",
        "14일 구민들과 소통토론회 개최",
        "대형사업의 성공적인 추진이 민선 8기 청사진 핵심이자 기본 방향이라고 밝혔다",
        "옛 물길을 살려 과거의 생태를 돌려놓을 것",
        "인천 최초의 하천 복원 프로젝트로 기대를 모은다",
        "캠프마켓 공원화가 주요하다",
        "1113공병단 대형 복합시설 유치, 제3보급단 개발 등이 공약으로 중점 관리되고 있다",
    ],
}

# dk-03: 서대문구 스마트도시 기본계획 (매일일보, 2025-06-03)
G["dk-03-maeililbo.txt"] = {
    "metadata": {"headline": "서대문구,‘스마트도시 기본계획 수립 용역 사업’착수보고회 개최", "published": "2025-06-03",
                 "reporter": "송미연", "outlet": "매일일보", "jurisdiction": "11410"},
    "officials": ["lee-seong-heon"],
    "claims": [
        c("체계적인 스마트도시 서대문 조성을 위해 2025년~2029년 중장기 사업 계획을 수립할 예정이다", None, "2025-06-03", ["smart-city"], "plan"),
        c("주요 내용은 △스마트도시 구현을 위한 중장기 로드맵과 단계별 실행계획 수립", None, "2025-06-03", ["smart-city"], "plan"),
        c("지능화된 도시기반시설을 구축하고 각종 도시개발사업에 적용할 수 있는 스마트도시 조성 가이드라인을 마련한다", None, "2025-06-03", ["smart-city"], "plan"),
        c("4차산업 첨단기술을 활용한 도시문제 해결방안을 제시하고 도심항공교통(UAM) 등 미래 지속 가능한 스마트도시 서비스를 구현할 계획이다", None, "2025-06-03", ["smart-city", "fourth-industrial-revolution", "future-vehicles"], "plan"),
        c("이 기본계획을 서울시의 스마트도시 기본계획과 연계해 시너지 효과를 극대화함은 물론", "lee-seong-heon", "2025-06-03", ["smart-city"], "plan"),
    ],
    "not_claims": [
        "서대문구,‘스마트도시 기본계획 수립 용역 사업’착수보고회 개최",
        "‘서대문구 스마트도시 기본계획 수립 용역 사업’ 착수보고회를 개최했다고 3일 밝혔다",
        "스마트도시계획 수립 방향과 단계별 추진계획 등에 대한 서대문구 정책자문위원들의 논의가 중점적으로 이루어졌다",
    ],
}

# dk-04: 인천시 미세먼지 대책 (kindernews page; undated -> all dates null)
G["dk-04-kindernews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"},
    "officials": ["yoo-jeong-bok"],
    "claims": [
        c("이른 시일 내 지역의 430개 모든 유치원에 공기청정기를 보급한다고 밝혔다", None, None, ["fine-dust"], "target"),
        c("미세먼지 관련 긴급 대책회의를 주재하고 이같이 결정했다", "yoo-jeong-bok", None, ["fine-dust"], "plan"),
        c("시는 시교육청과 협의해 모든 유치원의 2057개 학급에 공기청정기를 설치한다", None, None, ["fine-dust"], "target"),
        c("어린이집의 경우 이미 지난해 7월 20195개 학급에 공기청정기를 보급한 바 있다", None, None, ["fine-dust"], "achievement"),
        c("건강 취약계층 6만여명에게 1인당 5개의 마스크를 제공한다", None, None, ["fine-dust"], "target"),
        c("오는 4월에 옹진군 경로당 70곳에 130대의 공기청정기 보급을 추진한다", None, None, ["fine-dust"], "target"),
        c("지난해 도입한 14대의 분집흡입차량을 올해 13대 추가 구입, 운행한다", None, None, ["fine-dust"], "target"),
        c("15곳인 대기측정소를 23곳으로 늘리고 전기차(올해 633대)와 압축천연가스(CNG)버스(올해 보급률 90%) 등 친환경자동차 보급을 크게 늘린다", None, None, ["fine-dust", "future-vehicles"], "target"),
        c("호흡기전문진료센터와 연계해 환경미화원 등의 건강검진 사업도 벌인다", None, None, ["fine-dust", "public-health"], "plan"),
        c("다중시설 실내공기질을 전문가 컨설팅을 제공해 관리하는 방안도 추진한다", None, None, ["fine-dust"], "plan"),
        c("영흥화력발전소 가동율 조정, 대형선박 정박시 벙커시유 사용 금지 등을 정부에 건의할 예정이다", None, None, ["fine-dust"], "plan"),
    ],
    "not_claims": [
        "이 같은 미세먼지와 황사 예방",
    ],
}

# dk-05: 오세훈 서울시장 인구 정책 발언 (edaily excerpt; undated -> all dates null)
G["dk-05-edaily.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": ["oh-se-hoon"],
    "claims": [
        c("△세계 최저 수준 출산율 △생산가능인구 축소 △복지체계를 앞지른 고령화 등을 지목했다", "oh-se-hoon", None, ["childcare-birth", "welfare"], "statement"),
        c("지금 아무것도 하지 않으면 10년, 20년 뒤 복지국가의 기반 자체가 흔들릴 수밖에 없다", "oh-se-hoon", None, ["welfare"], "statement"),
        c("고령 시민의 안정적인 노후 돌봄과 부담 완화, 건강한 삶의 질 유지를 위한 주거·여가·일상 지원 등 내용을 담고 있다", None, None, ["welfare"], "statement"),
        c("쉬엄쉬엄 한강축제 등의 프로젝트를 통해 시민의 건강과 여가·문화의 기회를 넓혀가고 있다", "oh-se-hoon", None, ["culture-tourism"], "statement"),
        c("그 결과 영국의 ‘삶의 질 연구소’ 조사에서 서울은 행복도시 지수 세계 6위를 기록하기도 했다", "oh-se-hoon", None, ["culture-tourism"], "achievement"),
        c("서울형 키즈카페, 아이 돌봄비, 난임 시술 지원 등 생활 밀착형 정책이 성과를 내고", "oh-se-hoon", None, ["childcare-birth"], "achievement"),
        c("모든 세대가 서울에서 삶을 시작하고 아이를 키우며 노후를 준비할 수 있도록 도시 구조를 탄탄히 재구조화 하겠다", "oh-se-hoon", None, ["childcare-birth", "welfare"], "plan"),
    ],
    "not_claims": [
        "서울시는 인구 위기를 현실로 받아들이고 인구 정책을 다시 설계해 왔다",
        "오 시장은 최근 서울시가 추진하는 ‘9988 서울 프로젝트’를 소개했다",
        "서울은 인구 정책의 본질을 삶의 질을 높이는 데 있다고 생각한다",
        "우수한 외국인 이공계 인재를 유치하고 서울에 정착할 수 있도록 정주 여건을 개선하고 있다",
        "서울에서의 삶이 곧 행복이라고 느낄 수 있도록 모든 역량을 다할 것",
    ],
}

# dk-06: 문경복 옹진군수 새해 인터뷰 (경인일보 URL, no outlet/date in the text -> all dates null)
G["dk-06-kyeongin.txt"] = {
    "metadata": {"headline": "서해 5도 생활 인프라 개선 앞장… 접경지역 규제 혁파 경제 활력을", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "28720"},
    "officials": ["mun-gyeong-bok"],
    "claims": [
        c("서해5도 정주 생활지원금 인상, 노후주택 개량사업 확대 등을 성과로 꼽았다", "mun-gyeong-bok", None, ["housing"], "achievement"),
        c("다만 인천~백령 대형 여객선 공모에 실패한 것을 두고는 '아픈 손가락'이라고 했다", "mun-gyeong-bok", None, ["public-transit"], "criticism"),
        c("올해 '교통 혁신 정책'을 최우선 과제로 설정했다고 강조했다", "mun-gyeong-bok", None, ["public-transit"], "plan"),
        c("또 지난해에 실패한 인천~백령 대형 여객선 유치 등을 올해는 성사시키겠다고 했다", "mun-gyeong-bok", None, ["public-transit"], "plan"),
        c("연평·자월·덕적에서 오전 출항하는 여객선 공모를 성공하고, 여객선 전 국민 동일요금제를 안정적으로 정착하기 위해 힘쓸 것", "mun-gyeong-bok", None, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "슬로건 : 민선8기 옹진의 새로운 변화와 군민행복 도약",
        "서해 5도 생활 인프라 개선 앞장… 접경지역 규제 혁파 경제 활력을",
        "올해 '교통 혁신' 최우선 과제",
        "농어업인에 年60만원 공익수당",
        "올해 교통 혁신 정책을 중점적으로 추진하겠다",
        "한 명의 낙오자 없는 행복한 옹진, 새롭고 신나는 옹진을 만들겠습니다",
        "새로운 옹진의 미래를 설계하는 한 해였다",
        "경제, 교통, 교육, 의료 등 기본적인 생활에 필요한 인프라가 부족하다",
        "섬을 오가는 사람이 많아지고 물류 활동이 활발히 이뤄져야",
        "옹진군은 지역 경제에 활력을 불어넣기 위한 정책도 함께 추진한다",
        "이를 위해 연간 60만원의 농어",
    ],
}

# dk-07: 연수구 2024년 소상공인 지원 기본계획 (금요저널; undated -> all dates null)
G["dk-07-geumyojournal.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "금요저널", "jurisdiction": "28185"},
    "officials": ["lee-jae-ho"],
    "claims": [
        c("소상공인을 전방위로 지원하기 위해 ‘2024년 소상공인 지원 기본계획’을 수립 시행한다", None, None, ["small-merchants"], "plan"),
        c("소상공인 경쟁력 향상에 기반한 지역경제 활성화를 목표로", None, None, ["small-merchants"], "plan"),
        c("다양한 상권 홍보를 지원하고 골목상권 브랜드 인지도 제고와 함께 소비자의 접근성을 높일 계획이다", None, None, ["small-merchants"], "plan"),
        c("골목형 상점가를 추가 지정하고 골목상권 특색에 맞는 축제 지원과 버스킹", None, None, ["small-merchants"], "plan"),
        c("50억원 규모의 중소기업육성기금 융자를 시행하고 상인 대상 활동 지원, 착한가격업소 활성화 지원 등을 추진해", None, None, ["small-merchants"], "plan"),
        c("전통시장 보수공사, CCTV와 아치형 간판 설치 등 환경 개선을 위한 노력과 함께 상권별 특색있는 거리축제 등도 적극적으로 지원 육성한다", None, None, ["small-merchants"], "plan"),
        c("송도역삼거리 공영주차장을 조성하는 등 깨끗하고 편리한 쇼핑환경을 조성할 예정이다", None, None, ["small-merchants"], "plan"),
        c("이번 시행계획을 통해 지역 소상공인들의 경영 부담이 조금이나마 완화되길 바란다", "lee-jae-ho", None, ["small-merchants"], "statement"),
        c("앞으로도 소상공인에 실질적인 도움이 되고 지역경제까지 활성화할 수 있는 사업이 발굴, 추진될 수 있도록", "lee-jae-ho", None, ["small-merchants"], "plan"),
    ],
    "not_claims": [],
}

# dk-08: 서울형 도시재생활성화지역 2단계 후보지 (한국경제 URL; no outlet/date in the text)
G["dk-08-hankyung.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": [],
    "claims": [
        c("‘서울형 도시재생활성화지역’ 2단계 후보지 28곳을 선정했습니다", None, None, ["urban-regeneration"], "achievement"),
        c("경제기반형 1곳, 근린재생 중심시가지형 7곳, 근린재생 일반형 20곳으로 나눠집니다", None, None, ["urban-regeneration"], "statement"),
        c("광역 차원의 새로운 경제거점으로의 가능성을 판단해 영등포 경인로 지역이 선정됐습니다", None, None, ["urban-regeneration"], "achievement"),
        c("이 곳에는 사업비 500억원이 지원됩니다", None, None, ["urban-regeneration"], "plan"),
        c("후보지는 역사문화특화 및 도심 활성화가 가능한 지역이 꼽혔습니다", None, None, ["urban-regeneration"], "achievement"),
        c("서울 중구 정동일대와 동묘지역, 성동구 마장동", None, None, ["urban-regeneration"], "statement"),
        c("상권회복 가능성 등이 있는 곳으로 20곳이 선정됐습니다", None, None, ["urban-regeneration"], "achievement"),
        c("1단계는 지난해 12월 13개소(서울역 역세권 일대, 세운상가 일대, 창신·숭인 일대 등)를 선정해 현재 활성화계획 수립·완료 단계에 있습니다", None, None, ["urban-regeneration"], "statement"),
        c("도시재생사업이 주민참여를 동력으로 추진될 수 있도록 먼저 준비단계를 거치게 됩니다", None, None, ["urban-regeneration", "citizen-participation"], "plan"),
        c("최종 선정여부는 이후 사업 실현가능성, 추진주체의 역량 등 종합평가를 통해 오는 2017년 가려집니다", None, None, ["urban-regeneration"], "plan"),
        c("도시재생에 대한 주민참여 기반과 공감대가 부족한 상황에서 도시재생 활성화지역이 지정돼 사업이 더디게 진행됐던 것이 사실", None, None, ["urban-regeneration", "citizen-participation"], "criticism", speaker_name="진희선"),
    ],
    "not_claims": [
        "영등포 일대가 새로운 경제거점의 중심지로 만들어집니다",
        "후보지 및 희망지 사업을",
    ],
}

# dk-09: 성동구 일자리대책 (서울신문, 2015-05-22)
G["dk-09-seoulshinmun.txt"] = {
    "metadata": {"headline": "성동, 취업자 수 목표 초과 달성… 전국지자체 일자리대상 최우수상", "published": "2015-05-22",
                 "reporter": "홍혜정", "outlet": "서울신문", "jurisdiction": "11200"},
    "officials": ["jeong-won-o"],
    "claims": [
        c("성동구의 일자리대책이 성과를 내고 있다", None, "2015-05-22", ["jobs"], "achievement"),
        c("구는 단체장 일자리 창출 의지와 수제화 및 의류패션산업 활성화 등 지역특성을 살린 일자리창출 사업", None, "2015-05-22", ["jobs"], "achievement"),
        c("지속 가능한 일자리 2만 5000개 창출을 약속했다", "jeong-won-o", "2015-05-22", ["jobs"], "target"),
        c("이후 일자리와 지역경제 분야의 정책개발부서인 창조경제추진단을 신설했다", None, "2015-05-22", ["jobs"], "achievement"),
        c("민간경제전문가를 채용해 융·복합 혁신센터를 설립하고 성수특허기술 상용화 특구 사업 등을 추진하고 있다", None, "2015-05-22", ["research-development"], "statement"),
        c("정보기술(IT) 산업과 전통산업이 만나는 융·복합 혁신 특구를 만들겠다는 계획이 순항하고 있다", None, "2015-05-22", ["fourth-industrial-revolution"], "achievement"),
        c("그 결과 지난해 취업자 수는 목표인 6200명보다 223명 많은 6423명을 달성했다", None, "2015-05-22", ["jobs"], "achievement"),
        c("올해 1~4월 취업자 수는 2900명으로 올해 목표 6500명의 44.6% 달성률을 나타냈다", None, "2015-05-22", ["jobs"], "achievement"),
        c("하반기에는 취업자 수 목표를 초과할 것으로 예상된다", None, "2015-05-22", ["jobs"], "statement"),
        c("사회적 경제 활성화, 일자리 창출 등 성수동 지역을 도시재생 신모델로 만들겠다", "jeong-won-o", "2015-05-22", ["jobs", "urban-regeneration"], "plan"),
    ],
    "not_claims": [
        "성동, 취업자 수 목표 초과 달성… 전국지자체 일자리대상 최우수상",
        "최우수상을 받은 뒤 기념촬영을 하고 있다",
        "수제화, 의류패션, 인쇄 등 영세 토착산업을 창조적으로 육성할 것",
        "새로 유입되는 사회혁신기업과 연계해 젊은 도시로 만들어 나가겠다",
    ],
}

for name, gold in G.items():
    record = {"article": name, "metadata": gold["metadata"], "officials": gold["officials"],
              "claims": gold["claims"], "not_claims": gold["not_claims"]}
    with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write('\n')
    print(name, len(gold["claims"]))
print('total', sum(len(g["claims"]) for g in G.values()))
