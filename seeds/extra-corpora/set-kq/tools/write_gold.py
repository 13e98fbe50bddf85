# Writes gold/*.json for set-kq. C(quote, speaker, date, policies, kind)
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); G = os.path.join(HERE, "..", "gold")
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
UR, SM, ET, CC, FV, PT, HO, JO, IA, CB, WE = ("urban-regeneration", "small-merchants", "energy-transition",
    "climate-carbon", "future-vehicles", "public-transit", "housing", "jobs", "investment-attraction",
    "childcare-birth", "welfare")
G_ = {}
d = "2019-01-16"; pw = "park-won-soon"
G_["kq-01-mi.txt"] = dict(
    metadata=dict(headline="박원순 서울시장 “여의도·용산 개발 보류 입장 여전”", published="2019-01-16T16:36+09:00",
                  reporter="복현명", outlet="매일일보", jurisdiction="11"),
    officials=[pw],
    claims=[C("낙후 도심지를 개발하는 과정에서 역사와 전통을 보존하는 방안을 계속 고민하고 있다", pw, d, [UR], "statement"),
            C("전면 철거 방식의 정비사업보다 문화를 보전하는 도시재생에 중점을 두겠다", pw, d, [UR], "plan"),
            C("상인들의 주장은 충분히 일리가 있고 전면적으로 재검토해서 새로운 대안을 발표하도록 얘기해 지금 준비중", pw, d, [UR, SM], "plan")],
    not_claims=["여의도·용산 개발 보류 입장은 여전하다", "시의 정상적인 발전을 위해 할 일은 해야 한다",
                "과거 문화나 예술, 전통, 역사 등을 도외시했던 개발에 대해 성찰과 반성이 있어야 한다고 생각한다",
                "역사와 전통적으로 살려야 할 부분을 잘 살려 개발계획 안에 반영할 것",
                "박원순 서울시장이 신년기자간담회에서 발언을 하고 있다"])
d = "2021-04-29"
G_["kq-02-cctvnews.txt"] = dict(
    metadata=dict(headline="인천시, '인천형 2030 수소생태계' 구축 마스터플랜 수립", published="2021-04-29T13:03+09:00",
                  reporter="황민승", outlet=None, jurisdiction="28"),
    officials=[],
    claims=[C("인천광역시가 궁극의 친환경에너지로 불리는 수소에너지 산업의 주도권을 확보하기 위한 마스터플랜을 세웠다", None, d, [ET], "achievement"),
            C("‘인천형 수소생태계 구축 전략’을 수립했다고 29일 밝혔다", None, d, [ET], "achievement"),
            C("이번에 수립된 전략의 골자는 수소생산 클러스터, 수소모빌리티, 수소충전소 등 각종 인프라 확충을 통해", None, d, [ET, FV], "plan"),
            C("2027년까지 총 2500억 원을 투자해 연간 부생수소 3만 톤, 바이오수소 2200톤 규모의 수소생산이 가능한 수소생산클러스터를 구축한다", None, d, [ET], "target"),
            C("검단2일반산업단지 내 수소산업 집적화단지를 조성해", None, d, [ET], "plan"),
            C("승용형 수소차 보급과 더불어 환경개선율 및 시민체감율이 높은 대중교통, 화물차 등 상용차의 수소연료 전환을 통해", None, d, [FV, PT, ET], "plan"),
            C("총 5조2000억 원을 투자해 수소차 5만7000대를 보급하고, 수소버스도 현재 관내 시내버스의 80% 수준인 1800", None, d, [FV, PT], "target")],
    not_claims=["2030년까지 수소차 5만7000대, 연료전지 606㎿, 수소충전소 52개 보급"])
