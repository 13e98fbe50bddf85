"""Writes set-pl2 gold files (second, independent hand annotation; see GOLD_NOTES.md)."""
import json
import os

D2 = "\u2024"  # the one-dot leader used in 귀농․귀촌 / 읍․면 in pl-01


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# pl-01 청양군 귀농귀촌 지원사업 모집 (승인 2023.01.11 20:16); institutional, no registry official
D = "2023-01-11"
A = ["agriculture"]
G["pl-01-ccmessage.txt"] = dict(
    metadata=dict(headline="청양군, 2월 3일까지 귀농 귀촌 지원사업 대상자 모집", published="2023-01-11T20:16+09:00",
                  reporter="조성우", outlet="충청메시지", jurisdiction="44790"),
    officials=[],
    claims=[
        C(f"오는 2월 3일까지 귀농{D2}귀촌 분야 지원사업 대상자를 모집한다", None, D, A, "plan"),
        C("신청자 접수처는 농업기술센터 귀농귀촌팀과", None, D, A, "statement"),
        C("지원 분야는 15개 사업 125개이며 주요 사업은", None, D, A + ["startup-support"], "statement"),
        C("귀농 농업창업 및 주택 구매 지원 이차보전사업은 전입일 기준 5년 이내 귀농인이 신청할 수 있으며", None, D,
          A + ["startup-support", "housing"], "statement"),
        C(f"체계적인 정책 추진과 지역민과의 화합을 통해 귀농{D2}귀촌 만족도를 높이겠다", None, D, A, "plan"),
    ],
    not_claims=["청양군, 2월 3일까지 귀농 귀촌 지원사업 대상자 모집",
                f"전국적으로 귀농{D2}귀촌 인구가 감소 추세였지만, 코로나19 이후 농촌 이주가 늘고 있다"])

