"""Writes gold/*.json for set-fb from the compact tables below (annotated by hand)."""
import json, os
D = '/work/blind/set-fb/gold/'
os.makedirs(D, exist_ok=True)
def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c
G = {}
d = "2018-07-23"
G["fb-01-okcb.txt"] = dict(
    metadata=dict(headline="충북도, 6개 기업과 오송에 1080억원 투자 이끌어", published="2018-07-23T12:03+09:00",
                  reporter="이진호", outlet="충북넷", jurisdiction="43"),
    officials=["lee-si-jong", "lee-beom-seok"],
    claims=[
        C("충북 바이오기업유치추진단이 오송 바이오밸리 내 6개 기업 1080억원 규모 투자를 이끌어냈다", None, d, ["investment-attraction", "medical-industry"], "achievement"),
        C("생산기반구축을 결정한 ㈜지투지바이오 등 6개 바이오기업과 투자협약을 체결했다", None, d, ["investment-attraction", "medical-industry"], "achievement"),
        C("연합해 바이오기업투자유치추진단을 구성했다", None, d, ["investment-attraction", "medical-industry"], "achievement"),
        C("추진단은 기업유치 활동에 집중한 결과 한 달 만에 6개 업체와 투자협약을 이끌어내는 성과를 거뒀다", None, d, ["investment-attraction"], "achievement"),
        C("이들 기업은 오송 바이오밸리 내 1080억원을 투자할 계획으로 총 223명의 일자리 창출이 기대되고 있다", None, d, ["investment-attraction", "medical-industry", "jobs"], "plan"),
        C("이번 협약을 체결한 기업이 혁신기술을 통해 치매, 노화에 대한 두려움을 없애고", None, d, ["investment-attraction", "medical-industry"], "statement"),
    ],
    not_claims=["이날 협약식에는 이시종 도지사, 이범석 청주부시장, 각 업체 대표 등이 참석한 가운데",
                "참석자들이 기념사진을 찍고 있다", "충북도, 6개 기업과 오송에 1080억원 투자 이끌어"])
d = "2019-03-14"; Y = "yang-seung-jo"
G["fb-02-cctoday.txt"] = dict(
    metadata=dict(headline="양승조 지사, 임산부 만나 ‘아이 키우기 좋은 충남’ 약속", published="2019-03-14T20:07+09:00",
                  reporter="이권영", outlet="충청투데이", jurisdiction="44"),
    officials=[Y],
    claims=[
        C("‘아이 낳고 키우기 좋은 충남’ 만들기에 온 힘을 다하겠다고 강조했다", Y, d, ["childcare-birth"], "plan"),
        C("내년 우리나라 출생아 수가 20만 명대까지 하락할 것으로 예상되며, 충남의 합계출산율은 1.19명에 머물고 있다", Y, d, ["childcare-birth"], "statement"),
        C("지역적으로나 국가적으로나 절체절명의 위기상황", Y, d, ["childcare-birth"], "statement"),
        C("출산과 양육, 주거와 일자리 등 다양한 정책들을 종합적으로 연계해 출산 친화적인 문화와 구조를 모범적으로 정착시켜 나갈 것", Y, d, ["childcare-birth", "housing", "jobs"], "plan"),
    ],
    not_claims=["‘두근두근 임신·육아 자선 콘서트’에 참석했다",
                "들무새봉사단이 건강한 임신·출산을 위한 올바른 정보 제공과 출산친화 분위기 조성 등을 위해 연 이날 행사에는",
                "양승조 지사, 임산부 만나 ‘아이 키우기 좋은 충남’ 약속"])
d = "2020-10-21"; K = "kim-yung-rok"
G["fb-03-kjmbc.txt"] = dict(
    metadata=dict(headline="신안 해상풍력발전단지 사업, 전북도와 협력 추진", published="2020-10-21T20:20+09:00",
                  reporter="김진선", outlet="광주MBC", jurisdiction="46"),
    officials=[K],
    claims=[
        C("전남도가 신안 해상 풍력발전단지 사업과 관련해 전라북도와 협력을 추진할 방침입니다", None, d, ["energy-transition"], "plan"),
        C("초광역권 사업으로 추진하면 국가지원 등을 받는데 유리할 것으로 판단한다며 전북도지사에게 협력을 제안했다고 밝혔습니다", K, d, ["energy-transition", "decentralization"], "plan"),
        C("인력수급과 교육체계도 마련하고, 어민 피해 보상 등을 통해 주민들과 이익을 공유하겠다고 강조했습니다", K, d, ["energy-transition", "jobs", "agriculture"], "plan"),
    ],
    not_claims=["신안 해상풍력발전단지 사업, 전북도와 협력 추진"])
