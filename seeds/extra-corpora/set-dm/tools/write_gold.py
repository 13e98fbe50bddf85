"""Writes set-dm's hand annotations to gold/*.json (one file per article)."""
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

# dm-01: Changwon smart-city plan study kick-off (2019-03-06 meeting, published 2019-03-07)
D0, D1 = "2019-03-06", "2019-03-07"
G["dm-01-businesspost.txt"] = {
    "metadata": {"headline": "창원시, 시민 중심의 스마트도시 추진작업 시작", "published": "2019-03-07T12:27:27+09:00",
                 "reporter": "임한솔", "outlet": "비즈니스포스트", "jurisdiction": "48120"},
    "officials": ["heo-seong-mu"],
    "claims": [
        c("창원시가 시민 중심의 스마트도시를 본격적으로 추진하기 위한 용역을 시작했다", None, D0, ["smart-city"], "achievement"),
        c("창원시 스마트도시 계획은 교통, 환경, 재난, 에너지 등 각종 도시문제를 해결하기 위해 첨단 정보통신기술을 도시 운영에 접목하는 내용이다", None, D1, ["smart-city"], "statement"),
        c("창원형 스마트도시 비전과 발전 로드맵, 마산 해양신도시 스마트도시 특화전략", None, D1, ["smart-city"], "statement"),
        c("창원시는 2019년 안에 스마트도시 조성의 발판을 마련한다는 목표를 세우고", None, D1, ["smart-city"], "plan"),
        c("중장기적 관점에서 스마트도시 추진전략과 일자리 창출방안을 마련할 것", None, D1, ["smart-city", "jobs"], "plan", "이영호"),
        c("실효성 있는 계획을 수립해 시민의 삶의 질을 높이겠다", None, D1, ["smart-city"], "plan", "이영호"),
    ],
    "not_claims": [
        "‘창원시 스마트도시 계획 수립 용역 착수보고회’를 개최했다고 7일 밝혔다",
        "창원 스마트도시 추진단과 관련 부서장 등이 보고회에 참석했다",
        "참가자들은 창원시 스마트도시 계획을 통해 시민 중심의 미래지향적 스마트도시를 조성하는 방안을 두고 논의했다",
        "창원시, 시민 중심의 스마트도시 추진작업 시작",
        "▲ 허성무 창원시장.",
        "네이버 'AI 전략' 통했다",
    ],
}

# dm-02: Pohang mayor's press conference on the battery cluster, 2023-07-13
D = "2023-07-13"
G["dm-02-newsprime.txt"] = {
    "metadata": {"headline": "이강덕 포항시장, 오는 20일·21일중 이차전지 특화단지 발표예정...포항 유력",
                 "published": "2023-07-13T18:50:17+09:00", "reporter": "김진호", "outlet": "프라임경제",
                 "jurisdiction": "47110"},
    "officials": ["lee-gang-deok"],
    "claims": [
        c("정부가 결정을 내려준다면 국내뿐 아니라 세계적으로 경쟁력있는 이차전지 기업들이 포항으로 밀려오면서", "lee-gang-deok", D, ["investment-attraction"], "statement"),
        c("수소분야는 다른 도시에 비해 우위를 점하고 있고 바이오헬스 분야인 포스텍 연구중심의과대학 유치에도 심혈을 기울여 나가겠다", "lee-gang-deok", D, ["energy-transition", "medical-industry"], "plan"),
        c("포스텍 의과대를 중심으로 바이오 헬스단지를 추가로 조성해 나가겠다고 강조했다", "lee-gang-deok", D, ["medical-industry"], "plan"),
    ],
    "not_claims": [
        "이차전지 특화단지로 포항 유력",
        "포항 선정이 유력해 보인다",
        "포항은 유력하다는 입장을 공식적으로 밝혔다",
        "7월에 있을 특화단지 선정에 마지막 힘을 쏟아부을 것",
        "특화단지가 선정되자마자 국내 최고전문가들과 간담회를 열어 차후 대책을 논의하겠다",
        "인프라를 갖춘 포항은 더욱 경쟁력을 갖고 있다",
        "포스코와의 우호적 관계에 대한 언급도 잊지 않았다",
    ],
}

