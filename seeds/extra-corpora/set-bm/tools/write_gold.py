"""Writes set-bm gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# bm-01 창원 스마트도시계획 (undated text; URL id 2019-10-07)
H, D = "heo-seong-mu", None
G["bm-01-wowtv.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김해연", outlet="한국경제", jurisdiction="48120"),
    officials=[H],
    claims=[
        C("‘창원형 스마트도시계획’ 수립을 연말까지 완료한다고 7일 발표했다", None, D, ["smart-city"], "plan"),
        C("이 계획은 스마트도시 조성 및 산업진흥 등에 관한 법률에 근거한 것으로", None, D, ["smart-city"], "statement"),
        C("스마트도시 구축 목표를 해양친화도시, 공유경제도시, 창조적 상생도시, 친환경 에너지도시로 잡았다", None, D, ["smart-city"], "plan"),
        C("시 전역에 폐쇄회로TV(CCTV) 방범망을 구축하고 교통 신호제어 서비스를 도입할 계획이다", None, D, ["smart-city", "disaster-safety"], "plan"),
        C("마산해양신도시(조감도)를 최첨단 스마트도시 테스트베드로 조성해", None, D, ["smart-city", "investment-attraction"], "plan"),
        C("드론(무인항공기)을 활용한 해상안전시스템과 해양레저 서비스 등을 선보인다", None, D, ["smart-city", "culture-tourism", "disaster-safety"], "plan"),
        C("미세먼지 프리존과 같은 친환경 공간도 마련하기로 했다", None, D, ["smart-city", "fine-dust"], "plan"),
        C("공유경제를 실현하는 기업자원공유 서비스도 도입한다", None, D, ["smart-city"], "plan"),
        C("지난해부터 ‘스마트도시 추진단’을 구성해 운영해왔다", None, D, ["smart-city"], "statement"),
        C("창원시 스마트도시계획은 ‘Smart 창원, 도시를 잇다’라는 슬로건 아래", H, D, ["smart-city"], "statement"),
        C("시민 모두가 행복한 미래도시 창원의 모습을 계획에 담아내도록 할 것", H, D, ["smart-city"], "plan"),
    ],
    not_claims=["창원=김해연 기자 haykim@hankyung.com"],
)

# bm-02 기장군 원안위 이전 요구 (승인 2020-11-10 14:36; quotes 10일)
O, D = "oh-gyu-seok", "2020-11-10"
G["bm-02-m-i.txt"] = dict(
    metadata=dict(headline="오규석 기장군수 \"원자력안전위원회는 기장군으로 이전해야 마땅\"",
                  published="2020-11-10T14:36+09:00", reporter="최인락", outlet="매일일보", jurisdiction="26710"),
    officials=[O],
    claims=[
        C("정부가 원자력안전위원회를 세종시나 대전시로 이전하는 방안을 추진 중이라는 소식에 기장군이 크게 반발하고 나섰다", None, D, ["decentralization"], "criticism"),
        C("원안위의 기장군 이전을 정부에 요구하기로 했다", None, D, ["decentralization"], "plan"),
        C("원자력안전위원회는 원자력발전소가 있는 원전소재 도시로 이전하는 것이 마땅하다", O, D, ["decentralization"], "plan"),
        C("원전불모지로 원자력안전위원회가 이전한다면 서울에 있는 것과 무엇이 다른지 정부에 묻고 싶다", O, D, ["decentralization"], "criticism"),
        C("기장군에 있어야 상시적인 안전 점검과 현장 확인이 가능하다는 논리다", O, D, ["decentralization", "disaster-safety"], "statement"),
        C("정부의 공공기관 지방이전 취지와 원칙에도 맞다", O, D, ["decentralization"], "statement"),
    ],
    not_claims=["원안위는 원전 소재지에 있어야 상시 안전 점검과 현장 확인 가능",
                "부지 무상 제공은 물론이고 모든 행정적 지원 아끼지 않을 것",
                "세계 최대 원전밀집지역이자 부산, 울산, 경남의 800만 주민이 인접해 살고 있는 인구밀집지역이다",
                "전력 생산이라는 대의명분을 위해 기장군민들이 각종 정신적, 재산적 피해를 감"],
)

# bm-03 부산 도시재생뉴딜 3곳 선정 (2020-11-03)
B, D = "byeon-seong-wan", "2020-11-03"
U = ["urban-regeneration"]
G["bm-03-sejongmedia.txt"] = dict(
    metadata=dict(headline="부산시, 관광 중심보다는 ‘거주민 삶의 질 제고’에 초점!", published="2020-11-03",
                  reporter="송기종", outlet=None, jurisdiction="26"),
    officials=[B],
    claims=[
        C("부산지역 3곳이 2020년 도시재생뉴딜 공모사업에 선정이 되었다", None, D, U, "achievement"),
        C("이번 공모 선정이 된 곳은 연제구 연산8해운대구", None, D, U, "statement"),
        C("지난해까지 1737억 원의 국비를 확보 및 특·광역시 중 가장 많은 도시재생뉴딜사업을 추진하고 있다", None, D, U, "achievement"),
        C("올해는 총사업비 811억 원(국비 250, 지방비 250, 민간사업 등 311억 원)이 투입될 예정이다", None, D, U, "plan"),
        C("노인 및 취약계층 돌봄을 위한 치유센터 운영 거점을 마련하고", None, D, U + ["welfare", "housing"], "plan"),
        C("도시재생산업박람회에서 대상과 최우수상을 동시에 얻는 쾌거를 이뤘다", None, D, U, "achievement"),
        C("영도구·서구·북구 등 3건이 국토부·도시재생 모범사례로 선정되는 등", None, D, U, "achievement"),
        C("창업·주거 등 복합 앵커시설을 조성하고 사생협력상가 등을 공급하고", B, D, U + ["startup-support", "housing"], "plan"),
    ],
    not_claims=["관광 중심보다는 ‘거주민 삶의 질 제고’에 초점!",
                "-부산시, 국토부‘2020년 도시재생 뉴딜사업’에 3곳 선정"],
)

# bm-04 진주시 인구정책 종합계획 최종보고회 (undated text; URL id 2020-11-17)
J, D = "jo-gyu-il", None
G["bm-04-kukinews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="쿠키뉴스", jurisdiction="48170"),
    officials=[J],
    claims=[
        C("결혼·임신·출산에 대한 경제적 부담 경감", None, D, ["childcare-birth", "youth-policy", "jobs", "welfare"], "plan"),
        C("에나! 올패키지 지원(결혼에서 출산까지), 365일 24시 시간제 보육사업 확대운영", None, D, ["childcare-birth", "youth-policy", "housing", "welfare"], "plan"),
        C("생애주기별로 시민들이 혜택을 볼 수 있는 정책으로 지속가능한 도시 진주로 만들겠다", J, D, ["welfare"], "plan"),
    ],
    not_claims=["'더 젊고 더 활기찬 서부경남 거점도시'라는 인구정책 비전아래",
                "나날이 심각해져가는 인구문제에 지속적인 관심을 가지고 공무원과 시민 모두가 힘을 합쳐야 할 때",
                "오는 2021년 진주시 인구시책에 반영하겠다"],
)

# bm-05 남해군수 신년사 (기사등록 2024-01-01 00:08; 1일 밝혔다)
N, D = "jang-chung-nam", "2024-01-01"
T = ["culture-tourism"]
G["bm-05-newsis.txt"] = dict(
    metadata=dict(headline="[신년사] 장충남 남해군수 \"대한민국 생태관광 중심지로 나아가야\"",
                  published="2024-01-01T00:08+09:00", reporter="차용현", outlet="뉴시스", jurisdiction="48840"),
    officials=[N],
    claims=[
        C("성장과 복지가 조화를 이루는 대한민국 생태관광의 중심지로 나아가야 한다", N, D, T, "plan"),
        C("그 효과를 극대화하기 위한 대규모 민자유치도 순조롭게 진행되고 있다", N, D, ["investment-attraction"], "achievement"),
        C("‘남부권 K-관광 휴양벨트 구축’방안을 발표하고 10년 간 3조 원을 투입한다", N, D, T, "statement"),
        C("해양치유와 웰니스 관광을 육성하기 방안이 포함돼 있다", N, D, T, "statement"),
        C("남해안 관광벨트 활성화를 위해 적극 나서기로 했고", N, D, T, "statement"),
        C("이 모든 정책적 흐름이 남해∼여수 해저터널 사업이 확정된 후, 잇따라 가시화되고 있다는 것", N, D, T, "statement"),
        C("남해안 관광벨트의 중심에 우리 남해가 있고", N, D, T, "achievement"),
    ],
    not_claims=["국가 차원의 정책적 방향도 우리 남해군에 좋은 기회가 되고 있다",
                "[남해=뉴시스] 장충남 남해군수.",
                "생태·치유의 기능을, 남해안이 보유하고 있기 때문에"],
)

# bm-06 경남지사 우주항공청 개청 담화문 (승인 2024-05-27 15:16; 27일)
P, D = "park-wan-su", "2024-05-27"
G["bm-06-gangsonews.txt"] = dict(
    metadata=dict(headline="[경상남도] \"글로벌 우주항공 수도 첫걸음\" 경남지사, 우주청 개청 담화문",
                  published="2024-05-27T15:16+09:00", reporter="김태우", outlet=None, jurisdiction="48"),
    officials=[P],
    claims=[
        C("관련 일자리 50만개를 창출해 세계 우주항공시장 점유율을 1%에서 10%까지 확대하겠다는", P, D, ["jobs"], "target"),
        C("산학연이 어우러지는 민간 주도 우주항공산업 생태계 조성", P, D, ["research-development"], "plan"),
    ],
    not_claims=["오늘은 330만 도민이 그토록 염원한 우주항공청이 개청한 역사적인 날",
                "우주항공청이 경남에 본청을 두는 유일한 중앙정부 기관인 점에도 의미를 부여했다",
                "그는 우주경제 비전을 경남이 실현하겠다는 청사진을 제시했다",
                "새로운 성장동력 확보가 가능해졌다",
                "사천시에 우주항공청이 개청한 데 대해 담화문을 발표했다"],
)

# bm-07 해운대구청장 인터뷰 (undated text; URL id 2022-08-08)
K, D = "kim-seong-su", None
G["bm-07-donga.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="동아일보", jurisdiction="26350"),
    officials=[K],
    claims=[
        C("해운대해수욕장을 다양한 체험을 할 수 있는 ‘즐기는 해변’으로 만들어", K, D, ["culture-tourism"], "plan"),
        C("도시첨단산업단지로 조성하는 ‘제2 센텀지구’ 사업이 잘 추진되도록 각종 지원을 하겠다", K, D, ["investment-attraction"], "plan"),
        C("해운대구 청사가 2024년 재송동으로 이전되면", K, D, ["city-hall"], "statement"),
        C("민간에 매각하지 않고 주민들이 문화와 체육활동을 즐길 수 있는 공공시설 조성을 검토 중", K, D, ["city-hall", "culture-tourism"], "plan"),
    ],
    not_claims=["배후지역도 획기적으로 개발해 침체된 지역 경제 활력 되찾을 것",
                "교통문제 해소-여성청소년 안전 등 경찰과 협업해 시너지효과 내겠다",
                "상대적으로 낙후됐던 반송·반여동의 발전을 위해 다양한 지원을 아끼지 않겠다",
                "부산 해운대구의 동서균형 발전의 토대를 반드시 구축하겠습니다",
                "80층이 넘는 초고층 아파트와 고급호텔, 대형 백화점 등이 밀집해 있다",
                "‘영화의 전당’과 ‘벡스코’ 등의 전시·문화시설도 조성돼 있다",
                "제2 센텀지구의 배후지역도 획기적으로 개발해 침체된 이 지역에 활력을 되찾겠다"],
)

# bm-08 김해 거북이집 2호 개소 (승인 2021-04-12 16:38; 12일)
D = "2021-04-12"
HY = ["housing", "youth-policy"]
G["bm-08-kpenews.txt"] = dict(
    metadata=dict(headline="김해에 경남 두 번째 청년공유주택 문 열어..삼방동 거북이집 2호 개소식",
                  published="2021-04-12T16:38+09:00", reporter="박수경", outlet="한국정경신문", jurisdiction="48250"),
    officials=[],
    claims=[
        C("삼방동 거북이집 2호(민간참여형 청년주택) 개소식을 개최했다고 밝혔다", None, D, HY, "achievement"),
        C("임대료를 주변 시세의 반값에 제공하는 공유주택(셰어하우스)이다", None, D, HY, "statement"),
        C("거북이집 1호는 지난해 창원에서 문을 열었다", None, D, HY, "achievement"),
        C("김해 거북이집에는 총 10명의 청년이 입주하게 된다", None, D, HY, "statement"),
        C("지금까지 8명이 입주했으며", None, D, HY, "achievement"),
        C("11월말 리모델링 설계용역에 이어 올해 3월 공사를 완료했다", None, D, HY, "achievement"),
        C("청년 미래를 함께 응원하기 위해 청년주택을 계속 만들어가겠다", None, D, HY, "plan", name="강덕출"),
    ],
    not_claims=["김해시에 경남 두 번째 거북이집이 개소했다. [자료=김해시]",
                "현판 제막 후 주택 내부를 살펴보고 청년주택 옥상에서 대화의 시간을 가졌다",
                "청년다운 열정과 패기를 잃지 말라",
                "상업적 용도로 무단 전제, 재배포를 금지합니다"],
)

# bm-09 부산시 2026 청년정책 (입력 2026-02-10 09:19; 행사 10일)
D = "2026-02-10"
G["bm-09-fnnews.txt"] = dict(
    metadata=dict(headline="부산시, 올해 청년정책 발표...일자리·주거안정 4622억 투입",
                  published="2026-02-10T09:19+09:00", reporter="권병석", outlet="파이낸셜뉴스", jurisdiction="26"),
    officials=["park-heong-joon", "kang-seong-tae"],
    claims=[
        C("부산시가 올해 청년 취업과 주거 안정을 위해 4600여억원의 사업비를 들여 총 104개 사업을 진행한다", None, D,
          ["youth-policy", "jobs", "housing"], "plan"),
        C("올해 청년G대 추진계획은 일자리 지원 고도화, 주거·문화 지원 확대, 참여형 정책 강화 등", None, D,
          ["youth-policy", "jobs", "housing", "culture-tourism", "citizen-participation"], "plan"),
        C("채용 연계형 일 경험 지원을 중심으로 사업을 개편해 질적인 확장에 중점을 뒀다고 시는 설명했다", None, D,
          ["youth-policy", "jobs"], "statement"),
        C("청년이 선호하는 '청끌기업'을 120개로 확대하고", None, D, ["youth-policy", "jobs"], "target"),
        C("정규직 전환을 조건으로 하는 '잡(JOB) 매칭 인턴 사업'과", None, D, ["youth-policy", "jobs"], "plan"),
    ],
    not_claims=["청년 소통 행사 '청년지대 톡 투유'를 연다고 밝혔다",
                "청년이 직접 참여하는 정책을 확산하기 위해 마련됐다",
                "시장과 청년이 자유롭게 대화하는 오픈 토크로 진행된다",
                "부산시청 전경. 부산시 제공"],
)


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
               "claims": g["claims"], "not_claims": g["not_claims"]}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")


if __name__ == "__main__":
    main()
