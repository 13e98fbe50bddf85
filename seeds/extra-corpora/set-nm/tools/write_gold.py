"""Writes gold/*.json for set-nm (hand annotation; one tuple per claim: quote, speaker, date, policies, kind)."""
import json, os
G = {}
def art(name, meta, officials, claims, not_claims):
    G[name] = {"article": name, "metadata": meta, "officials": officials,
               "claims": [dict(zip(("quote", "speaker", "date", "policies", "kind"), c)) for c in claims],
               "not_claims": not_claims}

KJ, D1 = "kim-ju-su", "2019-06-24"
art("nm-01-kukinews.txt",
    {"headline": '김주수 의성군수 "청년 유턴 분위기 조성 성공적·도시활성화 주력"', "published": "2019-06-24T20:52+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "47730"}, [KJ],
    [("청년유입, 일자리창출, 신성장산업 육성 등을 키워드로", KJ, D1, ["youth-policy", "jobs"], "statement"),
     ("그는 청년 유턴 분위기 조성을 눈에 띄는 성과로 꼽았다", KJ, D1, ["youth-policy"], "achievement"),
     ("청년이 살고 싶은, 청년이 살기 좋은 의성을 만들어야 한다", KJ, D1, ["youth-policy"], "plan"),
     ("도시청년시골파견제 등 다양한 청년 유입 정책은", None, D1, ["youth-policy"], "achievement"),
     ("이는 현재 진행형이기도 하며, 앞으로가 더 기대되는 대목", None, D1, ["youth-policy"], "statement"),
     ("‘이웃사촌 청년시범마을’을 조성해", KJ, D1, ["youth-policy", "agriculture", "jobs", "housing", "culture-tourism", "welfare"], "plan"),
     ("‘농촌 신활력 플러스 사업(70억원)’과 ‘도시재생 뉴딜사업(206억원)’에 연이어 선정", None, D1, ["agriculture", "urban-regeneration"], "achievement")],
    ['김주수 의성군수 "청년 유턴 분위기 조성 성공적·도시활성화 주력"',
     "“의성이 활력을 되찾고 발전할 수 있도록 최선을 다하겠습니다.”",
     "민선7기 1주년 성과와 향후 군정방향을 제시했다"])

PW, D2 = "park-wan-su", "2025-11-13"
art("nm-02-ohmynews.txt",
    {"headline": None, "published": "2025-11-13", "reporter": None, "outlet": None, "jurisdiction": "48"}, [PW],
    [("청년이 지역에서 머물고 일하며 꿈을 실현하는 공간으로 성장할 수 있도록 정책 역량을 집중하겠다", PW, D2, ["youth-policy"], "plan"),
     ("부산·울산과 함께 청년 유출 해법을 지속적으로 논의하고 있다", PW, D2, ["youth-policy"], "statement"),
     ("막연한 수도권 선호에서 벗어나도록 돕는 것이 중요하다", PW, D2, ["education"], "statement"),
     ("최근 경남 청년 유출 규모가 절반가량 감소하고, 30대는 순유입으로 전환되는 등 변화가 나타나고 있다", PW, D2, ["youth-policy"], "achievement"),
     ("일자리, 창업, 정주 여건을 지속적으로 개선하겠다", PW, D2, ["youth-policy", "jobs", "startup-support"], "plan")],
    ["박완수 도지사는 13일 오후 국립창원대학교 인송홀에서 열린 ‘2025 경남·부산·울산 청년 포럼’에 함께 했다",
     "부울경은 국가 제조업의 핵심지임에도 인력 부족 현상을 겪고 있다",
     "지역에서 꿈을 실현하려는 분위기가 커지고 있는 점은 의미 있는 변화",
     "포럼에는 대학생과 부산·울산·경남 지역 청년 등 200여 명이 참석해"])

OK, D3 = "oh-keo-don", "2018-10-11"
art("nm-03-shinailbo.txt",
    {"headline": "부산시 'BRT 공사재개 공론화위 결정' 전격수용", "published": "2018-10-11T14:37+09:00",
     "reporter": "김삼태", "outlet": None, "jurisdiction": "26"}, [OK],
    [("“심사숙고 끝에 겸허히 수용한다”는 입장을 밝혔다", OK, D3, ["public-transit", "citizen-participation"], "statement"),
     ("신속하게 공사를 재개키로 결정했다", OK, D3, ["public-transit"], "plan"),
     ("‘BRT 문제점 보완’사항도 신속하게 해소해 나갈 계획", OK, D3, ["public-transit"], "plan"),
     ("이에 따라 부산시는 2021년까지 해운대에서 시작한 BRT 공사를 충무동까지 연결하고", None, D3, ["public-transit"], "plan"),
     ("부산경찰청과 협력해 시민안전 강화방안을 최우선으로 마련, 추진할 계획이다", None, D3, ["disaster-safety", "public-transit"], "plan"),
     ("도시철도와 시내버스간의 환승시설을 확충하여 대중교통 이용환경도 개선할 방침이다", None, D3, ["public-transit"], "plan"),
     ("새로운 고급버스를 도입해 BRT 구간의 신설 버스노선에 투입한다는 방안도 추진한다", None, D3, ["public-transit"], "plan"),
     ("마지막으로 내년 상반기까지 ‘시내버스 노선체계 전면 개", None, D3, ["public-transit"], "plan")],
    ["부산시 'BRT 공사재개 공론화위 결정' 전격수용", "해운대~충무동 연결 BRT 공사 내년부터 착수",
     "내년 상반기까지 ‘시내버스 노선체계 전면 개편", "오거돈 부사시장(사진=부산시 제공)"])

D4 = "2024-01-09"
art("nm-04-smnews.txt",
    {"headline": "안동시, '명품관광거점도시 조성' 박차", "published": "2024-01-09T16:27+09:00",
     "reporter": "조덕수", "outlet": None, "jurisdiction": "47170"}, [],
    [("안동시는 명품관광거점도시 조성을 위한 관광인프라 사업에 총력을 기울였다", None, D4, ["culture-tourism"], "statement"),
     ("마지막 공연에는 4만 5000명이 방문하는 등 큰 호응을 이끌었으며", None, D4, ["culture-tourism", "disaster-safety"], "achievement"),
     ("전국 기초 지자체 중 최초로 온라인 여행 플랫폼 ‘경북 봐야지’를 개발해", None, D4, ["culture-tourism"], "achievement"),
     ("올해는 지역 관광기념품 판매소 및 여행자커뮤니티 공간 조성을 위한", None, D4, ["culture-tourism"], "plan"),
     ("지난 2020년 지역관광거점도시에 선정된 이래", None, D4, ["culture-tourism"], "achievement")],
    ["명품관광거점도시 조성 1,000만 관광객 유치 목표", "하회선유줄불놀이 <안동시 제공>",
     "안동시, '명품관광거점도시 조성' 박차"])

D5 = "2025-08-07"
art("nm-05-ulsanilbo.txt",
    {"headline": "남구 고래문화특구 지정 2028년까지 연장", "published": "2025-08-07",
     "reporter": "권지혜", "outlet": None, "jurisdiction": "31140"}, [],
    [("국내 유일의 고래를 테마로 한 지역특구로, 지난 2008년 7월25일 최초 지정됐다", None, D5, ["culture-tourism"], "statement"),
     ("이번 5차 변경으로 특구기간 연장과 사업비 증액이 승인됐다", None, D5, ["culture-tourism"], "achievement"),
     ("5차 계획변경 적용 특구 면적은 2008년 최초 지정 당시 면적과 같은 164만1025㎡다", None, D5, ["culture-tourism"], "statement"),
     ("관리법에 따른 규제특례도 종전과 동일하게 적용 받는다", None, D5, ["culture-tourism"], "statement"),
     ("맞춤형 관광버스 운영 등 4개 세부 사업을 완료했다", None, D5, ["culture-tourism"], "achievement"),
     ("고래 캐릭터 활용 굿즈 마케팅 등 6개 사업을 계속 추진할 계획이다", None, D5, ["culture-tourism"], "plan"),
     ("K-콘텐츠·탐방프로그램 육성 등 4개 사업을 신규로 추진한다", None, D5, ["culture-tourism"], "plan"),
     ("문화체육관광부 공모에 선정된 울산 단일 사업 최대 규모다", None, D5, ["culture-tourism"], "achievement"),
     ("총사업비 453억원을 투입해 3단계로 나눠", None, D5, ["culture-tourism"], "statement"),
     ("2005년 고래박물관 개관 이후 누적 방문객 1500만명을 돌파했", None, D5, ["culture-tourism"], "achievement")],
    ["남구 고래문화특구 지정 2028년까지 연장"])

D6 = "2022-09-07"
art("nm-06-thegnnews.txt",
    {"headline": "경남 창원시, 의창구·마산회원구 청사 건립", "published": "2022-09-07T03:52+09:00",
     "reporter": "정창현", "outlet": "더경남뉴스", "jurisdiction": "48120"}, [],
    [("경남 창원시가 의창구·마산회원구 청사 건립에 속도를 내고 있다", None, D6, ["city-hall"], "statement"),
     ("의창구청 신청사는 지난 2020년 4월 착공해 골조공사를 완료하고", None, D6, ["city-hall"], "statement"),
     ("올해 10월까지 준공하고 11월 개청할 예정이다", None, D6, ["city-hall"], "plan"),
     ("‘창원 자족형 복합행정타운’ 내에 건립될 예정이다", None, D6, ["city-hall"], "plan"),
     ("오는 2024년 착공해 2026년 12월 준공을 목표로 관련 절차를 이행 중이다", None, D6, ["city-hall"], "plan"),
     ("16년간의 마산야구센터 내 더부살이를 청산하게 되며", None, D6, ["city-hall"], "plan"),
     ("기존 열악한 구청사 신축을 통해 지역간 행정불균형을 해소하고", None, D6, ["city-hall"], "plan")],
    ["의창구청, 스마트오피스 신청사 11월 개청", "마산회원구청, 창원 복합행정타운에 2026년 준공",
     "마산회원구청사 조감도. 창원시 제공", "의창구 신청사 조감도"])
G["nm-06-thegnnews.txt"]["claims"][-1]["speaker_name"] = "김화영"

KD = "kim-dae-gwon"
art("nm-07-newdaily.txt",
    {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27260"}, [KD],
    [("수성명품 단독주택지 조성사업이 대통령 직속 국가균형발전위원회 주관 균형발전사업서 우수사례에 선정됐다", None, None, ["urban-regeneration"], "achievement"),
     ("대구에서 유일하게 이 같이 이름을 올렸다", None, None, ["urban-regeneration"], "achievement"),
     ("지속 가능한 공동체 활성화 사례가 심사위원의 높은 평가를 받은 것으로 알려졌다", None, None, ["urban-regeneration"], "achievement"),
     ("도시재생 뉴딜사업에 참여할 수 없는 여건 속에서 이뤄낸 작은 성과며", KD, None, ["urban-regeneration", "housing"], "plan"),
     ("지산1동 소규모 도시재생사업에 선정돼 오는 8월부터 추진될 예정이다", None, None, ["urban-regeneration"], "plan")],
    ["주민커뮤니티센터 건립 및 주민역량강화사업 등 공동체 활성화 사례 인정받아",
     "대구 수성구가 2019 균형발전사업 우수사례 선정평가에서 대구에서 유일하게 우수사례에 선정됐다.ⓒ수성구",
     "균형발전사업 우수사례 평가는 국가균형발전 성공모델 확산",
     "20건의 우수사례를 뽑았다"])

KY = "kwon-young-jin"
art("nm-08-seoul.txt",
    {"headline": "대구시 국가물산업클러스터에 13개 물기업 유치", "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"}, [KY],
    [("국가산업단지 안에 물(水) 기업체 13곳을 유치했다", None, None, ["water-industry", "investment-attraction"], "achievement"),
     ("대구국가산업단지 내 국가 물 산업 클러스터에 입주를 위한 투자 계약을 체결했다고", None, None, ["water-industry", "investment-attraction"], "achievement"),
     ("입주기업 13곳의 투자액은 1200억원에 달하며, 향후 700명의 신규 고용 창출 효과가 예상된다", None, None, ["water-industry", "investment-attraction", "jobs"], "statement"),
     ("물 기업 총 61곳이 입주해 4000억원 규모의 투자 효과와 3000명의 신규 고용 창출 효과가 나타날 것으로 보고 있다", None, None, ["water-industry", "investment-attraction", "jobs"], "target"),
     ("입주를 고려하는 기업들을 직접 방문해 적극적인 유치 활동을 벌일 계획이다", None, None, ["water-industry", "investment-attraction"], "plan"),
     ("입주기업 협의체 운영, 수요형 R&D지원과 기업간 네트워크 구축 등의 지원을 위해 노력하겠다", KY, None, ["water-industry", "research-development"], "plan")],
    ["골목형 상점가에 온누리상품권 허용", "광진구 자양1재정비촉진구역 준공 인가",
     "지난달 22일 대구시와 4개 물기업이 국가물산업클러스터 투자협약을 체결했다. 대구시 제공",
     "서울, 트립어드바이저 ‘나홀로 여행하기 좋은 도시"])

D9 = "2020-10-28"
art("nm-09-gnynews.txt",
    {"headline": "남해군, 귀농인의 집 제공…정착 효과 ‘톡톡’", "published": "2020-10-28T18:30+09:00",
     "reporter": "배남길", "outlet": None, "jurisdiction": "48840"}, [],
    [("서갈화마을 이연지·한대현 씨가 귀농인의 집에 입주하면서", None, "2020-10-23", ["agriculture"], "achievement"),
     ("귀농귀촌할 수 있도록 임시 거처인 ‘귀농인의 집’을 제공하고 있다", None, D9, ["agriculture"], "statement"),
     ("군에서 보조금을 지원, 리모델링된 귀농의 집을 마을협의회에서 운영한다", None, D9, ["agriculture"], "statement"),
     ("2018년 4개소, 지난해 5개소, 현재 4개소가 조성·운영되고 있다", None, D9, ["agriculture"], "achievement"),
     ("서갈화마을 귀농인의 집은 올해 조성돼 첫 입주자를 맞이했다", None, D9, ["agriculture"], "achievement"),
     ("2개소의 귀농인의 집을 구축, 현재 총 2가구가 거주하는 중이다", None, D9, ["agriculture"], "achievement")],
    ["남해군, 귀농인의 집 제공…정착 효과 ‘톡톡’", "고현면 서갈화마을 입주 시작", "농촌 체험·귀농귀촌 등 지원",
     "입주 가족이 준비한 점심 식사를 하면서 귀농인의 집 입주를 환영하는 시간을 가졌다",
     "이연지·한대현 씨가 입주한 후 마을 주민들과 점심 식사를 하고 있다"])

os.makedirs('/work/blind/set-nm/gold', exist_ok=True)
for name, g in G.items():
    with open(f'/work/blind/set-nm/gold/{name}.json', 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
