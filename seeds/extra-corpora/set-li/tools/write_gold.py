"""Write set-li gold files (hand annotation; see GOLD_NOTES.md). C(quote, speaker, date, policies, kind[, name])."""
import json, os

GOLD = os.path.join(os.path.dirname(__file__), '..', 'gold')


def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet,
            "jurisdiction": jurisdiction}


G = {}

d = "2019-10-21"
G['li-01-asiatoday.txt'] = dict(
    metadata=M("홍순헌 해운대구청장 “권역별 맞춤형 명품신도시로 개발”", "2019-10-21T08:29+09:00", None, "아시아투데이", "26350"),
    officials=["hong-sun-heon"],
    claims=[
        C("세 권역별 맞춤형으로 개발해 명품신도시로 변모시켜 나갈 것이라고 21일 밝혔다", "hong-sun-heon", d,
          ["urban-regeneration", "culture-tourism"], "plan"),
        C("제2센텀 산업단지 조성 및 주거 재생사업을 통한 지역 균형발전과 도시의 자족기능을 강화한다", None, d,
          ["urban-regeneration"], "plan"),
        C("반송2동은 국토교통부가 도시재생 뉴딜사업 대상지역으로 선정돼 180억원", None, d, ["urban-regeneration"], "achievement"),
    ],
    not_claims=["부산 해운대구 권역별 맞춤형 발전 방안 제시", "권역별 맞춤형 발전 방안을 제시했다",
                "융합부품소재 및 정보통신, 영상콘텐츠 사업 등 최첨단 산업단지를 조성한다",
                "해운대 동서 간 격차 해소 및 교통난 해소에 큰 도움이 될 예정이다",
                "산림치유 공간이자 주민 여가휴식 공간으로 이용될 수 있도록 한다"],
)

d = "2022-10-19"
E = ["energy-transition"]
G['li-02-kukinews.txt'] = dict(
    metadata=M("포항시, '수소시대' 연다", "2022-10-19T16:00:36+09:00", None, None, "47110"),
    officials=[],
    claims=[
        C("경북 포항시가 '친환경 수소에너시 산업도시'로 거듭날 전망이다", None, d, E, "statement"),
        C("수소경제를 새로운 성장 엔진으로 정하고 친환경 수소에너지 산업도시 기반 조성에 박차를 가하고 있다", None, d, E,
          "statement", "김정표"),
        C("시는 정부의 에너지 정책 방향 전환에 따라 수소경제 시대에 대비하고 있다", None, d, E, "statement"),
        C("수소연료전지 발전 클러스터 구축사업이 정부 예비 타당성조사 대상 사업에 선정돼", None, d, E, "achievement"),
        C("1890억원을 투입해 수소연료전지 기업지원센터를 구축한다", None, d, E, "plan"),
        C("'수소연료전지 인증센터'도 핵심 인프라다", None, d, E, "statement"),
        C("우수한 수소산업 역량도 강점이다", None, d, E, "statement"),
        C("4개 부문으로 나눠 수소에너지 산업도시 기반을 조성할 계획이다", None, d, ["energy-transition", "future-vehicles"], "plan"),
        C("수소산업 육성 기본계획 수립 연구용역을 진행중이다", None, d, E, "statement"),
        C("내년부터 체계적이고 지속적으로 수소에너지산업을 육성한다", None, d, E, "plan"),
    ],
    not_claims=["국토부 수소도시 조성사업 선정, 수소도시 실현 '탄력'", "친환경 수소에너지 산업도시 기반 조성 '박차'",
                "수소에너지 산업도시 기반 조성 계획도. (포항시 제공)", "수소도시 조성사업도 탄력"],
)

d = "2022-03-23"
G['li-03-meconomynews.txt'] = dict(
    metadata=M("부산시, 62개 생활권 맞춤형 15분 도시 조성 본격화", "2022-03-24T10:13+09:00", "강영범", None, "26"),
    officials=["park-heong-joon"],
    claims=[
        C("의료 보육 문화 생활체육 등의 편의시설을 이용할 수 있는 ‘15분 도시’를 본격적으로 조성한다고 밝혔다",
          "park-heong-joon", d, ["public-health", "childcare-birth", "culture-tourism"], "plan"),
        C("여건에 따라 보행 생활권과 대중교통 생활권으로 구분할 예정이다", None, d, ["public-transit"], "plan"),
        C("도보와 자전거 생활권의 중심지는 어린이 복합문화공간 ‘들락날락’으로 하고", None, d,
          ["culture-tourism", "public-transit"], "plan"),
    ],
    not_claims=["보행 생활권, 대중교통 생활권 구분", "'15분 도시 부산 전략'에 대한 기자회견을 가졌다",
                "경사지에 거주해 도보나 자전거로 이동하는 데 한계가 있는 것으로 분석했다",
                "15분 도시 모델을 만든 뒤 시 전역으로 확대할 계획이다",
                "현재 시가 추진하는 15분 도시 사업은 총 115개 항목",
                "15분 생활권 도시 조성 관련 예산이 11조5938억 원으로 가장 높다"],
)

