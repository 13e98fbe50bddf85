"""Writes gold/*.json for set-ex (hand annotation; claims as tuples: quote, speaker, date, policies, kind[, speaker_name])."""
import json, os
G = {}
def art(name, meta, officials, claims, not_claims):
    cl = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        cl.append(d)
    G[name] = {"article": name, "metadata": dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], meta)),
               "officials": officials, "claims": cl, "not_claims": not_claims}

D = "2017-03-21"
art("ex-01-newsis.txt", ["충북 청년일자리 714억원 들여 7000개 창출", "2017-03-21T11:03:37+09:00", "이병찬", "뉴시스", "43"], [], [
    ("청년정책 추진에 714억여원의 예산을 투입하기로 했다", None, D, ["jobs", "youth-policy"], "plan"),
    ("이같은 내용의 2017 청년정책 시행계획을 보고했다", None, D, ["youth-policy"], "plan"),
    ("올해 청년정책의 3대 전략목표는", None, D, ["youth-policy", "jobs", "culture-tourism", "welfare"], "plan"),
    ("이를 위한 17개 과제 78개 사업도 채택했다", None, D, ["youth-policy"], "achievement"),
    ("714억8800만원을 투자할 계획이다", None, D, ["youth-policy"], "plan"),
    ("청년 일자리 7000여개를 만들고 3만5000여명에게", None, D, ["jobs", "youth-policy", "startup-support"], "target"),
    ("주요 사업은 취업역량 강화교육", None, D, ["jobs", "youth-policy", "startup-support", "agriculture"], "statement"),
    ("청년예술가 창작환경 지원, 젊은 작가 창작 작품 페스티벌을 추진키로 했으며", None, D, ["culture-tourism", "housing", "youth-policy", "welfare"], "plan"),
    ("2030 충북 청년비전 수립 연구용역도 발주하기로 했다", None, D, ["youth-policy"], "plan"),
], ["충북 청년일자리 714억원 들여 7000개 창출", "충북대 산학협력단이 오는 9월까지 수행할"])

D = "2025-09-11"
art("ex-02-kwangju.txt", ["광주, AI 중심도시 도약 공식 선언…“시민의 하루가 달라진다”", "2025-09-11T15:20+09:00", None, "광주일보", "29"], ["kang-gi-jung"], [
    ("광주가 인공지능 중심도시 도약을 공식 선언했다", None, D, ["fourth-industrial-revolution"], "plan"),
    ("AI 산업과 일상 생활의 접점을 넓히는 것이 골자다", None, D, ["fourth-industrial-revolution"], "plan"),
    ("인공지능 2단계 사업을 바탕으로 시민의 일상과 산업 전반을 혁신할 구상을 공개한 것이다", None, D, ["fourth-industrial-revolution"], "plan"),
    ("반도체·AI 기업 21곳과의 광주 유치 업무협약 체결", None, D, ["fourth-industrial-revolution", "investment-attraction", "future-vehicles"], "statement"),
    ("광주시는 이번 선포식을 기점으로 AI 2단계 사업을 본격 추진한다", None, D, ["fourth-industrial-revolution"], "plan"),
    ("생활 속 체감형 서비스까지 구체화한 연속선상의 계획이다", None, D, ["fourth-industrial-revolution"], "statement"),
    ("AI 영재고 설립도 추진해 인재 양성과 산업 생태계 확장을", None, D, ["fourth-industrial-revolution", "education"], "plan"),
    ("AI가 하루 일과 속에 스며드는 구체적 장면들이 제시됐다", None, D, ["fourth-industrial-revolution"], "statement"),
    ("대표 과제는 AI 공원 놀이터, AI 교통시스템", None, D, ["fourth-industrial-revolution"], "statement"),
], ["‘모두의 AI, 광주 비전 선포식’을 개최했다", "강기정 광주시장을 비롯해 시의회, 대학, 기업과 유관기관 관계자", "참석자들이 광주 인공중심도시 도약을 다짐하고 있다"])

