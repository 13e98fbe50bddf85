"""Write set-pd gold files (hand annotation)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, policies, kind, date, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


D1 = "2026-07-24"
D2 = "2026-07-09"
D4 = "2026-07-27"

GOLDS = [
    {
        "article": "pd-01-yanggu.txt",
        "metadata": {"headline": "양구군, 귀어 창업·주택구입 지원사업 대상자 2차 모집",
                     "published": "2026-07-24T11:41+09:00", "reporter": None, "outlet": None,
                     "jurisdiction": "51800"},
        "officials": [],
        "claims": [
            c("오는 7월 30일까지 2026년 귀어 창업 및 주택구입 지원사업 대상자를 추가 모집한다",
              ["agriculture", "startup-support", "housing"], "plan", D1),
            c("창업자금과 주택 구입 자금을 장기 저리로 융자 지원한다",
              ["agriculture", "startup-support", "housing"], "statement", D1),
            c("대상자를 선정해 어촌 정착 기반 마련을 도울 계획이다", ["agriculture"], "plan", D1),
        ],
        "not_claims": [
            "양구군, 귀어 창업·주택구입 지원사업 대상자 2차 모집",
            "7월 30일까지 방문 접수…창업자금 최대 3억 원 지원",
            "연 1.5% 저금리 융자로 귀어인의 안정적인 지역 정착 지원",
        ],
    },
    {
        "article": "pd-02-bsseogu.txt",
        "metadata": {"headline": "부산 서구 보건소, 숲속 꿈나무 아토피·천식 예방교실 운영",
                     "published": "2026-07-09T11:13+09:00", "reporter": None, "outlet": None,
                     "jurisdiction": "26140"},
        "officials": [],
        "claims": [
            c("숲속 꿈나무 아토피·천식 예방교실을 운영한다고 밝혔다", ["public-health"], "plan", D2),
            c("어린이들이 알레르기질환 예방의 중요성을 쉽고 재미있게 배울 수 있도록 구성됐다",
              ["public-health"], "statement", D2),
            c("식품 알레르기 예방교육도 함께 제공한다", ["public-health"], "statement", D2),
            c("다양한 예방관리 사업을 지속적으로 추진해 아이들이 건강하게 성장할 수 있는 환경 조성에 최선을 다하겠다고 말했다",
              ["public-health"], "plan", D2),
        ],
        "not_claims": ["부산 서구 보건소, 숲속 꿈나무 아토피·천식 예방교실 운영"],
    },
    {
        "article": "pd-03-saha.html",
        "metadata": {"headline": "사하구, 주민 중심 쌍방향 소통을 위한 민선 9기 「통하는 구청장실」 본격 가동",
                     "published": None, "reporter": None, "outlet": None, "jurisdiction": "26380"},
        "officials": [],
        "claims": [
            c("민선 9기 통하는 구청장실을 본격 가동한다고 밝혔다", ["citizen-participation"], "plan", None),
            c("구청장은 현장의 다양한 목소리를 직접 듣고", ["citizen-participation"], "plan", None),
            c("문자 직통 창구와 현장 방문 상담을 함께 운영해", ["citizen-participation"], "plan", None),
            c("이번 소통 창구를 통해 주민 중심 행정을 강화하고 열린 구정 문화를 확산하겠다고 설명했다",
              ["citizen-participation"], "plan", None),
        ],
        "not_claims": [
            "사하구, 주민 중심 쌍방향 소통을 위한 민선 9기 「통하는 구청장실」 본격 가동",
            "사하구 보도자료.pdf",
        ],
    },
    {
        "article": "pd-04-bukgu-ulsan.txt",
        "metadata": {"headline": "북구, 제6기 지역사회보장계획 수립 공청회 개최",
                     "published": "2026-07-27", "reporter": None, "outlet": None, "jurisdiction": "31200"},
        "officials": [],
        "claims": [
            c("제6기 지역사회보장계획 수립을 위한 공청회를 열었다", ["welfare"], "achievement", D4),
            c("계획안의 비전과 추진전략을 공유하고 다양한 의견을 수렴했다", ["welfare"], "statement", D4),
            c("누구도 소외되지 않는 지역 복지 기반을 만들어 갈 예정이다", ["welfare"], "plan", D4),
        ],
        "not_claims": ["북구, 제6기 지역사회보장계획 수립 공청회 개최"],
    },
    {
        "article": "pd-05-yangpyeong.txt",
        "metadata": {"headline": "단월면 부안2리,‘달리는 행복 나눔 이웃들’로 행복 충전!",
                     "published": None, "reporter": None, "outlet": None, "jurisdiction": "41830"},
        "officials": [],
        "claims": [
            c("찾아가는 보건복지 서비스인 달리는 행복 나눔 이웃들 행사가 성공적으로 개최했다고 밝혔다",
              ["welfare"], "achievement", None),
            c("마을주민과 어르신 40여명이 방문하여 높은 관심과 참여를 보였다", ["welfare"], "achievement", None),
            c("다채로운 프로그램이 제공되어 큰 호응을 얻었다", ["welfare"], "achievement", None),
            c("복지서비스를 지속적으로 발굴하여 추진하겠다고 밝혔다", ["welfare"], "plan", None),
        ],
        "not_claims": ["단월면 부안2리,‘달리는 행복 나눔 이웃들’로 행복 충전!"],
    },
]

if __name__ == "__main__":
    GOLD.mkdir(parents=True, exist_ok=True)
    for g in GOLDS:
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
        print(g["article"], len(g["claims"]))
