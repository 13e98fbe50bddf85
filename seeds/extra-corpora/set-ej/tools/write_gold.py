"""Writes gold/*.json for set-ej (hand annotation; see GOLD_NOTES.md)."""
import json, os
G = {}
def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

# ---- ej-01 경인일보, 양평군 (2024-07-01, event = publication day)
D = "2024-07-01"
G["ej-01-kyeongin.txt"] = dict(
    metadata={"headline": "취임 2주년 전진선 양평군수 “관광특화사업 본격화, 매력도시로 전진할 것”",
              "published": "2024-07-01T17:12+09:00", "reporter": "장태복", "outlet": "경인일보", "jurisdiction": "41830"},
    officials=["jeon-jin-seon"],
    claims=[
        C("양평군이 관광특화도시로 나가아겠다는 비전을 발표했다", None, D, ["culture-tourism"], "plan"),
        C("관광정책의 토대를 바탕으로 세미원 국가정원 승격, 용문산 케이블카", None, D, ["culture-tourism"], "plan"),
        C("상수도 공급량 및 하수처리량이 유의미하게 늘었다는 것이 군의 설명이다", None, D, ["water-supply", "housing"], "achievement"),
        C("약 5천 가구의 아파트가 공급됐으며", None, D, ["housing"], "achievement"),
    ],
    not_claims=["세미원과 두물머리 묶어 국가정원 추진", "용문산 케이블카 민간사업자 모집",
                "서울~양평고속도로, 화장장 정상 추진 노력", "양평군 민선8기 출범 2주년 기자회견",
                "전진선 군수가 직접 마이크를 잡아 80여명의 언론인 앞에서",
                "10년 후에도 살고 싶은 도시 2위"])

# ---- ej-02 뉴스핌, 수원시 (no publication date in the text: caption date only -> all null)
G["ej-02-newspim.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": "최대호", "outlet": "뉴스핌", "jurisdiction": "41110"},
    officials=["yeom-tae-yeong"],
    claims=[
        C("청년들에게 저출산 문제의 책임을 떠넘겨서는 안 된다", "yeom-tae-yeong", None, ["childcare-birth"], "plan"),
        C("육아, (다자녀가구) 거주 문제 등을 해결하는 데 사회가 적극적으로 나서야 한다", "yeom-tae-yeong", None, ["childcare-birth"], "plan"),
        C("시민들이 바라는 정책을 수원시에 자유롭게 제안할 수 있는 자리다", None, None, ["citizen-participation"], "statement"),
        C("저출산은 우리 사회가 함께 풀어가야 문제", "yeom-tae-yeong", None, ["childcare-birth"], "plan"),
        C("아이를 낳으면 부담 없이 키울 수 있는 사회를 만들어야 한다", "yeom-tae-yeong", None, ["childcare-birth"], "plan"),
        C("청년정책관과 청년지원센터를 중심으로 청년 지원사업을 펼치고 있다", "yeom-tae-yeong", None, ["youth-policy"], "statement"),
        C("청년들의 목소리에 귀 기울이며 청년 정책을 만들어가겠다", "yeom-tae-yeong", None, ["youth-policy"], "plan"),
    ],
    not_claims=["청년들과 함께 샌드위치를 만들며 청년 정책, 저출산 문제, 공유경제 등을 주제로 이야기를 나눴다",
                "청년들과 함께 샌드위치를 만들며 청년 정책, 저출산 문제, 공유경제 등을 주제로 이야기를 나누고 있다",
                "원탁토론, 정책발표, 정책토크쇼 등이 진행됐다"])

