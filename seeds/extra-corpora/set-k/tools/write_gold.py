"""Writes gold/*.json for set-k from the hand annotations below."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

G = []

# k-01 IT조선 2018-11-19 (no date in the text -> all dates null)
OH = 'oh-keo-don'
G.append({"article": "k-01-itchosun.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "IT조선", "jurisdiction": "26"},
 "officials": [OH],
 "claims": [
  C("부산시가 2023년까지 1조5178억원을 들여 부산을 세계적인 스마트시티로 만들겠다고 밝혔다", None, None, ["smart-city"], "target"),
  C("에코델타시티에 로봇과 스마트에너지, 인공지능(AI) 등 4차 산업혁명의 다양한 미래 신기술을 녹여 넣겠다는 계획이다", None, None, ["smart-city", "fourth-industrial-revolution"], "plan"),
  C("부산시 4차 산업혁명 특별위원회를 출범하고 1차 회의를 개최했다", OH, None, ["fourth-industrial-revolution"], "achievement"),
  C("이날 회의에서는 부산형 혁신성장을 위해 4차 산업혁명 대응 방향을 제시하고", None, None, ["fourth-industrial-revolution"], "plan"),
  C("부산시는 향후 5년간 1조5178억원을 투입해 부산을 세계적인 스마트시티로 만들 예정이다", None, None, ["smart-city"], "target"),
  C("스타트업 1000개를 육성하고, 일자리 1만8061개를 만들어", None, None, ["startup-support", "jobs"], "target"),
  C("로봇, 스마트에너지, AI 등 4차 산업혁명의 다양한 미래 신기술을 융합시킬 예정이다", None, None, ["smart-city", "fourth-industrial-revolution"], "plan"),
  C("센텀2지구는 4차 산업혁명 선도지구, 북항·영도지구는 해양 스마트시티", None, None, ["fourth-industrial-revolution", "smart-city"], "plan"),
  C("부산 스마트시티 비전과 전략은 부산이 4차 산업혁명에 선도적으로 대응하고", OH, None, ["smart-city", "fourth-industrial-revolution"], "statement"),
  C("세계적인 도시브랜드로 부산의 스마트시티를 발전시키겠다", OH, None, ["smart-city"], "plan"),
 ],
 "not_claims": ["오거돈 부산시장. / IT조선 DB"]})

# k-02 대구일보 2019-07-02 (no date in the text)
KW = 'kwon-young-jin'
G.append({"article": "k-02-idaegu.txt",
 "metadata": {"headline": "권영진 대구시장 2일 정례조회에서 성과 이야기", "published": None, "reporter": "이주형", "outlet": "대구일보", "jurisdiction": "27"},
 "officials": [KW],
 "claims": [
  C("5년 전 48개였던 로봇기업은 작년에 161개로 늘었습니다", KW, None, ["robot-industry"], "achievement"),
  C("세계 7대 로봇기업 중에 4개가 대구에 연구시설을 두거나", KW, None, ["robot-industry"], "achievement"),
  C("대구는 전기차 선도도시라는 브랜드 네임을 갖게 됐다", KW, None, ["future-vehicles"], "achievement"),
  C("전기 자동차 배터리 모터를 중심으로 하는 많은 소재 기업들이 대구에 둥지를 틀었고", KW, None, ["future-vehicles", "investment-attraction"], "achievement"),
  C("물 산업은 이제 대한민국의 전력산업이 됐다", KW, None, ["water-industry"], "achievement"),
  C("대구에 국가물산업클러스터가 들어서 어제부터 가동에 들어갔고 한국물기술인증원도 유치했다", KW, None, ["water-industry"], "achievement"),
  C("대구가 먼저 주창했던 스마트시티 산업은 문재인 정부의 국가전략산업이 됐다", KW, None, ["smart-city"], "achievement"),
  C("미리 준비하고 선제적으로 대응하면 우리를 패싱할 수 없다는 것을 스마트시티 실증도시를 통해서 확인했다", KW, None, ["smart-city"], "achievement"),
  C("공항 후적지를 어떻게 개발해서 대구의 랜드마크를 만들 수 있을지는", KW, None, ["airport-relocation"], "statement"),
 ],
 "not_claims": ["지난 5년간 성과를 나열했다", "권 시장은 대구경북 통합신공항 추진상황도 언급했다", "권영진 대구시장 2일 정례조회에서 성과 이야기"]})

# k-03 한국경제 2020-06-29 (no date in the text)
LY = 'lee-yong-seop'
G.append({"article": "k-03-hankyung.txt",
 "metadata": {"headline": "인공지능·광주형 일자리 양 날개로 '돌아오는 광주' 실현", "published": None, "reporter": None, "outlet": None, "jurisdiction": "29"},
 "officials": [LY],
 "claims": [
  C("'인공지능 광주 시대'를 활짝 열어 정의가 풍요를 창출한다는 공식을 만들어 내겠다", LY, None, ["fourth-industrial-revolution"], "plan"),
  C("일자리 창출, 소득 증가, 지역경제 활성화 등 시민이 체감하는 성과 창출에 주력하겠다", LY, None, ["jobs"], "plan"),
  C("인공지능 시범도시 조성을 핵심으로 하는 '디지털 뉴딜'", None, None, ["fourth-industrial-revolution", "energy-transition", "climate-carbon", "jobs", "future-vehicles"], "plan"),
  C("군 공항 이전 등 지역 현안 해결도 임기 후반기에 이행하겠다고 약속했다", LY, None, ["culture-tourism", "airport-relocation"], "plan"),
  C("광주형 일자리, 인공지능 중심도시 조성 사업 등 2년간 성과도 돌아봤다", LY, None, ["jobs", "fourth-industrial-revolution"], "achievement"),
  C("유례없는 지자체 주도 사회 대 통합형 노사 상생 광주형 일자리를 추진하고", LY, None, ["jobs", "labor-relations"], "achievement"),
  C("광주는 4차 산업혁명을 선도하고 인공지능 4대 강국 대한민국을 뒷받침할 인공지능 중심도시로 도약하고 있다", LY, None, ["fourth-industrial-revolution"], "statement"),
 ],
 "not_claims": ["이용섭 시장 \"AI광주시대 열어 '정의가 풍요 창출' 공식 만들것\"", "광주가 정의롭다는 이유만으로 잘 살아야 역사가 교훈을 줄 수 있다", "17년 논쟁을 종식한 도시철도 2호선 착공"]})

# k-04 노컷뉴스 울산 2020 (no date in the text)
SC = 'song-cheol-ho'
G.append({"article": "k-04-nocutnews.txt",
 "metadata": {"headline": "송철호 \"부유식 해상풍력발전으로 울산 미래 100년 준비\"", "published": None, "reporter": None, "outlet": None, "jurisdiction": "31"},
 "officials": [SC],
 "claims": [
  C("부유식 해상풍력발전을 시작으로 '동아시아 제조혁신 에너지 메가시티 울산'을 만들겠습니다", SC, None, ["energy-transition"], "plan"),
  C("부유식 해상풍력 발전단지 조성 사업, 수소경제, 오일가스·허브, 원전해체산업을 역점적으로 추진하고 있다", SC, None, ["energy-transition"], "statement"),
  C("그중 부유식 해상풍력 발전단지 조성사업은 천혜의 산업·자연적 조건과 함께", SC, None, ["energy-transition"], "statement"),
  C("해상풍력 분야에서 세계 최고 기업들이 주도하는 대규모 5개 대형 프로젝트가 울산에서 추진 중이며", SC, None, ["energy-transition"], "achievement"),
 ],
 "not_claims": ["부유식 해상풍력 국제포럼(FOWF) 2020 개최", "이 같이 밝혔다", "명실상부한 대한민국의 산업수도", "새로운 신성장 동력산업을 키워서 미래 100년을 준비하려 한다", "부유식 해상풍력 관련 산업과 경제가 활성화되는 발판이 되길 바란다"]})

# k-05 쿠키뉴스 울진 2022-09-23
SB = 'son-byeong-bok'
P5 = '2022-09-23'
G.append({"article": "k-05-kukinews.txt",
 "metadata": {"headline": "울진군, 울진형 농업 일자리 창출 '모색'", "published": "2022-09-23T16:31:44+09:00", "reporter": "성민규", "outlet": None, "jurisdiction": "47930"},
 "officials": [SB],
 "claims": [
  C("경북 울진군이 '울진형 농업 일자리' 창출을 위해 발벗고 나섰다", None, P5, ["agriculture", "jobs"], "statement"),
  C("손병복 군수는 지난 22일 관계 공무원 20명과 함께", SB, "2022-09-22", ["agriculture"], "statement"),
  C("경북 스마트팜 혁신밸리는 스마트팜 청년농을 육성하고", None, P5, ["agriculture", "youth-policy"], "statement"),
  C("경북은 전북 김제, 전남 고흥, 경남 밀양과 비교해 규모가 가장 크다", None, P5, ["agriculture"], "statement"),
  C("청년 창업보육센터, 실증단지, 임대형 스마트팜, 청년 농촌보금자리", None, P5, ["agriculture", "youth-policy", "startup-support", "housing"], "statement"),
  C("만 18세 이상~만 39세 이하를 대상으로 20개월간", None, P5, ["youth-policy", "agriculture"], "statement"),
  C("우수 교육생은 3년간 임대형 스마트팜에서 생산한 농산물을", None, P5, ["agriculture"], "statement"),
  C("스마트팜 혁신밸리는 국내는 물론 해외에서도 벤치마킹을 할 정도로", None, P5, ["agriculture"], "statement"),
  C("군은 경북도의 청년 농업인 5000명 육성 정책에 발맞춰 울진형 농업 일자리를 창출할 방침이다", None, P5, ["agriculture", "jobs", "youth-policy"], "plan"),
  C("ICT(정보통신기술)를 접목한 스마트팜 단지 조성 등을 통해 청년 농업인이 꿈을 펼칠 수 있는 희망찬 농촌을 만들겠다", SB, "2022-09-22", ["agriculture", "youth-policy"], "plan"),
 ],
 "not_claims": ["손병복 군수가 경북 스마트팜 혁신밸리를 둘러보고 있다", "경북 스마트팜 혁신밸리 방문, 지역 농업 발전 방안 '강구'"]})

# k-06 OBC더원방송 2019-12-04
KG = 'kim-gyeong-su'
E6 = '2019-12-04'
G.append({"article": "k-06-theonetv.txt",
 "metadata": {"headline": "김경수 경남지사 “수소경제 활성화, 동남권 새로운 성장동력”", "published": "2019-12-04T23:34+09:00", "reporter": "김경훈", "outlet": "OBC더원방송", "jurisdiction": "48"},
 "officials": [KG, "heo-seong-mu"],
 "claims": [
  C("경상남도가 수소경제 활성화를 위해 한국가스공사와 창원시, 그리고 경남테크노파크와 업무협약을 체결했다고", None, E6, ["energy-transition"], "achievement"),
  C("협약에 따라 한국가스공사는 수소가스 공급 및 인프라 구축사업을 적극 추진하고", None, E6, ["energy-transition", "research-development"], "plan"),
  C("창원시는 수소산업 선도 도시로 성장하기 위해 수소차 보급 및 충전소 확충에 집중하고 있다", None, E6, ["energy-transition", "future-vehicles"], "statement"),
  C("수소생산기지 구축사업(71억 원), 수소액화 플랜트 실증사업(930억 원)에 선정되는 등", None, E6, ["energy-transition"], "achievement"),
  C("또 2022년까지 수소전기차 6000대, 수소충전소 17개소를 구축해", None, E6, ["future-vehicles"], "target"),
  C("선진국 수준 기술력 확보는 수소산업 활성화 전제조건", KG, E6, ["energy-transition"], "statement"),
 ],
 "not_claims": ["한국가스공사·창원시·경남테크노파크 등 4개 기관과 업무협약 체결", "관계자 30여 명이 참석한 가운데 업무협약식을 가졌다", "동남권 수소경제 실현을 위해 서로 협력해야할 분야"]})

# k-07 세계일보 부산 2022-12-15 (no date in the text)
G.append({"article": "k-07-segye.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "26"},
 "officials": ["park-heong-joon"],
 "claims": [
  C("윤석열 정부 첫 도시재생 공모사업에 선정돼 특·광역시 중 최대인 230억원의 국비를 확보했다", None, None, ["urban-regeneration"], "achievement"),
  C("부산 지역 3곳이 ‘2022년 새 정부 도시재생사업’ 공모에 선정됐다고 15일 밝혔다", None, None, ["urban-regeneration"], "achievement"),
  C("이번 공모는 국토부가 시·도 총액예산 내에서 자율적으로 선정·제출한 사업에 대해", None, None, ["urban-regeneration"], "statement"),
  C("부산에서는 △수영구 망미1동(지역특화재생)", None, None, ["urban-regeneration"], "statement"),
  C("중심·골목상권 활성화 등 15분 동네 생활권 특화재생 사업을 추진한다", None, None, ["urban-regeneration", "small-merchants"], "plan"),
  C("주거복지증진과 노인·장애인의 보행환경 개선", None, None, ["urban-regeneration", "housing", "welfare"], "plan"),
  C("노후 불량주택 정비 및 골목환경 개선, 주민활동 거점공간 조성 등 열악한 정주환경을 개선한다", None, None, ["urban-regeneration"], "plan"),
 ],
 "not_claims": ["새 정부의 도시재생 정책 방향에 맞춰 선택과 집중을 통한 부산만의 도시재생사업을 지속적으로 발굴·추진해"]})

# k-08 프레시안 2018-11-08 interview
SH = 'song-ha-jin'
P8 = '2018-11-08'
G.append({"article": "k-08-pressian.txt",
 "metadata": {"headline": "새만금 재생에너지클러스터, '새만금시대' 촉진할 것", "published": "2018-11-08T17:12:52+09:00", "reporter": None, "outlet": "프레시안", "jurisdiction": "45"},
 "officials": [SH],
 "claims": [
  C("새만금 재생에너지 클러스터 조성 사업은 새만금 내부개발을 가속화 하고", SH, P8, ["energy-transition"], "statement"),
  C("새만금 재생에너지 클러스터 조성 사업을 통해서 ’웅비하는 전북시대를 열겠다‘는 포부를 분명히 했다", SH, P8, ["energy-transition"], "plan"),
  C("'새만금의 비전이나 개발계획에 전혀 변동이 없다'고 거듭 강조했다", SH, P8, ["energy-transition"], "statement"),
  C("산업성장의 기본 토대가 되는 R&D 기능을 강화해 온 것이 사업을 결정하게 된 확신 요인이 됐다", SH, P8, ["research-development", "energy-transition"], "achievement"),
 ],
 "not_claims": ["[인터뷰] 송하진 전북지사, 전북경제 체질 개선 등 일석삼조 효과 기대", "프레시안이 송하진 전북도지사를 만나 봤다", "일각에서 재생에너지클러스터 조성으로 새만금의 비전이 바뀌고", "전라북도는 위기를 기회로 바꿀 수 있는 저력을 꾸준히 쌓아왔다", "공공주도 매립을 이행할 새만금개발공사가 설립됐다", "상용차 중심의 융복합산업 등에 이어 새로운 산업영"]})

# k-09 서울경제 전남 2017 (no date in the text)
LN = 'lee-nak-yon'
G.append({"article": "k-09-sedaily.txt",
 "metadata": {"headline": "전남 올 청년 일자리·복지에 2,160억 투입", "published": None, "reporter": "김선덕", "outlet": "서울경제", "jurisdiction": "46"},
 "officials": [LN],
 "claims": [
  C("전남도가 올해 청년 일자리 사업 등 청년 시책 71개 사업에 2,160억원을 투입한다", None, None, ["jobs", "youth-policy"], "plan"),
  C("4개 분야 71개 사업에 2,160억원을 투자하기로 의결했다고 23일 밝혔다", None, None, ["jobs", "youth-policy"], "achievement"),
  C("전남도는 지난해 청년 시책에서 11개 사업을 종료하고", None, None, ["youth-policy"], "achievement"),
  C("청년 일자리 분야에 70%, 청년 복지 분야에 25%를 투자할 계획이다", None, None, ["jobs", "youth-policy", "welfare"], "target"),
  C("올해 신규 사업은 △나주 에너지밸리 산학융합 제2캠퍼스 구축", None, None, ["youth-policy", "education", "welfare", "agriculture", "jobs"], "statement"),
  C("△나주혁신산단과 계약학과 개설을 통한 일자리 제공 △산학협력 취업패키지 과정 재학생까지 확대", None, None, ["jobs", "research-development", "youth-policy"], "achievement"),
  C("전남도는 지난해 청년희망버스 및 맞춤형 학과 운영, 전남형 청년인턴 등을 통해 청년 취업에 앞장섰다", None, None, ["jobs", "youth-policy"], "achievement"),
  C("청년 인구 감소와 출산율 저하는 어제 오늘의 일이 아니고 지방만의 문제도 아니다", LN, None, ["childcare-birth", "youth-policy"], "statement"),
  C("우리 나름대로 할 수 있는 일을 찾아 좋은 정책을 확산시켜야 한다", LN, None, ["childcare-birth", "youth-policy"], "plan"),
 ],
 "not_claims": ["전남 올 청년 일자리·복지에 2,160억 투입"]})

# k-10 세계일보 제주 2024-07-02, event 1일
OY = 'oh-young-hun'
E10 = '2024-07-01'
G.append({"article": "k-10-segye.txt",
 "metadata": {"headline": "오영훈 제주도지사 “에너지·디지털 대전환… 도민 삶의 질 제고 최선” [반환점 돈 민선8기]", "published": "2024-07-02T06:00:00+09:00", "reporter": None, "outlet": "세계일보", "jurisdiction": "50"},
 "officials": [OY],
 "claims": [
  C("에너지·디지털 대전환 두 축으로 더 큰 도약을 하겠습니다", OY, E10, ["energy-transition"], "plan"),
  C("재생에너지 비율을 높이고 그린수소 발전으로 1차산업과 관광 분야까지 에너지 비즈니스 기회를 확대하겠다", OY, E10, ["energy-transition", "culture-tourism"], "plan"),
  C("그린수소 버스, 청소차, 트램의 단계적 도입으로 2035년 탄소중립 사회를 실현하겠다", OY, E10, ["climate-carbon", "energy-transition", "public-transit"], "plan"),
  C("농업디지털센터 등 1차산업에 디지털 신기술을 융합해 과학영농을 실현하겠다", OY, E10, ["agriculture"], "plan"),
  C("오 지사는 이날 후반기 도정의 주요 과제로 기초자치단체 부활을 꼽았다", OY, E10, ["decentralization"], "plan"),
 ],
 "not_claims": ["모든 산업 에너지 비즈니스 확대", "11월 행정체제 개편 주민투표 추진", "제2공항 갈등 해소 행정력 집중", "취임 2주년 기자간담회를 열고 전반기 성과와 후반기 도정 운영 방향을 설명하고 있다", "디지털 대전환도 민선 8기 제주도의 역점 사업 중 하나다", "모든 영역에 디지털을 융합해 도민 생활 편의와 행복을 높여 나가겠다", "기존 기초단체를 없애고 단일 광역단체로 개편됐다", "2026년 7월 3개 기초자치단체가 출범할 수 있도록"]})

os.makedirs('gold', exist_ok=True)
for g in G:
    with open('gold/' + g['article'] + '.json', 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')
print(len(G), 'files,', sum(len(g['claims']) for g in G), 'claims')
