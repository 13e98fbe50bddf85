"""Writes gold/*.json for set-ig (hand annotation); checks each quote occurs exactly once."""
import json, re
B = '/work/blind/set-ig/'
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
# 01 Gimhae smart city (Yonhap via saramin), institutional narration
D = "2018-04-29"; S = ["smart-city"]
G["ig-01-yonhap.txt"] = dict(
    metadata=dict(headline="김해시, 난개발 털고 '스마트도시'로 변신한다", published="2018-04-29", reporter="정학구", outlet="연합뉴스", jurisdiction="48250"),
    officials=[],
    claims=[
        C("정보통신기술(ICT)을 활용한 스마트도시로 변신을 시도한다", None, D, S, "plan"),
        C("스마트도시계획안을 내주 초 국토교통부에 제출할 예정이며", None, D, S, "plan"),
        C("스마트도시 서비스와 인프라를 접목해 '지속가능한 도시, 삶의 질이 향상된 시민'을 목표로 한다", None, D, S, "plan"),
        C("스마트 서비스에 459억원, 관련 인프라에 289억원 등 739억원을 투입할 계획이다", None, D, S, "plan"),
        C("국토부는 종전 '유비쿼터스 도시'에서 스마트도시로 개념이 바뀌고", None, D, S, "statement"),
        C("자치단체 30곳가량이 스마트도시에 관심을 두고 공모에 응할 것으로 알려졌다", None, D, S, "statement"),
        C("경남에선 김해가 가장 먼저 준비를 하고 있다", None, D, S, "statement"),
        C("김해시가 구상 중인 스마트도시 서비스는 신규형 15가지를 비롯해 모두 30가지에 이른다", None, D, S, "plan"),
        C("기업을 중심으로 한 경제분야는 혁신성장을 하도록 하고", None, D, S, "plan"),
    ],
    not_claims=["내주 국토부에 승인 신청…2022년까지 739억 투입", "김해시 스마트도시 조성 협약2018.4.25.", "시민들이 체감할 수 있는 서비스를 보면 사물인터넷과 센"])
# 02 Changwon hydrogen (gnmaeil editorial)
D = "2019-06-06"; E = "2019-06-05"; H = ["future-vehicles", "energy-transition"]
G["ig-02-gnmaeil.txt"] = dict(
    metadata=dict(headline="수소차로 우뚝 선 수소특별도시 창원시", published="2019-06-06T23:00+09:00", reporter=None, outlet="경남매일", jurisdiction="48120"),
    officials=["kim-gyeong-su", "heo-seong-mu"],
    claims=[
        C("수소산업특별시 건설을 선포한 창원시가 전국에서 가장 많은 수소차를 운행하면서", None, D, H, "achievement"),
        C("미래 자동차 산업을 선도할 수소차 육성에 박차를 가하겠다며", None, E, H, "plan", "문재인"),
        C("창원은 친환경 수소산업 특별시 건설을 전략으로 삼고 있다", None, E, ["energy-transition"], "statement", "문재인"),
        C("친환경차가 참 좋다", None, E, ["future-vehicles"], "statement", "문재인"),
        C("창원시에 보급된 수소차는 330대로 전국 기초자치단체 중 가장 많다", None, D, H, "achievement"),
        C("전국최초로 수소버스를 실제 노선에 투입해 수소차 대중화를 선도하고 있다", None, D, H, "achievement"),
        C("7개 도시에 35대의 수소버스를 보급한다", None, D, H, "target"),
        C("경찰버스 802대를 순차적으로 수소버스로 교체할 게획이다", None, D, H, "target"),
        C("창원시도 2022년까지 수소차 5천대를 보급해", None, D, H, "target"),
    ],
    not_claims=["2024-04-19 03:26 (금)", "급기야 문재인 대통령이 환경의 날인 5일 창원시를 방문해 창원시에 힘을 실어줬다",
                "수소버스를 타고 국내 첫 도심형(패키지) 수소충전소 현장을 찾는 등 수소버스 노선운행을 축하했다",
                "현충일인 6일부터 창원시내 주요노선에 운행개시한 수소버스는"])
