"""Writes set-an gold files (hand annotation, see GOLD_NOTES.md)."""
import json
import os


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# an-01 전북 완주군 햇빛연금마을 (2026-02-10; 기자회견 10일)
Y, D = "yu-hui-tae", "2026-02-10"
E = ["energy-transition"]
G["an-01-kmib.txt"] = dict(
    metadata=dict(headline="완주군, 재생에너지 수익 주민에 돌려주는 ‘햇빛연금마을’ 추진", published="2026-02-10",
                  reporter=None, outlet=None, jurisdiction="52710"),
    officials=[Y],
    claims=[
        C("전북 완주군이 재생에너지 발전 수익을 지역 주민 소득으로 환원하는", None, D, E, "plan"),
        C("10일 유희태 완주군수는 기자회견을 열고 햇빛연금마을을", Y, D, E, "plan"),
        C("공공이 기반을 조성하고 주민 참여 방식으로 확산하는 실행 로드맵도 제시했다", Y, D, E, "plan"),
        C("재생에너지는 발전시설 확대에 그칠 것이 아니라", Y, D, E, "plan"),
        C("전기는 지역에서 만들고, 소득은 주민이 공유하는 것이 햇빛연금마을의 핵심", Y, D, E, "statement"),
        C("39개 마을이 참여 의사를 밝히는 등 정책 수요가 확인됐다고 설명했다", None, D, E, "statement"),
        C("군은 정부 공모사업과 병행해 공공부지와 유휴공간을 활용한 자체 사업을 추진하고", None, D, E, "plan"),
        C("공영주차장 등 공공시설을 활용한 군 직접 발전사업을 통해 발생한 수익을", None, D, E, "plan"),
        C("에너지저장장치(ESS) 도입 등 유연한 운영 방식도 검토한다", None, D, E, "plan"),
        C("사업 구조는 주민 참여와 수익 환원을 원칙으로 세웠다", None, D, E, "statement"),
        C("발전소 소유는 마을협동조합이 맡고", None, D, E, "statement"),
    ],
    not_claims=["공공 주도·주민 참여형 재생에너지 수익 환원 모델 추진", "분산에너지 기반으로 마을 소득 창출 구조 설계"])

# an-02 광주 광산구 지속가능 일자리 (2025-09-16)
P, D = "park-byeong-gyu", "2025-09-16"
G["an-02-kbc.txt"] = dict(
    metadata=dict(headline="광주 광산구 '일자리 혁신 모델', 정부 국정과제 선정", published="2025-09-16T18:00:36+09:00",
                  reporter=None, outlet=None, jurisdiction="29200"),
    officials=[P],
    claims=[
        C("광주 광산구가 개발하고 추진해 온 지속가능 일자리 혁신 정책이 이재명 정부 국정과제에 반영됐습니다", None, D, ["jobs"], "achievement"),
        C("광산구는 지역민이 일자리 창출을 주도하는 '풀뿌리 사회적대화 모델'이", None, D, ["jobs", "citizen-participation"], "achievement"),
        C("광산구는 지역민들이 직접 토론하고 계획을 수립해 양질의 일자리를 만드는 모델을 개발해 왔습니다", None, D, ["jobs", "citizen-participation"], "statement"),
        C("중앙정부와 대기업 중심의 일자리 정책이 양산하는 불평등과 양극화를 해소하기 위해서입니다", None, D, ["jobs"], "criticism"),
        C("모델에는 △지역 주도 양질의 일자리 창출", None, D, ["jobs", "housing", "welfare", "childcare-birth"], "statement"),
        C("소외 계층이 참여해 양질의 일자리에 관한 질문을 던진 '녹서(질문)'를 발간했습니다", None, D, ["jobs", "citizen-participation"], "achievement"),
        C("질문에 대한 행정기관의 답변을 담은 백서를 발간하고", None, D, ["jobs"], "plan"),
        C("광산구는 내년 1월부터는 지속가능 일자리 시범 사업을 추진할 예정입니다", None, D, ["jobs"], "plan"),
        C("광산구 지속가능 일자리 정책이 전국으로 뻗어나가", P, D, ["jobs"], "plan"),
    ],
    not_claims=["박병규 광산구청장(왼쪽)이 지난 4월 일자리 정책 방향을 주제로 열린 국회 정책토론회에서",
                "댓글 환경에 동참에 주세"])

