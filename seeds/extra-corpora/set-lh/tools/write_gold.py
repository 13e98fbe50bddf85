"""Write set-lh gold files (hand annotation; one dict per article)."""
import json, pathlib
GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

G = {}
D = "2018-10-20"
G["lh-01-kns.txt"] = dict(
    metadata=dict(headline="시흥시, '스마트시티' 선도 모델로 급부상 ↑↑.....왜(?)", published="2018-10-20T10:10+09:00",
                  reporter="송인호", outlet="KNS뉴스통신", jurisdiction="41390"),
    officials=["lim-byeong-taek"],
    claims=[
        C("스마트시티 선도모델로 부상하고 있다", None, D, ["smart-city"], "statement"),
        C("이미 시작된 4차산업혁명의 물결을 지혜롭게 시에 접목시키기 위해", None, D, ["fourth-industrial-revolution", "smart-city"], "statement"),
        C("업무를 전담할 부서를 새롭게 신설했다", None, D, ["smart-city"], "achievement"),
        C("이번에 신설되는 부서는 시흥의 도시문제와 현황을 분석해", None, D, ["smart-city", "citizen-participation"], "plan"),
        C("스마트시티 혁신성장동력 연구개발 실증사업 대상지로 선정돼", None, D, ["smart-city", "research-development"], "achievement"),
        C("20개 이상의 기관들이 컨소시엄 형태로 연구에 참여한다", None, D, ["smart-city", "research-development"], "statement"),
        C("해당 컨소시엄은 환경, 에너지, 생활복지, 데이터허브, 지자체 제안 등 5대 분야의 세계 선도형 스마트", None, D, ["smart-city"], "statement"),
    ],
    not_claims=["시, 전담부서 신설...... 스마트시티(Smart city) ‘첫 발’",
                "시흥 스마트시티 국가전략프로젝트 연구개발 대상지역<사진=시흥시 제공>"],
)

D = "2024-01-11"
G["lh-02-joongangtv.txt"] = dict(
    metadata=dict(headline="연천군 '특수상황지역 개발사업' 국비 109억 확정", published="2024-01-11",
                  reporter="오기춘", outlet=None, jurisdiction="41800"),
    officials=["kim-deok-hyeon"],
    claims=[
        C("군은 도로와 농업 기반 시설 개선을 위한 관련 용역 및 사전 행정절차를 추진해 나갈 예정이다", None, D, ["agriculture"], "plan"),
        C("교통 접근성 개선, 관광거점 구축 등 주민불편을 해소하고", None, D, ["culture-tourism"], "plan"),
        C("확보한 국비가 지역균형발전의 마중물이 돼", "kim-deok-hyeon", D, ["decentralization"], "plan"),
    ],
    not_claims=["지역균형발전 사업 등 추진 계획 교통 접근성 개선·관광 거점 구축",
                "2024년도 특수상황지역 개발사업 국비 109억원이 확정됐다고 11일 밝혔다",
                "지역발전에서 소외된 경기·인천·강원 15개 접경지역"],
)

D = "2025-01-09"
G["lh-03-edaily.txt"] = dict(
    metadata=dict(headline="포천시장 \"시민 불편 '손톱 밑 가시' 즉시 해결위해 총력\"", published="2025-01-09T11:29+09:00",
                  reporter="정재훈", outlet="이데일리", jurisdiction="41650"),
    officials=["baek-yeong-hyeon"],
    claims=[
        C("정주환경 개선을 위해 교육여건 개선과", "baek-yeong-hyeon", D, ["education"], "statement"),
        C("교육발전특구로 선정되면서 교육발전을 위한 전", None, D, ["education"], "achievement"),
    ],
    not_claims=["교육여건 대폭 개선해 시민 정주환경 확립",
                "지역화폐 인센티브 최대 20% 상향도 검토",
                "유네스코지질공원 한탄강 기반 관광도시로",
                "손톱 밑 가시를 바로, 즉시 해결할 수 있도록 최선을 다하겠다",
                "주민들은 교육을 위해, 더 편한 주거환경을 위해 포천을 떠나고 있다",
                "2025년 시정 운영을 위한 핵심 계획을 설명하고 있다"],
)