d = "2016-12-28"
G['li-04-snmnews.txt'] = dict(
    metadata=M("진주시, 금형산업 메카 노려", "2016-12-28", "정수남", None, "48170"),
    officials=[],
    claims=[
        C("우주부품시험센터와 항공전자기 기술센터 등 연구센터를 착공해", None, d, ["research-development"], "plan"),
        C("1단계 사업에 3,100억원의 국비를 투입하고", None, d, ["research-development"], "plan"),
        C("우주항공 관련 기업 유치와 고용 창출을 노린다", None, d, ["investment-attraction", "jobs"], "plan"),
        C("10만개 정도의 일자리 창출을 기대하고 있다", None, d, ["jobs"], "target"),
        C("우주항공 산업 추가 유치에 유리한 고지를 선점해 우주항공 도시로 도약할 것", None, d, ["investment-attraction"], "plan"),
    ],
    not_claims=["항공우주산업과 시너지…일자리 10만개 창출 등",
                "미래성장 동력으로 우주항공산업을 육성, 뿌리업계 가운데 금형산업과 시너지를 낸다는 복안이다"],
)

d = "2019-10-21"
T = ["culture-tourism"]
TR = ["culture-tourism", "urban-regeneration"]
G['li-05-nhtimes.txt'] = dict(
    metadata=M("남해군, 창의적 콘텐츠 개발·적정규모 관광사업 추진 밝혀", "2019-10-25T17:02+09:00", "김수연", None, "48840"),
    officials=[],
    claims=[
        C("남해관광 주요 현안사업의 2대 기조로", None, d, T, "plan", "김용태"),
        C("시설계획을 갖춘 관광자원을 공급한다는 계획이다", None, d, T, "plan"),
        C("주민이 콘텐츠를 직접 제공하는 참여형 프로그램을 추진한다", None, d, T, "plan"),
        C("△남해각 재생사업 건물 재생", None, d, TR, "plan"),
        C("내년 4월 개관", None, d, TR, "plan"),
        C("앵강만 다도해전망대 조성사업 지역 특성 고려한 설계로", None, d, T, "plan"),
        C("사업비 19억원(도비9.5억, 군비9.5억)", None, d, T, "statement"),
        C("△미조냉동창고 재생사업", None, d, TR, "plan"),
        C("사업비 25억원(도비10억, 군비15억)", None, d, TR, "statement"),
        C("△힐링빌리지 조성사업 창선면", None, d, T, "plan"),
    ],
    not_claims=["민간 참여 확대와 지역축제 활성화 계획도",
                "남해관광 주요사업 추진과 관광경쟁력 진단 용역 결과를 밝혔다",
                "콘텐츠·운영계획 충실한 관광자원 개발", "관광거점 다양화, 민간협업체계 구축"],
)

G['li-06-ulsanpress.txt'] = dict(
    metadata=M(None, None, None, None, "31170"),
    officials=["gwon-myeong-ho"],
    claims=[
        C("관광산업 활성화, 안전인프라 구축, 평생교육을 비롯한 교육사업에도 힘을 쏟아 왔다", None, None,
          ["culture-tourism", "disaster-safety", "education"], "achievement"),
        C("지역경기 회복을 위한 노사화합과 현대중공업 사업장 이전 자제를 촉구하는 기자회견을 갖는 등", "gwon-myeong-ho", None,
          ["labor-relations"], "achievement"),
        C("조선업희망센터를 전국 최초로 지난 7월 개소해", None, None, ["jobs"], "achievement"),
        C("취업박람회를 확대 개최하는 등 일자리 창출과 서민생활 안정을 위해 노력해 왔다", None, None, ["jobs"], "achievement"),
        C("전통시장을 중심으로 지역상권 활성화를 위한 정책을 펼쳤다", None, None, ["small-merchants"], "achievement"),
        C("성장동력인 관광업 활성화에도 집중했다", None, None, ["culture-tourism"], "achievement"),
        C("소리체험관을 지난 7월 개관했고", None, None, ["culture-tourism"], "achievement"),
        C("관광인프라 확충에 노력한 결과, 평일에는 하루 700여명", None, None, ["culture-tourism"], "achievement"),
        C("'울산12경'에 새롭게 포함되기도 했다", None, None, ["culture-tourism"], "achievement"),
    ],
    not_claims=["# 전국 첫 조선업희망센터 개소", "동양최대의 등대인 화암추등"],
)

