"""Writes set-bi gold files (hand annotation, see GOLD_NOTES.md)."""
import json, pathlib
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}

S = "seo-jeong-hyeop"
G["bi-01-hankyung.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="연합뉴스", jurisdiction="11"),
    officials=[S],
    claims=[
        C("'2050 온실가스 감축 추진계획'을 마련해 'C40 도시기후리더십그룹'(C40)에 제출한다고 29일 밝혔다", None, None, ["climate-carbon"], "plan"),
        C("C40의 회원도시들은 2050년까지 탄소중립을 달성한다는 목표를 설정하고 계획을 수립해 제출해야 한다", None, None, ["climate-carbon"], "statement"),
        C("서울시는 C40와 논의를 거쳐 보고서를 보완하고 2021년 2월경에 확정할 예정이다", None, None, ["climate-carbon"], "plan"),
        C("'그린뉴딜 추진을 통한 2050 온실가스 감축전략'을 발표한 바 있으며, 이를 구체화하고 부문별 세부 사업계획을 담아 이번 추진계획을 만들었다", None, None, ["climate-carbon"], "achievement"),
        C("5대 부문의 74개 세부과제로 구성돼 있다", None, None, ["climate-carbon"], "statement"),
        C("2030년까지 온실가스를 2005년 대비 40% 줄이고 2050년에는 탄소중립을 달성하겠다는 목표를 제시했다", None, None, ["climate-carbon"], "target"),
        C("시 기후변화대책위원회를 개최해 이 추진계획을 심의하고 확정했다", None, None, ["climate-carbon"], "achievement"),
        C("이번 계획을 법정계획인 기후변화대응종합계획에 반영토록 하고", None, None, ["climate-carbon"], "plan"),
        C("2050년 탄소중립 목표는 달성하기 쉽지 않은 과감한 목표이지만", S, None, ["climate-carbon"], "statement"),
    ],
    not_claims=["뉴욕·로스앤젤레스·런던·파리 등 미국과 유럽의 22개 도시가 제출을 완료했다", "/연합뉴스"])

J = "jo-yong-ik"
G["bi-02-nocutnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="41190"),
    officials=[J],
    claims=[
        C("경제 흐름을 골목상권과 전통시장으로 확산해야 한다", J, None, ["small-merchants"], "plan"),
        C("이재명 정부의 소비 진작을 위한 추가경정예산(추경) 편성을 환영한다", J, None, ["small-merchants"], "statement"),
        C("속도감 있는 추경 편성 지시를 두 팔 벌려 환영한다", J, None, ["small-merchants"], "statement"),
        C("부천페이 발행 등 지역경제 활성화를 위해 온 힘을 쥐어짜고 있다", J, None, ["small-merchants"], "statement"),
        C("시비 추가 지원을 통해 매년 2천억 원 이상의 부천페이를 발행했다", J, None, ["small-merchants"], "achievement"),
        C("지역화폐의 소비 창출 효과가 일반 예산 투입 대비 2.56배에 달한다", J, None, ["small-merchants"], "statement"),
        C("지역화폐는 국민의 기대와 민생 현장에서의 실증 모두를 만족하는 해답이다", J, None, ["small-merchants"], "statement"),
    ],
    not_claims=["관련 기자회견을 열고 브리핑을 하고 있다. 부천시 제공",
                "고통받았던 국민을 향해 과감한 지원의 손길을 내밀어달라",
                "무너진 민생경제를 일으켜 세우기 위한 이재명 정부의 노력에 언제나 적극적으로 함께하겠다"])

L = "lee-dong-hwan"
G["bi-03-newsis.txt"] = dict(
    metadata=dict(headline='이동환 시장 "스마트시티 구현, 자족도시로 향하는 길"', published=None, reporter=None,
                  outlet="뉴시스", jurisdiction="41280"),
    officials=[L],
    claims=[
        C("8개 분야 서비스를 구축해 운영하는 사업이다", None, None, ["smart-city", "future-vehicles", "fourth-industrial-revolution"], "statement"),
        C("총 사업비는 402억원 규모다", None, None, ["smart-city"], "statement"),
        C("대한민국을 대표하는 스마트시티로 도약하겠다는 목표다", None, None, ["smart-city"], "plan"),
        C("K-컬쳐 인프라를 조성해 나갈 계획이다", None, None, ["fourth-industrial-revolution", "smart-city", "culture-tourism"], "plan"),
        C("변화를 체감할 수 있는 스마트도시 서비스를 구현할 예정이다", None, None, ["smart-city", "future-vehicles"], "plan"),
        C("고양시가 가지고 있는 문제와 한계를 극복할 수 있는 해결책이 바로 스마트시티", L, None, ["smart-city"], "statement"),
        C("스마트시티 구현을 통해 자족도시로 향하는 것은 물론 지속 가능한 발전을 이어 나갈 수 있도록 노력하겠다", L, None, ["smart-city"], "plan"),
    ],
    not_claims=["스마트시티 구현, 자족도시로 향하는 길",
                "착수보고회를 개최하고 사업 추진 현황 등을 공유했다",
                "해결 방안에 대해 논의하며 의견을 나눴다",
                "◎공감언론 뉴시스"])

