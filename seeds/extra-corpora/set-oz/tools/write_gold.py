"""Writes set-oz gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, p, r, o, j): return dict(headline=h, published=p, reporter=r, outlet=o, jurisdiction=j)
G = {}
# oz-01 경남도 스마트농업 시행계획 (2026-02-09, institutional)
D = "2026-02-09"; A = ["agriculture"]; AY = A + ["youth-policy"]
G["oz-01-khan.txt"] = dict(metadata=M(None, "2026-02-09", None, None, "48"), officials=[], claims=[
    C("1109억 원을 투입하는 ‘2026년 경상남도 스마트농업 육성 시행계획’을 수립하고 본격 추진한다고", None, D, A, "plan"),
    C("이번 계획은 경남도의 ‘제1차 스마트농업 육성 기본계획(2023~2027년)’에 따른 연차별 실행계획으로", None, D, A, "statement"),
    C("분야별로는 첨단농장 전문인력 육성과 정착 지원에 6개 사업", None, D, A + ["research-development"], "statement"),
    C("도는 먼저 청년 스마트농업인을 올해 2600명으로 확대 육성하고, 2030년까지 3000명을 목표로", None, D, AY, "target"),
    C("청년창업보육과정 수료생도 올해까지 230명, 2030년까지 430명 배출할 계획이다", None, D, AY + ["startup-support"], "target"),
    C("수료생에게는 임대형 첨단농장 입주 기회를 제공해 안정적인 창업 기반을 마련한다", None, D, AY + ["startup-support"], "plan"),
    C("도내 온실 1만㏊ 가운데 올해 350㏊를 첨단농장으로 전환하고, 2030년까지 1000㏊로 확대한다", None, D, A, "target"),
    C("기후변화 대응 정보통신기술 재해예방시설도 올해 170㏊를 구축하고", None, D, A + ["climate-carbon", "disaster-safety"], "target"),
    C("청년창업농 맞춤형 지원 30곳에 133억 원을 투입하고", None, D, AY + ["startup-support"], "plan"),
    C("원예작물 하우스 생산시설 현대화 200㏊에 110억 원", None, D, A + ["energy-transition"], "plan"),
    C("축사시설 현대화 10곳에 108억 원, 정보통신기술 융복합 지원 33곳에 56억 원을 지원해 스마트 축산 기반을 강화한다", None, D, A, "plan"),
], not_claims=[])
# oz-02 천안 스마트도시 추진협의회 (2024-09-12; event 10일)
P, D = "park-sang-don", "2024-09-10"; S = ["smart-city"]
G["oz-02-newsprime.txt"] = dict(metadata=M("천안시, 글로벌 스마트도시로 도약을 위한 대전환 발대", "2024-09-12T15:37:32+09:00", "오영태", "프라임경제", "44130"), officials=[P], claims=[
    C("충남 천안시가 글로벌 대표 스마트도시로의 도약을 목표로 스마트도시 대전환에 나섰다", None, D, S, "plan"),
    C("시는 10일 지속 가능한 미래 혁신산업을 육성하기 위해 스마트도시 추진협의회를 발대했다고 밝혔다", None, D, S, "achievement"),
    C("스마트도시 추진협의회는 디지털 기반의 공공 데이터와 민간 기술을 결합해", None, D, S, "statement"),
    C("김태형 단국대학교 정보융합기술·창업대학원장이 스마트도시 총괄계획가로 위촉됐다", None, D, S, "statement"),
    C("협의회는 스마트도시 조성을 위한 미래 혁신 기술의 활성화, 스마트도시 분야 스타트업 기업 육성", None, D, S + ["startup-support"], "plan"),
    C("인공지능(AI)과 클라우드 등 혁신 기술을 도입해 도시 경쟁력을 높일 계획이다", None, D, S + ["fourth-industrial-revolution"], "plan"),
    C("스마트도시를 단순한 서비스 제공이 아닌, 산업 육성과 기업 지원, 지역 혁신 인재 양성을 위한 차별화된 전략으로 추진하겠다", P, D, S, "plan"),
    C("공공과 민간이 협력해 진정한 의미의 스마트도시를 만들어 시민들의 삶의 질을 향상시키겠다", P, D, S, "plan"),
], not_claims=["지속가능한 스마트도시 조성 전략·정책 수립 등 제언·자문", "이 외에도 국내외 기업, 공공기관, 대학 관계자 등 총 20여 명이 전문·추진위원으로 참여한다"])
# oz-03 세종 이응패스 만원권 유보 (2025-09-29, institutional/reporter)
D = "2025-09-29"; T = ["public-transit"]
G["oz-03-joongdo.txt"] = dict(metadata=M("'만원 이응패스' 출시 유보...세종시 대중교통 정책 숨고르기", "2025-09-29T15:25+09:00", "이희택", None, "36"), officials=[], claims=[
    C("세종시의 대중교통 정책이 2025년 하반기 숨고르기와 함께 새로운 변화를 예고하고 있다", None, D, T, "statement"),
    C("재정난 아래 대중교통 활성화 예산 비중 확대가 쉽지 않아서다", None, D, T, "statement"),
    C("'이응패스 만 원권' 도입 시기가 2026년 하반기로 1년 늦춰졌다", None, D, T, "plan"),
    C("현재는 2만 원 정액권으로 '대중교통 3만 원 추가 이용+어울링 무료' 혜택을 볼 수 있다", None, D, T, "statement"),
    C("인접 5개 지역을 오가는 대중교통 이용에 쓸 수 있다", None, D, T, "statement"),
    C("이응패스 만 원 정액권은 만 원으로 2만 원 효과를 주면서", None, D, T, "statement"),
    C("혁신 서비스 도입은 주춤할 수 밖에 없었다", None, D, T, "statement"),
    C("국토교통부가 조만간 K-패스 제도의 변화를 예고하고 있는 점도 변수로 작용했다", None, D, T, "statement"),
    C("K-패스는 현재 월 20만 원 한도 내에서 최소 20% 환급율(적립)을 적용해 할인 혜택을 적용하는 제도다", None, D, T, "statement"),
], not_claims=["국토부 K-패스 정책 변화와 재정난, 버스 요금 현실화 필요성 고려", "2026년 상반기 용역 거쳐 정책 다듬기...자가용 내려놓기 초점",
               "꼬마 어울링, 11월 111대 정상 도입...최저 이용 연령은 만 15세", "10월 1일 출시되는 이응패스와 여민전 통합카드 포스터",
               "부동의 수단 분담률 1위인 자가용 이용 수요를 얼마나 가져오느냐가 관건인데"])
# oz-04 거창 인구 늘리기 (2022-09-01; event 31일)
K, D = "gu-in-mo", "2022-08-31"
G["oz-04-cnbnews.txt"] = dict(metadata=M("거창군, 전 이장 2인 인구 늘리기 프로젝트 추진", "2022-09-01T09:18:45+09:00", "최원석", "CNB뉴스", "48880"), officials=[K], claims=[
    C("초저출산 장기화, 생산연령인구 감소 확대 등 인구구조 변화가 예상보다 빠르게 진행되면서", K, D, ["childcare-birth"], "statement"),
], not_claims=["민·관 공동대응 6만 인구 마지노선 극복", "제1호 인구감소 민·관 공동대응 협약을 체결했다",
               "전 이장 2인 인구 늘리기 프로젝트를 추진하게 됐다",
               "인구구조의 변화는 경제성장·고용·복지·교육·재정 등 사회 전반에 영향을 미치는 중대한 문제이다",
               "전입자가 지역에서 안정적으로 정착해 지속 가능한 인구 유입의 새 흐름을 안착시키는데 최선을 다 하겠다"])
# oz-05 서산 기업유치 성과 (2021-12-06, institutional)
D = "2021-12-06"; I = ["investment-attraction"]
G["oz-05-cctimes.txt"] = dict(metadata=M("서산시 기업행정분야 `눈부신 성과’", "2021-12-06T17:38+09:00", "김영택", None, "44210"), officials=[], claims=[
    C("명실상부 기업하기 좋은 명품도시로 위상을 드높였다", None, D, I, "achievement"),
    C("시는 올해 4월 대산 스마트에코폴리스 일반산업단지 조성을 위해 SK에코플랜트㈜와 공동사업 협약을 체결했다", None, D, I, "achievement"),
    C("226만㎡ 규모에 5300여억 원을 투자해 분양목적의 산업단지로 조성키로 했다", None, D, I, "plan"),
    C("8월에는 LG화학과 2조6000억원의 투자유치 협약을 체결해", None, D, I, "achievement"),
    C("수소 등 미래 에너지 산업을 선도할 현대대죽2 일반산업단지 조성사업이", None, D, I + ["energy-transition"], "statement"),
    C("현대오일뱅크㈜) 실수요자 직접개발 방식으로 68만㎡ 규모에", None, D, I, "plan"),
    C("약 4만명의 고용유발과 6조3000억원의 생산유발", None, D, I + ["jobs"], "statement"),
    C("서림종합건설㈜)와 투자유치 MOU를 체결했다", None, D, I, "achievement"),
    C("2025년까지 1564억원을 투자해 125만㎡ 규모의 지역특화 산업단지로 개발할 계획이다", None, D, I, "plan"),
], not_claims=["LG화학·강소기업 14개 社 유치 등 지역경제 활력", "엘지화학과 투자유치 협약 체결 모습. /서산시 제공"])
# oz-06 기장군 찾아가는 군정설명회 (2026-01-30)
J, D = "jeong-jong-bok", "2026-01-30"; CP = ["citizen-participation"]
G["oz-06-asiae.txt"] = dict(metadata=M("군정 방향 공유·현안 청취… 주민 소통 강화 행보", "2026-01-30", None, None, "26710"), officials=[J], claims=[
    C("'2026년 찾아가는 군정설명회'를 5개 읍·면 순회 일정으로 마무리했다", None, D, CP, "achievement"),
    C("지역 현안에 대한 다양한 의견을 직접 청취해 군정에 반영하기 위해 마련됐다", None, D, CP, "statement"),
    C("기장군은 올해 군정 비전을 ▲경제 활력 도시 ▲문화·관광·교통 연결 도시", None, D, ["culture-tourism", "welfare", "education", "disaster-safety"], "plan"),
    C("주민과의 대화 시간에는 KTX-이음 정차와 연계한 기장역 활성화 방안", None, D, CP + ["public-transit", "culture-tourism", "welfare", "disaster-safety"], "statement"),
    C("설명회에서 접수된 주민 건의사항은 부서별로 법적 절차와 예산 여건 등을 면밀히 검토해 군정 운영에 적극 반영하겠다", J, D, CP, "plan"),
    C("투명한 정보 공개와 소통 중심의 군정 기조를 바탕으로", J, D, CP, "plan"),
], not_claims=["군정 방향 공유·현안 청취… 주민 소통 강화 행보", "정종복 기장군수가 찾아가는 군정설명회에서 주민 의견청취를 하고 있다",
               "설명회는 지난 26일 일광읍을 시작으로 철마면, 정관읍, 기장읍, 장안읍 순으로 5일간 진행됐다",
               "읍·면정 보고, 2026년 주요 군정 계획 설명, 주민과의 대화 순으로 진행됐다"])
# oz-07 세종 최민호 취임 3주년 (undated: caption date only)
H = "choi-min-ho"; DC = ["decentralization"]
G["oz-07-newspim.txt"] = dict(metadata=M("취임 3주년 최 시장...\"본립도생 정신으로 행정수도 완성\"", None, "오종원", "뉴스핌", "36"), officials=[H], claims=[
    C("시 정체성인 행정수도 완성이 '삼각파도'의 국가적 위기를 극복할 해법임을 강조하며", H, None, DC, "plan"),
    C("국회세종의사당, 대통령집무실 설치 확정, 세종시법 개정안 통과 등 행성수도 완성 행보를 비롯해", H, None, DC + ["culture-tourism", "public-transit"], "achievement"),
    C("남은 임기 1년간 국회세종의사당과 이전과 대통령세종집무실 완전 이전을 통해", H, None, DC, "plan"),
    C("행정수도로서의 지위를 확립하고 기능을 충실히 수행하기 위해서는 '완전 이전'이 전제돼야 한다", H, None, DC, "plan"),
    C("이를 위해 정부에 건립 규모 확대를 요청하고 미이전 중앙부처 추가 이전 설득을 이어나가고 있으며", H, None, DC, "plan"),
], not_claims=["\"전재수 장관 후보자, 공개토론 하자\"...논의 필요 강조", "최 시장, 내일부터 해수부 이전 반대 1인 시위 돌입",
               "최민호 시장은 시청 정음실에서 취임 3주년 기자회견을 개최했다", "최민호 세종시장이 취임 3주년 기자회견을 진행하고 있다"])
# oz-08 부산 탄소중립 에너지혁신 추진협의체 (undated)
B = "park-heong-joon"; E = ["energy-transition"]
G["oz-08-industrynews.txt"] = dict(metadata=M(None, None, "권선형", "인더스트리뉴스", "26"), officials=[B], claims=[
    C("‘탄소중립 에너지혁신 추진협의체’ 구성하고 9월부터 본격 가동한다고", None, None, ["climate-carbon"] + E, "plan"),
    C("추진협의체에는 지난 7월 ‘탄소중립 전환도시 실현을 위한 수소경제 성장기반 조성 업무협약’ 체결기관인", None, None, ["climate-carbon", "energy-transition", "research-development"], "statement"),
    C("4개 분과로 구성된 추진협의체는 △수소에너지 생산・저장, 활용 등 수소 생태계 조성", None, None, E + ["research-development"], "plan"),
    C("총괄지원분과는 부산시를 중심으로 사업부지 개발, 인허가 등 원스톱 행정", None, None, E, "plan"),
    C("수소활용분과는 한국남부발전을 중심으로 수소 혼・전소 터빈 개발", None, None, E + ["future-vehicles"], "plan"),
    C("산업・인력육성분과는 부산테크노파크를 중심으로 수소실증단지 조성", None, None, E, "plan"),
    C("탄소중립 전환도시 실현을 위해서는 전면적인 에너지 구조 개편이 필요하고", B, None, ["climate-carbon"] + E, "statement"),
    C("지역의 모든 산학연 기관이 힘을 합쳐 수소 중심 도시 에너지 전환을 끌어내고", B, None, E + ["jobs"], "plan"),
], not_claims=[])
# oz-09 거제 변광용 고용노동청 통영지청장 면담 (undated)
V = "byeon-gwang-yong"
G["oz-09-geojenews.txt"] = dict(metadata=M("27일 변광용 거제시장, 부산지방고용노동청 통영지청장 만나", None, None, None, "48310"), officials=[V], claims=[
    C("만나 고용위기대응을 위한 지역현안에 대해 의견을 나눴다", None, None, ["jobs"], "statement"),
    C("△2022년 조선업희망센터 사업비 지원 △기숙사 임차지원사업 확대 및 2022년 사업비 지원 등을 중점 건의했다", V, None, ["jobs"], "plan"),
    C("특히 거제시의 산업위기대응특별지역 지정기간 연장의 필요성을 설명하고", V, None, ["jobs"], "plan"),
    C("고용·노동 관련 민원해소를 위해 출장소 설치가 절실함을 공감하면서", V, None, ["jobs", "labor-relations"], "plan"),
    C("실·퇴직자의 고용안정과 취업 연계를 위해 조선업희망센터 연장 운영이 불가피하다는 의견에 뜻을 같이하며", V, None, ["jobs"], "plan"),
], not_claims=["거제출장소 설치·사업비 지원 등 거제지역 현안 논의 및 건의",
               "최장선 부산지방고용노동청 통영지청장과 만나 거제지역 현안 등에 대해 논의.건의하고 있다",
               "최장선 부산지방고용노동청 통영지청장과 만나 거제지역 현안 등에 대해 논의·건의하고 있다"])
os.makedirs('/work/blind/set-oz/gold', exist_ok=True)
n = 0
for f, g in G.items():
    d = {"article": f, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    json.dump(d, open('/work/blind/set-oz/gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n += len(g["claims"]); print(f, len(g["claims"]))
print('total', n)