# an-03 대전 도시철도 2호선 트램 결정 (published 2014-12-05; 기자회견 4일)
K, D = "gwon-sun-taek", "2014-12-04"
T = ["public-transit"]
G["an-03-kmib.txt"] = dict(
    metadata=dict(headline="대전도시철도 2호선 트램으로 최종 결정", published="2014-12-05T03:52+09:00",
                  reporter="정재학", outlet="국민일보", jurisdiction="30"),
    officials=[K],
    claims=[
        C("대전시민의 최대 현안인 대전도시철도 2호선이 ‘트램(노면전차)방식으로 건설된다", None, D, T, "plan"),
        C("원칙적으로 트램방식으로 최종 결정했다", K, D, T, "achievement"),
        C("트램방식은 권 시장의 선거공약이었다", None, D, T, "statement"),
        C("염홍철 전 대전시장은 지난 4월 중순 도시철도 2호선 차종을", None, D, T, "statement"),
        C("권 시장은 지난 6·4 지방선거 당시 도시철도 2호선 차종을 트램으로 건설하겠다고 공약했다", None, D, T, "plan"),
        C("교통약자에 대한 배려와 대중교통 중심도시라는 미래발전상을 종합적으로 고려했다", K, D, T, "statement"),
        C("가로상권의 활성화를 통한 도시재생과 전국 최초의 트램으로 관광자원화까지도 염두에 둔 것", K, D,
          ["public-transit", "urban-regeneration", "culture-tourism", "small-merchants"], "statement"),
        C("총연장 5㎞ 이내의 가칭 스마트트램 시범구간을 선정해 추진하겠다", K, D, ["public-transit", "urban-regeneration"], "plan"),
        C("스마트트램 총사업비는 1000억원 이내이며", None, D, T, "statement"),
    ],
    not_claims=["대전도시철도 2호선 트램으로 최종 결정", "대전=정재학 기자 jhjeong@kmib.co.kr"])

# an-04 광주 이용섭 신년 시정 (2019-12-29, broadcast script)
L, D = "lee-yong-seop", "2019-12-29"
AI = ["fourth-industrial-revolution"]
G["an-04-kjmbc.txt"] = dict(
    metadata=dict(headline="인공지능(AI) 광주시대 열겠다", published="2019-12-29T20:20+09:00",
                  reporter="박수인", outlet=None, jurisdiction="29"),
    officials=[L],
    claims=[
        C("AI, 즉 인공지능을 중심으로 한 미래 먹거리와 일자리 창출에 주력하기로 했습니다", None, D, AI + ["jobs"], "plan"),
        C("내년에는 혁신과 소통, 청렴을 바탕으로 인공지능 광주시대를 열겠다고 밝혔습니다", L, D, AI, "plan"),
        C("도시철도 2호선과 광주형 일자리 등 광주시정을 정상궤도에 안착시킨 시기였다며", L, D, ["public-transit", "jobs"], "achievement"),
        C("'인공지능 중심도시'를 시정의 최일선으로 중점 추진하겠다는 겁니다", L, D, AI, "plan"),
        C("4차 산업혁명을 선도하는 인공지능 광주시대를 열어 더 넓은 세계로 더 나은 미래로 나아가겠습니다", L, D, AI, "plan"),
        C("인공지능 집적단지 비전과 추진전략을 발표하고", L, D, AI, "plan"),
        C("광주형 일자리 사업은 최근 착공한 자동차 공장 건립을 차질없이 추진해", L, D,
          ["jobs", "youth-policy", "labor-relations"], "plan"),
        C("도시철도 2호선 건설이 본격화되는 만큼", L, D, ["public-transit"], "plan"),
    ],
    not_claims=["5.18 폄훼*왜곡을 막고 역사 바로세우기에도 매진하기로 했습니다", "한신구 기자의 보도",
                "5.18 민주화운동에도 큰 의미를 부여했습니다", "옛 전남도청 복원도 차질없이 추진하겠다고",
                "역사왜곡 행위에 대한 엄정한 대응과 진상규명조사위원회 조사 활동을 적극적으로 뒷받침하겠습니다."])