d = "2025-11-19"; d17 = "2025-11-17"
G_["kq-03-heraldcorp.txt"] = dict(
    metadata=dict(headline="신재생에너지 보급 확대와 취약계층 에너지 혜택 공유...권역별 탄소중립배움터 조성으로 지역 기반 교육 강화",
                  published="2025-11-19", reporter="박종일", outlet="헤럴드경제", jurisdiction="11290"),
    officials=["lee-seung-ro"],
    claims=[C("에너지 절약 및 효율 향상 유공 부문 기후에너지환경부 장관 표창을 받았다", None, d17, [ET], "achievement"),
            C("이번 수상은 성북구가 추진한 주민 참여형 에너지 절약 정책과 탄소중립 실천 노력이 전국적으로 높은 평가를 받은 결과다", None, d, [ET, CC], "achievement"),
            C("라는 슬로건 아래 다양한 탄소중립 정책을 지속적으로 시행하고 있다", None, d, [CC], "statement"),
            C("사업을 통해 공동주택과 주민 커뮤니티 중심 절전 운동을 전개하고 있다", None, d, [ET], "statement"),
            C("주민 주도형 에너지 절약 실천의 대표 사례로, 절전 성과를 공동체와 공유하는 에너지 나눔형 모델로 자리 잡았다", None, d, [ET], "achievement"),
            C("생활 속 탄소중립 실천 문화를 확산시키고 있다", None, d, [CC], "statement"),
            C("신재생에너지 보급 확대를 통해 에너지 취약계층과 혜택을 공유하기 위해 성북나눔발전소 4개소", None, d, [ET, WE], "statement"),
            C("지금까지 총 1626MWh 전력을 생산하고 발전수익 3억6000만 원을 활용해", None, d, [ET, WE], "achievement")],
    not_claims=[])
d = "2019-01-09"
G_["kq-04-shinailbo.txt"] = dict(
    metadata=dict(headline="계양구, 미래지향적 경제도시로 도약 힘찬 발걸음", published="2019-01-09T13:34+09:00",
                  reporter="박주용", outlet=None, jurisdiction="28245"),
    officials=["park-hyeong-u"],
    claims=[C("'계양테크노밸리 공공주택지구' 조성사업이 포함되면서", None, d, [HO], "statement"),
            C("9일 구에 따르면 인천 계양테크노밸리 공공주택지구 조성사업은", None, d, [HO, JO], "plan"),
            C("글로벌 기업 유치를 위한 최적의 입지로 손꼽힌다", None, d, [IA], "statement"),
            C("S-BRT와 인천국제공항고속도로 전용 IC 신설을 통해", None, d, [PT, IA], "plan")],
    not_claims=["계양테크노밸리 첨단일자리가 넘치는 신개념 자족형 신도시로 조성",
                "신경인산업축이 형성된다는 구상이다", "계양테크노밸리 전경. (사진=계양구)"])
d = "2018-07-04"; km = "kim-mi-gyeong"
G_["kq-05-ajunews.txt"] = dict(
    metadata=dict(headline="은평구, 2022년 국공립어린이집 이용률 40% 상승 목표", published="2018-07-04T11:16+09:00",
                  reporter=None, outlet=None, jurisdiction="11380"),
    officials=[km],
    claims=[C("서울 은평구가 2022년까지 전체 어린이집 대비 국공립시설 이용률을 40% 수준까지 끌어올린다", None, d, [CB], "target"),
            C("최근 국공립어린이집 4개소를 추가 개원했다고 4일 밝혔다", None, d, [CB], "achievement"),
            C("공동주택 내 관리동어린이집을 국공립으로 전환한 백련산힐4차어린이집", None, d, [CB], "statement"),
            C("구는 양질의 보육인프라 구축 차원에서", None, d, [CB], "statement"),
            C("보육지원이 필요한 맞벌이부부와 저소득층 대상의 시간연장, 장애아통합, 시간제 보육 등을 제공하고 있다", None, d, [CB], "statement"),
            C("구는 보육교사들의 처우개선과 근무여건 안정에도 힘쓸 방침이다", None, d, [CB], "plan"),
            C("앞으로도 보건복지부, 서울시 국공립어린이집 확충 공약에 발맞추겠다", km, d, [CB], "plan"),
            C("노후화된 어린이집은 리모델링해 시설안전과 함께 쾌적한 영유아 보육환경 조성에도 최선을 다할 것", km, d, [CB], "plan")],
    not_claims=["상반기 10개소에 이어 4개소 추가 개원"])
kb = "kang-beom-seok"
G_["kq-06-csojournalist.txt"] = dict(
    metadata=dict(headline="서구, “도시철도 연장사업, 주민 편의와 경제 활성화 위해 반드시 필요”", published=None,
                  reporter=None, outlet="한국기자연대", jurisdiction="28260"),
    officials=[kb],
    claims=[C("‘도시철도 서구 연장사업’의 조속한 추진을 요청했다고 밝혔다", kb, None, [PT], "plan"),
            C("서구의 교통수요를 충족시키려면 철도교통인프라 확보가 가장 시급하다", kb, None, [PT], "statement"),
            C("인천에서 서울 중심권을 연결하는 도시철도 연장이 절실하다", kb, None, [PT], "statement"),
            C("획기적으로 교통망을 개선해 주민편의는 물론이고 지역경제 활성화에 나서야 한다", kb, None, [PT], "plan"),
            C("사통팔달 교통중심 도시를 만들기 위해 관계기관과 적극적으로 협의하는 등 구 차원에서 온 행정력을 집중하고 있다", kb, None, [PT], "statement"),
            C("서구의 열악한 교통환경과 철도교통인프라 확보의 중요성을 국토부 대광위 측에 재차 전달했다", None, None, [PT], "statement", "함동근")],
    not_claims=["도시철도 연장사업, 주민 편의와 경제 활성화 위해 반드시 필요",
                "강범석 서구청장, 7일 국토부 대도시권광역교통위원회 이성해 위원장 면담"])
