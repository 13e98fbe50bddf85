"""Writes set-z gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
# z-01 대전 서구 청년창업지원센터 (2017-03-16)
J, D = "jang-jong-tae", "2017-03-16"
SY = ["startup-support", "youth-policy"]
G["z-01-ebaekje.txt"] = dict(
    metadata=dict(headline="서구, 중부권 기초자치단체 최초 '청년창업지원센터' 개소", published="2017-03-16T11:04+09:00",
                  reporter="이순종", outlet="백제뉴스", jurisdiction="30170"),
    officials=[J],
    claims=[
        C("최초로 ‘서구 청년창업지원센터’를 설립하고, 16일부터 본격적인 운영에 들어갔다", None, D, SY, "achievement"),
        C("서구 청년 창업의 허브 역할을 수행할 ‘서구 청년창업지원센터’는 목원대학교 캠퍼스타운 2층에", None, D, SY, "statement"),
        C("서구는 이곳을 거점으로 지역 내 청년 창업가를 지원하고", None, D, SY, "plan"),
        C("창업공간 지원, 전문가 자문, 창업경영 컨설팅, 마케팅을 지원 등 맞춤형 지원을 하게된다", None, D, SY, "plan"),
        C("앞으로 청년창업지원센터가 일자리 창출과 지역경제 활성화의 구심점이 될수 있도록 최선을 다하겠다", J, D, SY + ["jobs"], "plan"),
    ],
    not_claims=["‘지역경제 활성화와 창업 허브’역할 기대", "청년창업지원센터 개소식 장면 © 백제뉴스",
                "개소식에는 장종태 서구청장, 박노권 목원대학교 총장을 비롯해 주민 100여 명이 참석해",
                "성공과 희망을 향한 열정과 도전정신 회복이 중요하다"])
# z-02 서울 중랑구 효자손봉사단 (2025-11-29; 발대식 27일)
R, D, E = "ryu-gyeong-gi", "2025-11-29", "2025-11-27"
G["z-02-heraldcorp.txt"] = dict(
    metadata=dict(headline="중랑구 ‘효자손봉사단’ 결연 돌봄 구축… 강서구 ‘까치의자’로 보행 약자 편의 확보", published="2025-11-29",
                  reporter="박종일", outlet="헤럴드경제", jurisdiction="11260"),
    officials=[R],
    claims=[
        C("서울 중랑구와 강서구가 선보인 ‘효도 행정’이 주민들의 호평을 받고 있다", None, D, ["welfare"], "achievement"),
        C("발대식을 개최하며 지역의 독거어르신을 위한 촘촘한 돌봄망을 확대했다", None, E, ["welfare"], "achievement"),
        C("독거어르신의 사회적 고립을 예방하기 위한 ‘중랑동행 결연 사업’의 핵심 주체다", None, D, ["welfare"], "statement"),
        C("현재 어르신 780명과 봉사단 458명이 1:1로 결연돼", None, D, ["welfare"], "statement"),
        C("봉사단이 안정적으로 활동할 수 있도록 구에서도 아낌없이 지원하겠다", R, E, ["welfare"], "plan"),
        C("AI 기반 안부 확인 서비스 ‘AI 어르신 안심톡’을 내년 3월부터 도입한다", None, D, ["welfare", "fourth-industrial-revolution"], "plan"),
        C("사람 중심의 돌봄에 첨단 기술을 더해 복합 돌봄 안전망을 구축한다는 계획이다", None, D, ["welfare"], "plan"),
    ],
    not_claims=["“작은 배려가 동네를 따뜻하게 한다”", "행정은 결국 가족을 돌보는 일과 다르지 않다",
                "중랑구, ‘효자손봉사단’ 출범… 독거어르신 780명 돌본다",
                "어르신을 보시는 일은 전체 공동체가 함께 만들어가는 가치",
                "류경기 구청장을 비롯해 봉사단원 160명을 포함해 200여 명이 참석해 열기를 더했다"])
# z-03 경북도청 이전 연기 (기자회견 22일, 입력 2015-09-23)
K, D = "kim-gwan-yong", "2015-09-22"
G["z-03-kmib.txt"] = dict(
    metadata=dict(headline="김관용 지사 “경북도청 내년 2월 이전”", published="2015-09-23T02:54+09:00",
                  reporter="김재산", outlet="국민일보", jurisdiction="47"),
    officials=[K],
    claims=[
        C("경북도청이 결국 내년 2월에 안동·예천 신청사로 이전한다", None, D, ["city-hall"], "plan"),
        C("지난해 연말에서 지난 7월, 올 11월로 연기됐다가 다시 내년 2월로 미뤄졌다", None, D, ["city-hall"], "statement"),
        C("내년 2월 말까지는 안동·예천으로 도청을 옮기겠다", K, D, ["city-hall"], "plan"),
        C("도청 이전 시기를 놓고 그동안 혼선이 있었던 것이 사실", K, D, ["city-hall"], "criticism"),
        C("도청 이전 신도시 정주여건 문제 등을 종합적으로 고려하지 않을 수 없었다", K, D, ["city-hall"], "statement"),
        C("여러 가지 사정상 연기가 불가피하다는 것이다", K, D, ["city-hall"], "statement"),
    ],
    not_claims=["대구=김재산 기자", "김관용 지사 “경북도청 내년 2월 이전”"])
# z-04 부산대개조 정책투어 동구 (2019-09-04)
O, D = "oh-keo-don", "2019-09-04"
G["z-04-lghellovision.txt"] = dict(
    metadata=dict(headline="부산대개조, 부산의 몸통 '원도심'에 달렸다", published="2019-09-04T19:23:04+09:00",
                  reporter="차선영", outlet="LG HelloVision", jurisdiction="26"),
    officials=[O, "choi-hyeong-uk"],
    claims=[
        C("부산의 창업생태계 조성을 위해 착공한 부산패션비즈센터와", None, D, ["startup-support", "culture-tourism"], "statement"),
        C("고령화되어 가고 있는 원도심의 대개조를 위해서", O, D, ["urban-regeneration"], "plan"),
        C("원도심의 개조가 이뤄져야 한다", O, D, ["urban-regeneration"], "plan"),
    ],
    not_claims=["부산 대개조의 원년으로 선포하고", "부산시가 부산대개조 하반기 첫 정책투어를",
                "지역 실정에 맞는 정책을 발표하는", "동구를 위한 사업이라고 해도 과언이 아닙니다"])
# z-05 부여군 귀농귀촌 (2017-02-06)
D = "2017-02-06"
AS = ["agriculture", "startup-support", "youth-policy"]
G["z-05-ajunews.txt"] = dict(
    metadata=dict(headline="부여군, 귀농하기 좋은 부여만들기 본격 추진", published="2017-02-06T10:26+09:00",
                  reporter="허희만", outlet="아주경제", jurisdiction="44760"),
    officials=["lee-yong-u"],
    claims=[
        C("20여억원을 투입, 7개분야 귀농귀촌 사업을 추진한다", None, D, ["agriculture"], "plan"),
        C("최근 3년간 증가폭이 커지고 있어 적극적으로 전입자를 유치한다는 방침이다", None, D, ["agriculture"], "plan"),
        C("귀농인 희망센터를 조기에 완공하여", None, D, AS, "plan"),
        C("올해는 15개소의 청년 귀농인 창업을 지원할 계획이다", None, D, AS, "target"),
        C("역(逆) 귀농귀촌인도 늘고 있어 대책마련에 나서", None, D, ["agriculture"], "plan"),
        C("지역주민과의 불화를 최소화하기 위해 농가숙박 현장실습", None, D, ["agriculture"], "plan"),
        C("정확하고 지속적인 귀농귀촌 지원 정책을 홍보하고", None, D, ["agriculture"], "plan"),
    ],
    not_claims=["7개 분야에 20여억원 투입...귀농귀촌인구 증가 시책 적극 시행"])
# z-06 울산신정 행복주택 (2022-06-30)
D = "2022-06-30"
G["z-06-ucinews.txt"] = dict(
    metadata=dict(headline="울산시장 관사, 행복주택으로 탈바꿈 30일 시민 품으로", published="2022-06-30T12:10+09:00",
                  reporter="정두은", outlet="울산시민신문", jurisdiction="31"),
    officials=[],
    claims=[
        C("'울산신정 행복주택'으로 탈바꿈해 30일부터 입주를 시작한다고 밝혔다", None, D, ["housing"], "achievement"),
        C("2017년 국토교통부의 노후공공청사 복합개발사업에 선정돼 추진해 온 사업이다", None, D, ["housing"], "statement"),
        C("노후화된 공관어린이집을 행복주택 100호, 공공어린이집, 작은도서관 등", None, D, ["housing", "childcare-birth", "culture-tourism"], "statement"),
        C("행복주택은 사업비 179억 원이 투입돼", None, D, ["housing"], "achievement"),
        C("주요 시설은 지상 1층 국공립 어린이집과 작은도서관", None, D, ["housing", "childcare-birth", "culture-tourism"], "statement"),
        C("울산 공공주택 역대 최고 청약률인 13.7대1을 기록했다고 시는 설명했다", None, D, ["housing"], "achievement"),
        C("청년·신혼부부를 위한 행복주택 공급을 확대해 나갈 예정이다", None, D, ["housing", "youth-policy"], "plan"),
        C("'울산 신혼부부 주거비 지원사업'을 연계 제공해", None, D, ["housing", "youth-policy"], "plan"),
    ],
    not_claims=["울산신정 행복주택 전경(사진=울산시)", "생활시설로 개발 시민에게 돌려줘", "주택 ·공공어린이집·작은도서관 등"])
# z-07 전주시 치매상담센터 (undated)
S = "kim-seung-su"
G["z-07-jbdn.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="45110"),
    officials=[S],
    claims=[
        C("치매예방 및 관리가 매우 중요함을 밝혔다", None, None, ["dementia-care"], "statement"),
        C("지난 30일에 전주시 치매상담센터를", None, None, ["dementia-care"], "achievement"),
        C("다채로운 사업이 추진될 것이라고 밝혔다", None, None, ["dementia-care"], "plan"),
        C("전라북도 최초의 지역 치매지원센터로서", S, None, ["dementia-care"], "plan"),
        C("전주시민은 무료로 치매검진을 받을 수 있으며", None, None, ["dementia-care"], "plan"),
    ],
    not_claims=["내·외빈 등 200여명이 참석한 이날 행사에서", "시민의 많은 관심과 참여를 당부했다"])
# z-08 광주 녹색도시 (입력 2021-04-12, 발표 11일)
D = "2021-04-11"
G["z-08-kmib.txt"] = dict(
    metadata=dict(headline="올해 2659억원 투입… 광주 ‘녹색도시’ 박차", published="2021-04-12T04:07+09:00",
                  reporter="장선욱", outlet="국민일보", jurisdiction="29"),
    officials=[],
    claims=[
        C("2045년 탄소 중립·에너지 자립 도시의 성공적 실현을 위해 팔을 걷어붙인다", None, D, ["climate-carbon", "energy-transition"], "plan"),
        C("빛그린 청정대기 산업 클러스터 조성 등 240개의 사업을 펼쳐", None, D, ["fine-dust", "climate-carbon"], "plan"),
        C("대기산업 기반 구축, 미세먼지 낮춤, 자원순환 체계 확립", None, D, ["fine-dust"], "plan"),
        C("우선 깨끗한 공기질 확보를 위한", None, D, ["fine-dust"], "plan"),
        C("내년까지 미세먼지 대응 혁신기술 개발·실증단지를 조성할 계획이다", None, D, ["fine-dust"], "plan"),
        C("생태관광 프로그램 운영을 지원해", None, D, ["culture-tourism"], "plan"),
        C("9010대의 경유차 배출가스 저감, 7500여 대의 가정용 저녹스 보일러 설치 지원", None, D, ["fine-dust", "future-vehicles"], "target"),
        C("관광 명소인 생태문화 마을, 산림복지 기반 시설인 시립 수목원 등", None, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["맑은 하늘빛의 광주시 전경. 연합뉴스", "어등산과 복룡산을 잇는 도시생태 축 복원사업을 벌인다",
                "광주=장선욱 기자"])
# z-09 원희룡 인터뷰 (undated)
W = "won-hee-ryong"
G["z-09-chosun.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet="조선비즈", jurisdiction="50"),
    officials=[W],
    claims=[
        C("탈(脫)원전 국가 정책의 미래 성공에 대한 해답을 찾을 수 있다", W, None, ["climate-carbon", "energy-transition"], "statement"),
        C("문재인 정부의 에너지 정책과 제주가 지향하는 패러다임은 거의 같다", W, None, ["energy-transition"], "statement"),
        C("자동차 37만여대를 전기차로 대체하는 것이 목표다", None, None, ["energy-transition", "future-vehicles"], "target"),
        C("신재생에너지는 지난해 전력 발전량의 13.61%를 달성했고", None, None, ["energy-transition", "future-vehicles"], "achievement"),
        C("제주는 정부에 앞서 사실상 몇 년 전에 탈원전 전략을 수립하고", W, None, ["energy-transition"], "achievement"),
        C("(탄소 없는 섬도) 충분히 달성 가능한 목표라고 본다", W, None, ["climate-carbon"], "statement"),
        C("제주형 에너지신산업과 교통 혁신을 통해", W, None, ["energy-transition", "future-vehicles"], "plan"),
        C("신재생에너지 적용과 활용에 있어 대한민국의 나침반이 되고", None, None, ["energy-transition"], "plan"),
    ],
    not_claims=["정부에서 제주의 전략을 적극 활용하기 바란다",
                "청정자연을 지키면서 지속가능한 제주를 만들기 위해서는 에너지와 자원이 순환하는 생태계 조성이 절대적 요소다",
                "남북 정상회담, 미북 정상회담을 계기로"])
os.makedirs("/work/blind/set-z/gold", exist_ok=True)
for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-z/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