# an-05 전주시 전주형 도시재생 (2019-01-14)
D = "2019-01-14"
U = ["urban-regeneration"]
UC = ["urban-regeneration", "citizen-participation"]
G["an-05-domin.txt"] = dict(
    metadata=dict(headline="전주시, 주민 중심의 전주형 도시재생 실현", published="2019-01-14T17:51+09:00",
                  reporter="장정철", outlet=None, jurisdiction="45110"),
    officials=[],
    claims=[
        C("전주시가 주민 중심의 전주형 도시재생을 실현하는데 시정을 집중할 방침이다", None, D, U, "plan"),
        C("14일 시에 따르면 올해 주민 지역 주도 전주형 도시재생 실현을 비전으로 삼고", None, D, UC, "plan"),
        C("시는 주민참여형 도시재생을 실현하기 위해 민관 거버넌스 구축을 중심으로", None, D, UC, "plan"),
        C("새뜰마을사업을 올해까지 완료해", None, D, U, "plan"),
        C("이 사업을 통해 팔복동 추천마을과 교동 승암마을 주민들의 취약한 주거환경을 개선하고", None, D, U, "plan"),
        C("2개 사업이 선정되기도 했다", None, D, U, "achievement"),
        C("시는 올해 서학동예술마을 도시재생 뉴딜사업과", None, D, U, "plan"),
    ],
    not_claims=["전주시, 주민 중심의 전주형 도시재생 실현", "삭제한 댓글은 다시 복구할 수 없습니다."])

# an-06 충남 서천군 출산지원금 (2018-12-31)
D = "2018-12-31"
B = ["childcare-birth"]
G["an-06-seoul.txt"] = dict(
    metadata=dict(headline="충남 서천군 둘째도 200만원 상향 지원", published="2018-12-31T17:21+09:00",
                  reporter="이천열", outlet="서울신문", jurisdiction="44770"),
    officials=[],
    claims=[
        C("충남 서천군이 새해부터 둘째 아이 출산 시 출산지원금을 200만원으로 올려 지원한다", None, D, B, "plan"),
        C("둘째 출산장려금을 150만원에서 50만원 올렸다고 31일 밝혔다", None, D, B, "achievement"),
        C("이에 따라 첫째 100만원, 둘째 200만원, 셋째 300만원을 일시금으로 지급한다", None, D, B, "statement"),
        C("셋째는 매달 5만원의 양육지원금도 3년 동안 지급한다", None, D, B, "statement"),
        C("셋째는 대학 입학금 100만원을 제공한다", None, D, B, "statement"),
        C("산모돌봄비도 의료기관, 산후조리원, 산모도우미로 나눠 140만원 내에서 지원한다", None, D, B, "statement"),
        C("청년이 전입하면 주거비를 지원하는 조례도 만들었다", None, D, ["youth-policy", "housing"], "achievement"),
    ],
    not_claims=["군은 또 인구늘리기 정책으로 전입자에게 개인별로 지역상품권(1만원)을 주고",
                "인구를 늘려 살맛 나는 서천을 만들기 위해 새해에는 전 방위적으로 인구 정책을 펼칠 계획",
                "공무원 인기 시들해진 까닭은?"])

# an-07 충북 청주시 한범덕 주간업무 보고회 (undated; '7일', 2019-10 by content)
H = "han-beom-deok"
G["an-07-cctoday.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="송휘헌", outlet="충청투데이", jurisdiction="43110"),
    officials=[H],
    claims=[
        C("한범덕 청주시장이 7일 주간업무 보고회를 주재하며 미세먼지 대책 추진 총력 등을 주문했다", H, None, ["fine-dust"], "plan"),
        C("미세먼지에 대한 심각성이 대두되고 있는 상황에서", H, None, ["fine-dust", "future-vehicles"], "statement"),
        C("2020년부터 비상저감조치 발령 시 배출가스 5등급 차량에 대한 운행 제한과", H, None, ["fine-dust"], "plan"),
        C("청원생명축제가 아프리카돼지열병과 태풍 ‘미탁’ 등 어려운 여건 속에서도 큰 문제 없이 막을 내렸다", H, None, ["culture-tourism"], "achievement"),
        C("잘된 점과 미흡한 점에 대한 기록을 남겨", H, None, ["culture-tourism"], "plan"),
        C("제19호 태풍 ‘하기비스’가 우리나라에 미치는 영향은 아직 불확실하지만", H, None, ["disaster-safety"], "plan"),
    ],
    not_claims=["저작권자 © 충청투데이 무단전재 및 재배포 금지"])

