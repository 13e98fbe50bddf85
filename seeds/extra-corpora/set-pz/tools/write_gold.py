"""Writes set-pz gold files (hand annotation; see GOLD_NOTES.md)."""
import json, pathlib
GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def M(headline, published, reporter, outlet, jurisdiction):
    return dict(headline=headline, published=published, reporter=reporter, outlet=outlet, jurisdiction=jurisdiction)
G = {}

# pz-01 군산 소규모 도시재생 공모 선정 (2019-05-21; institutional, unnamed 시 관계자)
D = "2019-05-21"; UR = "urban-regeneration"
G["pz-01-jeonmin.txt"] = dict(
    metadata=M("군산 도시재생사업 짬뽕·가구거리·우체통거리 2곳 선정", "2019-05-21", "김종준", None, "45130"),
    officials=[],
    claims=[
        C("군산시가 국토부 소규모 도시재생사업 공모에 짬뽕·가구 거리와 우체통거리 2곳이 최종 선정됐다", None, D, [UR], "achievement"),
        C("예산이 투입돼 주민주도로 소규모 재생사업을 추진하게 된다", None, D, [UR], "plan"),
        C("도시재생 릴레이 주민참여 캠페인을 통해 경관협정을 체결하고", None, D, [UR, "citizen-participation", "culture-tourism"], "plan"),
        C("또 우체통거리는 1년 365일 축제와 우체통거리 홍보관을 조성하고", None, D, [UR, "culture-tourism"], "plan"),
        C("주민이 직접 참여하는 소규모 재생사업을 지속적으로 추진해 원도심 경쟁력을 회복하고", None, D, [UR, "citizen-participation"], "plan"),
    ],
    not_claims=["군산 도시재생사업 짬뽕·가구거리·우체통거리 2곳 선정", "군산=김종준기자"])

# pz-02 익산 정헌율 -> 전북 송하진 면담 (승인 2019-02-26 14:21; 면담 25일)
J, S, E = "jeong-heon-yul", "song-ha-jin", "2019-02-25"
BIG = ["jobs", "investment-attraction", "public-transit"]
G["pz-02-domin.txt"] = dict(
    metadata=M("정헌율 익산시장, 송하진 전북도지사에 “일자리발굴·지역경제 위기” 전달", "2019-02-26T14:21+09:00", "김현주", None, "45140"),
    officials=[J, S],
    claims=[
        C("익산시의 인구 급감으로 인한 지역경제 위기와 이에 대한 일자리 발굴사업에 대해 면담하고 적극적인 협조를 요청했다", J, E, ["jobs"], "plan"),
        C("지역기업을 활용한 ‘전북형(익산) 일자리사업’과 대규모 식품기업과 연구소 유치를 위한", J, E, ["jobs", "investment-attraction"], "plan"),
        C("‘전북권 광역전철망 구축사업’에 대한 논의도 이어졌다", None, E, ["public-transit"], "statement"),
        C("일자리를 찾아 도시를 떠나고 있어 인구유출 문제가 심각하다", J, E, ["jobs"], "statement"),
        C("대규모 사업들에 대해 전라북도가 함께 고민하고 협조해 주길 바란다", J, E, BIG, "plan"),
        C("해당 사업들은 익산시뿐만 아니라 도의 미래성장을 도모할 수 있는 주요사업들로", S, E, BIG, "plan"),
    ],
    not_claims=["정헌율 익산시장, 송하진 전북도지사에 “일자리발굴·지역경제 위기” 전달",
                "삭제한 댓글은 다시 복구할 수 없습니다"])