D = "2025-12-16"
art("ex-03-asiae.txt", ["플로랄리아·아이루카 안경 등", "2025-12-16", None, None, "52710"], [], [
    ("6곳을 치매안심가맹점으로 신규 지정했다", None, D, ["dementia-care"], "achievement"),
    ("이번에 지정된 치매 안심 가맹점들은 음식점, 안경점 등", None, D, ["dementia-care"], "statement"),
    ("사업장 구성원 모두가 치매파트너 교육을 받고", None, D, ["dementia-care"], "statement"),
    ("치매안심센터 서비스 안내 등 다양한 역할을 수행하며", None, D, ["dementia-care"], "statement"),
    ("총 62곳 치매 안심 가맹점을 지정해 운영하고 있다", None, D, ["dementia-care"], "achievement"),
    ("앞으로도 치매 안심 가맹점을 꾸준히 확대해", None, D, ["dementia-care"], "plan"),
], [])

D = "2020-05-28"
art("ex-04-fnnews.txt", ["대전 서구, 국토부 소규모 재생사업 공모 선정", "2020-05-28T13:43+09:00", "김원준", "파이낸셜뉴스", "30170"], ["jang-jong-tae"], [
    ("총 1억 680만 원의 사업비를 확보했다고 28일 밝혔다", None, D, ["urban-regeneration"], "achievement"),
    ("소규모 재생사업은 주민이 자발적으로 계획을 수립하고", None, D, ["urban-regeneration"], "statement"),
    ("대전에서는 서구가 유일하게 선정됐다", None, D, ["urban-regeneration"], "achievement"),
    ("도시재생 뉴딜사업과 연계하여 발전시킬 계획이다", None, D, ["urban-regeneration"], "plan"),
    ("주민이 도시재생사업의 주역이 될 수 있도록 적극 지원하겠다", "jang-jong-tae", D, ["urban-regeneration"], "plan"),
    ("소규모 재생사업 공모에 대전에서 유일하게 연달아 선정됐다", None, D, ["urban-regeneration"], "achievement"),
], ["뉴딜사업 준비과정 공모 선정 5번째", "마을 미디어 확산 및 마을 이미지 개선으로 일상의 행복을 만끽하기를 기대한다"])

D = "2019-03-25"
Y = "yang-seung-jo"
art("ex-05-sejongtv.txt", ["양승조 지사 \"충남이 대한민국 수소경제 선도하겠다\"", "2019-03-25T09:22+09:00", "이병기", None, "44"], [Y], [
    ("'수소경제 활성화 로드맵'을 발표 했습니다", Y, D, ["energy-transition"], "statement"),
    ("'충남이 대한민국 수소경제를 선도하겠다'는 포부를 밝혔다", Y, D, ["energy-transition"], "plan"),
    ("정부의 수소경제 로드맵 발표를 언급하며 이같이 의지를 밝혔다", Y, D, ["energy-transition"], "plan"),
    ("수소차와 연료전지를 양대축으로 2040년까지", None, D, ["energy-transition", "future-vehicles"], "statement"),
    ("구체적으로는 2040년까지 ▶수소차 620만대 생산", None, D, ["energy-transition", "future-vehicles"], "target"),
    ("그린 에너지 산유국으로 진입할 것", Y, D, ["energy-transition"], "statement"),
    ("42만 개의 일자리가 창출될 것으로 기대한다", Y, D, ["energy-transition", "jobs"], "statement"),
], ["메세먼지위원회 출범등 밝혀", "양승조 충남지사가 25일 오전 실국원장회의를 주재하고 있다"])

D = "2020-09-23"
W = "won-hee-ryong"
art("ex-06-khan.txt", ["원희룡 “제주도민 귀성 자제했는데 관광객들이…격리 각오하시라”", "2020-09-23T10:38+09:00", None, "경향신문", "50"], [W], [
    ("제주도를 여행하려는 관광객들에게 ‘방문 자제’를 당부했다", W, D, ["public-health", "culture-tourism"], "statement"),
    ("강력한 비상체제를 가동할 것", W, D, ["public-health"], "plan"),
    ("10월4일까지 적용되는 특별행정조치다", None, D, ["public-health"], "statement"),
    ("코로나19 진단검사를 의무적으로 받아야 한다", None, D, ["public-health"], "statement"),
    ("격리 비용을 자부담해야 한다", None, D, ["public-health"], "statement"),
    ("방역수칙 준수도 의무화된다", None, D, ["public-health"], "statement"),
    ("방역이 우선임을 강조했다", W, D, ["public-health", "small-merchants"], "statement"),
    ("관광기금융자, 소상공인 지원, 고용유지지원금, 긴급재난지원금 등 지원은 하고 있지만", W, D, ["small-merchants", "jobs", "culture-tourism"], "statement"),
], ["하루 최대 4만, 한 주에 30만 정도로 예상하고 있다", "우선 생존을 해야 그 다음 경제 활동을 할 것 아닌가", "불가피한 여행이 아니면 자제해주시길 바란다"])

