"""Writes gold/*.json for set-kw (hand annotation; see GOLD_NOTES.md)."""
import json
from pathlib import Path

def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}

G = {}
d = "2019-03-05"
G["kw-01-newsch.txt"] = dict(
    metadata=dict(headline="경남지역 미세먼지 저감조치발령, 진주시 고농도 미세먼지 비상저감조치 본격 시행",
                  published="2019-03-05T18:26+09:00", reporter="조권래", outlet=None, jurisdiction="48170"),
    officials=[],
    claims=[
        C("진주시도 6일 06시부터 21시까지 미세먼지에 대응하는 비상저감조치를 시행한다고 5일 밝혔다", None, d, ["fine-dust"], "plan"),
        C("경남도에서 발령된 미세먼지 비상저감조치는", None, d, ["fine-dust"], "statement"),
        C("차량 2부제가 의무적으로 시행됨에 따라 짝수차량만 운행할 것을 신속히 전파하고", None, d, ["fine-dust"], "statement"),
        C("노후 건설기계 이용 자제, 살수차량 운행 등 미세먼지 발생 억제 조치를 시행하고", None, d, ["fine-dust"], "plan"),
        C("도심 간선도로에 도로 흡입청소차량 운행과 살수차를 임대하여 운행하고", None, d, ["fine-dust"], "plan"),
        C("비상저감조치의 일환으로 사업장·공사장에 대해 특별점검을 실시할 계획", None, d, ["fine-dust"], "plan"),
    ],
    not_claims=["미세먼지가 건강을 위협하고, 경남지역이 미세먼지가 나쁜지역임이 연일 보도되고 있다", "조권래 기자"],
)
G["kw-02-sejongmedia.txt"] = dict(
    metadata=dict(headline="서구 공한수 구청장이 직접 발로 뛰는 안부확인", published="2019-10-24",
                  reporter="송기종", outlet=None, jurisdiction="26140"),
    officials=["gong-han-su"],
    claims=[
        C("홀로 어르신 가구에 안부확인 요구르트 배달사업동행 체험하면서 복지사각지대 제로화를 위해 땀을 흘렸다", None, "2019-10-22", ["welfare"], "statement"),
        C("취약계층 홀몸 어르신 방문해 안부를 확인하고 아울러 촘촘한 사회 안전망을 구축하여", None, "2019-10-22", ["welfare"], "statement"),
        C("부산 서구는 2007년부터 행정의 손길이 미흡한 저소득 홀몸 어르신의 안부를 묻고", None, "2019-10-24", ["welfare"], "statement"),
        C("민·관이 함께 지속적인 관심을 기울겠다는 의지를 밝혔다", "gong-han-su", "2019-10-22", ["welfare"], "plan"),
    ],
    not_claims=["-복지사각지대 제로화에 앞장 -홈몸 어르신 불의 사고 사전에 방지", "서구 공한수 구청장이 직접 발로 뛰는 안부확인"],
)
d = "2025-09-12"
G["kw-03-asiae.txt"] = dict(
    metadata=dict(headline="양산시, 부산-양산-울산 광역철도 조속 추진 촉구 시민 결의대회 개최",
                  published="2025-09-12T17:30+09:00", reporter="김철우", outlet="아시아경제", jurisdiction="48330"),
    officials=["na-dong-yeon"],
    claims=[
        C("'부산-양산-울산 광역철도 건설사업' 조속한 추진을 위한 시민 결의대회가 개최됐다", None, d, ["public-transit"], "statement"),
        C("지역 숙원사업인 광역철도의 예비타당성조사 통과를 축하하고", None, d, ["public-transit"], "statement"),
        C("KTX울산역을 잇는 광역철도가 지난 7월 10일 기획재정부 예비타당성조사를 통과했으며", None, d, ["public-transit"], "achievement"),
        C("사업이 차질 없이 추진되도록 지혜와 역량을 모으는 출발점이 되기를 바란다", "na-dong-yeon", d, ["public-transit"], "plan"),
    ],
    not_claims=["양산시, 부산-양산-울산 광역철도 조속 추진 촉구 시민 결의대회 개최", "광역철도 조속 추진 촉구 시민 결의대회. 양산시 제공"],
)
d = "2023-03-15"
G["kw-04-aanews.txt"] = dict(
    metadata=dict(headline="안동 바이오생명 국가산단 지정, 대한민국 바이오산업 중심으로 도약",
                  published="2023-03-16T08:26:36+09:00", reporter="김성훈", outlet="AANEWS", jurisdiction="47"),
    officials=[],
    claims=[
        C("신규 국가산업단지 후보지에 안동 바이오생명 국가산업단지가 선정됐다고 밝혔다", None, d, ["medical-industry"], "achievement"),
        C("경북은 안동·경주·울진 3개소 모두 선정되는 쾌거를 이뤘다", None, d, ["medical-industry"], "achievement"),
        C("바이오·백신 관련 연구기관 및 시설을 보유하고 있으며", None, d, ["medical-industry", "research-development"], "statement"),
        C("“바이오·디지털헬스 중심국가 글로벌 중심국가 도약”을 국정과제에 포함했다", None, d, ["medical-industry", "research-development"], "statement"),
        C("사업비 3579억원을 투입해 바이오·백신산업 클러스터를 조성하고", None, d, ["medical-industry"], "plan"),
    ],
    not_claims=["대마 및 친환경 융복합 소재산업 육성으로 지역 주력산업 혁신 선도", "안동 바이오생명 국가산단 지정, 대한민국 바이오산업 중심으로 도약"],
)
Y = "yun-sun-yeong"
G["kw-05-kmib.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="국민일보", jurisdiction="27110"),
    officials=[Y],
    claims=[
        C("문화·관광 중구의 위상을 계속 높여 세계인이 주목하는 글로벌 중구를 만들겠습니다", Y, None, ["culture-tourism"], "plan"),
        C("올해 중구의 문화·관광이 더욱 꽃을 피우는 시기가 될 것", Y, None, ["culture-tourism"], "statement"),
        C("관광도시로도 자리매김했다", Y, None, ["culture-tourism"], "achievement"),
        C("문화·관광 인프라 위에 더욱 선명한 중구의 색깔을 입히는 작업을 할 계획이다", Y, None, ["culture-tourism"], "plan"),
        C("보존과 개발이 조화를 이루는 도심재창조의 모습을 보여 줄 것", Y, None, ["urban-regeneration", "culture-tourism"], "plan"),
        C("다시 찾고 싶은 관광도시 중구를 만들어갈 것", Y, None, ["culture-tourism"], "plan"),
        C("재난·재해예방에 행정력을 집중해 안전중구 만들기에 최선을 다할 것", Y, None, ["disaster-safety"], "plan"),
        C("중구보건소·노인복지관 신축, 마을·사회적기업 육성을 통한 맞춤형 일자리 정보 제공, 전통시장 경쟁력 제고 등을 조속히 시행 할 것", Y, None,
          ["welfare", "public-health", "jobs", "small-merchants"], "plan"),
        C("‘자갈마당’에 예술창작소 등 문화예술마을을 만드는 계획", Y, None, ["culture-tourism", "urban-regeneration"], "plan"),
    ],
    not_claims=["우리 중구는 사회의 질(SQ)지수 전국 2위, 지방자치단체 경쟁력지수 전국 3위의 살기 좋은 도시로 인정받았다",
                "‘주민이 더 행복한 중구’를 만들 계획이라고 했다"],
)
d = "2026-02-01"
J = "ju-nak-yeong"
G["kw-06-imaeil.txt"] = dict(
    metadata=dict(headline="[동해안, 원전 유치]경주, SMR 건설의 최적지다", published="2026-02-01T16:38:24+09:00",
                  reporter=None, outlet="매일신문", jurisdiction="47130"),
    officials=[J],
    claims=[
        C("소형모듈원자로(SMR) 건설 부지 유치 공모에 나선다", None, d, ["energy-transition"], "plan"),
        C("경주 유치는 대한민국 에너지 백년대계의 해답", J, d, ["energy-transition"], "statement"),
        C("SMR 건설 후보지로 가장 현실적이고 준비된 최적지", J, d, ["energy-transition"], "statement"),
        C("포스코와 연계한 국가 탄소중립을 효과적으로 실현 가능", None, d, ["energy-transition", "climate-carbon"], "statement"),
        C("원전 전 생애주기를 수행할 수 있는 국내 유일의 원자력클러스터를 갖추고 있다", None, d, ["energy-transition"], "statement"),
        C("SMR 설계·실증·운영·산업·사후 관리까지 연계 가능한 것이 경주의 경쟁력을 뒷받침", None, d, ["energy-transition"], "statement"),
    ],
    not_claims=["SMR산업 생태계 활성화에 가장 적합\n경주시", "SMR 유치 필요성과 기대효과 홍보 위한 주민설명회와 포럼 개최",
                "참관객들이 소형모듈원전(SMR) 모형을 살펴보고 있는 모습"],
)
d = "2022-07-04"
K = "kim-jong-hun"
G["kw-07-fnnews.txt"] = dict(
    metadata=dict(headline="김종훈 울산동구청장 \"지금보다 더 잘사는 동구 만들겠다\"", published="2022-07-04T15:12+09:00",
                  reporter="윤일지", outlet="뉴스1", jurisdiction="31170"),
    officials=[K],
    claims=[
        C("소외됐던 우리 주민들을 구정 운영의 주인공이자 행정의 동반자로 삼겠다", K, d, ["citizen-participation"], "plan"),
        C("동부회관과 서부회관의 운영중단 사태를 조속히 해결하겠다", K, d, ["culture-tourism"], "plan"),
        C("주민 생활과 직결된 사회복지·문화체육 인프라를 되살리겠다", K, d, ["welfare", "culture-tourism"], "plan"),
        C("체험관광시설이 지역 상권 활성화에 실질적인 도움이 되고 있는지 검토해", K, d, ["culture-tourism", "small-merchants"], "plan"),
        C("주민주도형 도시재생사업은 주민 모두가 골고루 누릴 수 있도록 다시 살펴보겠다", K, d, ["urban-regeneration", "citizen-participation"], "plan"),
    ],
    not_claims=["지금보다 더 잘사는 동구를 만들겠다", "주민과 함께 지혜를 모아 동구의 위기를 해결하고 희망을 만들어 가겠다",
                "구청 직원 모두가 일심동체가 돼 구정발전을 위해 열심히 일하겠다",
                "불황극복이라는 이름으로 단행된 대규모 해고로 숙련 노동자들은"],
)
d = "2025-02-27"
O = "oh-do-chang"
G["kw-08-kukinews.txt"] = dict(
    metadata=dict(headline="영양군, 인구 증가 위해 결혼·출산 지원 확대", published="2025-02-27T14:27:10+09:00",
                  reporter="권기웅", outlet="쿠키뉴스", jurisdiction="47760"),
    officials=[O],
    claims=[
        C("일자리 창출과 정주 환경 개선, 결혼·출산 지원 확대 등 다양한 정책을 추진한다고 27일 밝혔다", None, d, ["jobs", "childcare-birth"], "plan"),
        C("양수발전소 유치를 통해 150여 명의 일자리를 창출하는가 하면", None, d, ["jobs"], "achievement"),
        C("영양읍에 체류형 전원마을 10호를, 청기면에 정주형 작은 농원을 조성한다", None, d, ["housing", "agriculture"], "plan"),
        C("임대형 전원주택과 스마트팜을 결합한 새로운 주거·소득 모델로", None, d, ["housing", "agriculture"], "statement"),
        C("결혼·출산 장려 정책도 강화한다", None, d, ["childcare-birth"], "plan"),
        C("결혼비용 지원금을 부부 한 쌍당 300만원에서 부부 각각 300만원으로 늘려", None, d, ["childcare-birth"], "plan"),
        C("‘청년부부만들기 사업’은 결혼장려금을 기존 1회 500만원에서", None, d, ["childcare-birth", "youth-policy"], "plan"),
        C("출산장려금도 확대한다", None, d, ["childcare-birth"], "plan"),
        C("지원금을 두 배 늘려 출산·양육 부담을 줄일 계획이다", None, d, ["childcare-birth"], "plan"),
        C("실질적인 정책을 통해 결혼과 출산에 대한 부담을 덜어주겠다", O, d, ["childcare-birth"], "plan"),
        C("가족 친화적인 문화를 정착시켜 저출산 문제를 해결해 나가겠다", O, d, ["childcare-birth"], "plan"),
    ],
    not_claims=["영양군청 전경. 영양군 제공", "영양군, 인구 증가 위해 결혼·출산 지원 확대"],
)
d = "2023-03-14"
P = "park-heong-joon"
G["kw-09-newspim.txt"] = dict(
    metadata=dict(headline="박형준 부산시장 \"정부 엑스포 전 가덕도 신공항 조기 개항 발표 환영\"", published="2023-03-14T15:30+09:00",
                  reporter="남동현", outlet="뉴스핌", jurisdiction="26"),
    officials=[P],
    claims=[
        C("가덕도 신공항 조기 개항 로드맵과 관련해 환영의 뜻을 밝혔다", P, d, ["airport-relocation"], "statement"),
        C("부산을 비롯한 남부권 주민들과 함께 크게 환영한다", P, d, ["airport-relocation"], "statement"),
        C("2030년 이전에 조기 개항하도록 하기 위해 온 힘을 다해 대응해왔다", P, d, ["airport-relocation"], "achievement"),
        C("가덕도 신공항 조기 개항은 2030세계박람회 부산 유치를 위해 반드시 갖추어야 할 필수 조건이자", P, d, ["airport-relocation", "decentralization"], "statement"),
        C("가덕도 신공항 기본계획 중간 보고회에서 건설공법, 공항 배치안 등", P, d, ["airport-relocation"], "statement"),
        C("국회 차원의 제도적 뒷받침이 필요한다", P, d, ["airport-relocation"], "plan"),
        C("공항 건설 예정지역 주민들의 생활 안정과 재정착 지원 방안도 충실히 마련해 나가겠다", P, d, ["airport-relocation"], "plan"),
        C("가덕도 신공항 개항 시기에 맞춰 공항 복합도시를 차질 없이 조성해", P, d, ["airport-relocation"], "plan"),
    ],
    not_claims=["박형준 부산시장[사진=부산시]2023.02.16.", "※ 본문 글자 크기 조정"],
)

if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "gold"
    out.mkdir(exist_ok=True)
    for name, g in G.items():
        doc = {"article": name, **g}
        (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in G.values()))
