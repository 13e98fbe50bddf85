"""Write set-mc gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def md(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jur}


D1 = "2022-12-10"
D2 = "2026-02-23"
D3 = "2026-01-21"
D6 = "2025-10-26"
D7 = "2021-01-03"
D8 = "2019-08-06"
DC = ["dementia-care"]
CP = ["citizen-participation"]
DE = ["decentralization"]
AG = ["agriculture"]
UR = ["urban-regeneration"]

FILES = {
"mc-01-newsis.txt": (
    md("김해 치매친화환경 기억채움마을 잇따라 조성", "2022-12-10T07:45+09:00", "김상우", "뉴시스", "48250"),
    [],
    [
        c("치매친화적인 마을환경 조성 사업을 잇따라 추진하고 있다", None, D1, DC, "statement"),
        c("기억채움마을 제5, 6호 현판식을 개최했다고 10일 밝혔다", None, D1, DC, "achievement"),
        c("현재 6개의 기억채움마을을 운영하고 있다", None, D1, DC, "achievement"),
        c("다양한 치매 안전망 구축 사업을 완료했다", None, D1, DC, "achievement"),
        c("‘기억채움 놀이마당 조성’ 사업이 진행 중이다", None, D1, DC, "statement"),
        c("독립된 주민주도형 기억채움마을이 될 수 있도록 사후 관리를 이어간다", None, D1, DC, "plan"),
        c("치매 걱정 없는 살기 좋은 김해시를 만들겠다", None, D1, DC, "plan", "이종학"),
    ],
    ["김해 치매친화환경 기억채움마을 잇따라 조성", "율하2LH1단지, 선암마을 등 6개 운영", "김해 기억채움마을 현판식"],
),
"mc-02-heraldcorp.txt": (
    md(None, "2026-02-23", "김병진", "헤럴드경제", "27290"),
    ["lee-tae-hun"],
    [
        c("2027년도 예산 편성을 위한 주민참여예산 제안사업을 접수한다고 23일 밝혔다", None, D2, CP, "plan"),
        c("주민 의견을 실제 예산에 반영하는 대표적인 참여 행정이다", None, D2, CP, "statement"),
        c("시비 8억 6천만 원, 구비 12억 3천만 원 수준에서 추진되며", None, D2, CP, "plan"),
        c("찾아가는 맞춤형 주민참여예산학교를 권역별 및 지역 대학생 대상으로 확대 운영할 계획이다", None, D2, CP, "plan"),
        c("사업 타당성 판단 기준을 개선해 실현 가능성과 공공성이 높은 사업이 선정될 수 있도록 운영 내실을 강화한다", None, D2, CP, "plan"),
        c("달서구민뿐만 아니라 달서구 소재 직장인과 학생도 참여할 수 있다", None, D2, CP, "statement"),
        c("7월 주민투표와 총회를 통해 최종 선정되며", None, D2, CP, "statement"),
        c("높은 관심을 보이며 다양한 사업을 제안해 왔다", None, D2, CP, "achievement"),
        c("주민참여예산은 주민이 주인이 되어", "lee-tae-hun", D2, CP, "statement"),
    ],
    ["헤럴드경제(대구)=김병진 기자"],
),
"mc-03-pressna.txt": (
    md("진주시, ‘경남진주혁신도시 이전공공기관 실무협의회’ 개최", "2026-01-21T21:08+09:00", "정재학", "프레스뉴스", "48170"),
    [],
    [
        c("‘혁신도시 완성’을 위한 공동 대응 체계를 구축하기로 했다", None, D3, DE, "plan"),
        c("혁신도시 활력은 시와 공공기관 간 협력에서 비롯된다", None, D3, DE, "statement"),
        c("경남진주혁신도시가 지역 균형발전 상생 모델이 되도록 적극 협조를 부탁한다", None, D3, DE, "statement"),
        c("혁신도시를 지역 발전 거점으로 자리매김시키기", None, D3, DE, "plan"),
    ],
    ["2차 공공기관 이전 방안·‘혁신도시의 날’ 행사 논의…상생 협력 강화",
     "‘혁신도시의 날’ 행사의 성공적 운영과 활성화 방안이 집중 논의됐다",
     "12개 이전 공공기관 실무책임자 14명이 참석했다",
     "기관들의 지역 정착 애로사항을 청취하며 실질적 해결 방안을 모색하는 소통 시간을 가졌다",
     "전용 회의실에서 ‘2026년 경남진주혁신도시 이전공공기관 실무협의회’를 열었다"],
),
"mc-04-usmbc.txt": (
    md(None, None, "김문희", None, "31110"),
    ["park-tae-wan"],
    [
        c("원도심을 살리고\n문화·관광 도시로 발돋움하고 있는", None, None, ["urban-regeneration", "culture-tourism"], "statement"),
        c("관광객 500만명을 달성하는 성과를 거뒀습니다", None, None, ["culture-tourism"], "achievement"),
        c("원도심도 활기를 찾고 있습니다", None, None, UR, "achievement"),
        c("체류형 관광이 늘도록 할 계획입니다", None, None, ["culture-tourism"], "plan"),
        c("체류할 수 있는 관광을 만들어내야겠다고 생각하고 있습니다", "park-tae-wan", None, ["culture-tourism"], "plan"),
        c("일자리 2만7500개 창출 목표를 이루기 위해", None, None, ["jobs", "youth-policy"], "target"),
        c("보상 문제를 둘러싼 갈등이 끊이질 않고", None, None, ["housing"], "criticism"),
        c("혁신도시 중심 상업지는\n여전히 빈 공터로 남아 있습니다", None, None, DE, "criticism"),
        c("아직 한 발자국도 나아가지 못했습니다", None, None, ["investment-attraction"], "criticism"),
        c("신세계 백화점도 빠른 입주, 아니면 새로운 형태의 사업이라도 들어오게 해 달라", "park-tae-wan", None, ["investment-attraction"], "statement"),
        c("다른 기업에 매각해서 빨리 추진될 수 있는", "park-tae-wan", None, ["investment-attraction"], "statement"),
    ],
    ["관광자원 중에 성곽이 6개나 있지 않습니까", "하지만 해결되지 않은 문제도 있습니다",
     "지난해 전국 캐릭터 경연에서 1등을 하고"],
),
"mc-05-donga.txt": (
    md("옛 울산시장 관사, 임대주택단지로 개발해 입주", "2022-07-01T03:00+09:00", "정재락", "동아일보", "31"),
    [],
    [
        c("30일부터 입주를 시작했다고 밝혔다", None, "2022-06-30", ["housing"], "achievement"),
        c("노후공공청사 복합개발사업에 선정돼 추진해 온 사업이다", None, "2022-07-01", ["housing"], "statement"),
        c("생활 사회기반시설로 개발해 시민에게 돌려주는 것이다", None, "2022-07-01", ["housing", "childcare-birth", "culture-tourism"], "statement"),
        c("지상 15층 규모로 준공됐다", None, "2022-07-01", ["housing"], "achievement"),
        c("주요 시설은 지상 1층 국공립 어린이집과 작은도서관", None, "2022-07-01", ["housing", "childcare-birth", "culture-tourism"], "statement"),
        c("역대 최고 청약률인 13.7 대 1을 기록했다고 시는 설명했다", None, "2022-07-01", ["housing"], "achievement"),
        c("청년·신혼부부를 위한 행복주택 공급을 확대해 나갈 예정이다", None, "2022-07-01", ["housing", "youth-policy"], "plan"),
        c("이들의 지역 정착과 주거 안정을 지원할 방침이다", None, "2022-07-01", ["housing", "youth-policy"], "plan"),
    ],
    ["옛 울산시장 관사, 임대주택단지로 개발해 입주", "뉴스 트렌드 생활정보 International edition 매체"],
),
"mc-06-segye.txt": (
    md("주낙영 경주시장 “글로벌 국제도시로 비상 새 전기… ‘대한민국의 품격’ 전 세계에 각인” [2025 경주 에이펙]",
       "2025-10-26T18:43+09:00", "이영균", "세계일보", "47130"),
    ["ju-nak-yeong"],
    [
        c("주요 문화 유적지 탐방", "ju-nak-yeong", D6, ["culture-tourism"], "plan"),
    ],
    ["경주 발전과 웅비(雄飛)의 새로운 전환점으로 삼겠습니다",
     "역대 가장 성공적인 에이펙 개최를 통해 경주 발전의 새로운 전기로 삼겠다",
     "에이펙이 추구하는 가치는 상생과 협력, 포용적 성장",
     "세계적인 국제적인 도시로 부상할 수 있는 전환점이 되길 바란다",
     "유구한 역사 경험 선사 위해 만전"],
),
"mc-07-bsbukgu.txt": (
    md("부산 북구, 국토부 뉴딜사업 선정 ‘쾌거’", "2021-01-05T17:26+09:00", None, None, "26320"),
    ["jeong-myeong-hui"],
    [
        c("국·시비 총 150억 원을 확보했다고 3일 밝혔다", "jeong-myeong-hui", D7, ["urban-regeneration", "small-merchants"], "achievement"),
        c("동네상권 침체가 가속화 되고 있었다", None, D7, ["small-merchants"], "statement"),
        c("투자대비 소생 가능성이 매우 높다는 점을 피력했다", None, D7, UR, "statement"),
        c("평가위원으로부터 높은 점수를 받았다", None, D7, UR, "achievement"),
        c("골목 공유마당 케어사업 등이 계획되어 있다", None, D7, ["urban-regeneration", "education"], "plan"),
    ],
    ["젊은이는 떠나고 노인인구가 대다수인 초고령 지역으로 전락하고 있었다", "조회수 : 778"],
),
"mc-08-kukinews.txt": (
    md("창녕군, 양파·마늘농가에 40억원 긴급 지원", "2019-08-06T16:41+09:00", "강종효", "쿠키뉴스", "48740"),
    ["han-jeong-u"],
    [
        c("양파·마늘농가에 40억원을 긴급 지원하기로 했다", None, D8, AG, "plan"),
        c("출하수수료 40억원을 지원한다고 6일 밝혔다", None, D8, AG, "plan"),
        c("출하할 농가에 위탁(경매)수수료를 지원한다", None, D8, AG, "plan"),
        c("지원을 받고자 하는 농가는 농업경영체에 등록된 농가로", None, D8, AG, "statement"),
        c("어려운 시기의 양파·마늘 생산농가에 도움이 되길 바란다", "han-jeong-u", D8, AG, "statement"),
        c("생산비를 획기적으로 낮추는 방안을 적극 검토해 시행하고", "han-jeong-u", D8, AG, "plan"),
    ],
    ["창녕=강종효 기자 k123@kukinews.com", "이 기사 어떻게 생각하세요"],
),
"mc-09-news1.txt": (
    md("부산 감천문화마을, 한국관광 100선에 6회 연속 선정", None, "장광일", "뉴스1", "26380"),
    ["lee-gap-jun"],
    [
        c("'한국관광 100선'에 6회 연속으로 이름을 올렸다고 2일 밝혔다", None, None, ["culture-tourism"], "achievement"),
        c("국내 대표 관광지 100곳을 선정하는 것으로 2015년부터 시작됐다", None, None, ["culture-tourism"], "statement"),
        c("부산의 대표 관광지 중 하나로 자리잡게 됐다", None, None, ["urban-regeneration", "culture-tourism"], "achievement"),
        c("이 성과는 감천 주민들의 자부심과 끊임없는 노력", "lee-gap-jun", None, ["culture-tourism"], "achievement"),
        c("감천문화마을만의 가치를 더 많은 이들에게 알릴 것", "lee-gap-jun", None, ["culture-tourism"], "plan"),
    ],
    ["문화체육관광부·한국관광공사 선정", "1950년대 6·25 전쟁 당시 피난민들이 산비탈을 따라 쌓아올린 마을이다"],
),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, nots) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        print(name, len(claims))