# pz-03 전주 2025 청년희망도시 시행계획 (undated text: published and claim dates null)
W, Y = "woo-beom-gi", "youth-policy"
G["pz-03-nocutnews.txt"] = dict(
    metadata=M(None, None, None, None, "52110"),
    officials=[W],
    claims=[
        C("청년 고용과 일자리, 주거 지원을 위한 '2025년도 전주시 청년희망도시 시행계획'을 확정했다", None, None, [Y, "jobs", "housing"], "achievement"),
        C("전주시는 올해 511억 3700만 원을 들여", None, None, [Y, "jobs", "housing", "culture-tourism", "education"], "plan"),
        C("청년 일자리 확대 및 맞춤형 전문인력 샹성, 구직청년 취업 지원 강화 등에 236억 2천만 원을 투입한다", None, None, [Y, "jobs"], "plan"),
        C("청년 만원임대주택 '청춘 별채', 사회주택, 청년이음전주 운영 등에 나선다", None, None, [Y, "housing"], "plan"),
        C("청년 예술가 활동 및 미래인재 양성, 교육기회 보장 등 10개 사업에 10억 7600만 원을 쓴다", None, None, [Y, "culture-tourism", "education"], "plan"),
        C("청년 자립을 위한 자산 형성 지원, 사각 없는 촘촘한 청년복지 실현 등 복지 분야 11개 사업을 추진한다", None, None, [Y, "welfare"], "plan"),
        C("청년센터 확대 구축 및 소통교육 활성화, 청년자율예산제 등 6개 사업에 20억 3700만 원을 투입한다", None, None, [Y, "citizen-participation"], "plan"),
        C("청년들을 위한 정책을 꾸준히 확대하고, 더 많은 청년이 전주에 거주할 수 있도록 홍보에 힘쓰겠다", W, None, [Y], "plan"),
    ],
    not_claims=["우범기 시장과 위원들이 기념 촬영을 하고 있다", "전주시 청년 인구는 17만 97명이다",
                "전체 인구(63만 5651명)의 26.8%다"])

# pz-04 서산 수소도시 마스터플랜 용역 착수 (승인 2025-07-25 07:56; 착수보고회 24일)
P, E, EN = "2025-07-25", "2025-07-24", "energy-transition"
G["pz-04-joongdo.txt"] = dict(
    metadata=M("서산시, 수소도시 조성 첫걸음… 마스터플랜 수립 착수", "2025-07-25T07:56+09:00", "임붕순", None, "44210"),
    officials=["lee-wan-seop"],
    claims=[
        C("충남 서산시가 미래 청정에너지 도시로의 도약을 위한 수소도시 조성사업에 본격 착수했다", None, E, [EN], "achievement"),
        C("오는 2028년까지 추진될 수소도시 조성의 청사진 마련에 돌입했다", None, E, [EN], "statement"),
        C("국토교통부의 제3기 수소도시로 선정되면서 2025년부터 2028년까지 4년간", None, P, [EN], "plan"),
        C("수소의 생산부터 유통, 활용에 이르는 전 주기 생태계를 구축하는 대규모 프로젝트다", None, P, [EN], "statement"),
        C("4개 분야에 걸쳐 수소 기반 인프라를 확충할 계획이다", None, P, [EN], "plan"),
        C("공공주택과 스마트팜 등에 수소 연료전지를 설치하고, 교통 분야에서는 수소버스와 수소 청소차를 도입한다", None, P, [EN, "future-vehicles"], "plan"),
        C("인프라 분야는 대산석유화학단지의 부생수소를", None, P, [EN], "plan"),
    ],
    not_claims=["국비 150억 포함 총 300억 투입, 미래 청정에너지 도시 본격 시동",
                "주거·교통·인프라·지역특화 등 4대 분야 수소 생태계 구축 추진",
                "착수보고회 모습",
                "보고회에는 이완섭 서산시장과 홍순광 부시장"])

