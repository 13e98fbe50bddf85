"""Writes the hand annotations of set-bd to gold/ (one JSON file per article)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


G = {}

# bd-01 포항 이강덕, 취임 10주년 기자간담회 (caption 2024.7.1 dates the "1일" event; no publication line)
LGD, D1 = "lee-gang-deok", "2024-07-01"
G["bd-01-news1.txt"] = {
    "metadata": {"headline": "이강덕 포항시장 \"이차전지·수소 육성해 산업 생태계 바꿀 것\"", "published": None,
                 "reporter": "최창호", "outlet": "뉴스1", "jurisdiction": "47110"},
    "officials": [LGD],
    "claims": [
        c("이차전지산업과 수소산업을 육성해 친환경에너지 주도권을 확보하고", LGD, D1,
          ["energy-transition", "research-development"], "plan"),
        c("포스텍 연구중심 의과대학을 성공적으로 유치하고 바이오산업 클러스터를 조성해", LGD, D1,
          ["medical-industry", "research-development"], "plan"),
        c("전시 컨벤션센터 건립으로 관광 자원과 지역경제 활력에 불어넣고", LGD, D1, ["culture-tourism"], "plan"),
        c("시민 모두가 행복한 포항형 복지 실현으로 지방 소멸을 극복하고", LGD, D1, ["welfare"], "plan"),
    ],
    "not_claims": [
        "취임 10주년 간담회서 6개 분야 시책 방향 제시",
        "주요 시책 운영 방향을 설명하고 있다",
        "지난 10년은 위대한 시민과 함께 뛰어왔다",
        "6개 분야의 주요 시책 운영 방향을 제시했다",
        "한국석유공사와 긴밀한 협조 체계를 구축하고 시민들과 대화하는 방안을 검토하겠다",
    ],
}

# bd-02 용인 이상일 2026 신년사 (' date 2026-01-01' line; no day of its own -> publication day)
LSI, D2 = "lee-sang-il", "2026-01-01"
G["bd-02-asiae.txt"] = {
    "metadata": {"headline": None, "published": "2026-01-01", "reporter": None, "outlet": None,
                 "jurisdiction": "41460"},
    "officials": [LSI],
    "claims": [
        c("청년을 위한 좋은 일자리가 늘어나고", LSI, D2, ["jobs", "youth-policy"], "plan"),
        c("새해 핵심 과제로 ▲정교한 미래도시 공간 설계 ▲지속적인 철도·도로망 확충", LSI, D2,
          ["public-transit", "education", "welfare"], "plan"),
        c("더 많은 투자와 일자리 창출이 기대된다고 내다봤다", LSI, D2, ["investment-attraction", "jobs"], "statement"),
        c("산업시설용지 분양계약을 체결한 것은", LSI, D2, ["investment-attraction"], "statement"),
        c("철도망 확충을 위한 노력도 의미 있는 성과를 거두고 있다", LSI, D2, ["public-transit"], "achievement"),
    ],
    "not_claims": [
        "대한민국 반도체 중심도시로 도약할 것",
        "어떠한 정치적 풍파에도 흔들리지 않고 과업이 차질 없이 진행될 수 있도록 할 것",
        "도시 인프라 구축에 대한 청사진도 제시했다",
    ],
}

# bd-03 수원 스마트도시계획 (institutional; no date in text -> published and claim dates null)
G["bd-03-etnews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41110"},
    "officials": [],
    "claims": [
        c("수원시가 2025년까지 스마트시티로 변신한다", None, None, ["smart-city"], "plan"),
        c("사물인터넷(IoT)을 활용해 집 밖에서도", None, None, ["smart-city", "fourth-industrial-revolution"], "plan"),
        c("'수원시 스마트도시계획(2021~2025)'을 마련", None, None, ["smart-city"], "achievement"),
        c("확대간부회의 정책발표에서 스마트시티 수원의 계획을 소개했다", None, None, ["smart-city"], "statement"),
        c("모든 부서가 앞으로 5년간 스마트시티의 구현에 동참할 수 있도록 했다", None, None, ["smart-city"], "statement"),
        c("'스마트시티 수원'의 비전은 '역사·기술·사람의 스마트 포용도시'다", None, None, ["smart-city"], "statement"),
        c("'그린 스마트도시' 구현 △연계하고 융합하는", None, None, ["smart-city"], "plan"),
        c("그린뉴딜 중심으로 스마트 환경 기술을 적용하는 방향으로 구현된다", None, None,
          ["smart-city", "climate-carbon"], "plan"),
        c("데이터기반 혁신센터 조성 등이 추진된다", None, None, ["smart-city", "fourth-industrial-revolution"], "plan"),
        c("데이터가 주도하는 도시기반 마련은 스마트도시 구현의 중심축이다", None, None, ["smart-city"], "statement"),
        c("데이터 플랫폼을 구축해 도시 정책과 서비스를 개발한다", None, None,
          ["smart-city", "fourth-industrial-revolution"], "plan"),
        c("오픈데이터를 활용해 스타트업 유치 및 투자 활성화", None, None, ["smart-city", "startup-support"], "plan"),
    ],
    "not_claims": [],
}

# bd-04 경북 이철우, 제26회 저출생과 전쟁 혁신 대책회의 (no day in body -> publication day)
LCU, D4 = "lee-cheol-u", "2024-12-17"
G["bd-04-asiatoday.txt"] = {
    "metadata": {"headline": "이철우 경북지사 “저출생 전쟁 시즌2, 더 강하고 피부에 와닿게” 추진",
                 "published": "2024-12-17T16:13+09:00", "reporter": "문봉현", "outlet": None, "jurisdiction": "47"},
    "officials": [LCU],
    "claims": [
        c("저출생과 전쟁 시즌2가 추진이 어려워질 수 있음을 걱정했다", LCU, D4, ["childcare-birth"], "statement"),
        c("최근 혼인 건수와 출생아 수 증가 등 현장의 긍정적인 신호들이 있으나", LCU, D4, ["childcare-birth"], "statement"),
        c("지방정부는 흐트러짐 없이 비상한 각오로 적극 대응해야 한다", LCU, D4, ["childcare-birth"], "plan"),
        c("지방 중심으로 국가가 운영돼야 한다", LCU, D4, ["decentralization"], "plan"),
        c("저출생 사회 구조 개혁에 경북이 앞장서겠다", LCU, D4, ["childcare-birth"], "plan"),
        c("돌봄 산업 생태계를 조성해 기업을 유치하고 일자리를 만들어가겠다", LCU, D4,
          ["childcare-birth", "welfare", "investment-attraction", "jobs"], "plan"),
        c("3578억원의 저출생 대응 예산을 편성하고", None, D4, ["childcare-birth"], "plan"),
    ],
    "not_claims": [
        "이철우 지사, 제26회 저출생과 전쟁 혁신 대책회의",
        "최근 시국 어렵지만 지방정부, 흐트러짐 없이 대응해야",
        "지방이 미래고 지방이 바로 신산업",
    ],
}

# bd-05 경기 김동연, 지구의 날 페이스북 글 ("22지구의 날", "이날 오후" -> 2023-04-22; published 04-23 02:30)
KDY, D5 = "kim-dong-yeon", "2023-04-22"
G["bd-05-gitimes.txt"] = {
    "metadata": {"headline": "김동연 경기도지사, “기후위기 대응, 경기도가 대한민국의 변화를 이끌겠다”",
                 "published": "2023-04-23T02:30+09:00", "reporter": "이영애", "outlet": "경인통신", "jurisdiction": "41"},
    "officials": [KDY],
    "claims": [
        c("22지구의 날을 맞아 기후위기 대응", KDY, D5, ["climate-carbon"], "plan"),
        c("기후변화 주간을 운영한다", KDY, D5, ["climate-carbon"], "plan"),
        c("경기도 공공기관도 '1기관 1실천'을 한다", KDY, D5, ["climate-carbon"], "plan"),
        c("기후위기 대응은 미래 성장 동력이기도", KDY, D5, ["climate-carbon"], "statement"),
        c("기후테크로 첨단산업을 일으키고 일자리를 창출할 수 있다고 강조했다", KDY, D5, ["climate-carbon", "jobs"], "statement"),
        c("경기도는 정부와 다른 차원으로 대응하겠다고 밝혔다", KDY, D5, ["climate-carbon"], "plan"),
        c("2030년까지 온실가스 배출량 40% 감축, 신재생에너지 발전 비중 30% 달성", KDY, D5,
          ["climate-carbon", "energy-transition"], "target"),
        c("무형 탄소중립·녹색성장 위원회를 구성해", KDY, D5, ["climate-carbon"], "plan"),
    ],
    "not_claims": [
        "김동연 경기도지사, “기후위기 대응, 경기도가 대한민국의 변화를 이끌겠다”",
        "이끌겠습니다라는 제목의 글을 통해",
        "극단적 가뭄, 폭우, 산불 문제는 남의 일이 아나다라고 우려했다",
        "김동연 경기도지사 페이스북 캡처",
    ],
}

# bd-06 울진 수소위원회 (event 지난 25일, announced 26일 = publication day)
SBB = "son-byeong-bok"
G["bd-06-kmib.txt"] = {
    "metadata": {"headline": "울진군, 수소산업 정책 조정기구 출범…국가 수소경제 선도",
                 "published": "2025-08-26T14:53+09:00", "reporter": "안창한", "outlet": "국민일보", "jurisdiction": "47930"},
    "officials": [SBB],
    "claims": [
        c("원자력 기반 수소산업 육성을 위한 정책 조정·심의 기구를 공식 출범했다", None, "2025-08-25",
          ["energy-transition"], "achievement"),
        c("울진군의 수소산업 중심지 도약을 목표로 정책 수립 시 심의·조정 기능을 수행한다", None, "2025-08-26",
          ["energy-transition"], "statement"),
        c("국가 수소산업 정책과 연계할 수 있는 실질적 정책 마련에 의견을 모았다", None, "2025-08-25",
          ["energy-transition"], "plan"),
        c("원자력수소 국가산단 조성에 한층 더 속도를 낼 방침이다", None, "2025-08-26", ["energy-transition"], "plan"),
        c("국가의 수소경제 목표를 달성할 수 있는 가장 현실적이고 필수적인 사업", SBB, "2025-08-25",
          ["energy-transition"], "statement"),
        c("수소위원회가 전문성과 지역 현안을 반영한 정책적 기반 마련에 중심적인 역할을 해주길 기대한다", SBB, "2025-08-25",
          ["energy-transition"], "statement"),
    ],
    "not_claims": [
        "수소위원회 위원 위촉식과 임시회가 열렸다",
        "‘울진군 수소위원회 위원 위촉식 및 임시회’를 열고 본격적인 활동에 들어갔다고 26일 밝혔다",
        "17명으로 구성됐으며 임기는 2년이다",
        "위원장 선출, 산단 조성 진행 상황 보고, 주요 현안 논의 등이 이뤄졌다",
    ],
}

# bd-07 의성 통합공항 유치추진위 현판식 (undated text -> published and claim dates null)
KJS = "kim-ju-su"
G["bd-07-imaeil.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47730"},
    "officials": [KJS],
    "claims": [
        c("통합공항 유치를 위한 군민 여론을 결집해나가기로 했다", None, None, ["airport-relocation"], "plan"),
        c("서로 손잡고 힘을 합해 영남권 관문 통합공항 유치라는 큰 뜻을 이뤄내야 한다", None, None,
          ["airport-relocation"], "plan", "류병찬"),
        c("크고 작은 이해관계는 대의명분 아래 조정과 합의를 통해 원만하게 해결해야 한다", None, None,
          ["airport-relocation"], "plan", "류병찬"),
        c("통합공항 유치는 의성군민의 염원이다", None, None, ["airport-relocation"], "statement", "신시호"),
        c("신도청 유치 실패의 사례를 거울삼아 최선의 노력을 다해 꼭 통합공항을 유치하자", None, None,
          ["airport-relocation"], "plan", "신시호"),
        c("공항유치위의 적극적 활동이 필요하다", KJS, None, ["airport-relocation"], "plan"),
        c("반드시 통합공항을 유치해 의성의 저력을 보여주자", KJS, None, ["airport-relocation"], "plan"),
        c("통합공항 유치의 필요성과 미래 의성의 발전 계획 등을 설명하고 있다", None, None, ["airport-relocation"], "statement"),
    ],
    "not_claims": [
        "의성군민의 통합공항 유치 의지를 대내외에 알렸다",
        "공동위원장에 선임했다",
        "군위와 의성은 이웃지간이다",
    ],
}

# bd-08 가평군 관광 정책 121억 (institutional; 14일 = publication day)
D8 = "2024-03-14"
G["bd-08-ajunews.txt"] = {
    "metadata": {"headline": "가평군, 올해 관광 정책 추진에 121억원 투입", "published": "2024-03-14T10:58+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "41820"},
    "officials": ["seo-tae-won"],
    "claims": [
        c("올해 관광 정책 추진에 121억원을 투입한다고 14일 밝혔다", None, D8, ["culture-tourism"], "statement"),
        c("자라섬 꽃 축제 개최, 수변 생태관광 벨트 조성", None, D8, ["culture-tourism"], "plan"),
        c("관광 트렌드 반영 맞춤형 홍보 강화", None, D8, ["culture-tourism"], "plan"),
        c("산장관광지 관광시설 정비 등도 관광 계속 사업에 포함했다", None, D8, ["culture-tourism"], "plan"),
        c("자라섬 권역 관광 활성화에 행정력을 모으기로 했다", None, D8, ["culture-tourism"], "plan"),
        c("자라섬 스마트 워케이션 센터을 조성하고", None, D8, ["culture-tourism"], "plan"),
        c("외국인 관광객 유치 인센티브 지원을 추진해", None, D8, ["culture-tourism"], "plan"),
        c("목동 폐교 관광 자원화, 청평 어린이 놀이공원 조성 등도 추진하기로 했다", None, D8, ["culture-tourism"], "plan"),
    ],
    "not_claims": [
        "기존 관광 산업, 새 관광 정책 추진…지역경제 활성화 도모",
        "전체 사업체의 65%, 종사원의 24%가 관광 관련 사업에 종사하고 있다",
        "북한강 수변 자원을 활용한 관광 산업이 큰 비중을 차지하고 있다",
    ],
}

# bd-09 청도군 귀농귀촌 유치지원사업 선정 (institutional + non-registry 농정과장; only '19일' -> dates null)
G["bd-09-idaegu.txt"] = {
    "metadata": {"headline": "청도군, 2021년 귀농귀촌 유치지원사업 선정", "published": None, "reporter": "김산희",
                 "outlet": "대구일보", "jurisdiction": "47820"},
    "officials": [],
    "claims": [
        c("‘2021년 귀농귀촌 유치지원사업’에 선정됐다고 19일 밝혔다", None, None, ["agriculture"], "achievement"),
        c("모두 4억 원의 예산을 확보해 내년부터 도시민을 농촌으로 유입하는", None, None, ["agriculture"], "achievement"),
        c("신규 프로그램인 농촌에서 미리 살아보기를 통합한 사업이다", None, None, ["agriculture"], "statement"),
        c("귀농귀촌을 위한 체계적인 지원에 나설 예정이다", None, None, ["agriculture"], "plan"),
        c("귀농귀촌담당 신설과 다양한 정책지원사업 추진 등에서 좋은 점수를 받아 선정된 것 같다", None, None,
          ["agriculture"], "achievement", "이구훈"),
        c("첫 단계부터 정착까지 맞춤형 지원을 하고자 최선을 다 하겠다", None, None, ["agriculture"], "plan", "이구훈"),
        c("이번 공모사업에 선정된 경북의 지자체는 청도군과 포항시이다", None, None, ["agriculture"], "achievement"),
    ],
    "not_claims": [
        "사업비 확보해 농촌정착까지 맞춤형 지원 나서",
        "청도군청 전경.",
    ],
}

os.makedirs(OUT, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
