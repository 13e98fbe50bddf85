"""Writes set-y gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}

K, D = "kim-yung-rok", "2025-11-01"
G["y-01-fnnews.txt"] = dict(
    metadata=dict(headline='김영록 전남지사 "동북아 탄소중립 실현 중심지로 거듭"', published="2025-11-01T16:45+09:00",
                  reporter="전원", outlet="뉴스1", jurisdiction="46"),
    officials=[K],
    claims=[
        C("2050 전남도 탄소중립 비전을 발표했다", K, D, ["climate-carbon"], "plan"),
        C("전남이 추진 중인 '2050 전라남도 탄소중립 비전'을 소개했다", K, D, ["climate-carbon"], "statement"),
        C("산업 저탄소 전환과 재생에너지 생태계 조성", K, D, ["climate-carbon", "energy-transition"], "plan"),
        C("탄소중립 실현은 결코 쉬운 과제는 아니지만", K, D, ["climate-carbon"], "statement"),
        C("재생에너지와 블루카본 등 지역의 강점을 살려 동북아 탄소중립 실현의 중심지로 거듭나겠다", K, D, ["climate-carbon", "energy-transition"], "plan"),
        C("탄소중립 실현을 위한 기술·정책 교류를 확대할 계획이다", None, D, ["climate-carbon"], "plan"),
    ],
    not_claims=["동북아 탄소중립 실현 중심지로 거듭",
                "한일 8개 시도현이 한일해협연안 지역의 발전과 해당 도시들의 공통 과제의 해결 방안을 논의하는 장이다",
                "'UN-SDGs(지속가능발전목표) 실현을 위한 탄소중립 시책'을 주제로",
                "저작권자 ⓒ 뉴스1코리아"])

P, T = "park-jeong-hyeon", "kim-tae-heum"
G["y-02-ccnnews.txt"] = dict(
    metadata=dict(headline='박정현 군수, 김태흠 지사에 "충남도립대학교 스마트팜 학과 신설 힘써주시길"', published=None,
                  reporter="조홍기", outlet="충청뉴스", jurisdiction="44760"),
    officials=[P, T],
    claims=[
        C("부여군이 추진하는 청년농업인 스마트팜 시설 선진모델 확대를 적극 요청했다", P, None, ["agriculture", "youth-policy"], "plan"),
        C("백제문화복합단지 및 문화체험마을의 원활한 추진", P, None, ["culture-tourism"], "plan"),
        C("농업이 소득이 되어야 하며, 적정규모의 농토가 있어야 한다", P, None, ["agriculture"], "plan"),
        C("청년농업인 스마트팜 시설을 선진모델로 더욱 확대시켜 나가겠다", P, None, ["agriculture", "youth-policy"], "plan"),
        C("청년농업인 창업 확대를 위한 충남형 스마트팜 사관학교", P, None, ["agriculture", "youth-policy", "startup-support"], "plan"),
        C("우리 농업의 미래는 농업을 유망산업으로 변화시켜 나가는 것", T, None, ["agriculture"], "statement"),
        C("농업의 구조와 시스템을 변화", T, None, ["agriculture"], "plan"),
    ],
    not_claims=["스마트팜 학과 신설 힘써주시길", "우리 부여에 애정을 갖고 찾아주신 김 지사님께 고맙다",
                "부여읍 주민 200여명이 참석했다", "적극적 요청에 나선 것"])

GW = "gwon-sun-taek"
G["y-03-moneys.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="30"),
    officials=[GW],
    claims=[
        C("대전시가 도시철도 2호선 트램 노선 추진계획을 최종 확정했다", None, None, ["public-transit"], "achievement"),
        C("브리핑을 열어 도시철도 2호선 트램 노선 추진계획을 확정해 발표했다", None, None, ["public-transit"], "achievement"),
        C("2025년까지 6649억원이 투입돼", None, None, ["public-transit"], "plan"),
        C("노선에는 정류장 34개, 차량기지 1개소가 들어선다", None, None, ["public-transit"], "plan"),
        C("1구간과 2구간으로 나뉘어 사업이 진행된다", None, None, ["public-transit"], "statement"),
        C("연장 32.4㎞로 예산 5723억원이 들어간다", None, None, ["public-transit"], "plan"),
        C("2021년 착공에 들어갈 계획이다", None, None, ["public-transit"], "plan"),
        C("4개 역사가 건립되며 예산 920억원이 투입된다", None, None, ["public-transit"], "plan"),
        C("이 구간은 2023년 착공에 들어간다", None, None, ["public-transit"], "plan"),
        C("2030년까지 도시철도 2호선의 대중교통 분담률을 40%까지 끌어올리겠다", GW, None, ["public-transit"], "target"),
    ],
    not_claims=["사진은 미국 샌프란시스코에서 운행 중인 트램",
                "권선택 대전시장(오른쪽)이 대전 도시철도 2호선 트램의 전체노선과 추진방향을 설명하고 있다"])

KS = "kim-sang-ho"
G["y-04-mtime.txt"] = dict(
    metadata=dict(headline="하남시, 행정안전부 주재 폭염대처 점검회의 개최", published="2018-07-30T10:11+09:00",
                  reporter="송길용", outlet=None, jurisdiction="41450"),
    officials=[KS],
    claims=[
        C("무더위 쉼터 운영시간 연장", None, "2018-07-27", ["disaster-safety"], "plan"),
        C("폭염대책 TF팀을 구성하고", None, "2018-07-30", ["disaster-safety"], "plan"),
        C("폭염에 철저히 대비해 각종 사고를 예방해야할 것", KS, "2018-07-27", ["disaster-safety"], "plan"),
    ],
    not_claims=["하남시, 행정안전부 주재 폭염대처 점검회의 개최",
                "27일 시청 상황실에서 행정안전부 주재 폭염대처 영상회의 실시했다",
                "8월까지 폭염이 이어질 전망이어서 큰 피해가 우려된다"])

KD = "kim-doo-gyeom"
G["y-05-hankyung.txt"] = dict(
    metadata=dict(headline="일자리 정책 최우선…비즈니스 시장 될 것", published=None, reporter="하인식", outlet="한국경제",
                  jurisdiction="31"),
    officials=[KD],
    claims=[
        C("일자리 창출을 최우선 과제로 삼아", KD, None, ["jobs"], "plan"),
        C("공격적인 기업 투자 유치에 방점을 찍었다", KD, None, ["investment-attraction"], "achievement"),
        C("5개 기업, 2조5452억원 규모의 투자 유치와 2091명 고용 창출 성과로 이어졌다", None, None, ["investment-attraction", "jobs"], "achievement"),
        C("인허가 담당 공무원을 현대차에 파견하기로 했다", KD, None, ["investment-attraction", "future-vehicles"], "plan"),
        C("울산시의 행정력을 총동원하겠다", KD, None, ["future-vehicles", "investment-attraction"], "plan"),
        C("일자리와 청년인구가 넘치고 아이 낳기 좋은 도시 울산을 만들 것", KD, None, ["jobs", "youth-policy", "childcare-birth"], "plan"),
    ],
    not_claims=["김두겸 울산시장 취임 100일", "5개 기업, 2.5조 투자 유치", "대한민국 최고의 비즈니스 시장이 되겠다",
                "현대자동차는 2조원을 들여 울산공장 내 주행시험장 28만㎡에 전기자동차 전용 신공장을 건립하기로 했다",
                "롯데케미칼과 SK가스는 3500억원을 투자해 울산에 수소연료전지 발전소를 건설한다",
                "현대차 울산공장에 새로운 자동차 공장이 들어서는 것은 34년 만"])

O = "oh-keo-don"
G["y-06-sejongmedia.txt"] = dict(
    metadata=dict(headline="시설종사자들에게 “노인분들에게 따뜻한 집과 가족이 되어주고 있어서 고맙다”..", published=None,
                  reporter=None, outlet="세종TV", jurisdiction="26"),
    officials=[O],
    claims=[
        C("겨울철 화재사고 예방을 위한 시설관리에 온 힘을 다해줄 것도 당부했다", O, None, ["disaster-safety"], "plan"),
        C("정부 정책인 치매 국가책임제에 발맞춰", None, None, ["welfare", "dementia-care"], "target"),
    ],
    not_claims=["큰 공약도 중요하지만 작은 약속도 소중하게 생각하는 시장이 되겠다",
                "어르신들 모시는 게 힘들지만, 부모님처럼 모셔주기를 바란다",
                "당선되면 얼굴 뵈러 다시 오겠다",
                "나훈아의 ‘부모’를 부르기도 했다"])

J = "kim-jin-tae"
G["y-07-hankyung.txt"] = dict(
    metadata=dict(headline="강원도, 강릉∼평창 등 신규 케이블카 6곳 본격 추진", published=None, reporter=None, outlet="연합뉴스",
                  jurisdiction="51"),
    officials=[J],
    claims=[
        C("도내 6곳에 신규 케이블카를 본격 추진한다고 8일 밝혔다", None, None, ["culture-tourism"], "plan"),
        C("추가 건설할 케이블카는 치악산케이블카(원주시)", None, None, ["culture-tourism"], "plan"),
        C("연말까지 사업 우선순위를 정할 계획이다", None, None, ["culture-tourism"], "plan"),
        C("이미 적정 노선을 확정해 최근 최종보고회까지 마쳤다", None, None, ["culture-tourism"], "achievement"),
        C("2030년 개장을 목표로 케이블카 건설에 박차를 가하기로 했다", None, None, ["culture-tourism"], "target"),
        C("지난해 11월 설악산 오색케이블카 착공식을 개최했다", None, None, ["culture-tourism"], "achievement"),
        C("케이블카 허가를 당장에 받을 수 없는 상황이지만 철저히 준비해 나갈 계획", J, None, ["culture-tourism"], "plan"),
        C("착공에서 준공까지", J, None, ["culture-tourism"], "statement"),
    ],
    not_claims=["신규 케이블카 6곳 본격 추진", "사전절차 2∼3년, 착공∼준공까지 4∼5년 예상", "/연합뉴스"])

Y = "yoon-jang-hyun"
G["y-08-newscj.txt"] = dict(
    metadata=dict(headline="윤장현 시장 “사회대통합 통한 광주형 일자리 만들 것”", published=None, reporter="이지수",
                  outlet="천지일보", jurisdiction="29"),
    officials=[Y],
    claims=[
        C("기업체 유치를 위해 사회 대통합을 통한 광주형 일자리모델을 만들 계획", Y, None, ["jobs", "investment-attraction"], "plan"),
        C("청년 일자리가 한 개인이나 지역 차원의 문제가 아님에도", Y, None, ["jobs", "youth-policy"], "criticism"),
        C("친환경 미래형 자동차로 방향을 잡아 양질의 일자리가 창출될 기반을 만들겠다", Y, None, ["jobs", "future-vehicles", "labor-relations"], "plan"),
    ],
    not_claims=["시민숲에서 ‘자동차밸리조성 공감 토크’를 개최했다",
                "기념사진을 촬영하고 있다",
                "공감대 확산을 위해 마련한 행사로",
                "사업 성공을 위해서는 전 국민적인 공감대 형성과 국가의 파격적인 지원이 필요하다",
                "자동차밸리 조성과 청년 일자리에 대한 확고한 의지와 희망을 피력했다"])

for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-y/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