K = "kim-seong-hwan"
G["bi-04-seoul.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="11350"),
    officials=[K],
    claims=[
        C("사람이 우선인 정책으로 대한민국에서 가장 행복한 구민의 집을 짓겠습니다", K, None, ["housing"], "plan"),
        C("자살예방사업, 심폐소생술 교육사업, 마을이 학교다 등 노원이 처음 시작한 사업들이 다른 지방자치단체로 파급돼 나간 사례를 열거하며", K, None, ["public-health", "disaster-safety", "education"], "achievement"),
        C("단지에는 아파트(7층) 3개동 106가구", None, None, ["housing"], "statement"),
        C("가정에서도 화석연료의 사용을 줄이고 재생에너지 활용을 늘릴 필요가 있다", K, None, ["climate-carbon", "energy-transition"], "plan"),
        C("제로에너지 실험(Mock-up)주택을 준공했다", None, None, ["energy-transition"], "achievement"),
        C("일체형 태양광 전지판 26장을 설치해", None, None, ["energy-transition"], "achievement"),
        C("일반 가정집에서 통상적으로 사용하는 연간 3600kWh보다 많은 양이다", None, None, ["energy-transition"], "statement"),
        C("실험용 주택에서 발코니 쪽으로 열이 새는 문제점을 발견해 미세 조정 중", K, None, ["energy-transition"], "statement"),
        C("에너지 효율을 높이면서 쾌적한 공간을 만들기 위한 것", K, None, ["energy-transition"], "statement"),
        C("발전차액지원제도(FIT)의 재도입을 주장했다", K, None, ["energy-transition"], "plan"),
        C("2012년 신재생에너지의무화공급제도(RPS) 도입으로 폐지됐지만", None, None, ["energy-transition"], "statement"),
        C("지자체별로 소규모 발전을 통한 재생에너지 사업 활성화가 절실하다", K, None, ["energy-transition"], "plan"),
    ],
    not_claims=["하계동 121가구 내년까지 조성"])

B, Y = "kim-byeong-su", "yoo-jeong-bok"
G["bi-05-gimpotoday.txt"] = dict(
    metadata=dict(headline="김포 골드라인 백약이 무효……출근 시간 혼잡율 다시 200%대", published=None, reporter=None,
                  outlet=None, jurisdiction="41570"),
    officials=[B, Y],
    claims=[
        C("약 2분 30초 가량으로 운행하고 있지만 승객의 수요를 따라가지 못하고 있다", None, None, ["public-transit"], "criticism"),
        C("김포골드라인 증차 사업(12량 6편성)도 시기를 앞당겨 내년 6월부터는 순차적으로 투입하여 운행시간을 조금 더 단축한다고 밝혔다", B, None, ["public-transit"], "plan"),
        C("추가적인 지하철 없이는 혼잡율을 획기적으로 낮출 수 없을 것으로 보인다", None, None, ["public-transit"], "criticism"),
        C("대도시권광역교통위원회(이하 대광위)의 5호선발표는 연기되었고", None, None, ["public-transit"], "statement"),
        C("국토부가 5호선 노선을 확정하지 못하게 훼방을 놓고 있다는 비판을 하고있다", None, None, ["public-transit"], "criticism"),
        C("노선만 챙기려는 인천시의 행태를 용납할 수 없다고 비난했", None, None, ["public-transit"], "criticism", "김태우"),
    ],
    not_claims=["9월27일 오전 김포골드라인에 탑승한 방송기자가 사무역에서 밀려드는 승객을 촬영하고 있다",
                "이를 선거에 이용하려는 것 아니냐는 시민들의 우려의 목소리가 커지고 있다",
                "시민들 고통 속에 응급환자 월평균 3건 이상 발생"])

O = "oh-eon-seok"
G["bi-06-asiae.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김민진", outlet="아시아경제", jurisdiction="11320"),
    officials=[O],
    claims=[
        C("지역 내 모든 구립경로당을 올 연말까지 ‘스마트경로당’으로 조성한다", None, None, ["welfare"], "plan"),
        C("정보통신기술(ICT)을 접목한 경로당으로", None, None, ["welfare", "fourth-industrial-revolution"], "plan"),
        C("디지털 헬스케어 기기를 활용한 비대면 건강관리 서비스와", None, None, ["welfare", "public-health"], "statement"),
        C("어르신 대상 디지털 문해교육을 진행하고, 노래방 기기를 비치해 치매 예방과 정서 안정을 돕는다", None, None, ["welfare", "education", "dementia-care"], "statement"),
        C("연말까지 모든 시스템 구축을 완료할 계획이다", None, None, ["welfare"], "plan"),
        C("서울시 스마트경로당 시스템 구축 사업 시범 자치구 선정에 따른 시특별교부금으로 충당한다", None, None, ["welfare"], "statement"),
        C("스마트경로당은 단순한 시설 개선을 넘어, 어르신들의 삶의 질을 높이고", O, None, ["welfare"], "statement"),
        C("모두가 체감하는 포용적 복지 환경을 만들어 나가겠다", O, None, ["welfare"], "plan"),
    ],
    not_claims=["비대면 건강관리 서비스 등 제공", "연말까지 지역 내 33곳 대상", "오언석 도봉구청장. 도봉구 제공."])