G['li-07-newdaily.txt'] = dict(
    metadata=M("이철우 경북도지사, 농업대전환 위한 열공 돌입", "2022-08-08T00:22+09:00", None, "뉴데일리", "47"),
    officials=["lee-cheol-u"],
    claims=[
        C("이를 구체화하기 위해 열공 모드에 들어갔다", "lee-cheol-u", "2022-08-08", ["agriculture"], "statement"),
        C("첨단농업과 식량안보분야 전문가에게 경북농업대전환의 필요성을 설명하고", "lee-cheol-u", "2022-08-05",
          ["agriculture"], "statement"),
        C("4차 산업혁명기술이 일반화되고 있는 지금이 농업을 첨단산업으로 대전환할 적기이다", "lee-cheol-u", "2022-08-05",
          ["agriculture", "fourth-industrial-revolution"], "statement"),
        C("경북농업을 대전환시켜 이를 통해 대한민국 농업을 확 바꿔나가자", "lee-cheol-u", "2022-08-05", ["agriculture"], "plan"),
    ],
    not_claims=["5일 전문가와 도시락 간담회, 농업은 첨단산업으로", "농촌은 힐링공간으로 만들기 위한 잰걸음",
                "이를 구체화하기 위해 열공 모드에 돌입했다",
                "현장 스마트팜 운영자인 농업회사법인 새봄 조영호 대표"],
)

Y = ["youth-policy"]
G['li-08-asiatoday.txt'] = dict(
    metadata=M("대구 북구, ‘청년이 살고 싶은 지역’ 위해 19개 사업 추진", "2024-09-12T16:14+09:00", "권도연", None, "27230"),
    officials=["bae-gwang-sik"],
    claims=[
        C("19개의 사업을 심의하고 확정해 추진한다", None, "2024-09-12", Y, "plan"),
        C("2024년 청년정책·청년친화도시 시행계획을 확정했다고 12일 밝혔다", None, "2024-09-11", Y, "achievement"),
        C("3개 분야 19개 세부사업(총사업비 211억원)을 제시했다", None, "2024-09-12", ["youth-policy", "jobs", "housing"], "plan"),
        C("창업기업 지원에 대한 종합 계획과 창업 후 지원에 대한 의견을 제시했다", None, "2024-09-11",
          ["youth-policy", "jobs", "startup-support"], "statement"),
        C("제시된 의견들은 다음해 부서업무 추진에 반영될 예정이다", None, "2024-09-12", Y, "plan"),
        C("청년들의 자립기반을 만들어 청년들의 미래를 밝힐 수 있도록", "bae-gwang-sik", "2024-09-11", Y, "plan"),
        C("북구 청년정책위원회는 2021년 4월 발족했다", None, "2024-09-12", Y, "statement"),
    ],
    not_claims=["청년정책·청년친화도시 시행계획 심의 확정", "제5차 청년정책위원회에 참석한 위원들이 사업 심의를 마치고",
                "대학생, 청년 CEO, 관련기관 부서장, 구의원 등 총 20명으로 구성됐다"],
)

d = "2025-12-13"
S = "송철호"
G['li-09-ohmynews.txt'] = dict(
    metadata=M(None, "2025-12-14", None, None, "31"),
    officials=["song-cheol-ho"],
    claims=[
        C("송철호 전 울산시장이 태화강 국가정원 지정에 얽힌 비화를 밝혀 주목된다", None, d, T, "statement", S),
        C("순천만 국가정원(2015년 지정)에 이어 두 번째로 지난 2019년 성사됐다", None, "2025-12-14", T, "achievement"),
        C("울산시의 간절한 요청으로 국가정원으로 지정된 바 있다", None, "2025-12-14", T, "achievement"),
        C("당시 태화강 국가정원 지정을 심사하기 위해 심사단이 태화강 현장에 왔는데", None, d, T, "statement", S),
        C("심사단에게 태화강 국가정원 지정의 필요성을 역설했다", None, d, T, "achievement", S),
        C("저는 비를 맞으며 태화강 국가정원 지정의 필요성을 거듭 호소했다", None, d, T, "achievement", S),
        C("한 표 차이로 가까스로 제 1호 여수 순천만 국가정원에 이어 두 번째로 울산이 국가정원으로 지정된 것", None, d, T,
          "achievement", S),
        C("울산시민이 자랑할 태화강 국가정원 지정에 감격스러웠다", None, d, T, "statement", S),
        C("법이 개정되어 국가정원 결정과정 룰(규칙)이 바뀌기 전에 성사시켜야 한다는 절실한", None, d, T, "statement", S),
    ],
    not_claims=["삼림청 정원정책자문단이 현장 실사를 할 당시를 회고했다",
                "심사단이 그냥 돌아가려는 움직임이 있다는 연락을 급히 받았다"],
)

if __name__ == '__main__':
    os.makedirs(GOLD, exist_ok=True)
    total = 0
    for name, g in G.items():
        out = {"article": name, **g}
        with open(os.path.join(GOLD, name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        total += len(g['claims'])
        print(name, len(g['claims']))
    print('total', total)
