"""Write the set-ad-b gold files (hand annotation, second annotator)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


FILES = {}

# ---------------------------------------------------------------- ad-01 KBS대전 interview
D = "2025-08-07"
L = "lee-yong-rok"
FILES["ad-01-kbs.txt"] = {
    "metadata": {"headline": None, "published": "2025-08-07", "reporter": "박지은",
                 "outlet": "KBS", "jurisdiction": "44800"},
    "officials": [L],
    "claims": [
        c("정부가 충남 7개 시군을 특별재난지역으로 추가 선포했습니다", None, D, ["disaster-safety"], "achievement"),
        c("장비를 635대 넘게 투입해서 지금까지 응급 복구를 마쳤고", L, D, ["disaster-safety"], "achievement"),
        c("다만 응급 복구는 말 그대로 임시 조치입니다", L, D, ["disaster-safety"], "statement"),
        c("항구적인 복구를 위해서 국도비 지원을 신속하게 확보하고 군 예산도 추가 투입해서", L, D, ["disaster-safety"], "plan"),
        c("우리 홍성군에서는 냉방 버스도 운영했고요", L, D, ["disaster-safety"], "achievement"),
    ],
    "not_claims": [
        "이번에 특별재난지역으로 추가 선포된 지역이죠",
        "홍성에 480밀리미터가 넘는 폭우가 내렸습니다",
        "시간당 100mm에 육박하는 이른바 극한 호우를 기록하기도 했는데요",
        "이번 폭우로 홍성군은 피해를 입은 곳이 4,743곳에 달하고 있습니다",
        "지금 복구는 얼마큼 진행됐습니까?",
        "폭우에 뒤이어서 이제 폭염이 극성을 부리고 있습니다",
        "복구에 어려움 많지 않으십니까?",
        "프로그램명: KBS대전 생생뉴스",
    ],
}

# ---------------------------------------------------------------- ad-02 강남구
J = "jo-seong-myeong"
FILES["ad-02-asiatoday.txt"] = {
    "metadata": {"headline": "강남구 “자립까지 장애인과 밀착 동행”... 예산, 인력, 시설 파격 지원",
                 "published": "2023-02-26T11:09+09:00", "reporter": "김소영", "outlet": None,
                 "jurisdiction": "11680"},
    "officials": [J],
    "claims": [
        c("장애인단체 보호·육성 지원사업에 대해 소개했다", J, "2023-02-24", ["welfare"], "statement"),
        c("구는 장애인들의 안전한 생활을 보장하고 건강, 여가, 문화, 교육을 위한 프로그램뿐만 아니라 일자리를 만들어", J, "2023-02-24", ["welfare", "jobs"], "statement"),
        c("구는 올해 장애인을 위한 다양한 사업을 진행한다", None, "2023-02-26", ["welfare"], "plan"),
        c("강남형 장애인 활동 지원을 157명에서 220명으로 확대했고", None, "2023-02-26", ["welfare"], "achievement"),
        c("강남장애인복지관 내 무장애 체력단련실을 만들어", None, "2023-02-26", ["welfare"], "plan"),
        c("'장애인위원회' 출범을 촉구했다", None, "2023-02-24", ["welfare", "citizen-participation"], "plan"),
        c("장애인회관 건립, 장애인 일자리 발굴", None, "2023-02-24", ["welfare", "jobs", "public-transit"], "plan"),
    ],
    "not_claims": [
        "조성명 구청장, 24일 지역 장애인단체장들과 간담회 참석",
        "장애인단체 애로 청취... 장애인단체 보호·육성 지원 소개",
        "강남구에만 1만 5000여명의 장애인이 있다",
        "김형대 강남구의회 의장이 참석해 의견을 청취했고",
    ],
}

# ---------------------------------------------------------------- ad-03 거창군 (undated)
FILES["ad-03-pressian.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "48880"},
    "officials": ["gu-in-mo"],
    "claims": [
        c("주요 인구증가 단기 시책은 전입대학생 생활관비 지원과 직장지역 주소 갖기, 산업․농공단지 근로자 기숙사 임차료 지원", None, None, ["education", "housing"], "achievement"),
        c("위축되는 지역대학을 활성화시키고 성장시키기 위해 출발한 시책으로 247명의 인구증가로 이어졌다", None, None, ["education"], "achievement"),
        c("6일 동안 학교에 직접 출장해 신청 접수받는 등 발로 뛰는 적극행정을 실현했다", None, None, ["education"], "achievement"),
        c("우량기업 유치, 양질의 일자리 창출, 지역 주력사업 육성, 농가 소득 증대, 출산․양육 지원", None, None, ["investment-attraction", "jobs", "agriculture", "childcare-birth"], "statement"),
        c("청년들이 거창군에 안착할 수 있도록 청년 중심의 시책을 발굴해 추진할 계획이며", None, None, ["youth-policy", "childcare-birth"], "plan"),
    ],
    "not_claims": [
        "올해 2019년 인구 6만 3천명을 목표로 인구증가 장․단기시책을 추진해 금년 3개월 동안 247명이 증가했다",
        "인구교육과를 신설하는 등 행정력을 집중하고 있다",
        "인구절벽의 위기는 거창군 공무원뿐만 아니라 거창군 소재 모든 기관, 모든 군민이 함께 노력할 때 극복할 수 있을 것이다",
        "모두의 협조와 동참을 당부했다",
    ],
}

# ---------------------------------------------------------------- ad-04 고흥군 (no year)
FILES["ad-04-hankookilbo.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "하태민", "outlet": "한국일보",
                 "jurisdiction": "46770"},
    "officials": [],
    "claims": [
        c("출생아는 월평균 18.3명에서 23.6명으로 5.3명이 늘어난 것으로 집계됐다", None, None, ["childcare-birth"], "achievement"),
        c("출생아 수는 27% 증가할 것으로 보고 있다", None, None, ["childcare-birth"], "statement"),
        c("△가업승계 청년 지원 △귀향 귀촌 집들이 지원", None, None, ["youth-policy", "agriculture", "housing", "childcare-birth", "startup-support"], "statement"),
        c("△귀향 귀촌 유치 우수마을 지원(최대 1억원)", None, None, ["agriculture", "youth-policy", "housing"], "plan"),
    ],
    "not_claims": [
        "민선7기 다양한 인구정책 시행 결과 감소폭이 둔화하고 있다고 15일 밝혔다",
        "전국 지자체 처음으로 인구정책과를 신설하고 2022년까지 ‘인구감소율 제로화’를 목표로 추진한 정책의 가시적인 효과로 분석된다",
    ],
}

# ---------------------------------------------------------------- ad-05 음성군 (연합뉴스)
D = "2023-02-26"
FILES["ad-05-yonhap.txt"] = {
    "metadata": {"headline": "\"교육하기 좋은 도시 만든다\" 음성군 지원사업 확대",
                 "published": "2023-02-26T08:32+09:00", "reporter": "전창해", "outlet": "연합뉴스",
                 "jurisdiction": "43770"},
    "officials": [],
    "claims": [
        c("교육환경을 개선하는 다양한 지원사업을 추진한다고 26일 밝혔다", None, D, ["education"], "plan"),
        c("중학∼대학생 약 300명에게 3억8천만원 상당의 장학금을 지급할 계획이다", None, D, ["education"], "plan"),
        c("군장학회에 9억6천만원을 출연해 '명문학교 육성사업'도 추진한다", None, D, ["education"], "plan"),
        c("학기당 300만원씩 생활비를 지원하고", None, D, ["education"], "plan"),
        c("1인당 20만원의 입학 축하금을 지역화폐로 지급할 예정이다", None, D, ["education"], "plan"),
        c("무상급식비 18억2천여 만원을 배정하고", None, D, ["education", "agriculture"], "plan"),
        c("'신나는 AI 교실'을 운영한다", None, D, ["education", "fourth-industrial-revolution"], "plan"),
        c("다양한 교육복지사업과 장학제도로 학부모의 경제적 부담을 줄이고", None, D, ["education", "welfare"], "plan"),
    ],
    "not_claims": [
        "제보는 카카오톡 okjebo",
    ],
}

# ---------------------------------------------------------------- ad-06 단양군 (undated)
FILES["ad-06-seoul.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "43800"},
    "officials": [],
    "claims": [
        c("65세 이상 어르신을 대상으로 ‘버스 무료 이용사업’을 시행한다", None, None, ["public-transit", "welfare"], "plan"),
        c("월 20회까지 관내 시내버스와 벽지를 운행하는 행복나드리버스를 공짜로 이용할 수 있다", None, None, ["public-transit", "welfare"], "statement"),
        c("사용하지 않은 횟수는 이월되지 않으며", None, None, ["public-transit"], "statement"),
        c("관내 경계를 벗어나는 노선을 이용할 경우에는 자부담으로 계속 이용할 수 있다", None, None, ["public-transit"], "statement"),
        c("교통복지카드에 현금을 충전해 일반 교통카드처럼 사용하면 되며", None, None, ["public-transit"], "statement"),
        c("교통복지카드 발급 신청은 오는 26일부터", None, None, ["public-transit"], "statement"),
        c("버스요금은 군이 매달 어르신들 이용 횟수를 파악해 부담한다", None, None, ["public-transit"], "statement"),
        c("군은 한 달 버스요금으로 3000만원 내외를 예상한다", None, None, ["public-transit"], "statement"),
        c("단양군이 우선 어르신만을 대상으로 시작하는 것은 예산 문제와", None, None, ["public-transit"], "statement"),
        c("어르신 1만 800여명이 혜택을 보게 된다", None, None, ["public-transit", "welfare"], "statement"),
        c("일상 이동의 부담을 줄여 삶의 질 향상은 물론 지역 내 소비와 활력 회복에도 긍정적인 효과를 가져올 것", None, None, ["public-transit"], "statement"),
        c("진천, 음성, 보은, 괴산 등 4곳이 전 군민 대상 무료 버스를 운행 중이다", None, None, ["public-transit"], "statement"),
    ],
    "not_claims": [],
}

# ---------------------------------------------------------------- ad-07 원주 소금산 출렁다리 (no year)
W = "won-chang-muk"
FILES["ad-07-donga.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "42130"},
    "officials": [W],
    "claims": [
        c("개통 1년 만에 지역 관광명물로 자리매김했다", None, None, ["culture-tourism"], "achievement"),
        c("개통 117일 만에 방문객 100만 명을 돌파했고", None, None, ["culture-tourism"], "achievement"),
        c("약 6개월 동안 10억4500만 원의 입장료 수입을 올렸다", None, None, ["culture-tourism"], "achievement"),
        c("‘2019∼2020 한국관광 100선’에도 포함됐다", None, None, ["culture-tourism"], "achievement"),
        c("지방자치단체들이 앞다퉈 출렁다리 설치에 나서고 있다", None, None, ["culture-tourism"], "achievement"),
        c("레일바이크나 케이블카에 비해 비용이 적게 들면서도 관광객 유치 효과가 뛰어나다는 입소문 때문이다", None, None, ["culture-tourism"], "statement"),
        c("2018 평창 겨울올림픽 붐 조성과 관광 인프라 확충을 위해 마련됐다", None, None, ["culture-tourism"], "statement"),
        c("100m 높이의 암벽 봉우리를 연결한 것으로 길이 200m, 폭 1.5m 규모다", None, None, ["culture-tourism"], "statement"),
        c("12m 길이의 유리바닥인 스카이워크도 설치해", None, None, ["culture-tourism"], "statement"),
        c("11일 하루 동안 입장료를 받지 않는다", None, None, ["culture-tourism"], "plan"),
        c("다양한 관광시설을 조성해 관광객 유치와 일자리 창출에 도움이 되도록 할 계획", W, None, ["culture-tourism", "jobs"], "plan"),
        c("원주를 다음 세대의 먹을거리까지 책임질 수 있는 관광제일도시로 만들겠다", W, None, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "축하공연과 케이크 절단, 박 터뜨리기 등의 이벤트를 연다",
        "관광기념품 공모전 수상작 홍보행사도 준비했다",
    ],
}

# ---------------------------------------------------------------- ad-08 창원시 (뉴시스, undated)
FILES["ad-08-newsis.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "뉴시스",
                 "jurisdiction": "48120"},
    "officials": [],
    "claims": [
        c("모두가 동참할 때 기후위기 대응과 탄소중립에 보탬이 될 수 있다는 것을 우리 모두가 인지해야 된다", None, None, ["climate-carbon"], "statement", "최영숙"),
    ],
    "not_claims": [
        "시, 내달부터 전 시민을 대상으로 실시",
        "마구잡이 배출 도넘어…인식개선 필요",
        "비양심 행위가 도를 넘어섰다고 판단됐기 때문이다",
        "재활용품 배출 인식 개선이 무엇보다 필요한 이유다",
        "기간을 정하지 않고 지속할 예정이다",
        "인식 개선이 원활하지 않을 경우 과태료 부과도 검토하고 있다",
        "올바른 재활용품 배출에 대한 인식이 정착될 수 있도록 노력하겠다",
    ],
}

# ---------------------------------------------------------------- ad-09 서울 오세훈 (도시경제채널)
O = "oh-se-hoon"
D = "2026-01-20"
FILES["ad-09-dokyungch.txt"] = {
    "metadata": {"headline": "어르신 일자리 10만 개… 보람과 존엄 함께하는 복지",
                 "published": "2026-01-20T14:54:22+09:00", "reporter": "유주영", "outlet": "도시경제채널",
                 "jurisdiction": "11"},
    "officials": [O],
    "claims": [
        c("올해 시정운영 방향을 설명하며 어르신 복지 향상 의지를 밝혔다", O, D, ["welfare"], "plan"),
        c("올해 어르신 일자리를 역대 최대 규모인 10만 개 이상으로 확대했다", O, D, ["jobs", "welfare"], "achievement"),
        c("보람과 존엄이 함께하는 일자리를 만들겠다", O, D, ["jobs", "welfare"], "plan"),
        c("동네마다 파크골프장 등 여가 공간을 조성하고", O, D, ["welfare"], "plan"),
    ],
    "not_claims": [
        "오세훈 시장, 대한노인회 서울시연합회 신년인사회",
        "'2026 대한노인회 신년인사회'에서 축사하고 있다",
        "25개 자치구 지회, 26개 노인대학, 3,563개 경로당을 지원하고 있다",
        "서울이 세계 도시경쟁력 6위 글로벌 도시로 성장할 수 있었던 것은",
    ],
}

for name, body in FILES.items():
    out = {"article": name, **body}
    (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(sum(len(b["claims"]) for b in FILES.values()), "claims in", len(FILES), "files")