P = "park-yong-gap"
G["fb-04-daejonilbo.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김용언", outlet="대전일보", jurisdiction="30140"),
    officials=[P],
    claims=[
        C("대전 중구 도시재생 뉴딜사업이 속도를 내고 있다", None, None, ["urban-regeneration"], "statement"),
        C("중촌동에 주민 공동문화·육아 공간, 맞춤패션 플랫폼, 청년 창업 인큐베이터", None, None, ["urban-regeneration", "childcare-birth", "startup-support", "youth-policy", "culture-tourism"], "plan"),
        C("현재 주민 의견 수렴이 진행 중이며 매달 주민협의체 정기회의가 열리고 있다", None, None, ["urban-regeneration", "citizen-participation"], "statement"),
        C("구는 하반기 주민 문화·복지에 필요한 추가 부지를 확보할 계획이다", None, None, ["urban-regeneration", "culture-tourism", "welfare"], "plan"),
        C("대전시 도시재생위원회 의견을 수정·보완해 올 연말 최종 선정될 수 있도록 총력을 기울이고 있다", None, None, ["urban-regeneration"], "statement"),
        C("유천시장 활성화, 공영주차장 환경개선, 특화거리 조성, 마을 문화자산 정비 등을 추진할 계획이다", None, None, ["urban-regeneration", "small-merchants", "culture-tourism"], "plan"),
        C("뉴딜사업은 주민과의 소통이 가장 중요하다", P, None, ["urban-regeneration", "citizen-participation"], "statement"),
        C("사업이 마무리 될 때까지 주민 의견을 적극 수렴하겠다", P, None, ["urban-regeneration", "citizen-participation"], "plan"),
    ],
    not_claims=["대전 중구청 전경."])
d = "2024-10-24"; SM = ["small-merchants"]
G["fb-05-sejongilbo.txt"] = dict(
    metadata=dict(headline="세종 여민전, 내달 초 발행 마감… 소상공인 지원 계속", published="2024-10-24",
                  reporter="배진우", outlet=None, jurisdiction="36"),
    officials=[],
    claims=[
        C("세종시는 24일 내달 초 2024년도 일반발행 여민전 판매가 마감될 예정이라고 밝혔다", None, d, SM, "statement"),
        C("올해 목표 발행액은 2480억 원이며, 지난 20일까지 2337억 원이 발행됐다", None, d, SM, "target"),
        C("세종시는 민생 안정을 위해 여민전 사업을 지속해왔다", None, d, SM, "achievement"),
        C("여민전은 월 40만 원의 구매 한도와 7% 할인율을 적용해 매달 8만 5천 명 이상의 시민이 혜택을 누렸다", None, d, SM, "achievement"),
        C("시 관계자는 내달 초 발행이 모두 소진되면 내년 초까지 판매가 일시 중단될 것으로 전망했다", None, d, SM, "statement"),
        C("이미 구매한 여민전의 결제 및 캐시백 지급은 정상적으로 진행된다", None, d, SM, "statement"),
        C("출산축하금, 아빠장려금 등 정책발행 여민전은 판매 마감과 상관없이 발행·사용이 가능하다", None, d, ["small-merchants", "childcare-birth"], "statement"),
        C("여민전 결제 시 추가 캐시백(8%)도 올해 예산 소진 시까지 계속될 예정이다", None, d, SM, "plan"),
        C("시는 여민전 발행이 중단되는 동안 골목상권 활성화를 위해 공공기관과 소상공인 단체와 협력할 계획이다", None, d, SM, "plan"),
        C("우리시는 인근 지자체보다 더 많은 혜택을 제공해왔다", None, d, SM, "achievement", "이승원"),
        C("여민전 발행이 잠시 중단되더라도 시민 불편을 최소화하고 내년도 운영을 철저히 준비하겠다", None, d, SM, "plan", "이승원"),
    ],
    not_claims=["세종 여민전, 내달 초 발행 마감… 소상공인 지원 계속"])
