"""Writes gold/*.json for set-gc (hand annotation; one tuple per claim: quote, speaker, date, policies, kind[, speaker_name])."""
import json
import os

G = {}


def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    out = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        out.append(d)
    G[name] = {"article": name,
               "metadata": {"headline": headline, "published": published, "reporter": reporter,
                            "outlet": outlet, "jurisdiction": jur},
               "officials": officials, "claims": out, "not_claims": not_claims}


H = "hong-nam-pyo"; D1 = "2024-07-01"
art("gc-01-mt.txt", '홍남표 창원시장 "5대 전략 역점과제 가시화에 역량 집중"', "2024-07-01T17:25+09:00", "노수윤",
    "머니투데이", "48120", [H], [
        ("창원국가산단도 지난 4월 수립한 비전과 전략을 토대로 제조 디지털 전환 지원센터 구축", H, D1, ["fourth-industrial-revolution"], "plan"),
        ("디지털 마산자유무역도 예타 등 행정 절차를 조기에 완료", H, D1, ["investment-attraction"], "plan"),
        ("진해권역은 신항과 가덕도신공항 개항과 연계해", H, D1, ["airport-relocation"], "plan"),
        ("진해가족센터, 육아종합지원센터 등 수요자별 맞춤형 인프라를 마련했고", H, D1, ["welfare", "childcare-birth"], "plan"),
        ("1433억원의 예산을 투입해 한류테마 관광정원", H, D1, ["culture-tourism"], "plan"),
    ], ["후반기 시정은 5대 전략별 역점 과제를 가시화하고 시민 삶에 스며드는 변화를 창출할 것",
        "방위·원자력 융합 신규국가산단의 예타신청을 연내 완료하기로 했다",
        "민선 8기 출범 2주년 기자회견을 열고 후반기 시정운영을 설명하고 있다"])

K = "kim-doo-gyeom"; D2 = "2026-02-12"
art("gc-02-ohmynews.txt", None, "2026-02-12", None, None, "31", [K], [
    ("올해 안으로 5곳에 총 1MW 규모의 태양광발전소를 우선 추진하기로 했다", None, D2, ["energy-transition"], "target"),
    ("오는 2030년까지 50곳에 15MW 규모로 확대할 계획이다", None, D2, ["energy-transition"], "target"),
    ("'울산 햇빛마실 조성 사업'을 본격 추진한다는 계획인데", None, D2, ["energy-transition"], "plan"),
    ("유휴부지에 태양광 시설을 설치해서 에너지 자립률을 높이고 공공의 수익을 창출할 수 있다", K, D2, ["energy-transition"], "statement"),
    ("원활한 사업 추진을 위해 관계기관과 탄탄한 협력체계를 구축한다", K, D2, ["energy-transition"], "plan"),
    ("기후부와 중앙-지방 에너지대전환 협의회를 정례화하였고", K, D2, ["energy-transition"], "plan"),
    ("민관합동 현장지원단도 구성했다", K, D2, ["energy-transition"], "achievement"),
    ("울산 햇빛마실 추진 협의회를 구성할 예정", K, D2, ["energy-transition"], "plan"),
], ["울산햇빛마실 조성 관련 언론 브리핑을 갖고 추진 계획을 설명하고 있다"])

D3 = "2023-02-02"
art("gc-03-aanews.txt", "김해시, 여성·보육·가족·외국인주민 정책추진에 1,817억원 투입", "2023-02-02T15:05:24+09:00", "김성훈",
    "AANEWS", "48250", [], [
        ("총 1,817억원의 예산을 편성하고 아이와 부모 모두가 행복한 출산", None, D3, ["childcare-birth", "welfare"], "plan"),
        ("분야별 예산으로 여성복지 증진에 35억원, 보육 사업에 1,549억원", None, D3, ["welfare", "childcare-birth"], "statement"),
        ("경력단절여성 취·창업 지원을 위한 여성새로일하기센터 2개소 운영과", None, D3, ["jobs", "welfare"], "plan"),
        ("보육분야 예산은 전년 대비 84억원이 증액된 1,549억원이며", None, D3, ["childcare-birth"], "statement"),
        ("주요 사업별 예산내용은 만0세~5세 보육료에 786억원", None, D3, ["childcare-birth"], "statement"),
    ], ["세 번째 ‘여성친화도시’ 지정을 받았으며",
        "김해시, 여성·보육·가족·외국인주민 정책추진에 1,817억원 투입"])