# an-08 세종시 최민호 정원도시 / 세종의사당 (2024-04-02)
M, D = "choi-min-ho", "2024-04-02"
CP = ["citizen-participation"]
G["an-08-sejongtimes.txt"] = dict(
    metadata=dict(headline="최민호 세종시장, 시민과 함께하는 정원도시 구상 강조", published="2024-04-02T17:02:31+09:00",
                  reporter="강승일", outlet="세종타임즈", jurisdiction="36"),
    officials=[M],
    claims=[
        C("정원도시의 조성에 있어서 시민의 적극적인 협력이 불가피하다고 강조했다", M, D, CP, "plan"),
        C("정원도시 세종을 위한 시민 참여방안 마련을 촉구했다", M, D, CP, "plan"),
        C("정원도시 전문가 양성 및 자격증제 마련과 시민조경사 양성을 제안하며", M, D, CP, "plan"),
        C("정원도시박람회의 단순한 개최가 아니라 마을 단체 등 시민의 참여가 필요하다고 강조했다", M, D,
          ["citizen-participation", "culture-tourism"], "plan"),
        C("국회 세종의사당 건립 일정이 지연되지 않도록 관심을 당부했다", M, D, ["decentralization"], "plan"),
        C("그는 세종시법 개정, 국회 세종의사당 건립, 대통령 제2집무실 건립 등을 통해", M, D, ["decentralization"], "plan"),
    ],
    not_claims=["시민의 적극적인 참여로 정원 속의 도시를 만들어가다", "정원도시 조성 기대효과 등 시민 공감대 높여야",
                "이를 활용하여 마을정원을 조성할 수 있다고 설명했다",
                "시민과 함께 미래를 준비하고 정원도시를 만들어 나갈 것임을 다짐하며"])

# an-09 전남 구례군 어르신 쉼터 (undated; '14일', 2024-07 by content)
S = "kim-sun-ho"
W = ["welfare"]
G["an-09-newdaily.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="46730"),
    officials=[S],
    claims=[
        C("전남 구례군은 미등록 경로당 13개소를 '어르신 쉼터'로 지정하고 현판을 전달했다고 14일 밝혔다", None, None, W, "achievement"),
        C("이 같은 내용을 골자로 한 행복한 노후 대책을 발표했다", None, None, W, "statement"),
        C("구례군은 복지 사각지대에 놓여 있는 미등록 경로당을 전수 조사했다", None, None, W, "achievement"),
        C("이 중 13개소를 어르신 쉼터로 지정해 행정적·재정적 지원을 결정했다", None, None, W, "achievement"),
        C("급식이 가능한 곳에는 양곡 등을 지원할 수 있도록 지난 6월 조례를 개정했다", None, None, W, "achievement"),
        C("구례의 노인 복지는 어르신 한 분, 한 분을 모두 세심하게 아우를 수 있어야 한다", S, None, W, "plan"),
        C("어르신들이 더욱 건강하고 편안하게 노후를 보내실 수 있도록 아낌없이 지원하겠다", S, None, W, "plan"),
    ],
    not_claims=["김순호 군수는 어르신 쉼터를 찾아가 현판을 전달하며",
                "어르신 쉼터(미등록 경로당)란, 경로당 기능을 수행하고 있다",
                "시설과 회원 수 기준을 충족하지 못해 군의 지원을 받지 못하는 소규모 공동 시설을 의미한다"])

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "gold")
os.makedirs(out, exist_ok=True)
total = 0
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
        h.write("\n")
    total += len(g["claims"])
    print(name, len(g["claims"]))
print("total", total)
