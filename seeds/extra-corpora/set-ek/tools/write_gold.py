"""Writes set-ek gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(h, pub, rep, out, j):
    return dict(headline=h, published=pub, reporter=rep, outlet=out, jurisdiction=j)
G = {}
N = None
CT = ["culture-tourism"]
# ek-01 부산 해양레저관광진흥 시행계획 (undated)
G["ek-01-hankyung.txt"] = dict(
    metadata=M("\"부산을 해양레저 중심도시로\"…관광인프라 조성에 193억 투입", N, N, N, "26"),
    officials=[],
    claims=[
        C("부산 북항에 해양레포츠 콤플렉스가 들어서고 마리나 전문인력도 양성된다", N, N, CT, "plan"),
        C("해상택시·버스 등도 코로나19 극복 이후를 대비한 관광상품으로 선보일 계획이다", N, N, CT, "plan"),
        C("동북아 해양레저관광 중심도시를 구현하기 위해 이 같은 내용을 담은", N, N, CT, "plan"),
        C("시는 올해 시행계획에서 6대 전략과 각 전략에 따른 26개의 추진과제를 설정했다", N, N, CT, "statement"),
        C("사업비로 총 193억원이 투입된다", N, N, CT, "statement"),
        C("올해는 비대면 또는 방역수칙을 준수해 추진할 방침이다", N, N, CT, "plan"),
        C("부산시는 70억원을 들여 북항 해양레포츠 콤플렉스 건립과", N, N, CT + ["investment-attraction"], "plan"),
        C("53억원을 투입해 마리나 전문인력 양성과 부산마리나비즈센터 조성, 해수욕장 스마트 안심비치 구축 등도 추진한다", N, N, CT + ["smart-city"], "plan"),
        C("시는 47억원을 투입해 대한민국 국제해양레저위크와 부산항 축제", N, N, CT, "plan"),
        C("13억원을 들여 크루즈 유람선 허브도 구축한다", N, N, CT, "plan"),
        C("해양레포츠 체험 교실 등 새로운 해양관광 즐길거리 발굴에도 9억원을 투입한다", N, N, CT, "plan"),
        C("1억원을 투입해 서낙동강 조정·카누경기장 지원 등 낙동강 수상레포츠 메카를 조성하기로 했다", N, N, CT, "plan"),
        C("사계절 안전한 해수욕장 등 해양레저관광 인프라를 조성하고", N, N, CT, "plan"),
    ],
    not_claims=["\"부산을 해양레저 중심도시로\"…관광인프라 조성에 193억 투입", "6대 전략 담은 시행계획 발표",
                "시는 코로나19 극복 이후 대비에도 나선다", "누구나 즐길 수 있는 해양레저 체"],
)
# ek-02 박형준 부산시장 수영구 방문 (undated)
P, K = "park-heong-joon", "kang-seong-tae"
G["ek-02-kpinews.txt"] = dict(
    metadata=M(N, N, "박동욱", "KPI뉴스", "26"),
    officials=[P, K],
    claims=[
        C("수영구 복지 하나로센터 건립 예정지를 찾은 박 시장은", P, N, ["welfare"], "plan"),
        C("이는 도시 정비와 지역 관광인프라 확충의 모범사례", P, N, ["urban-regeneration", "culture-tourism"], "achievement"),
        C("광안리M 드론 라이트쇼 공동개최 △수영구도서관 야외쉼터 조성 △스쿨존 주변 주차장 폐지에 따른", N, N, ["culture-tourism", "disaster-safety"], "statement"),
    ],
    not_claims=["'구민과의 행복토크' 시간을 가졌다", "도시민 삶의 질을 어떻게 향상할 수 있을까 하는 고민에서 시작됐다",
                "지역 특성을 반영한 15분 도시계획을 수립할 것", "각 구·군을 순회하며 '15분 도시 부산'을 직접 설명하면서",
                "아직 방문하지 않은 9개 구·군을 찾아가 시민과 소통 행보를 이어갈 계획이다"],
)
# ek-03 대구 중구청장 류규하, 시청 현 위치 건립 (undated)
R = "ryu-gyu-ha"
G["ek-03-dgy.txt"] = dict(
    metadata=M(N, N, N, N, "27110"),
    officials=[R],
    claims=[
        C("대구시청은 좁은 공간과 노후화로 이전 여부가 끊임없이 이어지고 있다", N, N, ["city-hall"], "statement"),
        C("시청을 현 위치에 새로 건립해 중구의 관광자원, 도시재생 뉴딜사업 등과 연계해야 한다고 강조했다", R, N, ["city-hall", "culture-tourism", "urban-regeneration"], "plan"),
        C("연간 관광객 200만명이 찾는 지역 대표 관관지로 거듭나고 있다", R, N, CT, "achievement"),
        C("대구의 랜드마크가 될 만한 시청사를 지어 주변 명소와 연계하면 시너지효과를 발휘할 수 있을 것", R, N, ["city-hall", "culture-tourism"], "statement"),
        C("시청을 현 위치에 지을 수 있도록 집중할 것", R, N, ["city-hall"], "plan"),
        C("‘대구시 신청사 현 위치 건립 추진위원회’를 발족했다", N, N, ["city-hall"], "achievement"),
        C("중구의회 역시 지난해 11월 ‘대구시 신청사 현 위치 건립추진 특별위원회’를 구성했으며", N, N, ["city-hall"], "plan"),
    ],
    not_claims=["주메뉴 바로가기 본문 바로가기"],
)
# ek-04 대구 물산업클러스터 물기업 3곳 유치 (2020-02-04)
D = "2020-02-04"
WI = ["water-industry", "investment-attraction"]
G["ek-04-kmib.txt"] = dict(
    metadata=M("대구 물산업클러스터 제 모습 찾아간다 물기업 3곳 유치", "2020-02-04T11:19+09:00", N, N, "27"),
    officials=[],
    claims=[
        C("유망 물산업 기업들을 국가물산업클러스터(달성군)에 잇따라 유치했다고 4일 밝혔다", N, D, WI, "achievement"),
        C("3개 기업은 물산업클러스터 내 1만4082㎡(4267평) 부지에 각각 제조공장 등을 만든다", N, D, WI, "plan"),
        C("이들의 투자금을 합치면 237억원에 이른다", N, D, WI, "achievement"),
        C("올해 안에 모두 시설 건립 착공에 들어갈 예정이다", N, D, WI, "plan"),
        C("시는 국가물산업클러스터 내 제조시설 건립부지 제공과 클러스터 시설 우선 이용", N, D, WI + ["research-development"], "plan"),
        C("이번 투자유치로 물산업클러스터에는 전통 물산업 기업에서부터 IT기업까지", N, D, WI, "achievement"),
    ],
    not_claims=["대구 물산업클러스터 제 모습 찾아간다 물기업 3곳 유치", "대구 달성군에 들어선 물산업클러스터 모습",
                "이번에 대구에 투자하는 기업은 유솔과 가암테크, 탑전자산업이다",
                "유솔은 대구에 누수감시 시스템 신규 제조공장을 건립한다",
                "경기도 군포시에 있는 본사를 대구로 이전할 계획이다",
                "시는 기업 간 활발한 기술 융복합화를 통한 다양한 수출플랫폼 개발과 신시장"],
)
# ek-05 KBS 울산 남구 서동욱 (undated)
S = "seo-dong-uk"
G["ek-05-kbs.txt"] = dict(
    metadata=M("울산 남구 “여천천 관광 중심지…일자리 창출 집중”", N, "신건", "KBS", "31140"),
    officials=[S],
    claims=[
        C("남구는 여천천을 개발해 관광문화 벨트를 조성하고, 일자리 창출에 행정력을 집중할 계획입니다", N, N, ["culture-tourism", "jobs"], "plan"),
        C("2천 760억 원의 국비를 확보해 관광문화벨트로 탈바꿈할 예정입니다", N, N, CT, "plan"),
        C("하도정비를 벌여 침수 문제를 해결하고, 수질 문제도 개선할 계획입니다", N, N, ["disaster-safety"], "plan"),
        C("고래문화마을과 울산대교를 둘러보는 관광 선박 운항도 추진합니다", N, N, CT, "plan"),
        C("악취와 침수문제를 먼저 해결하고 친환경 복합문화공간으로써", S, N, ["disaster-safety", "culture-tourism"], "plan"),
        C("지난해에 이어 올해도 일자리 창출에 행정력을 집중합니다", N, N, ["jobs"], "plan"),
        C("일자리종합센터의 역할을 강화해 고용시장 변화에 선제 대응하고", N, N, ["jobs"], "plan"),
        C("청년 창업을 활성화시켜 청년들이 지역에 정착할 수 있는 각종 지원사업도 추진할 계획입니다", N, N, ["startup-support", "youth-policy"], "plan"),
        C("앞으로 4년 간 직·간접 일자리 6만 5천여 개 창출을 목표로 하고 있습니다", N, N, ["jobs"], "target"),
        C("관광사업처럼 많은 일자리를 만들 수 있는 3차산업 육성에 집중해서", S, N, ["jobs", "culture-tourism", "youth-policy"], "plan"),
    ],
    not_claims=["울산 남구 “여천천 관광 중심지…일자리 창출 집중”", "울산 5개 구·군의 올해 핵심 정책과 주요 사업을 살펴보는 기획 보도",
                "'지역 맞춤형 통합하천사업'에 선정된 울산 여천천", "또 골목 인프라 정비와 온라인 마케팅 콘텐츠 제"],
)
# ek-06 이철우 경북지사 저출생과 전쟁 회의 (undated; 중도일보 via 뉴스픽)
L = "lee-cheol-u"
CB = ["childcare-birth"]
G["ek-06-joongdo.txt"] = dict(
    metadata=M(N, N, "권명오", "중도일보", "47"),
    officials=[L],
    claims=[
        C("지난 1월 경북이 쏘아 올린 저 출생과 전쟁이 국가적으로 확전돼", L, N, CB, "achievement"),
        C("저출생과 전쟁 100대 실행 과제를 분석하고 정책을 평가해 내년에는 더욱 강화된 시즌2를", L, N, CB, "plan"),
        C("지방정부는 흐트러짐 없이 비상한 각오로 적극 대응해야 한다고 강조했다", L, N, CB, "plan"),
        C("내년에는 수도권 집중완화 등 저 출생 구조개혁을 중점 추진하라고 지시했다", L, N, CB + ["decentralization"], "plan"),
        C("지방이 미래고 지방이 바로 신산업으로 지방 중심으로 국가가 운영되어야 한다", L, N, ["decentralization"], "plan"),
        C("저 출생 사회 구조 개혁에 경북이 앞장설 것으로", L, N, CB + ["investment-attraction", "jobs"], "plan"),
    ],
    not_claims=["본 콘텐츠는 뉴스픽 파트너스에서 공유된 콘텐츠입니다", "지금 쿠팡 방문하고", "안동=권명오 기자"],
)
# ek-07 경산시 스마트 농업도시 (undated)
Y = "choi-yeong-jo"
AG = ["agriculture"]
G["ek-07-kyongbuk.txt"] = dict(
    metadata=M(N, N, "김윤섭", "경북일보", "47290"),
    officials=[Y],
    claims=[
        C("가축전염병, 농촌인구의 고령화 등 농업 환경변화 속에서도 지역농업 활성화 대책을 마련하기 위해", N, N, AG, "plan"),
        C("경산발전 10대전략 중 스마트 농업도시 핵심분야 13개 중점과제가 발표됐다", N, N, AG, "plan"),
        C("스마트 농업은 가축질병과 기후변화, 인력 등 경산농업의 어려움을 타개하고", N, N, AG, "statement"),
        C("경산시는 2월 스마트 농업도시 전략방향을 설정했고", N, N, AG, "plan"),
        C("최근 농업은 단순한 영농이 아니라 빅데이터와 사물인터넷", Y, N, AG, "statement"),
        C("스마트농업도시는 미래지향형 농업시스템 구축으로", Y, N, AG, "statement"),
    ],
    not_claims=["중점 추진과제를 발표했다.경산시 제공", "스마트 농업도시를 주제로 전략과제 이해와 추진실적 및 계획 순으로 진행됐다",
                "김윤섭 기자 yskim@kyongbuk.com"],
)
# ek-08 경남 청년정책조정위원회, 박완수 (undated)
W = "park-wan-su"
YP = ["youth-policy"]
G["ek-08-bizdaily.txt"] = dict(
    metadata=M(N, N, N, N, "48"),
    officials=[W],
    claims=[
        C("경상남도가 청년이 체감할 수 있는 실질적 정책 강화를 위해 발 벗고 나섰다", N, N, YP, "plan"),
        C("올해 청년정책 추진 성과를 점검하고 내년도 정책 방향을 심도 있게 논의했다", N, N, YP, "statement"),
        C("주요 청년정책의 추진상황을 공유하고 개선 방안을 논의했다", N, N, YP, "statement"),
        C("청년이 각자의 목표와 꿈을 실현할 수 있도록 정책을 꼼꼼히 챙기겠다", W, N, YP, "plan"),
        C("청년의 목소리를 직접 듣고 정책에 반영하는 행정으로 신뢰를 높이겠다", W, N, YP + ["citizen-participation"], "plan"),
        C("이번 회의는 지난 1년간 추진된 청년정책의 평가와 향후 방향을 공유하는 자리", W, N, YP, "statement"),
        C("K-콘텐츠 열풍과 연계한 **‘청년 반값 여행’**과 어촌·해양 신산업 일자리 발굴을 제안했다", N, N, ["culture-tourism", "youth-policy", "jobs", "agriculture"], "statement", "유창만"),
        C("청년 창업 활성화를 위한 국·공유재산 임대료 인하를 건의했다", N, N, ["startup-support", "youth-policy"], "statement", "최보연"),
        C("지역축제 농산물 판매 시 청년 감성에 맞는 포장 디자인 지원을 요청했다", N, N, ["culture-tourism", "agriculture"], "statement", "이다예"),
        C("이러한 아이디어가 실제 정책으로 이어질 수 있도록 적극 검토하겠다", W, N, YP, "plan"),
    ],
    not_claims=["“청년이 머물고 싶은 경남 만들겠다”", "청년정책의 실효성을 높일 수 있는 구체적 의견을 자유롭게 제시해 달라",
                "회의에서는 청년들이 체감할 수 있는 현실적 제안이 다수 제시됐다", "■ 청년들이 직접 제안한 현장 아이디어",
                "경남도는 올해 청년정책 성과를 다음과"],
)
# ek-09 남해군 인구감소 대응 종합대책 (undated)
G["ek-09-news1.txt"] = dict(
    metadata=M("'4만 붕괴 코앞' 남해군, 인구감소 대응 종합대책 발표", N, "강미영", "뉴스1", "48840"),
    officials=[],
    claims=[
        C("'2031 유소년·청년 인구 비중 20% 달성'을 목표로 4대 핵심과제를 추진한다고 밝혔다", N, N, ["youth-policy"], "target"),
        C("청년 정주여건 개선을 위해 청년정착지원주택을 건립하고, 빈집 정비사업을 확대한다", N, N, ["housing", "youth-policy", "urban-regeneration"], "plan"),
        C("교육발전 특구 사업에 박차를 가하는 한편 작은 학교 살리기 정책에 내실을 기할 예정이다", N, N, ["education"], "plan"),
        C("또한 남해대학과의 상생발전을 도모한다", N, N, ["education"], "plan"),
        C("일자리 창출을 위해 식품산업 육성과 창업 지원에도 나선다", N, N, ["jobs", "startup-support"], "plan"),
        C("직장 내 양육환경 개선 및 인구증대시책 관련 조례 개정을 추진한다", N, N, ["childcare-birth"], "plan"),
    ],
    not_claims=["'4만 붕괴 코앞' 남해군, 인구감소 대응 종합대책 발표", "인구구조 개편…유소년·청년인구 비중 20% 목표",
                "인구감소에 대응하기 위한 '인구감소 대응 종합대책'을 31일 발표했다",
                "전체 전출인구의 42%가 20·30대 청년층으로 나타나 인구구조 불균형이 심화하고 있다",
                "생애주기별 전입·거주 지원정책 통합 플랫폼을 구축한다",
                "남해~여수 해저터널 개통을 앞두고 정주인구 유입과 생활인주 증대를 도모하겠다"],
)
here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "gold")
os.makedirs(out, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(G), "gold files;", sum(len(g["claims"]) for g in G.values()), "claims")