# pz-05 홍성 김석환 관광플랜 (undated text)
K, T = "kim-seok-hwan", "culture-tourism"
G["pz-05-donga.txt"] = dict(
    metadata=M("김석환 군수, 관광플랜 구상 공개 “2021년부터 中관광객 방문 대비, 먹고 즐기는 체류형 여건 조성”", None, None, None, "44800"),
    officials=[K],
    claims=[
        C("오래전부터 구상해 왔던 홍성 관광플랜에 대해 설명했다", K, None, [T], "statement"),
        C("홍성은 역사, 문화, 생태, 먹거리 등 관광 인프라가 훌륭합니다", K, None, [T], "statement"),
        C("올해를 ‘홍성 관광 원년의 해’로 정한 것도", K, None, [T], "statement"),
        C("홍성군은 이미 관광 홍보 전략 연구용역을 맡긴 상태", None, None, [T], "achievement"),
        C("‘젊은 느낌’의 관광 콘텐츠를 개발해 수도권과 외국인 관광객을 맞이하겠다는 구상이다", None, None, [T], "plan"),
        C("‘체류형 원스톱 뷰티 미용 코스’도 개발할 예정", K, None, [T, "medical-industry"], "plan"),
        C("남당항과 죽도 사이 케이블카 설치", K, None, [T, "agriculture"], "plan"),
        C("외국인 관광객까지 모두가 만족하는 관광지로 도약하겠다", K, None, [T], "plan"),
        C("지역 관광상품 개발과 홍보에도 행정력을 집중해", K, None, [T], "plan"),
    ],
    not_claims=["존경하는 군민과 출향 인사들께 걱정을 끼쳐드려 죄송합니다",
                "서부면 남당리에는 숙소와 농원 등을 겸한 뷰티랜드가 있다",
                "벌금 90만 원을 선고받아 당선 무효를 면한"])

# pz-06 세종 최민호 버스로 취임식 (입력 2022-07-01 18:13)
CM, D, PT = "choi-min-ho", "2022-07-01", "public-transit"
G["pz-06-sisatopic.txt"] = dict(
    metadata=M("최민호 세종시장, 버스타고 취임식으로", "2022-07-01T18:13+09:00", "최준규", "시사토픽뉴스", "36"),
    officials=[CM],
    claims=[
        C("시민들에게 편리한 교통서비스를 제공하겠다는 의지가 스며있다", None, D, [PT], "plan"),
        C("▲시내버스 요금 무료화 ▲광역급행버스(M-BUS) 도입 ▲저상버스·장애인콜택시 도입 확대 등 다양한 대중교통 정책을 검토·추진할 방침이다", None, D, [PT, "welfare"], "plan"),
        C("앞으로 대중교통 이용을 활성화", CM, D, [PT], "plan"),
    ],
    not_claims=["세종시청 집무실~중앙공원까지 BRT·시내버스로 이동", "최민호 세종시장 대중교통 이용",
                "취임식 및 세종시 출범 10주년 기념행사장까지 대중교통으로 이동을 해 눈길을 끌고 있다",
                "간선급행버스체계(BRT) 전기굴절버스 B0에 탑승"])

# pz-07 세종 이낙연 총리 현장방문 with 이춘희 (승인 2017-06-26 00:38; 방문 24일)
L, E = "lee-choon-hee", "2017-06-24"
G["pz-07-mbstv.txt"] = dict(
    metadata=M("‘세종시민’ 이낙연 총리 세종시 현장방문", "2017-06-26T00:38+09:00", "이준희", "MBS", "36"),
    officials=[L, "lee-nak-yon"],
    claims=[
        C("문화예술공간으로 탈바꿈하고 있는 평리 문화공간화 사업현장을 방문해", None, E, ["culture-tourism"], "statement"),
        C("이렇게 문화, 예술의 소비 시장이 넓어진다면 오히려 부러움의 대상이 될 것 같다", None, E, ["culture-tourism"], "statement", "이낙연"),
        C("평리 문화공간화 사업은 관 주도가 아닌 지역민들의 적극적인 참여로 진행되고 있다", L, E, ["culture-tourism", "citizen-participation"], "statement"),
        C("대한민국을 대표하는 로컬푸드의 새로운 모델을 제시하게 될 것", None, E, ["agriculture"], "statement", "이낙연"),
    ],
    not_claims=["이춘희 세종시장이 조치원을 세계적으로 주목받는 도시로 만들어 달라",
                "줄어들었던 조치원 인구도 다시 늘어나고 있다",
                "침산리 마을회관과 집 수리 사업 현장을 시찰하고 도담동 로컬푸드 직매장을 방문했다",
                "‘세종시민’ 이낙연 총리 세종시 현장방문"])

