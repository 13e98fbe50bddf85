"""Writes set-of's gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = Path(__file__).resolve().parents[1] / "gold"
G.mkdir(exist_ok=True)


def c(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        d["speaker_name"] = speaker_name
    return d


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


GOLD = {}

D = "2024-05-13"
GOLD["of-01-segye.txt"] = {
    "metadata": md("결혼·출산·돌봄까지…경북 저출생 극복에 1조2000억원 투입", "2024-05-13T14:36+09:00", None, "세계일보", "47"),
    "officials": ["lee-cheol-u"],
    "claims": [
        c("경북도는 저출생 극복에 1조2000억원 규모의 예산을 투입한다", None, D, ["childcare-birth"], "plan"),
        c("‘저출생과 전쟁 필승 실행계획’을 발표하고 경제와 문화 환경 개선에 힘쓴다고 밝혔다", None, D, ["childcare-birth"], "plan"),
        c("결혼과 출산을 선택한 가정의 삶의 질을 보장하기 위해서다", None, D, ["childcare-birth"], "statement"),
        c("도는 저출생 전주기 대응을 목표로 6개 분야 100대 과제를 내놨다", None, D, ["childcare-birth"], "achievement"),
        c("만남 주선과 행복 출산, 완전 돌봄, 안심 주거", None, D, ["childcare-birth"], "statement"),
        c("국제 크루즈 여행과 청춘동아리, 솔로 마을 등을 추진하며 도가 결혼정보회사 역할을 한다", None, D, ["childcare-birth"], "plan"),
        c("남성 난임 시술비를 지원하고 산모 산후 회복과 신생아 건강관리 서비스, 거점형 공공산후조리원 설치 등을 추진한다", None, D, ["childcare-birth"], "plan"),
        c("공동체에서 자정까지 돌봄을 추진하고 돌봄 융합 특구를 조성한다", None, D, ["childcare-birth"], "plan"),
        c("세 자녀 이상 가정은 큰 집에 살 수 있도록 지원 근거를 마련하고 월세·전세보증금 이자와 신축약정형 매입임대주택 공급 등을 지원한다", None, D, ["housing", "childcare-birth"], "plan"),
        c("육아기 부모는 오후 4시에 퇴근하고 소상공인은 6개월 출산휴가를 도입한다", None, D, ["childcare-birth", "small-merchants"], "plan"),
    ],
    "not_claims": [
        "결혼·출산·돌봄까지…경북 저출생 극복에 1조2000억원 투입",
        "이철우 경북지사가 13일 경북도청 브리핑룸에서 저출생 극복 실행계획을 발표하고 있다. 경북도 제공",
        "양성평등 분야에서는 다자녀 가정은 어디",
    ],
}

D = "2019-03-24"
ROBOT_TB = ["robot-industry", "fourth-industrial-revolution", "investment-attraction"]
GOLD["of-02-idaegu.txt"] = {
    "metadata": md("커가는 대구 로봇산업, 글로벌 리더 꿈꾼다", "2019-03-24T21:50+09:00", "김종현", None, "27"),
    "officials": [],
    "claims": [
        c("주력산업 침체를 극복하기 위한 신성장 동력으로 로봇산업을 육성해 오고 있는 가운데", None, D, ROBOT_TB, "achievement"),
        c("국내 유일의 로봇관련 국책기관인 한국로봇산업진흥원을 유치했고", None, D, ["robot-industry"], "achievement"),
        c("대구지역 로봇기업수는 2010년 23개사에서 2017년 161개사로 급증했다", None, D, ["robot-industry"], "achievement"),
        c("스마트팩토리 관련 투자를 유치하는 등 로봇산업의 양적·질적 성장이 함께 이루어 지고 있다", None, D, ["robot-industry", "investment-attraction"], "achievement"),
        c("세가지 전략을 제시하고 6가지 추진과제를 설정했다", None, D, ["robot-industry"], "achievement"),
        c("먼저 로봇혁신클러스터를 조성해 로봇완제품 생산의 가치사슬을 육성하고", None, D, ROBOT_TB, "plan"),
    ],
    "not_claims": [
        "커가는 대구 로봇산업, 글로벌 리더 꿈꾼다",
        "‘선도도시’ 청사진 발표",
        "실증 테스트베드 구축",
        "제조업 전반 혁신 촉진",
    ],
}

D = "2023-01-31"
GOLD["of-03-fnnews.txt"] = {
    "metadata": md("안동시, 청년 창업 인큐베이터로 거듭나", "2023-01-31T07:42+09:00", "김장욱", "파이낸셜뉴스", "47170"),
    "officials": ["gwon-gi-chang"],
    "claims": [
        c("청년들의 일자리 문제 해소와 지역 정착을 위해 본격적인 청년 취·창업 지원에 나선다고 밝혔다", None, D, ["youth-policy", "jobs", "startup-support"], "plan"),
        c("올해 창업, 취업 등 일자리 분야에 34억원의 예산을 편성했다", None, D, ["startup-support", "jobs", "youth-policy"], "achievement"),
        c("신규 사업을 추진하여 활발한 청년 창업 분위기 조성에 나선다", None, D, ["startup-support", "youth-policy"], "plan"),
        c("도시 청년을 유입하고 지역 청년 유출을 방지하고자 올해 180개 (예비)창업기업을 지원한다", None, D, ["startup-support", "youth-policy"], "target"),
        c("창업활동비와 인센티브를 지급하고, 자산 형성 지원으로 청년일자리 창출을 도모한다", None, D, ["startup-support", "youth-policy", "jobs"], "plan"),
        c("창업자 간 네트워킹 형성 등 창업 생태계 조성에도 힘을 싣는다", None, D, ["startup-support"], "plan"),
    ],
    "not_claims": [
        "안동시, 청년 창업 인큐베이터로 거듭나",
        "올해 청년 취창업 34억원 투입, 창업 문화 형성",
        "'청년 창업가와 소통 간담회'를 갖고 관계자들과 파이팅을 외치고 있다",
        "새로운 안동, 위대한 청년이 이끈다!",
        "권기창 시장은 \"시를 누구나 기회",
    ],
}

D = "2022-12-27"
GOLD["of-04-maeililbo.txt"] = {
    "metadata": md("광주시 북구, 2021년 ‘자치·공유·마을’ 성과 공유회 개최", "2022-12-27", "윤성수", "매일일보", "29170"),
    "officials": ["mun-in"],
    "claims": [
        c("28개 전 동의 마을미래계획을 수립하고 주민이 직접 마을의제를 찾고 해결하는 등 풀뿌리 주민자치 실현에 힘썼다", None, D, ["citizen-participation"], "achievement"),
        c("제20회 전국주민자치박람회에서 최우수상(4)을 비롯해", None, D, ["citizen-participation"], "achievement"),
        c("총 124개 사업 7억4천800만 원을 지원, 광주 자치구 중 가장 활발한 마을공동체 사업을 추진했다", None, D, ["citizen-participation"], "achievement"),
        c("앞으로도 마을공동체 참여 확대, 지속가능한 마을자치 기반 마련을 통해 풀뿌리 자치가 실현되는 행복 북구를 만들어 나가겠다", "mun-in", D, ["citizen-participation"], "plan"),
    ],
    "not_claims": [
        "광주시 북구, 2021년 ‘자치·공유·마을’ 성과 공유회 개최",
        "오는 28일~30일 마을공동체 성과 공유 사진전, 마을의제 홍보, 마을자치 성과 공유 등 전시, 행사 진행",
        "‘2021년 마을공동체 성과 공유회’를 개최한다고 27일 밝혔다",
        "라는 주제로 열린다",
        "▴마을자치 성과 공유 등 전시와 행사가 진행된다",
        "교복나눔장터 운영, 온라인 공유경제 아카데미 등 공유문화 확산에 주력해",
    ],
}

D = "2025-09-13"
CP = ["citizen-participation"]
GOLD["of-05-asiae.txt"] = {
    "metadata": md("광주 광산구, 주민 손으로 뽑는 2025 예산 한마당", "2025-09-13T14:38+09:00", "송보현", "아시아경제", "29200"),
    "officials": [],
    "claims": [
        c("주민들이 직접 발굴한 마을 사업 아이디어가 무대에 올라 내년 구 살림살이에 반영될지를 가린다", None, D, CP, "plan"),
        c("2025 주민참여예산 한마당을 연다고 13일 밝혔다", None, D, CP, "plan"),
        c("주민 참여로 내년 예산에 반영할 주민참여예산 사업 과제를 선정한다", None, D, CP, "plan"),
        c("주민들이 마련한 44개 제안 사업을 발표한다", None, D, CP, "plan"),
        c("주민참여예산위원회가 효과성, 지속성 등을 기준으로 현장 심사를 진행한다", None, D, CP, "plan"),
        c("17일까지 온라인 사전투표를 진행하고 있다", None, D, CP, "statement"),
        c("현장 평가와 온라인 투표 결과를 합산해 가장 기대되는 사업 3개를 선정해", None, D, CP, "plan"),
    ],
    "not_claims": [
        "광주 광산구, 주민 손으로 뽑는 2025 예산 한마당",
        "광주 광산구 청사.",
        "마을의 문제를 해결하기 위해 아이디어를 모으고 실행 방법과 기대 효과를 공유한다",
        "호남취재본부 송보현 기자 w3to@asiae.co.kr",
    ],
}

GOLD["of-06-jbyonhap.txt"] = {
    "metadata": md("완주군, 먹거리 정책방향 위해 모였다", "2021-11-07T18:20+09:00", "성영열", None, "45710"),
    "officials": ["park-seong-il"],
    "claims": [
        c("완주군표 먹거리 정책을 위해 다양한 의견을 수렴하고 있다", None, "2021-11-07", ["agriculture"], "statement"),
        c("완주군 먹거리정책 관련 심의 및 자문 등의 역할을 수행하고 있다", None, "2021-11-07", ["agriculture"], "statement"),
        c("완주군은 로컬푸드 10년이라는 훌륭한 자산이 있다", None, "2021-11-05", ["agriculture"], "achievement", "김춘만"),
        c("다양하고 폭넓은 의견수렴을 거쳐 완주군민을 위한 먹거리 정책을 펼치겠다", None, "2021-11-05", ["agriculture"], "plan", "김춘만"),
    ],
    "not_claims": [
        "완주군, 먹거리 정책방향 위해 모였다",
        "먹거리위원회 전체회의를 진행하고, 완주군 먹거리 발전방향에 대해논의하는 시간을 가졌다",
        "2021년 3분기 푸드플랜 추진실적 등 먹거리 관련 의견수렴 및 향후 방향에 대해 논의했다",
    ],
}

W = "won-gang-su"
GOLD["of-07-newspim.txt"] = {
    "metadata": md(None, None, "이형섭", "뉴스핌", "51130"),
    "officials": [W],
    "claims": [
        c("첫째, AI·디지털 기반 첨단의료복합단지 조성 사업이다", W, None, ["medical-industry", "fourth-industrial-revolution"], "plan"),
        c("AI와 빅데이터를 융합한 첨단 의료산업 생태계를 구축하는 사업으로", W, None, ["medical-industry", "fourth-industrial-revolution"], "statement"),
        c("제3의 첨단의료복합단지로 자리매김하는 것을 목표로 한다", W, None, ["medical-industry", "research-development"], "plan"),
        c("수도권과 비수도권 의료산업 격차 해소와 균형 발전에 기여할 최적의 도시임을 강조했다", W, None, ["medical-industry"], "statement"),
        c("셋째, 농업인의 날 발상 기념관 건립 사업이다", W, None, ["agriculture", "culture-tourism"], "plan"),
        c("농업 가치와 농업인의 사회적 위상을 높이기 위해 추진하는 사업으로, 총사업비 100억 원 규모다", W, None, ["agriculture", "culture-tourism"], "statement"),
        c("농업 문화 계승의 중심 공간으로 조성될 예정이다", W, None, ["agriculture", "culture-tourism"], "plan"),
        c("의료산업과 교통 인프라가 원주의 미래 성장동력", W, None, ["medical-industry"], "statement"),
    ],
    "not_claims": [
        "국무총리에게 원주시의 핵심 현안 사업 세 가지를 건의했다",
        "둘째, 원주공항 시설 개선 사업이다",
        "이원화된 공항 구조를 개선해 안전성과 이용 편의성을 높이는 사업이다",
        "중장기 인프라 개선이 시급한 상황이다",
        "원강수 원주시장. 2025.07.03",
    ],
}

O = "oh-young-hun"
GOLD["of-08-newspim.txt"] = {
    "metadata": md("제주, 2026년까지 공공주택 7000호 공급", None, "문미선", "뉴스핌", "50"),
    "officials": [O],
    "claims": [
        c("제주도가 2016년까지 임대주택 4900호를 포함, 공공주택 총 7000호를 공급한다", None, None, ["housing"], "target"),
        c("제주형 보금자리 공공분양주택 2100호를 공급한다고 밝혔다", None, None, ["housing"], "target"),
        c("4900호를 임대 공급하는 계획을 발표했다", None, None, ["housing"], "target"),
        c("민선8기 제주도정의 공공주택 공급정책은 과거 임대주택 물량 위주에서", O, None, ["housing"], "statement"),
        c("내 집 마련의 기회와 내일에 대한 희망을 줄 수 있어야 한다", O, None, ["housing"], "plan"),
        c("주거복지 사각지대가 해소될 수 있도록 최선을 다하겠다", O, None, ["housing"], "plan"),
        c("공공분양과 공공임대주택을 탄력적으로 공급하고", None, None, ["housing"], "plan"),
    ],
    "not_claims": [
        "제주, 2026년까지 공공주택 7000호 공급",
        "기존 임대 공급 정책에서 분양주택 확대로 전환",
        "제주도가 2026년까지 공공주택 7000호를 공급한다. 2022.11.30",
    ],
}

D = "2025-08-20"
GOLD["of-09-segye.txt"] = {
    "metadata": md(None, "2025-08-20", None, None, "51110"),
    "officials": ["yuk-dong-han"],
    "claims": [
        c("25개 읍∙면∙동을 순회하며 주민들의 목소리를 경청한다", None, D, CP, "plan"),
        c("올해 간담회는 회의실 중심의 경직된 형식에서 탈피했다는 것이 특징이다", None, D, CP, "statement"),
        c("시민과 함께 생활현장 속으로 들어가겠다는 계획이다", None, D, CP, "plan"),
        c("커피 토크는 마을쉼터나 휴게정자에서 주민과 마주 앉아 커피와 다과를 나누며 자유롭게 대화하는 방식이다", None, D, CP, "statement"),
        c("더 가까운 소통을 이끈다", None, D, CP, "statement"),
        c("주민이 직접 정책 아이디어를 포스트잇에 적어 붙이는 참여형소통이다", None, D, CP, "statement"),
        c("실명으로 제안된 의견에는 시장이 답신을 보내", None, D, CP, "statement"),
        c("주민들과 육동한 시장이 직접 걸으며 주민 목소리를 듣는 방식이다", None, D, CP, "statement"),
        c("생활 터전에서 바로 문제와 개선점을 확인하며 정책에 반영할 계획이다", None, D, CP, "plan"),
        c("주민 생활공간에서 시민의 눈높이로 시정을 바라보겠다", "yuk-dong-han", D, CP, "plan"),
    ],
    "not_claims": [
        "첫 만남은 22일 남면 의암류인석기념관 관일정에서 ‘커피 토크’로 시작된다",
        "각 동네 특성에 맞춰 장소와 방식은 다르게 진행할 예정이다",
        "시간과 장소애 구",
    ],
}

for name, g in GOLD.items():
    doc = {"article": name, **g}
    (G / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in GOLD.values()))
