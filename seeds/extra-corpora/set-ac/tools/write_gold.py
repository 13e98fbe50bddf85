"""Writes set-ac gold files (hand annotation, see GOLD_NOTES.md)."""
import json
import os


def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name:
        c["speaker_name"] = name
    return c


G = {}

# ac-01 제주 원희룡 전기차 관용차 / 전기차 보급과 (text undated: '11일' only; URL says 2014-08-11)
W = "won-hee-ryong"
FV = ["future-vehicles"]
G["ac-01-etnews.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="박태준", outlet="전자신문", jurisdiction="50"),
    officials=[W],
    claims=[
        C("원희룡 제주도지사가 도내 전기차 보급 활성화에 직접 나선다", W, None, FV, "plan"),
        C("자사의 관용차량으로 전기자동차를 도입한다고 11일 밝혔다", None, None, FV, "plan"),
        C("관용차로 전기차를 도입하는 건 처음이다", None, None, FV, "statement"),
        C("중 한 개 모델을 결정할 예정이다", None, None, FV, "plan"),
        C("원 지사는 전국 지자체 처음으로 전기차 보급과를 신설한다", W, None, FV, "plan"),
        C("2030년까지 도내 37만대 차량을 전기차로 대체하는 각종 보급 사업을 전담한다", None, None,
          FV + ["climate-carbon"], "target"),
        C("연말이면 제주의 전기차 보급수가 서울보다 많은 1000대를 훌쩍 넘을 전망이다", None, None, FV, "statement"),
        C("제주는 이달 중 225대의 전기차를 추가 보급한다", None, None, FV, "target"),
        C("올해만 약 500대 전기차가 보급되는 것으로", None, None, FV, "statement"),
        C("원 지사는 글로벌 유명 전기차 모델 유치에도 적극 나설 방침이다", W, None, FV, "plan"),
        C("테슬라모터스 CEO와 만남을 추진한다", W, None, FV, "plan"),
        C("테슬라모터스의 제주도 진출은 물론이고 도내 사업장도 유치한다는 계획이다", W, None,
          FV + ["investment-attraction"], "plan"),
        C("제주는 전기차 충전 인프라 구축에 최적의 조건을 갖추고 있다", W, None, FV, "statement"),
        C("2030년까지 도의 37만대 모든 차량을 전기차로 전환해 글로벌 전기차 중심지가 되도록 할 것", W, None, FV, "target"),
    ],
    not_claims=["박태준기자 gaius@etnews.com"])

# ac-02 경남 박완수 청년정책조정위원회 (event 10일 = 2025-11-10 per caption; no publication line)
P, D = "park-wan-su", "2025-11-10"
Y = ["youth-policy"]
G["ac-02-newspim.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="남경문", outlet="뉴스핌", jurisdiction="48"),
    officials=[P],
    claims=[
        C("청년의 목소리를 자주 듣고 이를 적극적으로 정책에 반영하겠다", P, D, Y, "plan"),
        C("청년이 각자의 목표와 꿈을 실현할 수 있도록 정책을 꼼꼼히 챙기겠다", P, D, Y, "plan"),
        C("일자리, 교육 등 다양한 분야에서 각별한 애정을 가지고 사업을 추진하고 있다", P, D,
          Y + ["jobs", "education"], "statement"),
        C("청년정책의 실효성을 높이기 위해서는 위원 여러분의 조언과 협력이 절실하다", P, D, Y, "plan"),
        C("국·공유재산 임대료 인하를 통한 청년 창업 활성화", None, D,
          Y + ["culture-tourism", "jobs", "startup-support", "agriculture"], "plan"),
    ],
    not_claims=["청년정책 조정위에서 방향 논의", "K-콘텐츠 연계 맞춤형 정책 제안",
                "올해 청년정책 추진 성과를 점검하고 내년도 정책 방향을 논의하고 있다. [사진=경남도]",
                "이날 회의는 올해 청년정책 추진 성과를 점검하고 내년도 정책 방향을 논의하기 위한 자리로",
                "다양한 분야의 청년정책 추진 상황과 향후 계획을 논의했다",
                "이번 회의는 지난 1년간 추진한 청년정책의 총괄평가 결과와 건의 사항의 추진 상황을 공유하는 자리",
                "위원님들께서 청년정책 방향에 대해 허심탄회한 의견을 주시길 바란다"])