# pz-08 광주 서구 골목경제119 상황판 (2025-07-02 12:40:33)
KI, D, SM = "kim-i-gang", "2025-07-02", "small-merchants"
G["pz-08-bigtanews.txt"] = dict(
    metadata=M("광주 서구구청장 집무실에 ‘골목경제119 상황판’ 설치", "2025-07-02T12:40:33+09:00", "최창봉", None, "29140"),
    officials=[KI],
    claims=[
        C("광주시 서구는 전국 지자체 중 처음으로 서구 전체 골목형상점가 지정을 완료한 가운데", None, D, [SM], "achievement"),
        C("이 상황판은 18개 동 119개 골목형상점가의 위치", None, D, [SM], "statement"),
        C("김이강 구청장은 상황판을 통해 골목경제의 변화와 주민 체감도를 직접 점검하고 후속 조치를 신속하게 추진한다는 계획이다", KI, D, [SM], "plan"),
        C("주민 중심의 소통행정 철학을 녹여낸 상징적 조치로 평가된다", None, D, [SM, "citizen-participation"], "statement"),
        C("골목형상점가는 단순한 상권이 아니라 지역경제의 살아 있는 현장", KI, D, [SM], "statement"),
        C("골목경제119 프로젝트의 실행력을 높이고 민생 회복을 선도하겠다", KI, D, [SM], "plan"),
    ],
    not_claims=["서구 전체 골목형상점가 지정…지속적인 현장 관리 본격화",
                "골목경제의 변화와 주민 체감도를 직접할 계획이라고 밝히고 있다"])

# pz-09 광주 제2기 기후위기대응위원회 (등록 2025-05-19 16:47:54)
D, CC = "2025-05-19", "climate-carbon"
G["pz-09-newsis.txt"] = dict(
    metadata=M("광주시 \"탄소중립 실천\"…'2기 기후위기대응위원회' 출범", "2025-05-19T16:47:54+09:00", "류형근", "뉴시스", "29"),
    officials=[],
    claims=[
        C("광주지역 탄소중립 정책을 이끌 '제2기 기후위기대응위원회'가 출범했다", None, D, [CC], "achievement"),
        C("탄소중립 정책의 컨트롤타워인 '제2기 광주시 기후위기대응위원회'가 본격 활동에 들어갔다", None, D, [CC], "achievement"),
        C("탄소중립 분야의 경험이 풍부한 전문가와 공공기관, 시민단체", None, D, [CC], "statement"),
        C("광주시 기후위기대응 기본방향과 탄소중립 정책 및 행정계획 등에 대한 자문", None, D, [CC], "statement"),
        C("2033년까지 온실가스 배출량을 2018년 대비 45% 감축, 2045년까지 탄소중립을 실현할 계획이다", None, D, [CC], "target"),
        C("총 5816억7200만원을 투입해 128건을 추진했으며 이 중 92개 사업은 목표를 달성했다", None, D, [CC], "achievement"),
        C("기후위기 대응과 탄소중립 실현은 당면 과제", None, D, [CC], "statement", "고광완"),
        C("2045년 탄소중립 달성을 위한 기후위기대응위원회의 중추적 역할을 기대한다", None, D, [CC], "statement", "고광완"),
    ],
    not_claims=["'2기 기후위기대응위원회' 출범", "광주시청. (사진=뉴시스 DB)"])

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in G.items():
        out = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
               "claims": g["claims"], "not_claims": g["not_claims"]}
        (GOLD / (name + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in G.values()), "claims in", len(G), "files")
