"""Writes the hand annotations of set-dl to gold/ (one JSON file per article)."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")


def c(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


H2 = ["future-vehicles", "energy-transition"]
G = {}

# dl-01: 춘천 수소교통 복합기지 (undated: no year in the text -> all dates null)
G["dl-01-ccpost.txt"] = {
    "metadata": {"headline": "춘천 수소교통 복합기지 준공으로 수소교통 허브도시 본격 도약", "published": None,
                 "reporter": None, "outlet": None, "jurisdiction": "51110"},
    "officials": ["yuk-dong-han"],
    "claims": [
        c("‘수소교통 복합기지’ 구축을 완료하고 수소 교통 허브도시로 도약을 선언했다", None, None, H2, "achievement"),
        c("수소교통 복합기지가 완공됨에 따라 오는 12월 2일 오후 1시 30분 준공식을 개최한다고 28일 밝혔다", None, None, H2, "achievement"),
        c("총 199억 5,000만 원이 투입됐다", None, None, H2, "statement"),
        c("하루 최대 100대의 수소 버스·트럭 충전이 가능한 2,000㎏ 규모 액화수소 충전설비 4기를 기반으로", None, None, H2, "statement"),
        c("충전설비는 지난 7월부터 이미 상업운전에 들어가 운영 안정성을 확보했다", None, None, H2, "achievement"),
        c("‘원스톱 시스템’을 구축함으로써 단순 충전소를 넘어 수송 차량의 수소전환을 촉진하는 핵심 거점의 기능을 갖추게 됐다", None, None, H2, "achievement"),
        c("수소 물류축 기반이 강화되며 춘천이 강원권 수소교통의 중심 도시로 자리매김할 것으로 기대된다", None, None, H2, "statement"),
        c("춘천시는 대기환경 개선과 탄소중립 실현을 위해 수소충전소 확충에 지속적으로 힘써왔다", "yuk-dong-han", None,
          ["fine-dust", "climate-carbon", "future-vehicles", "energy-transition"], "achievement"),
        c("이번 복합기지는 국내 최초로 액화수소 충전소", "yuk-dong-han", None, H2, "achievement"),
    ],
    "not_claims": ["춘천 수소교통 복합기지 준공으로 수소교통 허브도시 본격 도약",
                   "한편 준공식에는 육동한 춘천시장, 김진호 시의장"],
}

# dl-02: 강원도 액화수소산업 로드맵 (undated)
E = ["energy-transition"]
G["dl-02-hankyung.txt"] = {
    "metadata": {"headline": "강원, 6조 들여 수소산업 키운다", "published": None, "reporter": None, "outlet": None,
                 "jurisdiction": "42"},
    "officials": [],
    "claims": [
        c("강원도가 2030년까지 총 6조1638억원을 투자해 액화수소산업 육성에 나선다", None, None, E, "plan"),
        c("상용 수소차 5만 대 시대를 열고 액화수소 열차, 어선도 개발해 보급할 계획이다", None, None, H2, "target"),
        c("수소 전용항만과 수소에너지 관광 휴양단지를 조성하는 등 동북아 수소에너지 허브로 도약한다는 청사진도 마련했다", None, None,
          ["energy-transition", "culture-tourism"], "plan"),
        c("‘강원도형 액화수소산업 육성 로드맵’을 마련했다고 19일 발표했다", None, None, E, "achievement"),
        c("수소전문기업 100개를 육성해 연매출 3조9000억원을 달성하고 3200명의 고용 창출 효과를 낸다는 계획이다", None, None,
          ["energy-transition", "jobs"], "target"),
        c("수소규제자유특구, 수소시범도시, 수소저장·운송 클러스터 조성 등에 연이어 선정되면서 사업 동력을 확보했다", None, None, E, "achievement"),
        c("미래에너지산업을 선점하기 위해 ‘강원도형 액화수소’라는 특화산업 모델을 마련했다", None, None, E, "achievement"),
        c("고부가가치 수소산업 생태계 기반을 조성해 강원도형 뉴딜을 성공적으로 견인하겠다", None, None, E, "plan"),
        c("액화수소로 다니는 상용차, 버스(250대), 택시(450대), 트럭(450대) 등 미래차를 보급할 방침이다", None, None, H2, "target"),
        c("액화수소 일반 충전소 55개, 특수 충전소 10개도 구축한다", None, None, H2, "target"),
        c("6개 시·군을 잇는 거점형 수소생산기지도 조성한다", None, None, E, "plan"),
        c("도는 또 액화수소열차 및 어선 개발에 나선다", None, None, E, "plan"),
        c("내년까지 연구개발을 끝내고 2023년부터 개발 및 제작 실증에 돌입해 2030년에 수소열차가 다니도록 한다는 구상이다", None, None,
          ["energy-transition", "research-development"], "plan"),
        c("수소를 연료로 한 3t급 어선도 개발해 친환경 어업을 주도할 계획이다", None, None,
          ["energy-transition", "agriculture"], "plan"),
    ],
    "not_claims": ["강원, 6조 들여 수소산업 키운다"],
}

# dl-03: 용인 이상일 (text says only '이 시장'; undated)
INV = ["investment-attraction"]
G["dl-03-newsbell.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41460"},
    "officials": ["lee-sang-il"],
    "claims": [
        c("이 중 502조원이 용인에 투자되는 것", "lee-sang-il", None, INV, "statement"),
        c("시의 공직자들과 함께 차질없이 이 일을 잘 진행할 것", "lee-sang-il", None, INV, "plan"),
        c("시는 기업들을 지원하는 일도 열심히 하고 있다", "lee-sang-il", None, INV, "statement"),
        c("교통·교육 인프라를 확충하고, 반도체 특화신도시 등 근로자들이 정주할 곳도 조성하고 있다", "lee-sang-il", None,
          ["education", "housing"], "statement"),
    ],
    "not_claims": ["반도체 관련 대형 프로젝트들을 소개하고, 용인의 미래에 대한 청사진을 제시했다",
                   "포럼에 참석한 기업 관계자들은"],
}

# dl-04: 원주 치매안심센터 임시 개소 (undated; institutional)
D = ["dementia-care"]
G["dl-04-newssun.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정강주", "outlet": "한국뉴스통신",
                 "jurisdiction": "42130"},
    "officials": ["won-chang-muk"],
    "claims": [
        c("치매안심센터를 임시 개소한다고 1일 밝혔다", None, None, D, "plan"),
        c("원주시 무실동에 800㎡규모로 신축될 계획이다", None, None, D, "plan"),
        c("치매통합관리서비스를 제공한다", None, None, D, "statement"),
        c("치매안심센터 설치 운영을 통해 치매환자와 가족에 대한 체계적인 관리가 가능하게 될 것이다", None, None, D, "statement",
          speaker_name="박왈수"),
    ],
    "not_claims": [],
}

# dl-05: 김동연 청년의 날 (undated)
Y = ["youth-policy"]
G["dl-05-wowtv.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정진욱", "outlet": None, "jurisdiction": "41"},
    "officials": ["kim-dong-yeon"],
    "claims": [
        c("꿈을 찾는 길을 계속 지원하겠다고 밝혔다", "kim-dong-yeon", None, Y, "plan"),
        c("청년 지원 정책을 널리 알리고, 청년이 도전할 기회를 확대하겠다는 방침이다", None, None, Y, "plan"),
        c("정부는 청년기본법에 따라 매년 9월 셋째 주 토요일을 ‘청년의 날’로 지정하고 있다", None, None, Y, "statement"),
    ],
    "not_claims": ["컨베이어 벨트 위에서 찍혀 나오는 상품 같은 존재가 되지 않길 바란다",
                   "스스로 답을 찾는 청년, 도전을 멈추지 않는 청년이 되길 바란다",
                   "현직자 직무 멘토링, AI 면접 체험"],
}

# dl-06: 강릉 김한근 공감토크 (2021-05-31)
DAY6 = "2021-05-31"
G["dl-06-smaeil.txt"] = {
    "metadata": {"headline": "강릉『코로나시대 명품해변 관광도시』 시민공감 토크개최", "published": "2021-05-31T11:46+09:00",
                 "reporter": "백윤섭", "outlet": None, "jurisdiction": "42150"},
    "officials": ["kim-han-geun"],
    "claims": [
        c("작년에는 해수욕장 드론방역으로 BBC, NHK 등 세계 언론사들로부터 K-방역의 선두주자로 주목을 받았다", "kim-han-geun", DAY6,
          ["public-health", "culture-tourism"], "achievement"),
        c("명실상부한 세계 최고 관광도시 강릉을 만들기 위해서 노력하겠다", "kim-han-geun", DAY6,
          ["culture-tourism", "citizen-participation"], "plan"),
        c("빅데이터를 활용한 해수욕장 혼잡도를 알려주는 혼잡도 신호등을 실시해", "kim-han-geun", DAY6,
          ["fourth-industrial-revolution", "culture-tourism"], "plan"),
        c("출입자 관리시스템의 다변화로 이용객의 불편함을 최대한 감소시키겠다", "kim-han-geun", DAY6, ["culture-tourism"], "plan"),
    ],
    "not_claims": ["시민 30여 명과 직접 만나 공감토크를 개최했다",
                   "철저한 방역과 거리두기 속에서 진행된 이번 행사는",
                   "강릉을 세계 최고의 관광지로 만들기 위해 뜻을 모았다",
                   "“강릉시 귀는 당나귀귀”, 3회차 시민들과 직접 만나 소통"],
}

# dl-07: 고양 이재준 주민참여예산 (undated; '2018년' only in the event name)
CP = ["citizen-participation"]
J7 = "lee-jae-jun-41280"
G["dl-07-kukinews.txt"] = {
    "metadata": {"headline": None, "published": None, "reporter": "정수익", "outlet": "쿠키뉴스", "jurisdiction": "41280"},
    "officials": [J7],
    "claims": [
        c("경기도 고양시가 주민참여예산 대상을 일반예산까지 확대한다", None, None, CP, "plan"),
        c("참여 범위를 주민참여예산위원회에서 일반시민까지 확대했다", J7, None, CP, "achievement"),
        c("예산의 투명성과 대표성을 높이고자 노력하고 있다", J7, None, CP, "statement"),
        c("시민들이 제시해 주시는 의견은 예산편성의 중요한 축이라고 생각한다", J7, None, CP, "statement"),
        c("시정 전반에 반영될 수 있도록 아낌없는 조언과 관심을 부탁드린다", J7, None, CP, "plan"),
        c("수렴된 의견을 부서 검토를 거친 후 고양시의회에 예산안을 제출할 때 함께 제출할 예정이다", None, None, CP, "plan"),
    ],
    "not_claims": ["워크숍’을 개최, 이같이 밝혔다",
                   "총 159개 사업 137억6500만 원에 대한 의견작성 및 발표가 이어졌다"],
}

# dl-08: 양평 전진선 (published 2026-01-28; event day 27일 -> 2026-01-27)
J8 = "jeon-jin-seon"
D8 = "2026-01-27"
G["dl-08-locallife.txt"] = {
    "metadata": {"headline": "전진선 양평군수, \"한강유역환경청 방문 및 2026년 청년과 함께하는 소통한마당 참석\"",
                 "published": "2026-01-28T02:15:05+09:00", "reporter": "송준형", "outlet": "로컬라이프",
                 "jurisdiction": "41830"},
    "officials": [J8],
    "claims": [
        c("친환경농업인에 대한 한강수계관리기금 지원 필요성을 건의했다", J8, D8, ["agriculture"], "plan"),
        c("30여년 가까이 팔당상수원 수질 개선을 위해 묵묵히 역할을 해온 지역이라고 밝혔다", J8, D8,
          ["agriculture", "water-supply"], "achievement"),
        c("유기농자재 지원이 충분하지 않아 유기농인증 농가로의 전환이 쉽지 않고", J8, D8, ["agriculture"], "criticism"),
        c("이는 농가 부담을 키울 뿐 아니라, 장기적으로는 수질 관리에도 한계로 작용하고 있다고 말했다", J8, D8,
          ["agriculture", "water-supply"], "criticism"),
        c("한강수계관리기금에서 유기농자재(유기질비료)를 지원할 수 있도록 기금 운용 규칙 개정을 요청했다고 전했다", None, D8,
          ["agriculture", "water-supply"], "plan"),
        c("맑은 물을 지키는 일은 어느 한 지역만의 책임이 아니라, 대한민국 모두의 삶을 위한 일이다", J8, D8, ["water-supply"], "statement"),
        c("양평의 농업인들이 정당한 지원을 받을 수 있도록 앞으로도 끝까지 목소리를 내고, 제도 개선을 위해 노력하겠다고 말했다", J8, D8,
          ["agriculture"], "plan"),
    ],
    "not_claims": ["양평군의 주요 현안인 친환경농업인에 대한 한강수계관리기금 지원 필요성을 건의’",
                   "청년과 함께하는 소통한마당에서 청년이 만들고 함께하는 활력"],
}

# dl-09: 인제군 인구 유입 (G1 broadcast script; undated; institutional)
G["dl-09-g1tv.txt"] = {
    "metadata": {"headline": "<이동3> 청년부터 은퇴자까지..맞춤형 인구 유입", "published": None, "reporter": "최경식",
                 "outlet": None, "jurisdiction": "51810"},
    "officials": [],
    "claims": [
        c("청년부터 군무원, 은퇴자까지 아우르는 맞춤형 사업이 다양하게 추진됩니다", None, None, Y, "statement"),
        c("정주 여건 개선을 통해 인구를 끌어오겠단 전략입니다", None, None, Y, "plan"),
        c("청년층 유입을 위한 보금자리 조성 사업이 막바지 단계입니다", None, None, ["youth-policy", "housing"], "statement"),
        c("청년 주거 시설 2개 동과 동물 보호 축사가 들어섰고", None, None, ["housing", "youth-policy", "culture-tourism"], "achievement"),
        c("총 사업비 500억 원을 들여 청년 임대 주택과 은퇴자 타운 하우스 조성이 핵심입니다", None, None,
          ["housing", "youth-policy"], "plan"),
        c("인근에는 복합 문화 공간과 은퇴자 전용 체육센터도 조성합니다", None, None, ["culture-tourism"], "plan"),
        c("2027년 착공을 목표로 공공임대주택 300세대 건설도 추진합니다", None, None, ["housing"], "target"),
        c("주택 공급 부족으로 관외 출퇴근 비율이 높은 군무원들을 겨냥한 맞춤형", None, None, ["housing"], "statement"),
    ],
    "not_claims": ["인제군은 인구 감소에도 적극 대응하고 있습니다",
                   "인제군이 인구 늘리기에 총력을 쏟고 있는 이유 입니다",
                   "2027년 동서고속화철도 개통에 대비한 인구 유입 정책도 추진합니다",
                   "소를 돌보기 위해서 마을에 유입이 됐고 정주하고 있습니다"],
}

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for name, body in G.items():
        gold = {"article": name, **body}
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)
