"""Writes gold/*.json for set-ds (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

G = {}


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


MUN = "mun-gyeong-bok"
G["ds-01-newsis.txt"] = {
    "metadata": {"headline": "문경복 옹진군수 \"365일 머무르는 '힐링' 명소 만들 것\"", "published": None,
                 "reporter": "전예준", "outlet": "뉴시스", "jurisdiction": "28720"},
    "officials": [MUN],
    "claims": [
        c("옹진군을 '머물고 싶어지는 힐링관광 명소'로 만들겠다는 포부를 밝혔다", MUN, None, ["culture-tourism"], "plan"),
        c("옹진은 '인천 i-바다패스' 정책을 통해 전년보다 관광객이 36%가 급증했다", MUN, None, ["culture-tourism", "public-transit"], "achievement"),
        c("섬 하나 하나에 매력을 불어 넣겠다", MUN, None, ["culture-tourism"], "plan"),
        c("자월 힐링 꽃섬 지방정원 조성 사업을 본격 추진하기로 했다", MUN, None, ["culture-tourism"], "plan"),
        c("섬 곳곳을 체류형 명소로 조성하겠다고 했다", MUN, None, ["culture-tourism"], "plan"),
        c("상수도 공급으로 물 걱정 없는 옹진을 만들겠다고도 강조했다", MUN, None, ["water-supply"], "plan"),
        c("덕적면 울도 해수담수화 사업을 올해 6월께 준공하고", MUN, None, ["water-supply"], "plan"),
        c("북도면 지방상수도 구축사업을 올해 9월 완료할 계획이고", MUN, None, ["water-supply"], "plan"),
        c("민관 협력 '1섬 1주치의' 진료사업을 확대하기로 했다", MUN, None, ["public-health"], "plan"),
        c("군부대 의료기관 민간 개방 사업도 추진해", MUN, None, ["public-health"], "plan"),
    ],
    "not_claims": ["문경복 옹진군수 \"365일 머무르는 '힐링' 명소 만들 것\"", "[인천=뉴시스] 전예준 기자"],
}

G["ds-02-kukinews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "이현준", "outlet": "쿠키뉴스", "jurisdiction": "28"},
    "officials": [],
    "claims": [
        c("‘인천형 수소생태계 구축전략’을 수립했다고 28일 밝혔다", None, None, ["energy-transition"], "achievement"),
        c("연간 부생수소 3만톤, 바이오수소 2200톤 규모의 수소생산이 가능한 수소생산클러스터를 구축한다", None, None, ["energy-transition"], "target"),
        c("수송부문 수소생태계 전환을 가속화한다", None, None, ["future-vehicles", "energy-transition"], "plan"),
        c("승용형 수소차를 2030년까지 5만7000대 보급하고", None, None, ["future-vehicles", "energy-transition"], "target"),
        c("영흥석탄화력 조기퇴출 기반을 마련한다", None, None, ["energy-transition"], "target"),
        c("군·구별 1개소 이상 배치를 목표로 2030년까지 52개소룰 구축한다", None, None, ["future-vehicles", "energy-transition"], "target"),
        c("수소에너지 마을기업 조성으로 수소에너지 보급 확산과 지역 상생발전을 실현한다", None, None, ["energy-transition", "jobs"], "plan"),
        c("가정용 연료전지 설치 보조금을 확대 지원한다", None, None, ["energy-transition"], "plan"),
        c("2030년까지 1만여 명의 일자리 창출과", None, None, ["energy-transition", "jobs"], "statement"),
        dict(c("우리 시는 타 도시 대비 우월한 수소산업 기반여건과 입지경쟁력을 가지고 있다", None, None, ["energy-transition"], "statement"), speaker_name="유훈수"),
    ],
    "not_claims": ["[인천=쿠키뉴스 이현준 기자]"],
}

PWS = "park-won-soon"
G["ds-03-hankyung.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "추가영", "outlet": "한국경제", "jurisdiction": "11"},
    "officials": [PWS],
    "claims": [
        c("서울시가 미세먼지와의 전면전에 나선다", None, None, ["fine-dust"], "plan"),
        c("전담조직인 ‘미세먼지 재난대책본부’를 만든다", None, None, ["fine-dust"], "plan"),
        c("박원순 서울시장이 직접 본부장을 맡아 조직을 지휘한다", None, None, ["fine-dust"], "plan"),
        c("‘미세먼지 연구소’도 설립한다", None, None, ["fine-dust"], "plan"),
        c("미세먼지 재난대책본부는 사업장관리반, 시민건강보호반 등 5개 추진반으로 구성된다", None, None, ["fine-dust"], "statement"),
        c("시청 11개 부서, 25개 자치구, 산하기관 4곳이 참여한다", None, None, ["fine-dust"], "statement"),
        c("당일 오후 4시부터 재난대책본부가 소집된다고 서울시는 밝혔다", None, None, ["fine-dust"], "statement"),
        c("장영기 수원대 환경에너지공학과 교수 등 21명으로 구성됐다", None, None, ["fine-dust"], "statement"),
        c("수도권과 전국으로 확대 시행하는 방안을 검토하고 있다", None, None, ["fine-dust"], "statement"),
        c("미세먼지 저감조치를 상시 시행하자는 것이 골자다", None, None, ["fine-dust"], "statement"),
        c("미세먼지 해결은 시정 최고 현안 과제", None, None, ["fine-dust"], "statement"),
        c("재난 수준의 고농도 미세먼지에 총력 대응하기 위해 대책본부를 발족한다", None, None, ["fine-dust"], "plan"),
    ],
    "not_claims": ["추가영 기자 gychu@hankyung.com"],
}

CHA = "cha-jun-taek"
G["ds-04-segye.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "강승훈", "outlet": None, "jurisdiction": "28237"},
    "officials": [CHA],
    "claims": [
        c("상인에겐 장사 잘되는 상권으로", CHA, None, ["urban-regeneration", "small-merchants"], "statement"),
        c("공공지원센터와 임대주택·상가, 공영주차장 등을 마련할 계획이다", None, None, ["housing"], "plan"),
        c("창업보육, 컨설팅, 브랜드 상품화, 공연과 전시·체험 등 종합문화공간으로 선보일 예정이다", None, None, ["startup-support", "culture-tourism"], "plan"),
        c("청년과 대학생, 사회초년생 등에 행복주택을 공급하고, 공공임대상가도 들어서 둥지 내몰림 문제에 대비할 것", CHA, None, ["housing", "youth-policy", "urban-regeneration"], "plan"),
        c("지원센터를 통해 일자리 창출에도 기여하겠다", CHA, None, ["jobs"], "plan"),
    ],
    "not_claims": [
        "굴포천 생태환경 복원 프로젝트는 부평이 친환경 도시로 나아가기 위한 밑바탕입니다",
        "취임 뒤 확정한 36개 공약 중에서 굴포천 분야를 특히 강조했다",
        "이 가운데서 혁신센터 조성은 핵심이다",
        "2개월 뒤인 8월 미군으로부터 반환받는 성과를 이뤄냈다",
    ],
}

GO = "go-nam-seok"
G["ds-05-mt.txt"] = {
    "metadata": {"headline": "'인천의 강남' 품은 연수구, 다문화 함박마을 재생나선 이유",
                 "published": "2022-04-14T05:40+09:00", "reporter": "기성훈, 김지현", "outlet": "머니투데이",
                 "jurisdiction": "28185"},
    "officials": [GO],
    "claims": [
        c("정부의 도시재생 뉴딜사업지로 선정된 원도심 '함박마을'과 '안골마을'의 정비다", None, "2022-04-14", ["urban-regeneration"], "statement"),
        c("함박마을은 지역상권 활성화를 위한 세계음식문화공간을 조성하고 있으며", None, "2022-04-14", ["urban-regeneration", "small-merchants", "culture-tourism"], "statement"),
        c("원도심의 가치를 살리고 지역 특색에 맞는 조화로운 도시 개발을 집중하고 있다", GO, "2022-04-13", ["urban-regeneration"], "statement"),
        c("송도국제도시는 세계 바이오산업의 메카로 키운다는게 고 구청장의 구상이다", GO, "2022-04-13", ["medical-industry"], "plan"),
        c("바이오기업들의 연구개발 및 시험시설, 장비, 신약개발 전문서비스 등 인프라 구축이 가속화될 것", GO, "2022-04-13", ["medical-industry", "research-development"], "statement"),
    ],
    "not_claims": [
        "연수구에 필요한 것은 원도심과 신도시의 조화로움입니다",
        "연수구의 미래는 원도심과 신도심 모두 함께 성장하는 것이다",
        "신도시와 구도심 간 격차를 줄이기 위해 여러 정책을 펼치고 있다",
        "본사는 내년에 송도로 이전한다",
        "[2022 사회안전지수-살기 좋은 지역]",
        "'인천의 강남' 품은 연수구, 다문화 함박마을 재생나선 이유",
    ],
}

JIN = "jin-gyo-hun"
G["ds-06-seoul.txt"] = {
    "metadata": {"headline": None, "published": "2025-11-09", "reporter": "김주연", "outlet": "서울Pn", "jurisdiction": "11500"},
    "officials": [JIN],
    "claims": [
        c("서울 자치구 중 최초로 ‘인공지능(AI) 기본조례’를 제정하는 등 AI 행정 혁신을 이끌어 온 결과다", None, "2025-11-09", ["fourth-industrial-revolution"], "achievement"),
        c("‘AI 기반 염수 자동 살포 시스템’을 구축했다", None, "2025-11-09", ["fourth-industrial-revolution"], "achievement"),
        c("주민 편의를 높이는 실증사업도 추진 중이다", None, "2025-11-09", ["fourth-industrial-revolution", "robot-industry"], "statement"),
        c("민·관·학 14개 기관과 ‘AI 특화도시’ 조성을 위한 업무 협약식을 열기도 했다", None, "2025-11-04", ["fourth-industrial-revolution"], "achievement"),
        c("AI 특화도시로서 전국 지방정부의 모범이 되는 지속 가능한 AI 행정 모델을 만들어 가겠다", JIN, "2025-11-09", ["fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "AI 기본조례 제정… 자문단 구성",
        "로봇 재활용품 수거 서비스 추진",
        "‘한국지방자치학회장상’을 수상했다고 9일 밝혔다",
        "자치분권의 미래 방향을 논의했다",
        "강서구 행정혁신 성과를 직접 발표했다",
        "국회에서 열린 ‘2025 참좋은 지방자치정책대회’에서 발표하고 있다",
    ],
}

OH = "oh-se-hoon"
G["ds-07-etoday.txt"] = {
    "metadata": {"headline": "오세훈 \"저는 복지 시장...시민의 삶과 질 끌어올리겠다\"", "published": "2021-04-16T15:13+09:00",
                 "reporter": None, "outlet": None, "jurisdiction": "11"},
    "officials": [OH],
    "claims": [
        c("시민들은 저를 디자인 시장으로 기억하지만 스스로 복지 시장이라 자부했다", OH, "2021-04-16", ["welfare"], "statement"),
        c("다시 일하게 되더라도 복지 시장이 되겠다고 생각했다", OH, "2021-04-16", ["welfare"], "plan"),
        c("복지와 돌봄 영역에서 활동하는 분들과 호흡을 맞추고 이를 효율적으로 행정에 접목하는 것이 서울시장이 해야 할 가장 중요한 일", OH, "2021-04-16", ["welfare"], "plan"),
    ],
    "not_claims": [
        "오세훈 \"저는 복지 시장...시민의 삶과 질 끌어올리겠다\"",
        "정기적인 소통 자리를 만들겠다고 약속했다",
        "제가 약속 잘 지키지요",
        "취임 후 이렇게 한 달만에 여러분을 뵙게 됐다",
        "시민 여러분 삶의 질을 끌어올리는 것",
        "패닉 하루 만에 코스피 역대 최대 상승폭으로 급반등",
    ],
}

YOO = "yoo-jeong-bok"
G["ds-08-newshotline.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"},
    "officials": [YOO],
    "claims": [
        c("▲인천시 신청사 착공 ▲GTX-B 노선 착공 및 광역교통망 확충", YOO, None,
          ["city-hall", "public-transit", "youth-policy", "welfare", "investment-attraction"], "achievement"),
        c("청년 일자리 확대와 주거 안정을 위해 내놓은 ‘천원주택’은 시민들의 큰 호응을 얻었다고 강조했다", YOO, None,
          ["housing", "youth-policy", "jobs"], "achievement"),
        c("교육, 문화, 환경, 복지 등 생활밀착형 정책을 강화해 더 살기 좋은 인천을 만들겠다", YOO, None,
          ["education", "culture-tourism", "welfare"], "plan"),
        c("17개 시도의 지방자치단체가 떠안을 재정부담에 대한 충분한 논의가 이루어지지 않았다", YOO, None, ["decentralization"], "criticism"),
        c("인천시는 약 1700억원을 재정지출을 해야하는데 그럴 여력이 없는 상태다", YOO, None, ["decentralization"], "criticism"),
        c("법령상 지자체와 사전 협의하도록 돼 있음에도 불구하고, 정부는 이를 이행하지 않고 일방적으로 결정하고 통보했다", YOO, None, ["decentralization"], "criticism"),
    ],
    "not_claims": [
        "2025.7.1 cjsgkwp0@gmail.com 박영훈 기자",
        "지난 3년간의 성과를 돌아보며 향후 시정 방향을 밝혔다",
        "민선 8기 출범 이후 ‘시민이 주인인 인천’을 만들기 위해 흔들림 없이 달려왔다",
        "도시의 미래 경쟁력을 강화하는 기반을 마련했다",
        "시민 삶의 질을 실질적으로 높이는 데 초점을 맞출 것",
    ],
}

PJH = "park-jun-hui"
D9 = "2020-05-17"
G["ds-09-sijung.txt"] = {
    "metadata": {"headline": "관악구, 4차 산업혁명 기술 도입한 '스마트도시 조성 사업' 박차 가해",
                 "published": "2020-05-17T10:05+09:00", "reporter": "이지선", "outlet": "시정일보", "jurisdiction": "11620"},
    "officials": [PJH],
    "claims": [
        c("'더불어 스마트도시 조성'이 순항 중이라고 밝혔다", None, D9, ["smart-city", "fourth-industrial-revolution"], "statement"),
        c("관악구는 민선7기 출범과 함께 '스마트도시 조성'을 공약으로 내세웠다", None, D9, ["smart-city"], "statement"),
        c("주민의 삶을 더욱 스마트하게 만드는 다양한 사업을 펼쳐왔다", None, D9,
          ["smart-city", "fourth-industrial-revolution", "fine-dust", "disaster-safety"], "achievement"),
        c("관, 산, 학, 연이 힘을 모아 스마트도시 조성사업에 속도를 냈다", None, D9, ["smart-city", "research-development"], "achievement"),
        c("4개 영역 세부사업을 본격 추진한다", None, D9, ["smart-city"], "plan"),
        c("'주민 중심의 안전한 스마트도시 관악'을 만들 계획이다", None, D9, ["smart-city", "fourth-industrial-revolution"], "plan"),
    ],
    "not_claims": [
        "관악구, 4차 산업혁명 기술 도입한 '스마트도시 조성 사업' 박차 가해",
        "‘도불어 스마트도시 조성’이 순항 중임을 밝혔다",
        "다세대 주택과 여성 1인가구가 많이 거주하는 지역 특성",
    ],
}

root = Path(__file__).resolve().parents[1]
(root / "gold").mkdir(exist_ok=True)
for name, g in G.items():
    doc = {"article": name, **g}
    (root / "gold" / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
