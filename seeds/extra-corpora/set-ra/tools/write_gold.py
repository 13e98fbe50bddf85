"""Writes set-ra gold files (hand annotation); one G[...] entry per article."""
import json, os, sys
G = {}
def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
def M(headline, published, reporter, outlet, jurisdiction):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jurisdiction}

# ---------------- ra-01 (데일리안 page; outlet not named in text) ----------------
OH, D = "oh-se-hoon", "2024-01-17"
G["ra-01-dailian.txt"] = dict(
    metadata=M('오세훈 신년간담회 "메가시티 논의, 총선 이후에 본격화 될 것"', "2024-01-17T17:50+09:00", None, None, "11"),
    officials=[OH],
    claims=[
        C("'메가시티'와 관련해 \"오는 4월 총선 이후 더 본격적으로 이뤄질 것\"이라고 밝혔다", OH, D, ["decentralization"], "plan"),
        C("총선 전에 너무 급하게 이뤄지면 국민들이 일단 오해를 하실 거 같다", OH, D, ["decentralization"], "statement"),
        C("서울시는 현재 경기 김포·구리·과천시 등과 '메가시티 서울' 논의를 이어가고 있다", None, D, ["decentralization"], "statement"),
        C("올해는 서울의 교통 부분에 많은 변화가 있는 해구나", OH, D, ["public-transit"], "statement"),
        C("기후동행카드는 주지하다시피 대중교통을 가장 왕성하게 이용하는", OH, D, ["public-transit"], "statement"),
        C("9월부터 리버버스가 기후동행 옵션으로 추가된다", OH, D, ["public-transit"], "plan"),
        C("경제적 부담을 많이 들이지 않는 선에서 대중교통 역할을 하도록 가격을 책정하려고 한다", OH, D, ["public-transit"], "plan"),
        C("'창조산업' 육성 의지를 강조했다", OH, D, ["culture-tourism"], "plan"),
        C("증강현실 등 뉴미디어 산업, 영상산업, e스포츠, 엔터테인먼트 등 디지털 산업을 융합해서", OH, D, ["fourth-industrial-revolution", "culture-tourism"], "statement"),
    ],
    not_claims=[
        "17일 출입기자단 신년간담회…\"메가시티, 총선 전에 하면 국민들 선거용으로 오해\"",
        "\"기후동행카드·리버 버스 도입하는 서울시, 올해 서울의 교통 부분에 많은 변화\"",
        "\"저출생 문제 이목 끄는 발표들, 대개 현금지원성…근본적인 대책 고민할 것\"",
        "선거용으로 낙인이 찍힐 거 같다",
    ],
)

# ---------------- ra-02 (세계일보 page; outlet not named in text) ----------------
LJ, E, P = "lee-jae-jun", "2025-11-24", "2025-11-25"
G["ra-02-segye.txt"] = dict(
    metadata=M(None, "2025-11-25", None, None, "41110"),
    officials=[LJ, "lee-jae-myung"],
    claims=[
        C("인류 최대 과제인 기후위기 대응의 실행력을 높이기 위해 국가정책에 지방정부 참여를 확대해달라", LJ, E, ["climate-carbon"], "plan"),
        C("온실가스 감축에서 지방정부의 역할론을 강조했다", LJ, E, ["climate-carbon"], "statement"),
        C("기후위기 대응의 성공 여부는 지방정부가 어떻게 하느냐에 달렸다", LJ, E, ["climate-carbon"], "statement"),
        C("국가 계획을 수립할 때 지방정부의 의견이 충분히 반영되지 못하면", LJ, E, ["climate-carbon"], "statement"),
        C("큰 전력망과 재생에너지 활용의 목표를 정하는 건 중앙정부이지만", LJ, E, ["energy-transition"], "statement"),
        C("대통령 직속 2050 탄소중립녹색성장위원회에 지방정부를 구성원으로 포함해달라", LJ, E, ["climate-carbon"], "plan"),
        C("탄소중립 사회로 전환하는 것은 반드시 가야 될 길", LJ, E, ["climate-carbon"], "statement"),
        C("국가 탄소중립 이행을 위한 주요 정책·계획을 심의하고, 평가하는 민관 합동 심의 기구다", None, P, ["climate-carbon"], "statement"),
    ],
    not_claims=[
        "이재준 시장이 24일 서울 켄싱턴호텔 여의도에서 열린 ‘기후위기 대응 정책토론회’에서 발언하고 있다",
        "토론회’에 참석해 이같이 말했다",
        "이 행사는 이 시장이 협의회장으로 있는 기후위기 대응·에너지전환 지방정부협의회가 주최했다",
    ],
)

