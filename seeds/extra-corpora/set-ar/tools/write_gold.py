"""Write set-ar's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# ar-01 장성군 귀농귀촌 (2021-01-12)
D = "2021-01-12"
G["ar-01-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2021-01", "reporter": "조한규", "outlet": "아시아경제",
                 "jurisdiction": "46880"},
    "officials": ["yu-du-seok"],
    "claims": [
        c("올해 한층 강화된 귀농·귀촌인 정착지원사업을 추진한다고", None, D, ["agriculture"], "plan"),
        c("군은 총 8개 사업(53개소)을 펼쳐 귀농인의 안정적인 정착을 지원한다", None, D, ["agriculture"], "plan"),
        c("‘마을단위 찾아가는 융화교육 지원사업’은 귀농·귀촌인의 지역 융화를 도와줄", None, D, ["agriculture"], "achievement"),
        c("‘따뜻한 귀농·귀촌마을 만들기 사업’은 귀농·귀촌인과 지역주민의 화합을 도모하는", None, D, ["agriculture"], "statement"),
        c("새내기 귀농인이 선도 농가에서 영농기술을 배울 수 있도록 지원하는", None, D, ["agriculture"], "statement"),
        c("선도농가는 40만 원이 지급된다", None, D, ["agriculture"], "statement"),
        c("이밖에도 군은 ▲귀농인 영농정착지원금 ▲귀농인 농가주택수리비 지원", None, D,
          ["agriculture", "housing", "startup-support"], "plan"),
        c("군은 연 평균 1500가구의 귀농·귀촌인이 정착하고 있는 귀농·귀촌 1번지다", "yu-du-seok", D, ["agriculture"], "achievement"),
        c("올해에도 명성을 이어갈 수 있도록, 내실 있는 지원사업을 펼치겠다", "yu-du-seok", D, ["agriculture"], "plan"),
    ],
    "not_claims": ["신청은 오는 27일까지 군 농업기술센터로 직접 방문하거나"],
}

# ar-02 군산시 관광비전 (undated; 2023)
G["ar-02-newgunsan.txt"] = {
    "metadata": {"headline": "강임준 시장 ‘2023 전북에 온 페스타’ 통해 관광비전 선포", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "45130"},
    "officials": ["kang-im-jun", "kim-gwan-yeong"],
    "claims": [
        c("해양관광 활성화를 통해 K-관광 대표도시로 도약하겠다는 관광비전을 선포했다", "kang-im-jun", None, ["culture-tourism"], "plan"),
        c("전북의 지속가능한 관광 비전을 선포하고 관광자원을 홍보하고자 도와 14개 시군이 공동으로 개최한 관광마케팅 행사다", None, None,
          ["culture-tourism"], "statement"),
        c("레트로 여행지로 지속 발전시키겠다", "kang-im-jun", None, ["culture-tourism"], "plan"),
        c("고군산군도와 새만금 개발을 통해 다시 찾고 싶은, 매력 으뜸 K-관광 대표도시로 도약하겠다", "kang-im-jun", None,
          ["culture-tourism"], "plan"),
        c("이번 행사는 전북 관광의 지속적인 활성화를 위해 기업들도 뜻을 모았으며", None, None, ["culture-tourism"], "achievement"),
    ],
    "not_claims": ["강임준 시장 ‘2023 전북에 온 페스타’ 통해 관광비전 선포",
                   "한국관광공사가 후원했으며, 기업, 관광업계, 언론사",
                   "김관영 전북도지사와 14개 시군 단체장들이 참석했다"],
}

# ar-03 전북도 관광 (undated; 2015)
G["ar-03-jjan.txt"] = {
    "metadata": {"headline": "전북도, 관광산업 활성화 도모 홍보·마케팅 집중", "published": None, "reporter": None,
                 "outlet": None, "jurisdiction": "45"},
    "officials": [],
    "claims": [
        c("침체된 관광산업을 활성화하기 위해 축제 홍보, 마케팅에 힘을 쏟는다", None, None, ["culture-tourism"], "plan"),
        c("전북도는 18일 지역 관광 활성화 사업을 통해 지역 축제 홍보·마케팅을 강화하고", None, None, ["culture-tourism"], "plan"),
        c("국비 1억 2000만원을 확보해 익산 천만송이국화축제", None, None, ["culture-tourism"], "plan"),
        c("‘철도 이용 힐링 여행 상품’을 운영하고", None, None, ["culture-tourism"], "plan"),
        c("익산 백제역사유적지구 투어 자전거 퍼레이드도 준비했다", None, None, ["culture-tourism"], "plan"),
        c("관광두레 전국대회를 무주 반딧불축제와 연계할 계획이다", None, None, ["culture-tourism"], "plan"),
        c("안동 등과 경합해 지난 6월 무주 태권도원으로 최종 확정됐다", None, None, ["culture-tourism"], "achievement"),
        c("전북 관광 경기를 회복하는 데 도움을 줄 것으로 예상한다", None, None, ["culture-tourism"], "statement",
          speaker_name="이지성"),
    ],
    "not_claims": ["전북도, 관광산업 활성화 도모 홍보·마케팅 집중"],
}

# ar-04 제주 에너지 대전환 로드맵 (undated; 2023)
G["ar-04-ihalla.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "한라일보", "jurisdiction": "50"},
    "officials": ["oh-young-hun"],
    "claims": [
        c("카본프리아일랜드 2030 정책의 확장판인 청정에너지 대전환 로드맵을 발표하고", None, None,
          ["energy-transition", "climate-carbon"], "plan"),
        c("제주특별자치도는 12일 이 같은 내용을 담은 에너지 대전환 로드맵을 발표했다", None, None, ["energy-transition"], "plan"),
        c("대한민국 탄소중립 2050 실천과 선도적 전환모델 구축에 앞장서겠다는 구상이다", None, None,
          ["energy-transition", "climate-carbon", "welfare"], "plan"),
        c("에너지 대전환 로드맵에는 풍력·태양광 공공성 확대", None, None, ["energy-transition", "welfare"], "statement"),
        c("기저전원을 그린수소로 전환한다는 방침이다", None, None, ["energy-transition"], "plan"),
        c("생산된 청정에너지는 1차산업, 관광, 교통·수송 분야 등 산업·생활 영역에 광범위하게 확대 적용할 예정이다", None, None,
          ["energy-transition"], "plan"),
        c("청정에너지 산업화를 통한 일자리 창출 및 기업육성과 함께 취약계층에 대한 두터운 보호를 추진해 나갈 계획이다", None, None,
          ["energy-transition", "jobs", "welfare"], "plan"),
        c("제주도는 전력 안정화를 위해 현재 재생에너지의 활용도를 더욱 높이고", None, None, ["energy-transition"], "plan"),
        c("더불어 수송분야에서 전기차와 수소차 전환에", None, None, ["future-vehicles"], "statement"),
    ],
    "not_claims": ["제주 청정 에너지 대전환 로드맵 발표하는 오영훈 지사"],
}

# ar-05 광주 인공지능 (undated; 2021)
L = "lee-yong-seop"
G["ar-05-aitimes.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "29"},
    "officials": [L],
    "claims": [
        c("남은 임기 동안 인공지능 산업 육성 전담기관", L, None, ["fourth-industrial-revolution"], "plan"),
        c("대한민국 인공지능 대표도시로 자리매김할 수 있도록 힘쓸 것", L, None, ["fourth-industrial-revolution"], "plan"),
        c("국가AI데이터센터를 계획대로 차질없이 건립하고 인공지능사관학교 인재양성 규모도 확대한다는 방침이다", L, None,
          ["fourth-industrial-revolution"], "plan"),
        c("인공지능 생태계 경쟁력 강화를 위한 법안 제정", L, None, ["fourth-industrial-revolution"], "plan"),
        c("국가고자기장 연구소, AI반도체 등 미래 신산업 육성을 통해 인공지능 광주시대를 본격적으로 열어가겠다는 구상을 제시했다", L, None,
          ["fourth-industrial-revolution", "research-development"], "plan"),
        c("광주 첨단3지구에 국가사업으로 AI융복합단지가 조성 중에 있고", L, None, ["fourth-industrial-revolution"], "statement"),
        c("4차 산업혁명을 선도하고 있는 AI산업을 광주가 선점했다", L, None, ["fourth-industrial-revolution"], "achievement"),
        c("최근 빨라지고 있는 AI기업과 인재들의 광주행을 거론하며", L, None, ["fourth-industrial-revolution"], "statement"),
    ],
    "not_claims": ["민선7기 남은 1년, 대한민국 인공지능 대표도시로 자리매김 할 수 있도록",
                   "기자회견을 통해 이 같은 임기 마지막 1년 목표를 제시했다"],
}

# ar-06 순천 정원도시 (undated; 2015)
J = "jo-chung-hun"
G["ar-06-hankookilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "46150"},
    "officials": [J],
    "claims": [
        c("순천만정원의 대한민국 제1호 국가정원 지정을 앞두고 후속사업 준비에 여념이 없다", None, None, ["culture-tourism"], "statement"),
        c("순천만정원이 국가정원으로 지정되면 공공지원 확보로 유지관리 비용이 절감돼", None, None, ["culture-tourism"], "statement"),
        c("정원시장 육성을 위한 후속사업도 중앙부처 지원을 받을 수 있다", None, None, ["culture-tourism"], "statement"),
        c("순천만정원 명소 브랜드화를 위해 추진 중인 순천만국제정원 페스티벌", None, None, ["culture-tourism"], "statement"),
        c("정원 디자이너 등 새로운 일자리도 크게 늘어날 것으로 보고 있다", None, None, ["jobs"], "statement"),
        c("국내 첫 지정이라는 상징성에 큰 의미가 있다", J, None, ["culture-tourism"], "statement"),
        c("2015년을 에너지 전환 도시 원년으로 만들어 나가겠다는 포부도 밝혔다", J, None, ["energy-transition"], "plan"),
    ],
    "not_claims": ["순천만을 보존하고 도시 전체를 정원으로 꾸며 시민 누구나 행복할 수 있는 더 큰 순천을 만들겠습니다",
                   "생태와 정원 도시의 브랜드를 한 단계 업그레이드시켜 시민 행복지수 1위 도시를 조성하겠다고 밝혔다",
                   "정원의 날 지정, 집안의 작은 정원 조성",
                   "순천이 대한민국 정원 산업의 중심지로 부각될 수 있도록 행정력을 집중할 방침"],
}

# ar-07 완주군 농촌협약 (2025-05-15)
D = "2025-05-15"
Y = "yu-hui-tae"
G["ar-07-newspim.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "고종승", "outlet": "뉴스핌", "jurisdiction": "52710"},
    "officials": [Y],
    "claims": [
        c("농식품부와 농촌협약을 체결하고 살고 싶은 농촌 조성 사업의 시작을 알렸다고", None, D, ["agriculture"], "achievement"),
        c("올해부터 2029년까지 5년간 국비 213억 원을 포함한 총사업비 337억 원을 투입할 예정이다", None, D, ["agriculture"], "plan"),
        c("북부생활권 활성화 계획을 구체화하며 차질 없는 국비 지원을 약속하고 협약서에 서명했다", None, D, ["agriculture"], "achievement"),
        c("농촌협약은 정부와 지자체가 농촌지역 활성화를 위해", None, D, ["agriculture"], "statement"),
        c("농촌공간 전략계획(2025~2044년) 및 북부생활권 활성화계획(2025~2029년)을 마련했다", None, D, ["agriculture"], "achievement"),
        c("주요 사업은 고산면 농촌중심지 활성화", None, D, ["agriculture"], "statement"),
        c("지속 가능한 농촌을 만드는 중요한 첫걸음", Y, D, ["agriculture"], "statement"),
        c("모두가 살고 싶은 완주를 실현해 나가겠다", Y, D, ["agriculture"], "plan"),
    ],
    "not_claims": ["완주군-농식품부 농촌협약체결식",
                   "송미령 농림축산식품부 장관이 자리했다"],
}

# ar-08 목포시 도시재생 (2024-01-16)
D = "2024-01-16"
G["ar-08-gjtnews.txt"] = {
    "metadata": {"headline": "목포시, 도시재생사업으로 원도심 활력 ‘UP’", "published": "2024-01-16T17:21+09:00",
                 "reporter": "김양재", "outlet": "광주타임즈", "jurisdiction": "46110"},
    "officials": [],
    "claims": [
        c("목포시가 도시재생사업으로 원도심의 활력을 높인다", None, D, ["urban-regeneration"], "plan"),
        c("2개 도시재생사업을 하고 있다", None, D, ["urban-regeneration"], "statement"),
        c("지난해에는 만호·서산동 일원에서 생활여건 기반조성, 주거환경개선 및 경제활성화 등을 추진했다", None, D,
          ["urban-regeneration"], "achievement"),
        c("4개노선 1900m 구간의 도로 정비사업을 시행해", None, D, ["urban-regeneration"], "achievement"),
        c("취약한 주거환경개선 및 안정적 주거 공간 마련에도 나섰다", None, D, ["urban-regeneration", "housing"], "achievement"),
        c("통합공공임대주택 60세대를 조성하고 있다", None, D, ["housing"], "statement"),
        c("순환형 임대주택 66세대를 전남개발공사와 협업해 조성하고", None, D, ["housing"], "achievement"),
        c("지역청년 창업과 문화예술 활동을 지원하는 인프라도 강화했다", None, D,
          ["startup-support", "youth-policy", "culture-tourism"], "achievement"),
        c("청년창업 인큐베이팅 플랫폼이 지난해 11월 공사에 착수해 올해 7월 중 준공 예정이다", None, D,
          ["startup-support", "youth-policy"], "plan"),
    ],
    "not_claims": ["목포시, 도시재생사업으로 원도심 활력 ‘UP’",
                   "만호·서산동 일원 보행·주거환경개선, 문화 자원 활용 관광명소 조성 등",
                   "올해 청년위한 창업·문화예술 기반시설 조성, 생활여건 개선 등 ‘온 힘’",
                   "일방통행으로 깨끗해진 개항문화의 거리 모습"],
}

# ar-09 광산구 민선8기 3년 (2025-07-02)
D = "2025-07-02"
P = "park-byeong-gyu"
G["ar-09-wikitree.txt"] = {
    "metadata": {"headline": "박병규 광주시 광산구청장, 3년의 성찰과 미래 비전~“주민의 손으로, 지역의 길을 열다”",
                 "published": "2025-07-02T11:08+09:00", "reporter": "노해섭", "outlet": "위키트리", "jurisdiction": "29200"},
    "officials": [P],
    "claims": [
        c("시민이 직접 구정을 설계하고 실천한 시간이었다", P, D, ["citizen-participation"], "achievement"),
        c("구청장과 직접 소통할 수 있는 문자창구도 운영하며 소통 행정을 강화했다", None, D, ["citizen-participation"], "achievement"),
        c("이러한 참여는 행정을 바꾸는 동력이 됐다", None, D, ["citizen-participation"], "achievement"),
        c("광산구는 ‘동 미래발전계획’이라는 주민 주도형 모델을 만들어냈다", None, D, ["citizen-participation"], "achievement"),
        c("마을 단위 자치계획을 직접 수립했고", None, D, ["citizen-participation"], "achievement"),
        c("일자리 정책도 시민 중심으로 설계했다고 밝혔다", P, D, ["jobs", "citizen-participation"], "achievement"),
        c("1,400여 건의 주민 제안을 반영한 ‘지속가능 일자리특구’ 계획은 내년부터 시범사업에 들어간다", None, D,
          ["jobs", "citizen-participation"], "plan"),
        c("‘1313이웃살핌’, ‘살던집 프로젝트’ 등 전국 최초의 정책도 잇따랐다", None, D, ["welfare"], "achievement"),
        c("‘이동노동자 일터개선 사업’은 전국 일자리대상을 휩쓸며 주목받았다", None, D, ["labor-relations", "welfare"], "achievement"),
        c("문화와 생활 인프라도 확대됐다", None, D, ["culture-tourism"], "achievement"),
    ],
    "not_claims": ["시민이 이끄는 자치, 동 단위까지 확장",
                   "◆일자리, 복지, 문화… 혁신은 현장에서 시작됐다"],
}

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    for name, g in G.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