# 03 Andong market (heraldcorp), institutional
D = "2025-08-13"
G["ig-03-heraldcorp.txt"] = dict(
    metadata=dict(headline="확보된 10억원투입 안동소주,안동한우,안동참마통해 동 3미(味)’ 콘텐츠를 개발 풍산시장만의 특화 콘텐츠 구축", published="2025-08-13", reporter="김성권", outlet="헤럴드경제", jurisdiction="47170"),
    officials=[],
    claims=[
        C("경북 안동시의 퐁산시장이 미식 관광 중심지로 탈바꿈된다", None, D, ["small-merchants", "culture-tourism"], "plan"),
        C("‘지역상권활력지원 추가 공모사업’에 풍산시장이 최종 선정됐다고 밝혔다", None, D, ["small-merchants"], "achievement"),
        C("지역 내 상권의 신속한 회복과 지속 가능한 성장을 위해", None, D, ["small-merchants"], "statement"),
        C("산불 피해로 소비가 위축된 풍산시장에 최대 10억 원을 투입한다", None, D, ["small-merchants"], "plan"),
        C("풍산시장을 미식관광 중심지로 육성할 계획이다", None, D, ["small-merchants", "culture-tourism"], "plan"),
        C("풍산시장은 1917년 개설 이후 처음으로 정부 공모사업에 선정됐다", None, D, ["small-merchants"], "achievement"),
        C("이번 선정으로 각 부처별 연계사업에도 적극 참여할 예정이다", None, D, ["small-merchants"], "plan"),
        C("연계사업에는 소상공인협업활성화(중기부,)", None, D, ["small-merchants", "culture-tourism", "urban-regeneration"], "statement"),
    ],
    not_claims=["확보된 10억원투입 안동소주,안동한우,안동참마통해"])
# 04 Dalseo-gu youth startup centre (breaknews)
P = "2022-08-11"; E = "2022-08-10"; SY = ["startup-support", "youth-policy"]
G["ig-04-breaknews.txt"] = dict(
    metadata=dict(headline="달서구, '청년창업지원센터 및 청년센터' 개소식 개최", published="2022-08-11T10:26+09:00", reporter="박은정", outlet="브레이크뉴스", jurisdiction="27290"),
    officials=["lee-tae-hun"],
    claims=[
        C("지난 10일 '청년창업지원센터 및 청년센터' 개소식을 개최했다고 밝혔다", None, E, SY, "achievement"),
        C("청년센터가 함께 조성된 청년복합공간이다", None, P, SY, "statement"),
        C("송현동 도시재생뉴딜사업의 일환으로 사업비 34억에", None, P, SY + ["urban-regeneration"], "achievement"),
        C("규모는 지상 3층 규모의 연면적 609.36㎡ 이다", None, P, SY, "statement"),
        C("1층은 청년센터로 창의·오픈공간과 상담실 등으로 조성됐다", None, P, ["youth-policy"], "statement"),
        C("청년정책 정보제공, 역량강화 프로그램 운영", None, P, ["youth-policy"], "plan"),
        C("‘우리가 만들어가는 청년센터’를 주제로 달서청년포럼 등을 개최할 예정이다", None, P, ["youth-policy"], "plan"),
        C("2~3층은 청년창업지원센터로", None, P, SY, "statement"),
        C("현재 10개의 청년(예비)창업자가 선정돼 입주를 준비 중에 있다", None, P, SY, "achievement"),
        C("청년창업 기반 조성과 청년네트워크 플랫폼 역할을 잘 수행할", "lee-tae-hun", E, SY, "plan"),
    ],
    not_claims=["달서구 청년창업지원센터 및 청년센터 개소식 사진 (C) 달서구"])
