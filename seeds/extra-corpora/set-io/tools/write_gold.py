"""Write set-io gold files (hand annotation). C(quote, speaker, date, policies, kind)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies.split(), "kind": kind}


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


D1 = "2017-12-11"
LG = "lee-gang-deok"
LS = "lee-seon-ho"
D2 = "2021-12-13"
D3 = "2019-04-09"
KG = "kim-gyeong-su"
D4 = "2018-12-11"
KY = "kwon-young-jin"
D5 = "2018-12-26"
KC = "kim-cheol-hun"
D6 = "2021-07-29"
KM = "kim-mun-o"
BS = "baek-seon-gi"
D9 = "2022-01-20"

FILES = {
    "io-01-donga.txt": (
        M("포항시 “지진피해 흥해읍 6500억 들여 도시재생”", "2017-12-12T03:00+09:00", None, None, "47110"),
        [LG],
        [
            C("포항시는 지진 피해가 심각한 흥해읍을 특별재생지역으로 선정했다", None, D1, "urban-regeneration disaster-safety", "achievement"),
            C("그대로 두면 도심 공동화(空洞化) 현상이 우려되기 때문이다", None, D1, "urban-regeneration", "statement"),
            C("시는 2단계로 나눠 재생사업을 추진한다", None, D1, "urban-regeneration", "plan"),
            C("사업비는 6500억 원으로 예상된다", None, D1, "urban-regeneration", "statement"),
            C("지진피해수습단(가칭)을 신설해 흥해읍에 도시재생 현장지원센터를 운영한다", None, D1, "urban-regeneration disaster-safety", "plan"),
            C("주민이 참여하는 지역협의체도 구성한다", None, D1, "urban-regeneration", "plan"),
            C("2단계 사업에 필요한 용역은 포항시와 LH가 이달 발주해", None, D1, "urban-regeneration", "plan"),
            C("재개발 및 재건축, 도시재생 등 사업 추진 방향을 검토한다", None, D1, "urban-regeneration housing", "plan"),
            C("단독주택은 800억 원을 투입해 재개발을 추진할 예정이다", None, D1, "urban-regeneration housing", "plan"),
            C("주거복지시설을 짓는 도시재생 뉴딜사업을 추진한다", None, D1, "urban-regeneration housing", "plan"),
            C("870억 원을 들여 공공시설과 주택을 정비하고 상가 리모델링 및 지역 명소화 사업을 한다", None, D1, "urban-regeneration culture-tourism", "plan"),
            C("건축물에 대한 내진(耐震) 보강 사업을 지원한다", None, D1, "urban-regeneration disaster-safety", "plan"),
            C("정부는 포항지역 6곳에 300억 원을 들여 다목적 재난대피시설을 짓는다", None, D1, "disaster-safety", "plan"),
            C("국립지진안전교육장도 추진한다", None, D1, "disaster-safety", "plan"),
        ],
        ["포항시 “지진피해 흥해읍 6500억 들여 도시재생”", "붕괴 위험 건축물 많아 공동화 우려",
         "1월 ‘지진피해수습단’ 신설… 도시재생 뉴딜사업 펼치기로",
         "11일 이강덕 시장(오른쪽)이 흥해읍 도시재생의 계획과 방향을 발표하고 있다", "흥해 재생에 6500억 원 투입",
         "시는 이참에 스마트 안전도시"],
    ),
    "io-02-ulsanilbo.txt": (
        M("울주형 스마트팜단지 첫삽…미래농업 거점으로", "2021-12-14T00:10+09:00", "이왕수", None, "31710"),
        [LS],
        [
            C("스마트팜 산업생태계를 조성하기 위해 관계기관과 손을 맞잡는가 하면", None, D2, "agriculture", "statement"),
            C("‘울주형 스마트팜 단지 조성사업’ 기공식을 가졌다", None, D2, "agriculture", "achievement"),
            C("스마트팜 단지는 군비 430억원이 투입돼", None, D2, "agriculture", "plan"),
            C("오는 2023년 6월 준공을 목표로 하고 있다", None, D2, "agriculture", "plan"),
            C("6차산업 활성화를 통한 주민소득 증대방안’에 따라 추진되며", None, D2, "agriculture", "plan"),
            C("미래농업을 육성하고 청년 귀농을 확산하는데 기여할 것", LS, D2, "agriculture youth-policy", "plan"),
            C("스마트팜 보급을 확산해 4차 산업혁명시대에 걸맞는 산업생태계를 조성하겠다", LS, D2, "agriculture", "plan"),
            C("‘울주형 스마트농업 산업생태계 조성을 위한 업무협약’을 체결했다", None, D2, "agriculture", "achievement"),
        ],
        ["울주형 스마트팜단지 첫삽…미래농업 거점으로",
         "13일 울산시 울주군 서생면에서 열린 울주형 스마트팜 조성사업 기공식에서 이선호 울주군수와",
         "협약에 따라 4개 기관은 스마트농업 산업생태계 조성을 위"],
    ),
    "io-03-naewaynews.txt": (
        M("부산시, 상반기 도시재생 뉴딜사업 '부산진구·수영구' 2곳 선정", "2019-04-09T13:52+09:00", "서유진", "내외신문", "26"),
        [],
        [
            C("‘2019년 국비 지원 도시재생 뉴딜사업’에 2곳이 선정됐다 밝혔다", None, D3, "urban-regeneration", "achievement"),
            C("선정된 곳은 ▲우리동네살리기 - 부산진구의 ‘바위동산이 숨트는 신선마을’", None, D3, "urban-regeneration", "achievement"),
            C("전국 100여 곳의 도시재생 뉴딜사업 지역을 선정할 계획이다", None, D3, "urban-regeneration", "plan"),
            C("이번 상반기에 22곳을 선정해 조기에 사업을 착수하고", None, D3, "urban-regeneration", "plan"),
            C("‘부산광역시 도시재생 전략계획’을 수립하고, 쇠퇴도 등을 조사해 활성화 지역을 지정할 계획이다", None, D3, "urban-regeneration", "plan"),
            C("국비 총 650억 원 확보를 목표로 노력한다는 방침이다", None, D3, "urban-regeneration", "target"),
            C("2018년 7곳의 도시재생 뉴딜 사업에 선정됐다", None, D3, "urban-regeneration", "achievement"),
            C("지역 맞춤형 일자리를 창출하는 도시재생 뉴딜사업을 착수하는 등", None, D3, "urban-regeneration jobs", "statement"),
        ],
        ["부산시, 상반기 도시재생 뉴딜사업 '부산진구·수영구' 2곳 선정", "국비 120억 원 확보"],
    ),
    "io-04-fnnews.txt": (
        M("김경수 지사, “경남형 스마트산단으로 대한민국 경제 활로 뚫어야”", "2018-12-11T12:06+09:00", "오성택", None, "48"),
        [KG],
        [
            C("스마트산단 모델을 빨리 만들어야 대한민국의 경제를 살릴 수 있다", KG, D4, "fourth-industrial-revolution", "plan"),
            C("서부경남KTX 예비타당성조사 면제가 연내 마무리되면", KG, D4, "public-transit", "statement"),
            C("스마트산업과 스마트공장, 스마트산단의 분야별·업종별·규모별 맞춤형 대책을 세밀하게 세워나갈 것을 독려했다", KG, D4, "fourth-industrial-revolution", "plan"),
            C("관광·힐링 등 연계산업의 종합적인 대책 수립에 착수할 것", KG, D4, "public-transit culture-tourism", "plan"),
            C("제조업 혁신 과정에서 필연적으로 창업의 기회가 생기게 된다", KG, D4, "fourth-industrial-revolution startup-support", "statement"),
            C("경남이 기술창업의 메가, 혁신창업의 요람이 될 수 있도록", KG, D4, "startup-support", "plan"),
            C("‘메이커 스페이스’(Maker’s Space)와 같은 상징적인 공간을 만들라는 주문도 했다", KG, D4, "startup-support", "plan"),
        ],
        ["김경수 지사, “경남형 스마트산단으로 대한민국 경제 활로 뚫어야”",
         "경남이 앞에서 대한민국 경제의 활로를 뚫어주는 역할을 해야 한다",
         "이제부터 그 다음 단계를 준비해야 할 시점이라는 것이다"],
    ),
    "io-05-newstory24.txt": (
        M("권영진 대구시장, \"내년에 신공항, 취수원 등 현안사업 성과 내겠다\"", "2018-12-26T17:15+09:00", "조현배", None, "27"),
        [KY],
        [
            C("통합신공항 건설, 안전한 취수원 확보, 시청 신청사 건립 등 3대 현안사업", KY, D5, "airport-relocation water-supply city-hall", "plan"),
            C("공항과 취수원 이전 등은 이해 당사자 사이에 합의와 설득 과정이 필요해", KY, D5, "airport-relocation water-supply", "statement"),
            C("어려움이 있더라도 헤쳐나가야 대구·경북의 미래가 있다", KY, D5, "airport-relocation water-supply", "plan"),
            C("대구공항 통합 이전 후보지 선정 등은 국방부와 실무적으로 의견을 조율하는 단계다", KY, D5, "airport-relocation", "statement"),
            C("군 공항만 이전하는 것은 불가능하다", KY, D5, "airport-relocation", "statement"),
            C("통합 이전을 반대하는 것은 2020년 총선 등을 겨냥한 정치적 의도가 깔려있다", KY, D5, "airport-relocation", "criticism"),
            C("폐수 무방류 시스템 실용화 검증 용역에 합의했다", KY, D5, "water-supply", "achievement"),
            C("해평 취수장 공동 사용과 무방류 시스템 도입 2가지 모두가 가능하다면 구미시 선택에 따르겠다", KY, D5, "water-supply", "plan"),
            C("신청사 건립을 둘러싼 구·군 유치전은 자연스러운 일이다", KY, D5, "city-hall", "statement"),
            C("시민 공론화위원회를 구성해 결정하겠다", KY, D5, "city-hall citizen-participation", "plan"),
        ],
        ["내년에 신공항, 취수원 등 현안사업 성과 내겠다",
         "권영진 대구시장이 26일 연 기자간담회에서 기자 질문에 답변하고 있다"],
    ),
    "io-06-ikld.txt": (
        M("김철훈 부산 영도구 구청장 \"구민 행복에 최선 다할터\"", "2021-07-30T11:57+09:00", "김두년", "국토일보", "26200"),
        [KC],
        [
            C("노인종합지원센터 개소가 무엇보다 필요한 공약이었다", KC, D6, "welfare", "achievement"),
            C("대평동 경제기반형 도시재생 뉴딜사업, 청학동 노후공업지역 활성화 시범사업을 통해", KC, D6, "urban-regeneration culture-tourism", "plan"),
        ],
        ["김철훈 부산 영도구 구청장 \"구민 행복에 최선 다할터\"", "흰여울문화마을 커피산업 ...영도의 국내외 명소로",
         "김철훈 부산 영도 구청장의 미디어연합취재단 기자회견 현장",
         "개청 이래 최대 규모인 1조 1,931억 원의 사업비를 확보하고",
         "현재 추진 중인 태종대 연결 해안 관광도로"],
    ),
    "io-07-donga.txt": (
        M("“청년이 미래의 희망…많은 기업 유치해 일자리 창출”", "2020-01-17T03:00+09:00", None, "동아일보", "27710"),
        [KM],
        [
            C("일자리 창출을 위해 기업 유치와 관광산업 활성화에 행정력을 쏟은 덕택이라고 본다", KM, "2020-01-16", "youth-policy jobs investment-attraction culture-tourism", "achievement"),
            C("달성군은 청년층 유입과 정착을 위해 신도시 테크노폴리스, 국가산업단지, 물 산업 클러스터 등 도시 인프라 확충에 집중했다", None, "2020-01-17", "youth-policy water-industry", "achievement"),
            C("현재까지 106개 업체가 자리 잡았다", None, "2020-01-17", "investment-attraction", "achievement"),
        ],
        ["“청년이 미래의 희망…많은 기업 유치해 일자리 창출”",
         "도시재생 뉴딜사업을 통해 전 지역이 고르게 잘사는 고장으로 만들고 싶다",
         "가야고분군 세계유산 등재추진단이 달성군을 벤치마킹하려고 찾아오기도 했다",
         "내년에는 국내 온라인쇼핑 1위 쿠팡의 초대형 물류센터가 들어선다"],
    ),
    "io-08-hankyung.txt": (
        M(None, None, None, None, "48310"),
        ["gwon-min-ho"],
        [
            C("불황의 여파가 골목상권에 미치지 않도록 지역 경제 살리기 종합대책을 추진하고 있다", None, None, "small-merchants", "statement"),
            C("종합대책에는 중소기업 육성자금 확대", None, None, "small-merchants startup-support jobs", "statement"),
            C("거제시 노·사·민·정 협의회를 구성해 일자리 창출과 인력 개발, 노사관계 안정과 협력 등을 논의하고 있다", None, None, "labor-relations jobs", "statement"),
            C("시급한 사항은 대(對)정부 건의도 할 방침이다", None, None, "labor-relations", "plan"),
            C("‘조선업희망센터’가 25일 거제에 들어선다", None, None, "jobs", "plan"),
            C("조선업 희망퇴직자 실업급여 지급, 재취업 교육 등", None, None, "jobs", "statement"),
            C("중소기업과 골목상권을 지키기 위해 지역 경제 살리기 대책을 추진하고", None, None, "small-merchants", "plan"),
            C("사회간접자본과 관광인프라 구축을 통해 위기를 극복할 계획이다", None, None, "culture-tourism", "plan"),
        ],
        ["권민호 거제시장(오른쪽 두 번째)이 시청 직원들과 전통시장을 둘러보고 있다", "거제는 세계 제1의 조선산업 도시다",
         "우선 해양플랜트 국가산업단지 조성과 해양플랜트 산업지원센터"],
    ),
    "io-09-kpinews.txt": (
        M("3선 마치는 백선기 경북 칠곡군수 \"남은 임기 끝까지 민생 챙기겠다\"", "2022-01-20T10:36+09:00", "전주식", None, "47850"),
        [BS],
        [
            C("칠곡 U자형관광벨트 조성, 호국브랜드화 사업추진, 호이장학기금 100억 원 달성, 전국 최고의 안전도시 선정 등의 성과를 거두었다", None, D9, "culture-tourism education disaster-safety", "achievement"),
            C("변경된 방역체계에 맞춰 대응체계를 능동적으로 확대·개편해 단계적 일상회복을 준비하겠다", BS, D9, "public-health", "plan"),
            C("칠곡사랑상품권을 250억원에서 300억원으로 확대 발행하고", BS, D9, "small-merchants", "target"),
        ],
        ["3선 마치는 백선기 경북 칠곡군수 \"남은 임기 끝까지 민생 챙기겠다\"",
         "U자형 관광벨트, 문화도시 개발 가장 보람으로 남아",
         "민생안정과 현안 사업 마무리를 위해 최선을 다하겠다",
         "올해도 여전히 코로나가 확산되고 있는데 대책은",
         "칠곡도 영세상인을 중심으로 생계에 여려움을 겪고 있다"],
    ),
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, (meta, officials, claims, not_claims) in FILES.items():
        gold = {"article": name, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
        (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(claims))
