"""Writes set-as gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c
def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)
G = {}

# as-01 대구 통합 정신·치매센터 (undated; URL 2015-10-27) - institutional, 국장 not in registry
DP = ["dementia-care", "public-health"]
G["as-01-imaeil.txt"] = dict(
    metadata=M(None, None, None, None, "27"),
    officials=[],
    claims=[
        C("'전국 1호' 통합 정신·치매센터가 대구에서 문을 열었다", None, None, DP, "achievement"),
        C("치매관리 전문팀을 신설해 통합 정신·치매센터로 운영하는 방안을 추진했다", None, None, DP, "achievement"),
        C("이달 26일부터 달성군 유가면사무소에서 통합 정신·치매센터가 운영된다", None, None, DP, "statement"),
        C("2018년까지 8개 구·군에 통합 정신·치매센터를 설치할 예정이다", None, None, DP, "target"),
        C("통합 정신·치매센터 운영이 노인 인구 증가에 따른 사회 문제 해결에 도움이 되기를 바란다", None, None, DP, "statement", "김영애"),
    ],
    not_claims=["댓글 많은 뉴스", "이재명 \"TK 2차전지·바이오 육성…신공항·울릉공항 조속 추진\""],
)

# as-02 대구 달서구 이태훈 취임 50일 (undated; URL 2016-06-01)
L = "lee-tae-hun"
G["as-02-imaeil.txt"] = dict(
    metadata=M("이태훈 달서구청장 취임 50일 \"행복한 삶 즐기는 달서구 조성\"", None, None, "매일신문", "27290"),
    officials=[L],
    claims=[
        C("'교육'과 '주거환경 개선'으로 가족 인구의 유입을 유도할 계획이다", L, None,
          ["childcare-birth", "education", "urban-regeneration"], "plan"),
        C("경력단절 여성 취업 정보 제공 등 지역 맞춤형 취업 지원에 나서고", L, None,
          ["jobs", "childcare-birth", "education"], "plan"),
        C("국'공립 어린이집 확충과 장애인복지관 건립 등도 계획 중이다", L, None,
          ["welfare", "childcare-birth"], "plan"),
        C("건강한 결혼문화 정착을 위한 '결혼장려팀 신설'도 구체적인 공약 실현 방안 중 하나다", L, None,
          ["childcare-birth"], "plan"),
    ],
    not_claims=[
        "'희망달서 2030 프로젝트' 추진",
        "'희망달서 2030 프로젝트'로 주민들이 원하는 달서구를 만들어 나가겠다",
        "주민들이 행복하고, 가족들이 모여드는 달서구를 만들겠습니다",
        "달서구 내 22개 동 주민들을 직접 만났다",
        "가족들이 함께 살 수 있는 좋은 환경이 마련되면 자연스레 사람들이 모여들게 되겠죠",
        "결혼을 미루고 있는 미혼 남녀들도 결혼에 대한 부담을",
    ],
)

# as-03 울산 수소차 1만대 (undated; '19대 대통령선거 후보자' -> April 2017) - institutional
FE = ["future-vehicles", "energy-transition"]
G["as-03-sedaily.txt"] = dict(
    metadata=M("울산 '수소차 1만대 운행도시' 시동", None, "장지승", "서울경제", "31"),
    officials=[],
    claims=[
        C("울산시가 수소자동차 1만대 운행도시에 도전한다", None, None, FE, "target"),
        C("수소차의 메카 도시로 자리잡기 위해 기존 계획을 한층 업그레이드 했으며", None, None, FE, "plan"),
        C("총 6,026억원을 들여 수소차 1만대를 보급하고 충전소를 20기까지 확대하기로 했다", None, None, FE, "target"),
        C("수소공급 배관망도 30㎞ 설치해 수소자동차 인프라를 강화할 방침이다", None, None, FE, "target"),
        C("당초 울산시는 오는 2022년까지 수소자동차 4,000대를 보급하고", None, None, FE, "target"),
        C("보다 공격적인 지원이 필요하다고 판단, 지원 규모를 확대키로 했다", None, None, FE, "plan"),
        C("수소에너지 부품 산업을 한 곳에 모아 집적화하는 ‘수소에너지 클러스터 조성’ 사업도 추진하기로 했다", None, None,
          ["energy-transition"], "plan"),
        C("총 3,400억원이 들어가는 이 사업은", None, None, ["energy-transition", "research-development"], "statement"),
        C("울산에서 수소차 실증화 사업을 주도하는 것은 당연하다", None, None, FE, "statement"),
        C("부품 산업도 함께 성장할 수 있도록 해 울산이 또 한 번 자동차 중심 도시로 거듭날 수 있도록 돕겠다", None, None,
          ["future-vehicles"], "plan"),
    ],
    not_claims=["6,026억 투입…2022년까지 보급", "부품 등 수소산업 인프라 확대"],
)

# as-04 창원 허성무 스마트도시 간부회의 (undated; 2018 by content)
H = "heo-seong-mu"
S = ["smart-city"]
G["as-04-idomin.txt"] = dict(
    metadata=M(None, None, None, None, "48120"),
    officials=[H],
    claims=[
        C("창원시가 현재 지지부진한 '스마트 도시 구현' 방안 논의에 속도를 낼 전망이다", None, None, S, "plan"),
        C("창원은 관련한 종합적 판단이나 계획을 고민해 본 적이 있나 싶다", H, None, S, "criticism"),
        C("창원형 스마트 도시를 어떻게 만들지 방향을 구상하는 등 대응 체계를 마련하라", H, None, S, "plan"),
        C("정보통신담당관이 전체 총괄 부서로 전체 그림을 그리고 시 모든 부서가 협업하라", H, None, S, "plan"),
        C("공공 데이터를 수집·활용해 교통, 에너지 등 다양한 도시 문제를 해결하면서 새로운 가치를 창출하는 데 목적이 있다", None, None, S, "statement"),
        C("시민에게 안전하고 윤택한 삶을 제공하는 도시 구조 정립이라는 대의가 담겨 있다", None, None, S, "statement"),
        C("정부는 국가 8대 핵심선도사업에 스마트 시티를 포함하고 시범 도시로 부산과 세종을 선정했다", None, None, S, "achievement"),
        C("내년 1월에는 스마트시티 통합플랫폼 기반구축 사업 공모가 예정돼 있다", None, None, S, "plan"),
        C("이 공모 내용이 무엇인지 잘 파악해 대비하라", H, None, S, "plan"),
        C("스마트 시티 조성 관련 추진단 출범, 조례 제정 등 종합적인 대응 체계도 구축하라", H, None, S, "plan"),
        C("어떤 형태로 할지 아이디어와 전략이 필요하다", H, None, S, "plan"),
        C("해양신도시가 스마트 시티 테스트베드 역할을 할 수 있도록 준비를 잘해달라", H, None, S, "plan"),
        C("부서 간 협업은 물론 창원산업진흥원, 시정연구원 등 관계기관과 다 함께 고민할 것", H, None, S, "plan"),
    ],
    not_claims=["정부 사업공모 대비 계획 마련", "기사제"],
)

# as-05 울산 대왕암 해상케이블카 (undated; URL 2018-11-20)
SO, JC = "song-cheol-ho", "jeong-cheon-seok"
T = ["culture-tourism"]
G["as-05-donga.txt"] = dict(
    metadata=M(None, None, None, None, "31"),
    officials=[SO, JC],
    claims=[
        C("울산 동구 대왕암공원 일대에 해상케이블카가 설치된다", None, None, T, "plan"),
        C("검토 노선은 동구 일산유원지 내 고늘지구의 어풍대(御風臺)를 출발해", None, None, T, "statement"),
        C("울산시와 동구가 공영으로 개발하는 방안이 유력하다", None, None, T, "statement"),
        C("복합관광단지 개발 의향서를 시에 제출한 것으로 알려지면서 민자사업 가능성을 배제할 수 없다", None, None,
          ["culture-tourism", "investment-attraction"], "statement"),
        C("해상케이블카 검토 노선을 둘러보며 사업 추진 방안을 논의했다", None, None, T, "statement"),
        C("대왕암공원으로 변경했다", SO, None, T, "plan"),
        C("울산시의회에서도 대왕암 해상케이블카 설치가 공론화됐다", None, None, T, "statement"),
        C("해양 조망이 가능한 케이블카 설치와 체류형 관광을 위한 복합문화관광호텔 건립 등을 검토하고 있다", SO, None, T, "plan"),
        C("어린이 테마파크인 대왕별 아이누리, 오토캠핑장, 소리박물관", None, None, T, "statement"),
        C("앞으로 지역관광자원이 결합된 융·복합 콘텐츠인", None, None, T, "plan"),
    ],
    not_claims=[
        "어풍대∼슬도 총연장 3km 노선… 대기업 참여 민자사업 가능성도 울산시, 내년 상반기 노선 등 확정",
        "19일 대왕암공원에서 해상케이블카 노선을 둘러보고 있다. 울산시 제공",
    ],
)

# as-06 부산 해운대구 홍순헌 자치발전 대상 (2020-10-14)
HS, D6 = "hong-sun-heon", "2020-10-14"
G["as-06-fnnews.txt"] = dict(
    metadata=M("'2020 대한민국 자치발전 대상' 수상 홍순헌 해운대구청장", "2020-10-14T11:26+09:00", "노주섭", "파이낸셜뉴스", "26350"),
    officials=[HS],
    claims=[
        C("도시 균형발전과 구민들의 안전문제, '관광도시 해운대' 교통난 해결 등을 구정 최우선에 두고 앞장서 뛸 것입니다", HS, D6,
          ["disaster-safety"], "plan"),
        C("구청 신청사 재송동 이전 사업도 서둘러 오는 2023년까지 이사를 갈 수 있도록 절차를 밟고 있다", HS, D6, ["city-hall"], "plan"),
        C("코로나19 위기 대응과 해운대만의 독창적인 지방자치 시행을 높게 평가해", None, D6,
          ["public-health", "decentralization"], "achievement"),
        C("해운대구청은 △소통공동체 활성화(OK 공감 구청장실, 100인 원탁회의", None, D6,
          ["citizen-participation", "welfare", "urban-regeneration", "jobs"], "achievement"),
    ],
    not_claims=[
        "균형발전, '안전 해운대' 만드는데 열정 쏟겠다",
        "민선 7기 2년간 온 열정을 다해 노력한 결과를 좋게 평가받아 기쁘다",
        "제2센텀시티 부지 그린벨트 해제는 반송과 반여, 재송동 등의 발전을 촉진시키는데도 큰 역할을 하게 될 것",
        "대한민국 자치발전 대상은 한국자치발전연구원(원장 김안제. 서울대 명예교수)이 주최하고 한국지방자치학회가 후원한다",
    ],
)

# as-07 경북 이철우 수도권 투자유치 (date 2021-07, '1일')
LC, D7 = "lee-cheol-u", "2021-07-01"
IA = "investment-attraction"
G["as-07-asiae.txt"] = dict(
    metadata=M(None, "2021-07", "주철인", "아시아경제", "47"),
    officials=[LC],
    claims=[
        C("관광개발, 신도시 조성 등을 위한 투자유치에 팔을 걷어붙이며 광폭 행보를 이어가고 있다", None, D7, [IA, "culture-tourism"], "statement"),
        C("천혜의 자연 자원을 활용한 관광지 등 개발을 요청했다", LC, D7, ["culture-tourism", IA], "plan"),
        C("도청 신도시에 특화 주거지역 투자를 제안했다", LC, D7, [IA, "housing"], "plan"),
        C("블록형 단독주택 특화지역을 조성하기 위해 국내 대형 건설사 등과 지속해 접촉할 계획이다", None, D7, ["housing", IA], "plan"),
        C("18조원 규모의 기업 투자를 끌어냈다", None, D7, [IA], "achievement"),
        C("경북이 ‘글로벌 백신 생산 중심도시’ 도약의 발판을 마련했다", None, D7, [IA, "medical-industry"], "achievement"),
        C("투자유치를 통한 일자리 창출을 위해 열심히 뛰어 구체적인 성과도 있었으나 여전히 많은 젊은이가 일자리가 없어 수도권으로 떠나고 있다",
          LC, D7, [IA, "jobs", "youth-policy"], "criticism"),
        C("4차 산업혁명 시대를 선도할 글로벌 기업을 유치해 양질의 일자리를 만드는 데 역량을 집중하겠다", LC, D7, [IA, "jobs"], "plan"),
    ],
    not_claims=[],
)

# as-08 거창 구인모 취임 100일 (caption 2022.10.11; no publication line)
GI, D8 = "gu-in-mo", "2022-10-11"
G["as-08-news1.txt"] = dict(
    metadata=M("구인모 거창군수 \"달빛내륙철도 거창역·남부내륙철도 환승역 유치\"", None, "김대광", "뉴스1", "48880"),
    officials=[GI],
    claims=[
        C("달빛내륙철도 거창역 및 남부내륙철도 환승역 유치, 거창 의료복지타운 조성, 거창 연극예술복합단지 등 지역 현안사업 추진과 국책사업 유치에 적극 노력하겠다",
          GI, D8, ["public-transit", "public-health", "welfare", "culture-tourism"], "plan"),
        C("△청년이 있는 힘찬 경제‧산업도시 △군민행복 문화관광‧체육을 핵심 전략으로 내세웠다", GI, D8,
          ["youth-policy", "culture-tourism"], "plan"),
        C("△꿈을 펼치는 명품교육 △승강기 중심 상생경제 △경쟁력 있는 미래농업", GI, D8,
          ["education", "agriculture", "culture-tourism", "welfare", "youth-policy"], "plan"),
    ],
    not_claims=[
        "취임 100일 기자회견 유치…'더 큰 거창 힘찬 도약' 다짐",
        "취임 100일을 맞은 구인모 거창군수가 11일 군청 상황실에서 기자회견을 열고 지난 100일간의 성과를 설명하고 민선 8기 군정방향을 제시하고 있다",
        "민선 8기 취임 이후 100일간은 그 어느 때보다 바쁘게 달려왔다",
        "군민들과 약속한 공약의 세부계획을 수립하고 민선 7기에 다져놓은 주춧돌 위에 앞으로 4년의 군정 방향을 잡아 더 큰 거창도약의 준비를 마쳤다",
    ],
)

# as-09 부산 도시재생 공모 4곳 선정 (undated; '2025년 하반기' -> Dec 2025)
PH = "park-heong-joon"
U = ["urban-regeneration"]
G["as-09-nocutnews.txt"] = dict(
    metadata=M(None, None, None, None, "26"),
    officials=[PH],
    claims=[
        C("'2025년 하반기 도시재생사업 공모'에서 부산지역 4곳이 모두 선정됐다고 18일 밝혔다", None, None, U, "achievement"),
        C("선정 지역은 △중구 광복·부평동 △동구 수정2동", None, None, U, "statement"),
        C("국비 400억원을 포함해 모두 947억원이 투입돼 도시재생사업이 추진된다", None, None, U, "plan"),
        C("'지하의 재발견, 예술 쉼터 프로젝트'를 주제로", None, None, U + ["culture-tourism"], "plan"),
        C("빈집 100% 정비와 임대주택 공급, 집수리 확대 등 주거 환경을 개선하고", None, None, U + ["housing"], "target"),
        C("전통시장 환경 개선과 편의시설 확충을 비롯해 한옥마을과 역사 문화 탐방로를 정비할 계획이다", None, None,
          U + ["small-merchants", "culture-tourism"], "plan"),
        C("주차장과 가로환경을 정비해 정주환경을 개선하는 한편 지역 내 주택 정비를 유도할 예정이다", None, None, U + ["housing"], "plan"),
        C("도심 주거지역의 골목상권과 생활 환경에 활력을 불어넣을 수 있는 기반이 마련됐다", PH, None, U + ["small-merchants"], "achievement"),
        C("시민이 체감할 수 있는 생활 기반 시설을 확충해 쾌적하고 살기 좋은 도시를 만들어 나가겠다", PH, None, U, "plan"),
    ],
    not_claims=["부산 동구 수정2동 도시재생사업 계획안."],
)

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "gold")
os.makedirs(out, exist_ok=True)
n = 0
for name, g in G.items():
    doc = {"article": name, **g}
    n += len(g["claims"])
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(G), "gold files,", n, "claims")
