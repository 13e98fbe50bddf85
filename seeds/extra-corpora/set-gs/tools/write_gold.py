"""Write set-gs gold files (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"

def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d

A = {}

D = "2025-11-10"
A["gs-01-kukinews.txt"] = (
    {"headline": "경상남도, \"청년이 머무는 경남으로\"… 청년정책 실효성 높인다", "published": "2025-11-11T09:59+09:00",
     "reporter": None, "outlet": None, "jurisdiction": "48"},
    ["park-wan-su"],
    [
        c("청년이 주도적으로 참여하는 정책 논의의 장을 열고 청년의 목소리를 도정에 적극 반영하기로 했다", None, D, ["youth-policy"], "plan"),
        c("‘2025년 제2차 경상남도 청년정책조정위원회’를 열고 올해 추진 성과를 점검하고", None, D, ["youth-policy"], "statement"),
        c("청년 일자리, 주거, 복지, 문화 등 다양한 분야의 정책이 논의됐다", None, D, ["youth-policy", "jobs"], "statement"),
        c("K-콘텐츠 한류 열풍과 연계한 ‘반값 여행 지원’과 어촌·해양 신산업 일자리 발굴을", None, D, ["culture-tourism", "jobs", "startup-support", "youth-policy"], "statement", "유창만"),
        c("지역 축제에서 청년 감성에 맞는 농산물 포장 디자인 지원을 건의했다", None, D, ["culture-tourism", "agriculture", "youth-policy"], "statement", "이다예"),
        c("경남도는 올해 성과로 △기업 채용 연계형 청년 일자리 지원", None, D, ["youth-policy", "jobs", "housing", "research-development"], "achievement"),
        c("△청년어업인 맞춤형 지원 △항공우주산업 기술인력 양성", None, D, ["youth-policy", "agriculture"], "plan"),
    ],
    ["회의에는 박완수 도지사와 유창만 청년대표가 공동위원장으로 참여했으며", "성과 점검·신규 과제 논의"],
)

A["gs-02-iusm.txt"] = (
    {"headline": "울산시, 희망상가 품은 청년희망주택 기공식 개최", "published": None,
     "reporter": "조혜정", "outlet": "울산매일", "jurisdiction": "31"},
    ["kim-doo-gyeom", "kim-yeong-gil"],
    [
        c("사업의 일환으로 28일 중구 성안동에서 '희망상가를 품은 청년희망주택' 기공식을 가졌다", None, None, ["housing", "youth-policy"], "achievement"),
        c("'상상이 현실이 되고 청년이 머물고 싶은 도시 건설을 위한 청년희망주택 건립사업'의 첫걸음이다", None, None, ["housing", "youth-policy"], "statement"),
        c("창업지원상가 2호와 희망주택 36호로 구성돼 있으며", None, None, ["housing", "youth-policy", "startup-support"], "statement"),
        c("청년세대의 가장 큰 고민거리인 주거부담을 줄이는 것이 이번 사업의 목표", "kim-doo-gyeom", None, ["housing", "youth-policy"], "statement"),
        c("주거안정, 좋은 일자리 창출 등의 맞춤형 청년정책을 전방위적으로 펼쳐 나가겠다", "kim-doo-gyeom", None, ["youth-policy", "housing", "jobs"], "plan"),
        c("청년희망주택 200호를 건설할 계획이다", None, None, ["housing", "youth-policy"], "target"),
    ],
    ["기공 시삽을 하고 있다", "150여명이 참석했다"],
)

P, E = "2021-06-14", "2021-06-11"
A["gs-03-ynenews.txt"] = (
    {"headline": "[기획특집]봉화군 청량산에 세계 최장 600m 출렁다리 만든다", "published": P,
     "reporter": "윤근수", "outlet": None, "jurisdiction": "47920"},
    ["eom-tae-hang"],
    [
        c("경관타워를 설치해 관광객을 유치하는 사업이다", None, P, ["culture-tourism"], "statement"),
        c("그늘막을 설치해 버스킹 공연 등이 가능하도록 계획했다", None, P, ["culture-tourism"], "statement"),
        c("군청이 위치한 봉화읍내 내성천을 이용한 관광문화 개발의 필요성이 대두됐다", None, E, ["culture-tourism"], "statement", "오성대"),
        c("구상해보라는 지시에 따라 계획하게 됐고", None, E, ["culture-tourism"], "achievement", "오성대"),
    ],
    ["세계 최초의 벽을 허무는 ‘New Job’ 조성", "주요사업장 현장탐방을 가졌다", "‘청량산 명승 둘레길 조성사업’을 둘러봤다",
     "경관타워는 지진 및 풍하중에 대비"],
)

P = "2023-09-10"
A["gs-04-yeongnam.txt"] = (
    {"headline": "경북도내 곳곳 설치되는 '출렁다리' 놓고 갑론을박", "published": "2023-09-10T20:01+09:00",
     "reporter": "오주석", "outlet": None, "jurisdiction": "47"},
    [],
    [
        c("경북지역 곳곳에 경쟁적으로 설치되는 출렁다리를 놓고 갑론을박이 이어지고 있다", None, P, ["culture-tourism"], "statement"),
        c("무분별한 난립으로 당초 기대만큼 효과를 거두지 못한다는 지적과 함께", None, P, ["culture-tourism"], "criticism"),
        c("지난달 경북 영천에 총연장 530m 길이의 보현산 댐 출렁다리가 개통했다", None, P, ["culture-tourism"], "achievement"),
        c("전국에서 두 번째로 긴 보현산 댐 출렁다리는", None, P, ["culture-tourism"], "achievement"),
        c("방문객들로부터 호평을 받고 있다", None, P, ["culture-tourism"], "achievement"),
        c("경북지역 일선 지자체들이 경쟁적으로 출렁다리를 설치했거나 추진하고 있다", None, P, ["culture-tourism"], "statement"),
    ],
    ["전국 200여개 중 경북에만 40개 넘어", "긍정...관광객 유치 지역경제 활성화 측면", "부정...무분별한 난립이 산림 등 자연 훼손",
     "영천시 보현산 댐 출렁다리를 찾은 관광객이 다리를 건너고 있다", "인근 주차장이 모두 찰 정도로 많은 인파가 몰렸다"],
)

P = "2019-07-04"
A["gs-05-hidomin.txt"] = (
    {"headline": "“혁신·도전으로 대구의 새로운 미래 열자”", "published": P,
     "reporter": "김홍철", "outlet": "경북도민일보", "jurisdiction": "27"},
    ["kwon-young-jin"],
    [
        c("△세계적 물산업 허브도시의 기반 마련 △로봇산업 메카도시로 도약", "kwon-young-jin", P,
          ["water-industry", "robot-industry", "investment-attraction", "youth-policy", "welfare", "culture-tourism"], "achievement"),
        c("국가물산업클러스터가 이달부터 본격적으로 가동되고", None, P, ["water-industry", "investment-attraction"], "achievement"),
        c("내연기관 자동차 부품 생산도시에서 미래형 자", None, P, ["future-vehicles"], "achievement"),
    ],
    ["정금백련출홍로", "민선 7기 1주년이자 취임 5주년을 맞아 이같이 자평했다", "대구의 미래 먹거리를 위해 산업구조를 바꾸고",
     "민선 6기 성과 바탕 혁신 추진, 3대 현안사업 성과창출", "민생경제 살리기·미래 신산업 육성·상생협력 등 계획"],
)

P = "2022-04-21"
A["gs-06-cnbnews.txt"] = (
    {"headline": None, "published": "2022-04-21T15:56+09:00",
     "reporter": "이선주", "outlet": None, "jurisdiction": "26"},
    ["park-heong-joon"],
    [
        c("2018년 대비 47% 감축 목표로, 2050년 탄소중립 도시 실현에 적극 나선다", None, P, ["climate-carbon"], "target"),
        c("국가의 온실가스 감축목표인 40%를 상회하는 목표다", None, P, ["climate-carbon"], "statement"),
        c("2050 탄소중립녹생성장위원회 첫 회의를 개최하고", None, P, ["climate-carbon"], "statement"),
        c("3대 분야 10+1대 전략을 마련했다", None, P, ["climate-carbon"], "achievement"),
        c("미래에너지 전환과 제로에너지 건물 조성에 힘쓴다", None, P, ["energy-transition", "climate-carbon"], "plan"),
        c("신재생에너지 전력 자립율을 2030년까지 20%, 2050년까지 50%로 확대한다", None, P, ["energy-transition"], "target"),
        c("신축 건물 제로 에너지빌딩 의무화", None, P, ["climate-carbon", "energy-transition"], "plan"),
        c("2035년 내연 기관차 신규등록 금지", None, P, ["climate-carbon", "future-vehicles"], "plan"),
        c("전기·수소차는 2030년까지 약 40만대를 보급한다", None, P, ["future-vehicles"], "target"),
        c("스마트 그린 항만 조성을 위해 선박 저유황유 법적 의무 강화", None, P, ["climate-carbon"], "plan"),
        c("매연 저감 장치와 조기 폐차를 우선 지원한다", None, P, ["fine-dust"], "plan"),
        c("시는 시민과 기업의 참여 이행도 독려한다", None, P, ["climate-carbon"], "plan"),
        c("시민들 스스로 기후변화에 적극 대응할 수 있도록", None, P, ["climate-carbon"], "plan"),
        c("친환경·저탄소 신 생산공정 전환을 이룰 수 있도록 지원한다", None, P, ["climate-carbon"], "plan"),
    ],
    ["이선주기자 | 2022.04.21 15:56:54", "시민단체 등 44명으로 구성돼 있다"],
)

K = "oh-eun-taek"
A["gs-07-news1.txt"] = (
    {"headline": "오은택 부산 남구청장 \"오륙도 트램 정상추진 위해 적극 지원하겠다\"", "published": None,
     "reporter": "박채오", "outlet": "뉴스1", "jurisdiction": "26290"},
    [K],
    [
        c("오륙도 트램사업 실증노선 규모를 이기대어귀에서", K, None, ["public-transit"], "statement"),
        c("전 행정력을 집중해 트램사업을 지원하겠다", K, None, ["public-transit"], "plan"),
        c("무가선 저상트램 오륙도선은", None, None, ["public-transit"], "statement"),
        c("총 5.15km로 완공한다는 방침이다", None, None, ["public-transit"], "plan"),
        c("공모 당시 사업비가 470억원으로 예상됐으나", K, None, ["public-transit"], "statement"),
        c("사업비 지원을 위해 중앙부처를 설득했지만 현재는 부정적인 상황이다", K, None, ["public-transit"], "statement"),
        c("노선을 단축해서라도 사업을 진행해야 한다", K, None, ["public-transit"], "plan"),
        c("3개 구간이라도 우선 착공해 공사 시작을 알려야 한다", K, None, ["public-transit"], "plan"),
        c("국내 1호 트램인 '오륙도선'이 하루빨리 정상궤도를 달릴 수 있도록", K, None, ["public-transit"], "plan"),
    ],
    ["미 55보급창 도심 외곽으로 이전해야", "오은택 부산 남구청장 ⓒ News1 DB"],
)

A["gs-08-yeongnam.txt"] = (
    {"headline": None, "published": None,
     "reporter": "백종현", "outlet": "영남일보", "jurisdiction": "47190"},
    ["kim-jang-ho"],
    [
        c("2년간 청년 창업 지원사업으로 창업자 38명을 육성해", None, None, ["startup-support", "youth-policy", "jobs"], "achievement"),
        c("창업 1년 미만 초기 창업자에게 제작비", None, None, ["startup-support", "youth-policy"], "statement"),
        c("파격적 창업 지원 정책을 제공으로 지역 경제 발전과 일자리 창출을 유도할 것", "kim-jang-ho", None,
          ["startup-support", "youth-policy", "jobs"], "plan"),
    ],
    ["청년창업인의 밤.구미시 제공", "청년 대표 사업가는 △푸드리푸드 박진우 대표", "신규고용 10명을 창출했다", "총매출 11억8천만 원과 신규 고용 7명을 창출했다"],
)

P = "2022-07-13"
A["gs-09-tbc.txt"] = (
    {"headline": "존립 흔들리는 경북 지자체..'인구 사수' 안간힘", "published": P,
     "reporter": "박영훈", "outlet": "TBC", "jurisdiction": "47"},
    [],
    [
        c("그래서 청년 인구 정책에 굉장히 비중을 많이 둡니다", None, P, ["youth-policy"], "statement", "이남철"),
        c("주택 5천 가구 건설과 청년 인구 5천 명 확보 등", None, P, ["housing", "youth-policy"], "target"),
        c("저희가 투자 유치나 좋은 일자리를 (만들려고) 노력을 많이 하지만", None, P, ["investment-attraction", "jobs"], "statement", "배성호"),
    ],
    ["최우선 역점 사업은", "다양한 정책을 펴고 있지만 역부족입니다", "당장 교부세가 크게 줄어드는 등",
     "주소 이전 지원금이라는 극약 처방까지 동원한 포항은"],
)

GOLD.mkdir(exist_ok=True)
n = 0
for art, (meta, officials, claims, nots) in A.items():
    obj = {"article": art, "metadata": meta, "officials": officials, "claims": claims, "not_claims": nots}
    (GOLD / f"{art}.json").write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n += len(claims)
    print(art, len(claims))
print("total", n)