# pl-02 보령시 신년 언론인 간담회 (승인 2020.01.06 10:39; 간담회 6일)
K, D = "kim-dong-il", "2020-01-06"
G["pl-02-newsstory.txt"] = dict(
    metadata=dict(headline="김동일 보령시장 ‘적극행정으로 일자리 창출 총력’", published="2020-01-06T10:39+09:00",
                  reporter="이찰우", outlet=None, jurisdiction="44180"),
    officials=[K],
    claims=[
        C("‘지역경제 활력을 위한 일자리 창출에 총력한다’고 밝혔다", K, D, ["jobs"], "plan"),
        C("보령화력 1,2호기 조기폐쇄 등 지역경제 활력을 위한 중요한 한 해가 될 것", K, D, ["energy-transition"], "statement"),
        C("원산안면대교 개통으로 서해안 신 관광벨트로 주목받는 등", K, D, ["culture-tourism"], "statement"),
        C("해양관광 선도도시 도약의 기틀을 만들겠다", K, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["김동일 보령시장이 2020년 신년 언론인 간담회에 앞서 인사말을 하고 있다",
                "‘감동행동’ ‘공감행도’ ‘적극행정’을 지속적으로 펼쳐나가겠다",
                "미소.친절.청결운동과 더불어 칭찬운동을 시민운동으로 발전시켜 나가겠다",
                "이날 열린 신년 언론인 간담회는 김동일 시장의 신년 인사를 시작으로"])

# pl-03 당진시 신년 기자회견 (date 2026-01-06; 회견 6일)
O, D = "oh-seong-hwan", "2026-01-06"
G["pl-03-ohmynews.txt"] = dict(
    metadata=dict(headline="오성환 시장 “인구 느는 당진시, 전국 최고로 만든다”", published="2026-01-06",
                  reporter="방관식", outlet=None, jurisdiction="44270"),
    officials=[O],
    claims=[
        C("△고용률 전국 시 단위 1위 달성", None, D,
          ["investment-attraction", "jobs", "agriculture", "culture-tourism", "public-health", "education"], "achievement"),
        C("AI데이터센터, 드론산업 투자유치와 충남 최초 수소도시 지정", O, D,
          ["fourth-industrial-revolution", "investment-attraction", "energy-transition"], "plan"),
        C("지역인재 채용 확대와 현장실무 중심 전문인력 양성, 여성 고용률 제고", O, D, ["jobs"], "plan"),
        C("▲국내 최대 수산식품 클러스터 조성, 국내 최대 규모 스마트팜 단지 조성", O, D,
          ["agriculture", "culture-tourism"], "plan"),
    ],
    not_claims=["2026년은 정책에 대한 성과들이 시민의 삶 속에서 실질적으로 느껴지는 해가 될 것",
                "앞으로도 전국에서 최고로 발전하는 도시를 만들겠다",
                "6일 신년 기자회견을 진행하고 있는 오성환 시장",
                "이런 오 시장의 자신감은 2025년 실적이 뒤를 받치고 있다"])

# pl-04 KBS 충북 대담한7, 김창규 제천시장 (입력 2023.01.18 19:39)
K, D = "kim-chang-gyu", "2023-01-18"
IA = ["investment-attraction"]
G["pl-04-kbs.txt"] = dict(
    metadata=dict(headline="[대담한7] 김창규 “제천에 공장 조성·대규모 여행관광개발 투자유치”",
                  published="2023-01-18T19:39+09:00", reporter=None, outlet=None, jurisdiction="43150"),
    officials=[K],
    claims=[
        C("취임 이후 3천억 상회하는 유치 실적 거뒀습니다", None, D, IA, "achievement"),
        C("하지만 임기 내 목표 3조 원에는 크게 못 미치는데", None, D, IA, "criticism"),
        C("제가 공약 중에 3조원 투자유치를 우리 시민들께 약속드렸습니다", K, D, IA, "target"),
        C("여행 관광개발 분야에 대규모 투자유치를 계획을 하고 있습니다", K, D, IA + ["culture-tourism"], "plan"),
        C("저희가 지금 조성하고 있는 제 4산단 위치나 가격 측면에서 엄청난 경쟁력을 가지고 있습니다", K, D, IA, "statement"),
        C("우리 청풍호 의림지 제천에는 관광 잠재력이 엄청납니다", K, D, ["culture-tourism"], "statement"),
        C("제대로 개발을 하면 3조원 투자는 우리가 이행 가능한 그런 목표로 이해를 하고 있습니다", K, D, IA, "target"),
        C("의림지 대규모 리조트 조성 계획이 발표됐습니다", None, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["투자유치를 비롯한 경제 부문 성과 짚어보겠습니다",
                "우리 제천이 전국에서 제일 잘 사는 도시 행복한 도시로 만들어보록 하겠습니다",
                "천혜의 자원을 활용한 관광산업은 올해는 어떻게 추진됩니까?",
                "지난해 말에 1200억 원 규모의 의림지에 지금 보면 청소년 수련관이라고 있습니다"])

# pl-05 충북일보, 남부 3군 군수 취임 (웹출고 2022.07.03 14:07:46; 취임식 지난 1일)
CJ, E = "choi-jae-hyeong", "2022-07-01"
G["pl-05-inews365.txt"] = dict(
    metadata=dict(headline=None, published="2022-07-03T14:07:46+09:00", reporter=None, outlet="충북일보",
                  jurisdiction="43720"),
    officials=[CJ, "hwang-gyu-cheol", "jeong-yeong-cheol"],
    claims=[
        C("도시 수준의 정주 여건을 갖춘 도시형 농촌을 만들어", CJ, E, ["agriculture"], "plan"),
        C("군민의 의견에 귀 기울이고, 군 의회와 소통을 통해 지역 발전의 해법을 찾겠다는 뜻도 밝혔다", CJ, E,
          ["citizen-participation"], "plan"),
        C("함께 논의하고, 민주적인 합의 과정을 통해 군", CJ, E, ["citizen-participation"], "plan"),
    ],
    not_claims=["민선 8기를 이끌 남부 3군의 군수들이 지난 1일 취임식을 시작으로 일제히 업무에 들어갔다",
                "최 군수는 취임식에 앞서 남산에 있는 충혼탑을 찾아 호국영령께 참배하며"])

# pl-06 뉴스핌, 노관규 순천시장 정례조회 특강 (기사등록 2022-08-02 11:57; the lecture's day is not given)
N, D = "noh-gwan-gyu", "2022-08-02"
CT = ["culture-tourism"]
G["pl-06-newspim.txt"] = dict(
    metadata=dict(headline="노관규 순천시장 첫 정례조회서 '일류순천 만들기' 열린 특강",
                  published="2022-08-02T11:57+09:00", reporter="오정근", outlet="뉴스핌", jurisdiction="46150"),
    officials=[N],
    claims=[
        C("'순천만'을 영구히 보전해야겠다는 생각에서 시작한 것이 '정원박람회'였다", N, D, CT, "achievement"),
        C("본저류지를 융·복합해서 순천에 맞게 재창조한 것이 정원박람회이다", N, D, CT, "statement"),
        C("'2023순천만국제정원박람회' 성공개최를 위해 일류 창조도시 순천의 미래를 상상하며 함께 만들어 가자", N, D, CT, "plan"),
    ],
    not_claims=["'세계 일류 창조도시에서 배우기'라는 노관규 시장의 열린 특강으로 민선8기 첫 정례조회를 했다",
                "왜 2023순천만국제정원박람회를 성공 개최해야 하는지",
                "노관규 시장이 정례조회 특강을 하고 있다"])

# pl-07 광주일보 chrome, 전남도 해양관광 활성화 계획 (2026년 02월 24일 19:47); institutional
D = "2026-02-24"
G["pl-07-kwangju.txt"] = dict(
    metadata=dict(headline="전남 섬·갯벌·바다, 세계인이 찾는 해양 관광지로 키운다", published="2026-02-24T19:47+09:00",
                  reporter=None, outlet=None, jurisdiction="46"),
    officials=[],
    claims=[
        C("5년 안에 400만명이 찾는 해양관광 메카로 발돋움한다", None, D, CT, "target"),
        C("차별화된 전남 해양 자원을 전 세계인들에게 각인시키는데도 도움이 될 것으로 보인다", None, D, CT, "statement"),
        C("‘해양관광 활성화 계획’은 오는 2030년까지 해양관광 인프라를 구축하고", None, D, CT, "plan"),
        C("오는 2030년까지 405만명의 발길이 이어지는 차별화된 해양관광지로 가꾸겠다는 구상이다", None, D, CT, "target"),
        C("5대 전략을 추진하기 위한 15개 세부 실행 과제도 제시했다", None, D, CT, "plan"),
        C("복합해양레저관광도시를 오는 2030년까지 추진키로 했다", None, D, CT, "plan"),
        C("체류형 관광지로 거듭나기 위한 거점형 복합해양관광 인프라를 조성하는 사업이다", None, D, CT, "statement"),
        C("신안·무안 국가해양생태공원(3099억)을 해안 생태관광", None, D, CT, "plan"),
    ],
    not_claims=["3조원 투입 2030년까지 인프라·콘텐츠 전면 재편", "여수세계섬박람회 계기 ‘400만 관광객 시대’ 도전"])

# pl-08 서울신문, 서울 중구 찾동 확대 (2018-05-02 15면; 1일 밝혔다); institutional
D = "2018-05-01"
W = ["welfare"]
G["pl-08-seoul.txt"] = dict(
    metadata=dict(headline="중구, 찾동 서비스 확대 시행", published="2018-05-02", reporter="최훈진", outlet="서울신문",
                  jurisdiction="11140"),
    officials=[],
    claims=[
        C("서비스를 확대 시행한다고 1일 밝혔다", None, D, W, "plan"),
        C("구는 앞서 지난해 7월 거주 인구가 많은 다산동, 약수동 등 4개 동에 먼저 ‘찾동’을 도입했다", None, D, W, "achievement"),
        C("주민이 있는 곳을 직접 찾아가 복지·행정 서비스를 제공한다는 의미를 담고 있다", None, D, W, "statement"),
        C("복지플래너, 방문간호사, 우리동네 주무관 등 인력이 확충됐다", None, D, W + ["public-health"], "achievement"),
        C("또 지난달부터 오는 9월까지 이들을 대상으로 전문교육이 이뤄진다", None, D, W, "statement"),
        C("구는 이로써 주민의 복지·건강 안전망이 더 강화될 것으로 보고 있다", None, D, W + ["public-health"], "statement"),
        C("중구 주민 2만 7800명에게 찾동의 손길이 닿을 것", None, D, W, "target"),
        C("빈곤위기 가정을 찾아 맞춤형 복지·보건 혜택을 지원하겠다", None, D,
          W + ["public-health", "childcare-birth"], "plan"),
    ],
    not_claims=["알뜰교통카드 쓰던 경기도민 59% ‘경기패스’ 전", "한강 위에서 먹고 일하고 놀고 자고… 1000만",
                "자료 제공 : 정책브리핑 korea.kr"])

# pl-09 FMTV, 강서구 S-net 업무협약 (기사등록 2020-09-10 11:09:34; 협약 9일)
H, E, D = "noh-hyeon-song", "2020-09-09", "2020-09-10"
S = ["smart-city"]
G["pl-09-fmtv.txt"] = dict(
    metadata=dict(headline="노현송 강서구청장, 서울시와 ‘스마트서울 네트워크(S-net) 업무협약’ 체결",
                  published="2020-09-10T11:09:34+09:00", reporter="박상복", outlet="FMTV", jurisdiction="11500"),
    officials=[H],
    claims=[
        C("서울시와 ‘스마트서울 네트워크(S-net) 구축을 위한 업무협약’을 체결했다", None, E, S, "achievement"),
        C("혁신적 미래 스마트도시 서비스기반 마련을 위한 유무선 통신망을 구축하는데 상호 협력키로 했다", None, E, S, "plan"),
        C("공공와이파이 590대를 추가 설치해 공공와이파이를 총 1,365대까지 늘린다", None, D, S, "target"),
        C("이는 서울시 25개 자치구 중 가장 많은 숫자로", None, D, S, "statement"),
        C("지역·계층간 통신 격차 해소는 물론 통신비용까지 절감할 수 있다", H, E, S, "statement"),
        C("누구나 공공서비스를 자유롭게 이용할 수 있도록 스마트도시 강서를 만들겠다", H, E, S, "plan"),
    ],
    not_claims=["오는 10월까지 자가통신망 확장과 함께 공공와이파이 총 1,365대까지 확대",
                "공공와이파이 설치율 서울시 25개 자치구 중 1위",
                "서울 공공와이파이 까치온 BI(Brand Identity) 선포식도 진행됐다",
                "서울을 대표하는 와이파이 ‘까치’가 켜진다(On)"])

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "gold")
os.makedirs(out, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print(len(G), "gold files,", sum(len(g["claims"]) for g in G.values()), "claims")
