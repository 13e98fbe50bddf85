"""Writes gold/*.json for set-n (hand annotation; this script only serialises it)."""
import json
G = {}
def C(q, s, d, p, k): return {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
def CN(q, name, d, p, k): return {"quote": q, "speaker": None, "speaker_name": name, "date": d, "policies": p, "kind": k}

A = 'ahn-hee-jung'
G['n-01-nocutnews.txt'] = dict(
    metadata={"headline": "안희정 \"수소에너지 보급·확산 국가 로드맵 수립\" 제안", "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "44"},
    officials=[A],
    claims=[
        C("기조연설을 통해 수소에너지 보급 및 확산을 위한 국가 로드맵 수립과 세계 각국 지방정부 간 파트너십 결성을 제안했다", A, None, ["energy-transition"], "plan"),
        C("기후변화 대응은 세계인 모두의 의무가 됐다", A, None, ["climate-carbon"], "statement"),
        C("충남은 기후변화 해법의 하나로 수소 에너지에 주목했다", A, None, ["climate-carbon", "fine-dust", "energy-transition"], "statement"),
        C("전국 최초 수소연료전지차 부품 산업 집중 육성 결정, 2015년 충남 첫 수소충전소 개소", A, None, ["energy-transition", "future-vehicles"], "achievement"),
        C("중앙정부와 지방정부가 함께 참여해 수소에너지 보급·확산을 위한 국가 로드맵을 만들 것을 제안했다", A, None, ["energy-transition"], "plan"),
        C("수소에너지의 발전을 위해서는 생산·저장·운반·소비의 전 과정이 균형 있게 성장해야 하는데", A, None, ["energy-transition"], "plan"),
    ],
    not_claims=["'제2회 수소에너지 국제포럼'에서 기조연설을 하고 있다", "수소전기차를 시승해보고 있다",
                "국제포럼 기조연설…\"세계 각국 지방정부 간 파트너십 결성도 필요\""])

G['n-02-jjan.txt'] = dict(
    metadata={"headline": "[창간호 - 특별자치도 시대, 전북 변화와 도약] 장수군 - 미래 농업 실현 위해 스마트팜 조성",
              "published": None, "reporter": None, "outlet": None, "jurisdiction": "45740"},
    officials=["choi-hun-sik"],
    claims=[
        C("해결 대안으로 스마트팜이 급부상하고 있다", None, None, ["agriculture"], "statement"),
        C("장수군은 지속 가능한 미래 농업 실현을 위해 전라북도 스마트팜을 가장 앞서 이끌어가고 있다", None, None, ["agriculture"], "achievement"),
        C("일찍이 장수군 지역특화 임대형 스마트팜 육성을 민선 8기 최우선 과제로 삼고", None, None, ["agriculture"], "statement"),
        C("임대형 스마트팜은 정부의 8대 혁신성장 선도사업 중 하나로", None, None, ["agriculture"], "statement"),
        C("청년 농업인을 유입시켜 지역소멸의 위기 속에서 극복의 기회로 삼겠다는 구상이다", None, None, ["agriculture", "youth-policy"], "plan"),
        C("총 663억 원을 투입해 8ha 규모의 임대형 스마트팜 조성을 목표로", None, None, ["agriculture"], "target"),
    ],
    not_claims=["-장수군 지역특화 임대형 스마트팜, 민선 8기 최우선 과제", "스마트팜 업무협약", "스마트농업- 고추재배",
                "스마트농업 - 쌈채소 재배"])

D3 = '2025-08-21'
G['n-03-heraldcorp.txt'] = dict(
    metadata={"headline": None, "published": D3, "reporter": "박병국", "outlet": "헤럴드경제", "jurisdiction": "11620"},
    officials=["park-jun-hui"],
    claims=[
        C("치매 통합 관리 정책으로 ‘치매안심도시 관악’ 실현에 박차를 가하고 있다고 21일 밝혔다", None, D3, ["dementia-care"], "statement"),
        C("구는 ‘치매안심마을’ 사업을 통해 치매 환자와 가족들에게 안전한 환경을 제공하고", None, D3, ["dementia-care"], "statement"),
        C("현재까지 17개 동이 운영 중이다", None, D3, ["dementia-care"], "achievement"),
        C("2026년까지 관내 21개 전 동을 치매안심마을로 확대할 계획이다", None, D3, ["dementia-care"], "target"),
        C("찾아가는 사업들을 중점 추진 중이다", None, D3, ["dementia-care"], "statement"),
        C("‘찾아가는 동주민센터 기억력검사’를 운영, 치매 조기 발견과 신속한 치료∙관리를 지원한다", None, D3, ["dementia-care"], "statement"),
        C("관내 115개 전체 경로당에서도 매년 치매인지선별검사를 실시하며", None, D3, ["dementia-care"], "statement"),
        C("‘치매안심노리터(老利攄)’를 도입해 어르신들의 치매 예방과 사회 참여를 유도하고 있다", None, D3, ["dementia-care"], "statement"),
        C("이 성과로 보건복지부 우수사례 경진대회에서도 관악구가 전국 1위 ‘최우수상’을 수상하며", None, D3, ["dementia-care"], "achievement"),
        C("치매 환자 가족을 위한 정서 지원 프로그램도 운영 중이다", None, D3, ["dementia-care"], "statement"),
        C("자조모임 ‘더봄’은 문예활동을 통해 심리 안정에 도움을 주고", None, D3, ["dementia-care"], "statement"),
    ],
    not_claims=["박준희 구청장은 “지역주민, 치매환"])

Y = 'yun-seok-jun'
G['n-04-realtimekorea.txt'] = dict(
    metadata={"headline": None, "published": None, "reporter": "김범기", "outlet": "리얼타임코리아", "jurisdiction": "27140"},
    officials=[Y],
    claims=[
        C("치매안심마을 사업 활성화 기반 마련을 위해 치매안심마을 운영위원회를 구성하고", None, None, ["dementia-care"], "achievement"),
        C("동촌동, 신암1동, 안심1동, 공산동을 치매안심마을로 지정하고", None, None, ["dementia-care"], "plan"),
        C("치매안심마을 사업 활성화에 앞장서겠다", Y, None, ["dementia-care"], "plan"),
    ],
    not_claims=["치매안심마을이란 지역주민의 치매에 대한 이해와 인식을 바탕으로"])

P = 'park-jeong-hyeon'
G['n-05-ajunews.txt'] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "44760"},
    officials=[P],
    claims=[
        C("부여군 스마트농업의 발전 및 미래 첨단농업 육성을 위한 업무협약(MOU)을 체결했다", None, None, ["agriculture"], "achievement"),
        C("농업·농촌으로의 청년 유입을 촉진할 효과적인 대안인 스마트농업 발전을 위해 긴밀한 상생협력을 약속했다", None, None, ["agriculture", "youth-policy"], "plan"),
        C("스마트농업 관련 각종 역점사업 정보를 제공하며", None, None, ["agriculture"], "plan"),
        C("특히 부여군은 자체 예산 및 지방소멸대응기금을 통해", None, None, ["agriculture"], "plan"),
        CN("지방소멸 대응 스마트농업의 성공적 정착과 K-농업기술의 확산에 일조하겠다", "성제훈", None, ["agriculture"], "plan"),
        C("스마트농업을 지역농업의 신성장 동력으로 역점을 두어 활성화해 나가겠다", P, None, ["agriculture"], "plan"),
    ],
    not_claims=[])

