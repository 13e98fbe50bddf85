"""Write set-ii gold files. Claim tuples: (quote, speaker, date, policies, kind[, speaker_name])."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
N = None

def art(name, meta, officials, claims, not_claims):
    out = []
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        out.append(d)
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    g = {"article": name, "metadata": dict(zip(keys, meta)), "officials": officials,
         "claims": out, "not_claims": not_claims}
    (GOLD / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

D1 = "2026-02-04"
art("ii-01-yonhap.txt",
    ["'인천형 스마트도시' 만든다…2029년까지 41개 과제 추진", "2026-02-04T09:42+09:00", "신민재", "연합뉴스", "28"],
    [],
    [("인천시가 오는 2029년까지 '인천형 스마트도시'를 건설하기 위한 청사진을 마련했다", N, D1, ["smart-city"], "achievement"),
     ("4개 분야, 41개 이행과제를 추진한다고 4일 밝혔다", N, D1, ["smart-city"], "plan"),
     ("데이터 기반 혁신도시를 구현한다는 목표를 세웠다", N, D1, ["smart-city"], "plan"),
     ("개별 이행과제는 대조기 침수지역 알림서비스", N, D1, ["smart-city", "fourth-industrial-revolution", "disaster-safety"], "statement"),
     ("인천형 스마트도시는 기술 중심의 도시가 아닌 사람·시민체감 중심의 도시", N, D1, ["smart-city"], "statement", "이원주"),
     ("정보기술과 인공지능을 활용한 스마트도시 서비스를 통해 시민 삶의 질을 높이겠다", N, D1, ["smart-city", "fourth-industrial-revolution"], "plan", "이원주")],
    ["[인천시 제공. 재판매 및 DB 금지]", "2 weeks ago 5"])

D2, E2 = "2022-01-11", "2022-01-03"
art("ii-02-bukbu.txt",
    ["“청렴·친절·현장의 노원 보여주자” 오승록 노원구청장 시무식 가져", "2022-01-11", N, N, "11350"],
    ["oh-seung-rok"],
    [("SN-BMC(서울노원바이오메디컬클러스터)발판을 마련했다", N, D2, ["medical-industry"], "achievement"),
     ("SN-BMC로 인한 일자리 창출 및 인구유입은 노원의 새로운 도약의 계기가 될 것", "oh-seung-rok", E2, ["medical-industry", "jobs"], "plan"),
     ("광운대지하철 역사 안에 GTX-C노선까지 들어오면", "oh-seung-rok", E2, ["public-transit"], "statement"),
     ("올해는 주민들을 위한 수제맥주축제 등 대규모 문화프로그램을 진행하겠다고 밝혔다", "oh-seung-rok", E2, ["culture-tourism"], "plan")],
    ["주민들이 ‘기대하는’ 노원을 ‘넘어서는’ 노원으로 만들기 위해",
     "지난 한 해 보여준 성과들에 대해 직원들에 감사함을 표시하며",
     "오 구청장은 또 광운대역세권 개발 사업의 본격화를 언급했다",
     "내·외부 청렴도 향상을 위해 노력할 것",
     "▲ 새해 시무식을 진행중인 오승록 노원구청장."])

D3, E3 = "2019-10-22", "2019-10-18"
art("ii-03-maeil.txt",
    ["인천 남동구, 전통시장 활성화 행정안전부장관상 수상", "2019-10-22", "김양훈", "매일일보", "28200"],
    ["lee-gang-ho"],
    [("전통시장 활성화 분야 행정안전부 장관 표창을 수상했다", N, E3, ["small-merchants"], "achievement"),
     ("7개 전통시장의 활성화를 위해 시설현대화사업", N, D3, ["small-merchants"], "statement"),
     ("남동구는 전통시장 활성화에 기여한 공을 인정받아 이번 상을 수상하게 됐다", N, E3, ["small-merchants"], "achievement"),
     ("모래내시장 아케이드 보수공사와 구월도매전통시장 LED 조명 교체공사를 완료했으며", N, D3, ["small-merchants"], "achievement"),
     ("찾고 싶은 전통시장이 될 수 있도록 최선의 노력을 다하겠다", N, D3, ["small-merchants"], "plan")],
    ["2004년부터 전통시장 상인들 간의 교류를 촉진하기 위해 매년 개최해 왔으며"])

D4, E4 = "2024-01-30", "2024-01-29"
art("ii-04-jabo.txt",
    ["오세훈 시장, 기후동행카드로 대중교통 이용", "2024-01-30", "김철관", N, "11"],
    ["oh-se-hoon"],
    [("카드 한 장으로 대중교통을 무제한 이용할 수 있는 ‘기후동행카드’ 구매·충전·사용 등 현장체험에 나섰다", N, E4, ["public-transit"], "statement"),
     ("시민들이 이용한 기후동행카드는 탄소배출을 줄여 기후위기에 대응하고", N, E4, ["public-transit", "climate-carbon"], "statement"),
     ("대중교통을 이용한 서민들에게 좋은 교통정책이 될 것", N, E4, ["public-transit"], "statement"),
     ("서민들을 위한 좋은 교통정책 같다", N, E4, ["public-transit"], "statement"),
     ("서울 뿐 만 아니라 경기, 인천 등 수도권 전체 대중교통을 이용했으면 하는 바람", N, E4, ["public-transit"], "statement"),
     ("현금으로만 충전할 수 있는 카드이기에", N, E4, ["public-transit"], "criticism")],
    ["역직원과 기후동행카드와 관련해 의견을 주고 받았고, 카드를 직접 구매·충전했다",
     "기후동행카드 이용 상황과 반응, 어려운점 등을 묻기도 했다",
     "이후 서울시청역 게이트에서 기후동행카드를 태그",
     "오세훈 시장이 29일 오전 2호선 시청역 고객안전실 창구에서 기후동행카드 이용과 관련해 직원과 대화를 나누고 있다"])

C = "cha-jun-taek"
art("ii-05-hankyung.txt",
    ["[발언대] 차준택 부평구청장 \"낙후된 부평을 살고 싶은 도시로\"", N, N, "연합뉴스", "28237"],
    [C],
    [("삭막했던 부평을 사람이 살기 좋고 찾아오고 싶은 도시로 만들겠습니다", C, N, ["urban-regeneration"], "plan"),
     ("다양한 도시재생 사업이 추진되고 있다", N, N, ["urban-regeneration"], "statement"),
     ("이들 사업은 모두 사람을 중심에 둔 도시를 만든다는 공통 목표가 있다", N, N, ["urban-regeneration"], "statement"),
     ("낙후됐던 도심을 다시 살기 좋은 곳으로 만든다는 목표다", N, N, ["urban-regeneration"], "statement"),
     ("여러 재개발 사업이 진행되고 있다", C, N, ["housing"], "statement"),
     ("기존에 거주하던 분들의 정주 환경을 개선하고 공동체 의식을 강화하고 싶다", C, N, ["housing", "urban-regeneration"], "plan"),
     ("활용계획을 잘 마련하면 지역을 대표하는 명소가 될 수 있을 것으로 기대하고 있다", C, N, ["culture-tourism", "urban-regeneration"], "statement"),
     ("캠프마켓을 다른 곳에서 보기 힘든 특화 공간으로 만들어야 한다고 강조했다", C, N, ["culture-tourism", "urban-regeneration"], "plan"),
     ("유적을 대부분 철거하고 공원을 조성하는 것은 안 된다고 본다", C, N, ["culture-tourism", "urban-regeneration"], "statement")],
    ["도시재생 목표는 '사람'…문화 예술 학교·시설 유치해 연계",
     "[발언대] 차준택 부평구청장",
     "부평구가 추진하는 다양한 도시재생 사업의 목표와 지향점을 이렇게 설명했다",
     "'일본 육군 조병창' 건물 유적이 20동 이상 남아 있다",
     "한 건물에 벽돌과 석고가 혼재된"])

D6 = "2021-01-21"
art("ii-06-edaily.txt",
    ["노현송 “마곡지구, 한국판 실리콘밸리 우뚝…4차산업 이끈다”", "2021-01-21T05:50+09:00", "김기덕", "이데일리", "11500"],
    ["noh-hyeon-song"],
    [("이 일대는 4차 산업혁명 시대의 혁신성장을 견인할 미래형 산업·연구 단지로 한단계 발돋움할 것", "noh-hyeon-song", D6, ["research-development", "fourth-industrial-revolution", "culture-tourism"], "statement"),
     ("R&D산업단지의 기초가 됐다", N, D6, ["research-development"], "achievement")],
    ["마곡지구에 R&D센터·마이스 복합단지 조성",
     "코로나19로 홍역…“감염병관리센터 설립 추진”",
     "김포공항 인근 고도제한 완화로 개발 기대감↑",
     "마곡이 ‘한국판 실리콘밸리’로 불릴 정도로 성장하면서"])

D7 = "2017-01-15"
PT, CP = "public-transit", "citizen-participation"
art("ii-07-kmib.txt",
    ["서울공공자전거 '따릉이' 대여소 서울 전역으로 확대…설치장소 시민 의견 조사", "2017-01-15T11:15+09:00", "라동철", "국민일보", "11"],
    [],
    [("서울시가 공공자전거 ‘따릉이’ 설치장소에 대해 시민의견 조사를 실시한다", N, D7, [PT, CP], "plan"),
     ("대여소 후보지 620개소를 선정했다며", N, D7, [PT, CP], "plan"),
     ("이번 조사는 현장 확인을 거쳐 선별된 620개 후보지에 대해 최종적으로 시민의견을 듣기 위한 것이다", N, D7, [PT, CP], "statement"),
     ("추가적인 대여소 설치가 필요한 장소에 대한 제안의견도 접수한다", N, D7, [PT, CP], "plan"),
     ("시민 의견조사 결과를 종합해 최종 대여소 설치지점을 확정할 계획이다", N, D7, [PT, CP], "plan"),
     ("따릉이 대여소를 840개 이상을 설치해 서울시 전역으로 서비스를 확대할 계획이다", N, D7, [PT], "target"),
     ("지난해에는 총 11개 자치구에서 대여소 450개를 운영 중이다", N, D7, [PT], "achievement"),
     ("올해는 따릉이를 서울시 전역으로 확대하면서", N, D7, [PT], "plan", "김성영")],
    ["서울공공자전거 따릉이 대여소. 서울시 제공",
     "‘시민의견수렴’란에 제안하거나"])

D8, P = "2020-07-13", "park-hyeong-u"
art("ii-08-kyeongin.txt",
    ["[반환점 돈 민선7기, 기초단체장에게 듣는다·(9)]박형우 인천 계양구청장", "2020-07-13", "공승배", N, "28245"],
    [P],
    [("3기 신도시인 계양테크노밸리 조성사업이 추진되고 있다", N, D8, ["housing"], "statement"),
     ("현재 분양이 완료된 71개 업체 중 61개 업체가 입주한 상태로", N, D8, ["investment-attraction"], "achievement"),
     ("10만개의 일자리가 창출될 것으로 기대된다", N, D8, ["jobs"], "target"),
     ("이들 단지의 조성이 완료되면 지역경제 활성화와 양질의 일자리 제공에 견인차 역할을 할 것", P, D8, ["jobs"], "statement"),
     ("계양산성의 국가 문화재 지정 등 계양의 역사가치를 재정립했다는 점도 큰 성과로 평가했다", P, D8, ["culture-tourism"], "achievement"),
     ("계양구가 국가 문화재 지정을 추진한", N, D8, ["culture-tourism"], "statement")],
    ["10만 일자리 경제자족시 발판… 교육·문화·복지·환경 '남은 힘'",
     "서운·계양산단·3기 신도시 등 순조",
     "계양산성 문화재 지정 역사 재정립",
     "공업용지가 부족해 지역경제 성장에 어려움이 있었다",
     "'경제자족도시 계양'의 발판을 마련했다는 점을 그간의 성과로 꼽았다"])

M = "mun-gyeong-bok"
art("ii-09-news1.txt",
    [N, N, "박아론", "뉴스1", "28720"],
    [M],
    [("하늘길(공항)을 시작으로 해상교통(백령 대형카페리선 등)까지 확실히 열어", M, N, ["airport-relocation", "public-transit", "culture-tourism"], "plan"),
     ("백령공항 개항이 확정되면서 섬에 닿기 위한 수단이", M, N, ["airport-relocation"], "achievement"),
     ("2027년으로 개항을 앞당겨 시너지가 날 수 있도록 하겠다", M, N, ["airport-relocation", "culture-tourism"], "plan"),
     ("섬 발전에 있어 안정적인 해상교통 없이는 불가능", M, N, ["public-transit"], "statement"),
     ("사실상 준공영제 방식으로 백령 대형 카페리선 도입에 나섰고", M, N, ["public-transit"], "plan"),
     ("안정적인 해상교통망을 구축하고 교량건설을 통해", M, N, ["public-transit"], "plan"),
     ("다양한 관광정책으로 섬 활성화를 위한 전략사업 추진을 밝히기도 했다", M, N, ["culture-tourism"], "plan"),
     ("노후주택 개량 기준, 1가구 2주택 종부세 부담을 낮췄다", M, N, ["housing"], "achievement"),
     ("섬마을 도시농부 모집을 통해 옹진군 정착 유도에 이어", M, N, ["agriculture", "investment-attraction"], "plan")],
    ["취임 1주년 기자간담회를 열고 성과와 향후 계획을 설명했다"])
print("written")
