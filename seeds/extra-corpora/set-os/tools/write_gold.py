#!/usr/bin/env python3
"""Write set-os gold files (hand annotation, blind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
GOLD.mkdir(exist_ok=True)


def c(quote, policies, kind, date, speaker=None, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


D1 = "2026-07-21"
D2 = "2026-07-27"
D4 = "2026-07-27"

GOLDS = [
    {
        "article": "os-01-asan-pressrelease.html",
        "metadata": {"headline": "아산시, 일상부터 비즈니스까지 ‘2026 AI 실무 활용 과정’ 수강생 모집",
                     "published": D1, "reporter": None, "outlet": "아산시", "jurisdiction": "44200"},
        "officials": [],
        "claims": [
            c("아산시평생학습관이 시민들의 디지털 역량을 강화하고 실무 능력을 높이기 위해 오는 29일부터 6주간 2026 AI 실무 활용 과정을 운영한다",
              ["fourth-industrial-revolution", "education"], "plan", D1),
            c("이번 교육은 일상생활, 업무, 창의적 작업 등 다양한 영역에서 효과적으로 AI 기술을 활용할 수 있도록 지원하기 위해 마련됐다",
              ["fourth-industrial-revolution", "education"], "statement", D1),
            c("관심 분야별 AI 도구를 직접 다뤄보는 실무 중심의 맞춤형 학습으로 진행된다",
              ["fourth-industrial-revolution", "education"], "statement", D1),
            c("교육 대상은 직장인, 평생교육강사, 신중년, 예비창업자 등 AI 활용에 관심이 있는 아산시민이면 누구나 참여할 수 있다",
              ["fourth-industrial-revolution", "education"], "statement", D1),
            c("평생학습관 관계자는 시민들이 실생활과 업무에서 AI를 자유롭게 활용할 수 있도록 실무 중심으로 알차게 구성했다고 전했다",
              ["fourth-industrial-revolution", "education"], "statement", D1),
        ],
        "not_claims": ["아산시, 일상부터 비즈니스까지 ‘2026 AI 실무 활용 과정’ 수강생 모집"],
    },
    {
        "article": "os-02-gumi-pressrelease.txt",
        "metadata": {"headline": "2,844명 찾은 구미+ 어린이재활센터…지역 안착 속 공식 개소",
                     "published": D2, "reporter": None, "outlet": "구미시", "jurisdiction": "47190"},
        "officials": [],
        "claims": [
            c("구미시는 27일 갑을구미재활병원에서 구미+ 어린이재활센터 공식 개소식을 열고 지역 소아청소년 필수의료 체계 강화에 나섰다",
              ["public-health"], "achievement", D2),
            c("지난 3월 운영을 시작한 센터는 6월말까지 누적 이용객 2,844명을 기록하며 지역 소아 재활 수요를 안정적으로 뒷받침하고 있다",
              ["public-health"], "achievement", D2),
        ],
        "not_claims": [
            "2,844명 찾은 구미+ 어린이재활센터…지역 안착 속 공식 개소",
            "3월 운영 시작 4개월 만에 이용객 2,844명 지역 소아 재활 거점 자리매김",
            "전문의 재활치료사 등 전문인력 20명 상주 장애 발달지연 아동 맞춤 치료",
        ],
    },
    {
        "article": "os-03-chuncheon-pressrelease.html",
        "metadata": {"headline": "태권도 열기 춘천 명동으로… 원도심 상권 활력 더한다",
                     "published": None, "reporter": None, "outlet": "춘천시", "jurisdiction": "51110"},
        "officials": [],
        "claims": [
            c("18일부터 19일까지 명동상점가 활성화 행사를 열고 선수단과 관광객을 대상으로 다양한 이벤트를 운영한다",
              ["small-merchants", "culture-tourism"], "plan", None),
            c("춘천시는 국제 스포츠대회의 경제적 효과를 경기장에 머물지 않고 지역 상권으로 확산하기 위해 이번 행사를 마련했다고 설명했다",
              ["small-merchants"], "statement", None),
            c("닭갈비 할인쿠폰, 버스킹 공연, 플리마켓, 룰렛 이벤트가 운영되며 관광순환 셔틀버스로 경기장과 명동을 연결해 지역 소비 확대를 기대하고 있다",
              ["small-merchants", "culture-tourism"], "statement", None),
            c("시는 대회 성공과 더불어 지역 상권도 함께 활력을 찾을 수 있도록 최선을 다하겠다고 말했다",
              ["small-merchants"], "plan", None),
        ],
        "not_claims": [
            "태권도 열기 춘천 명동으로… 원도심 상권 활력 더한다",
            "태권도 열기 춘천 명동으로 원도심 상권 활력 더한다",
        ],
    },
    {
        "article": "os-04-yeongcheon-news.html",
        "metadata": {"headline": "영천예술창작스튜디오 18기 입주 작가, 시...",
                     "published": D4, "reporter": None, "outlet": "영천시", "jurisdiction": "47230"},
        "officials": ["kim-byeong-sam"],
        "claims": [
            c("영천시는 영천예술창작스튜디오 18기 입주 작가 특별전 GOOD PLACE를 개최한다",
              ["culture-tourism"], "plan", D4),
            c("이번 전시는 창작 성과를 지역사회와 공유하고 시민이 문화적 소통을 나누는 계기를 마련하기 위해 추진됐다",
              ["culture-tourism"], "statement", D4),
            c("참여 작가들은 회화와 설치 등 다양한 작품을 선보이며 시민에게 예술 향유 기회를 제공한다",
              ["culture-tourism"], "statement", D4),
            c("김병삼 영천시장은 시민들이 여름 전시장에서 예술의 즐거움을 느끼길 바란다고 말했다",
              ["culture-tourism"], "statement", D4, speaker="kim-byeong-sam"),
            c("영천시는 앞으로도 지역 문화예술 활성화를 위해 다양한 전시와 시민 참여 프로그램을 지속적으로 지원할 계획이다",
              ["culture-tourism"], "plan", D4),
        ],
        "not_claims": ["영천예술창작스튜디오 18기 입주 작가, 시..."],
    },
    {
        "article": "os-05-yeongcheon-news.html",
        "metadata": {"headline": "9~18세 학교 밖 청소년 무료 건강검진 지원",
                     "published": D4, "reporter": None, "outlet": "영천시", "jurisdiction": "47230"},
        "officials": [],
        "claims": [
            c("영천시학교밖청소년지원센터는 관내 9세 이상 18세 이하 학교 밖 청소년의 건강한 성장을 지원하기 위해 학교 밖 청소년 무료 건강검진을 적극 지원한다고 밝혔다",
              ["public-health", "education"], "statement", D4),
            c("검진은 상담 및 진찰, 신체계측, 요검사, 혈액검사, 영상검사, 구강검진 등으로 구성되며 질병 조기 발견과 예방에 도움을 준다",
              ["public-health"], "statement", D4),
            c("올해부터는 온라인 신청 절차도 간소화됐다",
              ["public-health"], "achievement", D4),
            c("센터는 대상 청소년에게 제도를 개별 안내하고 맞춤형 신청 지원을 이어갈 예정이다",
              ["public-health", "education"], "plan", D4),
            c("위기 청소년이 필요한 건강 서비스를 놓치지 않도록 학교와 지역 기관 연계를 강화할 방침이다",
              ["public-health", "education"], "plan", D4),
        ],
        "not_claims": [
            "9~18세 학교 밖 청소년 무료 건강검진 지원",
            "영천시청소년상담복지센터에서 편하게 신청하세요",
        ],
    },
]

if __name__ == "__main__":
    for g in GOLDS:
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(g["article"], len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in GOLDS))