S = "kang-seong-tae"; D4 = "2025-09-17"
art("gc-04-donga.txt", "[2025 국민공감대상] 대한민국 대표축제문화도시 부문 / 2년 연속", "2025-09-17", "황서현", "동아일보", "26500", [S], [
    ("2021년부터 추진하고 있는 문화도시 사업을 심화·발전시켜", None, D4, ["culture-tourism"], "statement"),
    ("전 연령층의 사랑을 받는 문화축제 명소로 자리 잡았다", None, D4, ["culture-tourism"], "achievement"),
    ("다양한 문화축제 콘텐츠를 발굴해 나갈 계획이며", S, D4, ["culture-tourism"], "plan"),
], ["6개 전략 사업을 적극 추진해오고 있다", "[2025 국민공감대상] 대한민국 대표축제문화도시 부문"])

R = "ryu-gyu-ha"; D5 = "2026-02-02"
art("gc-05-kbmaeil.txt", "대구 중구, 청년창업 지원 본격화⋯27일까지 참여자 모집", "2026-02-02T15:42+09:00", "황인무", None, "27110", [R], [
    ("대구 중구가 오는 27일까지 2030청년창업지원센터", None, D5, ["startup-support", "youth-policy"], "plan"),
    ("센터는 지역 청년들의 창업 도전을 지원하고 지속 가능한 창업 생태계를 조성하기 위해 운영되고 있다", None, D5, ["startup-support", "youth-policy"], "statement"),
    ("계명대 산학협력단이 새로운 수탁운영기관으로 선정돼", None, D5, ["startup-support"], "plan"),
    ("선발된 청년에게는 △1인 전용 사무공간 제공", None, D5, ["startup-support", "youth-policy"], "statement"),
    ("최대 1200만 원의 사업화 자금이 지원된다", None, D5, ["startup-support"], "statement"),
    ("스타일테크(Style-Tech) 분야를 중점적으로 육성해", None, D5, ["startup-support", "fourth-industrial-revolution"], "plan"),
    ("만 39세 이하 예비창업자와 중구에 사업장을 둔 초기 창업기업이다", None, D5, ["startup-support", "youth-policy"], "statement"),
    ("청년 창업은 지역 산업 구조를 변화시키고 도심에 새", R, D5, ["startup-support", "youth-policy"], "statement"),
], ["전자우편(krh@kmu.ac.kr)으로 접수하면 된다", "2030청년창업지원센터 누리집 공고문을 통해 확인할 수 있다",
    "대구 중구, 청년창업 지원 본격화"])

E6 = "2023-08-21"; P6 = "2023-08-22"
art("gc-06-kmib.txt", "안동 “바이오산업 요충지로 입지 다진다”", "2023-08-22T04:01+09:00", None, None, "47170",
    ["lee-cheol-u", "gwon-gi-chang"], [
        ("경북 안동이 국내 바이오산업 육성의 핵심 요충지로 입지를 다져나가고 있다", None, P6, ["medical-industry"], "statement"),
        ("‘경상북도 바이오산업 육성을 위한 업무협약’을 체결했다", None, E6, ["medical-industry"], "achievement"),
        ("업무협약의 주요내용은 경북바이오산업연구원 운영·연구·기술개발 분야 상호 협력 및 연구인력 교류", None, E6, ["medical-industry", "research-development", "education"], "statement"),
        ("윤석열 정부 110대 국정과제에도 ‘바이오 디지털헬스 글로벌 중심국가 도약’이 포함되고", None, P6, ["medical-industry"], "statement"),
        ("바이오산업 R&D 혁신 및 도약의 발판 마련", None, P6, ["medical-industry", "research-development"], "statement"),
        ("경북형 백신산업 전주기 지원 인프라를 갖추고 있다", None, P6, ["medical-industry", "research-development"], "statement"),
        ("최근 바이오생명 국가산업단지로 선정된 데 이어", None, P6, ["medical-industry"], "achievement"),
    ], ["세계 여러 나라들이 주도권을 차지하기 위해 열띤 경쟁을 벌이고 있다", "안동 “바이오산업 요충지로 입지 다진다”"])

