"""Writes set-p gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
J, D = "ju-nak-yeong", "2019-07-02"
G["p-01-heraldcorp.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김병진", outlet="헤럴드경제", jurisdiction="47130"),
    officials=[J],
    claims=[
        C("지난 1년 좋은 일자리 창출, 신성장산업 육성 등을 키워드로", J, D, ["jobs"], "achievement"),
        C("시장 직속 일자리 상황실과 투자유치과를 신설했다", J, D, ["jobs", "investment-attraction"], "achievement"),
        C("청년일자리팀과 사회적경제팀을 신설해 일자리 정책에 행정력을 집중하고 있다", J, D, ["jobs", "youth-policy"], "achievement"),
        C("귀농지원 상담센터 개원과 신농업 혁신타운 조성, 스마트 농축산업 육성 등으로 부자 농어촌 조성의 토대를 마련했다", J, D, ["agriculture"], "achievement"),
        C("에너지과학연구단지 조성, 성형가공기술고도화센터 건립, e-모빌리티 산업단지 조성", J, D, ["research-development", "future-vehicles", "culture-tourism"], "plan"),
        C("그동안의 성과로 경주화랑마을 개원, 세계유산도시 이사도시 재선출", J, D, ["culture-tourism"], "achievement"),
    ],
    not_claims=["민생 현장에서 생생한 목소리를 듣고 눈으로 보면서 문제 해결책을 찾기 위해 노력했다",
                "앞으로 추진해나갈 10대 역점시책도 발표했다", "시민들이 행복한 시정을 펼치겠다",
                "미래 세대들이 꿈을 키워갈 수 있는 여건을 마련하는데 시정을 집중하겠다",
                "민선7기 1주년 기자간담회를 열고 있다"])
Y, D = "yang-seung-jo", "2019-11-21"
G["p-02-businesspost.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김남형", outlet="비즈니스포스트", jurisdiction="44"),
    officials=[Y],
    claims=[
        C("수소경제 활성화를 위해 힘을 모으는 데 충청남도가 앞장서겠다", Y, D, ["energy-transition"], "plan"),
        C("수소경제의 미래를 준비하는 것이 바로 충남 경제와 대한민국의 미래를 준비하는 것", Y, D, ["energy-transition"], "statement"),
        C("정부와 민간이 머리를 맞대고 더 많은 지혜를 나눠가며 수소경제의 미래를 함께 그려 나아가야 한다", Y, D, ["energy-transition"], "plan"),
        C("수소에너지는 기후변화 문제 해결을 위한 근본적 대응방안으로 선택이 아닌 필수가 됐다", Y, D, ["energy-transition", "climate-carbon"], "statement"),
        C("수소경제의 성공을 위해서 학계와 산업계를 뛰어넘어 우리 사회의 큰 관심이 필요하다", Y, D, ["energy-transition"], "statement"),
        C("3월 수립한 ‘충남형 수소경제 로드맵’에 따라 충청남도가 추진하고 있는", Y, D, ["energy-transition", "future-vehicles"], "statement"),
    ],
    not_claims=["수소경제의 중요성을 강조했다.", "개회사를 하고 있다"])
D = "2019-03-26"
G["p-03-dynews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="정래수", outlet="동양일보", jurisdiction="44"),
    officials=[Y],
    claims=[
        C("2040년까지 국내 수소 공급 30% 점유한다는 내용의 '충남형 수소경제 비전'을 26일 선포했다", None, D, ["energy-transition"], "target"),
        C("도는 이날 충남도서관에서 수소산업 육성 정책을 공유하고", None, D, ["energy-transition"], "statement"),
        C("'충남 수소산업 육성 특화전략'을 주제로", None, D, ["energy-transition"], "plan", "구본풍"),
        C("2040년까지 수소차 49만6천대를 보급하고", None, D, ["energy-transition", "future-vehicles"], "target"),
        C("생산기지는 향후 국내 수소공급량 30%를 점유", None, D, ["energy-transition"], "target"),
        C("2021년까지 708억원을 투입해 수소연료전기차 부품시험평가센터를 조성·지원할 계획이다", None, D, ["future-vehicles", "energy-transition"], "plan"),
        C("수소 전기트럭부품 기술개발 및 기업 지원으로 320억원을 추가 투입한다", None, D, ["future-vehicles", "energy-transition"], "plan"),
        C("당장 올해 수소전기차 350대와 수소버스 9대, 충전소 1곳 등을 보급·구축하는데", None, D, ["future-vehicles", "energy-transition"], "target"),
        C("수소경제는 에너지 패러다임 전환과 에너지 안보문제, 미래 친환경산업 육성을 위한 핵심 플랫폼", Y, D, ["energy-transition"], "statement"),
        C("수소에너지가 단순히 에너지 문제를 넘어 기후변화 문제에 대응하기 위한 근본적인 방안이 될 수 있다", Y, D, ["energy-transition", "climate-carbon"], "statement"),
    ],
    not_claims=["동양일보TV", "저작권자 © 동양일보 무단전재 및 재배포 금지"])
O, D = "oh-se-hoon", "2024-01-05"
G["p-04-etoday.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="11"),
    officials=[O, "jo-hui-yeon"],
    claims=[
        C("민생을 위한 약자와의 동행을 변함없이 실천하면서", O, D, ["welfare"], "plan"),
        C("경제 발전을 통한 일자리 창출, 저출생·취약계층 문제 해결과 주거 안정", O, D, ["jobs", "childcare-birth", "welfare", "housing", "disaster-safety"], "plan"),
        C("민생 최우선의 ‘약자 동행 지속’, 대규모 자연‧사회적 재난에 ‘안전한 서울 구현’을 내세운 바 있다", O, D, ["welfare", "disaster-safety"], "plan"),
        C("생계, 주거, 교육, 의료 등 4대 분야를 필두로 약자와의 동행도 흔들림 없이 이어가겠다", O, D, ["welfare", "housing", "education", "public-health"], "plan"),
    ],
    not_claims=["서울시정의 궁극적 목표는 시민의 행복", "시민들의 삶의 질 향상과 행복을 위해 최선을 다하겠다",
                "'2024년 서울시 신년인사회'를 개최했다",
                "수변 등 서울을 대개조해 미래 먹거리를 창출하고, 도시건축 디자인의 혁신 등으로 서울의 매력을 한층 더 높이겠다",
                "최태원 대한상공회의소 회장 등 참석"])
K, D = "kang-gi-jung", "2025-10-24"
G["p-05-moneys.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="29"),
    officials=[K],
    claims=[
        C("국가사업 유치 무산의 아쉬움 속에서도 'AI 중심도시 광주' 실현 의지를 다시 다졌다", None, D, ["fourth-industrial-revolution"], "plan"),
        C("비록 허탈감이 있지만 광주의 AI 생태계는 이미 굳건히 자리 잡았다", K, D, ["fourth-industrial-revolution"], "achievement"),
        C("AI 중심도시 광주의 꿈은 결코 멈추지 않는다", K, D, ["fourth-industrial-revolution"], "plan"),
        C("6000억원 규모의 AI 2단계 'AX 실증밸리' 사업 추진에 속도를 높이겠다는 계획을 밝혔다", K, D, ["fourth-industrial-revolution"], "plan"),
        C("후속 전략을 병행해 광주의 AI 생태계를 한층 고도화하고", K, D, ["fourth-industrial-revolution"], "plan"),
        C("광주의 AI 생태계는 이미 단단히 뿌리내렸다", K, D, ["fourth-industrial-revolution"], "achievement"),
        C("현재 160개 기업이 광주에 입주해 650개의 일자리가 창출됐다", K, D, ["fourth-industrial-revolution", "investment-attraction", "jobs"], "achievement"),
        C("AX 실증밸리 사업비 6000억원을 확보했으며", K, D, ["fourth-industrial-revolution"], "achievement"),
        C("광주는 2017년부터 AI 산", K, D, ["fourth-industrial-revolution"], "achievement"),
    ],
    not_claims=["미래 구상을 밝히고 있다./사진=광주시",
                "광주의 인공지능(AI) 전략과 향후 발전 방향을 공유하며 새로운 도약을 다짐하는 자리였다",
                "기업 협력과 공모 추진 경과를 상세히 보고하며 그간의 노력을 설명했다"])
B, D = "byeon-seong-wan", "2020-12-02"
G["p-06-zum.txt"] = dict(
    metadata=dict(headline="가덕신공항, 부산엑스포 유치 필수요건", published=None, reporter=None, outlet="파이낸셜뉴스", jurisdiction="26"),
    officials=[B],
    claims=[
        C("오는 2029년까지 반드시 가덕신공항이 건설돼야 한다.", B, D, ["airport-relocation"], "plan"),
        C("동남권 관문공항은 엑스포 유치의 필수요건", B, D, ["airport-relocation"], "statement"),
        C("'가덕신공항 건설 특별법'을 제정해 가덕신공항 건설에 박차를 가할 계획이다", None, D, ["airport-relocation"], "plan"),
        C("엑스포 유치를 위해 가덕신공항 건설과 함께", B, D, ["airport-relocation"], "plan"),
        C("부산 북항 일원 등 원도심을 비롯해 지역경제를 다시 일으킬 수 있는 절호의 기회", B, D, ["urban-regeneration"], "statement"),
    ],
    not_claims=["\"가덕신공항, 부산엑스포 유치 필수요건\"", "변성완 권한대행 조속 건설 촉구",
                "61조원에 이르는 경제적 파급효과가 발생한다",
                "위대한 부산시민과 함께라면 분명 해낼 수 있다고 믿는다"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-p/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