# ---------------- ra-03 (헤럴드경제, e-mail heraldcorp.com; institutional narration) ----------------
E, P = "2013-01-16", "2013-01-17"
G["ra-03-heraldcorp.txt"] = dict(
    metadata=M("서울시, 내년까지 임대주택 8만호 공급", "2013-01-17T11:34+09:00", "황혜진ㆍ윤현종", "헤럴드경제", "11"),
    officials=["park-won-soon"],
    claims=[
        C("서울시가 2014년까지 공공임대주택 8만호를 공급하는 내용의 ‘임대주택 8만호+α 계획’을 16일 발표했다", None, E, ["housing"], "target"),
        C("서울시는 지난해 임대주택 4만6782호를 공급한데 이어 올해도 2만4982호를 추가 조성하기로 했다", None, E, ["housing"], "target"),
        C("이는 임기중 공공임대주택 8만호 제공이라는 박원순 시장의 공약의 90%에 해당하는 규모다", None, P, ["housing"], "statement"),
        C("이중 올해 입주 가능 물량은 1만7979호로", None, E, ["housing"], "statement"),
        C("서울시는 앞으로 공급하는 임대주택의 주거기준도 서울시민복지기준에 따라 ‘적정’ 기준으로 상향 조정하기로 했다", None, E, ["housing"], "plan"),
        C("예컨대 1인 가구 최소 전용면적 기준은 종전 14㎡(정부기준)보다 높은 17㎡로", None, E, ["housing"], "achievement"),
        C("서울시는 올해 공공임대주택 공급 목표를 달성하기 위해 1~2인 가구 맞춤형 공공원룸주택 등 소형주택", None, E, ["housing"], "plan"),
        C("우선 올해 1~2인 가구 맞춤형 공공원룸주택 2673호를 공급한다", None, E, ["housing"], "target"),
        C("전세금지원형 임대주택은 2014년까지 총4050호를 지원한다", None, E, ["housing"], "target"),
        C("서울시는 또 새 부지나 건물을 매입하지 않고도 시도할 수 있는 저비용 고효율형 임대주택도 공급한다는 계획이다", None, E, ["housing"], "plan"),
        C("서울시는 2020년 이후 임대주택 비중을 서울 전체 주택 수(360만호)의 10%인 36만호까지 끌어올린다는 계획이다", None, E, ["housing"], "target"),
    ],
    not_claims=[
        "서울시, 내년까지 임대주택 8만호 공급",
        "부동산| 2013-01-17 11:34",
        "랭킹뉴스",
    ],
)

