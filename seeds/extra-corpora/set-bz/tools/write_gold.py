"""Writes set-bz gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)


G = {}

# bz-01 군산 상반기 일자리 (승인 2019-07-29 16:28; no event day -> publication day)
D = "2019-07-29"
JY = ["jobs", "youth-policy", "startup-support"]
G["bz-01-domin.txt"] = dict(
    metadata=M("군산시 올 상반기 1만5천689명에게 일자리 제공", "2019-07-29T16:28+09:00", "정준모", None, "45130"),
    officials=[],
    claims=[
        C("군산시가 올 상반기 1만5천개 이상 일자리를 창출한 것으로 조사됐다", None, D, ["jobs"], "achievement"),
        C("일자리 창출은 민선 7기 군산시 최우선 시책이다", None, D, ["jobs"], "statement"),
        C("올 상반기 일자리 창출 인원 목표를 1만5천53명으로 정하고 행정력을 집중했다", None, D, ["jobs"], "target"),
        C("청년·신산업·시민밀착·창업·맞춤형 일자리를 5대 전략으로 수립하고 신규 일자리 창출에 매진했다", None, D, JY, "achievement"),
        C("이 결과 청년일자리 322명, 신산업 일자리 2천846명", None, D, JY, "achievement"),
        C("하반기 청년창업지원센터 운영과 고용위기지역 희망근로사업 등 공공일자리 창출을 적극 추진할 계획이다", None, D, JY, "plan"),
        C("전기차 산업에 관한 상생형 지역일자리 모델을 발굴해 양질의 일자리를 만드는 데 총력을 쏟기로 했다", None, D,
          ["jobs", "future-vehicles"], "plan"),
        C("양적인 일자리 증대는 물론 질적 개선으로 지속 가능한 자립형 일자리 창출을 위해 최선을 다하겠다", None, D, ["jobs"], "plan",
          name="오국선"),
    ],
    not_claims=["군산시 올 상반기 1만5천689명에게 일자리 제공", "경기가 조금씩 좋아질 것이란 기대감이 커지고 있다", "군산=정준모 기자"])

# bz-02 익산 청년친화헌정대상 (15일 밝혔다; caption date 2025.09.15)
J, D = "jeong-heon-yul", "2025-09-15"
Y = ["youth-policy"]
G["bz-02-newspim.txt"] = dict(
    metadata=M(None, "2025-09-15", "이백수", "뉴스핌", "52140"),
    officials=[J],
    claims=[
        C("청년친화헌정대상 종합대상을 수상했다고 15일 밝혔다", None, D, Y, "achievement"),
        C("다양한 분야에서 균형 잡힌 청년 정책을 펼친 결과다", None, D, ["youth-policy", "jobs", "startup-support", "housing"], "achievement"),
        C("청년경제국과 청년일자리과를 신설하는 조직 개편을 단행해 청년 정책 추진의 전문성을 강화했다", None, D, Y, "achievement"),
        C("신규 사업을 제2회 추가경정예산에 반영해 청년 인구 유입을 적극 도모했다", None, D, Y, "achievement"),
        C("이달 중 익산청년시청 누리집 내 정책제안소를 개설하는 등", None, D, ["youth-policy", "citizen-participation"], "plan"),
        C("이번 수상은 직원들의 노력과 시민들의 관심이 함께 만든 성과", J, D, Y, "achievement"),
        C("앞으로도 청년이 머물고 도전하며 함께 성장할 수 있는 위대한 도시 익산을 만들기 위해 최선을 다하겠다", J, D, Y, "plan"),
    ],
    not_claims=["이 상은 청년을 위한 정책, 입법, 소통 등에서 탁월한 성과를 낸 지방자치단체에 매년 수여된다",
                "익산시의 청년 친화도시 조성 성과가 전국에서 인정받았다.[사진=익산시]",
                "[익산=뉴스핌] 이백수 기자"])

# bz-03 남원 이환주 신년 관광 (승인 2020-01-04 15:36; no event day)
L, D = "lee-hwan-ju", "2020-01-04"
T = ["culture-tourism"]
G["bz-03-tournews21.txt"] = dict(
    metadata=M("이환주 남원시장, “전통과 미래 공존하는 관광인프라 역점 구축하겠다”", "2020-01-04T15:36+09:00", "유경훈", None, "45190"),
    officials=[L],
    claims=[
        C("올해 문화관광 역점사업으로 ‘전통과 미래가 공존하는 관광인프라 구축’을 중점 추진하겠다고 말했다", L, D, T, "plan"),
        C("도심권 관광과 산악관광을 활성화하기 위한 투트랙(two-track) 전략을 올해 더욱 본격적으로 실행시켜 관광산업화를 적극 추진할 계획이라고 설명했다",
          L, D, T, "plan"),
        C("먼저 도심권 관광 인프라 구축을 위해 광한루 주변 관광개발에 집중할 계획이다", L, D, T, "plan"),
        C("‘명창의 여정’ 등이 3월 개관을 목전에 두고 있", None, D, T, "plan"),
    ],
    not_claims=["다양안 현안사업을 힘차게 추진한다",
                "남원의 지속 가능한 발전과 재도약을 위해 행정을 집중하겠다고 밝혔다",
                "문화와 관광은 그 도시의 수준을 가늠할 수 있는 척도로써 도시의 또 다른 경쟁력이기도 하다",
                "풍부한 역사와 문화자원을 갖고 있다"])

# bz-04 완주 수소산업 자문단 (undated text: '9일' only -> all dates null)
P = "park-seong-il"
H = ["energy-transition"]
G["bz-04-jjan.txt"] = dict(
    metadata=M("완주군, 수소 자문단 위촉", None, None, None, "45710"),
    officials=[P],
    claims=[
        C("수소경제 활성화 차원에서 관련 생태계 조성에 힘을 모아가기로 했다", None, None, H, "plan"),
        C("완주군의 현황에 맞는 현실적이고 체계적인 수소산업 육성 계획을 세우게 된다", None, None, H, "plan"),
        C("4대 분야에서 자문단의 향후 역할이 크게 기대된다", None, None, H, "statement"),
        C("완주군은 지난해 12월 국토부로부터 수소 시범도시로 선정됐으며", None, None, H, "achievement"),
        C("‘수소특화 국가산단’ 조성을 정부에 강력히 건의하고 있으며", None, None,
          ["energy-transition", "investment-attraction", "future-vehicles"], "plan"),
        C("수소 시범도시는 수소경제의 중요성과 우리가 가야할 길을 알려주고 있다", P, None, H, "statement"),
        C("정부의 그린뉴딜 정책에 부합할 수 있는 완주형 미래산업 백년지대계를 세워나갈 것", P, None,
          ["energy-transition", "climate-carbon"], "plan"),
    ],
    not_claims=["이날 자문단 위촉식에는 수소 생산·저장·활용 등 수소산업 전주기 분야를 대표하는",
                "이날 위촉된 자문위원은 우석대 이홍기 교수"])

# bz-05 정읍 출산축하금 확대 (date line 2021-05; '31일 밝혔다' -> 2021-05-31)
U, D = "yu-jin-seop", "2021-05-31"
B = ["childcare-birth"]
G["bz-05-asiae.txt"] = dict(
    metadata=M(None, "2021-05", "김재길", "아시아경제", "45180"),
    officials=[U],
    claims=[
        C("오는 7월부터 출산과 양육의 부담을 줄이기 위해 ‘출산축하금’ 지원을 확대한다고 31일 밝혔다", None, D, B, "plan"),
        C("출생축하금은 첫째 200만원, 둘째 300만원, 셋째 500만원, 넷째 이상은 1000만원이다", None, D, B, "statement"),
        C("출산가정의 경제적 부담을 줄여줄 것으로 예상된다", None, D, B, "statement"),
        C("지원 조건은 신생아 출생일을 기준으로", None, D, B, "statement"),
        C("분할지급 대상자가 지원금 지급 기간동안 타 시군으로 전출할 경우 전출한 달부터 지원금을 지급하지 않는다", None, D, B, "statement"),
        C("신청은 자녀 출생등록 시 구비서류를 가지고", None, D, B, "statement"),
        C("임신·출산·양육을 위한 다양한 지원책을 펼치고 있다", None, D, B, "statement"),
        C("장난감 대여점과 공동육아나눔터 등 아동과 가족을 위한 사회서비스 공간도 운영하고 있다", None, D, B, "statement"),
        C("자녀 양육 부담으로 출산을 기피하는 가정에 조금이나마 도움이 되길 바란다", U, D, B, "statement"),
        C("앞으로도 양육에 대한 부담을 덜 수 있도록 경제적 지원은 물론 사회서비스 부문에 대한 지원책도 점차 확대해 나갈 것이다", U, D, B, "plan"),
    ],
    not_claims=["호남취재본부 김재길 기자 gjg7070@asiae.co.kr"])

# bz-06 부안 권익현 간부회의 (입력 2025-12-15 16:06; '15일' = same day)
K, D = "gwon-ik-hyeon", "2025-12-15"
E = ["energy-transition"]
G["bz-06-fnnews.txt"] = dict(
    metadata=M("권익현 군수 \"정부 정책 변화, 부안 성장 기회로 연결해야\"", "2025-12-15T16:06+09:00", "고석중", "뉴시스", "52800"),
    officials=[K],
    claims=[
        C("15일 간부회의를 열고 '정부의 해상풍력 인프라 확충 정책'과", K, D, E, "plan"),
        C("정부가 해상풍력 발전추진단을 신설하고 연간 4GW 보급 역량 확보를 목표로", K, D, E, "statement"),
        C("이는 부안군이 추진 중인 해상풍력 연계 신재생에너지 전략을 구체화할 중요한 기회", K, D, E, "statement"),
        C("부안 해역이 전북권 대표 지원 거점으로 검토될 수 있도록", K, D, E, "plan"),
        C("지역 실정에 맞는 상생 모델을 조기에 정립할 필요성이 있다", K, D, E, "plan"),
        C("겨울철 대설·한파 대비 제설 장비 점검과 비상", K, D, ["disaster-safety"], "plan"),
    ],
    not_claims=["정부 정책 변화, 부안 성장 기회로 연결해야", "해상풍력 인프라·국비 대응 선제 준비 주문",
                "군정과 연계할 수 있는 신규 사업과 국비 대응 과제를 선제적으로 발굴해 달라",
                "선정 과정의 공정성과 투명성을 철저히 확보하고", "*재판매 및 DB 금지"])

# bz-07 광주 광산구 동 복지기능 강화 평가 대상 (no date in the text -> dates null)
N = "min-hyeong-bae"
W = ["welfare"]
G["bz-07-asiae.txt"] = dict(
    metadata=M("광주시 광산구, 동 복지 역량 전국 ‘최고’", None, "노해섭", "아시아경제", "29200"),
    officials=[N],
    claims=[
        C("동의 복지기능을 강화하는 정책이 전국 최고점을 받았다", None, None, W, "achievement"),
        C("읍·면·동 복지기능강화 부문 대상과 포상금 5천만 원을 받게 된 것이다", None, None, W, "achievement"),
        C("동 복지기능 강화는 투게더광산과 함께 현장을 중시하는 광산구의 복지 핵심 정책이다", None, None, W, "statement"),
        C("풍성한 ‘복지 곳간’으로 육성한다는 것이 광산구의 목표다", None, None, W, "plan"),
        C("올해 초 운영한 복지 전달체계 개편 TF의 제안을 받아들였다", None, None, W, "achievement"),
        C("22명으로 늘린 복지인력 중 19명을 동에", None, None, W, "achievement"),
        C("지난 7월 전면 실시한 맞춤형급여에 대비해 주거복지팀을 신설했다", None, None, ["welfare", "housing"], "achievement"),
        C("베테랑 공무원을 복지코디네이터로 선정해 복지 수요가 많은 15개 동에 배치했다", None, None, W, "achievement"),
        C("필요한 지원 또는 부서로 연계하는 업무를 담당하고 있다", None, None, W, "statement"),
        C("통장을 복지매니저로 위촉해 어려운 상황에 처한 주민의 발굴 빈도를 높이고", None, None, W, "achievement"),
        C("어려운 주민의 생활을 살피는 것은 이런 노력의 결과다", None, None, W, "achievement"),
        C("주민 삶의 질 향상으로 이어진다는 믿음을 안팎의 평가로 인정받았다", N, None, W, "achievement"),
        C("광산 복지의 최일선이자 허브 역할을 하도", N, None, W, "plan"),
    ],
    not_claims=["광주시 광산구, 동 복지 역량 전국 ‘최고’", "민형배 광주시 광산구청장"])

# bz-08 광주 북구 탄소중립 시책 (입력 2025-01-16 18:25; '16일 북구에 따르면')
MI, D = "mun-in", "2025-01-16"
CC = ["climate-carbon"]
G["bz-08-gwangnam.txt"] = dict(
    metadata=M("광주 북구, 기후 위기 대응 고삐 당긴다", "2025-01-16T18:25+09:00", None, None, "29170"),
    officials=[MI],
    claims=[
        C("지역민과 함께 하는 탄소중립 시책을 추진해 기후 위기 대응에 박차를 가한다", None, D, CC, "plan"),
        C("‘탄소중립 실천가게 선정·지원’ 등 주민 참여형 신규 시책사업을 추진한다", None, D, CC, "plan"),
        C("평두메습지의 생태적 가치와 기후 위기의 심각성을 공유하고자 마련됐다", None, D, CC, "statement"),
        C("습지 보존의 중요성에 관심을 가질 수 있도록 다음달 중 추진된다", None, D, CC, "plan"),
        C("탄소중립 실천가게 지원은 기후 변화의 주요 원인인 온실가스 감축을 목표로", None, D, ["climate-carbon", "small-merchants"], "plan"),
        C("소상공인의 온실가스 배출 감소와 탄소중립 실천 분위기를 유도한다", None, D, ["climate-carbon", "small-merchants"], "plan"),
        C("기후 위기 대응과 탄소중립 실천 의지를 대내외적으로 선언한다", None, D, CC, "plan"),
        C("기후변화 대응 방안과 전략 등이 담긴 기본계획이 공개된다", None, D, CC, "plan"),
    ],
    not_claims=["평두메습지 생태학교 등 주민 참여형 신규 시책 추진",
                "내달 ‘녹색성장 비전’ 선포…탄소중립 실천 의지 선언",
                "최근 발생한 LA 산불처럼 전 세계가 기후변화로 인한 극심한 피해를 겪고 있다",
                "광주 북구청"])

# bz-09 광주 남구 방림2동 마을학당 (date line 2021-10; '21일 밝혔다' -> 2021-10-21)
D = "2021-10-21"
UR = ["urban-regeneration", "citizen-participation"]
G["bz-09-asiae.txt"] = dict(
    metadata=M(None, "2021-10", "박진형", "아시아경제", "29155"),
    officials=["kim-byeong-nae"],
    claims=[
        C("사업비 91억원을 투입해 방림2동에 기초생활 인프라 구축 및 노후주택 정비 등 도시재생사업을 추진 중인 가운데", None, D, UR, "plan"),
        C("오는 11월 중순부터 내년 6월까지 장기 프로젝트인 방림2동 마을학당을 운영한다고 밝혔다", None, D, UR, "plan"),
        C("방림2동 마을학당은 초기, 중기, 장기 등 시기별 목표달성 방식으로 운영된다", None, D, UR, "statement"),
        C("인적 인프라에 기반을 둔 거버넌스 구축에 주력할 방침이다", None, D, UR, "plan"),
        C("주민들의 적극적인 참여를 이끌어 낸다는 복안이다", None, D, UR, "plan"),
        C("현장 체험 및 일자리 창출과 마을수익형 모델 발굴을 위한 강의 위주로 진행될 예정이다", None, D, UR + ["jobs"], "plan"),
        C("마을공동체 사업의 구심점으로 전환되는 시기이다", None, D, UR, "plan"),
        C("주민제안 공모사업을 추진해 마을학당 사업의 성과 발표회를 끝으로 8개월 대장정을 마무리할 예정이다", None, D, UR, "plan"),
    ],
    not_claims=["[아시아경제 호남취재본부 박진형 기자]"])

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, g in G.items():
        gold = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
                "claims": g["claims"], "not_claims": g["not_claims"]}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1)
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in G.values()))
