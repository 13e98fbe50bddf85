"""Write set-iv gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


B, D1 = "baek-yeong-hyeon", "2025-12-31"
J, D3 = "jeong-dong-gyun", "2021-08-30"
W, D7 = "won-gang-su", "2024-07-10"
CH, D6 = "choi-mun-sun", "2017-05-10"
D2, D4, D5, D8 = "2021-03-10", "2026-01-08", "2025-10-13", "2022-10-05"
H = "han-gyu-ho"

FILES = {
"iv-01-asiae.txt": (
    {"headline": "백영현 포천시장, 포천의 꿈이 현실이 되는 '도약의 해'", "published": "2025-12-31",
     "reporter": None, "outlet": None, "jurisdiction": "41650"},
    [B],
    [c("두 차례나 특별재난지역으로 선포됐던 시련을 언급했다", B, D1, ["disaster-safety"], "statement"),
     c("재난을 빠르게 극복할 수 있었다", B, D1, ["disaster-safety"], "achievement"),
     c("경기국방벤처센터 유치를 통해 포천이 첨단방위산업 거점 도시로", B, D1, ["startup-support"], "achievement"),
     c("포천사랑상품권 혜택과 특례보증을 확대하고", B, D1, ["small-merchants"], "plan"),
     c("4차 산업 중심의 양질의 일자리를 창출한다는 계획이다", B, D1, ["jobs", "fourth-industrial-revolution"], "plan")],
    ["두차례 특별재난지역 선포 아픔 딛고 역대급 성과 달성",
     "국방첨단산업·광역교통망 확충·체류형 관광도시 총력",
     "첨단산업 생태계 구축…'포천형 교육·돌봄' 모델 완성",
     "시민이 체감하는 활력 넘치는 포천을 완성하겠다",
     "41건의 공모사업 선정과 1420억원의 국·도비 확보라는 역대급 재정 성과로 이어졌다",
     "4대 역점 추진 과제를 발표했다"]),
"iv-02-fnnews.txt": (
    {"headline": "시흥시 ‘기후위기 대책추진 원년의 해’ 선포", "published": "2021-03-10T12:22+09:00",
     "reporter": "강근주", "outlet": "파이낸셜뉴스", "jurisdiction": "41390"},
    [],
    [c("기후변화 대응 및 미세먼지 저감을 통한 시흥형 그린시티를 조성한다", None, D2, ["climate-carbon", "fine-dust"], "plan"),
     c("시흥시 온실가스 배출량은 2005년 440만톤에서", None, D2, ["climate-carbon", "fine-dust"], "statement"),
     c("2월 기후변화 대응 조례 제정으로 정책 기반을 마련했고", None, D2, ["climate-carbon", "fine-dust"], "plan"),
     c("사업장 시설개선에 91억원을 투입한다", None, D2, ["climate-carbon", "fine-dust"], "plan"),
     c("신재생에너지 확대 보급 등으로 오염물질 발생량을 최소화한다", None, D2, ["energy-transition", "fine-dust"], "plan"),
     c("친환경차는 293대를 신규 보급할 계획이다", None, D2, ["fine-dust", "future-vehicles"], "target"),
     c("2023년까지 수소충전소 2개 이상을 추가 설치해", None, D2, ["future-vehicles", "energy-transition"], "target"),
     c("건물-생활 분야에는 35억원이 투입된다", None, D2, ["climate-carbon", "fine-dust"], "plan"),
     c("친환경보일러 3000대 설치 지원", None, D2, ["fine-dust", "energy-transition"], "target")],
    ["시흥시 ‘기후위기 대책추진 원년의 해’ 선포"]),
"iv-03-joongangtv.txt": (
    {"headline": "정동균 “5일장 재개장··· 양평시장 활성화 최선”", "published": "2021-08-31",
     "reporter": "장은기", "outlet": None, "jurisdiction": "41830"},
    [J],
    [c("임시 폐장했던 양평군 5일장이 어렵고 힘든 시간을 뒤로하고 지난 주말 재개장을 했다", J, D3, ["small-merchants"], "achievement"),
     c("가장 큰 어려움을 겪고 계신 분들이 상인 가족 여러분들이라는 걸", J, D3, ["small-merchants"], "statement"),
     c("추석 대목장을 앞두고 더는 지체할 수 없었다", J, D3, ["small-merchants"], "statement"),
     c("'상권 르네상스' 사업과 경기도 시장상권진흥원의 양평군 이전 등", J, D3, ["small-merchants"], "plan"),
     c("양평시장 활성화에 최선의 노력을 다하겠다", J, D3, ["small-merchants"], "plan")],
    ["정동균 “5일장 재개장··· 양평시장 활성화 최선”",
     "오히려 감사의 마음을 전해주신 상인분들께 송구스러운 마음을 전할 길이 없었지만",
     "장돌뱅이 군수 정동균으로, 다음 5일장에도 시장 상인 여러분들과 현장에서 함께 하겠다"]),
"iv-04-kmib.txt": (
    {"headline": "도시재생부터 ITS까지…김포시 ‘사람 중심 스마트도시’ 가속", "published": "2026-01-08",
     "reporter": None, "outlet": None, "jurisdiction": "41570"},
    [],
    [c("‘사람 중심 스마트도시’ 구현에 속도를 내고 있다", None, D4, ["smart-city"], "statement"),
     c("생활밀착형 스마트 행정을 지속 추진하고 있다고 8일 밝혔다", None, D4, ["smart-city"], "statement"),
     c("시는 생활밀착형 도시재생 스마트기술 지원사업을 비롯해", None, D4, ["smart-city", "urban-regeneration"], "statement"),
     c("‘사우동 뉴빌리지’ 도시재생 사업에서는", None, D4, ["urban-regeneration", "disaster-safety", "smart-city"], "statement"),
     c("골목길 보행자 안전 확보와 쓰레기 무단투기 예방", None, D4, ["disaster-safety", "smart-city"], "plan"),
     c("지능형교통체계(ITS)를 단계적으로 구축·고도화해", None, D4, ["smart-city"], "statement"),
     c("상습 정체 구간에는 신호 최적화를 적용해", None, D4, ["smart-city", "disaster-safety"], "plan"),
     c("2026년부터 긴급차량 우선 신호시스템을 본격 운영해", None, D4, ["disaster-safety", "smart-city"], "plan")],
    ["도시재생부터 ITS까지…김포시 ‘사람 중심 스마트도시’ 가속"]),
"iv-05-asiae.txt": (
    {"headline": "15일 삼척 이사부독도기념관 D관서 열려", "published": "2025-10-13",
     "reporter": None, "outlet": None, "jurisdiction": "51230"},
    [],
    [c("대한민국 대표 수소 도시인 삼척시가", None, D5, ["energy-transition", "culture-tourism"], "plan"),
     c("동해선 철도 개통으로 동해안권의 지리적 접근성이 크게 향상됨에 따라", None, D5, ["energy-transition", "public-transit"], "plan"),
     c("그동안 추진해 온 삼척시의 수소산업 성과물들이", None, D5, ["energy-transition", "culture-tourism"], "statement")],
    ["'수소경제 발전전략 포럼' 포스터. 삼척시 제공",
     "'삼척-포항 동해선, 수소경제 벨트의 핵심축이 되다'를 주제로 오는 15일 오후 2시",
     "문 교수는 수소산업의 중요성과 대한민국 수소경제의 위기 및 대응 방안",
     "각 분야 전문가들이 참여해 수소경제 활성화 방안에 대해 자유 토론을 진행할 계획이다"]),
"iv-06-theleader.txt": (
    {"headline": "[최문순 화천군수]누구나 오고픈 ‘물의 나라’ 화천", "published": "2017-05-10T17:14+09:00",
     "reporter": "편승민", "outlet": None, "jurisdiction": "42790"},
    [CH],
    [c("수많은 사람이 몰려온다는 화천군 이야기다", None, D6, ["culture-tourism"], "statement"),
     c("사계절 관광의 메카로 어필하겠다고 말했다", CH, D6, ["culture-tourism"], "plan"),
     c("오히려 유학을 ‘오는’ 교육 도시로 만들겠다고 밝혔다", CH, D6, ["education"], "plan"),
     c("사계절 관광 메카로 만들겠다고 밝혔다", CH, D6, ["culture-tourism"], "plan")],
    ["“사계투어·교육도시 통해 힐링과 유학 오는 곳 만들 것”",
     "이 두 가지에 군정 초점을 맞춘다는 계획이다",
     "화천에만 3개 사단이 있어 군 전체 인구의 60%가 군인이다"]),
"iv-07-kukinews.txt": (
    {"headline": "원강수 원주시장 \"미래산업 생태계 조성 더욱 박차\"", "published": "2024-07-10T18:25:02+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "51130"},
    [W],
    [c("기업 프랜들리 정책에 계속적으로 강력한 드라이브를 걸고", W, D7, ["investment-attraction"], "statement"),
     c("반도체 소부장 기업유치에 청신호가 켜졌다고 강조했다", W, D7, ["investment-attraction"], "achievement"),
     c("반도체 테스트베드 구축 사업이 진척을 보이고 있다", None, D7, ["investment-attraction", "future-vehicles"], "statement"),
     c("앵커 기업들의 연속적인 투자 유치에 성공하며", W, D7, ["investment-attraction"], "achievement"),
     c("적재적소에 배치할 전문인력을 양성하는 데 더욱 집중하겠다", W, D7, ["jobs"], "plan"),
     c("‘강원 AI 헬스케어 글로벌 혁신 특구’로 지정됨으로써", W, D7, ["medical-industry", "fourth-industrial-revolution"], "plan"),
     c("아동돌봄 원스톱 통합지원센터를 통한 원주형 통합 돌봄체계 구축에 힘쓰겠다고", W, D7, ["education", "childcare-birth", "welfare"], "plan"),
     c("28개 기업 및 1459명의 일자리 유치", None, D7, ["jobs", "investment-attraction"], "achievement")],
    ["반도체 소부장 기업유치 '청신호'",
     "미래먹거리 확보를 위한 미래산업 생태계 조성에 더욱 박차를 가하겠다"]),
"iv-08-kwtotalnews.txt": (
    {"headline": "강원도“Go! One Team”시군 현장간담회 17탄. ‘반도체산업 거점도시’원주시 방문",
     "published": "2022-10-05T15:08+09:00", "reporter": "강병만", "outlet": None, "jurisdiction": "42"},
    ["kim-jin-tae", "won-gang-su"],
    [c("반도체공장 등 대기업유치를 위한 각종 규제 해소", None, D8, ["investment-attraction"], "plan")],
    ["반도체 클러스터 조성을 통해 인구 50만 수도권 원주시대 열겠다",
     "태풍 ’힌남노‘ 대응으로 연기된 것이다",
     "원주에서 세 번 살았다",
     "원주시민들의 고마운 선택으로 당선될 수 있어 매우 감격스러웠다"]),
"iv-09-ilyo.txt": (
    {"headline": None, "published": None, "reporter": "박태순", "outlet": "일요신문", "jurisdiction": "42730"},
    [H],
    [c("요람에서 무덤까지 책임지는 복지도시 등의 대표공약을", H, None, ["welfare"], "plan"),
     c("추가로 관련기업 유치에 박차를 가한다", None, None, ["future-vehicles", "investment-attraction"], "plan"),
     c("원주상수원보호구역 해제와 항공기 소음피해에 대해서는", None, None, ["water-supply"], "plan"),
     c("민간사회단체와 군정협력을 도모하고", None, None, ["citizen-participation"], "plan")],
    ["횡성의 미래 100년을 준비하겠다",
     "‘횡성군 미래발전을 위한 조직 및 인력운영 모델 개발’ 용역을 발주했다"]),
}

for name, (meta, officials, claims, not_claims) in FILES.items():
    gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(claims))