# ---------------- ra-04 (비전성남, the city's own paper; institutional narration) ----------------
P = "2021-11-25"
G["ra-04-snvision.txt"] = dict(
    metadata=M("[희망도시 성남의 주요 시정시책 02] 첨단기술로 도시문제 해결.. 스마트도시 성남", "2021-11-25T11:54+09:00", None, "비전성남", "41130"),
    officials=[],
    claims=[
        C("성남시는 2022년까지 스마트모빌리티, 자율주행, 드론 등 4차산업혁명 기반 생태계를 조성하고", None, P, ["fourth-industrial-revolution", "future-vehicles", "research-development", "startup-support"], "plan"),
        C("올해 2월 자율주행 기본시험장을 수질복원센터 내에 마련했고", None, P, ["future-vehicles", "welfare"], "achievement"),
        C("탄천 산책길에서 책을 빌려주는 자율주행 스마트도서관 로봇은", None, P, ["robot-industry"], "achievement"),
        C("2024년까지 탄천 산책로, 율동공원 등에서 시범 운영 뒤 2030년까지", None, P, ["robot-industry"], "plan"),
        C("‘2021년 드론 실증도시 구축사업’ 공모에도 선정(국비 9억 원)돼", None, P, ["fourth-industrial-revolution", "disaster-safety"], "achievement"),
        C("드론 다중관제시스템을 11월 구축해 재난골든타임을 줄이고", None, P, ["disaster-safety", "fourth-industrial-revolution"], "plan"),
        C("‘2021 스마트시티 솔루션 확산 사업’ 공모에 선정돼 스마트 버스정류장", None, P, ["smart-city"], "achievement"),
    ],
    not_claims=[
        "[희망도시 성남의 주요 시정시책 02] 첨단기술로 도시문제 해결.. 스마트도시 성남",
        "비전성남 | 기사입력 2021/11/25 [11:54] | 본문듣기",
        "스마트도시는 인공지능(AI), 정보통신기술(ICT), 빅데이터 같은 첨단 인프라와",
    ],
)

# ---------------- ra-05 (경기신문 page; outlet not named in text: '전자신문 1면' is the e-paper page label) ----------------
NK, D = "nam-kyung-pil", "2018-03-15"
G["ra-05-kgnews.txt"] = dict(
    metadata=M("정부, 道의 청년 일자리정책 배우라", "2018-03-15T21:05+09:00", "이연우", None, "41"),
    officials=[NK],
    claims=[
        C("정부에 경기도의 청년 일자리정책을 배우라고 일침을 가했다", NK, D, ["jobs", "youth-policy"], "criticism"),
        C("청년 세명 중 한명이 일자리를 찾지 못하고 있다", NK, D, ["jobs", "youth-policy"], "statement"),
        C("전국을 뒤덮은 고용쇼크로 고용시장은 물론 청년들의 마음까지 꽁꽁 얼어붙어있다", NK, D, ["jobs"], "statement"),
        C("최저임금의 급격한 상승에 따른 신규 일자리 급감", NK, D, ["jobs", "labor-relations"], "criticism"),
        C("경기도의 2월 취업자수는 660만7천명이며, 전년 동월대비 13만4000명이 증가했다", NK, D, ["jobs"], "achievement"),
        C("같은 기간 전국 취업자수는 10만4천명이었으니 다른 지역은 일자리가 3만명 감소한 것", NK, D, ["jobs"], "statement"),
        C("사실상 도가 대한민국의 일자리 창출을 이끌고 있다", NK, D, ["jobs"], "achievement"),
        C("정부가 도의 일자리 정책, 특히 청년 일자리 정책을 배우길 희망한다", NK, D, ["jobs", "youth-policy"], "criticism"),
        C("일자리가 곧 성장 동력이고 복지다", NK, D, ["jobs"], "statement"),
        C("도는 앞으로 일자리 창출에 더 과감히 투자하고", NK, D, ["jobs"], "plan"),
    ],
    not_claims=[
        "南지사, “문제는 일자리” 일침",
        "전자신문  1면",
        "이런 어려움 속에서 도의 성장엔진은 풀가동 중",
        "‘노동이 집안으로 들어오면 가난이 쫓겨난다’는 말을 요즘 가장 좋아한다",
        "정부에 당부드린다",
    ],
)

