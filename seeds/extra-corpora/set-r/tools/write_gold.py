"""Writes set-r gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
L, D = "lee-choon-hee", "2020-04-23"
G["r-01-hankookin.txt"] = dict(
    metadata=dict(headline="이춘희 시장 '시트스마트 프로젝트' 10과제 제시", published="2020-04-23T15:43+09:00",
                  reporter="하선주", outlet="한국시사저널", jurisdiction="36"),
    officials=[L],
    claims=[
        C("ICT기술로 도시문제를 해결하는 ‘시티스마트 프로젝트’을 추진한다", None, D, ["smart-city"], "plan"),
        C("삶의 변화를 체감할 수 있는 ‘시티스마트 프로젝트’ 시범사업 10대 과제를 설명했다", L, D, ["smart-city"], "statement"),
        C("9개 동지역에 각 10개 내외의 IoT환경센서를 확대 설치한다", L, D, ["fine-dust", "fourth-industrial-revolution", "smart-city"], "plan"),
        C("빅데이터 허브시스템과 연계하여 미세먼지 저감대책 수립 등에 활용할 계획이다", L, D, ["fine-dust", "fourth-industrial-revolution"], "plan"),
        C("도시재생사업의 일환으로 스마트 거버넌스를 통해", L, D, ["urban-regeneration", "smart-city", "citizen-participation", "agriculture", "fourth-industrial-revolution", "small-merchants"], "plan"),
        C("지난 3월까지 헬스케어‧교통‧안전 등 6개 분야에서 7개의 기획과제를 발굴하였고", L, D, ["smart-city"], "achievement"),
    ],
    not_claims=["23일 세종시청 정음실서 온라인 비대면 브리핑", "이춘희 세종시장이 비대면 온라인 브리핑 모습."])
J, D = "jeong-hyeon-bok", "2021-01-05"
G["r-02-asiae.txt"] = dict(
    metadata=dict(headline="사회적 거리두기 2단계 따른 비대면 신년 기자 간담회로 진행", published="2021-01",
                  reporter="이형권", outlet="아시아경제", jurisdiction="46230"),
    officials=[J],
    claims=[
        C("34개 기업과 1조 3742억 원 상당의 투자유치와 MOU를 체결하는 등", J, D, ["investment-attraction"], "achievement"),
        C("지난해 주요 성과로는 ▲코로나19 극복을 위해 전남 최초 모든 시민들에게", None, D, ["public-health", "culture-tourism", "childcare-birth"], "achievement"),
        C("생애주기별 공감 복지 확대 및 사회안전망 강화", None, D, ["welfare", "culture-tourism"], "plan"),
    ],
    not_claims=["코로나19의 확산에 따른 사회적 거리두기 2단계가 유지됨에 따라",
                "‘광양형 한국판 뉴딜 정책’ 추진으로 변화와 혁신을 선도해 나갈 것이다",
                "‘지난해 주요성과와 시정운영 방향’을 공유하는 브리핑을 5일 영상으로 전달했다"])
H, D = "jo-hui-yeon", "2021-04-06"
G["r-03-newstomato.txt"] = dict(
    metadata=dict(headline="조희연 교육감 \"유치원 무상급식 TF 바로 꾸려야 할 것\"", published="2021-04-06T14:35:26+09:00",
                  reporter="신태현", outlet="뉴스토마토", jurisdiction="11"),
    officials=[H],
    claims=[
        C("유치원 무상급식 추진을 후보들에게 강하게 촉구했다", H, D, ["education"], "plan"),
        C("시장 후보들에게 제안한 11개 교육 의제 중에 유치원 무상급식이 제일 중요하다", H, D, ["education"], "statement"),
        C("바로 TF를 구성해서 시행을 위한 실제적인 준비작업에 들어가야 할 것 같다", H, D, ["education"], "plan"),
        C("예산을 감안한 단계적 실시 방안을 구청에서 이야기할 가능성이 있어", H, D, ["education"], "statement"),
        C("제가 유치원 무상급식을 선도했다는 공을 인정받았으면 좋겠다", H, D, ["education"], "achievement"),
        C("비용 분담 비중이 교육청 50%, 서울시 30%, 자치구 20%다", None, D, ["education"], "statement"),
        C("자치구가 유치원까지 새로 부담하기 힘들 수 있으니 감안할 필요성이 있다는 취지다", None, D, ["education"], "statement"),
        C("무상급식의 질 하락 주장에 대해서 반박하는 것도 잊지 않았다", H, D, ["education"], "statement"),
        C("친환경 무상급식이 10년여 가다보니 질적으로 수준이 높아져 있다", H, D, ["education"], "achievement"),
        C("농담처럼 밥먹으러 학교 간다는 학생이 있고", H, D, ["education"], "statement"),
        C("급식 아이템별로 선택지를 넓히는 방안으로 발전시키고, Non-GMO 등을 통해 친환경성을 강화할 것", H, D, ["education"], "plan"),
    ],
    not_claims=["서울시장 선거 하루 앞두고 촉구…질적 발전 및 친환경 강화 추진",
                "어느 후보든지 그렇게 하지 않을까 싶다"])
Y, D = "yang-seung-jo", "2021-03-15"
G["r-04-chungnam.txt"] = dict(
    metadata=dict(headline="“대한민국 탄소중립·그린뉴딜 이끈다”", published="2021-03-15T17:42:39+09:00",
                  reporter=None, outlet="충청남도", jurisdiction="44"),
    officials=[Y],
    claims=[
        C("“충남이 대한민국 탄소중립과 그린뉴딜을 선도하겠다”는 뜻을 다시 한 번 밝히고 나섰다", Y, D, ["climate-carbon"], "plan"),
        C("기후위기는 우리 인류가 마주한 가장 시급한 과제이며, 탄소중립은 우리 시대가 이뤄야 할 가장 절실한 목표", Y, D, ["climate-carbon"], "statement"),
        C("깨끗한 공기·푸른 하늘을 되찾기 위해 탄소중립과 그린뉴딜을 앞장서 이끌어야 하는 것은 충남의 시대적 사명", Y, D, ["climate-carbon", "fine-dust"], "plan"),
        C("지난 2019년 전국 최초로 ‘기후비상상황’을 선포하며, 지난해 정부의 탄소중립 구상을 견인했다", None, D, ["climate-carbon"], "achievement"),
        C("자발적 미세먼지 감축 사업장을 20곳에서 123곳으로 늘리고", None, D, ["fine-dust", "future-vehicles"], "achievement"),
        C("전국 56개 기관이 참여한 탈석탄 금고를 추진, 148조 원 규모의 재생에너지 투자 전환을 유도했다", None, D, ["energy-transition"], "achievement"),
    ],
    not_claims=["양승조 지사, 실국원장회의 통해 “충남이 중추적 역할 할 것”", "대한민국탄소중립그린뉴딜이끈다 1",
                "도내에는 전국 석탄화력발전소의 절반이 위치해 있으며",
                "도내 온실가스 배출량은 전국의 22.2%를 차지하고 있다",
                "초미세먼지 배출량 전국 1위, 미세먼지 연평균 농도 전국 2위라는 불명예도 안고 있다"])
K, D = "kang-gi-jung", "2024-07-23"
G["r-05-kwangju.txt"] = dict(
    metadata=dict(headline="광주시, 민생경제현장 소통 릴레이", published="2024-07-23T21:01+09:00",
                  reporter="박진표", outlet="광주일보", jurisdiction="29"),
    officials=[K],
    claims=[
        C("복합쇼핑몰 개점 추진과 관련한 소상공인 지원 정책과 상생발전 추진방안 등을 논의하고", K, D, ["small-merchants"], "plan"),
        C("소상공인 맞춤형 상생방안과 상권 활성화 종합대책을 마련하겠다는 게 강 시장의 의지다", K, D, ["small-merchants"], "plan"),
    ],
    not_claims=["8월 복합쇼핑몰 입점 대응 연구용역",
                "‘소상공인과의 대화’를 시작으로 10월 말까지 민생경제현장을 찾는다",
                "반도체, 데이터, 모빌리티, 인공지능 등 광주 대표 9대 산업 현장 등을 방문할 예정이다",
                "민생을 돌보고 기업을 지원하는 일은 언제나 지방정부의 역할이었지만",
                "광주시가 고금리·고물가 등으로 어려움을 겪고 있는 민생경제현장을 찾아 소통 릴레이에 나선다"])
P, D = "park-hui-jo", "2024-03-07"
G["r-06-ctnews.txt"] = dict(
    metadata=dict(headline="대전 동구, 올해 안심귀가보안관 운영 지역 ‘2배’ 확대", published="2024-03-07T16:29+09:00",
                  reporter="정민준", outlet="CTN", jurisdiction="30110"),
    officials=[P],
    claims=[
        C("민선 8기 대표 공약사업인 ‘안심귀가보안관’ 운영 지역이 이달부터 지난해보다 2배 늘어난 6개 동으로 확대 운영된다", None, D, ["disaster-safety"], "plan"),
        C("주택 밀집 지역 내 안전사고 예방 및 주민 생활 전반에 걸친 각종 생활안전에 대응해", None, D, ["disaster-safety"], "statement"),
        C("112신고 건수가 감소하는 등 큰 성과를 거뒀다", None, D, ["disaster-safety"], "achievement"),
        C("12명의 기간제근로자를 채용하고", None, D, ["disaster-safety"], "achievement"),
        C("도보 순찰을 기본으로 하되 골목길과 인적이 드문 외진 곳 등을 집중적으로 순찰하고", None, D, ["disaster-safety"], "statement"),
        C("각종 사건 사고로부터 안심하고 귀가할 수 있도록 주민의 안전을 먼저 보", P, D, ["disaster-safety"], "plan"),
    ],
    not_claims=["중앙동, 용운동, 용전동 추가해 총 6개 지역으로 확대", "안심귀가보안관 운영 모습"])
O, D = "oh-eon-seok", "2025-04-23"
G["r-07-siminilbo.txt"] = dict(
    metadata=dict(headline="도봉구, 생활안전 범죄 예방··· 안심귀갓길 10곳 운영", published="2025-04-23T17:23:13+09:00",
                  reporter="문민호", outlet="시민일보", jurisdiction="11320"),
    officials=[O],
    claims=[
        C("전방위 생활안전망 대책 추진하고 있다고 23일 밝혔다", None, D, ["disaster-safety"], "statement"),
        C("갖가지 효과적인 대책으로 주민들의 체감 안전도를 크게 높이고 있다", None, D, ["disaster-safety"], "achievement"),
        C("그중 범죄 취약계층을 위한 보호 사업이 대표적이다", None, D, ["disaster-safety"], "statement"),
        C("우범지역의 범죄 발생을 예방하기 위해 안심귀갓길을 운영 중이다", None, D, ["disaster-safety"], "statement"),
        C("현재 권역별로 안심귀갓길 총 10곳이 조성됐으며", None, D, ["disaster-safety"], "achievement"),
        C("도움을 요청할 수 있는 안심이 앱을 운영하고 있다", None, D, ["disaster-safety"], "statement"),
        C("안심이 앱은 귀가 모니터링과 긴급 신고 서비스를 제공한다", None, D, ["disaster-safety"], "statement"),
        C("관제센터와의 연계로 실시간 귀가자의 복귀를 돕고 있다", None, D, ["disaster-safety"], "statement"),
        C("지난해 3만8444건의 관제 활동을 했으며", None, D, ["disaster-safety"], "achievement"),
        C("다양한 범죄예방 사업을 진행하고 있다", None, D, ["disaster-safety"], "statement"),
        C("구의 목표는 구민 모두가 안심할 수 있는 환경을 만드는 것이다", O, D, ["disaster-safety"], "statement"),
        C("앞으로도 실효성 있는 생활밀착형 안전", O, D, ["disaster-safety"], "plan"),
    ],
    not_claims=["불법 촬영 점검기기 대여 서비스·안심장비 지원도", "카카오톡 보내기"])
D = "2023-01-18"
G["r-08-ajunews.txt"] = dict(
    metadata=dict(headline="강기정 광주시장 민생경제대책본부회의 열고 올해 경제정책 밝혀", published="2023-01-18T19:57+09:00",
                  reporter=None, outlet=None, jurisdiction="29"),
    officials=[K],
    claims=[
        C("소상공인 지원책, 중소기업 수출 판로 확대 등 경제 위기 돌파구를 마련하기 위해", K, D, ["small-merchants"], "statement"),
        C("청년부터 장년·노인 일자리 지원사업 규모를 더 늘리고", K, D, ["jobs", "youth-policy", "welfare", "housing"], "achievement"),
        C("소상공인 특례보증 규모도 본예산에서 편성한 1000억원에 400억원을 추가 반영해", K, D, ["small-merchants"], "achievement"),
        C("골목상권진흥 전담기구를 설립해 중소기업 위기대응 시스템을 갖추기로 했다", None, D, ["small-merchants"], "plan"),
        C("인공지능(AI)과 모빌리티를 중심으로 반도체와 배터리", None, D, ["fourth-industrial-revolution", "future-vehicles", "medical-industry"], "plan"),
    ],
    not_claims=["광주시 민생안정과 미래투자에 중점 두기로",
                "맞춤형 위기대응 경제백신을 통한 지역경제를 회복하고",
                "취약계층 부채 비중도 전국 최고인 6.5% 수준에 이른다",
                "제7차 민생경제대책본부회의를 열고 올해 경제전략을 밝혔다"])
S = "kim-ha-su"
G["r-09-pressian.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="47820"),
    officials=[S],
    claims=[
        C("범죄예방환경을 조성하기 위한 안심귀가거리사업을 완료했다고 21일 밝혔다", None, None, ["disaster-safety"], "achievement"),
        C("범죄에 취약한 환경을 개선하기 위한 방범 시설물을 설치해 안전한 거리환경을 조성하는 사업이다", None, None, ["disaster-safety"], "statement"),
        C("올해에는 방범용 CCTV 8대", None, None, ["disaster-safety"], "achievement"),
        C("지속적으로 안심귀가거리를 확대 조성해 나갈 것", S, None, ["disaster-safety"], "plan"),
    ],
    not_claims=["전체댓글 0"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-r/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
