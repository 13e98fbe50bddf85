"""Writes set-dj gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# dj-01 청주 도시재생 공모 선정 (undated: "18일" only)
L = "lee-beom-seok"
UR = ["urban-regeneration"]
G["dj-01-nocutnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="43110"),
    officials=[L],
    claims=[
        C("성안동 도시재생사업과 우암동 노후주거지정비 지원사업이 모두 최종 선정됐다고 18일 밝혔다", None, None, UR, "achievement"),
        C("성안동 도시재생사업은 지역의 역사·문화·산업 등 고유 자산을 기반으로 특색 있는 재생 전략을 추진한다", None, None, UR, "statement"),
        C("국비 150억 원을 포함해 모두 250억 원의 사업비를 확보했다", None, None, UR, "achievement"),
        C("사업은 내년부터 2029년까지 진행된다", None, None, UR, "plan"),
        C("철당간 야외 갤러리, 청년 창업공간 등을 조성할 계획이다", None, None,
          UR + ["startup-support", "youth-policy", "culture-tourism"], "plan"),
        C("우암동 노후주거지정비 지원사업은 지난해 새로 도입한 도시재생 신규유형으로", None, None, UR, "statement"),
        C("총사업비 250억 원이 투입돼 2030년까지 추진된다", None, None, UR, "plan"),
        C("시는 지역 빈집 10곳을 활용한 주차장이나 안마당 등을 조성하고, 세대통합 복합거점과 아동친화 돌봄거점도 구축할 예정이다",
          None, None, UR + ["childcare-birth"], "plan"),
        C("시민들이 체감할 수 있는 변화를 만들 수 있도록 사업 추진에 만전을 기하겠다", L, None, UR, "plan"),
    ],
    not_claims=["청주시 제공"])

# dj-02 서천군 출산장려금 (undated: "28일" only; /연합뉴스)
N = "noh-bak-rae"
CB = ["childcare-birth"]
G["dj-02-hankyung.txt"] = dict(
    metadata=dict(headline="서천군 다섯째 아이 낳으면 3천만원 준다…\"전국 최고 수준\"", published=None, reporter=None,
                  outlet="연합뉴스", jurisdiction="44770"),
    officials=[N],
    claims=[
        C("충남 서천군이 다섯째 아이를 낳으면 3천만원의 출산장려금을 준다", None, None, CB, "plan"),
        C("출산장려금 개편안을 확정하고 시행에 들어갔다고 28일 밝혔다", None, None, CB, "achievement"),
        C("첫째 500만원, 둘째 1천만원, 셋째 1천500만원, 넷째 2천만원, 다섯째 이상 3천만원을 지원한다", None, None, CB, "plan"),
        C("이런 출산장려금은 전국 최고 수준이라고 군을 설명했다", None, None, CB, "statement"),
        C("그동안은 첫째 100만원, 둘째 200만원, 섯째 480만원, 넷째 860만원, 다섯째 1천540만원을 줬다", None, None, CB, "statement"),
        C("정부 지원 사업인 아동수당(생후 84개월 미만까지 매월 10만원)과 충남도와 함께 지원하는 행복키움수당", None, None, CB, "statement"),
        C("가정양육수당도 지원돼 출산 가정의 경제적 부담 해소에 도움이 될 것으로 보인다", None, None, CB, "statement"),
        C("아이의 차량 내 안전을 위한 유아용 카시트도 받을 수 있다", None, None, CB, "statement"),
        C("유례없는 경제 위기로 결혼·출산을 포기하는 청년이 늘어 심각한 사회 문제로 대두됐다", N, None, CB, "statement"),
        C("출산 가정에 실질적으로 도움이 되는 사업을 꾸준히 발굴, 시행하겠다", N, None, CB, "plan"),
    ],
    not_claims=["서천군 다섯째 아이 낳으면 3천만원 준다", "서천군 인구는 지난 5월 말 기준 5만1천153명으로", "/연합뉴스"])

# dj-03 대전 청년정책 간담회 (2023-04-20; meeting 20일 = same day)
J, D = "lee-jang-woo", "2023-04-20"
G["dj-03-ccnnews.txt"] = dict(
    metadata=dict(headline="이장우 대전시장 \"미래 세대인 청년에게 집중 투자할 것\"", published="2023-04-20", reporter="김용우",
                  outlet="충청뉴스", jurisdiction="30"),
    officials=[J],
    claims=[
        C("양질의 청년 일자리 창출과 안정적인 생활 기반 구축 등을 통한 청년친화 도시 조성을 약속했다", J, D,
          ["jobs", "youth-policy"], "plan"),
        C("대전시는 미래 세대인 청년에게 집중 투자하겠다", J, D, ["youth-policy"], "plan"),
        C("청년 세대가 어려움을 겪고 있는 이유는 취업, 주거 불안정 등 사회문제에 능동적으로 대응할 수 있는 기반이 취약하다", J, D,
          ["youth-policy", "jobs", "housing"], "statement"),
        C("산업용지 500만 평 조성을 통해 기업 유치·창업 활성화 등을 활성화해 양질의 청년 일자리를 창출하고", J, D,
          ["investment-attraction", "startup-support", "jobs", "youth-policy", "housing"], "statement"),
        C("대전 0시 축제, 보문산 관광단지 개발, 야간관광 활성화 등으로 노잼도시에서 꿀잼도시로 탈바꿈하고 있다", J, D,
          ["culture-tourism"], "achievement"),
    ],
    not_claims=["대전시·중앙정부 청년보좌역 청년정책 간담회 개최",
                "행정안전부는 지역 청년의 의견을 국가 정책에 반영하기 위해 지역을 순회하며 간담회를 개최하고 있으며",
                "이들은 ▲지역 청년 문제 ▲대전의 대표 청년 정책 등의 질문을 던졌다",
                "다양한 강점을 지니고 있는 도시",
                "이날 간담회에서는 중앙정부 청년보좌역과"])

# dj-04 세종 이춘희, 행정수도론 (undated: "9일" only)
Y = "lee-choon-hee"
DC = ["decentralization"]
G["dj-04-newdaily.txt"] = dict(
    metadata=dict(headline="이춘희 세종시장, 안희정·남경필 지사…‘세종시 수도론’에 대한 입장 밝혀", published=None, reporter=None,
                  outlet=None, jurisdiction="36"),
    officials=[Y, "ahn-hee-jung", "nam-kyung-pil"],
    claims=[
        C("이를 전적으로 공감하고 25만 세종시민과 함께 환영한다", Y, None, DC, "statement"),
        C("세종시가 ‘행정중심복합도시’가 아닌 ‘행정수도’로 발전하는 것은 필연", Y, None, DC, "statement"),
        C("세종시는 정치‧행정수도로, 서울시는 경제‧문화수도로 역할을 분담하는 게 꼭 필요하다", Y, None, DC, "plan"),
        C("대한민국의 수도권 집중은 세계 최악이며", Y, None, DC, "statement"),
        C("신행정수도 건설은 개헌을 통해 되살려내야 한다", Y, None, DC, "plan"),
        C("세종시에 국회와 청와대‧대법원‧대검 등을 이전해 정치‧행정‧사법수도로 만들자고 주장했다", Y, None, DC, "statement"),
        C("서울에 몰려있는 부와 권력을 전국으로 분산하자고 제안했다", Y, None, DC, "statement"),
    ],
    not_claims=["이춘희 세종시장.ⓒ세종시", "정치 지도자의 소신과 안목에 경의를 표한다",
                "이춘희 세종시장, 안희정·남경필 지사…‘세종시 수도론’에 대한 입장 밝혀"])

# dj-05 광주 이용섭, 세계지식포럼 AI (undated: "29일", "지난 27일")
U = "lee-yong-seop"
AI = ["fourth-industrial-revolution"]
G["dj-05-hankyung.txt"] = dict(
    metadata=dict(headline="이용섭 시장 \"광주형 인공지능 비즈니스 모델 성공시킬 것\"", published=None, reporter=None, outlet=None,
                  jurisdiction="29"),
    officials=[U],
    claims=[
        C("'광주형 인공지능(AI) 비즈니스 모델'을 성공시켜 '인공지능 4대 강국 대한민국'을 만드는 허브 역할을 하겠다", U, None, AI, "plan"),
        C("광주시가 심혈을 기울이고 있는 인공지능 대표도시 조성에 대한 계획과 포부를 제시했다", U, None, AI, "statement"),
        C("'인공지능 중심 산업융합 집적단지 조성사업'을 신청해 국비를 확보함으로써 새로운 길을 열었다", U, None,
          AI + ["research-development"], "achievement"),
        C("'인공지능 중심도시 광주 만들기 추진위원회'를 출범했다", U, None, AI, "achievement"),
        C("김 박사가 개발한 AI칩 특허기술을 적극적으로 활용하기로 했다", U, None, AI, "plan"),
        C("인공지능 관련 기업들과 미국 실리콘밸리를 방문해 기업 간 네트워크를 구축하고", U, None, AI, "plan"),
        C("내년부터 인공지능대학원을 설립해 글로벌 경쟁력을 갖춘 석·박사급 인재 육성에 나선다", U, None, AI, "plan"),
        C("노사 상생의 광주형 일자리 사업을 성공시켰다", U, None, ["jobs", "labor-relations"], "achievement"),
    ],
    not_claims=["세계지식포럼에서 '인공지능 중심도시 광주' 소개", "이용섭 시장 \"광주형 인공지능 비즈니스 모델 성공시킬 것\""])

# dj-06 전북 김관영, 전통시장 장보기 (date line 2025-10-01; 1일 = same day)
K, D = "kim-gwan-yeong", "2025-10-01"
SM = ["small-merchants"]
G["dj-06-jjan.txt"] = dict(
    metadata=dict(headline="전주 신중앙시장 방문, 성수품 민생물가 점검", published="2025-10-01", reporter=None, outlet=None,
                  jurisdiction="52"),
    officials=[K],
    claims=[
        C("농림축산식품부 주관 온누리상품권 환급 첫날로, 혜택을 받으려는 도민들의 발길이 시장에 이어졌다", None, D, SM, "statement"),
        C("전통시장을 찾는 도민 한 분 한 분의 발걸음이 지역 상인들에게 힘이 되고 지역 경제에도 활력을 불어넣는다", K, D, SM, "statement"),
        C("전통시장이 활력 넘치는 생활공간으로 자리매김할 수 있도록 도 차원의 다양한 지원을 지속하겠다", K, D, SM, "plan"),
    ],
    not_claims=["전주 신중앙시장 방문, 성수품 민생물가 점검",
                "상인들과 간담회를 갖고 전통시장 장보기 행사를 갖고 있다./사진=전북도 제공",
                "전주 신중앙시장을 방문해 명절 준비가 한창인 상인과 도민들을 격려했다",
                "이번 장보기 행사는 도민과 상인이 함께 어우러지는 시장 활성화와 함께",
                "온누리상품권으로 주요 성수품을 구매하며 명절 물가를 살폈다"])

# dj-07 전남 김영록, 한국판 뉴딜 연석회의 해상풍력 (undated: "13일" only)
W = "kim-yung-rok"
ET = ["energy-transition"]
G["dj-07-sedaily.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김선덕", outlet="서울경제", jurisdiction="46"),
    officials=[W],
    claims=[
        C("8.2GW 해상풍력단지 조성사업을 적극적으로 추진해 그린 선도 국가를 실현하는 데 앞장서겠다", W, None, ET, "plan"),
        C("전 세계 해상풍력이 2030년에는 170GW까지 이르게 되고 갈수록 커질 것이다", W, None, ET, "statement"),
        C("대한민국은 걸음마 단계이지만 2030년 12GW까지 확대되도록 전남이 노력하겠다", W, None, ET, "target"),
        C("해상풍력단지 조성사업에는 48조원이 투입될 예정이며 단일 단지로는 세계 최대 규모", W, None, ET, "statement"),
        C("풍력발전 생태계 조성을 위해 기업 등 연관 산업 유치에도 총력을 기울이고 있다", W, None,
          ET + ["investment-attraction"], "statement"),
        C("지역 어민들과 상생협약을 체결해 수용성도 확보했다", W, None, ET, "achievement"),
        C("송배전공동접속설비는 국가가 지원해서 사업성을 올려줄 필요가 있다", W, None, ET, "plan"),
        C("오는 11월 전남형 상생 일자리 선포식을 대통령을 모시고 꼭 하고 싶다", W, None, ["jobs"], "plan"),
        C("해상풍력을 통해 그린 수소 생태계를 구축해 글로벌 그린에너지를 선도하는 지역이 되겠다", W, None, ET, "plan"),
    ],
    not_claims=["김 지사는 이날 오전 청와대에서 문재인 대통령 주재로 열린 ‘한국판 뉴딜 시·도지사 연석회의’에 참석해 이같이 말했다",
                "저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지"])

# dj-08 전남 귀농 국비 확보 (undated: "18일" only; institutional)
AG = ["agriculture"]
G["dj-08-kmib.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김영균", outlet="국민일보", jurisdiction="46"),
    officials=[],
    claims=[
        C("전국에서 가장 많은 국비 35억원을 확보했다고 18일 밝혔다", None, None, AG, "achievement"),
        C("평가를 주관한 농림축산식품부는 지원한 전국 70개 시·군 가운데 서류평가와 발표평가를 종합해 대상지를 선정했다", None, None, AG,
          "statement"),
        C("신규 대상으로 여수시와 순천시·진도군·신안군이 선정됐다", None, None, AG, "achievement"),
        C("계속 대상으로는 나주시와 광양시", None, None, AG, "achievement"),
        C("도시민 유치와 귀농·귀촌을 연계한 도시민 농촌유치 프로그램을 지역 특성에 맞게 추진할 수 있게 됐다", None, None, AG, "plan"),
        C("임시 거주공간을 제공하는 방식으로 추진된다", None, None, AG, "statement"),
    ],
    not_claims=["무안=김영균 기자 ykk222@kmib.co.kr", "트위터페이스북구글플러스"])

# dj-09 제주 대정해상풍력 시범지구 (undated: "6일" only; institutional; 2012 by URL)
G["dj-09-ajunews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="아주경제", jurisdiction="50"),
    officials=[],
    claims=[
        C("주민 또는 이해관계인의 의견을 수렴하기 위한 주민 열람공고를 오는 19일까지 실시한다고 6일 밝혔다", None, None, ET, "plan"),
        C("풍력자원을 공공자원으로 체계적으로 관리하게 되어 도민이익이 극대화된다", None, None, ET, "statement"),
        C("수용성을 감안해 지역별 균형적인 개발이 이루어진다", None, None, ET, "statement"),
        C("사업비의 약 25% 제주지역투자로 지역경제 활성화에 기여하게 된다", None, None, ET, "statement"),
        C("단기적인 고용인원 3,000여명과 장기적으로 업무와 관련해 고용인원 80여명의 일자리가 창출되게 된다", None, None,
          ["jobs", "energy-transition"], "target"),
        C("2GW 대규모 해상풍력단지 개발을 통해 제주도내 전력공급을 신재생에너지로 대체할 계획이다", None, None,
          ET + ["climate-carbon"], "target"),
        C("에너지의 완전 자립과 온실가스의 획기적 감축을 통하여 그 자체로 관광자원화 할 계획이다", None, None,
          ET + ["climate-carbon", "culture-tourism"], "plan"),
    ],
    not_claims=["©'5개국어 글로벌 경제신문' 아주경제. 무단전재·재배포 금지"])

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
os.makedirs(out, exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"],
           "not_claims": g["not_claims"]}
    with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as h:
        json.dump(doc, h, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
