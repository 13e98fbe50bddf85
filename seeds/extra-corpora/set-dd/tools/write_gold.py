"""Writes set-dd gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
# dd-01 부산 해운대구 홍순헌 interview (published 2022-03-31; interview '30일')
H, D, I = "hong-sun-heon", "2022-03-31", "2022-03-30"
G["dd-01-mt.txt"] = dict(
    metadata=dict(headline="관광도시 해운대구, 주거·일자리 갖춘 '자족형 도시' 변신 왜?", published="2022-03-31T05:35+09:00",
                  reporter="기성훈·김지현", outlet="머니투데이", jurisdiction="26350"),
    officials=[H],
    claims=[
        C("일자리가 풍부한 경제도시, 안전하고 복지가 충실한 도시를 만들기 위해 모든 역량을 집중하고 있습니다", H, I,
          ["jobs", "disaster-safety", "welfare"], "statement"),
        C("'재생과 창조'의 균형 잡힌 도시정책 추진을 통해 살고 싶은 '정주도시'를 만들고 있다", H, I, ["urban-regeneration"], "statement"),
        C("그의 구상에 따라 해운대구는 주거와 일자리를 갖춘 '자족형 도시'로 새롭게 변모하고 있다", None, D, ["housing", "jobs"], "statement"),
        C("도시의 주인인 주민들의 생각과 가치를 반영한 2040미래계획을 수립해", H, I, ["citizen-participation"], "statement"),
        C("노후 공동주택 리모델링과 기반시설 정비를 포함해 주거와 일자리를 갖춘 자족형 도시로 탄생시킬 큰 그림도 곧 완성할 것", H, I,
          ["housing", "jobs"], "plan"),
        C("'제2센텀지구 도심융합특구' 지정은 해운대구 내 동서 격차 해소의 첫걸음으로 평가된다", None, D, ["decentralization"], "achievement"),
        C("도심융합특구는 국가균형발전을 위해 지방 대도시에", None, D, ["decentralization"], "statement"),
    ],
    not_claims=["[2022 사회안전지수-살기 좋은 지역]", "해운대구는 이미 이름 그 자체만으로도 브랜드 가치를 가지고 있는 도시입니다",
                "토목공학 박사인 홍 구청장은 2018년 취임 이후", "'2040해운대 미래계획' 연구용역이 대표적이다"])
# dd-02 경북 이철우 저출생 (입력 2024-03-12 19:47)
L, D = "lee-cheol-u", "2024-03-12"
G["dd-02-yeongnam.txt"] = dict(
    metadata=dict(headline="이철우 경북도지사, 저출생과 전쟁 승리 위해 '동분서주'", published="2024-03-12T19:47+09:00",
                  reporter="임성수", outlet=None, jurisdiction="47"),
    officials=[L],
    claims=[
        C("저출생 극복에 대한 도지사의 강력한 의중과 진정성이 느껴지는 대목이다", None, D, ["childcare-birth"], "statement"),
        C("이 도지사가 '저출생과 전쟁'에서 승리하기 위해 연일 광폭 행보를 이어가고 있다", None, D, ["childcare-birth"], "statement"),
        C("완전돌봄 특구 지정 등 지역의 출산 정책 체질 개선을 위해 분주하게 움직인다", L, D, ["childcare-birth"], "statement"),
        C("새로운 경북형 돌봄 모델인 '온종일 완전돌봄'을 제시한 이 도지사는", L, "2024-02-27", ["childcare-birth"], "plan"),
    ],
    not_claims=["두달 안 돼 대응조직부터 실행과제까지 제시하며 총력 지시", "저출산고령위에 클러스터 조성, 총리실에 규제개선 등 건의",
                "이철우 도지사가 저출생 극복에 대한 강력한 의중을 느낄 수 있다", "이철우 경북도지사의 저출생 극복 의지는 도청 곳곳에서도 드러난다",
                "도지사실 출입문에는 '저출생과 전쟁'이라는 문구까지 새겨졌다"])
# dd-03 경북 포항시 이강덕 취임 10주년 (2024-07-01)
K, D = "lee-gang-deok", "2024-07-01"
G["dd-03-tvtoday.txt"] = dict(
    metadata=dict(headline="이강덕 시장 \"포항을 지식산업도시, 글로벌 도시로 만들겠다\"", published="2024-07-01T17:01:20+09:00",
                  reporter="손대성", outlet=None, jurisdiction="47110"),
    officials=[K],
    claims=[
        C("고부가가치 지식산업, 콘텐츠산업으로 혁신하고 이차전지·수소에 이어 바이오, 복합전시, 인공지능 디지털", K, D,
          ["culture-tourism", "energy-transition", "medical-industry", "fourth-industrial-revolution"], "plan"),
        C("녹색성장산업 육성과 해상풍력, 그린수소 생태계를 갖춰 친환경 생태도시를 만들고", K, D,
          ["climate-carbon", "energy-transition", "public-health", "education", "decentralization", "culture-tourism"], "plan"),
        C("국가첨단전략산업 이차전지 양극재 특화단지 지정, 기회발전특구 유치 등 성과를 냈다", None, D,
          ["decentralization", "investment-attraction"], "achievement"),
        C("100㎞에 이르는 해안둘레길 조성", None, D, ["culture-tourism"], "achievement"),
    ],
    not_claims=["포항을 대한민국 첨단산업을 선도하는 지식산업도시이자", "[포항시 제공. 재판매 및 DB 금지]",
                "2016년 이차전지기업인 에코프로가 포항에 정착한 이후"])
# dd-04 울산시 전통시장 장보기 (2025-09-23)
M, D = "kim-doo-gyeom", "2025-09-23"
SM = ["small-merchants"]
G["dd-04-asiae.txt"] = dict(
    metadata=dict(headline="23일, 남창옹기종기시장서 장보기·의견 청취", published="2025-09-23",
                  reporter=None, outlet=None, jurisdiction="31"),
    officials=[M],
    claims=[
        C("울주군 남창옹기종기시장에서 '우리동네 전통시장 장보고(go) 행사'를 개최한다", None, D, SM, "plan"),
        C("이번 행사는 추석을 앞두고 지역 상권 활성화를 위해 마련됐다", None, D, SM, "statement"),
        C("남구 신정시장을 방문해 장보기 행사를 진행한다", None, D, SM, "plan"),
        C("참석자들은 시장에서 온누리상품권으로 직접 장을 보면서", None, D, SM, "plan"),
        C("전통시장의 구매를 촉진해 지역경제 선순환을 유도하기 위한 노력이 필요하다", M, D, SM, "plan"),
        C("공공기관과 지역기업이 앞장서서 지역상품권 구매와 전통시장 이용을 적극 부탁드린다", M, D, SM, "plan"),
    ],
    not_claims=["행사에는 김두겸 시장과 한국수력원자력 새울본부 윤승호 대외협력처장을 비롯해",
                "한국수력원자력 새울원자력본부는 남창옹기종기전통시장 상인회와 자매결연을 하고"])
# dd-05 대구 달서구 녹색도시 (입력 2025-05-18; institutional)
D = "2025-05-18"
G["dd-05-imaeil.txt"] = dict(
    metadata=dict(headline="발 닿는 곳마다 푸른 달서구… 지속가능한 '힐링 녹색 도시' 만들기", published="2025-05-18T15:59:17+09:00",
                  reporter=None, outlet=None, jurisdiction="27290"),
    officials=["lee-tae-hun"],
    claims=[
        C("대체 에너지 시설을 늘리는 것 뿐만 아니라", None, D, ["energy-transition"], "statement"),
        C("달서구청은 장기적으로 온실가스를 현재의 절반 수준으로 감축하겠다며", None, D, ["climate-carbon", "energy-transition"], "target"),
        C("오는 2030년까지 2018년 배출 온실가스의 45%를 감축하고", None, D, ["climate-carbon"], "target"),
        C("달서 1호 시민햇빛발전소를 설치하고, 구청사에 태양광 발전 장치를 설치했다", None, D, ["energy-transition"], "achievement"),
        C("주택과 상업·공공건물 134곳에 태양광 발전 장치를 추가 설치해", None, D, ["energy-transition"], "target"),
        C("국립 치유의 숲 조성을 추진해 누구나 자연을 즐길 수 있는 관광지로 개발하겠다는 복안이다", None, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["2034년까지 온실가스 감축 계획 설정… 대체 에너지·녹지 마련 힘써", "주민들과 이태훈 달서구청장이 참석한 모습",
                "대구 달서구청의 노력이 지속 가능한 도시를 만들기 위한 환경 정책 마련에 나섰다",
                "달서구청은 시민들이 체감할 수 있는 녹색 정책도 함께 추진하고 있다",
                "'도시바람숲길'을 만들어 녹지 비율을 대폭 늘렸다",
                "주민이 직접 참여하는 사업인 '우리마을 동산가꾸기' 행사가 대표적이다"])
# dd-06 경남도 어르신센터 (undated; /연합뉴스)
WD = ["welfare", "dementia-care"]
G["dd-06-hankyung.txt"] = dict(
    metadata=dict(headline="경남도, 창원·김해에 어르신센터 개소 \"치매 예방·돌봄서비스\"", published=None,
                  reporter=None, outlet="연합뉴스", jurisdiction="48"),
    officials=[],
    claims=[
        C("노인 치매 예방과 돌봄 서비스를 제공할 어르신센터가 창원과 김해에서 문을 열었다", None, None, WD, "achievement"),
        C("도지사 공약 사업인 어르신센터는 도가 추진하는 노인복지 핵심 사업 가운데 하나다", None, None, WD, "statement"),
        C("치매 예방 사업과 복지 사각지대에 있는 노인들에게 돌봄 서비스를 제공하는 역할을 한다", None, None, WD, "statement"),
        C("센터장·간호사·어르신지킴이 등 3∼5명의 직원을 둔다", None, None, WD, "statement"),
        C("5곳에 어르신센터를 더 설치할 예정이다", None, None, WD, "target"),
        C("도내 전 시·군에 어르신센터 총 20곳을 갖출 계획이다", None, None, WD, "target"),
        C("어르신센터가 지역 어르신들의 복지서비스 향상에 큰 역할을 하도록 노력하겠다", None, None, WD, "plan"),
    ],
    not_claims=["올해 5곳 더 설치, 2021년까지 총 20곳 계획", "경남은 2016년 고령사회에 진입한 바 있다",
                "고령사회는 65세 이상 노인 인구 비중이 전체의 14% 이상인 사회를 말한다"])
# dd-07 대구 수성구 이진훈 (undated)
J = "lee-jin-hun"
EC = ["education", "culture-tourism"]
G["dd-07-hankookilbo.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="김강석", outlet="한국일보", jurisdiction="27260"),
    officials=[J],
    claims=[
        C("올해는 수성구가 교육ㆍ문화의 대표 지자체가 될 것", J, None, EC, "plan"),
        C("구청에 교육문화국을 신설한 것도 전국적인 교육도시를 지향한다는 의미", J, None, ["education"], "statement"),
        C("네 번째 대형 공공도서관인 고산도서관이 문을 열면서 수성구가 교육·문화 대표 지자체로 나아가는 발판을 마련했다", J, None,
          ["culture-tourism", "education"], "achievement"),
        C("대구에서 가장 많은 공공도서관 인프라를 가질 수 있도록", J, None, ["culture-tourism"], "plan"),
        C("이 프로젝트는 2020년까지 4개의 대형 공공도서관", None, None, ["culture-tourism"], "target"),
        C("구민들의 품격개선 위한 키워드는 교육과 문화다", None, None, EC, "statement"),
        C("수능 만점자를 4명이나 배출하는 등 교육도시의 명성을 이어갔고", None, None, ["education"], "plan"),
        C("도서관과 문화교실, 창의스쿨 등 다양한 교육문화프로그램을 개발할 것", J, None, EC, "plan"),
        C("2020년까지 관내 어디에서든 500m 안에 도서관을 찾을 수 있는 인프라를 갖추겠다", J, None, ["culture-tourism"], "target"),
    ],
    not_claims=["수성구를 깨어 있는 사람들의 따뜻한 삶터로 만들겠습니다",
                "수성구는 앞으로 4, 5년 안에 선진국 수준의 인프라와 주거환경을 갖출 것",
                "주민들이 인자(仁者)의 품성을 갖출 차례"])
# dd-08 경남 함양군 귀농귀촌 (서경방송, 2020-06-29)
D = "2020-06-29"
AG = ["agriculture"]
G["dd-08-scs.txt"] = dict(
    metadata=dict(headline="(R) 함양군, 2년 사이 2,002명 증가..귀농·귀촌 효과", published="2020-06-29",
                  reporter="양진오", outlet="서경방송", jurisdiction="48870"),
    officials=[],
    claims=[
        C("경남에서는 유일하게 체류형 귀농·귀촌센터를 가진 함양군", None, D, AG, "statement"),
        C("민선 7기 들어 2천 명이 넘는 인구가 함양으로 유입된 것으로 나타났습니다", None, D, AG, "achievement"),
        C("경남에서 유일하게 체류형 귀농·귀촌센터를 운영하고 있는 함양군", None, D, AG, "statement"),
        C("함양으로 이주를 결정한 귀농·귀촌인은 모두 1,476세대, 2,002명입니다", None, D, AG, "achievement"),
        C("귀농·귀촌을 통한 인구 유입 효과가 어느 정도 입증된 건데", None, D, AG, "achievement"),
        C("귀농·귀촌 정책에 대한 투자를 더욱 확대하기로 결정했습니다", None, D, AG, "plan"),
        C("체류형 귀농·귀촌 운영을 통해 의미있는 성과를 거두긴 했지만", None, D, AG, "criticism"),
    ],
    not_claims=["다만 젊은 인구층을 늘리는 것은 여전히 과제로 남았습니다", "50부터 70대까지 고령층의 증가가",
                "20대의 경우 마이너스 100을", "농사를 짓고 싶어서 체험을 하기 위해", "서경방송 채널8번 로고"])
# dd-09 부산시 공공주거복지 정책 브리핑 (2022-03-24)
P, D = "park-heong-joon", "2022-03-24"
HO = ["housing"]
G["dd-09-busangokr.txt"] = dict(
    metadata=dict(headline="박형준 시장, “부산의 청년들이 적어도 주거 문제로 고향을 떠나는 일은 없도록 하겠다!”", published="2022-03-24",
                  reporter=None, outlet="부산광역시", jurisdiction="26"),
    officials=[P],
    claims=[
        C("떠났던 청년들이 희망을 품고 다시 돌아오는 도시를 만들기 위해 다각도의 노력을 기울이고 있습니다", P, D, ["youth-policy"], "statement"),
        C("기업 유치와 투자 유치에 시정 역량을 집중해 지난해 3조 6천억 원 규모의 성과를 내는가 하면", P, D,
          ["jobs", "youth-policy", "investment-attraction", "housing", "urban-regeneration"], "achievement"),
        C("우리 시가 올해부터 중점적으로 추진할 ‘공공주거 복지정책’에 대해 말씀드리고자 합니다", P, D, HO, "plan"),
        C("우리 시는 다음 세 가지 공공주거 복지정책을 내실 있게 추진하고자 합니다", P, D, ["housing", "youth-policy"], "plan"),
        C("첫째, ‘신혼부부 럭키 7 하우스’ 사업입니다", P, D, HO, "statement"),
        C("신혼부부에게 임대보증금 대출이자와 임대료를 최대 7년간 전액 지원하여", P, D, HO, "plan"),
        C("공적임대주택을 올해 1만7천5백 호 규모로 대폭 늘이겠습니다", P, D, HO, "target"),
        C("이를 통해 튼튼한 주거 사다리 복지체계를 구축하겠습니다", P, D, HO, "plan"),
        C("셋째, ‘희망더함 아파트’를 공급하겠습니다", P, D, HO, "plan"),
    ],
    not_claims=["존경하는 부산시민 여러분", "부산광역시장 박형준입니다", "공공주거복지 정책 발표 기자 브리핑 | 2022-03-24"])
os.makedirs("/work/blind/set-dd/gold", exist_ok=True)
for f, g in G.items():
    out = {"article": f, **g}
    with open(f"/work/blind/set-dd/gold/{f}.json", "w", encoding="utf-8") as h:
        json.dump(out, h, ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