D6 = '2021-03-18'
G['n-06-asiae.txt'] = dict(
    metadata={"headline": None, "published": D6, "reporter": "윤자민", "outlet": "아시아경제", "jurisdiction": "29140"},
    officials=["seo-dae-seok"],
    claims=[
        C("고농도 미세먼지 저감을 위한 총력 대응방안을 수립·추진한다고 18일 밝혔다", None, D6, ["fine-dust"], "plan"),
        C("서구는 부분별 미세먼지 저감대책을 추진키로 했다", None, D6, ["fine-dust"], "plan"),
        C("노후건설기계 사용제한 이행실태를 확인한다", None, D6, ["fine-dust"], "plan"),
        C("대기오염물질 배출사업장과 비산먼지 발생사업장을 대상으로 집중단속을 강화할 예정이다", None, D6, ["fine-dust"], "plan"),
        C("실내공기질을 점검하고 공기정화장치 관리를 강화하도록 조치할 예정이며", None, D6, ["fine-dust"], "plan"),
        C("수송 부문으로는 도로청소용 진공흡입차와 살수차 운행을 확대", None, D6, ["fine-dust"], "plan"),
        C("취약계층의 건강보호에도 적극 나설 방침이다", None, D6, ["fine-dust"], "plan"),
        C("서구만의 특별한 미세먼지 청정 사업을 추진한다", None, D6, ["fine-dust"], "plan"),
        C("미세먼지 신호등(알리미) 7개를 야외활동 장소에 추가 설치", None, D6, ["fine-dust"], "plan"),
    ],
    not_claims=[])

L = 'lee-chang-hui'
G['n-07-speconomy.txt'] = dict(
    metadata={"headline": None, "published": None, "reporter": "이필호", "outlet": "스페셜경제", "jurisdiction": "48170"},
    officials=["hong-joon-pyo", L],
    claims=[
        C("1,000억원 규모의 투자협약식을 갖는다", None, None, ["investment-attraction"], "plan"),
        C("진주혁신도시내 클러스터 용지 62,400㎡ 부지에 자리 잡게 된다", None, None, ["investment-attraction"], "plan"),
        C("생산기술지원과 연구개발에 이르기까지 지속적인 지원으로 기업과 지역이 동반성장할 수 있도록 하겠다", L, None, ["investment-attraction", "research-development"], "plan"),
        C("협약기업은 지속적인 시설 투자로 생산성 향상과 고용창출을 통해", L, None, ["investment-attraction", "jobs"], "statement"),
        C("840여명의 고용창출 효과를 내는 등", None, None, ["investment-attraction", "jobs"], "target"),
    ],
    not_claims=["저작권자 © 스페셜경제 무단전재 및 재배포 금지"])

