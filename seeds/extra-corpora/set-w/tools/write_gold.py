"""Writes set-w gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
L, D = "lee-si-jong", "2019-04-22"
G["w-01-inews365.txt"] = dict(
    metadata=dict(headline="바이오 산업으로 충북 위상 높여야", published="2019-04-22T17:25:30+09:00", reporter="안순자", outlet="충북일보", jurisdiction="43"),
    officials=[L],
    claims=[
        C("신성장 동력으로 주목받는 바이오산업은 이제 제2의 도약이란 개념에서 접근해야 한다", L, D, ["medical-industry"], "plan"),
        C("바이오산업 허브로서 충북의 위상을 높여야 한다", L, D, ["medical-industry"], "plan"),
        C("규제를 완화할 방법을 연구하라", L, D, ["medical-industry"], "plan"),
        C("개별적인 기업유치 차원을 넘어 오송과 오창을 중심으로", L, D, ["investment-attraction"], "plan"),
    ],
    not_claims=["이시종 지사 간부회의서 주문", "도시계획시설 일몰 대응도 지시",
                "환경 파괴나 주택시장 교란 등을 심각한 도시문제가 발생할 가능성이 있다",
                "도시공원 보상비에 대한 국비 지원 건의 등 해결방법을 강구하라",
                "국가가 먼저 인재에 대한 시각을 바꿔야 한다", "그렇지 못하면 충북 교육은 큰 낭패를 볼 수 있다"])
M, D = "choi-moon-soon", "2017-02-01"
G["w-02-kmib.txt"] = dict(
    metadata=dict(headline="[평창올림픽] 최문순 강원지사 “올림픽 성공개최로 국민 통합·국가 도약 이끌 것”", published="2017-02-01T20:56+09:00", reporter=None, outlet=None, jurisdiction="42"),
    officials=[M],
    claims=[
        C("현재 150만명 정도의 외국인 관광객이 매년 눈을 보기 위해 한국을 찾고 있다", M, D, ["culture-tourism"], "statement"),
        C("대회 이후에도 세계인들이 다시 찾을 수 있도록 관광인프라를 구축하고", M, D, ["culture-tourism"], "plan"),
        C("올림픽 문화프로그램은 개최 도시의 문화향수를 불러 일으켜", M, D, ["culture-tourism"], "statement"),
        C("공연장, 전시관, 체험관 등 다양한 문화·관광 인프라 구축 사업과 관", M, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["올림픽의 성공은 대회의 성공개최뿐만 아니라 강원도의 지속가능한 발전을 이루는 것",
                "국민들의 뜨거운 관심과 참여 속에서 개최돼야 한다",
                "대한민국이 올림픽이라는 메가 스포츠이벤트를 훌륭히 치를 수 있는 능력을 갖춘 문화강대국임을 증명하는 것",
                "인프라가 차질 없이 갖춰지고 있고"])
W, D = "won-hee-ryong", "2017-08-16"
G["w-03-jejuilbo.txt"] = dict(
    metadata=dict(headline="대중교통 개편 요구사항, 언제든 받아들일 것", published="2017-08-16T19:28+09:00", reporter="고권봉", outlet="제주일보", jurisdiction="50"),
    officials=[W],
    claims=[
        C("대중교통 체계개편은 이해관계와 재정 감당 등의 문제로", W, D, ["public-transit"], "statement"),
        C("대중교통 개편을 성공시켜 빠르고 값싸게 이동할 수 있도록 하겠다", W, D, ["public-transit"], "plan"),
    ],
    not_claims=["원 지사 16일 서귀포시 마을 회장단과 간담회서 밝혀",
                "오는 26일부터 시행되는 대중교통 체계 개편과 각종 현안에 대한 의견을 교환했다",
                "아무리 좋은 것도 새집으로 이사를 가면 불편하고 혼란스럽다",
                "옛 서귀포기상대는 중앙정부의 소유이기 때문에"])
E, D = "lee-choon-hee", "2019-07-24"
G["w-04-kplustv.txt"] = dict(
    metadata=dict(headline="이춘희 시장 “자율차 산업 상용화 모델 세종서 만들 것”", published="2019-07-25T05:28+09:00", reporter="강경화", outlet="코리아플러스방송", jurisdiction="36"),
    officials=[E],
    claims=[
        C("규제자유특구’ 계획을 설명했다", E, D, ["future-vehicles"], "plan"),
        C("미이전 부처의 세종 이전과 세종-대전 광역철도 구축을 건의했다", E, D, ["decentralization", "public-transit"], "plan"),
        C("자율차 산업과 연계된 상용화 모델을 제시하고 관련 기업 집적화를 통해", E, D, ["future-vehicles", "investment-attraction"], "plan"),
        C("대중교통 취약지역 및 버스 전용차로에서 ‘자율주행 셔틀 서비스 실증’을 추진할 것", E, D, ["future-vehicles", "public-transit"], "plan"),
        C("‘시민 체험형 자율차 셔틀 실증’을 통해 관광 랜드마크화 및 사업화 가능성을 점검할 계획", E, D, ["future-vehicles", "culture-tourism", "public-transit"], "plan"),
    ],
    not_claims=["24일 대통령·시도지사 간 간담회 참석", "계획을 설명하고 있다. (사진제공=청와대)",
                "규제자유특구 도입 결과 및 계획 발표, 시·도지사 발표 및 토론이 진행됐다"])
Y = "yeom-tae-yeong"
G["w-05-heraldcorp.txt"] = dict(
    metadata=dict(headline="염태영 수원시장, 연무동·세류2동 도시재생 공모 선정 소회", published="2019-10-09T07:24+09:00", reporter="박정규", outlet="헤럴드경제", jurisdiction="41110"),
    officials=[Y],
    claims=[
        C("국토부 주관 도시재생 뉴딜사업 공모소식을 알렸다", Y, "2019-10-08", ["urban-regeneration"], "achievement"),
        C("‘2019 하반기 도시재생 뉴딜사업 공모’에 선정되었습니다", Y, "2019-10-08", ["urban-regeneration"], "achievement"),
        C("이로써 도시재생사업이 행궁동, 도청 일원, 매산동을 포함해 5개 지역으로 늘었습니다", Y, "2019-10-08", ["urban-regeneration"], "achievement"),
        C("도시재생사업이 이뤄지면 슬세권", None, "2019-10-09", ["urban-regeneration"], "statement"),
    ],
    not_claims=["염태영 수원시장 페이스북 캡처.", "‘퇴근 무렵에 전해 온 기쁜 소식’이라는 글을 올렸다",
                "주민과 함께 만들어가는 마을과 도시의 활력, 매력 그리고 혁신을 기대하겠습니다"])
S, D = "choi-yeong-il", "2025-12-01"
G["w-06-seoul.txt"] = dict(
    metadata=dict(headline=None, published="2025-12-02", reporter=None, outlet="서울신문", jurisdiction="52770"),
    officials=[S],
    claims=[
        C("농어촌 기본소득이 순창의 지속 가능한 발전과 주민 행복으로 이어지기를 기대합니다", S, D, ["welfare"], "statement"),
        C("이번 농어촌 기본소득 공모사업 선정은 그동안 순창군의 도전과 노력을 국가가 인정해준 것", S, D, ["welfare"], "achievement"),
        C("사회서비스 접근성 격차로 발생하는 도농 간 기회비용 차이를 줄이는 의미 있는 정책", S, D, ["welfare"], "statement"),
        C("기본소득은 단순한 현금 지원이 아니라", S, D, ["welfare"], "plan"),
        C("농어촌 기본소득을 단순한 복지 지원을 넘어 순창을 한 단계 도약시키는 계기로 삼겠다", S, D, ["welfare"], "plan"),
        C("순창군이 농어촌 기본소득 공모에 선정된 데는", None, "2025-12-02", ["welfare"], "achievement"),
        C("지역에서의 관심과 열망, 적극적인 협조가 이번 선정에 크게 한몫했다", S, D, ["welfare"], "achievement"),
        C("농어촌 기본소득 사업은 지역 경제 활성화의 촉매제가 될 것으로 기대한다", S, D, ["welfare"], "statement"),
        C("청년층의 유출을 막고, 농업인들의 생활 안정성을 높이며", S, D, ["welfare", "youth-policy", "agriculture"], "statement"),
        C("이 사업을 통해 순창이 농어촌 발전의 모범 사례로 자리 잡도록 하겠다", S, D, ["welfare"], "plan"),
        C("농어촌 기본소득이 실질적인 성과를 거둘 수 있도록", S, D, ["welfare"], "plan"),
    ],
    not_claims=["date 2025-12-02 최영일 순창군수", "면서 감사를 표했다"])
P, D = "park-nam-chun", "2018-07-02"
G["w-07-kyeongin.txt"] = dict(
    metadata=dict(headline="취임식 대신 상습침수지역 찾은 박남춘 인천시장", published="2018-07-03", reporter="김명호", outlet="경인일보", jurisdiction="28"),
    officials=[P],
    claims=[
        C("재해 우려 지역에 대한 예·경보시설의 전수 점검을 완료하고 비상근무 태세를 유지하고 있다", P, D, ["disaster-safety"], "achievement"),
        C("시민 안전과 재산 피해가 없도록 피해 예방에 총력을 쏟겠다", P, D, ["disaster-safety"], "plan"),
        C("모든 시정의 중심에 시민을 두고 협치를 통해 인천시를 이끌어 가겠다는 포부를 밝혔다", P, D, ["citizen-participation"], "plan"),
    ],
    not_claims=["시민들의 행복과 교육 위해 최선을 다하겠습니다",
                "취임식 대신 7호 태풍 '쁘라삐룬' 북상에 대비한 현장 점검과 대책회의를 주재하는 것으로 공식 업무를 시작했다",
                "곧장 상습 침수 지역인 미추홀구 승기사거리(옛 동양장 사거리) 일대를 방문해 현장 점검을 실시했다",
                "취임 선서만 하고 재난안전 대책회의를 주재했다",
                "시민특별시 등 민선 7기 비전 제시",
                "300만 인천시민 모두가 인천의 주인으로서 시장에 취임하는 날"])
K, D = "kim-gyeong-su", "2018-08-21"
G["w-08-ytn.txt"] = dict(
    metadata=dict(headline="한숨 돌린 김경수, 경제 살리기로 도정 정상화에 속도", published="2018-08-21T20:43+09:00", reporter="박종혁", outlet=None, jurisdiction="48"),
    officials=[K],
    claims=[
        C("스마트 공장의 이런 혁신성에 착안해 스마트 공장 보급을 확산시키기로 했습니다", K, D, ["fourth-industrial-revolution"], "plan"),
        C("제조업 혁신의 핵심이 스마트 공장이라고 생각합니다", K, D, ["fourth-industrial-revolution"], "statement"),
        C("확산 지원 방안의 핵심은 스마트공장 구축 사업비를 직접 지원하는 것입니다", None, D, ["fourth-industrial-revolution"], "plan"),
        C("이 가운데 20%를 경남도가 지원하기로 했습니다", None, D, ["fourth-industrial-revolution"], "plan"),
        C("오는 2022년까지 2천 곳에 스마트공장을 구축한다는 목표입니다", None, D, ["fourth-industrial-revolution"], "target"),
        C("매출도 늘어나고 또 새로운 판로 개척에도 영향이 생기고", None, D, ["fourth-industrial-revolution"], "statement", "문승욱"),
    ],
    not_claims=["스마트 공장은 생산이나 공급 등 제조 공정에 ICT 기술을 접목해 혁신을 꾀하는 지능형 공장입니다",
                "이 업체는 4년 전부터 스마트 공장을 구축해왔습니다",
                "해마다 5억 원의 원가를 줄이고 해마다 생산성 20% 향상이라는 성과를 냈습니다",
                "경남 경제가 살려면 제조업을 혁신하지 않고는 미래가 없습니다",
                "외부 일정으로 처음 찾은 곳은 스마트 공장을 구축한 경남 김해의 한 중소기업입니다"])
J, D = "yoo-jeong-bok", "2015-01-02"
G["w-09-mbsnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28"),
    officials=[J],
    claims=[
        C("투자 활성화를 도모하는 투자유치단을 신설하는", J, D, ["investment-attraction"], "achievement"),
    ],
    not_claims=["을미년 새해 업무를 시작했다", "인천아시안게임 등 국", "2조853억원의 국비를 확보했고",
                "‘재정 건전화의 원년’이 될 것", "투자사업 종합계획 수립, 인천의 산업생태계의 혁신"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-w/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