# 05 Dalseong-gun startup programme (idgj)
P = "2022-11-10"; E = "2022-11-08"
G["ig-05-idgj.txt"] = dict(
    metadata=dict(headline="달성군-경일대 청년중장년 창업생태계 활성화 사업 성과보고회 개최", published="2022-11-10T17:11+09:00", reporter="정희철", outlet="대민포커스N", jurisdiction="27710"),
    officials=["choi-jae-hun"],
    claims=[
        C("지난 8일 달성군과 경일대가 함께 추진 중인", None, E, ["startup-support", "youth-policy"], "statement"),
        C("관내 청년·중장년 창업가를 발굴 및 지원하고", None, P, ["startup-support", "youth-policy", "jobs"], "statement"),
        C("선발된 12명에게 창업지원금 600~700만원을 지원했다", None, P, ["startup-support"], "achievement"),
        C("도시재생 사업인`화원, 꽃의 정원`상생장터와 협업하는 등의 성과도 있었다", None, P, ["startup-support", "urban-regeneration"], "achievement"),
        C("우수 창업기업으로 성장하는 발판이 되길 기대한다", "choi-jae-hun", E, ["startup-support"], "statement"),
    ],
    not_claims=["↑↑ 달성군-경일대 청년중장년 창업생태계 활성화 사업 성과보고회 개최", "저작권자 대민포커스N 무단전재 및 재배포 금지"])
# 06 Busan climate emergency declaration (cnbnews)
D = "2020-09-07"; CC = ["climate-carbon"]
G["ig-06-cnbnews.txt"] = dict(
    metadata=dict(headline="부산시 ‘기후 위기 비상 선언식’ 열어… 탄소 중립 필요성 다짐 등", published="2020-09-07T10:20+09:00", reporter="변옥환", outlet="cnbnews", jurisdiction="26"),
    officials=["byeon-seong-wan", "kim-seok-jun"],
    claims=[
        C("시청 1층 대회의실에서 ‘기후 위기 비상 선언식’을 연다고 밝혔다", None, D, CC, "plan"),
        C("이번 선언식은 기후 위기 상황을 대내외에 알리며", None, D, CC, "statement"),
        C("각 선언 대표들은 탄소 중립을 위한 실천 의지를 다지고", None, D, CC, "plan"),
        C("선언문에는 ▲탄소 중립 실현을 목표로 온실가스 감축 사업 발굴과 적극적 지원", None, D, CC, "plan"),
        C("기후 위기가 점차 현실이 되고 있고 이는 지금 당장 해결해야 할 재난이며 비상상황", "byeon-seong-wan", D, CC, "statement"),
        C("오늘부터 당장 탄소 배출을 줄이는 습관을 실천해 탄소 제로 사회로 나아가자", "byeon-seong-wan", D, CC, "plan"),
        C("‘탄소 중립 지방정부 실천연대’의 탄소 중립 협약을 이", None, D, CC, "statement"),
    ],
    not_claims=["실질적 온실가스 감축 효과 거두기 위해 지자체·교육청·시민 등, 기후 행동 확산 나선다",
                "이날 선언식에는 변성완 시장 권한대행, 신상해 부산시의회 의장, 김석준 부산시교육청 교육감"])
# 07 Ulju-gun smart farm (fnnews)
D = "2025-06-30"
G["ig-07-fnnews.txt"] = dict(
    metadata=dict(headline="이순걸 울주군수 취임 3주년에 만난 사람은 청년농업인", published="2025-06-30T21:15+09:00", reporter="최수상", outlet="파이낸셜뉴스", jurisdiction="31710"),
    officials=["lee-sun-geol"],
    claims=[
        C("지난해 울주군 스마트팜 보급 확산 사업 설비지원을 받아", None, D, ["agriculture"], "achievement"),
        C("울주군 스마트농업의 차별화된 경쟁력을 보여주고 있다", None, D, ["agriculture"], "achievement"),
        C("청년 농업인을 발굴·육성하고 지원해 농업의 디지털 대전환 시대를 선도하는 울주군이 되겠다", "lee-sun-geol", D, ["agriculture", "youth-policy", "fourth-industrial-revolution"], "plan"),
    ],
    not_claims=["울산 울주군 범서읍 사연리 스마트팜 방문해 격려", "이 군수 \"디지털 대전환 시대를 울주군이 선도할 것\"",
                "사계절 딸기 스마트팜 현장을 방문했다", "이번 현장 방문은 스마트팜 보급 확산 사업의 추진성과를 점검하고",
                "딸기 재배가 어려운 여름철에 집중 생산이 가능해 농가소득 향상과 신규 공급 시장 개척에 기여했다",
                "킹스베리 품종(커다란 과육과 높은 당도로 유명한 국산 품종 딸기)의 수직농장 스마트팜 재배에 성공해"])
