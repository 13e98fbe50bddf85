"""Writes set-q gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}

K, D = "kim-gyeong-su", "2019-06-24"
G["q-01-newscj.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="이선미", outlet="천지일보", jurisdiction="48"),
    officials=[K],
    claims=[
        C("김해신공항을 제외한 경남숙원사업은 가닥을 잡았다", K, D, ["airport-relocation"], "statement"),
        C("스마트경제·복지·교육의 3대 핵심 분야를 제시했다", K, D, ["welfare", "education"], "plan"),
        C("좋은 일자리를 확대하는 ‘스마트경제’를 강조했다", K, D, ["jobs"], "plan"),
        C("수요자 중심 맞춤형 전달체계의 스마트 복지’ 전략 구체화", K, D, ["welfare"], "plan"),
    ],
    not_claims=["민선7기 도지사 취임 1주년 기자 간담회를 통해 브리핑을 하고 있다",
                "스마트경제·복지·교육 3대 핵심 제시", "민·관·학 체감↑ 평생교육 체계 구축",
                "지난 1년 동안 도민의 체감경기는 힘들고 어려웠다",
                "도민의 삶을 변화시키는 도정으로 만들겠다",
                "이례적으로 프레스센터가 아닌 도정회의실에서 기자회견을 열었다"])

Y = "kim-yung-rok"
G["q-02-japolicenews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="46"),
    officials=[Y],
    claims=[
        C("경전선 전철화와 무안국제공항 활주로 연장, 기후변화 대응 농업연구단지 등", Y, None, ["public-transit", "climate-carbon", "agriculture"], "achievement"),
        C("170개 기업과 7조 464억 원 규모의 투자협약", Y, None, ["investment-attraction", "culture-tourism", "future-vehicles"], "achievement"),
        C("2018 전남국제수묵비엔날레를 통해 수묵의 국제적 발전 가능성 확인", Y, None, ["culture-tourism"], "achievement"),
        C("관광 기반시설 확충을 통해 ‘남해안 신 관광시대’를 열어가겠다", Y, None, ["culture-tourism"], "plan"),
        C("농림축산식품부의 농산시책평가 최우수", Y, None, ["agriculture"], "achievement"),
    ],
    not_claims=["2018년 송년 기자회견을 열어 분야별 민선7기 첫 해 성과를 밝혔다",
                "이처럼 전남 발전을 담보할 굵직한 성과들이 이어져 미래를 밝게 하고 있다",
                "미래 먹거리인 신성장 동력산업 육성과 주력산업의 재도약에 총력을 기울이겠다"])

M = "mun-jeong-u"
G["q-03-jbnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김정미", outlet="중부매일", jurisdiction="44710"),
    officials=[M],
    claims=[
        C("전국 최고 수준의 출산장려금 지급 계획을 밝혀 화제를 모았던 금산군이", None, None, ["childcare-birth"], "statement"),
        C("금산군은 2019년부터 출산장려금을 확대", None, None, ["childcare-birth"], "plan"),
        C("저출산 극복을 위해서는 출산장려금을 대폭 확대하고", M, None, ["childcare-birth"], "plan"),
        C("귀농교육센터 운영, 도시민 농촌유치 지원 등의 정책을 추진하겠다", M, None, ["agriculture"], "plan"),
        C("산모신생아 도우미 지원, 건강관리 사업 등 모자보건 사업을 추진하고", M, None, ["childcare-birth", "public-health", "welfare"], "plan"),
    ],
    not_claims=["전국 최고 수준 출산장려금 확대 이어 발표",
                "시정 연설'을 하고 있다. / 금산군",
                "한해 태어나는 출생자수보다 사망자수가 많아 인구가 지속적으로 감소하고 있다",
                "저작권자 © 중부매일 - 충청권 대표 뉴스 플랫폼"])

S = "song-ha-jin"
G["q-04-hankookilbo.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="45"),
    officials=[S],
    claims=[
        C("전북도가 1일부터 관광객 3,500만명을 유치하기 위해 본격적으로 발벗고 나섰다", None, None, ["culture-tourism"], "target"),
        C("전북의 숨은 매력을 세계에 널리 알리는 원년으로 삼기 위한 취지에서 개최했다", None, None, ["culture-tourism"], "statement"),
        C("3대 전략과 30개 실행과제를 추진해 적극적인 관광객 유치에 나서기로 했다", None, None, ["culture-tourism"], "plan"),
        C("전북도가 전국에서 처음 도입한 ‘토탈 관광시스템’도 알리기로 했다", None, None, ["culture-tourism"], "plan"),
        C("토탈 관광시스템은 전북투어패스 카드 한 장으로", None, None, ["culture-tourism", "public-transit"], "statement"),
        C("한(韓)스타일 관광자원 등을 바탕으로 올해 3,500만명의 국내외", S, None, ["culture-tourism"], "target"),
    ],
    not_claims=["올해 관광객 3500만명 유치", "3대 전략 30개 과제 추진", "U-20 월드컵ㆍ세계태권도 대회 활용",
                "선포식을 갖고 관광객 3,500만명 유치를 선언했다. 전북도 제공",
                "정세균 국회의장, 송하진 전북지사, 정창수 한국관광공사",
                "전북은 자연과 역사 등에서 한국문화의 원형이 가장 잘 보존돼 있는 관광의 땅"])

KY = "kwon-young-jin"
G["q-05-imaeil.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="27"),
    officials=[KY],
    claims=[
        C("올 하반기 중 트램(노면 전차) 도입에 대한 공론화 과정을 밟는다고", None, None, ["public-transit", "citizen-participation"], "plan"),
        C("찬반 이해당사자들이 직접 참여하는 원탁회의 또는 여론조사 등", None, None, ["citizen-participation", "public-transit"], "statement"),
        C("트램 건설은 지난해 지방선거 당시 권영진 대구시장의 공약이다", None, None, ["public-transit"], "statement"),
        C("팔공신도시선(대구국제공항 이전터 연계) 등 3개 노선을 제시했다", KY, None, ["public-transit"], "plan"),
        C("'신교통시스템 도입 사전타당성 조사 용역'을 병행하고 있다", None, None, ["public-transit"], "statement"),
        C("이달 말 중간보고회를 거쳐 내년 1월쯤 결과가 나온다", None, None, ["public-transit"], "statement"),
        C("공론화 과정에서 시민들에게 구체적으로 제시할 계획이다", None, None, ["public-transit", "citizen-participation"], "plan"),
    ],
    not_claims=["대구시민 여러분, 트램 도입에 대해 어떻게 생각하십니까.",
                "지방 공항 사업 곳곳서 난관…다시 드리운 '탈원전' 그림자까지",
                "댓글 많은 뉴스"])

B = "gwon-ik-hyeon"
G["q-06-newsway.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="우찬국", outlet="뉴스웨이", jurisdiction="45800"),
    officials=[B],
    claims=[
        C("미세먼지로 인한 사회적 문제가 심각하다", B, None, ["fine-dust"], "statement"),
        C("부안군만의 대응책도 마련해 추진하라", B, None, ["fine-dust"], "plan"),
        C("중국발 미세먼지 직접 영향권 위치", None, None, ["fine-dust"], "statement"),
        C("노후경유차 조기폐차 지원과 전기자동차 보급", None, None, ["fine-dust", "future-vehicles"], "statement"),
        C("각종 대규모 건설공사 현장 등의 안전사고 위험이 높아지고 있다", B, None, ["disaster-safety"], "statement"),
        C("안전점검을 대폭 강화해 달라", B, None, ["disaster-safety"], "plan"),
        C("군민과 소통하는 열린 행정 실현에 최선을 다하자", B, None, ["citizen-participation"], "plan"),
    ],
    not_claims=["주요간부회의서 강조, 연초 주요업무계획 차질 없는 추진도 주문",
                "연초 수립했던 주요업무계획이 차질 없이 추진될 수 있도록 노력해 달라",
                "저작권자 © 온라인 경제미디어 뉴스웨이 · 무단 전재 및 재배포 금지"])

T, D = "gwon-sun-taek", "2014-07-01"
G["q-07-seoul.txt"] = dict(
    metadata=dict(headline="권선택 대전시장 취임 “시민이 주인되는 대전 만들것”", published="2014-07-01T00:00+09:00",
                  reporter=None, outlet="서울신문", jurisdiction="30"),
    officials=[T],
    claims=[
        C("도시철도 2호선 건설사업에 대해 ‘재검토 의견’을 냈지만", T, D, ["public-transit"], "statement"),
    ],
    not_claims=["권선택 대전시장 취임 “시민이 주인되는 대전 만들것”",
                "세월호 참사는 ‘사람’이 최고의 가치라는 사실을 일깨워 줬다",
                "시민의 편에 서서 시민의 명령에 따르는 시장이 되겠다",
                "새로운 100년을 향한 출발선에 선 대전의 변화와 도전을 시민 여러분과 함께하겠다",
                "조직 안정에 중점을 두면서 정체되지 않도록 발탁성 인사도 가미하겠다",
                "취임사 하는 권선택 대전시장"])

J, D = "jo-gwang-han", "2021-10-20"
G["q-08-newsis.txt"] = dict(
    metadata=dict(headline="조광한 남양주시장 \"국가 차원에서 상수원 다변화하자\"", published="2021-10-20T18:06:43+09:00",
                  reporter="이호진", outlet="뉴시스", jurisdiction="41360"),
    officials=[J],
    claims=[
        C("국가 차원의 수도권 상수원 다변화 정책 추진을 건의했다", J, D, ["water-supply"], "plan"),
        C("1975년 과학적 기준도 없이 개발제한구역을 따라 그대로 상수원보호구역으로 지정되고", J, D, ["water-supply"], "criticism"),
        C("팔당호는 수도권 2600만 주민이 의존하고 있는 단일 상수원으로", J, D, ["water-supply"], "criticism"),
        C("수질정화기술을 기반으로 상수원보호구역 규제 개선이 이뤄져야 한다", J, D, ["water-supply"], "plan"),
        C("북한강과 남한강으로 분산하는 상수원 다변화를 정부 차원에 추진해야 한다", J, D, ["water-supply"], "plan"),
        C("시는 취수원을 팔당호 단일 체계에서 경안천 수계를 제외하고", None, D, ["water-supply"], "statement"),
        C("팔당 상수원을 다변화하면 물 안보 문제와 깨끗한 물 공급 문제", J, D, ["water-supply"], "statement"),
    ],
    not_claims=["조광한 남양주시장 \"국가 차원에서 상수원 다변화하자\"",
                "약국이나 병원, 문방구, 지킨집 하나 없어 상대적 박탈감이 점점 커져가고 있다",
                "◎공감언론 뉴시스 asake@newsis.com"])

KG = "kim-gi-hyeon"
G["q-09-usmbc.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="울산MBC", jurisdiction="31"),
    officials=[KG],
    claims=[
        C("8조 원의 투자를 유치하는 등의 성과를 거뒀으며", KG, None, ["investment-attraction", "citizen-participation"], "achievement"),
        C("후반기에는 경제 살리기와 일자리 창출을 최우선 과제로 추진하겠다고", KG, None, ["jobs", "public-health"], "plan"),
    ],
    not_claims=["지난 2년간 위기극복과 미래 재도약의 발판을 구축했다고 밝혔습니다",
                "여러분의 의견을 남겨주세요"])

for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-q/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