# ---- ej-03 일요신문, 고양시 (undated)
G["ej-03-ilyo.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": "일요신문", "jurisdiction": "41280"},
    officials=["choi-seong"],
    claims=[
        C("25만개 일자리 창출에 30조 경제효과가 기대되는 고양시의 통일한국 실리콘밸리 프로젝트", "choi-seong", None,
          ["jobs", "smart-city", "welfare"], "achievement"),
        C("지속가능한 스마트시티 국제대상을 수상받아", "choi-seong", None, ["smart-city"], "achievement"),
        C("스마트시티 동북아연합체를 출범시켜", "choi-seong", None, ["smart-city"], "achievement"),
    ],
    not_claims=["월드 스마트시티 국제회의에서 겹경사를 맞게 됐다", "내일까지 진행되니 꼭 놀러와 달라",
                "9월 4일부터 9월 8일까지 5일간 킨텍스 일원에서 개최 중이다",
                "도시 공간에 최첨단 ICT 신기술을 용복합한 일련의 접근방법을 의미한다"])

# ---- ej-04 (kmib page, outlet not stated), 경기도 (page date 2026-01-31; press conference 30일)
E = "2026-01-30"
G["ej-04-kmib.txt"] = dict(
    metadata={"headline": None, "published": "2026-01-31", "reporter": None, "outlet": None, "jurisdiction": "41"},
    officials=["kim-dong-yeon", "lee-jae-myung"],
    claims=[
        C("수도권 주택시장의 안정을 선도하는 책임감 있는 자세로 임하겠다", "kim-dong-yeon", E, ["housing"], "plan"),
        C("2030년까지 주택 80만호를 차질 없이 공급하겠다", "kim-dong-yeon", E, ["housing"], "target"),
        C("공공에서 17만호, 민간에서 63만호를 공급한다", None, E, ["housing"], "target"),
        C("유형별로는 아파트 62만호, 다세대·단독주택 등 18만호다", None, E, ["housing"], "target"),
        C("1기 신도시 재정비와 노후 원도심 활성화, 도심지 노후 공공청사 복합개발을 속도감 있게 추진할 예정이다", None, E,
          ["housing", "urban-regeneration"], "plan"),
        C("도내 개발제한구역의 합리적인 활용 방안도 검토한다", None, E, ["housing"], "plan"),
        C("건설형 및 매입·전세임대 등을 2030년까지 총 26만5000호를 공급한다", None, E, ["housing"], "target"),
        C("'경기 기회타운'을 확대 추진한다", None, E, ["housing"], "plan"),
        C("단순한 주거단지를 넘어 살기 좋은 정주 기반을 마련할 계획이다", None, E, ["housing"], "plan"),
        C("무주택 청년과 신혼부부 등을 위한 '경기도형 적금주택'을 지속적으로 공급하고", None, E, ["housing", "youth-policy"], "plan"),
        C("이번 대책은 이재명 국민주권정부의 '9.7 부동산 대책'", "kim-dong-yeon", E, ["housing"], "statement"),
    ],
    not_claims=["정부 정책이 가장 먼저 성공하는 현장을 만드는 국정의 가장 든든한 동반자가 되겠다"])