# ---------------- ra-06 (가평문화관광신문, signature 'GCTN.가평문화관광신문') ----------------
KS, D = "kim-seong-gi", "2020-09-17"
G["ra-06-gctn.txt"] = dict(
    metadata=M("가평군의 자랑 ‘자라섬’ 전면 개방", "2020-09-17T14:34+09:00", "김정현", "가평문화관광신문", "41820"),
    officials=[KS],
    claims=[
        C("경기 가평군의 자랑인 자라섬이 전면 개방한다", None, D, ["culture-tourism"], "statement"),
        C("군은 최근 집중호우로 큰 피해를 입었던 자라섬이 제 모습을 드러내며 개방한다고 17일 밝혔다", None, D, ["culture-tourism", "disaster-safety"], "statement"),
        C("수해복구작업에 총력을 기울인바 있다", None, D, ["disaster-safety"], "achievement"),
        C("자라섬 개방은 수해복구와 더불어 코로나19 재 확산에 따라 강화된", None, D, ["culture-tourism", "disaster-safety", "public-health"], "statement"),
        C("관광편의시설 등을 설치해 '꽃섬'으로 탈바꿈하며 방문객 8만명 시대를 열었다", None, D, ["culture-tourism"], "achievement"),
        C("서도에는 캠핑장이 설치됐으며 중도는 재즈 페스티벌 등 사계절 축제가 열리고 있다", None, D, ["culture-tourism"], "statement"),
        C("섬이 지닌 자연자원 등을 보존하면서 지속가능한 섬 개발이 이뤄지도록 체계적으로 지원", KS, D, ["culture-tourism"], "plan"),
        C("사계절 각기 다른 테마를 제공함으로써 대한민국은 물론 세계속의 관광명소로 부각시켜 나가겠다", KS, D, ["culture-tourism"], "plan"),
    ],
    not_claims=[
        "김성기 군수 “세계속의 관광명소로 부각시켜 나가겠다”",
        "김정현 | 기사입력 2020/09/17 [14:34]",
        "북한강 위에 떠있는 군 대표 관광명소인 자라섬은 지난달 내린 물 폭탄으로 침수됐다",
        "자라섬은 동도와 서도, 남도, 중도 등 4개 섬으로 이뤄졌다",
        "면적은 61만4000㎡로 인근 남이섬의 1.5배다",
        "군은 다음 달에 자라섬 남도에서 제53회 가평군민의 날 행사를 개최할 예정이다",
        "GCTN.가평문화관광신문",
    ],
)

# ---------------- ra-07 (시민일보) ----------------
LC, D = "lee-chang-u", "2016-02-29"
G["ra-07-siminilbo.txt"] = dict(
    metadata=M("동작구, 국공립어린이집 더 늘린다", "2016-02-29T17:06:41+09:00", "여영준", "시민일보", "11590"),
    officials=[LC],
    claims=[
        C("올해 국공립어린이집 8곳이 더 생기며, 그중 5곳은 원아모집을 마치고 이달에 개원할 예정이라고 29일 밝혔다", None, D, ["childcare-birth"], "target"),
        C("오는 2018년까지 꾸준히 국공립어린이집을 확충해 51곳까지 늘릴 예정이다", None, D, ["childcare-birth"], "target"),
        C("2018년에는 영·유아 2명 중 1명은 공공시설에서 보육을 하게 되는 것", None, D, ["childcare-birth"], "target"),
        C("국공립어린이집 확충은 기회의 균등을 공고히 하기 위해 꼭 필요한 일", LC, D, ["childcare-birth"], "statement"),
        C("앞으로도 아이가 행복하고 엄마가 맘(Mom) 편한 동작을 만들기 위해 노력하겠다", LC, D, ["childcare-birth"], "plan"),
    ],
    not_claims=[
        "복지 / 여영준 기자 / 2016-02-29 17:06:41",
        "올해 8곳 추가 개원 총 47곳… 2018년 51곳으로 확충",
        "[ⓒ 시민일보. 무단전재-재배포 금지]",
    ],
)

