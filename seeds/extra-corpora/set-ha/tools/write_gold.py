"""Write set-ha gold files (hand annotation)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def md(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}


GOLD = {}
D = "2019-08-29"
GOLD["ha-01-kmib.txt"] = (
    md("초저출산 시대에도 대구 달성군 5년 연속 출생아 수 증가", "2019-08-29T17:22+09:00", "최일영", "국민일보", "27710"),
    ["kim-mun-o"],
    [
        c("5년 동안 꾸준하게 출생아 수가 증가했다고 29일 밝혔다", None, D, ["childcare-birth"], "achievement"),
        c("달성군 출생아 수는 2832명으로 지난해 보다 180명이 늘었다", None, D, ["childcare-birth"], "achievement"),
        c("조출생율(인구 1,000명당 연간 출생아수)은 11.5명으로 2번째", None, D, ["childcare-birth"], "achievement"),
        c("출산축하금 확대와 출산축하용품지원, 장난감도서관 건립·운영", None, D, ["childcare-birth"], "statement"),
        c("취약계층 신생아대상 무료작명", None, D, ["childcare-birth"], "statement"),
        c("민관이 함께 추진하는 우리군의 출산장려정책이 효과를 보여", "kim-mun-o", D, ["childcare-birth"], "achievement"),
        c("다양한 인구정책을 추진해 초저출산시대에 적극 대응해 나가겠다", "kim-mun-o", D, ["childcare-birth"], "plan"),
    ],
    ["초저출산 시대에도 대구 달성군 5년 연속 출생아 수 증가", "GoodNews paper", "대구=최일영 기자"],
)

D = "2019-07-02"
K = "kwon-young-jin"
GOLD["ha-02-newsworks.txt"] = (
    md(None, "2019-07-02T16:07+09:00", "김순동", "뉴스웍스", "27"),
    [K],
    [
        c("청년들의 일자리를 만들 수 없다고 보고 과감한 산업구조 혁신으로 신산업을 키워야겠다고", K, D, ["jobs", "youth-policy"], "achievement"),
        c("전기자동차를 기반으로 하는 미래형자동차 산업에 발빠른 준비로 현재 대구는 전기차 선도도시라는 브랜드 네임을 가지게 됐다", K, D, ["future-vehicles"], "achievement"),
        c("세계 전기자동차 협회에서 대구를 세계전기자동차 모범 도시로 선정하게 되는 쾌거를 올렸다", K, D, ["future-vehicles"], "achievement"),
        c("전기 자동차 배터리 모터를 중심으로 하는 많은 소재 기", None, D, ["future-vehicles"], "statement"),
    ],
    ["미래형 자동차·물산업·스마트시티 등은 대한민국 역사를 만드는 것", "대구경북통합신공항 이제 본궤도에 올라", "중단없는 혁신을 강조하고 있다",
     "우리가 함께 했던 시간을 돌아보면", "그 어렵던 목표들이 달성이 된다는 것을 확인하는 시간들이었다", "우리가 포기하지 않았던 일들은 하나하나 이뤄지고 있다"],
)

D = "2022-06-02"
N = "김두겸"
GOLD["ha-03-ucinews.txt"] = (
    md("김두겸 울산시장 당선인 \"제2산업수도 원년으로 삼아 새로운 60년 열어가겠다\"", "2022-06-02T12:19+09:00", "정두은", "울산시민신문", "31"),
    [],
    [
        c("그린벨트를 해제해 산업단지를 만들어 기업을 유치하고 울산이 부족한 신재생에너지 등 미래첨단 산업은 더 채워", None, D, ["investment-attraction", "energy-transition"], "plan", N),
        c("청년들이 일자리를 찾아 울산을 떠나고 있는 게 울산이 처한 현실", None, D, ["jobs", "youth-policy"], "criticism", N),
        c("좋은 일자리를 많이 만들어 청년들의 꿈을 키우고 문화를 융성시키겠다", None, D, ["jobs", "youth-policy", "culture-tourism"], "plan", N),
        c("부족한 의료 및 교육·문화시설도 확충하는 등", None, D, ["public-health", "education", "culture-tourism"], "plan", N),
    ],
    ["올해를 제2산업수도 원년으로 삼아 새로운 60년을 열어가겠다", "울산은 올해로 공업단지로 지정된 지 60주년을 맞았다",
     "이제는 모두가 하나로 뭉칠 때이고", "부족했던 미래 산업은 더 채워 울산이 다시 산업수도의 위상을 찾도록 노력하겠",
     "이제는 모두 하나로 뭉쳐 산업수도 위상을 찾을 때"],
)

D = "2025-01-08"
A = ["agriculture"]
GOLD["ha-04-newsis.txt"] = (
    md("울주군, 올해 농업분야 '558억' 투입…소득·기반시설 강화", "2025-01-08T10:00:01+09:00", "유재형", "뉴시스", "31710"),
    [],
    [
        c("올해 농업분야 예산 558억원을 투입한다고 8일 밝혔다", None, D, A, "plan"),
        c("농가 소득 안정 259억원", None, D, A, "plan"),
        c("고령농가 벼 육묘 지원 대상자의 연령을 기존 62세 이상에서 60세 이상으로 낮춰 지원을 확대한다", None, D, A, "plan"),
        c("벼 재배 농업인에게 벼 육묘상자(1상자당 정액 지원 3000원)를 지원할 계획이다", None, D, A, "plan"),
        c("토양 환경 개선을 위한 유기질 비료 지원도 전국 평균 신청량의 80%까지 확대된다", None, D, A, "plan"),
        c("기존 전국 평균 신청량의 63%까지 지원하던 유기질 비료 지원을", None, D, A, "plan"),
        c("유기질 비료(3종), 부숙유기질 비료(2종)를 지원한다", None, D, A, "plan"),
        c("농작물 재해보험료 지원율을 전체의 95%로 확대 지원한다", None, D, A, "plan"),
        c("농업인이 부담할 보험료는 전체의 5%로 줄어든다", None, D, A, "statement"),
        c("의료가 취약한 농촌지역 거주민을 위해 농촌 왕진버스를 운영할 계획이다", None, D, ["public-health", "agriculture"], "plan"),
        c("한방진료와 물리치료 등 의료서비스를 제공하며 올해는 두동·두서 지역 주민을 대상으로 사업을 추진한다", None, D, ["public-health"], "plan"),
        c("여성 농업인의 농작업 질환 예", None, D, A, "statement"),
    ],
    ["울주군, 올해 농업분야 '558억' 투입", "울주군청. (사진=뉴시스 DB)"],
)

D = "2022-10-06"
S = ["smart-city"]
GOLD["ha-05-kndaily.txt"] = (
    md("부울경 최초 스마트도시 김해시", "2022-10-06T19:43:26+09:00", "배성우", "경남데일리", "48250"),
    [],
    [
        c("정부가 인증한 부울경 최초 스마트도시 김해시.", None, D, S, "achievement"),
        c("스마트한 도시로서 역량을 전국적으로 인정 받은 김해시는", None, D, S, "achievement"),
        c("2019년 스마트도시팀을 신설했다", None, D, S, "achievement"),
        c("과단위 스마트도시담당관으로 승격시켜 스마트도시 사업을 본격화했다", None, D, S, "achievement"),
        c("부울경 제1호 스마트도시라는 큰 성과를 낸 것이다", None, D, S, "achievement"),
        c("활발한 시민 참여 속에 시민생활과 밀접한 기반시설", None, D, ["smart-city", "citizen-participation"], "statement"),
        c("기반시설 분야는 스마트도시통합운영센터가 대표적이다", None, D, S, "statement"),
        c("CCTV통합관제센터인 스마트도시통합운영센터(김해365안전센터)를 개소해", None, D, ["smart-city", "disaster-safety"], "achievement"),
    ],
    ["내년부터 민선8기 5개 스마트도시 공약 본격화", "스마트도시란 정보통신기술(ICT) 빅데이터 등 신기술을 접목해", "default_news_ad2"],
)

D = "2020-05-31"
GOLD["ha-06-kyongbuk.txt"] = (
    md("안동 임하면 일대 대규모 스마트농업 단지 조성 추진", "2020-05-31T16:32+09:00", "오종명", "경북일보", "47170"),
    ["gwon-yeong-se"],
    [
        c("안동에 대규모 스마트 영농단지가 들어선다", None, D, A, "plan"),
        c("농업 로봇과 스마트시설을 5세대 이동 통신(5G)과 연계한 농업 단지를 조성한다", None, D, ["agriculture", "robot-industry", "fourth-industrial-revolution"], "plan"),
        c("데이터를 기반으로 한 영농 단지를 만든다는 계획이다", None, D, ["agriculture", "fourth-industrial-revolution"], "plan"),
        c("올해부터 3년 동안 245억 원을 투입한다", None, D, A, "plan"),
        c("기본계획을 수립해 다음 달까지 농림축산식품부에 승인을 신청할 방침이다", None, D, A, "plan"),
        c("밭 농업 로봇연구 실증센터 구축 등과 연계해 임하면 영농 단지가 국내 스마트농업 중심으로 자리매김하도록 지원을 아끼지 않겠다", "gwon-yeong-se", D, ["agriculture", "robot-industry"], "plan"),
    ],
    ["안동시 스마트 농업 착수보고회 모습", "오종명 기자의 다른기사 보기"],
)

L = "lee-cheol-u"
C = ["climate-carbon"]
GOLD["ha-07-fnnews.txt"] = (
    md("경북도, '경북형 탄소중립 프로젝트'로 녹색성장 선도", None, "김장욱", "파이낸셜뉴스", "47"),
    [L],
    [
        c("지역 맞춤 '경북형 탄소중립 프로젝트'로 녹색성장을 선도한다", None, None, C, "plan"),
        c("글로벌 규제 등에 종합 대응하기 위한 '경북형 탄소중립 프로젝트'를 발표했다", None, None, C, "plan"),
        c("온실가스 배출량 43% 감축을 목표로", None, None, C, "target"),
        c("4대 추진전략으로 마련했다", None, None, C, "plan"),
        c("도가 탄소중립을 선도하는 핵심지역으로 자리매김할 것이다", L, None, C, "statement"),
        c("원팀이 돼 탄소중립 대한민국으로 가는 길을 열겠다", L, None, C, "plan"),
        c("약 4조원 이상의 재정이 소요될 것으로 추정되며", None, None, C, "statement"),
    ],
    ["5년간 4조원 이상 투자, 4대 전략 6대 부문 46개 세부과제 추진", "지역산업과 동반성장하는 경북형 탄소중립 정책 제시",
     "박기완 경북도 기후환경국장이 13일 오전 경북도청 브리핑룸에서"],
)

D = "2018-01-29"
E = ["energy-transition"]
GOLD["ha-08-kmib.txt"] = (
    md("원전도시 부산, 고리 1호기 영구정지 대비 원전해체산업 육성 본격화", "2018-01-29T19:05+09:00", "윤봉학", "국민일보", "26"),
    [],
    [
        c("‘원전 도시’ 부산이 원전해체산업 육성에 본격 나섰다", None, D, E, "plan"),
        c("‘원전해체산업 육성 협의회’를 출범한다고 29일 밝혔다", None, D, E, "plan"),
        c("산·학·연이 유기적으로 협력하며 지역 원전해체산업 육성 방안을 모색한다", None, D, ["energy-transition", "research-development"], "statement"),
        c("시는 원전해체 기술개발, 전문인력 양성, 네트워크 강화 사업을 하고", None, D, ["energy-transition", "research-development", "jobs"], "plan"),
        c("원전해체용 레이저 절단기술 개발사업에 나선다", None, D, ["energy-transition", "research-development"], "plan"),
        c("제염·해체 인력양성 프로그램을 운영한다", None, D, ["energy-transition", "jobs"], "plan"),
        c("세계 최대의 해체 원전 밀집지역으로 부상하게 된다", None, D, E, "statement", "김기영"),
    ],
    ["출범식에선 기관별로 원전해체산업 육성 계획을 발표하고", "원전도시 부산, 고리 1호기 영구정지 대비 원전해체산업 육성 본격화"],
)

B = "suh-byung-soo"
GOLD["ha-09-bseconomy.txt"] = (
    md(None, None, None, None, "26"),
    [B],
    [
        c("서병수 부산시장이 주민들이 살고 있는 생활현장으로 직접 찾아간다", None, None, ["citizen-participation"], "plan"),
        c("다복동 복지사업이 계획대로 진행․ 적용되고 있는지", None, None, ["welfare", "citizen-participation"], "plan"),
        c("국내외적으로도 도시재생을 상징하는 대표마을로 발전해 왔으나", None, None, ["urban-regeneration", "welfare"], "statement"),
        c("현장에서 주민의 목소리를 직접 경청하고 지역밀착형 정책개발을 통해 주민과 함께 만드는 시정을 실천할 계획이다", None, None, ["citizen-participation"], "plan"),
        c("1개월내 담당부서장이 직접 처리상황과 향후계획 등을 주민들을 찾아가 설명하는 피드백을 하는 것이 큰 특징이다", None, None, ["citizen-participation"], "statement"),
        c("더 살기 좋은 부산, 다함께 행복한 동네, 부산을 만들어 가겠다", B, None, ["welfare", "citizen-participation"], "plan"),
        c("다복동은 부산시 민선6기 대표 브랜드로 마을재생, 물복지, 주민건강", None, None, ["welfare", "urban-regeneration", "water-supply"], "statement"),
    ],
    ["첫번째 현장방문은 17일 오후 2시부터", "옛것과 새것이 공존하고 역사와 문화가 어우러지는",
     "마을공동체 시설을 찾아 공동체 활동에 참여한다", "지역발전을 위한 대화의 시간을 갖는다"],
)

if __name__ == "__main__":
    G.mkdir(exist_ok=True)
    n = 0
    for art, (meta, offs, claims, nots) in GOLD.items():
        g = {"article": art, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots}
        (G / f"{art}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n += len(claims)
        print(art, len(claims))
    print("total", n)
