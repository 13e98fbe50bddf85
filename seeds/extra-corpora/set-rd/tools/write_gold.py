"""Writes set-rd gold files (hand annotation, see GOLD_NOTES.md). Entries are added one article at a time."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}

# rd-01 경기도 김동연 열린기자간담회 (2023-03-27, 승인 16:16)
K, D = "kim-dong-yeon", "2023-03-27"
G["rd-01-newsyoung.txt"] = dict(
    metadata=dict(headline="경기도지사 김동연 “이 시대 시대공감은 청년, 청년\"", published="2023-03-27T16:16+09:00",
                  reporter="민희윤", outlet="뉴스영", jurisdiction="41"),
    officials=[K],
    claims=[
        C("지금 본인의 가장 큰 이슈는 청년들의 기회의 경기도, 일자리문제 해결이라고 밝혔다", K, D, ["jobs", "youth-policy"], "statement"),
        C("고민이었는데 바로 청년들의 기회 청년들의 일자리 였다", K, D, ["jobs", "youth-policy"], "statement"),
        C("일자리를 늘리려면 고용관행을 바꿔야 한다고 지적하며", K, D, ["jobs"], "plan"),
        C("노동의 유연화와 근로시간 단축이 필요한데 근로시간단축에 대한 건 아직 부족하다는 의견이다", K, D, ["labor-relations", "jobs"], "criticism"),
        C("연공서열제 임금체계 교체, 정규직 비정규직간에 장벽 무너뜨려야 한다고 강조했다", K, D, ["labor-relations"], "plan"),
        C("청년들의 일자리문제와 직결된 업무를 한러 간다고 이야기 했다", K, D, ["jobs", "youth-policy"], "plan"),
        C("취임이후 5조 외자유치 30개 외국기업과 투자진행중인 것을 언급하며", K, D, ["investment-attraction"], "achievement"),
        C("청년들에게 기회를 만들기 위한 목적으로 미국의 2개의 대학과 MOU체결을 할 것이라고도 밝혔다", K, D, ["youth-policy"], "plan"),
        C("100조이상 투자유치와 경제활성화 만전을 기한다고 포부를 밝히기도했다", K, D, ["investment-attraction"], "target"),
        C("급한 민생 기후변화 환경문제 현안이 많은데 정부 정부에서 발표한 기본계획을 미뤄버려 신재생에너지 현상황", K, D, ["climate-carbon", "energy-transition"], "criticism"),
    ],
    not_claims=["김 지사는 지난 3년간 칼럼을 썼다며 소회를 밝혔다", "이 시대 시대공감은 청년, 청년",
                "열린기자간담회에서 질문을 받고 있는 김동연 지사"],
)

# rd-02 수원 염태영 생태교통 미디어데이 (2013-08-28 15:51); 2010-2014 term missing from registry -> speaker null + name
Y, D = "yeom-tae-yeong", "2013-08-28"
G["rd-02-suwon.txt"] = dict(
    metadata=dict(headline="염시장 “생태교통, 어리석은 사람의 무모한 도전”", published="2013-08-28T15:51+09:00",
                  reporter=None, outlet=None, jurisdiction="41110"),
    officials=[Y],
    claims=[
        C("두 번째 중요한 취지는 이러한 행사를 계기로 낙후된 수원 원도심을 부활시키자는 것", None, D, ["urban-regeneration"], "statement", "염태영"),
        C("행궁동 리모델링, 차량 통행 제한 등 행사 주요 과제에 대해 끝까지 주민을 설득해 동의를 받는 과정이 어려웠다", None, D, ["urban-regeneration", "citizen-participation"], "statement", "염태영"),
        C("세계인이 주목하는 환경 행사에 주민 참여가 없으면 무슨 의미가 있겠냐", None, D, ["citizen-participation"], "statement", "염태영"),
    ],
    not_claims=["어리석은 사람의 무모한 도전으로 기록될 것", "세상에 선거로 선출되는 자치단체장이 주민들에게 차 없이 사는 불편을 감수하자고 말하는 사람은 없을 것",
                "석유고갈 사태에 어떻게 대처할 것인지 실제 상황을 통해 세계에 메시지를 던지기 위한 것",
                "한 달 '불편 체험'으로 인류 역사에 남을 가치 있는 기록을 남기게 된다",
                "첫째 취지는 지구 환경에 대한 미래 준비를 세계에 전하기 위한 것",
                "28일 방송사 미디어데이 '생태교통 수원2013' 관련 인터뷰 가져"],
)

# rd-03 파주시 국가균형발전위원회 현장 순회간담회 (2018-11-28, 입력 18:21)
D = "2018-11-28"
G["rd-03-pajusidae.txt"] = dict(
    metadata=dict(headline="파주시, 국가균형발전위원회와 지역 현안 논의", published="2018-11-28T18:21+09:00",
                  reporter=None, outlet="파주시대", jurisdiction="41480"),
    officials=["choi-jong-hwan", "son-bae-chan"],
    claims=[
        C("10가지 사항을 국가균형발전위원회에 건의했다", None, D, ["public-transit", "urban-regeneration", "culture-tourism"], "plan"),
        C("‘지하철 3호선 파주 연장조속 추진을 위한 예타 면제’ 서명부를 송재호 위원장에게 전달했다", None, D, ["public-transit"], "plan"),
    ],
    not_claims=["파주시 주요 현안 사항을 논의하기 위한 현장 순회 간담회를 개최했다", "접경지 균형발전 현장 순회간담회 실시",
                "힘찬 발걸음을 내딛을 준비가 돼있다", "국가균형발전위원회의 전폭적인 지지를 부탁했다",
                "숙원이 조속히 해결될 수 있도록 적극적인 지원과 노력을 아끼지 않겠다"],
)

# rd-04 가평 서태원 군수 인터뷰 (undated text: published and claim dates null)
S = "seo-tae-won"
G["rd-04-chosun.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="41820"),
    officials=[S],
    claims=[
        C("다양한 관광 콘텐츠를 개발하고 병원 유치 등을 통해 군민이 살기 좋은 지역으로 만들겠다", S, None, ["culture-tourism", "public-health"], "plan"),
        C("제대로 된 자족 시설이 없고 일자리가 부족한 게 인구 감소의 주요 원인이다", S, None, ["jobs"], "statement"),
        C("우선 병원 유치를 추진하겠다", S, None, ["public-health"], "plan"),
        C("지역에 종합병원이 없어 군민들이 큰 병원을 이용하려면", S, None, ["public-health"], "statement"),
        C("경기도의료원 가평병원 유치를 위해 추진단을 꾸렸고 군민 서명 운동을 진행하고 있다", S, None, ["public-health"], "achievement"),
        C("다양한 관광지를 개발하면 일자리를 창출할 수 있다", S, None, ["culture-tourism", "jobs"], "statement"),
    ],
    not_claims=["그만큼 관광객이 많이 찾는다는 뜻이다", "가평은 MT촌 등 관광지로 유명하지만 정작 주민들에게는 외면받고 있는 실정",
                "행정안전부가 2021년 가평을 인구 감소 지역으로 지정했다", "관광 활성화를 주요 정책으로 내세웠다",
                "지역 내 관광지에서 일하는 청년들이 거주지를 주변 도시에 둘 수밖에 없는 환경이다"],
)

# rd-05 옹진 조윤길 군수 신년 인터뷰 (2018-01-12, 제15면; no interview day -> publication day)
J, D = "jo-yun-gil", "2018-01-12"
G["rd-05-kyeonggi.txt"] = dict(
    metadata=dict(headline="[신년 인터뷰] 조윤길 옹진군수 “농·어업 집중 육성해 삶의 질 향상”", published="2018-01-12",
                  reporter="허현범", outlet=None, jurisdiction="28720"),
    officials=[J],
    claims=[
        C("의료, 교육, 식수, 문화, 복지 등의 수혜가 매우 낮고", J, D, ["public-health", "education", "water-supply", "culture-tourism", "welfare"], "statement"),
        C("중국어선들의 불법 조업 피해에 늘 시달리고 있다고 강조했다", J, D, ["agriculture"], "statement"),
        C("올해 옹진군은 농·어업을 집중적으로 육성해 부자 농", J, D, ["agriculture"], "plan"),
    ],
    not_claims=["농·수산물 유통 시스템 개선하고 안전한 조업 위한 장비 개량 지원",
                "군민의 삶의 질 향상을 위해 끝까지 노력하겠습니다",
                "백령도, 대청도, 소청도는 전국에서 가장 교통이 불편한 지역",
                "인구가 4천860명이 증가하는 질적·양적 성장을 거뒀다", "군민을 섬기는 위민행정을 펼치겠다며"],
)

# rd-06 인천 중구 홍인성 구청장 새해 인터뷰 (undated text: published and claim dates null)
H = "hong-in-seong"
G["rd-06-kyeongin.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28110"),
    officials=[H],
    claims=[
        C("구민의 안전을 최우선으로 하겠습니다", H, None, ["disaster-safety"], "plan"),
        C("관내 우범지역과 초등학교 주변 지역에 방범 CCTV를 추가 설치하고, 365 생활안전센터 관제시스템을 보강하겠다", H, None, ["disaster-safety"], "plan"),
        C("2024년 세계보건기구(WHO) 국제안전도시 인증 공인을 받기 위해 철저히 준비하겠다", H, None, ["disaster-safety"], "plan"),
        C("새해 역점 과제로 홍 구청장은 구민의 '안전'과 함께 '복지'를 꼽았다", H, None, ["disaster-safety", "welfare"], "plan"),
        C("신속하게 대응할 수 있는 응급의료 지원체계를 구축하겠다", H, None, ["public-health", "disaster-safety"], "plan"),
        C("중구는 취약계층을 돕기 위한 '찾아가는 보건복지팀'을 관내 11개 모든 동에 설치했다", None, None, ["welfare"], "achievement"),
        C("가구 특성에 따른 복지가 제때에 제공될 수 있도록 노력하겠다", H, None, ["welfare", "childcare-birth", "culture-tourism"], "plan"),
        C("영·유아 보육료, 보육교사 인건비 지원을 통해 수준 높은 보육 서비스를 제공하겠다", H, None, ["childcare-birth"], "plan"),
        C("어린이집 부정수급, 아동학대 문제 등에 대응해 부모들이 믿고 아이를 맡길 수 있는 보육환경을 조성하겠다", H, None, ["childcare-birth", "welfare"], "plan"),
        C("'역사와 문화가 살아 숨 쉬는 도시 조성'에 대해서도 각별한 관심을 쏟기로 했다", H, None, ["culture-tourism"], "plan"),
    ],
    not_claims=["모든 동에 찾아가는 보건복지팀, 가구특성 따른 복지", "보육교사 인건비 지원·김구 역사거리·쉼터 등 조성", "홍인성 인터뷰1"],
)

# rd-07 강원 김진태 지사 정례 기자간담회 '3일' (undated text: published and claim dates null)
K = "kim-jin-tae"
G["rd-07-kwnews.txt"] = dict(
    metadata=dict(headline="김진태 지사 “삼성 반도체 유치는 진짜로 하는 것…지켜봐달라”", published=None,
                  reporter=None, outlet=None, jurisdiction="42"),
    officials=[K],
    claims=[
        C("자신의 도정 제1공약인 삼성 반도체 유치를 위한 강한 의지를 보였다", K, None, ["investment-attraction"], "plan"),
        C("삼성 반도체 유치에 대해 일부 우려가 있지만 포기는 없다", K, None, ["investment-attraction"], "plan"),
        C("강원도의 삼성 반도체 유치는 진짜로 하는 것”이라며", K, None, ["investment-attraction"], "plan"),
        C("정부에서도 수도권 반도체 클러스터는 확장 가능성이 있다는 입장이며 원주를 최우선으로 고려하겠다는 발언도 나왔다", K, None, ["investment-attraction"], "statement"),
        C("씨앗은 반도체 교육센터가 될 수도 있고 강원도가 하려하는 테스트 베드가 될 수도 있다", K, None, ["investment-attraction"], "plan"),
        C("지난주 국무총리 주재 강원특별자치도 지원위원회 개최 이후 정부의 태도 변화도 있다고 설명했다", K, None, ["decentralization"], "statement"),
        C("국무조정실에서 특별자치도 지원단외에 정책관실에서 직접 움직여 부처와 협의를 할 계획", K, None, ["decentralization"], "plan"),
        C("김 지사는 조만간 윤석열 대통령에게 직접 강원특별자치도 지원을 요청할 계획이다", K, None, ["decentralization"], "plan"),
    ],
    not_claims=["클러스터가 조성되면 기업을 자연스레 오게 될 것", "시간 갖고 반도체 산업 유치여건 만들겠다",
                "총리 주재 강원자치도 지원위 이후 국무조정실 부처 협의 나서", "지난주 삼성을 만나고 자신감이 생겼다",
                "맨 땅에서 꽃을 피운다는 것이 쉬운 일이 아니다", "국무총리가 협의가 지지부진한 부처 장관들을 개별 면담하겠다고 얘기했다"],
)

# rd-08 양구군 '양구에서 살아보기' (2025-04-01 14:06); institutional narration + unnamed 군 관계자 '1일'
D, A = "2025-04-01", ["agriculture"]
G["rd-08-kmib.txt"] = dict(
    metadata=dict(headline="성공적인 영농정착 돕는다…‘양구에서 살아보기’ 운영", published="2025-04-01T14:06+09:00",
                  reporter="서승진", outlet="국민일보", jurisdiction="51800"),
    officials=[],
    claims=[
        C("강원도 양구군이 이달부터 ‘양구에서 살아보기’ 사업을 추진한다", None, D, A, "plan"),
        C("귀농·귀촌을 희망하는 도시민이 농촌 지역에 안정적으로 정착할 수 있도록 주거, 농촌 체험 등을 지원하는 사업이다", None, D, A, "statement"),
        C("프로그램은 국토정중앙면 두무산촌마을과 동면 약수산채마을 2곳에서 운영된다", None, D, A, "statement"),
        C("약수산채마을은 4월부터 12월까지 8개월간 프로그램이 진행될 예정이다", None, D, A, "plan"),
        C("모두 6가구가 프로그램에 참여한다", None, D, A, "statement"),
        C("도시민은 마을 내 농촌체험마을 또는 귀농의 집에서 최대 8개월간 무료로 거주할 수 있다", None, D, A, "statement"),
        C("1인당 월 10만 원의 연수비도 지원받는다", None, D, A, "statement"),
        C("도시민은 곰취, 산마늘 등 지역 농특산물 수확 체험", None, D, A, "statement"),
        C("모내기, 벼 수확 등 농촌 일손 돕기 체험", None, D, A, "statement"),
        C("농업기계 교육‧실습, 마을 문화·관광 탐방 활동도 진행할 예정이다", None, D, A, "plan"),
        C("군은 이번 프로그램을 통해 귀농·귀촌 희망자들이 영농 기술교육과 농촌 일자리 체험", None, D, A, "plan"),
        C("양구에서 살아보기는 2021년부터 시작돼 지난해까지 36가구 54명이 참여했다", None, D, A, "achievement"),
        C("이 중 9명이 양구에 정착했다", None, D, A, "achievement"),
        C("앞으로도 전국 각지에서 다양한 연령층의 도시민들이 양구의 삶을 경험하실 수 있도록 적극적으로 지원하겠다", None, D, A, "plan"),
    ],
    not_claims=["양구군청 전경"],
)

# rd-09 강원 동해안·폐광지역 인구 감소 리포트 (방송일자 2019-07-24); reporter narration only
D = "2019-07-24"
G["rd-09-mbceg.txt"] = dict(
    metadata=dict(headline=None, published="2019-07-24", reporter="홍한표", outlet=None, jurisdiction="42"),
    officials=[],
    claims=[
        C("무엇보다 일자리와 교육 등의 이유로 떠나는", None, D, ["childcare-birth", "jobs", "education"], "statement"),
        C("파격적인 출산 양육비와 전입 장려금,", None, D, ["childcare-birth", "education", "agriculture"], "criticism"),
        C("교육과 보육, 교통 등의 복지 서비스도", None, D, ["education", "childcare-birth", "welfare"], "statement"),
        C("기업 유치 등 일자리가 마련되지 않는 한", None, D, ["investment-attraction", "jobs"], "statement"),
    ],
    not_claims=["저녁때쯤 되면 시내권만 나가도 사람들의 거의 없고", "지난해까지 최근 5년 사이 태백과 화천, 고성의 인구가 7% 이상 줄었습니다",
                "도시의 기능을 생활 거점으로 집약화하고, 지역과 지역을 상호 보완적으로 연계하는 공간 발전 전략이 필요하다고 할 수 있습니다",
                "태백시는 2014년 4만8천여 명에서"],
)

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
    os.makedirs(out, exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
               "not_claims": g["not_claims"]}
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(doc, handle, ensure_ascii=False, indent=1)
    print(len(G), "gold files written")