d = "2025-04-01"; KI = "kim-i-gang"; DC = ["dementia-care"]
G["fb-06-wikitree.txt"] = dict(
    metadata=dict(headline="광주시 서구, ‘치매 안심도시’ 조성에 박차", published="2025-04-01T16:10+09:00",
                  reporter="노해섭", outlet="위키트리", jurisdiction="29140"),
    officials=[KI],
    claims=[
        C("금호1동을 치매 안심마을로 지정하는 등 치매 안심도시 조성을 위해 박차를 가한다", None, d, DC, "plan"),
        C("1일 ‘서구기억해온단’ 위촉식에는 치매 전문 자원봉사자 60명이 참석했다", None, d, DC, "achievement"),
        C("치매에 대한 거부감과 불안감 해소에 앞장설 예정이다", None, d, DC, "plan"),
        C("또한 서구는 오는 4일 금호1동을 세 번째 치매 안심마을로 지정하고 현판식을 진행한다", None, d, DC, "plan"),
        C("집중 치매 조기검진과 치매 인식 개선을 위한 다양한 프로그램을 운영하는 한편", None, d, DC, "plan"),
        C("앞서 서구는 상무2동, 풍암동도 치매 안심마을로 지정해 운영하고 있다", None, d, DC, "achievement"),
        C("치매는 환자와 가족만의 문제가 아닌 우리 모두가 함께 풀어 가야 할 사회적 문제인 만큼", KI, d, DC, "statement"),
        C("치매에 대한 부정적 인식을 개선하고 치매 걱정 없이 더불어 살기 좋은", KI, d, DC, "plan"),
    ],
    not_claims=["치매자원봉사단 발족, 다양한 치매 예방 프로그램 제공", "상무1·풍암동 이어 금호1동 치매 안심마을로 지정"])
d = "2025-06-30"; PH = ["public-health"]
G["fb-07-kbs.txt"] = dict(
    metadata=dict(headline="오영훈 도정 3년…성과와 과제는?", published="2025-06-30T18:59+09:00",
                  reporter="안서연", outlet="KBS", jurisdiction="50"),
    officials=["oh-young-hun"],
    claims=[
        C("앞으로는 집 근처 병원 주치의로부터 방문이나 전화 상담 등을 통해 맞춤형 건강 관리를 받을 수 있게 됐습니다", None, d, PH, "achievement"),
        C("전국 최초로 시행되는 '제주형 건강주치의' 제도 덕분입니다", None, d, PH, "achievement"),
        C("이르면 오는 10월부터 7개 읍면동 지역에서 시범 운영하는데", None, d, PH, "plan"),
        C("도민들의 건강도 관리하고 질병도 예방할 수 있는 그런 주치의를 두게 되면", None, d, PH, "statement", "조상범"),
        C("도민들의 숙원이던 상급종합병원 지정에도 청신호가 켜졌습니다", None, d, PH, "statement"),
        C("상장기업 20개를 유치·육성하겠다고 약속했지만 유치한 기업은 한 곳도 없습니다", None, d, ["investment-attraction"], "criticism"),
        C("이에 따라 제주도는 18개 기업의 상장을 지원하고 있지만, 불투명한 상황입니다", None, d, ["investment-attraction"], "criticism"),
    ],
    not_claims=["민선 8기 오영훈 제주도정이 출범한 지 3년이 흘렀습니다",
                "핵심 공약으로 내건 임기 내 '15분 도시 조성'도 가시적인 성과는 없습니다",
                "하지만 침체된 경제는 좀처럼 살아날 기미를 보이지 않고 있습니다"])
G["fb-08-starnews.txt"] = dict(
    metadata=dict(headline="전라북도, 이차전지 특화단지 유치위해 총력전", published="2023-06-01T13:54+09:00",
                  reporter="채준", outlet=None, jurisdiction="45"),
    officials=["kim-gwan-yeong"],
    claims=[
        C("최근 3년간 이차전지 관련 7조원의 기업 투자가 이루어졌다며 새만금이 이차전지 관련 최적의 땅이다", "kim-gwan-yeong", "2023-06-01", ["investment-attraction"], "achievement"),
    ],
    not_claims=["전라북도가 최대 현안인 '새만금 이차전지 특화단지' 유치를 위해 총력전을 펼치고 있다",
                "특화단지가 유치되면, 전북은 비상할 것이다",
                "도전경성의 자세로 마지막까지 도민과 함께 최선을 다해 반드시 이뤄낼 것이다",
                "특화단지 결과는 국가첨단전략산업위원회 심의의결"])
d = "2018-03-06"; PT = ["public-transit"]
G["fb-09-domin.txt"] = dict(
    metadata=dict(headline="익산시 행복콜택시 확대 운행", published="2018-03-06T15:05+09:00",
                  reporter="문일철", outlet=None, jurisdiction="45140"),
    officials=[],
    claims=[
        C("오는 12일부터 9개 읍면동 29개 마을로 확대 운영할 계획이다", None, d, PT, "plan"),
        C("운전자가 추가 모집되는 대로 확대 실시할 방침이다", None, d, PT, "plan"),
        C("행복콜택시는 주민들이 500원만 내면 버스가 많이 다니는 읍면동 소재지까지 이동할 수 있다", None, d, PT, "statement"),
        C("상반기내 대상마을 주민들이 혜택을 받을 수 있도록 최선을 다하겠다", None, d, PT, "plan", "김진성"),
    ],
    not_claims=["익산시 행복콜택시 확대 운행"])
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(D + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G), sum(len(g["claims"]) for g in G.values()))
