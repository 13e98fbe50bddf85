"""Write set-lc gold files (hand annotation). C(quote, speaker, date, policies, kind, speaker_name=None)."""
import json, pathlib
G = pathlib.Path(__file__).resolve().parent.parent / "gold"

def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

GOLD = {}
D = "2019-12-18"; P = "park-won-soon"
GOLD["lc-01-kbs.txt"] = dict(
    metadata=dict(headline="박원순 “15년 기준 주거 빈곤 청년 29.6%…청년수당 1천억 원 배정”", published="2019-12-18T10:30+09:00",
                  reporter=None, outlet=None, jurisdiction="11"),
    officials=[P],
    claims=[
        C("내년에 청년수당 1천억 원을 배정한다고 밝혔습니다", P, D, ["youth-policy", "housing"], "plan"),
        C("청년수당 1천억 원을 포함해 5천억 원의 예산을 편성했다", P, D, ["youth-policy"], "achievement"),
        C("중위소득 120% 이하 청년 1인 가구에 월 20만 원의 월세 지원, 신혼부부 주거지원을 2만 5천 가구로 확대하기로 했다", P, D, ["youth-policy", "housing"], "plan"),
        C("서울시의 청년 정책만으로는 청년 세대가 처한 구조적 문제를 해결할 수 없다", P, D, ["youth-policy"], "statement"),
        C("청년 정책에서 부동산 문제를 집중적으로 얘기해야 한다", P, D, ["youth-policy", "housing"], "plan"),
    ],
    not_claims=["15년 기준 주거 빈곤 청년 29.6%", "지하방·옥탑방·고시원 등 지옥고로 밀려나고 있다",
                "내일의 희망을 말하기엔 청년들의 오늘이 너무 참담하다", "토론회를 공동으로 개최했습니다"])

D = "2018-10-01"
GOLD["lc-02-slnews.txt"] = dict(
    metadata=dict(headline="강동구, 고덕강일지구 신혼희망타운 건립에 우려 표명", published="2018-10-01T13:08+09:00",
                  reporter="강다영", outlet=None, jurisdiction="11740"),
    officials=["lee-jeong-hun"],
    claims=[
        C("강동구(구청장 이정훈)가 고덕강일지구에 신혼희망타운을 건립하겠다는 국토교통부의 일방적 발표에 깊은 유감을 표했다", None, D, ["housing"], "criticism"),
        C("한 지역에 공공주택이 집중되면 지역 간 균형발전이 어려워진다며 깊은 우려를 나타낸 것이다", None, D, ["housing"], "criticism"),
        C("사업추진에 적극 협조한 바 있다", None, D, ["housing"], "achievement"),
        C("공공주택사업의 모범사례로 손꼽히고 있다", None, D, ["housing"], "achievement"),
        C("사업을 함께 추진하는 동반자로서의 신뢰관계에 금이 가게 됐다", None, D, ["housing"], "criticism"),
        C("구는 SH공사 등 관계기관에 국토교통부의 발표 내용을 문의한", None, D, ["housing"], "statement"),
    ],
    not_claims=["해당 지자체인 강동구와 협의 없는 국토교통부의 일방적 발표에 유감",
                "강일동 일대에는 이미 1만 세대 넘는 공공주택단지 조성돼있어",
                "서민 주거안정이라는 대의적 취지에는 공감하나 특정지역에 공공주택이 밀집하는 것은 바람직하지 않아"])

L = "lee-chang-u"
GOLD["lc-03-bbsi.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="BBS NEWS", jurisdiction="11590"),
    officials=[L],
    claims=[
        C("내년에는 반드시 종합행정타운을 착공하겠다고 말했습니다", L, None, ["city-hall"], "plan"),
        C("장승배기 종합행정타운은 동작구의 도시계획을 완전히 바꾸는 미래 도시 사업", L, None, ["city-hall"], "statement"),
        C("올해 내에 신청사 예정부지 매입을 위한 토지 건물 등의 감정평가를 실시하고", L, None, ["city-hall"], "plan"),
        C("동작구형 임대주택사업 등에 굉장히 노력하고 있다", L, None, ["housing"], "statement"),
    ],
    not_claims=["주민들에게 더 많은 선물을 드려야한다는 중압감이 크다", "모든 직원이 하나의 생명체처럼 유기적으로 연결된 조직이 되어",
                "과거 저평가되어 있다가 어느 정도 정상적 평가가 이뤄지고 있다"])

