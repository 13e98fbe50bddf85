"""Writes gold/<article>.json for set-da (hand annotation, see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = {}

def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c

# da-01: NSPTV interview with 해운대구청장 백선기 (undated -> all dates null)
B = "baek-seon-gi-26350"
G["da-01-nspna.txt"] = {
    "metadata": {"headline": "[NSPTV 2015 기관장에게 듣는다] 백선기 해운대구청장 “풍요롭고 살기좋은 ‘행복도시 해운대’ 완성할 것”",
                 "published": None, "reporter": "윤민영", "outlet": "NSP통신", "jurisdiction": "26350"},
    "officials": [B],
    "claims": [
        C("매년 부산국제영화제와 부산바다축제가 열리는 해운대는", None, None, ["culture-tourism"], "statement"),
        C("관광객들을 위한 안전제도는 물론, 노인과 취약계층을 위한 주민복지도 탄탄하게 이뤄져있습니다", None, None,
          ["disaster-safety", "welfare", "culture-tourism"], "achievement"),
        C("병·의원 독감 무료 접종이라든지 경로당 공동작업장 운영을 비롯해 진로교육지원센터 개소", B, None,
          ["public-health", "welfare", "education", "culture-tourism"], "achievement"),
        C("우리 구는 하루빨리 이 사태를 극복할 수 있도록 최선을 다하고 있으니", B, None, ["public-health"], "plan"),
    ],
    "not_claims": [
        "아이와 노인, 장애인이 살기 좋은 ‘행복도시 해운대’를 비전으로 선포한 백선기 해운대 구청장",
        "오늘은 행복도시 해운대를 건설하고 있는 백선기 구청장을 만났습니다",
        "지난 1년 동안 우리 해운대를 행복도시로 만들기 위해 많은 일을 했습니다",
        "이 모든 성과는 구민들께서 보내주신 성원 덕분이라고 생각합니다",
        "현재 메르스로 많은 분들이 어려움을 겪고 계십니다",
        "해운대해수욕장 백사장이 복원사업으로 넓어졌습니다. 앞으로 어떤 변화가 생길까요?",
        "해운대해수욕장이 공식적으로 개장된 지 50주년이 되는 매우 의미있고 뜻 깊은 해이기도 합니다",
    ],
}

# da-02: 이철우 경북도지사, 저출생과 전쟁 meeting 17일 (= publication day)
L, D = "lee-cheol-u", "2024-12-17"
G["da-02-ajunews.txt"] = {
    "metadata": {"headline": "이철우 경북도지사 \"더 강력하고 더 피부에 와 닿게 저출생과 전쟁 시즌2 추진하라\"",
                 "published": "2024-12-17T14:47+09:00", "reporter": None, "outlet": None, "jurisdiction": "47"},
    "officials": [L],
    "claims": [
        C("2025년에는 더 강력하고 더 피부에 와 닿게 저출생과 전쟁 시즌2를 추진하라고 지시했다", L, D, ["childcare-birth"], "plan"),
        C("지난 1월 경북이 쏘아 올린 저출생과 전쟁이 국가적으로 확전돼", L, D, ["childcare-birth"], "achievement"),
        C("저출생과 전쟁 100대 실행 과제를 분석하고 정책을 평가해 내년에는 더욱 강화된 시즌2를", L, D, ["childcare-birth"], "plan"),
        C("지방 정부는 흐트러짐 없이 비상한 각오로 적극 대응해야 한다고 강조했다", L, D, ["childcare-birth"], "plan"),
        C("내년에는 수도권 집중 완화 등 저출생 구조 개혁을 중점 추진하라고 지시했다", L, D,
          ["childcare-birth", "decentralization"], "plan"),
        C("지방이 미래고 지방이 바로 신산업으로 지방 중심으로 국가가 운영", L, D, ["decentralization"], "statement"),
    ],
    "not_claims": [
        "경북도, 2025년 저출생과 전쟁 시즌2 '저출생 구조 개혁'에 중점 대응",
        "최근 시국 등에도 경북도는 계획대로 저출생 극복 차질 없이 추진",
        "이철우 경북도지사가 17일 도청에서 제26회차 저출생과 전쟁 혁신 대책 회의를 주재하고 있다. [사진=경상북도]",
    ],
}

# da-03: 거창군 스마트농업육성지구 agreement; only a caption date -> published and claim dates null
K = "gu-in-mo"
G["da-03-newspim.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정철윤", "outlet": "뉴스핌", "jurisdiction": "48880"},
    "officials": [K],
    "claims": [
        C("추진을 위한 위·수탁 협약을 체결했다고 밝혔다", None, None, ["agriculture"], "achievement"),
        C("이 사업은 지난달 행정안전부 중앙투자심사를 통과했으며, 총사업비 200억 원 규모로 추진된다", None, None,
          ["agriculture"], "achievement"),
        C("청년농·승계농을 위한 임대형 스마트팜 단지를 조성하고", None, None, ["agriculture", "youth-policy"], "statement"),
        C("거창군은 사업 총괄 관리와 행정 지원을 맡고", None, None, ["agriculture"], "statement"),
        C("사업이 완료되면 청년농업인들이 입주해 첨단 스마트농업 기술을 활용한 고부가가치 생산이 가능해지고", None, None,
          ["agriculture", "youth-policy"], "statement"),
        C("스마트농업 육성지구는 행정안전부의 중앙투자심사를 통과하며 사업 타당성을 인정받았다", K, None, ["agriculture"], "achievement"),
        C("거창군을 전국 대표 스마트농업 중심지로 육성하겠다", K, None, ["agriculture"], "plan"),
        C("군은 2026년 실시설계와 착공을 거쳐 2027년 말 준공을 목표로 하고 있다", None, None, ["agriculture"], "plan"),
        C("2028년부터는 임대형 스마트팜 입주 농가 모집과 함께 청년농 교육", None, None, ["agriculture", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "스마트팜 청년농업인 지원 계획",
        "지역농업 경쟁력 강화와 기대",
        "협약식에는 구인모 거창군수, 정명석 농어촌공사 거창·함양지사장, 청년·여성농업인 대표 등이 참석했다",
        "추진 위·수탁 협약서를 선보이고 있다. [사진=거창군] 2025.11.06",
    ],
}

# da-04: 김문오 달성군수 on the year's county policy (undated -> dates null)
M = "kim-mun-o"
G["da-04-ajunews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김병진", "outlet": "아주경제", "jurisdiction": "27710"},
    "officials": [M],
    "claims": [
        C("활력있는 창조 경제, 행복한 복지·교육, 품격있는 문화·관광, 안전한 도시기반, 쾌적한 생태환경 등 5대 주요 역점시책을 추진하겠다",
          M, None, ["startup-support", "welfare", "education", "culture-tourism", "disaster-safety"], "plan"),
        C("다사지역 제2노인복지관 건립, 달성군 보훈회관 건립, 제2 장애인재활자립장 건립 추진은 물론", M, None,
          ["welfare", "education"], "plan"),
        C("굴뚝 없는 산업으로 불리는 문화관광을 달성의 또 다른 성장 동력으로 만들기 위한 복안도 마련했다", M, None,
          ["culture-tourism"], "plan"),
        C("비슬산 오토캠핑장 조성, 구지 오설리 낙동강 레포츠벨리 및 오토캠핑장 조성, 도동서원 보수정비사업 등을 추진한다", M, None,
          ["culture-tourism"], "plan"),
        C("일연스님을 테마로 하는 일연선사 기념사업에도 나서겠다", M, None, ["culture-tourism"], "plan"),
        C("비슬산 및 화원자연휴양림의 노후시설 리모델링 사업", M, None, ["culture-tourism"], "plan"),
        C("굴뚝 없는 산업인 문화·관광 산업의 육성을 통해 경제 활성화와 군 브랜드 가치를 높이는데 중점을 두겠다", M, None,
          ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "그 동안의 성과와 결실을 바탕으로 '행복 1등 도시 달성'을 만들기 위해 전력하겠다",
        "대구의 뿌리 달성이 활짝 꽃필 수 있도록 19만 군민과 함께 새로운 100년을 향해 힘차게 나아갈 것",
    ],
}

# da-05: 박형준 부산시장's 15분 도시 tour in 동래구 (Yonhap text; undated -> dates null)
P = "park-heong-joon"
G["da-05-hankyung.txt"] = {
    "metadata": {"headline": "박형준 \"지지부진한 금강공원 현대화사업 본궤도 올린다\"",
                 "published": None, "reporter": None, "outlet": "연합뉴스", "jurisdiction": "26"},
    "officials": [P, "kim-u-ryong"],
    "claims": [
        C("어린이를 위한 복합문화공간을 조성하는 계획을 제안했다", P, None, ["culture-tourism"], "plan"),
        C("4대 생활권별 지역 특성을 반영한 15분 도시계획을 수립하고 주민 의견을 반영하겠다", P, None,
          ["citizen-participation"], "plan"),
        C("부산시 각 구·군을 방문해 '15분 도시 부산'을 주제로 시민과 만나 대화를 나누고 지역 현안을 듣고 있다", P, None,
          ["citizen-participation"], "statement"),
    ],
    "not_claims": [
        "'15분 도시 비전 투어' 여섯번째 방문지 동래구 방문…주민과 대화",
        "금강공원 현대화 사업을 본격적으로 추진하겠다고 밝혔다",
        "금강공원 현대화의 구체적 로드맵을 공개했다",
        "동래문화회관 소극장에서는 '15분 도시 부산' 비전을 직접 설명하고 구민과 대화했다",
        "방역수칙에 따라 현장에 오지 못한 주민 등 60여명은 줌(ZOOM)을 통해 온라인으로 참여했다",
        "동래구는 교육, 교통, 생활 인프라 등 정주 여건이 다른 구와 비교하면 양호해 주거 선호도가 매우 높은 편",
    ],
}

# da-06: 송철호 울산시장 feature (undated -> dates null)
S = "song-cheol-ho"
G["da-06-segye.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "31"},
    "officials": [S],
    "claims": [
        C("울산 앞바다가 부유식 해상풍력의 허브로 성장할 것입니다", S, None, ["energy-transition"], "statement"),
        C("송 시장이 가장 진전된 사업으로 꼽는 것은 ‘부유식 해상풍력’이다", S, None, ["energy-transition"], "achievement"),
        C("이 사업에 참여하는 민간 투자사들이 착공 속도를 높이고 있고", None, None, ["energy-transition"], "statement"),
        C("정부의 한국판 뉴딜사업의 핵심전략으로 자리 잡았다", S, None, ["energy-transition"], "achievement"),
        C("‘울산 부유식 해상풍력 환태평양 제조기지 구축’에 역량을 집중할 계획이다", S, None, ["energy-transition"], "plan"),
        C("한국판 뉴딜, 탄소중립 등 범국가적 정책으로 추진되는 결과를 가져왔다", None, None, ["climate-carbon"], "achievement"),
        C("울산의 부유식 해상풍력을 한국판 뉴딜의 대표 사례로 전 세계에 소개했다", None, None, ["energy-transition"],
          "achievement", speaker_name="문재인"),
        C("대한민국 에너지 대전환과 진정한 의미의 탄소중립 순환경제를 선도해 나갈 것이라는 기대가 크다", S, None,
          ["energy-transition", "climate-carbon"], "statement"),
        C("거점형 공공타운하우스 복합화사업 등 국비 지원을 받는", None, None, ["housing"], "achievement"),
    ],
    "not_claims": [
        "‘9개 성장다리’사업들이 최근 탄력을 받고 있다",
        "울산형 뉴딜사업은 시급한 코로나 위기 극복뿐 아니라 코로나 이후 시대 대비와 도약을 위해 마련한 특단의 전략",
    ],
}

# da-07: 김해시 도시재생 (announced 19일, published 2019-11-20)
D7 = "2019-11-19"
G["da-07-knnews.txt"] = {
    "metadata": {"headline": "김해시 ‘2000억대 도시재생 뉴딜사업’ 추진", "published": "2019-11-20T07:53:28+09:00",
                 "reporter": "이종구", "outlet": "경남신문", "jurisdiction": "48250"},
    "officials": [],
    "claims": [
        C("김해시가 약 2000억원이 투입되는 대대적인 도시재생 뉴딜사업을 펼치면서 이미지 변신을 시도하고 있다", None, D7,
          ["urban-regeneration"], "statement"),
        C("전국 지자체 중 최다인 4개 중심시가지형 도시재생사업에 선정된데 이어", None, D7, ["urban-regeneration"], "achievement"),
        C("4곳에서 총 1032억여원이 투입되는 도시재생 뉴딜사업을 진행 중이다", None, D7, ["urban-regeneration"], "statement"),
        C("시는 이들 도시재생사업과 발맞춰 연계사업도 추진 중이다", None, D7, ["urban-regeneration"], "statement"),
        C("원도심 8개 연계사업 306억원", None, D7, ["urban-regeneration"], "statement"),
        C("연계사업이 추가로 발굴될 가능성이 커 앞으로 본사업 규모를 능가할 것으로 보고 있다", None, D7,
          ["urban-regeneration"], "statement"),
        C("올해 미선정된 내외동과 불암동 2개 지역 도시재생 뉴딜사업 정부공모에 재도전할 계획이다", None, D7,
          ["urban-regeneration"], "plan"),
        C("도시재생 활성화계획 수립 용역을 발주해 내년도 도시재생 뉴딜사업에 응모할 계획이다", None, D7,
          ["urban-regeneration"], "plan"),
        C("2016년 수립한 김해시 도시재생 전략계획에 대해", None, D7, ["urban-regeneration"], "plan", speaker_name="박창근"),
    ],
    "not_claims": [
        "2016년부터 4개 지구 중심사업 진행",
        "27개 연계사업 추가, 노후도심 활력",
        "★관련기사 2면",
    ],
}

# da-08: 구미시 청년창업 (institutional narration only; undated)
G["da-08-smnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김기환", "outlet": None, "jurisdiction": "47190"},
    "officials": [],
    "claims": [
        C("구미시는 일자리 창출의 효과적인 방안 중 하나로 청년창업지원에 힘쓰고 있다", None, None,
          ["startup-support", "youth-policy", "jobs"], "statement"),
        C("통합적 프로그램을 지원해 청년창업자를 발굴하고 있다", None, None, ["startup-support", "youth-policy"], "statement"),
        C("현재까지 268명이 수료했으며, 그 중 181명이 창업에 성공했다", None, None, ["startup-support", "youth-policy"], "achievement"),
        C("6년간 매출 98억2000만원, 고용창출 412명의 성과를 내며 청년일자리 창출에 기여", None, None,
          ["startup-support", "youth-policy", "jobs"], "achievement"),
        C("올해는 청년창업자 40명을 선발해 지원할 계획인데", None, None, ["startup-support", "youth-policy"], "target"),
        C("시는 창업을 통한 신규 일자리 창출과 더불어", None, None, ["startup-support", "jobs"], "plan"),
        C("창업자 간담회, 창업자간 상호 아이템운영의견 교류 등을 추진한다", None, None, ["startup-support"], "plan"),
        C("신규창업자의 멘토역할을 하는 코칭스터디 그룹을 구성해", None, None, ["startup-support"], "plan"),
        C("청년창업자들의 네트워크를 강화를 통해 상호 간 거래활성화를 유도하는 등", None, None,
          ["startup-support", "youth-policy"], "plan"),
    ],
    "not_claims": ["구미=김기환 기자 khkim5113@hanmail.net"],
}

# da-09: 대구시 시내버스 노선 개편 (broadcast text; institutional narration only; undated)
G["da-09-dgmbc.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"},
    "officials": [],
    "claims": [
        C("대구시가 10년 만의 시내버스 노선 개편안에 대해 10월 25일부터 4일간 구·군별 주민설명회를 엽니다", None, None,
          ["public-transit"], "plan"),
        C("중간 보고회를 거쳐 현재 구·군, 버스 조합, 경산시, 교육청 등 관계 기관과 협의를 진행하고 있습니다", None, None,
          ["public-transit"], "statement"),
        C("노선 개편 추진 배경·방향, 구·군별 노선변경 자료를 배부한 뒤 자세히 설명하고 의견을 수렴할 예정입니다", None, None,
          ["public-transit"], "plan"),
        C("2025년 2월 말 개편을 시행할 계획입니다", None, None, ["public-transit"], "plan"),
        C("도시철도 중복노선 조정, 굴곡·장거리 노선 개선", None, None, ["public-transit"], "achievement"),
        C("이번 개편은 2024년 말 대구권 광역철도 개통, 도시철도 1호선 하양 연장", None, None, ["public-transit"], "statement"),
    ],
    "not_claims": [],
}

if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
               "claims": g["claims"], "not_claims": g["not_claims"]}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