# ac-03 부산 도시재생 뉴딜 선정 (연합뉴스; '9일' only, no year in text; URL suggests 2019-04-09)
U = ["urban-regeneration"]
G["ac-03-yonhap.txt"] = dict(
    metadata=dict(headline="부산시 진구·수영구 도시재생사업지로 선정돼…국비 120억 확보", published=None,
                  reporter="박창수", outlet="연합뉴스", jurisdiction="26"),
    officials=[],
    claims=[
        C("국토교통부로부터 국비지원 도시재생 뉴딜사업에 선정됐다고 밝혔다", None, None, U, "achievement"),
        C("'바위동산이 숨트는 신선마을'은 우리동네살리기 부문에 선정됐다", None, None, U, "achievement"),
        C("공·폐가를 비롯해 낡은 집을 정비하고 마을 주민공유센터, 마을공유주차장 등이 조성된다", None, None, U, "plan"),
        C("'도시거주민과 방문객을 위한 도시수영-도도수영'은 일반 근린형으로 각각 선정됐다", None, None, U, "achievement"),
        C("이곳에는 어울림센터와 스마트 둘레 네트워크, 좌수영성 일원 특화경관 조성 등이 추진된다", None, None, U, "plan"),
        C("사업지에 선정된 이들 두 곳에는 국가 예산 120억원이 책정됐다", None, None, U, "achievement"),
        C("하반기에 4∼5곳이 추가로 도시재생 뉴딜사업에 선정될 수 있도록", None, None, U, "target"),
        C("시는 하반기 국비확보 목표를 650억원으로 잡았다", None, None, U, "target"),
        C("국토부는 올해 뉴딜사업 대상을 '우리동네살리기'를 제외한 활성화 지역으로 제한했다", None, None, U, "statement"),
        C("연말까지 도시재생 전략계획을 수립하고 쇠퇴도 등을 조사해 활성화 지역을 지정할 계획이다", None, None, U, "plan"),
        C("지난해에는 7곳이 도시재생 뉴딜사업에 선정돼 국비 1천90억원을 확보했다", None, None, U, "achievement"),
        C("내년부터 국토부에서 추진하는 '수시 선정'에 적극적으로 응모할 예정", None, None, U, "plan"),
    ],
    not_claims=["부산시 진구·수영구 도시재생사업지로 선정돼…국비 120억 확보", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"])

# ac-04 청도군 귀농귀촌 유치지원 사업 선정 (undated; '2021년 … 사업' → late 2020)
L = "lee-seung-yul"
A = ["agriculture"]
G["ac-04-kbmaeil.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="심한식", outlet="경북매일", jurisdiction="47820"),
    officials=[L],
    claims=[
        C("‘2021년 귀농귀촌 유치지원 사업’에 선정돼 국비 2억원과 지방비 2억원 등 총 4억원의 예산을 확보했다", None, None, A, "achievement"),
        C("귀농귀촌 유치지원 사업은 인구감소로 어려움을 겪는 농촌지역의 활력 증진을 위해", None, None, A, "statement"),
        C("청도군은 이번 공모사업 선정으로 귀농지원센터운영과", None, None, A, "plan"),
        C("경북도에서는 청도군과 포항시가 신규로 선정됐다", None, None, A, "achievement"),
        C("올해 귀농귀촌담당 신설과 다양한 정책지원 사업을 추진한 결과 선정됐다", L, None, A, "achievement"),
        C("청도군을 찾는 귀농·귀촌인에게 첫 단계부터 정착단계까지 맞춤형 지원을 통해", L, None, A, "plan"),
    ],
    not_claims=["/심한식기자 shs1127@kbmaeil.com", "저작권자 © 경북매일 무단전재 및 재배포 금지"])

# ac-05 창원 안상수 간부회의 미세먼지 (undated: '24일' only; 2017 by context)
S = "ahn-sang-su"
F = ["fine-dust"]
G["ac-05-nocutnews.txt"] = dict(
    metadata=dict(headline="안상수 창원시장 \"미세먼지 발생 현장 집중관리\"", published=None, reporter=None,
                  outlet=None, jurisdiction="48120"),
    officials=[S],
    claims=[
        C("창원시가 미세먼지 억제방안 마련에 적극 나서기로 했다", None, None, F, "plan"),
        C("국내에서 발생하는 미세먼지는 지방정부에서 적극적인 억제 방안을 마련해야 할 것이다", S, None, F, "plan"),
        C("우선 배출 비중이 높은 사업장과 공사장에 대한 관리가 강화돼야 할 것이다", S, None, F, "plan"),
        C("이를 즉각적으로 감소시킬 수 있는 대책도 강화해 주기 바란다", S, None, F, "plan"),
        C("노면청소와 살수차의 운행구간을 확대해야 하고", S, None, F, "plan"),
        C("미세먼지 종합대책을 강화해 체계적으로 상황을 관리하고 대처해 나가기 바란며", S, None, F, "plan"),
    ],
    not_claims=["미세먼지 발생 현장 집중관리",
                "올해 1분기 '전국 미세먼지 주의보'는 130회나 발령돼 지난해보다 72%나 늘었고",
                "미세먼지의 발생 원인은 사업장과 건설공사장의 90% 정도이고 나머지는 건설장비와 경유차에서 발생하고 있다",
                "많이 본 뉴스"])

# ac-06 울산 송철호 스마트도시 기본계획 (press conference 지난 22일 = 2022-04-22; 승인 2022-04-25 00:10)
K, D = "song-cheol-ho", "2022-04-22"
SC = ["smart-city"]
G["ac-06-ulsanilbo.txt"] = dict(
    metadata=dict(headline="울산 스마트 도시 조성, 5년간 2955억 투입", published="2022-04-25T00:10+09:00",
                  reporter="차형석", outlet=None, jurisdiction="31"),
    officials=[K],
    claims=[
        C("5년간 2955억원을 투입해 4차 산업혁명 시대에 발맞춘 스마트도시를 조성에 나선다", None, D, SC, "plan"),
        C("기자회견을 열어 앞으로 5년간 추진할 스마트도시 기본계획을 발표했다", K, D, SC, "plan"),
        C("울산 스마트도시 비전은 ‘시민 체감형 미래도시, 스마트 울산’이다", None, D, SC, "statement"),
        C("7대 분야에서 36개 사업을 추진할 계획이다", None, D, SC + ["fourth-industrial-revolution"], "plan"),
        C("이 사업에는 오는 2026년까지 총 2955억원이 투입된다", None, D, SC, "statement"),
        C("‘수요 맞춤 스마트 교통’ 분야에서는 6개 사업에 344억원이 투입된다", None, D, SC, "statement"),
        C("‘탄소중립 그린환경’ 분야는 6개 사업에 570억원이 투입된다", None, D, SC + ["climate-carbon"], "statement"),
        C("‘일상안심 스마트안전’ 분야는 4개 사업으로 구성됐으며", None, D, SC + ["disaster-safety"], "statement"),
        C("‘소외 없는 스마트복지’ 분야는 4개 사업에 290억원이 투입되며", None, D,
          SC + ["welfare", "culture-tourism"], "statement"),
        C("‘디지털 혁신 산업·경제’ 분야에서는 8개 사업에 1399억원이 투입되고", None, D,
          SC + ["fourth-industrial-revolution", "citizen-participation"], "statement"),
        C("스마트도시 서비스는 공간계획에 따라 6개 생활권역과", None, D, SC, "statement"),
    ],
    not_claims=["울산 스마트 도시 조성, 5년간 2955억 투입", "차형석 기자",
                "송철호 울산시장이 지난 22일 시청 프레스센터에서 스마트 교통·안전 등 7대 분야 36개 사업을 추진하는"])

# ac-07 대구 달서구 복지위기가구 업무협약 (지난 9일 = 2024-09-09; 입력 2024-09-11 16:06:20)
T, E, D = "lee-tae-hun", "2024-09-09", "2024-09-11"
WF = ["welfare"]
G["ac-07-imaeil.txt"] = dict(
    metadata=dict(headline="대구 달서구, 복지위기가구 발굴 및 지원을 위한 업무협약 체결",
                  published="2024-09-11T16:06:20+09:00", reporter=None, outlet=None, jurisdiction="27290"),
    officials=[T],
    claims=[
        C("7개 노인맞춤형돌봄 수행기관과 복지위기가구 발굴 및 지원을 위한 업무협약을 체결했다", None, E, WF, "achievement"),
        C("이번 협약은 민관협력을 통해 더 많은 위기가구를 발굴하고", None, E, WF, "statement"),
        C("각 기관 생활지원사를 명예사회복지공무원으로 위촉", None, E, WF, "plan"),
        C("SNS 서포터즈 온통발굴 홍보단을 통해 다양한 SNS 채널을 활용하여 숨은 위기가구를 찾기 위해서 노력할 예정이다", None, D, WF, "plan"),
        C("복지 사각지대에 있는 위기가구가 지역 안에서 더욱 행복한 삶을 영위할 수 있도록 노력하겠다", T, D, WF, "plan"),
    ],
    not_claims=["대구 달서구, 복지위기가구 발굴 및 지원을 위한 업무협약 체결", "입력 2024-09-11 16:06:20"])

# ac-08 울산 울주군 이순걸 민선8기 2주년 기자간담회 (4일 = 2024-07-04; 2024.07.04 18:32)
J, D = "lee-sun-geol", "2024-07-04"
G["ac-08-fnnews.txt"] = dict(
    metadata=dict(headline="울주군, 전 국민 관광 1번지로 조성.. 이순걸 군수 후반기 계획 밝혀",
                  published="2024-07-04T18:32+09:00", reporter="최수상", outlet="파이낸셜뉴스", jurisdiction="31710"),
    officials=[J],
    claims=[
        C("전 국민이 찾는 관광 울주를 조성하겠습니다", J, D, ["culture-tourism"], "plan"),
        C("'문화·관광, 산업이 어우러진 젊은 도시'를 만들겠다고 밝혔다", J, D, ["culture-tourism"], "plan"),
        C("하이브리드형 세계 최대 식물원 조성, 산악익스트림센터 건립, 울주 해안도로 관광 명소화 추진", J, D,
          ["culture-tourism"], "plan"),
        C("기업 투자 유치금 보조와 기업 맞춤형 지원 사업을 통해 투자 기업 유치와 강소기업 육성을 꾀하고", J, D,
          ["investment-attraction", "labor-relations"], "plan"),
        C("남부권·서부권 육아종합지원센터 건립, 굴화지역 통합키움센터 건립", J, D,
          ["welfare", "childcare-birth", "fourth-industrial-revolution"], "plan"),
        C("언양 무동마을 자연재해 위험개선지구 정비사업 추진", J, D, ["disaster-safety"], "plan"),
        C("새롭게 변화하는 스마트 도시' 조성을 위해 KTX역세권 복합특화단지와", J, D, ["smart-city"], "plan"),
    ],
    not_claims=["울주군, 전 국민 관광 1번지로 조성.. 이순걸 군수 후반기 계획 밝혀",
                "민선 8기 2주년 기자간담회를 갖고 주요 군정 성과와 임기 후반기 주요 계획을 발표했다",
                "파크골프장을 조성해 군민 건강 증진과 여가의 장을 마련하겠다고 밝혔다"])

# ac-09 제주도 버스 노선 보완 (undated: '22일', '지난 8월 26일'; 2017 by context)
PT = ["public-transit"]
G["ac-09-jejutwn.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="50"),
    officials=[],
    claims=[
        C("281번 노선에 차량 3대를 증차한다고 밝혔다", None, None, PT, "plan"),
        C("만원버스로 인한 불편사항이 해소될 전망이다", None, None, PT, "plan"),
        C("학생 통학과 출퇴근 이용객의 편의를 도모해 나갈 계획이다", None, None, PT, "plan"),
        C("총 115건에 대한 후속조치를 시행 한 바 있다", None, None, PT, "achievement"),
    ],
    not_claims=[])

base = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(base, "gold"), exist_ok=True)
for name, g in G.items():
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": g["claims"], "not_claims": g["not_claims"]}
    with open(os.path.join(base, "gold", name + ".json"), "w", encoding="utf-8") as handle:
        json.dump(doc, handle, ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
