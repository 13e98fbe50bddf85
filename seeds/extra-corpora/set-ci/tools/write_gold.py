"""Write set-ci's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

N = None


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


GOLD = {}

# ci-01 newspim: Busan city, youth jobs council; undated (only the caption carries 2025.04.07) -> all dates null
PHJ = "park-heong-joon"
GOLD["ci-01-newspim.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "남동현", "outlet": "뉴스핌", "jurisdiction": "26"},
    "officials": [PHJ],
    "claims": [
        c("부산시는 청년 일자리 문제 해결을 위해 7일 부산청년잡(JOB) 성장카페에서 지·산·학 등 18개 기관과 업무협약을 체결한다고 밝혔다", N, N, ["jobs", "youth-policy"], "plan"),
        c("18개 기관이 함께하는 정기 협의체인 부산청년 일자리 원스톱 지원협의체의 본격 추진을 위해 마련됐다", N, N, ["jobs", "youth-policy"], "statement"),
        c("협의체는 청년 중심 고용서비스를 일괄 지원하며", N, N, ["jobs", "youth-policy"], "plan"),
        c("서부산 지역 청년취업 허브로, 부산에서 세 번째로 개소한 청년 일자리 지원 거점이다", N, N, ["jobs", "youth-policy"], "statement"),
        c("청년 일자리 창출과 취업 지원에 실질적인 도움을 주는 것을 목표로 한다", N, N, ["jobs", "youth-policy"], "statement"),
        c("청년 일자리 미스매치 해소를 위한 새로운 협력모델을 개발할 계획이다", N, N, ["jobs", "youth-policy"], "plan"),
        c("'2025 청년지대 정책'을 발표한 바 있다", N, N, ["jobs", "youth-policy"], "achievement"),
        c("이 정책은 구직 관리 지원과 일자리 미스매치 해소를 중점으로 두고 있다", N, N, ["jobs", "youth-policy"], "statement"),
        c("경제 불확실성 속에 청년 취업난 해결을 위해 이번 협약이 기관 간 실질적인 협력이 되는 계기가 될 것", PHJ, N, ["jobs", "youth-policy"], "statement"),
    ],
    "not_claims": [
        "청년고용개선 정책 개발과 고용상황 점검",
        "부산청년잡 성장카페 3호점 내부 전경 [사진=부산시] 2025.04.07",
        "이번 협약은 서부산권 청년잡 성장카페 개소와 함께 마련됐다",
    ],
}

# ci-02 news1: Ulsan, carbon-neutrality forum; undated (caption 2024.6.20 only) -> dates null
KDG = "kim-doo-gyeom"
GOLD["ci-02-news1.txt"] = {
    "metadata": {"headline": "산업도시 울산, '탄소중립도시' 탈바꿈 본격 시동", "published": None, "reporter": "김지혜",
                 "outlet": "뉴스1", "jurisdiction": "31"},
    "officials": [KDG],
    "claims": [
        c("탄소중립 도시로 전환을 위한 더 많은 노력이 필요하다", KDG, N, ["climate-carbon"], "plan"),
        c("울산은 오는 2029년까지 세계 최초 수소 트램 운행을 앞두고 있다", KDG, N, ["public-transit", "energy-transition"], "plan"),
        c("탄소포집저장(CCS) 사업 추진 등 탄소배출 감축을 위해 지속 노력하겠다", KDG, N, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "산업도시 울산, '탄소중립도시' 탈바꿈 본격 시동",
        "탄소중립녹색성장위와 '탄소중립 권역별 포럼' 개최",
        "울산의 탄소중립·경제성장 위해 적극 지원",
        "'2024 제1회 탄소중립 녹색성장 권역별 포럼'에 참석해 인사말을 하고 있다",
        "공동 개최한 제1회 '탄소중립 녹색성장 권역별 포럼'에서 이같이 밝혔다",
        "울산의 탄소중립 및 녹색성장에 관한 현안을 공유하고 협력 방안을 모색하기 위해 마련됐다",
        "'산업도시 울산의 미래와 수소 산업 생태계 구축'을 주제로 열렸다",
        "'탄소중립 전략으로서 울산 수소 산업 생태계 강화 방안'에 대한 주제 발표를 진행했다",
    ],
}

# ci-03 hankyung (AMP): Ulju county; no publication date, no byline, no outlet named -> nulls
LSH = "lee-seon-ho"
GOLD["ci-03-hankyung.txt"] = {
    "metadata": {"headline": "울산 울주군, 6차 산업지구·스마트 축산단지 조성…'청년 농부의 꿈' 이 실현되는 울주로",
                 "published": None, "reporter": None, "outlet": None, "jurisdiction": "31710"},
    "officials": [LSH],
    "claims": [
        c("올해 신성장산업으로 스마트 농어촌 조성에 본격 나서기로 했다", N, N, ["agriculture"], "plan"),
        c("165만㎡ 규모의 6차 산업 전략지구 지정과 개발을 추진하고, 울주형 스마트팜 단지와 스마트 축산 정보통신기술(ICT) 시범단지를 조성할 계획", LSH, N, ["agriculture"], "plan"),
        c("이를 기반으로 인구 30만 명의 희망찬 미래 울주 건설을 위해 더욱 속도를 내겠다는 의지다", LSH, N, ["agriculture"], "target"),
        c("울주군을 지속적인 인구 유입을 위해 청년이 돌아오는 곳으로 만들어야 한다", LSH, N, ["youth-policy"], "plan"),
        c("6차 산업단지와 축산단지 조성은 청년 농부의 꿈을 실현시키는 핵심 사업이 될 것", LSH, N, ["agriculture", "youth-policy"], "statement"),
        c("청년들이 마음 놓고 귀농할 수 있도록 귀농 패러다임 전환", N, N, ["agriculture", "youth-policy", "jobs", "startup-support"], "plan"),
        c("관광산업화는 물론 울주형 일자리를 창출한다는 목표다", N, N, ["agriculture", "culture-tourism", "jobs"], "plan"),
        c("‘아이 키우기 좋은 울주’에서 ‘결혼하기 좋은 울주’로 변화하겠다", LSH, N, ["childcare-birth"], "plan"),
        c("신혼부부 주택매입·전세자금 대출이자 지원과 작은 결혼식 지원 등으로 미혼남녀의 결혼 부담을 줄여", LSH, N, ["housing", "childcare-birth"], "plan"),
    ],
    "not_claims": [
        "울산 울주군, 6차 산업지구·스마트 축산단지 조성",
        "옹기 만들기 체험을 하고 있다. 울주군 제공",
        "지난해 말 울주군 인구는 22만3167명에 이른다",
    ],
}

# ci-04 gukjenews (AMP): Haeundae-gu urban regeneration; date line 2021-08-30; interview '지난 27일'
HSH = "hong-sun-heon"
P4 = "2021-08-30"
GOLD["ci-04-gukjenews.txt"] = {
    "metadata": {"headline": "[민선7기 3주년 특집 인터뷰] 홍순헌 해운대구청장 \"신청사 이전으로 동서균형발전 이루겠다\"",
                 "published": P4, "reporter": "조하연", "outlet": "국제뉴스", "jurisdiction": "26350"},
    "officials": [HSH],
    "claims": [
        c("구는 이를 해결하기 위해 도시재생사업을 활발하게 진행하고 있다", N, P4, ["urban-regeneration"], "statement"),
        c("민선 7기 3주년 기념 인터뷰를 통해 구가 진행하는 도시재생사업에 대해 설명했다", HSH, "2021-08-27", ["urban-regeneration"], "statement"),
        c("반송2동 도시재생뉴딜사업은 올해 시행 3년차로 접어들었다", N, P4, ["urban-regeneration"], "statement"),
        c("반송로 924번길 보행환경사업과 문화마당 개선공사를 착수해 올 연말 준공을 앞두고 있다", N, P4, ["urban-regeneration"], "statement"),
        c("골목문화쉼터 조성은 8월에 마무리될 예정이다", N, P4, ["urban-regeneration"], "plan"),
        c("반여2·3동 도시재생뉴딜사업은 3월 현장지원센터를 문 열었고", N, P4, ["urban-regeneration"], "achievement"),
        c("하반기에는 주민 피부에 직접 닿는 집수리 사업이 시작된다", N, P4, ["urban-regeneration", "housing"], "plan"),
        c("주요 거점시설의 조성을 위한 사전작업도 순조롭게 진행될 예정이다", N, P4, ["urban-regeneration", "jobs", "culture-tourism", "small-merchants"], "plan"),
        c("반송1동 도시재생 예비사업 '반달프(반송이 달라지는 프로젝트)'도 진행되고 있다", N, P4, ["urban-regeneration"], "statement"),
        c("주민 거점공간인 '별솥터'를 조성해", N, P4, ["urban-regeneration"], "statement"),
    ],
    "not_claims": [
        "신청사 이전으로 동서균형발전 이루겠다",
        "해운대구는 동서간 격차가 심해 지역균형 발전이 숙제가 됐다",
        "홍순헌 해운대구청장이 지난 27일 국제뉴스 조하연 기자와 인터뷰를 진행하고 있다",
    ],
}

# ci-05 kukinews: Sancheong county, 귀농귀촌 fair; institutional only; no publication date -> dates null
GOLD["ci-05-kukinews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "강승우", "outlet": "쿠키뉴스", "jurisdiction": "48860"},
    "officials": [],
    "claims": [
        c("경남 산청군이 예비 귀농‧귀촌인 유치에 적극 나서고 있다고 21일 밝혔다", N, N, ["agriculture"], "statement"),
        c("박람회에 참가해 유치활동에 본격 나설 계획이다", N, N, ["agriculture"], "plan"),
        c("성공한 귀농귀촌 사례 등을 홍보한다", N, N, ["agriculture"], "plan"),
        c("예비 귀농귀촌인들을 올해 가을에 열리는 제19회 산청한방약초축제 기간에 초청할 예정이다", N, N, ["agriculture"], "plan"),
        c("군은 2011년 관련 지원 조례를 만든 데 이어 2016년 행정기구를 설치해 도시민 유치에 나서고 있다", N, N, ["agriculture"], "achievement"),
        c("농업창업자금 지원사업, 주택 구입‧수리 지원사업, 선도농가 현장실습 교육지원 등", N, N, ["agriculture", "startup-support", "housing"], "statement"),
        c("귀농귀촌을 희망하는 도시민들에게 농촌에 대한 올바른 이해와 현실적인 귀농귀촌에 대한 정보를 제공할 것", N, N, ["agriculture"], "plan"),
    ],
    "not_claims": [
        "산청=강승우 기자 kkang@kukinews.com",
    ],
}

# ci-06 asiae: Gijang county welfare award; ' date 2025-11-24'
JJB = "jeong-jong-bok"
P6 = "2025-11-24"
GOLD["ci-06-asiae.txt"] = {
    "metadata": {"headline": None, "published": P6, "reporter": "조충현", "outlet": "아시아경제", "jurisdiction": "26710"},
    "officials": [JJB],
    "claims": [
        c("'2025년 지역복지분야 종합평가'에서 우수기관으로 선정됐다", N, P6, ["welfare"], "achievement"),
        c("주민 밀착형 복지행정의 성과를 인정받았다", N, P6, ["welfare"], "achievement"),
        c("맞춤형 복지서비스 제공과 주민 밀착형 복지체계 강화를 위해 지속적으로 노력해 왔다", N, P6, ["welfare"], "statement"),
        c("복지 위기가구 발굴 체계를 한층 강화한 점이 높은 평가를 받았다", N, P6, ["welfare"], "achievement"),
        c("맞춤형 복지 추진 노력도 두드러진 성과로 주목됐다", N, P6, ["welfare"], "achievement"),
        c("이번 수상은 민·관이 함께 만든 지역복지 협력체계의 결실", JJB, P6, ["welfare"], "achievement"),
        c("기장형 복지 모델을 지속적으로 강화해 나가겠다", JJB, P6, ["welfare"], "plan"),
    ],
    "not_claims": [
        "주민 밀착형 복지행정 성과",
        "기장군 장려상·기장읍 우수상",
        "지역복지 전반을 아우르는 지표를 중심으로 진행됐다",
        "영남취재본부 조충현 기자",
    ],
}

# ci-07 ilyo: Gimhae traditional markets; institutional only; no publication date -> dates null
GOLD["ci-07-ilyo.txt"] = {
    "metadata": {"headline": "민선 출범이후 전통시장 6곳에 총 277억 원 투입", "published": None, "reporter": None,
                 "outlet": "일요신문", "jurisdiction": "48250"},
    "officials": [],
    "claims": [
        c("김해시가 올해도 지역 전통시장 살리기에 가속도를 낸다", N, N, ["small-merchants"], "plan"),
        c("올해도 46억 원을 투입할 계획이라고 5일 밝혔다", N, N, ["small-merchants"], "plan"),
        c("전통시장 1곳 당 평균 46억 원이 투입되게 된다", N, N, ["small-merchants"], "statement"),
        c("아케이드 설치 및 주차장 조성에 176억6천만 원", N, N, ["small-merchants"], "statement"),
        c("아케이드 설치 및 주차장 조성에 전체 사업비의 63%를 투자했다", N, N, ["small-merchants"], "statement"),
        c("아케이드 설치는 동상, 삼방시장은 설치가 완료됐고", N, N, ["small-merchants"], "achievement"),
        c("진영시장은 내년에 사업을 추진할 계획이다", N, N, ["small-merchants"], "plan"),
        c("전통시장에 대한 경영혁신사업도 지속적으로 지원·유도하고 있다", N, N, ["small-merchants"], "statement"),
        c("소비자가 믿고 다시 찾는 전통시장을 만든다는 방침이다", N, N, ["small-merchants"], "plan"),
        c("지속적인 지원을 아끼지 않을 것", N, N, ["small-merchants"], "plan"),
    ],
    "not_claims": [
        "민선 출범이후 전통시장 6곳에 총 277억 원 투입",
        "김해시 삼방시장 입구 모습.",
        "5일마다 개설하는 정기시장은 진영과 진례시장이며",
    ],
}

# ci-08 gndomin: Gyeongnam governor's smart-Gyeongnam remarks; 승인 2018.10.01 18:42; meeting '1일'
KGS = "kim-gyeong-su"
P8 = "2018-10-01"
GOLD["ci-08-gndomin.txt"] = {
    "metadata": {"headline": "김경수 도지사 “우리 목표는 스마트 경남”", "published": "2018-10-01T18:42+09:00",
                 "reporter": "최원태", "outlet": None, "jurisdiction": "48"},
    "officials": [KGS],
    "claims": [
        c("그동안 스마트공장 등 제조업 혁신을 집중적으로 강조했는데", KGS, P8, ["fourth-industrial-revolution"], "plan"),
        c("경남도가 추진 중인 스마트공장, 스마트산단, 스마트산업으로 이어지는 제조업 혁신과 함께", KGS, P8, ["fourth-industrial-revolution", "smart-city", "agriculture"], "plan"),
        c("일자리를 스마트하게 만드는 것이 꼭 필요하다", KGS, P8, ["jobs"], "plan"),
        c("‘경남형 스마트 일자리’를 만들어가자", KGS, P8, ["jobs"], "plan"),
        c("산단 주변의 보육과 교육 등 주거 여건을 개선함으로써 실질적 임금 격차를 해소해나가는 방향을 말한다", N, P8, ["jobs", "childcare-birth", "education"], "statement"),
        c("16개 업체, 3조 1,300억 원 가까운 투자유치 MOU를 맺을 예정", KGS, P8, ["investment-attraction"], "plan"),
    ],
    "not_claims": [
        "김경수 도지사 “우리 목표는 스마트 경남”",
        "경남 전반 포괄적 혁신해야 경제 살아날 것",
        "1일 도청 회의실에서 실·국·본부장회의를 주재했다",
        "“우리의 목표는 스마트 경남이 돼야 한다”며 전방위적 혁신을 주문했다",
    ],
}

# ci-09 ohmynews: Geoje mayor's press conference on shipbuilding hiring; ' date 2025-09-22', '22일'
BGY = "byeon-gwang-yong"
P9 = "2025-09-22"
GOLD["ci-09-ohmynews.txt"] = {
    "metadata": {"headline": None, "published": P9, "reporter": None, "outlet": None, "jurisdiction": "48310"},
    "officials": [BGY],
    "claims": [
        c("정규직 신규 채용 확대와 지역 인재 육성 방안을 제안했다", BGY, P9, ["jobs"], "plan"),
        c("기업과 지자체가 함께 내국인 정규직 신규 채용 확대 및 지역 인재 육성에 나서야 한다고 강조했다", BGY, P9, ["jobs"], "plan"),
        c("변 시장은 양대 조선소의 동참을 촉구하며 해결방안을 제안했다", BGY, P9, ["jobs", "youth-policy"], "plan"),
    ],
    "not_claims": [
        "큰사진보기 ▲변광용 거제시장. ⓒ 거제시청 관련사진보기",
        "거제 양대 조선소에 적극적인 협력을 촉구했다",
        "정작 지역 청년과 시민들은 성과를 체감하지 못하고 있다",
        "조선업 불황 시기에 지역 인구도 많이 줄었지만 외국인은 더 늘어났다는 것이다",
        "조선업 종사자는 약 2만 9000여 명이 줄었다는 것이다",
        "최근 5년간 청년 인구가 1만 8000여 명 줄어든 반면 외국인 인구는 1만여 명 증가했다고 거제시가 밝혔다",
        "내국인 노동자는 줄어들고, 외국인 인력에 대한 의존도는 심화되고 있다",
    ],
}

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, g in GOLD.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(GOLD), "files,", sum(len(g["claims"]) for g in GOLD.values()), "claims")