# dm-03: Gyeongnam hydrogen MOU of 2019-12-04, broadcast script dated 2019-12-13
D = "2019-12-04"
G["dm-03-channelenews.txt"] = {
    "metadata": {"headline": "경남도·한국가스공사 수소경제 활성화를 위한 업무협약 체결", "published": "2019-12-13",
                 "reporter": "김다영", "outlet": "채널e뉴스", "jurisdiction": "48"},
    "officials": ["kim-gyeong-su"],
    "claims": [
        c("수소 경제 활성화를 위해 경상남도와 창원시, 한국가스공사와 경남테크노파크가 손을 잡았습니다", None, D, ["energy-transition"], "achievement"),
        c("경상남도가 4일 도청 도정회의실에서 수소경제 활성화를 위해 한국가스공사와 업무협약을 체결했습니다", None, D, ["energy-transition"], "achievement"),
        c("정부의 수소경제 활성화 정책에 따라 수소가스 공급 및 인프라 구축 사업을 적극적으로 추진하고 있습니다", None, D, ["energy-transition"], "statement"),
        c("2022년까지 수소전기차 6000대, 수소충전소 17개소를 구축해 수소전기차 보급을 확대해나갈 계획입니다", None, D, ["energy-transition", "future-vehicles"], "target"),
        c("창원시는 수소산업 선도 도시로 성장하기 위해 수소 차 보급 및 충전소 확충에 집중하고 있습니다", None, D, ["energy-transition", "future-vehicles"], "statement"),
        c("수소특화단지를 조성해 연구기관과 기업이 연구개발에 집중하도록 지원할 계획입니다", None, D, ["energy-transition", "research-development"], "plan"),
    ],
    "not_claims": [
        "이날 협약식에는 김경수 경남도지사와 한국가스공사 채희봉 사장, 창원시장 등 관계자 30여 명이 참석한 가운데",
        "제조·산업 체질 개선과 질적 성장에 있어 도내 기업들과도 든든한 협력을 당부했습니다",
        "경남도·한국가스공사 수소경제 활성화를 위한 업무협약 체결",
        "채널e뉴스 김다영입니다.",
    ],
}

# dm-04: Daegu Buk-gu dementia-safe villages, 2021-09-07 (institutional narration)
D = "2021-09-07"
G["dm-04-kmib.txt"] = {
    "metadata": {"headline": "대구 북구, 치매안심마을 확대", "published": "2021-09-07T15:54+09:00", "reporter": "최일영",
                 "outlet": "국민일보", "jurisdiction": "27230"},
    "officials": [],
    "claims": [
        c("대구 북구는 코로나19 상황 속에서 더욱 치밀한 치매 안전망 확보를 위해 치매안심마을을 확대한다고 7일 밝혔다", None, D, ["dementia-care"], "plan"),
        c("노원동, 산격1동, 무태조야동, 읍내동 4개 마을을 신규 치매안심마을로 조성한다", None, D, ["dementia-care"], "target"),
        c("주민주도 운영위원회를 구성해 온·오프라인 회의를 진행할 예정이다", None, D, ["dementia-care"], "plan"),
        c("지역 내 치매극복 선도기관, 치매안심가맹점을 모집한다", None, D, ["dementia-care"], "plan"),
        c("치매가족의 돌봄 부담을 줄이기 위해 지역사회의 노력이 절실하다", None, D, ["dementia-care"], "statement"),
        c("치매안심마을 운영으로 치매 어르신이 살던 곳에서 안심하고 지낼 수 있는 시스템을 만들 것", None, D, ["dementia-care"], "plan"),
    ],
    "not_claims": ["대구 북구, 치매안심마을 확대", "국민DB"],
}

# dm-05: Gunwi county birth/child grants; undated text -> published and all claim dates null
G["dm-05-idaegu.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "배철한", "outlet": "대구일보", "jurisdiction": "47720"},
    "officials": ["kim-yeong-man"],
    "claims": [
        c("군위군이 출산양육 지원금을 지급하는 등 인구 늘리기에 행정력을 집중하고 있다", None, None, ["childcare-birth"], "statement"),
        c("노령화에 따른 인구 감소에 대비하기 위해서다", None, None, ["childcare-birth"], "statement"),
        c("출생 축하금으로 50만 원, 첫돌 축하금 50만 원, 첫째아 출산장려금 10만 원 등을 지원하고 있다", None, None, ["childcare-birth"], "statement"),
        c("둘째아 이상 출산장려금 60만 원(월 5만 원), 셋째아 이상 양육지원금 720만 원(72개월)도 지급한다", None, None, ["childcare-birth"], "statement"),
        c("‘출산양육지원금 지원 조례’를 2011년 개정, 시행 중이다", None, None, ["childcare-birth", "education"], "statement"),
        c("초등학교 입학생 60만 원, 중학교 입학생 50만 원, 고등학교 입학생 100만 원을 각각 지원한다", None, None, ["childcare-birth", "education"], "statement"),
        c("중학교 3학년 진학 학생에게도 1인당 50만 원이 지원된다", None, None, ["childcare-birth", "education"], "statement"),
        c("군위군은 경북도내에서 처음으로 초·중·고등학교까지 무상급식을 실시하고 있다", None, None, ["education"], "achievement"),
        c("지역 소멸에 대비 각종 인구 늘리기 정책을 펼치고 있지만 성과는 아직 미미하다", "kim-yeong-man", None, ["childcare-birth"], "criticism"),
        c("하지만 인구 유출 방지 등을 위해 지원은 계속 확대해 나갈 계획이다", "kim-yeong-man", None, ["childcare-birth"], "plan"),
    ],
    "not_claims": ["▲ 군위군청 전경."],
}