D = "2021-04-05"
G["bi-07-fnnews.txt"] = dict(
    metadata=dict(headline="평택시, '2030 도시재생전략계획' 변경 수립", published="2021-04-05T11:43+09:00", reporter="장충식",
                  outlet="파이낸셜뉴스", jurisdiction="41220"),
    officials=[],
    claims=[
        C("총 9개의 도시재생사업이 국가(중앙) 및 광역공모 등에 선정돼 활발히 추진 중이다", None, D, ["urban-regeneration"], "achievement"),
        C("'2030 평택시 도시재생전략계획'은 비전으로", None, D, ["urban-regeneration"], "plan"),
        C("총 11개소의 활성화지역을 지정했다", None, D, ["urban-regeneration"], "achievement"),
        C("구도심의 균형발전에 집중한다", None, D, ["urban-regeneration"], "plan"),
        C("평택시청 도시재생과에 방문해 자유롭게 열람할 수 있다", None, D, ["urban-regeneration"], "statement"),
    ],
    not_claims=["'2030 도시재생전략계획' 변경 수립", "수정 : 2021.04.05 11:43기사원문"])

E = "je-jong-gil"
G["bi-08-kgnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김준호", outlet=None, jurisdiction="41270"),
    officials=[E],
    claims=[
        C("외국인주민과 함께 다문화 사회를 열어나가기 위해 16개국 대표자를 선출, 지난 1일 위촉했다고 3일 밝혔다", None, None, ["welfare"], "achievement"),
        C("외국인주민 대표자협의회가 필요하다고 판단, 16개국 대표자를 위촉했다고 설명했다", None, None, ["welfare", "culture-tourism"], "statement"),
        C("인권과 복지 문제를 합리적으로 해결할 수 있도록 노력하겠다", E, None, ["welfare"], "plan"),
        C("선진 다문화 도시 안산을 만들어가는 데 함께 하자", E, None, ["welfare"], "plan"),
        C("2005년부터 외국인주민센터를 직영으로 운영하면서 상담, 무료진료, 축제", None, None, ["welfare", "public-health", "culture-tourism"], "statement"),
        C("국가별 축제를 각국 대사관과 공동 개최해 문화적 다양성을 서로 이해하고 자원화 하는 데 노력하고 있다", None, None, ["culture-tourism", "welfare"], "statement"),
    ],
    not_claims=["국적을 떠나 안산에 거주하고 활동하는 모든 사람이 안산시민이다",
                "지난해 말 현재 시에 등록된 외국인은 82개국 7만56명에 달하고"])

G["bi-09-seoul.txt"] = dict(
    metadata=dict(headline="서초, 빗물받이 책임관리… 수해방지대책 가동", published=None, reporter="이민영",
                  outlet="서울신문", jurisdiction="11650"),
    officials=[],
    claims=[
        C("여름철 집중호우 피해 예방을 위한 수해방지대책을 가동한다고 6일 밝혔다", None, None, ["disaster-safety"], "plan"),
        C("빗물받이 시설 1만 3571곳을 준설하고 빗물받이 3만 603개에 대해 책임관리제를 운영한다", None, None, ["disaster-safety"], "plan"),
        C("수해 취약지역도 점검을 마쳤다", None, None, ["disaster-safety"], "achievement"),
        C("산사태 대비도 준비 중이다", None, None, ["disaster-safety"], "statement"),
        C("인명 피해를 입은 이후로 산사태 방지 시설을 확충했다", None, None, ["disaster-safety"], "achievement"),
        C("올해도 취약 지역에 사방수로를 조성하고 비탈면을 보강했다", None, None, ["disaster-safety"], "achievement"),
        C("침수취약가구 돌봄서비스를 운영해 공무원 124명이 290가구에 안내 전화를 하고", None, None, ["disaster-safety"], "plan"),
        C("반지하 64가구에는 차수판을 설치했다", None, None, ["disaster-safety"], "achievement"),
        C("1조당 2~3명으로 구성된 하천순찰단을 운영해 신속히 대피할 수 있도록 유도한다", None, None, ["disaster-safety"], "plan"),
    ],
    not_claims=["서초구 관계자들이 한강 범람을 차단하는 수문인 육갑문을 점검하고 있다",
                "산사태 방지시설 확충, 사방수로도 조성 양재·반포·여의천 순찰… 신속 대피 유도", "구정뉴스"])

out = pathlib.Path(__file__).resolve().parent.parent / "gold"
out.mkdir(exist_ok=True)
for name, g in G.items():
    d = {"article": name, **g}
    (out / (name + ".json")).write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
