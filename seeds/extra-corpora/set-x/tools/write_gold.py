"""Writes set-x gold files (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}

Y, D = "yang-seung-jo", "2020-11-02"
G["x-01-ccnnews.txt"] = dict(
    metadata=dict(headline="양승조 지사 \"충남이 대한민국 탄소제로 이끌어\"", published="2020-11-02", reporter="김윤아",
                  outlet=None, jurisdiction="44"),
    officials=[Y],
    claims=[
        C("충남이 대한민국 탄소제로를 이끌었다", Y, D, ["climate-carbon"], "achievement"),
        C("그동안 탈석탄과 미세먼지대책, 탄소제로와 기후위기 대응 등 친환경 에너지정책을 실천했다", Y, D,
          ["energy-transition", "fine-dust", "climate-carbon"], "achievement"),
        C("국회연설은 이런 노력에 대한 응답이다", Y, D, ["climate-carbon", "energy-transition", "fine-dust"], "achievement"),
        C("충남이 이끌어 낸 대한민국 탄소 제로의 구상을 더 힘차게 이끌고 가겠다", Y, D, ["climate-carbon"], "plan"),
        C("탄소중립 선언은 석탄발전을 재생에너지로 대체하고", None, D, ["climate-carbon", "energy-transition"], "statement"),
        C("충남은 2018년 에너지전환 비전을 선포해 2050년까지 석탄발전 비율 0%", None, D,
          ["energy-transition", "climate-carbon"], "target"),
        C("동아시아 지방정부 최초로 탄소중립을 내용으로 하는 기후비상상황을 선포했다", None, D, ["climate-carbon"], "achievement"),
        C("산업계와 기업체의 참여가 탄소중립의 핵심", Y, D, ["climate-carbon"], "statement"),
        C("충남 기업들은 대기오염 물질 자발적 감축을 실천해오고 있다", Y, D, ["fine-dust"], "statement"),
        C("오늘도 123개 기업과 대기오염물질 자발적 감축 협약을 체결한다", Y, D, ["fine-dust"], "plan"),
        C("기업이 앞장서고 도정이 뒷받침하는 대한민국의 표준모델이다", Y, D, ["fine-dust"], "achievement"),
        C("대한민국 탄소제로와 기후변화 위기 대응을 선도해 나가자", Y, D, ["climate-carbon"], "plan"),
    ],
    not_claims=["양승조 지사 \"충남이 대한민국 탄소제로 이끌어\"", "대통령 28일 탄소중립 선언, 충남 노력에 응답한 것"])

L = "lee-chang-u"
G["x-02-asiae.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="박종일", outlet="아시아경제", jurisdiction="11590"),
    officials=[L],
    claims=[
        C("청년층 주거문제 해소를 위한 사업을 다각적으로 추진하고 있다", None, None, ["housing", "youth-policy"], "statement"),
        C("보편적 주거복지를 위해 SH공사와 협력 등으로 구 자체 맞춤형 임대주택을 공급하고 있다", None, None, ["housing"], "statement"),
        C("2018년까지 홀몸어르신 주택 등 총 181가구를 공급할 계획이다", None, None, ["housing"], "target"),
        C("실제 공급가능 가구수가 더 확대될 것으로 기대하고 있다", None, None, ["housing"], "statement"),
        C("자치구에서 임대주택사업을 한다고 하면 많은 분들이 가능하겠냐고 하신다", L, None, ["housing"], "statement"),
        C("자치구야 말로 가장 주민들을 잘 알고 가장 알맞은 집을 제공해 줄 수 있는 기관", L, None, ["housing"], "statement"),
        C("더 많은 청년과 주민들에게 삶의 안정과 희망을 줄 수 있을 것으로 기대한다", L, None, ["housing"], "statement"),
    ],
    not_claims=["동작 일자리카페에서 청년들과 대화를 나누고 있다",
                "20~39살 청년층의 월세가 가장 비싼 구는 동작구로 3.3㎡ 당 13만원으로 나타났다",
                "무단전재 배포금지"])

H, E, P = "hwang-in-ho", "2019-01-31", "2019-02-01"
G["x-03-timenews.txt"] = dict(
    metadata=dict(headline="대전 동구, 대동 도시재생뉴딜사업 현장지원센터 개소식", published="2019-02-01T10:24:39+09:00",
                  reporter="홍대인", outlet="대전타임뉴스", jurisdiction="30110"),
    officials=[H],
    claims=[
        C("현장지원센터 개소식을 개최하면서 사업의 본격적인 출발을 알렸다", None, E, ["urban-regeneration"], "achievement"),
        C("대동 우리동네살리기 도시재생 뉴딜사업은 노후주택, 노후담장, 골목길 정비 등 주거환경을 개선하고", None, P,
          ["urban-regeneration"], "statement"),
        C("도시 재생을 위한 다양한 역할을 수행한다", None, P, ["urban-regeneration"], "statement"),
        C("동구가 도시재생 뉴딜사업의 선도 역할을 하고 있다", H, E, ["urban-regeneration"], "achievement"),
        C("대동을 도시재생 성공사례로 만들도록 노력하겠다", H, E, ["urban-regeneration"], "plan"),
    ],
    not_claims=["대전 동구, 대동 도시재생뉴딜사업 현장지원센터 개소식",
                "주민협의체 구성·지원, 도시재생 홍보, 사업 발굴 등 구청과 주민 간 가교 역할 기대",
                "행사는 황인호 구청장의 기념사에 이어 참석 내빈들의 축사",
                "광역시 충청북도충청남도경상북도전라북도전라남도"])

S, D = "shin-dong-heon", "2022-04-04"
G["x-04-wowtv.txt"] = dict(
    metadata=dict(headline="경기 광주.이천.여주 3개시 시장, 긴급공동 기자회견 열어 '수도권광역급행철도(GTX) 조기착수' 호소",
                  published="2022-04-04T11:12+09:00", reporter="윤상연", outlet="한국경제", jurisdiction="41610"),
    officials=[S],
    claims=[
        C("광주~이천~여주 연장 노선이 조기 착공될 수 있도록 시민과 정치계의 단결을 호소했다고", None, D, ["public-transit"], "plan"),
        C("국정과제로 채택되기 위해서는 3개 시의 모든 시민, 국회의원, 시장의 단결된 의지가 필요하다는 점에 공감했다", None, D,
          ["public-transit"], "statement"),
        C("대통령 당선인의 공약사항에 반영된 GTX의 조기 착공과 완공을 위해서는", S, D, ["public-transit"], "statement"),
        C("적은 사업비용으로 탄소중립 달성과 남북통일 대비 물류 운송기반 확보가 가능해", S, D, ["public-transit"], "statement"),
        C("GTX 확충 국정과제 채택을 위한 건의서를 지난 3월 28일 경기도에 제출했다", None, "2022-03-28", ["public-transit"], "achievement"),
    ],
    not_claims=["'수도권광역급행철도(GTX) 조기착수' 호소", "이에 따라 이들 3명 시장은 한 목소리로 성명서도 발표했다"])

L2, D = "lee-cheol-u", "2019-01-17"
G["x-05-shinailbo.txt"] = dict(
    metadata=dict(headline="‘봄·여름·가을·겨울, 경북 관광에 빠지다’ 관광정책 모색", published="2019-01-17T17:08+09:00",
                  reporter="강정근", outlet=None, jurisdiction="47"),
    officials=[L2],
    claims=[
        C("‘시군별 - 1개 대표 관광지 육성’을 주제로 선정해", None, D, ["culture-tourism"], "plan"),
        C("국내외 관광객을 끌어들일 수 있도록 활용방안을 적극적으로 마련하지 못했다", L2, D, ["culture-tourism"], "criticism"),
        C("‘경북관광 신(新)르네상스 플랜’을 준비하는 등 다양하고 적극적인 관광정책을 마련해", L2, D, ["culture-tourism"], "plan"),
    ],
    not_claims=["경북도, 이철우 지사 주재 기해년 첫 시장·군수 정책토론회",
                "‘2019년 경북 관광 활성화 방안’을 설명 한 후 시군 관광 특성화 정책을 시장.군수가 직접 발표하는 시간을 가졌다",
                "시군 대표관광지를 영화 슬레이트에 이미지화한 퍼포먼스를 가졌다",
                "앞으로도 토론회를 정례화해 경북 발전을 위해 시장.군수와 함께 머리를 맞대도록 하겠다",
                "정책 개발을 위한 토론회를 가지자는데"])

W, D = "won-hee-ryong", "2015-08-07"
G["x-06-kukinews.txt"] = dict(
    metadata=dict(headline="제주, 2030년 ‘전기차 섬’ 된다…37만7천대 보급", published="2015-08-08T07:00:55+09:00",
                  reporter="이다겸", outlet="쿠키뉴스", jurisdiction="50"),
    officials=[W],
    claims=[
        C("제주도가 오는 2030년까지 화석연료를 이용하는 모든 차량을 전기차로 전환한다", None, D, ["future-vehicles"], "target"),
        C("전기차 중장기(2015∼2030) 종합계획(안)’을 발표하고 도민 공청회를 했다", None, D, ["future-vehicles"], "plan"),
        C("37만7천대의 모든 차량을 풍력과 태양광발전을 통해 생산한 전기 에너지를 이용하는 전기차로 전환하는 것이다", None, D,
          ["future-vehicles", "energy-transition"], "target"),
        C("오는 2017년까지 도내 운행 차량의 10%인 총 2만9천대를 전기차로 전환한다", None, D, ["future-vehicles"], "target"),
        C("추가로 10만6천대의 보급해 총 13만5천대를 전기차로 바꾼다", None, D, ["future-vehicles"], "target"),
        C("이는 도내 운행 차량의 40%에 해당한다", None, D, ["future-vehicles"], "target"),
        C("24만2천대를 추가로 공급해 최종적으로 총 37만7천대를 전기차로 전환한다", None, D, ["future-vehicles"], "target"),
        C("연도별 세부실천계획을 수립해 주기적으로 점검하고 2017년에 보완계획을 수립하겠다", W, D, ["future-vehicles"], "plan"),
        C("바람으로 가는 전기차로 제주를 바꾸고 그 힘으로 대한민국을 바꾸겠다", W, D, ["future-vehicles", "energy-transition"], "plan"),
    ],
    not_claims=["제주, 2030년 ‘전기차 섬’ 된다…37만7천대 보급", "이 기사 어떻게 생각하세요"])

K, D = "kim-seong-su", "2025-07-23"
G["x-07-cnbnews.txt"] = dict(
    metadata=dict(headline="김성수 해운대구청장 “세계 최고 도시 해운대 향해 달릴 것”", published="2025-07-23T13:39:44+09:00",
                  reporter="임재희", outlet="CNB뉴스", jurisdiction="26350"),
    officials=[K],
    claims=[
        C("일상 행복과 매력 관광을 양대 축으로 구민 삶을 실질적으로 바꾸고, 글로벌 관광도시 해운대의 새 지평을 열겠다", K, D,
          ["culture-tourism"], "plan"),
        C("‘구청장 직통민원실’과 ‘바로톡톡 문자민원 서비스’를 운영해왔다", None, D, ["citizen-participation"], "achievement"),
        C("직통민원 3614건 가운데 98%인 3497건을 처리하는 등", None, D, ["citizen-participation"], "achievement"),
        C("19억 원을 투입해 아시아선수촌공원을 리모델링하고, 해운대해수욕장 송림공원", None, D, ["culture-tourism"], "achievement"),
    ],
    not_claims=["취임 3주년…현장 중심 ‘생활밀착 행정’․ 고품격 ‘사계절 관광 기반’ 마련",
                "민선 8기 3주년을 맞아 구정에 대해 설명하고 있다",
                "남은 임기 동안 핵심 사업들을 차질 없이 추진해 ‘세계 최고 도시, 해운대’의 가치를 더욱 높이겠다",
                "지난 3년은 ‘살기 좋은 도시, 오고 싶은 도시’를 만들기 위한 초석을 다진 시간이었다",
                "총 95개 사업에 선정돼 1,083억6백만 원의 사업비를 확보했다",
                "2년 연속 최고등급(SA)을 받으며 정책 신뢰도를 높였다",
                "‘의전 최소화’를 업무지시 1호로 삼아",
                "생활밀착형 인프라 확충에도 속도를 냈다"])

M = "myeong-hyeon-gwan"
G["x-08-hotn.txt"] = dict(
    metadata=dict(headline="해남군 로컬푸드 직매장, 매출 30억 달성 농가소득 “쑥쑥”", published=None, reporter=None,
                  outlet="핫타임뉴스", jurisdiction="46820"),
    officials=[M],
    claims=[
        C("로컬푸드 직매장을 개장한 이후 14개월 만에 매출 30억을 달성했다고 밝혔다", None, None, ["agriculture"], "achievement"),
        C("지역 중소농가의 안정적인 판로와 소득원 창구로서의 역할을 톡톡히 해내고 있다", None, None, ["agriculture"], "achievement"),
        C("개장 이후 12만명에 가까운 군민이 이용했으며", None, None, ["agriculture"], "achievement"),
        C("2022년도 지역먹거리지수 우수지자체로 선정되는 영예를 얻는 성과를 보였으며", None, None, ["agriculture"], "achievement"),
        C("로컬푸드 직매장이 잘 운영되고 있다는 명성이 전해지며", None, None, ["agriculture"], "achievement"),
        C("선진지 견학을 왔으며 방문 문의가 끊이질 않고 있다", None, None, ["agriculture"], "achievement"),
        C("군민과 함께하는 로컬푸드를 만들다 보니 벌써 30억 매출을 달성하게 됐다", M, None, ["agriculture"], "achievement"),
        C("군민 모두에게 안전한 먹거리를 제공하고 농가소득이 증대되도록 부단히 노력하겠다", M, None, ["agriculture"], "plan"),
    ],
    not_claims=["해남군 로컬푸드 직매장, 매출 30억 달성 농가소득 “쑥쑥”",
                "지역 중소농가 소득창출의 일등공신 해남군 로컬푸드 직매장", "사회·경제 관련기사목록"])

U = "yun-sang-gi"
G["x-09-newsfreezone.txt"] = dict(
    metadata=dict(headline=None, published=None, reporter="정병기", outlet="뉴스프리존", jurisdiction="48850"),
    officials=[U],
    claims=[
        C("치매안심센터 개소식을 갖고 본격적인 서비스에 들어간다고 밝혔다", None, None, ["dementia-care"], "achievement"),
        C("앞으로 치매안심센터가 어르신들의 아름다운 기억과 추억을 지켜드리고", U, None, ["dementia-care"], "plan"),
        C("이날 문을 연 치매안심센터는 옛 횡천중학교 교사 동편", None, None, ["dementia-care"], "statement"),
        C("전문인력 15명이 치매환자 등록 및 상담, 조기검진", None, None, ["dementia-care"], "statement"),
        C("군민이면 누구나 치매안심센터에서 치매관련 건강정보 등의 서비스를 받", None, None, ["dementia-care"], "statement"),
    ],
    not_claims=["치매안심센터 홍보영상 상영 등의 식전 행사에 이어",
                "지금의 어르신들은 우리나라가 선진국 반열에 들어서는데 평생을 헌신하신 분들",
                "치매환자와 부양가족의 경제적 부담 완화, 치매에 대한 지역주민들의 인식개선 등에 대한 다양한 의견을 나눴다"])

for f, g in G.items():
    out = {"article": f, **g}
    json.dump(out, open(f"/work/blind/set-x/gold/{f}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(sum(len(g["claims"]) for g in G.values()), {f: len(g["claims"]) for f, g in G.items()})