D7 = "2022-05-01"; N7 = "김동우"
art("gc-07-khan.txt", "대구에서, 창업의 꿈★이 이뤄진다", "2022-05-01T20:31+09:00", None, None, "27", [], [
    ("창업을 희망하는 청년들이 대구에서 꿈을 이룰 수 있도록 지원한다고 1일 밝혔다", None, D7, ["startup-support", "youth-policy"], "plan"),
    ("만 19~39세로 대구지역 외에서 활동하는 청년 (예비)창업가이면 지원할 수 있다", None, D7, ["startup-support", "youth-policy"], "statement"),
    ("참가자 15명(팀)을 결정할 예정이다", None, D7, ["startup-support"], "target"),
    ("대구의 창업 환경과 지역자원 활용방안을 살펴보게 된다", None, D7, ["startup-support", "youth-policy"], "statement"),
    ("구체적인 창업 아이템을 찾기 위해 대구의 창업 관련 기관 등을 둘러본다", None, D7, ["startup-support"], "statement"),
    ("사업계획서 작성법 등 단계별 창업 교육도 받는다", None, D7, ["startup-support"], "statement"),
    ("최종 2명(팀)을 선발할 예정이다", None, D7, ["startup-support"], "target"),
    ("창업 멘토링, 창업·주거 공간, 사업화 자금 등이 지원된다", None, D7, ["startup-support", "housing"], "statement"),
    ("타 지역 청년의 대구 유입을 유도하고 정착할 수 있도록 돕고 있다", None, D7, ["youth-policy"], "statement"),
    ("‘5+1 신성장산업’ 분야에서 창업을 실현할 수 있도록 지원하겠다", None, D7, ["startup-support", "youth-policy"], "plan", N7),
    ("많은 청년 창업가들이 미래산업 분야에서 창업의 꿈을 이뤄", None, D7, ["startup-support", "youth-policy"], "statement", N7),
], ["신청기간은 오는 3일부터 13일까지다", "신청은 ‘대구창업허브’(startup.daegu.go.kr)를 통해 할 수 있다",
    "자세한 사항은 대구시 청년정책과(053-803-2963)", "대구에서, 창업의 꿈★이 이뤄진다"])

C = "kim-ha-su"
art("gc-08-kbmaeil.txt", None, None, "심한식", "경북매일", "47820", [C], [
    ("청도군이 청년자립형 스마트팜 사업을 본격적으로 추진해 미래 농업 인재를 육성한다", None, None, ["agriculture", "youth-policy"], "plan"),
    ("2024년 2곳과 2025년 2곳의 스마트팜을 12억 원으로 조성했다", None, None, ["agriculture"], "achievement"),
    ("청도형 스마트팜은 연동형 온실 구조를 갖춘 첨단 농업 시설로", None, None, ["agriculture"], "statement"),
    ("고령 농업인의 작업 부담을 줄이는 한편", None, None, ["agriculture"], "achievement"),
    ("청년 농업인과 귀농·귀촌인의 농업 진입 장벽을 낮추고", None, None, ["agriculture", "youth-policy"], "statement"),
    ("청년 농업인의 안정적인 소득 창출과 지속 가능한 영농 구조를 구축할 계획이다", None, None, ["agriculture", "youth-policy"], "plan"),
    ("청도형 스마트팜이 스마트농업 전환 기반을 닦았다면", C, None, ["agriculture", "youth-policy"], "plan"),
], [])

B = "byeon-gwang-yong"
art("gc-09-newspim.txt", None, None, "남경문", "뉴스핌", "48310", [B], [
    ("저임금·외국인 중심의 인력 구조로는 지속 가능한 경쟁력도, 지역경제 회복도 기대하기 어렵다", B, None, ["labor-relations", "jobs"], "criticism"),
    ("내국인과 청년이 돌아오고 가족 단위 정주가 가능한 '사람 중심 산업 생태계'로 전환해야 한다", B, None, ["jobs", "youth-policy"], "plan"),
    ("▲내국인·청년 고용 확대 및 지역인재 채용 할당", B, None, ["jobs", "youth-policy", "labor-relations"], "plan"),
    ("임금이 지역에 머물고 소비로 연결돼야 인구 증가와 상권 활성화의 선순환이 완성된다", B, None, ["small-merchants"], "statement"),
], ["4대 과제 제시, 지역상생 강조",
    "조선업 고용 구조 개선과 지역경제 상생 방안을 논의하는 '조선업 타운홀미팅'이",
    "조선업의 고용 위기 해소와 정주 여건 개선 방안을 놓고 공개 토론을 벌였다",
    "역대급 수주 호황에도 지역 민생경제는 여전히 침체돼 있다",
    "조선업의 근본적 체질 개선 없이는 호황이 지역에 기회로 이어지지 않는다",
    "이것이 거제의 생존 문제이자 한국 조선업 재도약의 필수 조건",
    "이 제안은 지자체의 요청을 넘어 현장의 절박한 목소리",
    "정부·기업·노사가 함께 실질적 해법을 모색해야 한다"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
for name, gold in G.items():
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False, indent=1)
print(len(G), "files,", sum(len(g["claims"]) for g in G.values()), "claims")
