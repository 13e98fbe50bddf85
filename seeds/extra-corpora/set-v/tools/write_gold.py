"""Writes set-v gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
K, D = "gwon-sun-taek", "2015-04-04"
G["v-01-ajunews.txt"] = dict(
    metadata=dict(headline="권선택 대전시장, “도시철도 2호선 트램 건설 자신 있다”", published="2015-04-05T12:15+09:00",
                  reporter="모석봉", outlet="아주경제", jurisdiction="30"),
    officials=[K],
    claims=[
        C("도시철도 2호선인 트램 건설에 대해 자신감을 갖고 추진하겠다고 밝혔다", K, D, ["public-transit"], "plan"),
        C("대전이 전국에서 최초로 도입하는 트램은 단순한 교통수단을 넘어 환경, 복지, 문화 등 도시 전반을 바꾸는 것", K, D, ["public-transit"], "statement"),
        C("트램을 대전에 성공적으로 도입할 수 있겠다는 자신감을 얻었다", K, D, ["public-transit"], "statement"),
        C("트램은 친인간적이고, 친환경적이고, 친경제적이라는 세 가지 장점을 갖고 있다", K, D, ["public-transit"], "statement"),
        C("기존의 좁은 도로를 활용한다는 단점이 있지만", K, D, ["public-transit"], "statement"),
        C("호남고속철도 개통으로 인한 시민들의 불편을 줄이기 위해 행정적·정무적인 노력을 계속하고 있다", K, D, ["public-transit"], "statement"),
        C("희망을 갖고 더욱 열심히 노력해 시민들의 불편을 최소화하겠다", K, D, ["public-transit"], "plan"),
        C("국악방송 유치와 개관을 앞둔 국악전용극장에 대해서는", K, D, ["culture-tourism"], "statement"),
    ],
    not_claims=["도시철도 2호선 트램 건설 자신 있다", "친인간, 친환경, 친경제 트램 건설 강조", "[사진제공=대전시]"])
H, D = "hwang-suk-ju", "2016-01-04"
G["v-02-asiae.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="45770"),
    officials=[H],
    claims=[
        C("순창장류축제 3년 연속 우수축제 지정", H, D, ["culture-tourism"], "achievement"),
        C("황군수가 올해 제시한 군정 10대 핵심목표는", H, D, ["culture-tourism", "public-health", "agriculture", "welfare"], "plan"),
        C("500만 관광시대 실현을 위해 섬진강변에 수상레저시설을 개발하고", H, D, ["culture-tourism"], "target"),
        C("만성질환 당뇨클러스터 조성을 통해 건강장수 고을 위상을 회복하고", H, D, ["culture-tourism", "public-health"], "plan"),
    ],
    not_claims=["올해를 순창발전의 획기적 도약을 이루는 해로 만들자", "시무식서 10대 핵심군정 운영 방향 제시",
                "새로운 마음으로 군정발전을 위해 매진하자며 직원들을 격려했다",
                "행복한 순창 이라는 배가 2016년 힘찬 항해를 시작했다"])
P, D = "park-beom-in", "2024-08-30"
G["v-03-ilgangeomgyeong.txt"] = dict(
    metadata=dict(headline="박범인 금산군수, 새벽 영농현장 방문⋯적극 소통 행보 나서", published="2024-08-30T09:51+09:00",
                  reporter="김경칠", outlet="일간검경", jurisdiction="44710"),
    officials=[P],
    claims=[
        C("입교자 농업창업 및 정착을 돕기 위해 교육 및 컨설팅을 운영하고 있으며", None, D, ["agriculture"], "achievement"),
        C("지난해 관내 귀농‧귀촌인 유입 인구는 1944명으로", None, D, ["agriculture"], "achievement"),
        C("전국적인 귀농‧귀촌 인구가 감소하고 있는 상황에서도 금산군은 귀농‧귀촌인이 증가하고 있다", P, D, ["agriculture"], "achievement"),
        C("이들이 안정적으로 군에 정착할 수 있도록 여러 정책을 추진 중", P, D, ["agriculture"], "statement"),
        C("농업정책에 필요한 사업구상 및 지원방안을 마련해 금산농업 발전할 수 있도록 최선을 다하겠다", P, D, ["agriculture"], "plan"),
    ],
    not_claims=["귀농인 애로사항 청취 및 해결 방안 함께 고민", "▲ 박범인 금산군수 새벽 영농현장 방문 모습",
                "부리면과 제원면 일원 귀농 농가를 방문해 적극 소통 행보에 나섰다",
                "지난 2022년 귀농교육센터에 입교해 올해 4월까지 귀농을 준비하고",
                "영농 현장을 직접 발로 뛰며 소통하는 기회를 더욱 늘려갈 계획"])
U, D = "park-u-ryang", "2021-09-16"
G["v-04-kwangju.txt"] = dict(
    metadata=dict(headline="신안 군청사에 300kW 규모 태양광 발전시설 설치", published="2021-09-16T07:30+09:00",
                  reporter="이상선", outlet="광주일보", jurisdiction="46910"),
    officials=[U],
    claims=[
        C("신안군은 군청사 주차장 내에 태양광 발전시설을 설치했다", None, D, ["energy-transition"], "achievement"),
        C("산업통상자원부의 신재생에너지 지역지원 사업으로 설치했다", None, D, ["energy-transition", "climate-carbon"], "achievement"),
        C("총 6억7600만원이 투입됐다", None, D, ["energy-transition"], "statement"),
        C("연간 에너지 생산량은 38만6535kW다", None, D, ["energy-transition"], "statement"),
        C("지난해 군청사 전기요금의 18% 수준이어서", None, D, ["energy-transition"], "statement"),
        C("연간 171t의 CO₂온실가스 절감효과와", None, D, ["energy-transition", "climate-carbon"], "statement"),
        C("민선 7기 1호 정책인 신재생에너지 개발이익 공유 등에 관한 조례를 제정했다", None, D, ["energy-transition"], "achievement"),
        C("안좌면에 주민참여형 태양광 발전소(120MW급) 건립으로", None, D, ["energy-transition"], "achievement"),
        C("앞으로도 매 분기 지급 예정이다", None, D, ["energy-transition"], "plan"),
        C("태양광발전은 지구 온난화와 기후변화에 적극 대응할 수 있는 신재생에너지", U, D, ["energy-transition", "climate-carbon"], "statement"),
        C("2050 탄소중립(Net-Zero) 실현에 앞장서겠다", U, D, ["energy-transition", "climate-carbon"], "plan"),
    ],
    not_claims=["산업부 신재생에너지 지원사업", "연간 5000만원 어치 전기 생산",
                "태양광 발전시설을 설치해 가동에 들어갔다. 태양광 발전시설 준공식."])
Y = "yun-sun-yeong"
G["v-05-dgy.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="최유희", outlet=None, jurisdiction="27110"),
    officials=[Y],
    claims=[
        C("노인복지 문제의 해결이 시급히 요구되는 현실이다", None, None, ["welfare"], "statement"),
        C("노인복지관을 조기 건립하여 건강한 여가생활 제공과 함께 노인일자리를 다양하게 개발할 것을 약속했다", Y, None, ["welfare", "jobs"], "plan"),
        C("등의 노인 일자리사업을 적극 펼치고 있다", None, None, ["jobs", "welfare"], "statement"),
        C("청소년의 탈선예방과 여성의 안전한 귀가를 보살펴", None, None, ["disaster-safety"], "achievement"),
    ],
    not_claims=["6·4지방선거 후 첫 공식행사로 오는 18일까지 경로당을 방문", "주메뉴 바로가기 본문 바로가기"])
B = "kim-dong-il"
G["v-06-joongdo.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김재수", outlet="중도일보", jurisdiction="44180"),
    officials=[B],
    claims=[
        C("'만세보령 청년 천원주택'은 시내 중심부에 위치한 아파트 10호를", None, None, ["housing", "youth-policy"], "statement"),
        C("청년들의 주거 부담을 경감하고 지역 정착을 장려하기 위한 정책의 일환으로 풀이된다", None, None, ["housing", "youth-policy"], "statement"),
        C("3월 입주자 모집에는 13대 1의 높은 경쟁률을 기록했으며", None, None, ["housing", "youth-policy"], "achievement"),
        C("청년 주거 안정을 위한 획기적인 지원책으로 자리매김할 것", B, None, ["housing", "youth-policy"], "statement"),
        C("청년층의 자립과 지역 정착을 위해 사업 규모를 지속적으로 확대해 나가겠다", B, None, ["housing", "youth-policy"], "plan"),
    ],
    not_claims=["다양한 의견을 공유하는 뜻깊은 자리였다고 시는 전했다", "열쇠 증정식이 진행되었다",
                "보령시의 지원에 감사를 표했다", "보령시청 |"])
J = "jo-gwang-han"
G["v-07-sisunnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="41360"),
    officials=[J],
    claims=[
        C("감염증의 지역사회 확산 방지를 위해 책임 있는 현장 대응이 중요하다", J, None, ["public-health"], "statement"),
        C("마스크 착용이 자신을 스스로 보호하기 위해 무엇보다 중요하다는 사실을 다시 한 번 시민들에게 강조할 것", J, None, ["public-health"], "plan"),
        C("확산방지를 위한 전 방위적인 방역과 소독 중요하다", J, None, ["public-health"], "statement"),
        C("코로나-19 지역 확산 방지에 총력을 다해야 한다", J, None, ["public-health"], "plan"),
        C("‘드라이브 스루’선별진료소를 찾아", None, None, ["public-health"], "statement"),
        C("감염 의심자의 빠른 검사를 위하여 선별진료소를 6개소", None, None, ["public-health"], "statement"),
    ],
    not_claims=["총괄 보고와 각 부서별 대응 현황 보고가 있었다", "절박한 경제활동 외에는 시민들의 활동 자제가 중요하다",
                "리셴룽 싱카포르 총리의 위기대응 담화문을 언급하며"])
M = "kim-jang-ho"
G["v-08-dgy.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="송명주", outlet=None, jurisdiction="47190"),
    officials=[M],
    claims=[
        C("지역 경제 활성화, 시민 문화 여가공간 창출을 목표로 추진 중인 야시장", None, None, ["small-merchants", "culture-tourism"], "statement"),
        C("먹거리, 볼거리, 즐길거리가 어우러지는 복합문화형 야시장이다", None, None, ["culture-tourism", "small-merchants"], "statement"),
        C("구미의 대표적인 랜드마크로 자리매김할 것으로 기대를 모은다", None, None, ["culture-tourism"], "statement"),
        C("작년보다 더욱 풍성한 문화 콘텐츠를 준비했다", None, None, ["culture-tourism"], "statement"),
        C("전통시장과 콘텐츠 경쟁력을 높이고 지역 상권에 새로운 활력을 불어넣는 전환점이 될 것", M, None, ["small-merchants", "culture-tourism"], "statement"),
        C("대경선 개통 등 구미의 광역 경제권 확대와 연계해 관광객 유입 효과도 기대된다", M, None, ["culture-tourism"], "statement"),
        C("오는 25일부터 5월 17일까지 매주 금·토요일 구미새마을중앙시장에서 운영된다", None, None, ["small-merchants", "culture-tourism"], "plan"),
        C("총 15일간 시민과 관광객에게 풍성한 야간문화와 다양한 먹거리를 제공한다", None, None, ["culture-tourism", "small-merchants"], "plan"),
    ],
    not_claims=["작년보다 풍성한 문화 콘텐츠 매주 금·토 구미새마을중앙시장", "개장을 앞두고 최종 보고회를 열었다",
                "주메뉴 바로가기 본문 바로가기"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-v/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
