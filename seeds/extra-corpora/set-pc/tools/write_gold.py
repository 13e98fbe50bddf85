"""Write set-pc gold files (hand annotation, blind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, policies, kind, speaker=None, date=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


GOLDS = [
    {
        "article": "pc-01-jejutwn.html",
        "metadata": {"headline": "저소득층 자활사업 예산 증액, 빈곤탈출 돕는다", "published": None,
                     "reporter": None, "outlet": None, "jurisdiction": "50"},
        "officials": [],
        "claims": [
            c("자활근로사업 등에 전년 대비 9억이 증가한 총 92억원을 투입한다고 밝혔다", ["welfare"], "plan"),
            c("자활근로사업, 자산형성지원 사업에 72억원이 지원된다", ["welfare"], "plan"),
            c("청년희망키움통장 사업은 올해 4월부터 신규사업으로 추진되는 사업으로", ["welfare", "youth-policy"], "plan"),
            c("취약계층 고용복지 통합서비스 사업 등 7개 사업에는 14억이 지원된다", ["welfare", "jobs"], "plan"),
            c("올해부터는 자활기업이 금융회사 등으로부터 대여 받은 자금의 이차보전율 지원", ["welfare"], "plan"),
        ],
        "not_claims": ["저소득층 자활사업 예산 증액, 빈곤탈출 돕는다"],
    },
    {
        "article": "pc-02-jejutwn.html",
        "metadata": {"headline": "장애인 고용촉진장려금 신청 접수", "published": None,
                     "reporter": None, "outlet": None, "jurisdiction": "50"},
        "officials": [],
        "claims": [
            c("장애인을 채용한 사업체에 장애인고용촉진장려금을 지원한다고 밝혔다", ["jobs", "welfare"], "plan"),
            c("지원대상은 상시근로자 5인 이상 50인 미만의 사업체로서", ["jobs", "welfare"], "statement"),
            c("지급금액은 장애의 등급 및 성별에 따라 차등 지급하고 있으며", ["jobs", "welfare"], "statement"),
            c("지난해 132개 업체에 632명을 고용하여 17억 6백만원을 지원한 바 있다", ["jobs", "welfare"], "achievement"),
            c("각 분기별로 업체 소재지의 관할 주민센터로 신청하면 된다", ["jobs", "welfare"], "statement"),
        ],
        "not_claims": ["장애인 고용촉진장려금 신청 접수"],
    },
    {
        "article": "pc-03-jejutwn.html",
        "metadata": {"headline": "강정마을 주민에 건강, 심리 지원사업 실시", "published": None,
                     "reporter": None, "outlet": None, "jurisdiction": "50"},
        "officials": [],
        "claims": [
            c("강정마을주민 1,918명을 대상으로 한 주민건강조사를 시작했다고 밝혔다", ["public-health"], "achievement"),
            c("앞으로의 심리지원사업 목적으로 사용된다", ["public-health"], "statement"),
            c("주민들이 화합할 수 있는 계기가 될 것으로 기대한다", ["public-health"], "statement"),
            c("정신건강교육 및 치유프로그램, 정신건강의학과 의료비 지원 등의 서비스도 지원될 예정이다",
              ["public-health"], "plan"),
        ],
        "not_claims": ["강정마을 주민에 건강, 심리 지원사업 실시"],
    },
    {
        "article": "pc-04-jejutwn.html",
        "metadata": {"headline": "하버드대학원생들, 제주의 환경보전 정책에 공감", "published": None,
                     "reporter": None, "outlet": None, "jurisdiction": "50"},
        "officials": ["won-hee-ryong"],
        "claims": [
            c("유네스코 3관왕을 차지한 곳은 제주가 유일하다", ["culture-tourism"], "statement",
              speaker="won-hee-ryong"),
            c("청정한 제주환경을 지키기 위해 카본프리 아일랜드 2030 프로젝트를 추진하고", ["climate-carbon"],
              "statement", speaker="won-hee-ryong"),
            c("스마트그리드, 무인자동차 등 4차 산업혁명 관련 새로운 기술과 제도를 테스트해 볼 수 있는 최적지",
              ["fourth-industrial-revolution", "energy-transition", "future-vehicles", "decentralization"],
              "statement", speaker="won-hee-ryong"),
        ],
        "not_claims": [
            "하버드대학원생들, 제주의 환경보전 정책에 공감",
            "핵심가치로 하는 환경보전 정책에 적극 공감했다",
            "우리나라의 지방자치를 배우고, 환경문화 탐방을 위해",
            "세계에서 가장 아름다운 섬",
            "환경과 개발의 균형을 맞추기 위한 다양한 정책들이 좋았다",
        ],
    },
    {
        "article": "pc-05-boseong.html",
        "metadata": {"headline": "재부산보성군향우회 김인평 회장, 고향사랑기부금 300만 원 기탁",
                     "published": "2026-07-21T17:06+09:00", "reporter": None, "outlet": None,
                     "jurisdiction": "12750"},
        "officials": [],
        "claims": [
            c("군은 고향사랑기금을 활용해 청년 지원과 주민 복리 증진, 문화·복지사업 등 다양한 기금사업을 추진하고 있다",
              ["decentralization", "youth-policy", "welfare", "culture-tourism"], "statement", date="2026-07-21"),
        ],
        "not_claims": [
            "누적 900만 원 기부와 정기 후원까지 이어지는 변함없는 애향심을 실천했다.",
            "보성군은 재부산보성군향우회 김인평 회장이 고향사랑기부금 300만 원을 기탁하며 고향 사랑을 실천했다고 밝혔다",
            "김 회장은 고향사랑기부제 시행 첫해부터 꾸준히 기부를 이어왔으며",
            "본 저작물은 공공누리 안내입니다.",
        ],
    },
]

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    for g in GOLDS:
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(GOLDS), "gold files,", sum(len(g["claims"]) for g in GOLDS), "claims")