# dm-06: Ulsan city bus network reform announced 2024-10-24 (institutional narration)
D = "2024-10-24"
G["dm-06-hankookilbo.txt"] = {
    "metadata": {"headline": "울산 시내버스 노선 27년 만에 전면 개편", "published": "2024-10-24T16:30+09:00",
                 "reporter": "박은경", "outlet": "한국일보", "jurisdiction": "31"},
    "officials": [],
    "claims": [
        c("울산시가 27년 만에 시내버스 노선을 전면 개편한다", None, D, ["public-transit"], "plan"),
        c("직행노선을 확대하고 노선번호 체계도 정비한다", None, D, ["public-transit"], "plan"),
        c("개편된 노선은 오는 12월 21일부터 시행된다", None, D, ["public-transit"], "plan"),
        c("전체 시내버스 노선 183개 중 100개를 통합·변경하고, 22개를 신설한다고 24일 밝혔다", None, D, ["public-transit"], "target"),
        c("배차간격은 평균 31분에서 28분으로 10% 단축될 전망이다", None, D, ["public-transit"], "target"),
        c("눈에 뛰는 변화는 외곽에서 도심까지 30분 내 이동이 가능한 직행 좌석 노선이다", None, D, ["public-transit"], "statement"),
        c("총 7개 노선이 신설되는데", None, D, ["public-transit"], "target"),
        c("다람쥐노선도 2개(818번, 남구49번) 신설했다", None, D, ["public-transit"], "plan"),
        c("시내버스 노선번호도 바뀐다", None, D, ["public-transit"], "plan"),
        c("지선 버스는 ‘구군 명칭+일련 번호’체계를 일괄 적용한다", None, D, ["public-transit"], "plan"),
        c("4개월가량 모니터링 용역을 실시해 불편사항 등을 보완할 예정이다", None, D, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "울산 시내버스 노선 27년 만에 전면 개편",
        "직행 확대·노선 번호 정비… 오는 12월 21일부터",
        "자세한 노선 변경 사항은 울산시 홈페이지 노선 검색창",
    ],
}

# dm-07: Daegu mayor Hong Joon-pyo's press conference on the TK integrated airport, 2022-07-05
D = "2022-07-05"
H = "hong-joon-pyo"
G["dm-07-sisajournal.txt"] = {
    "metadata": {"headline": "홍준표 “대구경북통합신공항 첫 단추 잘못끼워…특별법 조정해 발의”",
                 "published": "2022-07-05T16:45+09:00", "reporter": "김성영", "outlet": "시사저널", "jurisdiction": "27"},
    "officials": [H, "chu-gyeong-ho"],
    "claims": [
        c("홍준표 대구시장이 대구경북통합신공항 국비 추진을 다시 한번 강조했다", H, D, ["airport-relocation"], "plan"),
        c("그는 이를 위한 특별법이 발의될 예정이란 점도 밝혔다", H, D, ["airport-relocation"], "plan"),
        c("대구 경제와 일자리를 위해 제일 먼저 선행돼야 할 것이 대구경북통합신공항의 조속한 건설", H, D, ["airport-relocation", "jobs"], "plan"),
        c("앞서 국회 제출한 추경호 법안과 홍준표 법안을 조정한 특별법이 다시 발의될 것", H, D, ["airport-relocation"], "plan"),
        c("기부대양여로 군공항과 민간공항을 추진한다면 동촌공항 이상도 이하도 안된다", H, D, ["airport-relocation"], "criticism"),
        c("후적지 팔아 민항이 관문공항이 된다는 것은 불가능한 일", H, D, ["airport-relocation"], "criticism"),
        c("그런 공항은 설립해 본들 대구경북 산업 유치에 전혀 도움이 되지 않는다", H, D, ["airport-relocation", "investment-attraction"], "criticism"),
        c("동네공항 만드는데 내려올 기업이 있겠냐", H, D, ["airport-relocation", "investment-attraction"], "criticism"),
        c("그는 가덕도신공항 특별법 통과 당시 찬성했던 일화도 소개했다", H, D, ["airport-relocation"], "statement"),
        c("가덕도신공항 통과시킬 때 대구경북 의원들 중 유일하게 저만 찬성해", H, D, ["airport-relocation"], "statement"),
        c("가덕신공항을 찬성해 줘야지 똑같이 대구 신공항도 국비로 해 달라는 요구를 할 수 있는 것", H, D, ["airport-relocation"], "statement"),
        c("기부대양여로 3.8km 관문공항을 만들 수 있다는 건 출발부터 잘못된 것", H, D, ["airport-relocation"], "criticism"),
    ],
    "not_claims": [
        "홍준표 “대구경북통합신공항 첫 단추 잘못끼워…특별법 조정해 발의”",
        "홍 시장, 5일 대구경북통합신공항 국비 추진 강조",
        "홍준표 대구시장이 5일 시청 브리핑룸에서 기자회견을 하고 있다",
    ],
}

# dm-08: Namhae county head in the provincial tourism relay campaign, 2025-06-30
D = "2025-06-30"
G["dm-08-pressna.txt"] = {
    "metadata": {"headline": "장충남 남해군수, ‘경남 구석구석 여행하기’ 캠페인 참여", "published": "2025-06-30T13:00:37+09:00",
                 "reporter": "정재학", "outlet": "프레스뉴스", "jurisdiction": "48840"},
    "officials": ["jang-chung-nam"],
    "claims": [
        c("정재학 기자=장충남 남해군수는 경상남도가 추진하는", None, D, ["culture-tourism", "small-merchants"], "statement"),
        c("각 지역의 관광자원을 소개하고 내수 진작을 도모하는 프로젝트로", None, D, ["culture-tourism"], "statement"),
        c("남해는 힐링이 필요한 이들에게 최적의 여행지", "jang-chung-nam", D, ["culture-tourism"], "statement"),
        c("남해군은 이번 캠페인을 계기로 대형 지역개발사업과 연계한 관광 활성화 전략을 강화하고 있다", None, D, ["culture-tourism"], "statement"),
        c("▲남해군 신청사 신축 ▲국도 3호선 4차로 확장 ▲광역상수도 구축 등으로", None, D, ["city-hall", "water-supply", "culture-tourism"], "statement"),
        c("쏠비치 남해 리조트와의 연계 관광 활성화", None, D, ["culture-tourism", "urban-regeneration"], "statement"),
    ],
    "not_claims": [
        "장충남 남해군수, ‘경남 구석구석 여행하기’ 캠페인 참여",
        "“2025 고향사랑 방문의 해, 국민고향 남해로 오세요”",
        "(사진=남해군)",
    ],
}

# dm-09: Gyeongbuk governor's meeting with young farmers; undated text -> dates null
L = "lee-cheol-u"
G["dm-09-hankooki.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "김원균", "outlet": "데일리한국", "jurisdiction": "47"},
    "officials": [L],
    "claims": [
        c("도에서 민선8기에 역점으로 추진하는 농업대전환의 실천 방법", None, None, ["agriculture"], "statement"),
        c("농업 대전환의 주역으로 앞장 설 수 있도록 지원을 아끼지 않겠다", L, None, ["agriculture", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "청년 농업인 11명과 경북 농업 대전환을 모색하는 간담회를 가졌다",
        "농업 대전환 촉진을 위해 지난 11월 네덜란드 연수에서 경험하고 느낀 점을 공유하고",
        "정광훈 대표(33세)가 연수단을 대표해 연수결과를 발표하고",
        "청년농의 용이한 진입을 위한 스마트팜 금융지원 방안과, 케어팜, 축산정책, 청년농업인의 역할 등에 대한 활발한 논의가 이뤄졌다",
        "청년 농업인이 새내기 농부가 아닌 지역의 리더로서 이미 활동하고 있는 것 같다",
        "이철우 경북도지사와 청년 농업인 연수단이 간담회 후 기념촬영 하는 모습",
    ],
}

for name, gold in G.items():
    record = {"article": name, **gold}
    with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as handle:
        json.dump(record, handle, ensure_ascii=False, indent=1)
        handle.write('\n')
    print(name, len(gold["claims"]))
