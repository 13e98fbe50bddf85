"""Write set-bf's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


def meta(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


LSH = "lee-seung-hun"
files = {}

# bf-01: 청주시장 이승훈, 시정연설 (undated excerpt: only '20일'; URL suggests 2015-11-20)
files["bf-01-newdaily.txt"] = {
    "metadata": meta(None, None, None, None, "43110"),
    "officials": [LSH],
    "claims": [
        c("KTX 호남선의 개통으로 전국 반나절 생활권이", LSH, None, ["public-transit"], "achievement"),
        c("힘차게 도약하는 일등경제 창조 △더불어 함께하는 복지문화 실현", LSH, None,
          ["welfare", "culture-tourism", "disaster-safety", "citizen-participation"], "plan"),
        c("10조원의 투자유치를 목표로", LSH, None, ["investment-attraction", "jobs"], "target"),
        c("청년고용 확대를 위한 취업지원을 강화하고", LSH, None,
          ["jobs", "youth-policy", "small-merchants", "startup-support", "agriculture"], "plan"),
    ],
    "not_claims": [
        "대한민국의 속도혁명을 우리 시의 경제혁명으로 이어 나가겠다",
        "경제성장의 바로미터인 인구성장을 통해",
        "중부권 핵심도시로 성장시켜 나가겠다",
        "미래전략산업인 항공산업을 육성하고 청주국제공항 활성화",
    ],
}

# bf-02: 충주 치매안심마을 (뉴스스텝, 2025-09-22)
JGH = "jo-gil-hyeong"
D2 = "2025-09-22"
files["bf-02-newsstep.txt"] = {
    "metadata": meta("충주시, 동량면 ․봉방동 ‘우수 치매안심마을’선정", "2025-09-22T11:35:06+09:00", "최선경",
                     "뉴스스텝", "43130"),
    "officials": [JGH],
    "claims": [
        c("우수마을로 선정됐다고 22일 밝혔다", None, D2, ["dementia-care"], "achievement"),
        c("현재 총 3개 마을을 치매안심마을로 운영 중이다", None, D2, ["dementia-care"], "statement"),
        c("2년 연속 성과를 거두게 됐다", None, D2, ["dementia-care"], "achievement"),
        c("치매친화적 환경 조성 등에서 높은 평가를 받았다", None, D2, ["dementia-care"], "achievement"),
        c("모범사례로 인정받았다", None, D2, ["dementia-care"], "achievement"),
        c("이번 선정은 지역사회와 함께 치매 친화 환경 조성에 힘쓴 결과", JGH, D2, ["dementia-care"], "achievement"),
        c("지속 가능한 돌봄 체계를 강화해 나가겠다", JGH, D2, ["dementia-care", "welfare"], "plan"),
        c("치매통합관리 사업을 지속적으로 추진하며", None, D2, ["dementia-care"], "statement"),
    ],
    "not_claims": [
        "동량면, 봉방동 우수 치매안심마을 선정(동량면 계명산 치유의 숲 힐링캠프 사진)",
        "부안군, 출산 산후 조리비 대폭 확대 지원",
        "부안군보건소는 출산 가정의 경제적 부담을 완화하고",
    ],
}

# bf-03: 충북지사 이시종, 도의회 353회 임시회 (undated)
LSJ = "lee-si-jong"
files["bf-03-ccdn.txt"] = {
    "metadata": meta(None, None, None, "충청매일", "43"),
    "officials": [LSJ],
    "claims": [
        c("바이오산업 생산규모를 3조원대로 늘려", LSJ, None,
          ["medical-industry", "research-development", "investment-attraction"], "target"),
        c("화장품뷰티생산규모를 32%까지 높이고", LSJ, None, ["medical-industry", "energy-transition"], "target"),
    ],
    "not_claims": [
        "‘세계속의 충북’으로 대전환하겠다",
        "6대 신성장 동력산업’의 지속 육성과 동시에",
        "이 같은 올해 충북도의 정책을 설명했다",
    ],
}

# bf-04: 서천군 귀농귀촌 (세종타임즈, 2021-06-14), institutional
D4 = "2021-06-14"
files["bf-04-sejongtimes.txt"] = {
    "metadata": meta("서천군, 차별화된 지원 정책으로 귀농·귀촌 트렌드 선도", "2021-06-14T13:38:42+09:00", "강승일",
                     "세종타임즈", "44770"),
    "officials": [],
    "claims": [
        c("귀농 1번지로 급부상하며 호평을 받고 있다", None, D4, ["agriculture"], "achievement"),
        c("민선6~7기 공약사업으로 귀농귀촌 활성화를 선정하고", None, D4, ["agriculture"], "statement"),
        c("1809가구 2771명으로 나타났고", None, D4, ["agriculture"], "achievement"),
        c("‘귀농인의 집’을 운영해 체험의 기회를 제공하고", None, D4,
          ["agriculture", "housing", "youth-policy"], "statement"),
        c("도시청년 초보농부 창업기반 조성 사업에", None, D4,
          ["agriculture", "startup-support", "youth-policy"], "statement"),
    ],
    "not_claims": [
        "주거비 창업비 등 경제적 지원과 맞춤형 기술교육, 체험 프로그램 등 운영",
        "서천군, 차별화된 지원 정책으로 귀농·귀촌 트렌드 선도",
    ],
}

# bf-05: 논산시 2025 청년정책 시행계획 (undated excerpt: '11일'), 백성현
BSH = "baek-seong-hyeon"
files["bf-05-newdaily.txt"] = {
    "metadata": meta(None, None, None, None, "44230"),
    "officials": [BSH],
    "claims": [
        c("'2025년도 청년정책 시행계획'을 확정했다고 11일 밝혔다", None, None, ["youth-policy"], "plan"),
        c("5대 분야, 44개 사업으로 구성됐다", None, None, ["youth-policy"], "statement"),
        c("청년 일자리 분야에 177억 원을 집중 투자해", None, None, ["youth-policy", "jobs", "agriculture"], "plan"),
        c("주거 분야에는 57억 원을 투입해", None, None, ["youth-policy", "housing"], "plan"),
        c("장학금 확대, 청년 문화예술 패스, 결혼축하금 지원", None, None,
          ["youth-policy", "education", "culture-tourism", "childcare-birth"], "plan"),
        c("청년 소통과 참여 기회를 확대할 계획이다", None, None, ["youth-policy", "citizen-participation"], "plan"),
        c("청년 일자리 창출과 맞춤형 정책으로 청년들이", BSH, None, ["youth-policy", "jobs"], "plan"),
    ],
    "not_claims": [
        "청년 정착 지원 강화…스마트팜·아르바이트 확대",
        "백성현 논산시장이 최근 청년네트워크 2기 워크숍에서 인사말을 하고 있다",
    ],
}

# bf-06: 청양군수 김돈곤 읍면 순방, 농어촌 기본소득 (' date 2026-01-19')
KDG = "kim-don-gon"
D6 = "2026-01-19"
files["bf-06-ohmynews.txt"] = {
    "metadata": meta(None, "2026-01-19", None, None, "44790"),
    "officials": [KDG],
    "claims": [
        c('김 군수는 "농어촌 기본소득 재원이', KDG, D6, ["welfare"], "statement"),
        c('"이번 사업이 지역 소멸 위기를 극복할 수 있는', KDG, D6, ["welfare"], "statement"),
        c('성공적 추진을 위해 최선을 다하겠다"고', KDG, D6, ["welfare"], "plan"),
        c("공공기관 유치 성과를 통해 연간 50만 명 이상의 방문객이", KDG, D6, ["culture-tourism"], "achievement"),
    ],
    "not_claims": [
        "김돈곤 청양군수가 19일부터 읍면 순방에 나섰다",
        "농어촌 기본소득은 지역 소멸 극복 마지막 정책",
        "군민 곁으로 한 걸음 더 다가가 행복한 청양을 만들어 가는 데 최선을 다하겠다",
        "청양읍에서의 주요 화두는 '농어촌 기본소득 시범사업'이었다",
        "시범사업의 정책적 목표와 취지를 군민에게 정확히 전달하는 데 중점을 뒀다",
    ],
}

# bf-07: 영월군수 최명서 인터뷰 (세계일보, 2023-06-08; 영월군 still 42750 on that day)
CMS = "choi-myeong-seo"
D7 = "2023-06-08"
files["bf-07-segye.txt"] = {
    "metadata": meta("최명서 영월군수 “귀농인구 30%가 젊은층… 일·창업하기 좋은 환경 만들 것”",
                     "2023-06-08T20:27:38+09:00", None, "세계일보", "42750"),
    "officials": [CMS],
    "claims": [
        c("귀농 인구 10명 중 3명이 30∼40대 젊은층입니다", CMS, D7, ["agriculture"], "achievement"),
        c("교육, 문화, 복지, 의료 편의 등에서 여러 정책을 추진하고", CMS, D7,
          ["education", "culture-tourism", "welfare", "public-health"], "achievement"),
        c("문화·관광을 통한 생활 인구를 확보하고 청년 인구유입을 유도하고 있다", None, D7,
          ["culture-tourism", "youth-policy"], "statement"),
        c("청년층에 대한 지원에 집중하고 있다", None, D7, ["youth-policy"], "statement"),
        c("강원도에서 가장 먼저 청년전담조직인 청년사업단을 만들고", None, D7,
          ["youth-policy", "jobs", "startup-support"], "achievement"),
        c("문화·여가 프로그램에 연 4500명이 참여하고 있다", None, D7, ["youth-policy", "culture-tourism"],
          "achievement"),
    ],
    "not_claims": [
        "2021년 강원도 첫 청년전담조직 만들어",
        "행복청년 공공임대주택 건설도 진행중",
        "인구 감소율이 눈에 띄게 둔화하고 있는 배경을 이렇게 설명했다",
    ],
}

# bf-08: 원주시장 원강수 정례브리핑, 시내버스 (undated excerpt: '5일')
WGS = "won-gang-su"
files["bf-08-kgnewskorea.txt"] = {
    "metadata": meta("원주시, 시내버스 노선 신설·단계적 개편…교통난 해소", None, None, None, "42130"),
    "officials": [WGS],
    "claims": [
        c("시내버스 교통체계를 단계적으로 개선한다", None, None, ["public-transit"], "plan"),
        c("3년 전만 해도 75개 노선 159대의 버스가 운행했으나", WGS, None, ["public-transit"], "statement"),
        c("도심을 관통하는 시내버스 노선을 신설하고", WGS, None, ["public-transit"], "plan"),
        c("기업도시를 연결하는 버스 노선을 신설한다", None, None, ["public-transit"], "plan"),
        c("정류장 45개소를 정차한다", None, None, ["public-transit"], "statement"),
        c("운행 시간을 적게는 20%에서 최대 50%까지 단축된다", None, None, ["public-transit"], "target"),
        c("신설노선은 20분만에 도착하게 된다", None, None, ["public-transit"], "target"),
        c("원주역까지는 30분 만에 도착하게 된다", None, None, ["public-transit"], "target"),
        c("준공영제와 유사한 방식의 '한정면허방식'으로 추진된다", None, None, ["public-transit"], "plan"),
        c("시내버스 교통체계 개편도 진행한다", None, None, ["public-transit"], "plan"),
        c("상지대 교내 운행을 통해 학생들의 불편까지 해소할 예정이다", None, None, ["public-transit"], "plan"),
        c("원주 누리버스(마을버스)도 개편할 계획이다", None, None, ["public-transit"], "plan"),
        c("버스 체계 개편이 성공적으로 안착", WGS, None, ["public-transit"], "plan"),
    ],
    "not_claims": [
        "혁신도시~도심~기업도시 노선 신설",
        "상지대~터미널~연세대, 누리버스 노선 개편",
        "혁신도시에서 원주역까지는 40분이 소요된다",
    ],
}

# bf-09: 춘천시 도시재생뉴딜 4곳 (한국일보; undated excerpt: '24일'), institutional
files["bf-09-hankookilbo.txt"] = {
    "metadata": meta(None, None, "박은성", "한국일보", "42110"),
    "officials": [],
    "claims": [
        c("원도심 재생을 위한 사업을 추진한다", None, None, ["urban-regeneration"], "plan"),
        c("664억원을 투입할 예정이라고 24일 밝혔다", None, None, ["urban-regeneration"], "plan"),
        c("인생도서관 등 생활문화공간을 조성한다", None, None, ["urban-regeneration", "culture-tourism"], "plan"),
        c("번개시장 활성화, 호반 맛길 조성", None, None, ["urban-regeneration", "small-merchants"], "plan"),
        c("약사리 문화마을’을 테마로 도시재생사업을 추진한다는 게", None, None, ["urban-regeneration"], "plan"),
        c("육림고개 상권 및 청년창업 활성화도 추진한다", None, None,
          ["urban-regeneration", "small-merchants", "startup-support", "youth-policy"], "plan"),
        c("교동 일대는 주거지원형 사업이다", None, None, ["urban-regeneration"], "statement"),
        c("공동육아 어린이집, 돌봄공간, 커뮤니티 돌봄센터", None, None,
          ["urban-regeneration", "childcare-birth", "welfare"], "plan"),
        c("‘문화가 숨쉬는 조운동네’를 주제로 180억원을 투입할 예정이다", None, None, ["urban-regeneration"], "plan"),
        c("주민 주도로 공동체 활성화를 현실화하는 것에 중점을 두고 있다", None, None,
          ["urban-regeneration", "citizen-participation"], "statement"),
        c("도시재생을 통해 문화와 예술이 경제력이 되는 도시를", None, None,
          ["urban-regeneration", "culture-tourism"], "statement"),
    ],
    "not_claims": [
        "2024년까지 근화ㆍ소양동 등 4곳 추진",
        "전통시장 활성화ㆍ문화인프라 구축도",
    ],
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in files.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in files.values()))