kc = "kim-chan-jin"
G_["kq-07-kgnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="박영재", outlet="경기신문", jurisdiction="28140"),
    officials=[kc],
    claims=[C("전통시장 상인들의 애로사항에 대한 지원에 적극 나설계획이라고 19일 밝혔다", None, None, [SM], "plan"),
            C("현대시장, 중앙시장 등 주요 시장 상인들의 고충을 청취하고 시장 활성화 방안을 함께 논의했다", None, None, [SM], "statement"),
            C("예전처럼 사람들로 북적거리고 활기 넘치는 시장으로 복귀할 수 있도록 적극 지원하겠다", kc, None, [SM], "plan"),
            C("송현시장은 최근 전통시장 공동브랜드 개발 공모사업에 선정되어", None, None, [SM], "achievement"),
            C("소상공인들의 터전인 전통시장이 살아날 수 있도록 다양한 연계사업을 추진하기 위해", None, None, [SM], "plan")],
    not_claims=["동구 지역내 전통시장을 방문한 김찬진 구청장이 상인들에게 격려를 하고 있다."])
cj = "cha-jun-taek"
G_["kq-08-safetimes.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="세이프타임즈", jurisdiction="28237"),
    officials=[cj],
    claims=[C("'설맞이 전통시장 장보기'에 동참했다", None, None, [SM], "statement"),
            C("부평구는 오는 28일까지 구청 공직자 100여명을 대상으로", None, None, [SM], "plan"),
            C("최근 구에서 신청한 상권르네상스 사업에 선정돼", None, None, [SM], "plan"),
            C("그 어느 때보다 소상공인 체감 경기가 어려운 상황이지만, 설 명절을 계기로 전통시장이 활력을 되찾길 바란다", cj, None, [SM], "statement")],
    not_claims=["구민들이 희망을 갖고 행복하게 사는 부평이 되도록 지속적인 관심을 갖고 협조해 나갈 것",
                "인천 부평구 공직자들이 전통시장에서 소규모 장보기를 했다."])
d = "2025-11-27"; d26 = "2025-11-26"; jg = "jin-gyo-hun"
G_["kq-09-seoul.txt"] = dict(
    metadata=dict(headline=None, published="2025-11-27", reporter="김주연", outlet=None, jurisdiction="11500"),
    officials=[jg],
    claims=[C("내년에는 올해 대비 650개(12%) 많은 6083개의 어르신 일자리를 만들겠다고 약속했다", jg, d26, [JO, WE], "target"),
            C("정부와 지방정부가 함께 노인 일자리 확대를 위해 노력해야 한다", jg, d26, [JO, WE], "plan"),
            C("진 구청장은 노인 일자리 정책에 주력해왔다", None, d, [JO, WE], "statement"),
            C("취임 당시인 2023년 3566개였던 노인 일자리는 지난해 4687개, 올해 5433개로 꾸준히 증가세다", None, d, [JO, WE], "achievement"),
            C("강서구의 노인 일자리가 2년새 52.4%가 늘어난 것이다", None, d, [JO, WE], "achievement"),
            C("내년 노인 일자리 규모는 취임 첫해인 3년 전 대비 70.6% 늘어나게 된다", None, d, [JO, WE], "target"),
            C("18명 중 1명이 일자리를 갖는 셈", None, d, [JO, WE], "statement"),
            C("노인 일자리의 중요성을 다시금 확인했다", jg, d26, [JO, WE], "statement"),
            C("진정한 복지는 자긍심을 높여줄 수 있는 일자리에서 시작된다", jg, d26, [JO, WE], "statement")],
    not_claims=["2023년 3566개·올해 5433개…내년 6083개로",
                "진교훈 서울 강서구청장이 지난 26일 스카이아트홀에서 열린 ‘노인일자리 성과공유회’에서 인사말을 하고 있다."])
os.makedirs(G, exist_ok=True)
for name, g in G_.items():
    out = {"article": name, **g}
    with open(os.path.join(G, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