D = "2022-03-16"; P = "park-nam-chun"
GOLD["lc-04-incheonin.txt"] = dict(
    metadata=dict(headline="\"영종에 서울대병원 분원 유치 가능\"... 자신감이야, 근자감이야?", published="2022-03-16",
                  reporter="윤종환", outlet=None, jurisdiction="28"),
    officials=[P],
    claims=[
        C("영종국제도시에 서울대병원 분원을 유치하는 가능하다고 자신감을 표시했다", P, D, ["public-health"], "statement"),
        C("왜 그렇게 생각하는지 이해하기 어렵다", P, D, ["public-health"], "statement"),
        C("노력하면 안될 게 없다", P, D, ["public-health"], "statement"),
        C("교육부총리를 찾아 설득하고 있고, 배준영 의원도 서울대병원 관계자들과 수시로 만나 부탁하고 있다", P, D, ["public-health"], "statement"),
        C("윤석열 대통령 당선인의 인천지역 공약에도 국립대학병원 유치가 포함돼 있다", P, D, ["public-health"], "statement"),
        C("서울대병원 영종 분원 유치가 교육부의 난색으로 속도가 나지 않고 있는 데 따른 것이다", None, D, ["public-health"], "statement"),
        C("중복 투자에 대한 우려를 표시한 것으로 알려져 있다", None, D, ["public-health"], "criticism"),
        C("자신감의 근거가 윤 당선인의 공약 하나 뿐아니냐는 지적이 나오고 있다", None, D, ["public-health"], "criticism"),
        C("실질적으로 제가 배 의원에게 수시로 부탁하고", P, D, ["public-health"], "achievement"),
    ],
    not_claims=["인천시의회 시정질의 답변서 자신감 '뿜뿜'", "근거 없는 자신감’ 지적 나와"])

D = "2022-12-21"; M = "mun-gyeong-bok"
GOLD["lc-05-fnnews.txt"] = dict(
    metadata=dict(headline="인천 옹진군, 섬 지역 오전 출항 여객선 운항 추진", published="2022-12-21T16:26+09:00",
                  reporter="한갑수", outlet="파이낸셜뉴스", jurisdiction="28720"),
    officials=[M],
    claims=[
        C("1일 생활권 마련을 위해 여객선의 섬 지역 오전 출항을 추진한다", None, D, ["public-transit"], "plan"),
        C("운항 타당성 검토 연구용역’ 최종보고회를 개최했다", None, D, ["public-transit"], "achievement"),
        C("오전에 출발하는 여객선 도입방안 및 운영수지에 대한 연구용역을 실시해 왔다", None, D, ["public-transit"], "statement"),
        C("당일에도 섬으로 돌아올 수 있는 1일 생활권이 확보돼 주민의 삶의 질이 높아질 것으로 기대하고 있다", None, D, ["public-transit"], "statement"),
        C("섬 출항 오전 배 도입 사업이 조속히 추진될 수 있도록 하겠다", M, D, ["public-transit"], "plan"),
    ],
    not_claims=["배가 없어 1박 2일 또는 2박 3일이 걸렸다", "백령∼인천항로(코리아프린세스호)가 유일하다"])

D = "2024-08-19"; K = "kim-deok-hyeon"
GOLD["lc-06-donga.txt"] = dict(
    metadata=dict(headline="“귀농 꿈꾼다면 연천에서 한 달 살아보세요”", published="2024-08-20T03:00+09:00",
                  reporter=None, outlet="동아일보", jurisdiction="41800"),
    officials=[K],
    claims=[
        C("프로그램 참가자를 모집한다고 19일 밝혔다", None, D, ["agriculture"], "statement"),
        C("귀농·귀촌을 미리 준비하도록 지원하는 프로그램이다", None, D, ["agriculture"], "statement"),
        C("1인당 155만 원을 지원한다", None, D, ["agriculture", "culture-tourism"], "statement"),
        C("귀농·귀촌을 희망하는 사람이면 누구나 신청할 수 있다", None, D, ["agriculture"], "statement"),
        C("9∼11월 매달 14명을 선정하며", None, D, ["agriculture"], "statement"),
        C("한 달간 지내며 농촌 생활을 직접 체험하게 된다", None, D, ["agriculture"], "statement"),
        C("농가민박이나 숙박시설에서 거주할 수 있다", None, D, ["agriculture"], "statement"),
        C("귀농·귀촌의 실패를 사전 점검하는 기회가 될 것", K, D, ["agriculture"], "statement"),
    ],
    not_claims=["귀촌 준비 프로그램 참가자 모집", "숙박비 등 1인당 155만 원 지원", "부부는 한 팀으로 간주한다", "내려받아서 제출하면 된다"])