# 08 Jinju public-institution relocation (newspim), institutional
D = "2026-03-05"; DZ = ["decentralization"]
G["ig-08-newspim.txt"] = dict(
    metadata=dict(headline="민관 협력 통한 유치 분위기 조성", published="2026-03-05", reporter="남경문", outlet="뉴스핌", jurisdiction="48170"),
    officials=[],
    claims=[
        C("'공공기관 이전 태스크포스(TF) 팀'을 신설하고 본격 유치 활동에 나선다고 5일 밝혔다", None, D, DZ, "plan"),
        C("진주시는 1차 이전 성공 경험을 바탕으로 혁신도시 중심 유치를 추진한다", None, D, DZ, "plan"),
        C("경남진주 혁신도시는 주거·교육·의료 인프라를 갖추고", None, D, DZ, "achievement"),
        C("추가 기관 유치 시 상승효과를 낼 핵심 자산으로 보고 있다", None, D, DZ, "statement"),
        C("'진주시 공공기관 유치위원회'를 출범시켜", None, D, DZ, "plan"),
        C("중앙부처 대상 맞춤형 설명회와 유치 활동을 통해 범시민 유치 분위기를 조성할 계획이다", None, D, DZ, "plan"),
        C("2차 공공기관 이전은 국가 균형발전 완성이자 진주 미래의 전환점", None, D, DZ, "statement"),
        C("혁신도시 성공 사례를 강점으로 경남도와 협력해 반드시 유치하겠다", None, D, DZ, "plan"),
    ],
    not_claims=["news2349@newspim.com"])
# 09 Gumi semiconductor zone (MBN broadcast)
D = "2022-09-14"
G["ig-09-mbn.txt"] = dict(
    metadata=dict(headline="구미 반도체 특구 유치 총력…전문 인력 양성", published="2022-09-14T09:21+09:00", reporter="심우영", outlet="MBN", jurisdiction="47190"),
    officials=["kim-jang-ho"],
    claims=[
        C("전문인력 양성 등 빠른 행보에 나섰습니다", None, D, ["jobs"], "statement"),
        C("세제 혜택과 규제 완화, 전문 인력 양성까지 다양한 지원이 가능하기 때문입니다", None, D, ["jobs"], "statement"),
        C("대구·경북 통합 신공항과도 연계한 '공항 경제권'도 구축돼", None, D, ["airport-relocation"], "statement"),
        C("지역 대학과 반도체 전문 인력 육성에 나서는 등", None, D, ["jobs", "research-development"], "statement"),
        C("대구가톨릭대학과 함께 인력 양성에 집중적으로 육성하고", "kim-jang-ho", D, ["jobs", "research-development"], "statement"),
    ],
    not_claims=["경북 구미시가 정부가 추진 중인 반도체 특구 지정에 사활을 걸었습니다",
                "국가 반도체 특화단지에 지정에 나섰습니다",
                "SK 실트론과 삼성SDI 등 반도체 관련 기업 120여 개와 넓은 산업용지도 갖췄습니다",
                "이 구미를 반도체 특화 단지로 구축하려고 최선을",
                "반도체 기업에서는 지금 인력 문제를 최우선 문제로 걱정하고 있습니다",
                "구미시가 반도체 특구로 예전의 영광을 되찾을 수 있을지 주목됩니다"])
ws = lambda s: re.sub(r'\s+', ' ', s)
for f, g in G.items():
    txt = ws(open(B + 'articles/' + f, encoding='utf-8').read())
    for c in g['claims']:
        n = txt.count(ws(c['quote']))
        if n != 1: print('QUOTE', f, n, c['quote'])
    for q in g['not_claims']:
        if ws(q) not in txt: print('NOTCLAIM', f, q)
    out = {"article": f, **g}
    json.dump(out, open(B + 'gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(f, len(g['claims']))