# ---- ej-05 (chosun page, outlet not named: '본지'), 화천군 (undated interview)
S = "choi-mun-sun"
G["ej-05-chosun.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42790"},
    officials=[S],
    claims=[
        C("코로나 사태로 올해 ‘산천어 축제’가 취소되며 큰 위기를 맞았다", None, None, ["culture-tourism"], "statement"),
        C("매년 100만명 넘는 관광객이 찾은 국내 최대 규모 겨울 축제", None, None, ["culture-tourism"], "achievement"),
        C("행사가 무산되며 준비했던 산천어 77t은 애물단지가 됐다", None, None, ["culture-tourism"], "statement"),
        C("산천어 통조림과 밀키트 방식의 매운탕과 조림을 선보이며", None, None, ["agriculture"], "achievement"),
        C("철저한 방역과 준비로 내년에는 더욱 알찬 축제를 선보이겠다", S, None, ["culture-tourism", "public-health"], "plan"),
        C("화천천 일원에서 열릴 예정이었는데, 정말 아쉬웠다", S, None, ["culture-tourism"], "statement"),
        C("직접적 경제 효과가 1300억원에 달한다는 조사도 있었고, 지역 주민 고용 효과도 상당했기 때문이다", S, None,
          ["culture-tourism", "jobs"], "achievement"),
        C("무엇보다도 안전이 우선이라는 판단을 내렸다", S, None, ["culture-tourism", "public-health"], "statement"),
        C("올해 축제를 위해 계약한 산천어는 약 25만 마리였다", S, None, ["culture-tourism"], "statement"),
        C("예산 11억9300만원이 들었다", S, None, ["culture-tourism"], "statement"),
        C("산천어를 소비하고 예산을 최대한 아낄 방안을 찾아야만 했다", S, None, ["agriculture"], "statement"),
        C("산천어를 전국의 식탁으로 옮겨보자는 아이디어가 나왔다", S, None, ["agriculture"], "statement"),
        C("산천어 밀키트는 1차 생산 물량이 조기 소진돼 추가 생산했다", S, None, ["agriculture"], "achievement"),
        C("나흘 만에 전량 판매에 성공했다", S, None, ["agriculture"], "achievement"),
        C("산천어 77t을 모두 소비한 것이다", S, None, ["agriculture"], "achievement"),
        C("산천어 산업화는 축제의 질적 발전을 위해 반드시 가야 하는 길이다", S, None, ["agriculture", "culture-tourism"], "plan"),
        C("인프라 구축, 산천어 수급, 판로 개척 등 풀어야 할 과제가 많다", S, None, ["agriculture"], "statement"),
        C("지속 가능한 지역 발전 동력으로 성장시키겠다", S, None, ["agriculture"], "plan"),
    ],
    not_claims=["-산천어 축제가 취소됐다.", "-산천어 77t은 어떻게 처리했나.", "-산천어 가공식품이 큰 인기를 끌었다.",
                "-교육 정책이 호평받고 있다.", "우리 군 슬로건이"])

# ---- ej-06 전자신문, 강원특별자치도 (undated)
G["ej-06-etnews.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": "권상희", "outlet": "전자신문", "jurisdiction": "51"},
    officials=["kim-jin-tae"],
    claims=[
        C("강원특별자치도 탄소중립녹색성장위원회 제 1차 회의를 개최한다", None, None, ["climate-carbon"], "plan"),
        C("강원도 탄소중립·녹색성장 기본계획 보고 및 심의에 이어", None, None, ["climate-carbon"], "plan"),
        C("백환조 강원대학교 교수를 포함하여 30명의 위원으로 구성됐다", None, None, ["climate-carbon"], "achievement"),
        C("탄소중립 정책 관련 분야 식견과 경험이 풍부한 기관장과 전문가 등을 위촉했다", None, None, ["climate-carbon"], "achievement"),
        C("위원회는 탄소중립 이행과 녹색성장 추진 정책에 대한 자문과 심의·의결 등의 역할을 수행하게 된다", None, None,
          ["climate-carbon"], "statement"),
        C("2030년까지 2018년 대비 온실가스 97% 감축을 목표로 설정하고 이행 추진한다", None, None, ["climate-carbon"], "target"),
        C("국가 탄소중립 정책과 연계한 온실가스 감축사업을 지속 발굴·확대할 계획이다", None, None, ["climate-carbon"], "plan"),
    ],
    not_claims=["임기는 2년이다", "권상희 기자기사 더보기"])

# ---- ej-07 연합뉴스 (wowtv repost), 춘천시 (undated)
G["ej-07-wowtv.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": "이상학", "outlet": "연합뉴스", "jurisdiction": "42110"},
    officials=[],
    claims=[
        C("내년 5월 신축하는 청사 주변을 살리는 사업을 벌인다", None, None, ["urban-regeneration", "city-hall"], "plan"),
        C("도시재생 사업을 위한 활성화 계획 수립용역에 착수한다고 10일 밝혔다", None, None, ["urban-regeneration"], "plan"),
        C("구도심으로 낙후한 주거환경과 상권을 정비하겠다는 것이다", None, None, ["urban-regeneration"], "plan"),
        C("정부의 국책사업인 도시재생 뉴딜사업을 통해 추진한다는 계획으로", None, None, ["urban-regeneration"], "plan"),
        C("사업비는 300억원으로 정부 공모에 선정되면 60%를 지원받고", None, None, ["urban-regeneration"], "statement"),
        C("2012년 재개발정비구역으로 지정됐지만", None, None, ["housing", "citizen-participation"], "statement"),
        C("도시재생사업을 통해 추진키로 하고 지난해 사업지구로 지정했다", None, None, ["urban-regeneration"], "achievement"),
        C("재생사업 취지에 맞게 주민 의견을 수렴, 현실적인 활성화 계획을 수립하겠다", None, None,
          ["urban-regeneration", "citizen-participation"], "plan", "홍순익"),
    ],
    not_claims=["<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>"])

