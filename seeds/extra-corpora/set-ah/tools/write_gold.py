"""Writes set-ah gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
# ah-01 경남 마산로봇랜드 협약 (2016-05-25)
H, D = "hong-joon-pyo", "2016-05-25"
RR = ["robot-industry", "research-development"]
G["ah-01-ajunews.txt"] = dict(
    metadata=dict(headline="경남도, 로봇랜드 조성으로 제4차 산업혁명 선도", published="2016-05-25T17:06+09:00",
                  reporter="이채열", outlet="아주경제", jurisdiction="48"),
    officials=[H],
    claims=[
        C("경남도와 KAIST, 국내 로봇관련 국책 및 전문연구기관 모두가 발 벗고 나섰다", None, D, RR, "statement"),
        C("업무협약(MOU) 체결식을 가졌다", None, D, RR, "achievement"),
        C("로봇관련 국가 R&D 과제의 공동 추진, 로봇랜드 R&D센터 내 로봇연구기관 분소 설치 등을 통해", None, D, RR, "plan"),
        C("로봇연구분야 네트워크 구축과 세계적인 연구기반을 마련하였고", None, D, RR, "achievement"),
        C("경남 마산로봇랜드조성사업은 다가올 제4차 산업혁명시대에 우리 후손들이 세계주역이 될 수 있도록 지금 반드시 추진해 꼭 성공시켜", H, D, ["robot-industry"], "plan"),
    ],
    not_claims=["경남도, 로봇랜드 조성으로 제4차 산업혁명 선도",
                "KAIST‧한국과학기술연구원 등 9개 국책 로봇연구기관과 협약 체결",
                "협약식을 갖고, 기념촬영을 하고 있다.[사진=경남도]"])
# ah-02 대구 국가물산업클러스터 개소 (undated; URL 2019-09-02)
K = "kwon-young-jin"
W = ["water-industry"]
G["ah-02-etnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="정재훈", outlet="전자신문", jurisdiction="27"),
    officials=[K],
    claims=[
        C("국내 최초 물산업 지원시설인 국가물산업클러스터 개소식을 연다고 2일 밝혔다", None, None, W, "plan"),
        C("지난 2016년 11월 착공, 지난 6월 완공했다", None, None, W, "achievement"),
        C("65만㎡에 진흥시설, 실증화시설, 기업집적단지를 갖췄다", None, None, W, "statement"),
        C("입주기업이 물기술 연구와 개발된 기술의 실증실험에 활용할 수 있는 시설이 들어섰다", None, None, W, "statement"),
        C("롯데케미칼, PPI평화 등 24개 기업이 입주했다", None, None, W, "achievement"),
        C("현재 클러스터 분양률은 45%이다", None, None, W, "achievement"),
        C("개소식을 통해 대한민국의 심장이 이제 대구에서 뛰기 시작한다", K, None, W, "statement"),
        C("곧 설립될 한국물기술인증원이 대한민국 신성장 동력이 되고 대구가 글로벌 물산업 허브가 되기를 기대한다", K, None, W, "statement"),
    ],
    not_claims=["조명래 환경부 장관, 강효상 국회의원 등 500여명이 참석할 예정이다", "대구=정재훈기자 jhoon@etnews.com"])
# ah-03 통영 스마트타운 챌린지 (undated; 2020 programme year)
S = "kang-seok-ju"
G["ah-03-pressian.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="48220"),
    officials=[S],
    claims=[
        C("경남 통영시가 전통시장을 관광자원화 시키는 스마트타운 조성사업에 나선다", None, None,
          ["smart-city", "small-merchants", "culture-tourism"], "plan"),
        C("2020년 스마트타운 챌린지(구.스마트시티 테마형 특화단지) 본 사업 지원대상에 최종 선정됐다", None, None, ["smart-city"], "achievement"),
        C("시민참여를 기반하는 리빙랩으로 문제를 해결하고", None, None, ["smart-city"], "statement"),
        C("이번에 선정된 지자체는 통영시를 포함 공주·부여, 부산 수영구, 서울 성동구 등 전국 4개소다", None, None, ["smart-city"], "statement"),
        C("이중 통영시가 가장 많은 사업비를 확보했다", None, None, ["smart-city"], "achievement"),
        C("시민 니즈 기반의 솔루션 구현을 통해 지역 전통시장이 살아나고 관광산업과 연계한 지역경제 활성화에 큰 도움이 될 수 있을 것으로 기대한다",
          S, None, ["smart-city", "small-merchants", "culture-tourism"], "statement"),
        C("관광지를 연계하는 지역 상권 활성화 방안으로서 전통시장 활성화와 운영관리, 이용자 편의 솔루션 등을 추진할 계획이다", None, None,
          ["smart-city", "small-merchants", "culture-tourism"], "plan"),
        C("세부사업으로는 전통시장의 문제점 해소와 이용객이 직접 체험하고 편리하게 시장을 이용할 수 있는 실시간 온라인시장 구축", None, None,
          ["smart-city", "small-merchants", "fine-dust"], "plan"),
    ],
    not_claims=["앞으로도 다양한 사업 발굴을 통해 지역경제 재도약에 최선을 다하겠다", "전체댓글 0"])
# ah-04 수원 군 공항 이전 국가전략사업화 건의 (2025-12-09; 면담 전날 8일)
L, Y, P, E = "lee-jae-jun", "yeom-tae-yeong", "2025-12-09", "2025-12-08"
A = ["airport-relocation"]
G["ah-04-segye.txt"] = dict(
    metadata=dict(headline=None, published="2025-12-09", reporter=None, outlet=None, jurisdiction="41110"),
    officials=[L, Y],
    claims=[
        C("안규백 국방부 장관과 면담해 수원 군 공항 이전의 국가 전략 사업화를 건의했다", L, E, A, "plan"),
        C("전투비행장을 품고 살아온 수원지역에서도 같은 여론이 고조된 데 따른 것이다", None, P, A, "statement"),
        C("종전 부지 내 국가 첨단전략산업 단지 조성 지원 등의 내용이 담겼다", None, E, A, "statement"),
        C("수원 군 공항 이전은 현 정부의 국정과제이자 시민의 안전, 우리나라 국방과 국토균형발전이 얽혀있는 중차대한 국책사업", L, E, A, "statement"),
        C("국방부가 이전 후보지 선정과 이전 사업 추진에 속도를 내달라", L, E, A, "plan"),
        C("김 의원 등도 수원 군 공항 이전은 국가 차원의 전략 사업으로 추진돼야 한다는 뜻을 전했다", None, E, A, "plan", "김 의원 등 (김승원 외 수원 지역 국회의원)"),
        C("답보 상태인 수원 군 공항 이전 사업의 계기를 마련하기 위해 수원시와 화성시를 방문해 적극적으로 의견을 수렴하겠다", None, E, A, "plan", "안규백"),
        C("‘수원전투비행장 화성이전 반대 범시민대책위원회’는 전날 국방부 앞에서 1인 릴레이", None, E, A, "criticism"),
    ],
    not_claims=["이 시장은 전날 김승원(수원갑)·백혜련(수원을)·김영진(수원병)·김준혁(수원정)·염태영(수원무) 의원과 함께 국방부를 방문해",
                "8일 안규백 국방부장관을 만나 수원 군 공항 이전 건의문을 전달하고 있다. 수원시 제공"])
# ah-05 경산시 노사민정협의회 출범 (undated; URL 2023-09-20)
J = "jo-hyeon-il"
LR = ["labor-relations"]
G["ah-05-ajunews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="47290"),
    officials=[J],
    claims=[
        C("경산시가 공동으로 참여하는 경산시 노사민정협의회를 출범시켰다고 밝혔다", None, None, LR, "achievement"),
        C("노사관계 발전 등에 관한 사항을 발굴하고 심의·자문하는 협의체이다", None, None, LR, "statement"),
        C("시민 모두가 행복한 도시를 만들기 위해 노사민정이 함께 나섰다", None, None, LR, "statement"),
        C("노사 안정화를 이뤄내겠다는 내용을 담고 있다", None, None, LR, "plan"),
        C("대립의 노사관계를 극복하고 협력을 통한 지역 노동환경 개선, 일자리 창출 등 새로운 노사관계 패러다임을 발전시키는 구심점의 기구로서 협의회를 이끌어가야 한다",
          J, None, LR + ["jobs"], "plan"),
        C("노사민정이 서로 배려하고 화합해 상생발전의 문화 조성과 일자리 중심 미래경제 도시를 건설 할 수 있도록 노력하겠다",
          J, None, LR + ["jobs"], "plan"),
    ],
    not_claims=[])
# ah-06 경남 지방분권 개헌촉구 서명운동 (2018-01-12; event 11일)
HK = "한경호"
DC, P, E = ["decentralization"], "2018-01-12", "2018-01-11"
G["ah-06-cnbnews.txt"] = dict(
    metadata=dict(headline="경남도, '지방분권 개헌촉구 천만인 서명운동' 불 지펴", published="2018-01-12T15:33:19+09:00",
                  reporter="강우권", outlet="CNB뉴스", jurisdiction="48"),
    officials=[],
    claims=[
        C("분권개헌을 선도하기 위해 도청 내 민원실에 서명부스를 설치했다", None, E, DC, "achievement"),
        C("자치분권 홍보 팸플릿을 배부하는 등 직접 홍보에 나섰다", None, E, DC, "statement"),
        C("중앙이 가진 권한을 지방과 나누는 자치분권이 반드시 필요하다", None, E, DC, "statement", HK),
        C("그 전제조건이 바로 분권개헌이다", None, E, DC, "statement", HK),
        C("우리 경남이 중심이 되어 반드시 분권개헌을 실현하겠다", None, E, DC, "plan", HK),
        C("주변 지인들에게도 지방분권 개헌 촉구 서명에 적극 참여하도록 홍보하겠다", None, E, DC, "plan", "한 도민"),
        C("올해 6.13 지방선거에서 분권개헌을 실현하기 위해 중앙정부와 국회, 전국 지자체가 노력하고 있다", None, P, DC, "statement"),
        C("'지방분권 개헌촉구를 위한 천만인 서명운동' 을 펼쳐나가기로 결정한 바 있다", None, P, DC, "achievement"),
    ],
    not_claims=["한경호 권한대행, 지방분권 개헌촉구 서명 후 직접 홍보",
                "경남을 대표하는 기관장이 직접 홍보하는 그 열정에 진정성을 느껴 서명에 동참했다",
                "▲ CNB뉴스, CNBNEWS, 씨앤비"])
# ah-07 음성군 치매안심센터 개소 (undated)
B = "jo-byeong-ok"
DM = ["dementia-care"]
G["ah-07-bstorm.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="43770"),
    officials=[B],
    claims=[
        C("치매 국가책임제 정책에 맞춰 음성군 치매안심센터를 건립하고", None, None, DM, "achievement"),
        C("전문인력 13명을 배치해 지역주민들의 건강한 노년의 삶을 위해 본격적인 운영에 들어간다", None, None, DM, "statement"),
        C("치매 통합관리서비스를 제공해 치매로부터 자유로운 건강하고 행복한 음성군을 만드는데 중추적 역할을 수행할 예정이다", None, None, DM, "plan"),
        C("치매어르신과 가족의 든든한 조력자 역할은 물론 치매 예방을 위한 다양한 노력을 통해 치매 걱정 없는 음성군 만들기에 기여해 나갈 것", B, None, DM, "plan"),
    ],
    not_claims=[])
# ah-08 강원도 2030 미래자동차 발전 전략 (2022-02-24; institutional)
D = "2022-02-24"
FV = ["future-vehicles"]
G["ah-08-fnnews.txt"] = dict(
    metadata=dict(headline="강원도, 2030 강원 미래자동차 발전 전략...4557억 규모 투자", published="2022-02-24T15:13+09:00",
                  reporter=None, outlet=None, jurisdiction="42"),
    officials=[],
    claims=[
        C("미래자동차 산업 생태계 조성에 국비, 민자 포함 총 4,557억 원을 투자한다는 계획이다", None, D, FV, "plan"),
        C("2030년까지 국내 경형화물전기차 시장 1/3 점유를 목표로 추진할 계획이다", None, D, FV, "target"),
        C("도내 내연기관 중심의 자동차 부품기업들을 미래차 산업으로 전환을 지원할 계획이다", None, D, FV, "plan"),
        C("자율주행 등 미래차 실증·시범도시 조성을 한다는 계획이다", None, D, FV + ["fourth-industrial-revolution"], "plan"),
        C("지역 특화산업들과 융합한 미래차 핵심부품 클러스터를 조성한다는 계획이다", None, D, FV, "plan"),
    ],
    not_claims=["수정 : 2022.02.24 15:13기사원문", "강릉·철원 중심으로 첨단산업의 핵심기술이자 원천기술인 나노 등"])
# ah-09 서초구 경로당·어린이집 공기청정기 (2017-12-28; institutional)
D = "2017-12-28"
FD, FC = ["fine-dust"], ["fine-dust", "childcare-birth"]
G["ah-09-siminilbo.txt"] = dict(
    metadata=dict(headline="서초구, 경로당·어린이집 등에 공기청정기 168대 설치", published="2017-12-28T13:53:47+09:00",
                  reporter="이대우", outlet="시민일보", jurisdiction="11650"),
    officials=[],
    claims=[
        C("노인 이용시설 141곳에 공기청정기 168대를 설치했다고 28일 밝혔다", None, D, ["fine-dust", "welfare"], "achievement"),
        C("노인과 어린이들은 면역력이 약해 (초)미세먼지 등에 노출될 경우 호흡기 질환을 유발하기 쉽게 때문이다", None, D, FD, "statement"),
        C("(초)미세먼지와 유해세균을 99.9% 제거할 수 있다", None, D, FD, "statement"),
        C("공기청정기 유지관리를 위해서 필터 교체 등과 같은 부대서비스도 함께 제공한다", None, D, FD, "statement"),
        C("149곳에는 공기청정기 424대의 렌탈비도 지원했다", None, D, FC, "achievement"),
        C("6개 항목의 측정이 가능하다", None, D, FD, "statement"),
        C("최대 3대까지 렌탈비를 지원하고 있다", None, D, FC, "statement"),
        C("2018년에는 지원대상을 확대해 어린이집의 모든 보육실의 공기청정기 렌탈비를 지원할 계획이다", None, D, FC, "plan"),
    ],
    not_claims=["미세먼지 ZERO 추진", "복지 / 이대우 기자 / 2017-12-28 13:53:47", "[ⓒ 시민일보. 무단전재-재배포 금지]"])

os.makedirs('/work/blind/set-ah/gold', exist_ok=True)
for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(f'/work/blind/set-ah/gold/{name}.json', 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