# ---------------- ra-08 (council-debate report on a board page; outlet not named in text) ----------------
LG, E = "lee-jae-jun-41280", "2022-03-30"
c1 = C("고양시만 유일하게 참여하지 않아 시민들이 불편을 겪고 있다고 지적했다", None, E, ["public-transit"], "criticism")
c1["speaker_name"] = "박한기"
G["ra-08-kbsn.txt"] = dict(
    metadata=M("고양시의회, 제261회 임시회 제2차 본회의‘시정질문’", "2022-03-31T09:05+09:00", None, None, "41280"),
    officials=[LG],
    claims=[
        c1,
        C("현재 경기도 공공버스 제도에 참여 않지만", LG, E, ["public-transit"], "statement"),
        C("고양형 준공영제 도입 방향을 검토할 계획이며", LG, E, ["public-transit"], "plan"),
        C("또한 버스정책의 최우선은 시민들의 편의이지만", LG, E, ["public-transit"], "statement"),
    ],
    not_claims=[
        "고양시의회, 제261회 임시회 제2차 본회의‘시정질문’ > 정치",
        "2024.09.21 (토)",
        "작성일 22-03-31 09:05",
        "박한기 의원은 고양시만 불참한 이유가 무엇인지",
    ],
)

# ---------------- ra-09 (서울신문 page, undated; cut e-mail 'hunnam@se' too short to name the outlet) ----------------
JW = "jeong-won-o"
G["ra-09-seoul.txt"] = dict(
    metadata=M("탈북민 등 복지사각 해소…성동 복지플래너가 간다", None, "김승훈", None, "11200"),
    officials=[JW],
    claims=[
        C("서울 성동구는 다음달 30일까지 ‘제2차 복지사각지대 발굴 전수조사’를 한다고 29일 밝혔다", None, None, ["welfare"], "plan"),
        C("대상은 탈북민 135가구, 고시원·찜질방·여관·반지하 같은 열악한 주거 환경 거주 가구", None, None, ["welfare"], "statement"),
        C("동 복지플래너가 직접 방문해 생활실태·건강상태 등을 조사하고", None, None, ["welfare"], "plan"),
        C("구는 올 1~2월 1차 전수조사 때 복지사각지대 주민 277명을 찾아내 지원했다", None, None, ["welfare"], "achievement"),
        C("구는 그간 복지사각지대 주민 발굴 시스템 구축에 힘을 쏟아왔다", None, None, ["welfare"], "statement"),
        C("주민이 주민을 살피는 ‘주주살피미’를 도입", None, None, ["welfare"], "achievement"),
        C("카카오톡 플러스 친구 ‘성동이웃살피미’도 마련했다", None, None, ["welfare"], "achievement"),
        C("1대1 채팅으로 어려운 이웃을 신고할 수 있다", None, None, ["welfare"], "statement"),
        C("정부와 자치구에서 수많은 복지서비스를 제공하지만 여전히 복지사각지대에서", JW, None, ["welfare"], "statement"),
        C("복지사각지대 발굴망을 촘촘히 구축, 단 한 명도 소외됨 없는 복지 성동을 만들겠다", JW, None, ["welfare"], "plan"),
    ],
    not_claims=[
        "노들섬, 음악섬으로 다시 태어나다",
        "874석 공연장 ‘라이브하우스’ … 28일 개장",
        "어린이집 늦게까지 아이 맡길 수 있다",
        "복지부 ‘영유아보육법’ 개정안 입법예고",
        "길거리 댄스 무대 변신한 동대문",
        "21~22일 ‘세계거리춤축제’ 개최",
        "탈북민 등 복지사각 해소…성동 복지플래너가 간다",
        "새달 30일까지 고시원 등 직접 방문 조사…정원오 구청장 “소외됨 없는 복지 구축”",
    ],
)

if __name__ == '__main__':
    base = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    for name, g in G.items():
        d = {"article": name, **g}
        with open(os.path.join(base, 'gold', name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
        print(name, len(g['claims']))