# ---- ej-08 (kwnews page, outlet not stated), 강릉시 (undated)
G["ej-08-kwnews.txt"] = dict(
    metadata={"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "51150"},
    officials=["kim-hong-gyu"],
    claims=[
        C("시민이 체감하는 복지 행정을 실현하고 있다", None, None, ["welfare"], "statement"),
        C("노인맞춤돌봄서비스 대상을 3,075명으로 확대했으며", None, None, ["welfare"], "achievement"),
        C("병원동행서비스는 1년 만에 이용 인원이 2.5배 증가해", None, None, ["welfare"], "achievement"),
        C("최중증 발달장애인을 위한 1대1 맞춤형 주간 돌봄서비스를 올해 6월부터 운영하며", None, None, ["welfare"], "statement"),
        C("복지시설도 빠르게 확충되고 있다", None, None, ["welfare"], "statement"),
        C("남부권역 어르신의 여가복지 접근성을 획기적으로 높였다", None, None, ["welfare"], "achievement"),
        C("강릉시립노인요양센터는 치매전담형 공공시설로서", None, None, ["welfare", "dementia-care"], "statement"),
        C("노인일자리 참여자는 7,455명, 장애인일자리는 131명으로 확대돼", None, None, ["welfare", "jobs"], "achievement"),
        C("모든 세대가 안심하고 살아갈 수 있는 복지도시를 만들겠다", "kim-hong-gyu", None, ["welfare"], "plan"),
    ],
    not_claims=[])

# ---- ej-09 투어코리아, 속초시 (승인 2017-06-08; interview, no event day)
T, L = "2017-06-08", "lee-byeong-seon"
G["ej-09-tournews21.txt"] = dict(
    metadata={"headline": "[인터뷰] 이병선 속초시장 “속초, 제일의 명품 관광도시 만들 것”",
              "published": "2017-06-08T11:16+09:00", "reporter": "오재랑", "outlet": "투어코리아", "jurisdiction": "42210"},
    officials=[L],
    claims=[
        C("대한민국 제일의 명품 관광도시를 만들기 위해 최선을 다할 것이다", L, T, ["culture-tourism"], "plan"),
        C("속초시는 변화하는 관광 트렌드에 대응하고 시장 경쟁력을 강화하기 위해 다양한 방안을 마련하고 있다", L, T, ["culture-tourism"], "statement"),
        C("관광인프라 구축사업에 박차를 가하고 있고", L, T, ["culture-tourism"], "statement"),
        C("패키지 관광상품 개발과 홍보마케팅을 통한 관광객 유치 준비에 총력을 기울일 것", L, T, ["culture-tourism"], "plan"),
        C("사계절 휴양관광도시로서 자리매김하고 있다", L, T, ["culture-tourism"], "achievement"),
    ],
    not_claims=["“동계올림픽 배후도시로, ‘스포츠-관광’ 패키지상품 개발에 역점”",
                "‘2018평창 동계 올림픽’ 개최와 관련해 큰 기대감을 표시했다",
                "- 속초 관광의 매력은.", "최종편집 : 2024-04-19 19:09 (금)"])

os.makedirs('/work/blind/set-ej/gold', exist_ok=True)
for name, g in G.items():
    out = {"article": name, **g}
    json.dump(out, open(f'/work/blind/set-ej/gold/{name}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(name, len(g["claims"]))
print("total", sum(len(g["claims"]) for g in G.values()))
