"""Writes set-pk2 gold files (second, independent hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "gold"


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)


G = {}

# pk-01 부산 탄소중립 녹색성장 기본계획 최종보고회 (입력 2024-03-26 17:24; 보고회 26일 = same day)
D = "2024-03-26"
G["pk-01-sportsdonga.txt"] = dict(
    metadata=M("부산시 ‘제1차 탄소중립 녹색성장 기본계획 최종보고회’ 개최", "2024-03-26T17:24:00+09:00", None, None, "26"),
    officials=["park-heong-joon"],
    claims=[
        C("시의 관리권한에 속하는 온실가스 배출량을 줄이기 위해 마련됐다", None, D, ["climate-carbon"], "statement"),
        C("온실가스 배출량을 2030년까지 지난 2018년 대비 45% 감축하는 것을 목표로 한다", None, D, ["climate-carbon"], "target"),
        C("‘부산 특화 탄소중립 정책’이 포함돼 시가 저탄소 생태계를 선점하고", None, D, ["climate-carbon"], "statement"),
    ],
    not_claims=[
        "부산시 ‘제1차 탄소중립 녹색성장 기본계획 최종보고회’ 개최",
        "4월 2050탄소중립녹색성장위원회 심의로 확정",
        "박형준 시장이 발언하고 있다. 사진제공|부산시",
        "최종보고회’를 개최했다고 밝혔다",
        "위원회 위원 등 50여명이 참석했다",
        "내실 있는 기본계획을 수립하기 위해 마련됐다",
    ],
)

# pk-02 기장군 오규석 인터뷰 (입력 2022-02-18 03:00; interview '최근', no day -> publication day)
D = "2022-02-18"
G["pk-02-donga.txt"] = dict(
    metadata=M("현장서 발로 뛴 15년… 군민 목소리 들으면 보약 먹은 듯 힘이나", "2022-02-18T03:00+09:00", None, "동아일보", "26710"),
    officials=["oh-gyu-seok"],
    claims=[
        C("동남권 방사선 의·과학 일반산업단지와 야구 테마파크 및 한국야구 명예의 전당", None, D,
          ["medical-industry", "culture-tourism"], "achievement"),
        C("일광천 연어 테마길 등을 완공했거나 조성 중이다", None, D, ["culture-tourism", "education"], "achievement"),
    ],
    not_claims=[
        "야간 민원실 열고 주민 의견 경청… 서명운동 벌여 도시철도 노선 유치",
        "복지에도 힘써 전국서 최우수 평가",
        "이 중 오시리아 관광단지를 포함해 가장 면적이 넓은 기장군은",
        "주민들의 목소리가 보약처럼 군정을 이끌어 가는 데 엄청난 힘이 됐다",
        "직접 현장을 찾아 주민에게 필요한 점을 고민했던 게",
        "긴 재임 기간만큼 성과도 상당하다",
        "국비 확보를 위해 쉼 없이 뛰어다닌",
    ],
)

# pk-03 서병수 국제신문 인터뷰 (Daum cafe repost, 작성시간 15.02.14; interview 지난 3일 -> 2015-02-03)
S, D = "suh-byung-soo", "2015-02-03"
G["pk-03-daumcafe.txt"] = dict(
    metadata=M("서병수 부산시장 \"일 경험 공유하는 청년센터 설치…주거 보증금 펀드는 즉시 검토\"", "2015-02-14", None, "국제신문", "26"),
    officials=[S],
    claims=[
        C("그들을 더 많이 만나 고민을 듣겠다", S, D, ["youth-policy"], "plan"),
        C("일 경험을 나누는 공간이 필요하다는 국제신문의 제안에 공감한다", S, D, ["youth-policy"], "plan"),
        C("전통시장의 빈점포나 산복도로 빈집이 청년 창업의 거점이 될 수 있도록 검토하겠다", S, D,
          ["small-merchants", "urban-regeneration", "startup-support", "youth-policy"], "plan"),
        C("부산시의 모든 정책의 초점을 청년에 두겠다", S, D, ["youth-policy"], "plan"),
    ],
    not_claims=[
        "서병수 시장, 청년정책 바꾼다",
        "전통시장을 창업 전진기지로",
        "인재 발굴 프로젝트 곧 착수",
        "청년들이 인생의 가장 기본적인 행복을 포기하는 일이 없어야 한다",
        "부산시가 '청년센터' 육성을 위해 벤치마킹하게 될 서울청년일자리 허브",
        "국제신문이 청년 500명을 대상으로 면접조사를 했더니",
        "결혼·연애·출산의 포기는 개인의 문제를 넘어 인구 감소와 경기 침체로 연결된다",
        "청년이 없으면 부산의 미래도 없다",
    ],
)

# pk-04 권영진 정례조회 미래형 자동차 (등록일 2017-02-02 02:01; 정례조회 1일 -> 2017-02-01)
K, E, D = "kwon-young-jin", "2017-02-01", "2017-02-02"
G["pk-04-kbmaeil.txt"] = dict(
    metadata=M("미래형 자동차로 대구 미래 열자", "2017-02-02T02:01+09:00", "이곤영", None, "27"),
    officials=[K],
    claims=[
        C("대구를 미래형 자동차 선도도시로 육성하겠다는 청사진을 제시했다", K, E, ["future-vehicles"], "plan"),
        C("미래형자동차 시대에 대구가 선도적 역할을 할 수 있도록 대구시와 중앙정부, 연구기관, 기업 등이 힘을 모아야 한다", K, E,
          ["future-vehicles"], "plan"),
        C("대구의 전기상용차가 전국을 누비고 세계로 수출될 수 있도록 해야 한다", K, E, ["future-vehicles"], "plan"),
        C("바로 그 시작이 1t 전기상용차 생산", K, E, ["future-vehicles"], "plan"),
        C("미래형자동차 육성을 위해 르노-대동공업 컨소시엄으로 전기차 1t급 생산을 추진하고 있으며", None, D,
          ["future-vehicles"], "statement"),
        C("충전기를 2030년까지 7천 기 설치할 계획이다", None, D, ["future-vehicles"], "target"),
    ],
    not_claims=[
        "권영진 시장 청사진 제시",
        "대구는 70~80년대 지역의 원단, 섬유 등 유망산업에만 너무 치중해 지금의 어려움을 초래했다",
        "앞으로 세계자동차 시장은 친환경에너지, 편안함과 안전의 중요성으로 전기자동차와 자율형자동차로 갈 수밖에 없다",
        "중국은 2020년 전기차 구매 의무화(30%)를 진행하고 있다",
        "자율주행차량시장은 2025년 이후 자율주행 탑재 차량의 급성장을 예고하고 있다",
    ],
)

# pk-05 KBS 대구 군위 스마트 농업밸리 (no date in the text -> published and all claim dates null)
JY, N = "kim-jin-yeol", None
AG4 = ["agriculture", "fourth-industrial-revolution", "robot-industry"]
G["pk-05-kbs.txt"] = dict(
    metadata=M("첨단 농산업도시 군위…스마트 농업밸리 조성", None, "박준형", "KBS", "27720"),
    officials=[JY],
    claims=[
        C("대구경북신공항이 들어서는 대구 군위군이 첨단 농산업도시로 변화를 시도하고 있습니다", None, N, ["agriculture"], "statement"),
        C("스마트 농업밸리가 조성되는데 전통 농업을 혁신하는 거점이 될 전망입니다", None, N, AG4, "plan"),
        C("군위군에는 내년부터 5년간 4천4백억 원이 투입돼", None, N, AG4, "plan"),
        C("지역을 5개 권역으로 나눠 고부가가치의 농산물을 생산하고 신공항을 활용해 해외 수출과 연계합니다", None, N, ["agriculture"], "plan"),
        C("농생명 교육기관을 세워 해외인력을 교육하는 등 농촌 인력 부족 문제도 해결해 나갈 계획입니다", None, N,
          ["agriculture", "education"], "plan"),
        C("대구의 ABB기술과 군위군의 농업기술을 합치는 겁니다", None, N, ["agriculture", "fourth-industrial-revolution"],
          "statement", "이종화"),
        C("세계최고의 농업도시가 될 수 있도록 대구시가 지원하겠습니다", None, N, ["agriculture"], "plan", "이종화"),
        C("첨단 농산업 생태계 구축을 위한 상생 협약도 체결했습니다", None, N, ["agriculture", "research-development"], "achievement"),
        C("K-농업의 첨단기계와 기술을 해외에 수출하고 진출하는 전략거점으로 군위가 발전되어 나갈 것입니다", JY, N, ["agriculture"], "plan"),
        C("전통 농업도시 군위군이 미래산업과 신공항을 기반으로 첨단 농산업도시로 거듭날 준비를 하고 있습니다", None, N,
          ["agriculture"], "statement"),
    ],
    not_claims=[
        "첨단 농산업도시 군위…스마트 농업밸리 조성",
        "자율주행 콤바인이 스스로 움직이며 벼 수확을 합니다",
        "과수원에서는 방제기가 사과나무 사이로 농약을 살포합니다",
        "농촌지역의 고령화와 인력부족을 해결하는 이른바 스마트 농업의 모습입니다",
    ],
)

# pk-06 울산MBC 서동욱 남구청장 대담 (입력 2025-06-19 21:51:42; interview day not given -> publication day)
SD, D = "seo-dong-uk", "2025-06-19"
CT = ["culture-tourism"]
G["pk-06-usmbc.txt"] = dict(
    metadata=M("[대담] 서동욱 남구청장에게 듣는다", "2025-06-19T21:51:42+09:00", "정인곤", None, "31140"),
    officials=[SD],
    claims=[
        C("울산고래축제까지 열리는 울산의 대표 관광지인데요", None, D, CT, "statement"),
        C("장생포를 남구를 넘어 우리나라 대표 관광지로 만들기 위해 다양한 정책들을 준비하고 있다고 합니다", None, D, CT, "plan"),
        C("올해는 축제기간도 3주로 늘리고 더 열심히 준비했는데요", SD, D, CT, "achievement"),
        C("다채로운 문화공연과 프로그램, 플리마켓도 확대했습니다", SD, D, CT, "achievement"),
        C("전 구간에 야간조명을 설치했고요", SD, D, CT, "achievement"),
        C("매주 토요일 밤 8시에는 ‘수국 불꽃쇼’도 펼쳐집니다", SD, D, CT, "statement"),
        C("수국 셔틀버스도 운영하니까요", SD, D, CT, "statement"),
        C("고래문화특구 누적 방문객이 1,400만 명을 돌파했는데요", SD, D, CT, "achievement"),
        C("주효했다고 생각되어집니다", SD, D, CT, "statement"),
        C("70년대 풍경을 재현한 고래문화마을은 중장년층과 MZ세대까지 인기를 끌고 있고요", SD, D, CT, "achievement"),
    ],
    not_claims=[
        "[대담] 서동욱 남구청장에게 듣는다",
        "이번 축제의 의미와 지역 현안에 대해 이야기 나눠보겠습니다",
        "수국 페스티벌이 벌써 4회째를 맞이했습니다",
        "여러분께서도 꼭 장생포에 오셔서 즐기다 가셨으면 좋겠습니다",
        "고래문화특구의 볼거리를 추천해주신다면요",
    ],
)

# pk-07 한국경제 울산 수소도시 (no date in the text -> published and all claim dates null)
N = None
ET = ["energy-transition"]
G["pk-07-hankyung.txt"] = dict(
    metadata=M(None, None, "하인식", "한국경제", "31"),
    officials=[],
    claims=[
        C("‘수소도시 조성’ 공모사업에 선정됐다고 25일 밝혔다", None, N, ET, "achievement"),
        C("수소도시 조성사업이란 수소경제 활성화와 탄소중립 실현을 목적으로", None, N, ET + ["climate-carbon"], "statement"),
        C("4년간 295억원을 투입해 북구 및 울산미포국가산업단지 일원에 울산형 수소도시를 조성하기로 했다", None, N, ET, "plan"),
        C("북구는 지역 여건을 반영해 미래 수소 이동 수단을 확대하는 방식으로", None, N, ET + ["future-vehicles"], "plan"),
        C("수소 배관망을 구축하는 사업이 있다", None, N, ET, "statement"),
        C("수소충전소에 수소를 직공급하고, 국내 최초 수소 트랙터를 개발하기 위한 기술 실증 사업도 추진한다", None, N,
          ET + ["future-vehicles"], "plan"),
        C("장거리 화물 물류 노선에 3대를 실증 운행할 계획이다", None, N, ET + ["future-vehicles"], "plan"),
        C("수입차 위주 디젤 기반 대형 화물차를 국산 친환경 차량으로 전환하는 게 목표다", None, N, ["future-vehicles"], "plan"),
        C("수소 세계시장을 선점하려면 더 안전하게 수소 기반 시설을 관리해야 한다", None, N, ET + ["disaster-safety"], "plan"),
        C("안전성을 확인할 수 있는 실시간 감시 체계도 구축할 예정이다", None, N, ET + ["disaster-safety"], "plan"),
        C("2028년까지 사업을 마무리할 계획이다", None, N, ET, "plan"),
    ],
    not_claims=["울산=하인식 기자 hais@hankyung.com"],
)

# pk-08 중도일보 [새해설계] 정용래 유성구청장 (승인 2026-01-25 16:51; interview day not given -> publication day)
JR, D = "jeong-yong-rae", "2026-01-25"
FOUR = ["startup-support", "citizen-participation", "welfare", "culture-tourism"]
G["pk-08-joongdo.txt"] = dict(
    metadata=M("[새해설계] 정용래 유성구청장 “4대 혁신으로 글로벌 혁신도시 도약”", "2026-01-25T16:51+09:00", "김지윤", None, "30200"),
    officials=[JR],
    claims=[
        C("유성구가 창업과 마을, 돌봄, 문화를 축으로 한 4대 혁신을 구정 전반에 뿌리내리며 도시의 체질을 바꾸고 있다", None, D,
          FOUR, "statement"),
        C("창업·마을·돌봄·문화 4대 혁신이 현장에서 실제 작동하며 점진적인 변화를 만들어낸 의미 있는 한 해였다", JR, D,
          FOUR, "achievement"),
    ],
    not_claims=[
        "창업·마을·돌봄·문화 혁신 성과 가시화",
        "행정통합 논의 속 자치 경쟁력 강조",
        "민선 8기 들어 준비해 온 정책들이 실행 단계에 접어들며",
        "각종 대외 평가에서 성과를 인정받았다",
        "'유지경성'의 각오로 민선 8기 완성을 선언했다",
        "그동안 준비해 온 정책과 방향이 본격적인 실행 단계로 넘어가며",
        "행정의 중심을 구민의 일상과 삶의 질에 두고",
        "어궁동(어은동·궁동) 일대를 중심으로 조성해 온",
    ],
)

# pk-09 동아사이언스 문 대통령 대전 방문 (2019.01.24 00:00; event 24일 = same day)
H, D, MJ = "heo-tae-jeong", "2019-01-24", "문재인"
G["pk-09-dongascience.txt"] = dict(
    metadata=M("문 대통령 대전 방문…'4차 산업혁명 특별시 대전' 천명", "2019-01-24T00:00+09:00", None, None, "30"),
    officials=[H],
    claims=[
        C("허태정 시장의 1호 공약인 '4차 산업혁명 특별시 완성'에 힘을 실어줬다", None, D, ["fourth-industrial-revolution"], "statement"),
        C("우리 과학기술의 현재이며 미래인 대전에서 4차 산업혁명 시대를 향해 출발하고자 한다", None, D,
          ["fourth-industrial-revolution"], "plan", MJ),
        C("4차 산업혁명 특별시 대전에서 다시 우리 아이들이 미래 과학의 꿈을 키우길 희망한다", None, D,
          ["fourth-industrial-revolution"], "statement", MJ),
        C("대덕특구가 대전시 혁신성장의 거점이 될 수 있도록 필요한 지원을 아끼지 않겠다", None, D,
          ["research-development", "jobs", "startup-support"], "plan", MJ),
        C("도시철도 2호선 트램에 대한 예비타당성조사 면제를 국가균형발전 차원에서 적극적으로 검토하겠다", None, D,
          ["public-transit", "decentralization"], "plan", MJ),
        C("대덕특구를 4차 산업혁명 시대 글로벌 혁신 클러스터로 재창조하기 위한", H, D,
          ["research-development", "fourth-industrial-revolution"], "plan"),
    ],
    not_claims=[
        "문 대통령 대전 방문…'4차 산업혁명 특별시 대전' 천명",
        "문 대통령, '대전의 꿈, 4차산업혁명 특별시'",
        "행사에서 인사말을 하고 있다",
        "허태정 대전광역시장과 함께 입장하며 얘기를 나누고 있다",
    ],
)

for name, g in G.items():
    gold = {"article": name, **g}
    (OUT / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(G), "gold files,", sum(len(g["claims"]) for g in G.values()), "claims")