D = "2019-11-25"
GOLD["lc-07-shnews.txt"] = dict(
    metadata=dict(headline="시흥시 한시기구 ‘스마트시티사업단’ 존치되나", published="2019-11-25T15:42+09:00",
                  reporter="이희연", outlet=None, jurisdiction="41390"),
    officials=[],
    claims=[
        C("한시기구 존속을 전제로 종합적으로 검토하고 승인기관인 경기도와도 적극적인 협의를 이어갈 것이라고 밝혔다", None, D, ["smart-city"], "plan"),
        C("스마트 시티사업단이 반드시 존속되어야 한다", None, D, ["smart-city"], "plan", "이상섭"),
        C("2018년 10월 스마트시티사업단으로 개편해 내년 2월 21일이 한시기구 존치 만료이다", None, D, ["smart-city"], "statement"),
    ],
    not_claims=["존속 전제로 종합 검토, 경기도와 적극 협의", "경기도지사의 승인을 얻어 설치・운영 할 수 있다",
                "한시기구 존속기한 연장은 사업추진의 지연 등 불가피한 사유가 있는 경우를"])

J = "jang-deok-cheon"
GOLD["lc-08-womennews.txt"] = dict(
    metadata=dict(headline="부천시 소사치매안심센터 개소", published=None, reporter=None, outlet="여성신문", jurisdiction="41190"),
    officials=[J],
    claims=[
        C("부천시 소사치매안심센터가 문을 열었다", None, None, ["dementia-care"], "achievement"),
        C("사회복지센터에 연면적 522㎡ 규모로 조성됐다", None, None, ["dementia-care"], "statement"),
        C("치매상담실과 검진실, 프로그램실, 가족카페 등을 갖추고", None, None, ["dementia-care"], "statement"),
        C("체계적인 치매통합관리사업을 수행한다", None, None, ["dementia-care"], "statement"),
        C("치매안심센터 3곳을 정식 개소한다는 계획이다", None, None, ["dementia-care"], "target"),
        C("우선 개소 치매안심센터를 운영하고 있다", None, None, ["dementia-care"], "statement"),
        C("올해는 치매국가책임제의 원년으로 부천시는 원미, 소사, 오정권역별 총 3개소의 치매안심센터를 설치한다", J, None, ["dementia-care"], "target"),
        C("치매안심마을을 조성해 치매로부터 자유로운 부천시가 되도록 최선을 다하겠다", J, None, ["dementia-care"], "plan"),
    ],
    not_claims=["치매통합관리서비스 제공", "상담실·진료실·카페 갖춰", "개소식 참석자들이 테이프커팅을 하고 있다"])

GOLD["lc-09-sedaily.txt"] = dict(
    metadata=dict(headline="경기도, 도시재생 10곳 추진…뉴딜사업비 500억 확보", published=None, reporter="윤종열", outlet="서울경제", jurisdiction="41"),
    officials=[],
    claims=[
        C("도시재생 뉴딜사업에 국비 500억원을 배정받았다고 26일 밝혔다", None, None, ["urban-regeneration"], "achievement"),
        C("모두 6개소를 선정할 계획이다", None, None, ["urban-regeneration"], "target"),
        C("도시재생 모델은 사업지 면적 규모별로", None, None, ["urban-regeneration"], "statement"),
        C("모두 833억원을 투입, 대상지별로 3∼6년 동안 도시재생사업을 벌이게 된다", None, None, ["urban-regeneration"], "plan"),
        C("4곳 이상 선정을 목표로 도내 사업지 9곳을 추천할 예정이다", None, None, ["urban-regeneration"], "target"),
        C("올해 10곳 이상의 도시재생 사업지구를 선정할 계힉이다", None, None, ["urban-regeneration"], "target"),
        C("무너진 지역공동체를 회복하고 일자리를 창출하는 사업", None, None, ["urban-regeneration", "jobs"], "statement", "이종구"),
        C("경기도 지역이 도시재생 뉴딜사업지구로 많이 선정될 수 있도록 노력하겠다", None, None, ["urban-regeneration"], "plan", "이종구"),
    ],
    not_claims=[])

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    for name, g in GOLD.items():
        out = {"article": name, **g}
        (G / (name + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