D = "2026-01-26"
G["lh-04-gangneung.txt"] = dict(
    metadata=dict(headline="강릉시,‘2026-2027년 강릉방문의 해’운영", published="2026-01-26",
                  reporter=None, outlet="강릉시", jurisdiction="51150"),
    officials=[],
    claims=[
        C("강릉시는 2026년과 2027년, 2년간 ‘강릉방문의 해’로 정하고", None, D, ["culture-tourism"], "plan"),
        C("지역 상권에도 도움이 되는 체류형 관광도시를 만드는 것을 핵심 목표로 하고 있다", None, D, ["culture-tourism", "small-merchants"], "statement"),
        C("세부 목표를 제시했다", None, D, ["culture-tourism"], "target"),
        C("4가지 핵심 키워드로 설정하고, 본 사업에 적극 반영할 계획이다", None, D, ["culture-tourism"], "plan"),
        C("당일 방문 중심의 관광 구조를 1박 이상 머무르는 체류형 관광으로 전환하고", None, D, ["culture-tourism"], "plan"),
        C("새로운 관광인프라를 차례로 준공하고, 사계절 축제 명품화와 특화 여행상품 운영", None, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["-국제관광도시 도약을 위한 새로운 볼거리 확대 및 체류형 관광상품 본격화-",
                "세계 100대 관광도시 도약, 구체적 목표 제시",
                "체류형 관광상품과 국제행사 연계"],
)

D = "2022-09-15"
G["lh-05-enewsp.txt"] = dict(
    metadata=dict(headline="강원도“Go! One Team”시군 현장간담회 15탄. ‘미래의 수소 거점도시’삼척시 방문",
                  published="2022-09-15T00:21+09:00", reporter=None, outlet=None, jurisdiction="42"),
    officials=["kim-jin-tae", "park-sang-su"],
    claims=[
        C("새로운 관광도시로 부각되고 있다", "kim-jin-tae", D, ["culture-tourism"], "statement"),
        C("더 많은 관광객이 찾아 올 삼척의 앞날이 기대된다", "kim-jin-tae", D, ["culture-tourism"], "statement"),
        C("수소기업육성 산학연 클러스터 조성을 위해 수소기업 전문산업단지 지정과", None, D,
          ["energy-transition", "research-development", "culture-tourism"], "statement"),
        C("수소 탄소중립 시대 주력산업으로 보고 있다", "kim-jin-tae", D, ["energy-transition", "climate-carbon"], "statement"),
        C("삼척을 중심으로 동해안을 액화수소 에너지 혁신허브로 성장시키겠다", "kim-jin-tae", D, ["energy-transition"], "plan"),
        C("삼척이 수소기업 전문산업단지로 지정받을 수 있도", "kim-jin-tae", D, ["energy-transition"], "plan"),
    ],
    not_claims=["- “삼척을 중심으로 동해안을 액화수소 에너지 혁신허브로 성장시킬 것”-",
                "- 수소기업육성 산학연 클러스터, 에코 라이프타운 조성 등 삼척시 주요현안 논의 -",
                "비전공유 시군 현장 방문 7일차로 삼척시를 방문"],
)

D = "2019-09-09"
G["lh-06-sisatoday.txt"] = dict(
    metadata=dict(headline="인제군, 119억4천만원 예산 마련해 출산과 양육 지원", published="2019-09-09T15:34+09:00",
                  reporter="김준", outlet="시사투데이", jurisdiction="42810"),
    officials=[],
    claims=[
        C("인제군이 전국 합계 출산율 1위를 목표로 양육지원에 나선다", None, D, ["childcare-birth"], "target"),
        C("출산과 양육 지원 사업 효율을 극대화하기 위한 방안 마련에 부심하고 있다", None, D, ["childcare-birth"], "statement"),
        C("인제군 보건소는 산후의료비 지원비 5천만원", None, D, ["childcare-birth"], "statement"),
        C("체육청소년과는 아동수당 19억9천만원", None, D, ["childcare-birth"], "statement"),
        C("문화누리권 확대 13개 사업 512억원", None, D, ["culture-tourism"], "statement"),
        C("출산율을 높일 수 있는 다양한 프로그램을 개발에 나설 것이다", None, D, ["childcare-birth"], "plan"),
        C("출산 장려금 지원금을 높여 실질적으로 도움이 될 수 있도록 현실화하기 위한 사업도 검토하고 있다", None, D, ["childcare-birth"], "plan"),
    ],
    not_claims=["보건소와 체육청소년과 2곳 지원 인제군청",
                "군장병과 함께하는 7만 군민시대 프로젝트를 추진하면서 54개 핵심 사업을 선정하고"],
)

D = "2023-03-15"
K = "kim-gyeong-il"
G["lh-07-ktsketch.txt"] = dict(
    metadata=dict(headline="[Interview] 김경일 파주시장 “역사와 문화 담은 평화의 꽃, 파주에서 피어납니다”",
                  published="2023-03-15T09:54+09:00", reporter="권선근", outlet="여행스케치", jurisdiction="41480"),
    officials=[K],
    claims=[
        C("파주를 평화 여행지로 가꾸고 있는 김경일 파주시장", None, D, ["culture-tourism"], "statement"),
        C("관광객 방문지별 검색순위 1순위를 기록할 정도로", K, D, ["culture-tourism"], "statement"),
        C("역사와 문화가 교감하는 문화유산 또한 독보적입니다", K, D, ["culture-tourism"], "statement"),
        C("지역경제 발전을 이루는 핵심 변화입니다", K, D, ["culture-tourism"], "statement"),
        C("파주를 찾은 관광객의 발걸음이 스쳐 지나지 않고 머무르는 관광을 말합니다", K, D, ["culture-tourism"], "statement"),
        C("야간 관광 활성화가 필요합니다", K, D, ["culture-tourism"], "plan"),
        C("힐링 숙박시설도 늘려 즐거움이 이어지는 관광도시 파주를 만들겠습니다", K, D, ["culture-tourism"], "plan"),
        C("12시간 체류형 관광의 문을 열 ‘통일동산 박", K, D, ["culture-tourism"], "statement"),
    ],
    not_claims=["관광콘텐츠 전문가인 한교남 관광학 박사가 만나 파주 관광의 비전을 함께 고민했다",
                "Q. DMZ와 맞닿아있는 파주 관광의 매력은 어떤 점인가요?",
                "Q. 파주 관광 발전을 위해 필요한 ‘12시간 체류형 관광지’는 무엇인가요?",
                "Q. 시장님이 중점을 두고 추진하는 관광정책과 관련한 다양한 관광사업이 궁금합니다.",
                "김경일 시장(우)이 파주 관광에 대해 이야기를 나누고 있다"],
)

L = "lee-jae-myung"
G["lh-08-ifm.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="구대서", outlet="경인방송", jurisdiction="41"),
    officials=[L],
    claims=[
        C("이재명 경기도지사가 사회관계망서비스(SNS)에서 '배달특급' 홍보맨으로 나섰습니다", None, None, ["small-merchants"], "statement"),
        C("소상공인의 부담을 덜고 공정경쟁 유도를 위해 경기도가 개발해 운영 중인 공공배달앱입니다", None, None, ["small-merchants"], "statement"),
        C("배달특급에 벌써 5만 명이 탑승하셨습니다", L, None, ["small-merchants"], "achievement"),
        C("배달특급을 이용한 경제 살리기에 적극 동참해 달라", L, None, ["small-merchants"], "statement"),
        C("4차 산업혁명시대의 경부고속도로를 놓는 작업", L, None, ["small-merchants", "fourth-industrial-revolution"], "statement"),
        C("디지털 경제 시대의 배달앱은 소상공인들이 유통대기업과 공정하게 경쟁할 수 있는", L, None, ["small-merchants", "fourth-industrial-revolution"], "statement"),
        C("배달특급을 두고 자유시장경쟁에 개입하지 말고 그냥 맡겨두라는 논점이 있지만", L, None, ["small-merchants"], "statement"),
        C("배달특급이 속히 경기도 전역에 퍼져 골목과 지역을 살리고", L, None, ["small-merchants"], "statement"),
        C("현재 가입 회원 5만여 명을 돌파했습니다", None, None, ["small-merchants"], "achievement"),
    ],
    not_claims=["이재명 경기지사.<사진출처 = 경기도>",
                "독점에 대해선 정부가 나서 경쟁을 복원하는 것이 건강한 시장경쟁을 유지하는 길이라고 말했습니다"],
)

D = "2017-01-24"
S = "sim-gyu-eon"
G["lh-09-segye.txt"] = dict(
    metadata=dict(headline="심규언 동해시장 \"환동해 산업물류 허브도시로 육성\"", published="2017-01-24T03:00+09:00",
                  reporter=None, outlet="세계일보", jurisdiction="42170"),
    officials=[S],
    claims=[
        C("동해시가 추암 등 관광지 정비와 함께 동해항 개발, 전철 연장 등 대형 프로젝트를 추진하면서", None, D,
          ["culture-tourism", "public-transit"], "statement"),
        C("민생경제에 활력을 불어 넣어 일자리와 소득이 늘어나게 하겠다", S, D, ["jobs"], "plan"),
        C("오는 4월에는 대규모 취업박람회를 열고", S, D, ["jobs"], "plan"),
        C("촘촘한 네트워크를 형성하는 복지시책을 펼쳐 나가겠다", S, D, ["welfare"], "plan"),
        C("도째비골 감성예술공원 조성 등 도시발전의 특화전략을 구체화하고", S, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["추암관광지·묵호등대마을 등 정비로 명소화 / 동해항 확장개발 돌입…물동량 유치에 매진",
                "올해 시정운영 방향을 ‘미래 성장동력 육성과 행복동해 가치 상승의 해’로 정했다",
                "산업물류 허브 도시로 육성해 나가겠다",
                "민선6기 2년여 짧은 기간 동안 동해항 3단계 확장개발 기공식과 묵호항"],
)

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
