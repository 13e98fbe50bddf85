"""Write set-ep's hand-made gold files (one per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def c(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}


def md(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


K = "kim-yung-hwan"
L = "lee-si-jong"
G = "kang-gi-jung"
W = "gwon-sun-taek"
O = "oh-young-hun"
M = "choi-min-ho"
D = "2023-11-27"
E = "2018-08-31"

FILES = {
    "ep-01-newspim.txt": {
        "metadata": md(None, None, "백운학", "뉴스핌", "43"),
        "officials": [K],
        "claims": [
            c("청년 일자리, 청년 주택, 결혼·출산 지원 제도를 통해 청년들이 살기 좋은 충북도를 만들겠다", K, None,
              ["youth-policy", "jobs", "housing", "childcare-birth"], "plan"),
            c("그는 청년 정주를 위한 핵심은 일자리 창출이라며", K, None, ["jobs", "youth-policy"], "plan"),
            c("참석한 청년들은 취업 지원을 위한 일자리 창출, 높은 집값 부담 경감", None, None,
              ["jobs", "housing", "childcare-birth", "youth-policy"], "statement"),
            c("충북도는 청년들이 직접 정책을 제안할 수 있는 '충북 청년도정 참여단'을", None, None,
              ["youth-policy", "citizen-participation"], "statement"),
        ],
        "not_claims": [
            "14일 오전 도청서 청년 세대와 정책 간담회",
            "김 지사는 이날 오전 충북도청에서 열린 도내 청년세대와 간담회에서 이같이 강조했다",
            "김영환 충북지사가 14일 도청에서 청년세대와 간담회를 하고 있다",
            "간담회에는 청년 창업가, 농업인, 직장인, 대학생 등 다양한 청년이 참석해",
            "자세한 정보는 충북청년희망센터 홈페이지에서 확인할 수 있다",
        ],
    },
    "ep-02-ilyo.txt": {
        "metadata": md(None, None, None, None, "43"),
        "officials": [L],
        "claims": [
            c("종합적인 청년정책을 수립, 추진한다", L, None, ["youth-policy", "jobs"], "plan"),
            c("대학에는 창조일자리 센터를, 특성화고에는 도제학교를 육성해 나가며", L, None,
              ["youth-policy", "jobs", "startup-support", "education"], "plan"),
            c("기역인재 채용을 위해 도 출자출연기관과 투자유치기업에 대해", L, None, ["jobs", "youth-policy"], "plan"),
            c("고용서비스체계를 확립해 나가겠다", L, None, ["jobs", "youth-policy"], "plan"),
            c("적령기에 결혼을 앞당길 수 있도록 미혼남녀 만남캠프와 토크, 출산 장려문화를 조성하고", L, None,
              ["childcare-birth", "youth-policy", "welfare"], "plan"),
            c("행복한 청년문화 조성을 위해 문화복지 전문인력을 양성하고", L, None,
              ["youth-policy", "culture-tourism"], "plan"),
            c("청년들의 끼를 마음껏 발산할 수 있도록 공간 확보에도 노력을 기울이겠다", L, None, ["youth-policy"], "plan"),
            c("충북청년위원회를 구성하고 청년종합대책 TF를 운영해", L, None, ["youth-policy"], "plan"),
            c("여성고용대책위원회를 구성, 일자리는 물론 출산, 결혼 등을", L, None, ["jobs", "childcare-birth"], "plan"),
        ],
        "not_claims": [],
    },
    "ep-03-etnews.txt": {
        "metadata": md(None, None, None, None, "29"),
        "officials": [G, "lee-jeong-seon"],
        "claims": [
            c("AI집적단지를 넘어서 AI를 고도화시키는 2단계 사업으로 나아가자", G, None,
              ["fourth-industrial-revolution"], "plan"),
            c("그동안 광주는 AI데이터센터를 만들고 관련 기업을 유치하는 등 AI 대표도시로 거듭나는 성과를 만들어왔고", G, None,
              ["fourth-industrial-revolution", "investment-attraction"], "achievement"),
            c("AI 2단계로 나아가기 위해 필요한 △AI 우수인재 조기 발굴 및 육성을 위한 AI영재고 설립", G, None,
              ["fourth-industrial-revolution", "future-vehicles", "education"], "plan"),
            c("광주와 전남이 손을 잡고 공동추진위도 발족시켰다", G, None, ["fourth-industrial-revolution"], "achievement"),
            c("AI기반산업 인프라를 활용해 AI로 뜨는 흥미로운 도시로 발전시키는데 노력하겠다", G, None,
              ["fourth-industrial-revolution"], "plan"),
        ],
        "not_claims": [
            "윤석열 대통령께서도 화답했음을 이 자리에서 다시 한 번 보고 드린다",
            "이날 개막식에는 강 시장을 비롯해 박윤규 과학기술정보통신부 제2차관",
        ],
    },
    "ep-04-etnews.txt": {
        "metadata": md("충남도 대규모 태양광 단지 조성", None, "방은주", "전자신문", "44"),
        "officials": [],
        "claims": [
            c("충남도가 대규모 태양광 단지 조성에 나선다", None, None, ["energy-transition"], "plan"),
            c("오는 2020년까지 신재생에너지 발전용량을 도내 연간 전기소비량의 5% 수준까지 끌어올리기로 했다고 밝혔다", None, None,
              ["energy-transition"], "target"),
            c("이를 위해 도는 대규모 태양광발전단지를 조성해 투자기업을 유치할 방침이다", None, None,
              ["energy-transition", "investment-attraction"], "plan"),
            c("도는 태양광에 편중한 신재생에너지를 농산부산물과 축산폐기물 등을 활용한 바이오에너지 분야로 다각화한다", None, None,
              ["energy-transition"], "plan"),
            c("지난해 도내 신재생에너지 발전 사업은 총 1864곳에서 추진해", None, None, ["energy-transition"], "achievement"),
            c("지난해 도내 신재생에너지 발전사업 허가 건수는 1331건으로 전년 대비 6배가량 늘었다", None, None,
              ["energy-transition"], "achievement"),
            c("지난해 허가 건수가 급증한 것은 신재생에너지 의무할당제(RPS) 불이행 과징금 부과에 따른", None, None,
              ["energy-transition"], "statement"),
            c("태양광 발전이 전체의 76%로 가장 높고", None, None, ["energy-transition"], "statement"),
            c("지역별로는 태양광 보급이 용이한 평야지역인 논산(354건)", None, None, ["energy-transition"], "statement"),
            c("도는 현재 도내 연간 전기소비량(4만5466GWh)의 2%에 해당하는 신재생에너지 발전용량을", None, None,
              ["energy-transition"], "target"),
        ],
        "not_claims": ["충남도 대규모 태양광 단지 조성", "방은주기자 ejbang@etnews.com"],
    },
    "ep-05-fnnews.txt": {
        "metadata": md("전남도, 골목상권 살리는 ‘전남행복지역화폐’ 사용하세요", None, "황태종", None, "46"),
        "officials": [],
        "claims": [
            c("전남도는 골목상권을 살리기 위해 지역에서만 유통하는 '전남행복지역화폐'를 연내에 22개 모든 시·군에서 발행하게 됐다고", None, None,
              ["small-merchants"], "plan"),
            c("'전남행복지역화폐'는 전남지역 상품권의 공동 브랜드다", None, None, ["small-merchants"], "statement"),
            c("대외 신인도 향상과 함께 유통 활성화에 기여할 전망이다", None, None, ["small-merchants"], "statement"),
            c("도지사와 시장·군수 간 지역상품권 발행업무 협약을 체결해 도비 15억원을 시·군에 지원했다", None, None,
              ["small-merchants"], "achievement"),
            c("6월에는 '전남도 지역화폐의 보급 및 이용 활성화에 관한 조례'를 제정하는 등", None, None,
              ["small-merchants"], "achievement"),
            c("올해는 22개 모든 시·군에서 약 1055억원을 발행할 예정이다", None, None, ["small-merchants"], "target"),
            c("7월 말 현재 16개 시·군이 발행하고 있으며, 오는 추석 명절까지 모든 시·군에서 발행하기로 했다", None, None,
              ["small-merchants"], "plan"),
            c("'전남행복지역화폐'는 해당 시·군에서 발행하고, 해당 시·군 내에서만 판매하고 사용할 수 있다", None, None,
              ["small-merchants"], "statement"),
            c("지역 소득이 지역 내에서 다시 소비되는 효과가 있다", None, None, ["small-merchants"], "statement"),
            c("소상공인과 골목상권을 살리고, 경제의 분수효과를 꾀함으로써", None, None, ["small-merchants"], "statement"),
            c("광양시와 영광군은 전자카드와 모바일 등으로 지역상품권 발행 방식을 확대해", None, None,
              ["small-merchants"], "plan"),
        ],
        "not_claims": [
            "연내 22개 모든 시·군에서 발행",
            "지역경제 효자노릇 톡톡 ‘지역화폐’… 소비자·소상공인 함께 웃는다",
            "전남행복지역화폐 전남도 제공",
        ],
    },
    "ep-06-localsegye.txt": {
        "metadata": md(None, None, "오영균", "로컬세계", "30"),
        "officials": [W, "han-hyeon-taek", "park-yong-gap"],
        "claims": [
            c("대전시는 24일 옛 충남도청에서 대전도시재생지원센터 개소식을 갖는다", None, None,
              ["urban-regeneration"], "achievement"),
            c("우리삶속의 스토리를 개발하고 이를 도시재생사업에 담는다면", W, None, ["urban-regeneration"], "statement"),
            c("앞으로 이러한 문제들을 센터 직원들이 주민 속에서 하나하나 풀어나갈 것", W, None,
              ["urban-regeneration"], "plan"),
            c("센터는 도시재생정책자문단 구성, 시·구·유관기관 상생협의체 구성", None, None, ["urban-regeneration"], "plan"),
        ],
        "not_claims": [
            "이날 개소식은 권선택 시장과 대전시의회 김인식 의장",
            "김호철 한국도시재생학회장의 기조연설을 시작으로",
        ],
    },
    "ep-07-jejuilbo.txt": {
        "metadata": md("오영훈 지사 “제주관광 부정적 여론 적극 대응해야”", "2023-11-27T13:07+09:00", "고경호", "제주일보", "50"),
        "officials": [O],
        "claims": [
            c("바가지 등 제주관광에 대한 부정적인 여론에 대해 적극적으로 대응해야 한다", O, D, ["culture-tourism"], "plan"),
            c("축제 방문객의 만족도가 높았다", O, D, ["culture-tourism"], "achievement"),
            c("방어 한 접시 가격이 1만5000원인데", O, D, ["culture-tourism"], "statement"),
            c("제주 축제가 저렴한 가격으로 호응을 얻고 있는데 제주관광이 비싸다는 보도가 나오고 있다", O, D,
              ["culture-tourism"], "statement"),
            c("관련 부서들은 데이터 등을 해석하는 과정에서 발생할 수 있는 오해에 대해 적극적으로 대응해야 한다", O, D,
              ["culture-tourism"], "plan"),
        ],
        "not_claims": ["오영훈 지사 “제주관광 부정적 여론 적극 대응해야”", "고경호 기자  kkh@jejuilbo.net"],
    },
    "ep-08-sejongtimes.txt": {
        "metadata": md(None, None, None, "세종타임즈", "36"),
        "officials": [M],
        "claims": [
            c("첫 번째 ‘세종사랑 대중교통의 날’을 맞아 991번 버스를 이용해 출근하며", None, None,
              ["public-transit"], "statement"),
            c("버스 정류장에서 만난 한 시민은 대중교통 체계가 점차 개선되고 있지만", None, None,
              ["public-transit"], "criticism"),
            c("승객 수와 노선에 따라 배차가 이뤄지다 보니 불편하실 수 있다", M, None, ["public-transit"], "statement"),
            c("더 나은 대중교통 체계를 마련하기 위해 노력하겠다", M, None, ["public-transit"], "plan"),
            c("시장으로 취임한 이후 버스를 100대 증차하고, 이응패스를 도입했다", M, None, ["public-transit"], "achievement"),
            c("시민들이 이를 긍정적으로 평가해 주셔서 감사하다", M, None, ["public-transit"], "achievement"),
            c("매월 네 번째 금요일에는 저뿐만 아니라 세종시 산하 기관장들과 직원들도 모두 버스를 이용해 출근한다", M, None,
              ["public-transit"], "statement"),
            c("대중교통 이용을 통해 지역경제를 활성화하고, 어려운 시기에 소상공인들에게 힘이 되고자 한다", M, None,
              ["public-transit", "small-merchants"], "plan"),
            c("시 소속 공공기관의 주차장이 민원인과 교통약자에게만 개방되며", None, None, ["public-transit"], "statement"),
            c("구내식당 휴무일과 연계해 자연스럽게 인근 음식점을 이용하도록 유도함으로써 지역 상권 활성화에도 기여하고 있다",
              None, None, ["small-merchants"], "statement"),
        ],
        "not_claims": ["한 달에 한 번은 꼭 버스로 출퇴근하려고 하는데, 그때 또 만나겠네요"],
    },
    "ep-09-domin.txt": {
        "metadata": md("군산 경제 활성화에 전북혁신도시 이전 기관들 힘 보탠다", "2018-09-02T14:02+09:00", "정준모", None, "45130"),
        "officials": ["kang-im-jun"],
        "claims": [
            c("군산지역 생산품 및 특산물 판매 촉진 등 지역상권 활성화 지원", None, E,
              ["small-merchants", "jobs", "culture-tourism"], "plan"),
            c("숙박·음식·관광 할인 혜택 제공 등 전북혁신도시 이전 공공기관과의 연계 협력사업을", None, E,
              ["culture-tourism"], "plan"),
        ],
        "not_claims": [
            "어려움에 처한 군산 지역 경제 활성화를 위해 전북혁신도시 이전 기관들이 힘을 보탠다",
            "‘상생협력 업무 협약’을 체결했다",
            "이번 협약에 참여한 공공 기관은 농촌진흥청",
            "최근 고용 및 산업위기로 위기에 처한 군산 경기 회복을 위해",
            "이번 협약을 계기로 군산 경제를 살리는 데 총력을",
        ],
    },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    total = 0
    for name, body in FILES.items():
        gold = {"article": name, **body}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
        total += len(body["claims"])
        print(name, len(body["claims"]))
    print("total", total)