W = 'park-wan-su'
G['n-08-pressian.txt'] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "48"},
    officials=[W],
    claims=[
        C("9개사와 투자협약을 체결했고 1조 5703억 원의 규모로 2873명의 신규 일자리가 새로 만들어졌다", None, None, ["investment-attraction", "jobs"], "achievement"),
        C("투자금액(1129억원)의 14배, 인력고용(1546명)은 1.9배 증가했다", None, None, ["investment-attraction", "jobs"], "achievement"),
        C("투자하기 좋은 환경을 조성한 셈이다", None, None, ["investment-attraction"], "achievement"),
        C("이번 투자유치 설명회는 경남의 가장 중요한 도정과제이다", W, None, ["investment-attraction"], "statement"),
        C("파격적인 투자 인센티브 제공과 기업하기 좋은 환경조성을 통해", W, None, ["investment-attraction"], "plan"),
        C("진해신항·남부내륙철도·가덕도신공항 등 트라이포트를 통해", W, None, ["airport-relocation", "public-transit"], "statement"),
    ],
    not_claims=["‘2022 경상남도 투자유치 설명회’를 개최했다고 밝혔다", "국내외 기업 CEO 등 300여 명이 참석했다",
                "방산·항공·원전산업과 함께 산업기반이 더욱 튼튼해질 것"])

J = 'jang-yeong-su'
G['n-09-mjjan.txt'] = dict(
    metadata={"headline": "장수군, 청년과 만들어가는 ‘젊은 장수’ 간담회", "published": None, "reporter": "이재진",
              "outlet": "전북일보", "jurisdiction": "45740"},
    officials=[J],
    claims=[
        C("‘젊은 장수’ 건설을 도모하기 위해 지난 14일 청년 간담회를 가졌다", None, None, ["youth-policy"], "achievement"),
        C("지역청년 일반현황 보고와 청년일자리창출 및 정책 발굴에 대한 의견을 수렴했다", None, None, ["youth-policy", "jobs"], "achievement"),
        C("2039 캡짱 네트워크를 구성하고 매월 2회 이상 간담회를 운영하고 있다", None, None, ["youth-policy", "jobs"], "statement"),
        C("청년기본조례 제정에 따라 추진 중에 있다", None, None, ["youth-policy", "jobs"], "statement"),
        C("지역주도형 청년일자리사업, 청년정착지원금지원, 청년귀농학교, 청년창업농 지원 등을 진행하고 있다", None, None, ["youth-policy", "jobs", "agriculture", "startup-support"], "statement"),
        C("청년들이 지역사회에서 중심역할을 할 수 있도록 아낌없는 관심과 지원을 펼쳐나가겠다", J, None, ["youth-policy"], "plan"),
    ],
    not_claims=["UPDATE 2025-11-10 06:37 (Mon)", "저작권자 © 전북일보 인터넷신문 무단전재 및 재배포 금지"])

K = 'kim-gyeong-su'
G['n-10-etnews.txt'] = dict(
    metadata={"headline": "경남도, 국내외 16개 기업과 3조원대 투자 협약", "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "48"},
    officials=[K],
    claims=[
        C("물밑 접촉해 온 국내외 16개 기업과 투자협약(MOU)을 체결한다고 밝혔다", None, None, ["investment-attraction"], "plan"),
        C("총 투자협약 금액은 3조1300억 원 규모다", None, None, ["investment-attraction"], "statement"),
        C("도내에 4290개 신규 일자리를 창출할 것으로 기대하고 있다", None, None, ["investment-attraction", "jobs"], "target"),
        C("도는 지난해 투자유치설명회에서 9100억 원의 MOU 성과를 거뒀다", None, None, ["investment-attraction"], "achievement"),
        C("경남 투자환경의 유망성과 현재 추진하고 있는 경남 신경제지도 구축 방향을 소개하고", K, None, ["investment-attraction"], "plan"),
        C("수도권과 해외 실수요 기업을 중심으로 맞춤형 투자 설명회를 마련했다", K, None, ["investment-attraction"], "achievement"),
        C("협약을 실제 투자로 이끌어 양질의 일자리 창출과 제조업 혁신을 이루고", K, None, ["investment-attraction", "jobs"], "plan"),
    ],
    not_claims=["김경수 경남도지사를 모델로 한 경남 투자유치설명회 소개 이미지", "기업 관계자 300여 명이 초청했다",
                "지역 투자 활성화를 위한 전문가 토론회와", "LG전자는 '친환경 스마트공장 투자 사례'"])

for name, g in G.items():
    out = {"article": name, **g}
    json.dump(out, open('gold/' + name + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G), 'files;', sum(len(g['claims']) for g in G.values()), 'claims')
