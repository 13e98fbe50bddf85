"""Writes set-sa gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os

def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c

G = {}

# sa-01 의성군 통합신공항 유치 신청 (interview 22일, printed 2020-01-23)
K, D, V = "kim-ju-su", "2020-01-22", "2020-01-21"
AP = ["airport-relocation"]
G["sa-01-seoul.txt"] = dict(
    metadata=dict(headline=None, published="2020-01-23", reporter="김상화", outlet="서울신문", jurisdiction="47730"),
    officials=[K],
    claims=[
        C("국방부가 최종 후보지를 슬기롭게 결정할 것으로 기대한다", K, D, AP, "statement"),
        C("통합 신공항 유치를 희망했던 의성군민이 한마음 한뜻으로 투표에 참여하고", K, D, AP, "achievement"),
        C("공동 후보지에 대한 유치 신청서를 국방부에 제출했다", K, D, AP, "achievement"),
        C("투표율과 찬성률을 평균한 점수는 의성군 공동 후보지(비안·소보)가 89.52점", None, V, AP, "achievement"),
        C("투표는 ‘군공항 이전 및 지원에 관한 특별법’과", K, D, AP, "statement"),
        C("이제는 국방부의 최종 결정을 차분히 기다리겠다", K, D, AP, "plan"),
        C("통합 공항 공동 후보지는 대구·경북 21개 시군에서 1시간 이내로 도착 가능하고", K, D, AP, "statement"),
        C("최종 후보지를 결정해 줘야 한다", K, D, AP, "plan"),
        C("통합 신공항이 의성과 군위가 함께 상생하고 공동 발전하는 계기가 되기를 희망한다", K, D, AP, "statement"),
    ],
    not_claims=["김주수 의성군수 인터뷰", "의성 김상화 기자 shkim@seoul.co.kr", "2020-01-23 14면"])

# sa-02 상주시 귀농·귀촌 유치 (승인 2014-05-08 15:10)
D = "2014-05-08"
AG = ["agriculture"]
G["sa-02-shinailbo.txt"] = dict(
    metadata=dict(headline="대한민국 귀농·귀촌 1번지'상주시'", published="2014-05-08T15:10+09:00", reporter="김병식",
                  outlet="신아일보", jurisdiction="47250"),
    officials=[],
    claims=[
        C("상주시가 5년간 1527가구 3,000여명을 유치하는 큰 성과를 거두어", None, D, AG, "achievement"),
        C("전국 최초로 귀농귀촌특별지원팀을 구성하고", None, D, AG, "achievement"),
        C("귀농·귀촌의 정착지로서는 전국에서 가장 좋은 지리적 여권이 갖추고 있기 때문이다", None, D, AG, "statement"),
        C("상주만의 특수시책들을 적극 펼쳐오는 등", None, D, AG, "achievement"),
        C("그 중심에 상주시가 가장 많은 것으로 평가되며", None, D, AG, "achievement"),
    ],
    not_claims=["대한민국 귀농·귀촌 1번지'상주시'", "5년간 귀농·귀촌 1527가구 3000명 유치 성과",
                "상주시 사벌면 묵하지구 전원마을 조감도", "김상태 귀농귀촌특별지원팀장은", "[신아일보=상주/김병식 기자]"])

# sa-03 안동시 권영세 민선7기 3주년 (승인 2021-07-06 21:20)
GW, D = "gwon-yeong-se", "2021-07-06"
G["sa-03-idaegu.txt"] = dict(
    metadata=dict(headline="안동,글로벌 백신시장 허브 ‘자리매김’", published="2021-07-06T21:20+09:00", reporter="지현기",
                  outlet=None, jurisdiction="47170"),
    officials=[GW],
    claims=[
        C("SK바이오사이언스 안동공장 증설, 각종 국제회의 유치 등을 꼽았다", GW, D,
          ["investment-attraction", "medical-industry", "culture-tourism"], "achievement"),
    ],
    not_claims=["안동,글로벌 백신시장 허브 ‘자리매김’", "올 10월 균형발전박람회 개최", "복선 전철로 ‘천만 관광객 시대’",
                "‘유네스코 3대 카테고리’ 전망", "민원행정 등 시책 성적 ‘괄목’",
                "오로지 시민만 바라보며 ‘안동을 더욱 안동답게’ 만들기 위해 달려온 시간이 어느덧 3년이 흘렀습니다",
                "열린 마음으로 듣고, 가슴으로 소통하며",
                "마주하는 모든 이들과 소통하고 화합하여",
                "경북 민원행정 추진실적 평가에서 대상, 규제개혁평가 3년 연속 대상"])

# sa-04 경남도 2016 신년인사회 (2016-01-04)
H, D = "hong-joon-pyo", "2016-01-04"
G["sa-04-maeil.txt"] = dict(
    metadata=dict(headline='경남도 신년인사회…홍준표 "불평·불만으로 세상 못 바꿔"', published="2016-01-04", reporter="박동욱",
                  outlet="매일일보", jurisdiction="48"),
    officials=[H],
    claims=[
        C("남는 재원을 경남미래 50년 사업과 서민복지에 투자할 방침이다", None, D, ["welfare"], "plan"),
        C("남부내륙철도, 항공 국가산단, 한방 항노화 산업, 초전신도심 개발, 지리산 산지관광특구", None, D,
          ["public-transit", "medical-industry", "culture-tourism"], "plan"),
    ],
    not_claims=['경남도 신년인사회…홍준표 "불평·불만으로 세상 못 바꿔"',
                "취임 전 15위였던 정부 청렴도 평가에서 지난해 2위를 차지하고",
                "재정건전성에서 (전국 광역 지자체 가운데) 압도적인 1위를 하는 큰 성과를 거뒀다",
                "경남도는 이날 신년인사회에서 올해 도정 방향을 밝혔다",
                "3개 국가산단에 대한 모든 행정절차를 완료한 뒤 내년에는 착공에 들어가고",
                "불평과 불만, 자기 비하만으로 세상을 바꿀 수는 없다"])

# sa-05 김경수 지사 스마트팩토리 엑스포 (2018-09-08; 방문 지난 7일)
KG, D, E = "kim-gyeong-su", "2018-09-08", "2018-09-07"
FI = ["fourth-industrial-revolution"]
G["sa-05-gnnews.txt"] = dict(
    metadata=dict(headline="김 지사 “제조혁신에 ICT기업 동참”당부", published="2018-09-08", reporter="정만석",
                  outlet="경남일보", jurisdiction="48"),
    officials=[KG],
    claims=[
        C("“경남의 제조혁신에 ICT(정보통신기술) 기업들의 동참”을 당부했다", KG, E, FI, "plan"),
        C("경남도의 중점 사업인 경남형 스마트공장 보급 확산 계획 발표 이후 개최한 행사인 만큼", None, D, FI, "statement"),
        C("스마트공장 도입을 통한 제조업 혁신이 필수적", KG, E, FI, "plan"),
        C("스마트공장 구축 ICT 기업이 경남도 제조혁신에 적극 동참하여 줄 것", KG, E, FI, "plan"),
    ],
    not_claims=["김 지사 “제조혁신에 ICT기업 동참”당부", "창원컨벤션센터서 열린 엑스포서 강조",
                "스마트팩토리 산업을 주도하는 세계 전문 기업들과 전문가들이 대거 참가했다",
                "스마트공장 솔루션을 전시 및 시연하는 행사가 진행됐다", "정만석기자 wood@gnnews.co.kr"])

# sa-06 양산도시철도 기본계획변경 승인 (undated)
PT = ["public-transit"]
G["sa-06-ysnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="양산시민신문", jurisdiction="48330"),
    officials=[],
    claims=[
        C("양산도시철도 기본계획변경을 국토교통부에서 지난달 26일 승인 고시했다", None, None, PT, "achievement"),
        C("양산도시철도 기본계획 변경 공청회를 개최하고", None, None, PT, "achievement"),
        C("도시철도 노선연장이 12.51km에서 11.431km로 축소하고", None, None, PT, "statement"),
        C("오는 9월 국토교통부에 사업계획승인을 신청할 예정이며", None, None, PT, "plan"),
        C("한국토지주택공사(LH) 등과 사업비 분담을 위한 협상에 착수한다", None, None, PT, "plan"),
    ],
    not_claims=["ⓒ 양산시민신문"])

# sa-07 완도군 해양치유 산업화 (2021-01-18 23:30; 밝혔다 18일)
D = "2021-01-18"
MI = ["medical-industry"]
G["sa-07-kwangju.txt"] = dict(
    metadata=dict(headline="완도군 해양치유 산업화 시동…4대 분야 추진", published="2021-01-18T23:30+09:00", reporter=None,
                  outlet=None, jurisdiction="46890"),
    officials=[],
    claims=[
        C("완도군은 2021년을 ‘해양치유 산업화 원년’으로 정하고 4대 중점 분야를 추진한다고", None, D, MI, "plan"),
        C("중점 추진 분야는 ▲공공시설 인프라 구축", None, D, MI + ["investment-attraction"], "plan"),
        C("실질적인 혜택이 주어지는 산업화에 무게를 둔다는 게 완도군의 계획이다", None, D, MI, "plan"),
        C("해양치유센터는 12월 준공할 계획이다", None, D, MI, "plan"),
        C("청산 해양치유공원(11월) 올해 내 준공 예정이다", None, D, MI, "plan"),
        C("이를 운영할 해양치유공단도 10월 설립한다", None, D, MI, "plan"),
        C("해양치유 프로그램도 횟수를 늘려 연중 운영할 계획이다", None, D, MI, "plan"),
        C("12개 읍면을 찾아가는 해양치유 프로그램도 24회까지 확대할 방침이다", None, D, MI, "target"),
        C("해양치유 관광객들을 위한 해조류산업 관광 프로그램과", None, D, MI + ["culture-tourism"], "plan"),
        C("해양치유 호텔&리조트와 해양치유레지던스 등 민간투자 유치는", None, D,
          MI + ["investment-attraction", "culture-tourism"], "statement"),
        C("해조류 소재 해양바이오산업을 적극 육성해", None, D, MI, "plan"),
    ],
    not_claims=["완도군 해양치유 산업화 시동…4대 분야 추진", "해양치유공단 설립…공공시설 인프라 구축·민자 유치 활성화 등",
                "완도군은 지난해 약산면에서 찾아가는 해양치유 프로그램을 운영했다", "노르딕워킹 프로그램에 참여한 지역주민들"])

# sa-08 이상철 곡성군수 인터뷰 (undated)
L = "lee-sang-cheol"
G["sa-08-chosun.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="46720"),
    officials=[L],
    claims=[
        C("경쟁 교육에 지친 도시인들을 ‘농촌 유학’으로 맞아들이고", L, None,
          ["education", "youth-policy", "housing", "jobs"], "plan"),
        C("가장 역점을 두고 있는 것은 농촌 유학 활성화다", L, None, ["education"], "statement"),
        C("체험과 거주를 결합한 농촌 유학 플랫폼을 구축하고 있다", L, None, ["education"], "statement"),
        C("권역별로 ‘유학 마을’을 조성 중이다", L, None, ["education"], "statement"),
        C("생태·예술·4차산업 등 다채로운 교육 프로그램을 제공한다", L, None, ["education"], "statement"),
        C("내년부터 청년 정착 지원금을 지급하려고 한다", L, None, ["youth-policy"], "plan"),
        C("기업을 유치해 일자리를 만들기 위해 옥과면에 농공단지도 조성한다", L, None,
          ["investment-attraction", "jobs"], "plan"),
        C("청년 스마트빌리지 등을 조성하려고 한다", L, None, ["youth-policy"], "plan"),
        C("청년 100~1000명이 활동하는 마을을 뜻한다", L, None, ["youth-policy"], "statement"),
        C("공유 오피스·스마트팜 등을 조성해 아이디어를 사업화할 수 있도록 돕겠다", L, None,
          ["youth-policy", "housing", "startup-support", "agriculture"], "plan"),
        C("이들 사업에 최근 확보한 소멸대응기금 168억원을 투입한다", L, None, ["youth-policy"], "plan"),
    ],
    not_claims=["전국 인구 감소 지역 89곳 중에서도 ‘인구 소멸 고위험’ 지역으로 분류된다",
                "’인구 소멸 위험’을 극복할 전략이 시급하다", "청년 유입책이 있는가",
                "젊은이들이 떠나지 않도록 하는 것도 중요하다", "를 꿈꾸는 이들이 많아졌다",
                "관광 분야도 도약이 필요하다", "대표적 관광 자원인 섬진"])

# sa-09 광양 정인화 민선8기 3년 (입력 2025-06-27 14:01:56)
J, D = "jeong-in-hwa", "2025-06-27"
ET = ["energy-transition"]
G["sa-09-ysmbc.txt"] = dict(
    metadata=dict(headline="민선 8기 광양) 철강·이차전지 위기, 산업 혁신 주력", published="2025-06-27T14:01:56+09:00",
                  reporter="유민호", outlet="여수MBC", jurisdiction="46230"),
    officials=[J],
    claims=[
        C("이차전지 소재와 수소가 양대 축입니다", None, D, ET, "statement"),
        C("재자원화와 AI 기반 실증환경 구축을 통해 기술력과 산업 경쟁력을 더욱 높이겠습니다", J, D,
          ["fourth-industrial-revolution"], "plan"),
        C("광양시 1호 공약이었던 수소환원제철 기술 전환 지원을 적극 요청하겠다고 말했습니다", J, D, ET, "plan"),
        C("철강을 생산할 때 쓰는 석탄을 수소로 대체하는 방식인데", None, D, ET, "statement"),
        C("수소환원제철 기술을 하루빨리 앞당길 수 있도록 지원해 달라는 것", J, D, ET, "plan"),
    ],
    not_claims=["민선 8기 광양) 철강·이차전지 위기, 산업 혁신 주력", "광양시는 신산업을 통한 혁신에 주력할 계획입니다",
                "인구가 증가한 것을 성과로 꼽았으며", "산업 혁신을 통한 경제 대도약을 강조했습니다",
                "철강 관세 이 문제를 좀 해결해 달라는 것을", "정 시장은 안정적 일자리",
                "연속 보도, 두 번째 순서는 광양시입니다"])

os.makedirs('/work/blind/set-sa/gold', exist_ok=True)
n = 0
for art, g in G.items():
    out = {"article": art, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    n += len(g["claims"])
    with open('/work/blind/set-sa/gold/' + art + '.json', 'w', encoding='utf-8') as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
    print(art, len(g["claims"]))
print("total claims", n)