D = "2025-12-05"
J = "jo-sang-rae"
art("ex-07-gwangnam.txt", [None, "2025-12-05T16:20+09:00", "박정렬", "광남일보", "46720"], [J], [
    ("총사업비 33억원을 투입해 스마트팜 6동 공사를 완료했으며", None, D, ["agriculture", "youth-policy"], "achievement"),
    ("안정적인 창업 기반을 마련하는 디딤돌이 되길 바란다", J, D, ["agriculture", "youth-policy", "startup-support"], "statement"),
    ("임대형 스마트팜 덕분에 초기 투자 부담을 크게 줄일 수 있었다", None, D, ["agriculture", "youth-policy"], "achievement"),
    ("월 1만원 임대료로 3년간 영농경험을 쌓게 해", None, D, ["agriculture", "youth-policy", "startup-support"], "plan"),
], ["조상래 곡성군수와 군 관계자들이 임대형 스마트팜에 방문해", "임대형 스마트팜 조성 성과를 살펴보고 청년들의 의견을 듣기 위해 마련됐으며", "현장 중심의 소통행정을 강조했다", "딸기 재배 기술을 체계적으로 익혀 곡성 농업 발전에 기여하고 싶다"])

D = "2022-08-22"
K = "kim-yung-hwan"
art("ex-08-esnews.txt", ["김영환 도지사,“충북도정, 출생률 증가에 초점을 맞춰 추진하라”", "2022-08-22T18:31+09:00", None, "음성뉴스", "43"], [K], [
    ("모든 정책은 출생률 증가에 초점을 맞춰 추진 할 것을 요구했다", K, D, ["childcare-birth"], "plan"),
    ("출생률을 높이는 일을 1차적이고, 궁극적인 목표로 삼아야 한다", K, D, ["childcare-birth"], "plan"),
    ("충북에서 아이를 낳고, 귀촌 인구가 증가할 수 있도록 노력해 달라", K, D, ["childcare-birth", "agriculture"], "plan"),
    ("기업유치 등을 통한 경제적 성장도 중요하지만", K, D, ["decentralization", "investment-attraction"], "plan"),
    ("특정 지역의 발전으로 먹고 살만 하다는 착시에서 벗어나야 한다", K, D, ["decentralization"], "plan"),
    ("이것을 해결하지 못하면 진정한 균형발전을 이룰 수 없다", K, D, ["decentralization"], "plan"),
    ("3000만명에게 식수를 공급하고", K, D, ["water-supply"], "statement"),
    ("이것으로 충북이 얻은 것은 10조원 가량의 규제 뿐", K, D, ["water-supply"], "criticism"),
], ["김영환 충북지사, 확대간부회의서 출생률 증가 강조", "해양수산부 예산을 지원받지 못하는 것도"])

D = "2024-06-26"
C = "choi-min-ho"
art("ex-09-sjsori.txt", ["최민호 “품격 있는 정원도시 세종, 시민 소득으로 돌아올 것”", "2024-06-26T15:14+09:00", "류용규", None, "36"], [C], [
    ("싱가포르를 앞선 정원 속의 도시로 만들고자 합니다", C, D, ["culture-tourism"], "plan"),
    ("우리(세종시)가 싱가포르보다 더 훌륭하게 만들지 못할", C, D, ["culture-tourism"], "plan"),
    ("기어코 성공시키겠다고 의지를 표출했다", C, D, ["culture-tourism"], "plan"),
    ("국제정원도시박람회를 왜 하느냐? 그거 되겠느냐?라는 말을 많이 들었다", C, D, ["culture-tourism"], "criticism"),
    ("외자(외국자본)를 유치해 온다", C, D, ["investment-attraction"], "statement"),
], ["행정수도 등 5대 비전 제시", "2026 정원도시박람회 의지 재강조", "싱가포르의 도시 목표가 정원 속의 도시였습니다", "세계적인 금연도"])

os.makedirs('/work/blind/set-ex/gold', exist_ok=True)
n = 0
for name, g in G.items():
    json.dump(g, open('/work/blind/set-ex/gold/' + name + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    n += len(g["claims"])
    print(name, len(g["claims"]))
print("total", n)
