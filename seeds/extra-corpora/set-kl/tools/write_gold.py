"""Writes gold/*.json for set-kl (hand annotation; one compact spec per article)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def W(article, md, officials, claims, not_claims):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    g = {"article": article, "metadata": dict(zip(keys, md)), "officials": officials,
         "claims": claims, "not_claims": not_claims}
    open(os.path.join(G, article + '.json'), 'w', encoding='utf-8').write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")

# kl-01 Jeju, 오영훈, 2022-08-25
d = "2022-08-25"; o = "oh-young-hun"
W("kl-01-news1.txt", ['오영훈 제주지사 "2026년까지 공공주택 7천호 공급"', "2022-08-25T18:11+09:00", "강승남", "뉴스1", "50"], [o], [
    C("민선 8기 제주도정이 2026년까지 공공주택 7000호를 공급한다", None, d, ["housing"], "target"),
    C("공약 실천계획 마련을 위한 전문가 워킹그룹을 구성하고", None, d, ["housing"], "achievement"),
    C("그동안 공공임대주택 위주의 양적 공급에 집중했지만 부동산 정책에 근본적인 해결은 부족했다", o, d, ["housing"], "criticism"),
    C("수요자 맞춤형 주택 공급을 확대하겠다", o, d, ["housing"], "plan"),
    C("2026년까지 공공주택 7000호를 공급할 계획이다", o, d, ["housing"], "target"),
    C("비주택 공공리모델링 등 공공임대 주택 4000호를 공급하겠다", o, d, ["housing"], "target"),
], ["민선8기 공공주택·주거복지 전문가 워킹그룹 회의 개최", "공약실천 계획 마련을 위한 전문가 워킹그룹 회의에서 인사말을 하고 있다",
    "워킹그룹은 주거정책, 공공주거, 도시계획, 주거복지, 주택공급 등 관계 전문가 16명으로 구성됐다"])

# kl-02 Chungbuk, 김영환; date only in photo captions -> undated
o = "kim-yung-hwan"
W("kl-02-newsis.txt", [None, None, "이도근", "뉴시스", "43"], [o], [
    C("충북도가 올해 출생아 수 1만명 실현을 목표로", None, None, ["childcare-birth"], "target"),
    C("올해 임신·출산·양육 정책을 확대 추진한다", o, None, ["childcare-birth"], "plan"),
    C("697명 늘어난 8336명으로, 전국 17개 시·도 가운데 가장 높은 9.1%의 증가율을 기록했다", None, None, ["childcare-birth"], "statement"),
    C("2022년 7576명으로 하락한 뒤 2023년 7683명 등으로 상승세를 보인다", None, None, ["childcare-birth"], "statement"),
    C("올해 출산·돌봄·양육 '안심 3종 패키지'를 추진한다", None, None, ["childcare-birth"], "plan"),
    C("임신 준비 단계부터 산후 회복까지 비용부담을 낮춘다", None, None, ["childcare-birth"], "plan"),
    C("난임부부 시술비 지원 사업과 임신 사전 건강관리 지원 사업을 확대하고", None, None, ["childcare-birth"], "plan"),
], ["산후조리비 지원·돌봄 강화 등 생애 주기 지원", "3자녀 이상 가구 연 100만원 도비 지원 검토",
    "올해 임신·출산·양육 정책 추진 계획에 대해 설명하고 있다", "전국 평균 증가율은 6.6%다"])

# kl-03 Jeonbuk (전북특별자치도), institutional, 2026-02-24
d = "2026-02-24"; ET = ["energy-transition"]
W("kl-03-segye.txt", [None, "2026-02-24", None, None, "52"], [], [
    C("새만금을 축으로 한 재생에너지 확대에 속도를 낸다", None, d, ["energy-transition", "climate-carbon"], "plan"),
    C("전북 지역 재생에너지 보급을 가속화 하기 위해 업무협약(MOU)을 체결했다", None, d, ET, "achievement"),
    C("전북 전역의 재생에너지 확대를 위해 중앙정부·지방정부·공공기관 간 협업이 필요하다는 공감대 속에 추진됐다", None, d, ET, "statement"),
    C("전북을 재생에너지 중심지로 육성하기 위한 협력의 출발점이라는 점에서 의미가 있다", None, d, ET, "statement"),
    C("지역사회 기후 위기 대응 역량 강화와 재생에너지 보급 확대", None, d, ["energy-transition", "climate-carbon"], "plan"),
    C("재생에너지 사업 인허가 절차의 신속 처리를 지원하고, 주민 수용성 확보에 나선다", None, d, ET, "plan"),
    C("에너지 대전환 정책의 지역 안착을 지원한다", None, d, ET, "plan"),
    C("새만금을 에너지 대전환 허브로 구축하기 위해", None, d, ET, "plan"),
], ["기후변화 대응 및 재생에너지 보급을 가속화를 위한 업무협약식", "한전 전북본부는 발전 계통 연계 기반 시설"])

# kl-04 Yeosu, 정기명; undated
o = "jeong-gi-myeong"; CT = ["culture-tourism"]
W("kl-04-news1.txt", ['정기명 여수시장 "섬박람회 성공으로 2천만 관광시대 열겠다"', None, "김동수", "뉴스1", "46130"], [o], [
    C("연간 관광객 2000만 시대를 열겠다", o, None, CT, "target"),
    C("그는 주요 성과로 △2026여수세계섬박람회 성공개최 기반 마련", o, None, ["culture-tourism", "city-hall"], "achievement"),
    C("섬 정주여건을 대대적으로 개선했다", o, None, CT, "achievement"),
    C("섬박람회 예산도 248억 원에서 676억 원으로 상향시켰다", o, None, CT, "achievement"),
    C("23개 전략사업과 58개 과제의 실행을 가속화하고 있다", o, None, CT, "statement"),
    C("연간 관광객 2000만 명 시대를 목표로 '2035 관광종합발전계획'도 추진 중이다", o, None, CT, "target"),
    C("△야간관광 특화도시 조성 △섬-잇 트레일 조성", o, None, CT, "plan"),
    C("'미래형 AI스마트팜 추진', '여수문화재단 설립'", o, None, ["agriculture", "fourth-industrial-revolution", "culture-tourism"], "achievement"),
], ["연이은 공직기강 해이, 사죄", "시정 성과와 향후 계획에 대해 설명했다"])

# kl-05 Naju, institutional + 부시장 (not in registry), 2026-02-04
d = "2026-02-04"; IA = ["investment-attraction"]
W("kl-05-asiae.txt", ["인공태양 등 에너지 신산업 소개", "2026-02-04", None, None, "46170"], ["yun-byeong-tae"], [
    C("1,443억 원 규모의 에너지산업 투자협약을 이끌어내며", None, d, IA, "achievement"),
    C("에너지 신산업을 중심으로 한 대규모 투자유치 성과를 거뒀다고 밝혔다", None, d, IA, "achievement"),
    C("수도권에서 추진해 온 투자유치 행사로, 올해로 4년째를 맞았다", None, d, IA, "statement"),
    C("에너지산업 경쟁력과 중장기 비전을 집중적으로 소개해 왔다", None, d, IA, "statement"),
    C("1,400억 원 규모의 배터리에너지저장장치(BESS) 발전사업 투자협약을 체결했다", None, d, IA, "achievement"),
    C("총 43억 원 규모의 기업 투자협약을 맺고 공장 설립과 고용 창출을 추진하기로 했다", None, d, ["investment-attraction", "jobs"], "achievement"),
    C("인공태양(핵융합) 연구시설 유치 추진 현황과", None, d, ["research-development"], "statement", "강상구"),
    C("노안 일반산단 등 산업 인프라 현황을 소개하며 기업인들의 관심을 끌었다", None, d, IA, "statement", "강상구"),
], ["'글로벌 에너지 수도' 비전 제시", "나주시가 서울 코엑스에서 ‘2026년 수도권 투자유치 로드쇼’를 개최했다"])

# kl-06 Dangjin, 김홍장 interview; undated
o = "kim-hong-jang"; CC = ["climate-carbon"]
W("kl-06-hankyung.txt", ['김홍장 당진시장 "재생에너지 확대…2050년 탄소중립"', None, None, "한국경제신문", "44270"], [o], [
    C("‘2050년 탄소중립’을 선언했다", None, None, CC, "achievement"),
    C("기후위기를 해결하지 않고서는 지속가능한 발전이 없다는 판단에서다", None, None, CC, "statement"),
    C("지자체 차원의 대응 방안을 모색했다", None, None, ["climate-carbon", "energy-transition"], "statement"),
    C("탄소중립 및 에너지 계획을 수립하기 위해 40개 지자체가 참여하고 있다", None, None, CC, "statement"),
    C("정부 차원에서도 2050년 탄소중립을 선언하는 등 의미 있는 성과를 올렸다", o, None, CC, "achievement"),
    C("대기오염물질 감축, 신재생에너지 전환, 에너지산업 특구 조성 등 다양한 시책을 추진하겠다", o, None, ["climate-carbon", "energy-transition", "fine-dust"], "plan"),
    C("공공시설을 대상으로 신재생에너지 시설로 전환하는 사업을 추진한다", None, None, ["energy-transition"], "plan"),
    C("7개 하수처리장에 1530㎾ 규모의 태양광과 소수력 발전시설을 조성한다", None, None, ["energy-transition"], "plan"),
    C("자발적 대기오염물질 감축을 유도하는 사업도 추진한다", None, None, ["fine-dust"], "plan"),
    C("친환경 재생에너지 전환이 시급히 필요하다", o, None, ["energy-transition", "climate-carbon"], "plan"),
    C("전국 최초로 민간 석탄화력발전소 부지에 태양광과 에너지저장장치 시설", o, None, ["energy-transition"], "achievement"),
], ["당진에는 석탄화력·액화천연가스(LNG)·부생·바이오매스발전소 17기가 가동 중이다", "산업구조가 제조업 중심으로 변모했다"])

# kl-07 Daejeon 동구, institutional, 2019-01-31
d = "2019-01-31"; UR = ["urban-regeneration"]
W("kl-07-dailycc.txt", ["동구 대동 도시재생뉴딜사업 현장지원센터 개소식", "2019-01-31T17:57+09:00", "정완영", "충청신문", "30110"], ["hwang-in-ho"], [
    C("현장지원센터 개소식을 개최하고 사업의 본격적인 출발을 알렸다", None, d, UR, "achievement"),
    C("대동 우리동네살리기 도시재생 뉴딜사업은 노후주택, 노후담장, 골목길 정비 등 주거환경을 개선하고", None, d, UR, "plan"),
    C("마을활동가가 상주하면서 ▲도시재생 역량강화를 위한 교육 및", None, d, UR, "statement"),
], ["주민협의체 구성·지원·도시재생 홍보… 사업 발굴 등 구청과 주민 간 가교 역할 기대",
    "31일 대전 동구가 대동 도시재생 뉴딜사업의 전초기지역할을 하게 될 현장지원센터 개소식을 했다",
    "가오동 새텃말 현장지원센터에 이어 두 번째로", "황인호 구청장의 기념사에 이어 참석 내빈들의 축사"])

# kl-08 Sejong, 최민호 reported, 2025-02-24
d = "2025-02-24"; o = "choi-min-ho"; PT = ["public-transit"]
W("kl-08-sejongilbo.txt", ["세종시, 대중교통 활성화 위한 시민 간담회 개최", "2025-02-24", "배진우", None, "36"], [o], [
    C("세종시는 24일 시청 4층 책문화센터에서 대중교통 활성화를 위한 시민 간담회를 개최했다", None, d, PT, "statement"),
    C("간담회에서는 이응패스 도입과 운영 성과, 세종사랑 '대중교통의 날' 운영 방안이 논의됐다", None, d, PT, "statement"),
    C("최민호 시장은 이응패스 도입 배경을 설명하며 정원도시 정책과의 연계 효과를 강조했다", o, d, PT, "statement"),
    C("재정 절감과 시민 이용 유도 효과를 고려해 이응패스를 도입했다고 밝혔다", o, d, PT, "achievement"),
    C("이응패스 확대 계획도 제시됐다", None, d, PT, "plan"),
    C("지역화폐 여민전과 연계해 교통과 소비가 결합된 원카드 시스템을 구축할 방침이다", None, d, ["public-transit", "small-merchants"], "plan"),
    C("대중교통을 이용하면서 지역 상권을 활성화하는 효과도 기대할 수 있다", None, d, ["public-transit", "small-merchants"], "statement"),
    C("탄소배출 절감과 환경문제 해결 방안도 논의됐다", None, d, ["climate-carbon"], "statement"),
    C("2030년 탄소제로도시 실현에 한 걸음 더 다가설 수 있다고 설명했다", o, d, ["climate-carbon", "public-transit"], "statement"),
    C("'대중교통의 날'을 지역 상권과 연계해 성공적으로 운영하는 방안을 심도 있게 논의했다", None, d, ["public-transit", "small-merchants"], "statement"),
    C("시민 수요를 반영한 대중교통 운영 개선", None, d, PT, "statement"),
    C("수렴된 의견을 정책에 반영하고", None, d, PT, "plan"),
], ["대중교통 정책과 관련한 의견을 교환했다"])

# kl-09 Gwangju, 강기정, 2023-02-02 (간부회의 2일; 지난 30일 간담회)
d = "2023-02-02"; o = "kang-gi-jung"
W("kl-09-kwangju.txt", ["강기정 시장 “쇼핑몰 추진 유통 대기업, 투자자로 봐야”", "2023-02-02T19:10+09:00", "박진표", "광주일보", "29"], [o], [
    C("복합쇼핑몰 건립을 추진하는 유통 대기업을 투자자로 보는 관점 전환이 있어야 한다", o, d, IA, "plan"),
    C("유통 대기업들도 투자자로 봐야 한다", o, d, IA, "plan"),
    C("복합쇼핑몰이 들어서면 유동 인구가 늘고 경제적 파급효과도 발생해", o, d, IA, "statement"),
    C("복합쇼핑몰 유치를 광주 공유 이익을 극대화하는 관점에서 접근해야 한다", o, d, IA, "plan"),
    C("이익을 확장해 공동체, 모든 경제주체, 시민, 소상공인과 나누는 것으로", o, d, ["investment-attraction", "small-merchants"], "statement"),
    C("상생 방안 논의를 요구하는 소상공인 단체 등과 마찰을 빚기도 했다", None, "2023-01-30", ["small-merchants"], "criticism"),
    C("시민사회가 참여하는 민관협치위원회와 각종 태스크포스(TF)를 내실화하자고 제안했다", o, d, ["citizen-participation"], "plan"),
    C("위원회나 TF가 형식적인 부분도 없지 않았다고 고백한다", o, d, ["citizen-participation"], "criticism"),
], ["간부회의서 “유동 인구 늘고 지역 경제에 활력” 강조", "인식의 차이가 크다고 생각하게 됐다",
    "시와 시민사회단체 간 신뢰가 무너졌다는 것을 확인하는 자리였다", "불필요한 위원회는 과감하게 정비해달라"])
print("written")
