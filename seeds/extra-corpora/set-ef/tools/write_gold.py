"""Write set-ef gold files (hand annotations)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
GOLD.mkdir(exist_ok=True)


def c(quote, policies, kind, speaker=None, date=None, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


CM = "choi-moon-soon"
F = {}

F["ef-01-kukinews.txt"] = dict(
    metadata=meta(None, None, "하중천", "쿠키뉴스", "42"),
    officials=[CM],
    claims=[
        c("강원형 탄소중립 이행전략’을 본격 추진한다", ["climate-carbon"], "plan"),
        c("소통과 협업을 통한 탄소중립을 기본 정책 방향으로 삼는다", ["climate-carbon"], "statement"),
        c("탄소중립이행책임관 지정으로 전문성을 높일 방침이다", ["climate-carbon"], "plan"),
        c("강원도 탄소중립 지원센터를 지정·운영해 도정 역량을 집중한다", ["climate-carbon"], "plan"),
        c("‘기후변화대응 복합센터’를 2023년 완공할 계획이다", ["climate-carbon"], "plan"),
        c("앞서 도는 탄소중립 사회의 토대를 마련하기 위해 전기·수소자동차 보급 확대",
          ["climate-carbon", "future-vehicles", "energy-transition"], "achievement"),
        c("제조업 중심 성장전략을 추진해왔던 우리나라에서 온실가스 감축은 큰 도전이다", ["climate-carbon"],
          "statement", CM),
        c("도가 탄소중립사업을 선도하기 위해 다른 지자체보다 앞서 특성화 이행전략을 수립·시행하는 것은 큰 의미가 있다",
          ["climate-carbon"], "achievement", CM),
    ],
    not_claims=["춘천=하중천 기자 ha33@kukinews.com"],
)

SG = "shin-gye-yong"
F["ef-02-ajunews.txt"] = dict(
    metadata=meta(None, None, None, "아주경제", "41290"),
    officials=[SG],
    claims=[
        c("시민참여단은 공개 모집을 통해 선발된 50명의 시민으로 구성됐다", ["citizen-participation", "smart-city"],
          "achievement"),
        c("시에서 제공하고 있는 스마트도시 서비스에 대한 개선 사항 도출 등에 대해 논의하게 된다고 신 시장은 귀띔했다",
          ["smart-city", "citizen-participation"], "plan", SG),
        c("이를 통해 시민들이 실생활에서 체감할 수 있는 스마트도시 서비스를 제공", ["smart-city"], "plan", SG),
    ],
    not_claims=[
        "스마트도시계획 리빙랩 시민참여단 발대식에 참석한 뒤, 이 같은 입장을 내비쳤다",
        "다양한 도시서비스를 제공하는 지속가능한 도시를 말한다",
        "해법을 주도적으로 찾아나가는 것을 일컫는다",
        "©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지",
    ],
)

CMS = "choi-mun-sun"
F["ef-03-hankookilbo.txt"] = dict(
    metadata=meta(None, None, None, None, "42790"),
    officials=[CMS],
    claims=[
        c("3년 만에 여는 산천어축제 홍보를 위해 전국을 누빈다", ["culture-tourism"], "plan"),
        c("전국 주요 고속도로 휴게소 107곳을 방문해 현장홍보를 진행한다고 15일 밝혔다", ["culture-tourism"], "plan"),
        c("축제가 중단된 지 3년 만에 홍보활동에 들어간다\"는 게 군의 얘기다", ["culture-tourism"], "statement"),
        c("주행거리만 약 5,000㎞가 넘는 강행군이다", ["culture-tourism"], "statement"),
        c("서해안과 호남선에서도 산천어축제를 알리는 행사를 마련했다", ["culture-tourism"], "plan"),
        c("휴게소마다 산천어축제 포스터를 부착하고 안내 리플릿, 기념품 등을 배부할 계획이다", ["culture-tourism"], "plan"),
        c("관광객 한 분을 더 유치하겠다는 생각으로 홍보에 나서고 있다", ["culture-tourism"], "statement", CMS),
        c("안전하고 신나는 축제를 통해 기다려 주신 관광객들의 성원에 보답할 것", ["culture-tourism"], "plan", CMS),
    ],
    not_claims=[],
)

LJ = "lee-jae-jun"
F["ef-04-kmib.txt"] = dict(
    metadata=meta(None, None, "강희청", "국민일보", "41110"),
    officials=[LJ],
    claims=[
        c("탄소중립 그린도시 사업은 수원시 모든 부서가 힘을 모아 추진해야 한다", ["climate-carbon"], "plan", LJ),
        c("‘탄소중립 선도도시’로 자리매김하려면 모든 부서의 협력이 필요하다", ["climate-carbon"], "plan", LJ),
        c("모든 부서가 탄소중립과 관련된 지침과 기준을 만들어야 한다", ["climate-carbon"], "plan", LJ),
        c("탄소중립 그린도시 사업의 핵심은 시민 참여", ["climate-carbon", "citizen-participation"], "statement", LJ),
        c("주민들이 탄소중립을 위한 역할을 찾고 실천할 수 있는 여건을 조성해야 한다", ["climate-carbon"], "plan", LJ),
        c("‘탄소중립 그린도시 사업’ 대상지로 선정돼 고색동 일원에서 사업을 추진하고 있다", ["climate-carbon"],
          "achievement"),
        c("탄소중립이 전국으로 확산될 수 있는 체계를 구축하는 것이다", ["climate-carbon"], "statement"),
        c("수원시는 ‘2030년까지 온실가스 40% 감축’을 목표로 설정했다", ["climate-carbon"], "target"),
        c("사업 대상지는 수인분당선 고색역을 중심으로 반경 2㎞(약 9㎢)다", ["climate-carbon"], "statement"),
        c("사업은 2026년 12월까지 진행될 예정이다", ["climate-carbon"], "plan"),
    ],
    not_claims=["수원=강희청 기자 kanghc@kmib.co.kr"],
)

LB = "lim-byeong-taek"
D5 = "2024-06-26"
F["ef-05-mt.txt"] = dict(
    metadata=meta("시흥시 시내버스 공공관리제 도입...노선 개편 추진", "2024-06-26T10:36+09:00", "권현수", "머니투데이",
                  "41390"),
    officials=[LB],
    claims=[
        c("다음달 1일부터 시내버스 공공관리제를 시행한다", ["public-transit"], "plan", None, D5),
        c("내용으로 하는 경기도형 버스 준공영제다", ["public-transit"], "statement", None, D5),
        c("8월1일부터 26번을 민영제에서 공공관리제로 전환한다", ["public-transit"], "plan", None, D5),
        c("신안산선 개통에 선제적으로 대응하기 위해 33번 노선을 개편한다", ["public-transit"], "plan", None, D5),
        c("기존 7대에서 5대를 증차 운행해 출근 시간대에는 10분", ["public-transit"], "target", None, D5),
        c("주요 거점과 시흥시청역이 연결된다", ["public-transit"], "statement", None, D5),
        c("거북섬까지 접근성이 향상될 것으로 시는 기대하고 있다", ["public-transit"], "statement", None, D5),
        c("임병택 시장이 33번 노선 개편 전 현장 사전점검을 추진할 예정이다", ["public-transit"], "plan", None, D5),
        c("2027년까지 단계적으로 시흥시 시내버스 전체 노선을 공공관리제로 전환할 계획", ["public-transit"], "plan", LB, D5),
        c("대중교통망 확충에 따른 노선 개편을 지속적으로 추진하겠다", ["public-transit"], "plan", LB, D5),
    ],
    not_claims=[
        "시흥시 시내버스 공공관리제 도입...노선 개편 추진",
        "시흥시청 전경./사진제공=시흥시시흥시청 전경./사진제공=시흥시",
    ],
)

D6 = "2017-11-27"
F["ef-06-donga.txt"] = dict(
    metadata=meta("올림픽 개최-KTX 개통… 강릉의 대변신", "2017-11-27T03:00+09:00", None, "동아일보", "42150"),
    officials=["choi-myeong-hui"],
    claims=[
        c("강릉시가 올림픽 개최와 고속철도(KTX) 개통에 힘입어 대변신을 꿈꾸고 있다", ["public-transit"], "statement",
          None, D6),
        c("올림픽 후에는 세계적 관광도시로의 비상을 기대하고 있다", ["culture-tourism"], "statement", None, D6),
        c("경기장과 대형 숙박시설 등이 들어섰고 교통망이 크게 개선됐다", ["culture-tourism", "public-transit"],
          "achievement", None, D6),
        c("경강선 KTX 개통은 교통혁명이라 불릴 정도의 획기적인 사건으로 받아들여지고 있다", ["public-transit"],
          "statement", None, D6),
        c("강릉도 수도권의 반나절 생활권 편입이 가능해진다", ["public-transit"], "statement", None, D6),
        c("관광객 증가로 인한 관광산업 활성화는 물론이고 수송 및 물류비용 절감으로 인한 기업 유치와 산업 발전이 기대된다",
          ["culture-tourism", "investment-attraction", "public-transit"], "statement", None, D6),
    ],
    not_claims=[
        "쇼트트랙 등 빙상경기 강릉서 열려… 올림픽 도시로 국제적 인지도 상승",
        "KTX 개통땐 서울서 1시간반 주파… 관광산업 활성화-기업유치 등 기대",
        "2018평창겨울올림픽과 경강선 KTX 홍보활동을 벌인 뒤 기념촬영을 하고 있다",
        "관중 동원 면에서는 평창보다 유리하다는 평가를 받고 있다",
        "그동안은 일반 열차로 6시간 가까이 걸렸고",
        "다음 달 개통 예정인 경강선 KTX의 시운전 모습",
    ],
)

D7 = "2019-04-22"
KY = "김용"
F["ef-07-edaily.txt"] = dict(
    metadata=meta("경기도, 29일부터 '대한민국 기본소득 박람회' 개최", "2019-04-22T11:45:55+09:00", "한정선", "이데일리", "41"),
    officials=[],
    claims=[
        c("경기도가 지역화폐로 추진하는 기본소득 정책에 대해 알릴 것", ["small-merchants"], "plan", None, D7, KY),
        c("청년에게는 연 100만원, 산모에게는 아이 1명당 50만원의 지역화폐를 지급하고 있다",
          ["small-merchants", "youth-policy", "childcare-birth"], "statement", None, D7),
        c("골목상권과 소상공인을 간접적으로 지원하는 효과까지 누리도록 했다",
          ["small-merchants", "youth-policy", "childcare-birth"], "achievement", None, D7, KY),
        c("지역화폐는 지역에서만 사용이 가능하기 때문에", ["small-merchants"], "statement", None, D7),
        c("기본소득은 포퓰리즘 성격의 복지정책이 아니라", ["welfare"], "statement", None, D7, KY),
    ],
    not_claims=[
        "경기도, 29일부터 '대한민국 기본소득 박람회' 개최",
        "지역화폐로 기본소득 지급해 지역경제활성화 도모",
        "수원컨벤션센터에서 ‘2019 대한민국 기본소득 박람회’를 연다",
        "‘기본소득 지방정부협의회’ 출범식도 가질 예정이다",
    ],
)

KJ = "kim-jin-tae"
F["ef-08-fnnews.txt"] = dict(
    metadata=meta("김진태 지사 “대한민국 반도체 시작은 강원도”...육성 의지 피력", "2026-01-28T17:16+09:00", "김기섭",
                  "파이낸셜뉴스", "51"),
    officials=[KJ],
    claims=[
        c("산학연 전문가들과의 협력을 강화하고 강원 반도체 산업의 경쟁력을 높이는 계기로 삼을 방침이다",
          ["research-development"], "plan", None, "2026-01-28"),
    ],
    not_claims=[
        "지역내 반도체 산업 육성 의지를 알린다",
        "2년 연속 개회식 현장을 직접 찾아 전문가들을 격려하며",
        "강원권 개최의 당위성을 피력해 왔으며 행정과 재정 지원을 대폭 확대해 왔다",
        "차기 대회인 제34회 대회까지 강원권 개최를 확정하며",
        "이번 대회를 통한 생산 유발 효과는 약 25억원에 달할 것으로 추산되며",
        "강원이 반도체 산업을 키워가고 있다는 것을 증명한다",
        "내년 대한민국의 반도체를 강원도에서 시작하겠다",
    ],
)

F["ef-09-hankyung.txt"] = dict(
    metadata=meta(None, None, "김광호", "연합뉴스", "41"),
    officials=[],
    claims=[
        c("현재 6%대인 청년실업률을 4%대로 낮추기로 했다고 1일 밝혔다", ["jobs", "youth-policy"], "target"),
        c("도서관 사서보조등 사회적 일자리 3천개를 만들기로 했다", ["jobs", "youth-policy"], "target"),
        c("청년층에 맞는 공공근로사업을 개발, 4천명을 취업시키고", ["jobs", "youth-policy"], "target"),
        c("2만5천여명의 취업을 알선하기로 했다", ["jobs", "youth-policy"], "target"),
        c("3천100명에게 직업훈련을 실시", ["jobs", "youth-policy", "startup-support", "research-development"], "target"),
        c("정부의 국가균형발전 정책에 따른 지역내 산업공동화에 적극 대응해 나가기로 했다", ["decentralization"], "plan"),
    ],
    not_claims=["(수원=연합뉴스) 김광호 기자 kwang@yna.co.kr"],
)

for name, g in F.items():
    doc = {"article": name, **g}
    (GOLD / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(F), "files;", sum(len(g["claims"]) for g in F.values()), "claims")
