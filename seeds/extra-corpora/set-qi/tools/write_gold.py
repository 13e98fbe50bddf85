#!/usr/bin/env python3
"""Write set-qi gold files (hand annotation)."""
import json, pathlib
GOLD = pathlib.Path(__file__).resolve().parent.parent / "gold"

def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c

G = []

# qi-01 wikitree: 강기정 간부회의 (2025-07-10)
D = "2025-07-10"; K = "kang-gi-jung"
G.append({"article": "qi-01-wikitree.txt",
 "metadata": {"headline": "강기정 광주시장, 간부회의서 국정과제 대응 집중 주문", "published": "2025-07-10T18:36+09:00",
              "reporter": "노해섭", "outlet": "위키트리", "jurisdiction": "29"},
 "officials": [K],
 "claims": [
  C("광주 군 공항 이전 사업의 진전, 그리고 광주의 핵심 산업 전략인 인공지능(AI) 분야의 국정과제 반영 방안 등이 집중 논의됐다", None, D,
    ["airport-relocation", "fourth-industrial-revolution"], "statement"),
  C("이제는 시·도민 의견을 수렴하는 협의체 구성도 검토해야 한다", K, D, ["airport-relocation"], "plan"),
  C("기술이 아닌 시민이 중심인 AI 모델을 개발해 체감형 산업으로 자리매김해야 한다", K, D, ["fourth-industrial-revolution"], "plan"),
  C("향후 2주간을 ‘국정과제 반영 집중 기간’으로 삼고 적극적인 설득 활동에 나설 것을 주문했다", K, D, ["fourth-industrial-revolution"], "plan"),
  C("월요대화, 정책소풍, 민원 응대 등 시민과의 접점을 넓혀온 방식이야말로 광주의 행정이 나아갈 방향", K, D, ["citizen-participation"], "statement"),
  C("호남고속도로 확장과 도시철도 2호선 공사, 대중교통 요금 체계 조정 등 생활 밀착형 현안에", None, D, ["public-transit"], "statement"),
 ],
 "not_claims": ["지금이야말로 광주의 오랜 과제들이 해결의 실마리를 찾는 결정적 시점", "◆군 공항 이전과 AI 전략, 광주의 미래를 여는 열쇠",
                "정책은 시민의 언어로 설계되어야 한다", "강 시장은 현장 중심 행정의 중요성도 재차 언급했다",
                "광주의 미래와 직결된 주요 현안 해결에 속도를 낼 것을 지시했다"]})

# qi-02 newsprime: 대선공약 국정과제 전담팀 회의 (2025-06-16)
D = "2025-06-16"
G.append({"article": "qi-02-newsprime.txt",
 "metadata": {"headline": "광주시, 새 정부와 동행할 '정책 날개짓' 본격 시동", "published": "2025-06-16T16:36:48+09:00",
              "reporter": "김성태", "outlet": "프라임경제", "jurisdiction": "29"},
 "officials": [K],
 "claims": [
  C("'대선공약 서울상황실'과 '골목경제 상황실'을 구성했다", None, D, ["small-merchants"], "achievement"),
  C("광주시의 7대 공약은 △AI 국가시범도시 조성", None, D,
    ["fourth-industrial-revolution", "smart-city", "airport-relocation", "future-vehicles", "culture-tourism",
     "research-development", "decentralization"], "plan"),
  C("소비 진작, 소상공인 보호, 지역 상권 활성화를 위한 현장 밀착형 정책을 논의한다", None, D, ["small-merchants"], "statement"),
  C("20일에는 공공배달앱 활성화 방안을 모색할 계획이다", None, D, ["small-merchants"], "plan"),
  C("인공지능(AI) 부 신설, AI 국가 시범도시 조성 특별법 제정, 헌법재판소와 대법원 등 사법기관의 지방 이전을 요청할 예정이다", None, D,
    ["fourth-industrial-revolution", "smart-city", "decentralization"], "plan"),
  C("광주시의 양날개 상황실은 소상공인과 광주의 목소리를 키워줄 것", K, D, ["small-merchants"], "statement"),
  C("골목상권 회복이라는 두 날개를 펴", K, D, ["small-merchants"], "plan"),
 ],
 "not_claims": ["강기정 시장 주도로 서울·골목 상황실 가동, 지역 발전 교두보 마련", "광주시가 이재명 정부와 손잡고 지역 발전의 교두보를 마련했다",
                "'대선공약 국정과제 전담팀 회의'를 열었다", "시는 지역 특성을 살린 대담하고 선제적인 국정과제도 제안한다",
                "대통령실, 국정기획위원회, 중앙부처와 실시간 정책 협의를 진행할 예정이다"]})

# qi-03 gwangnam: 광주 자치구 새해 첫 업무 (undated)
G.append({"article": "qi-03-gwangnam.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": "광남일보", "jurisdiction": "29"},
 "officials": ["lim-taek", "kim-i-gang"],
 "claims": [
  C("임택 동구청장은 ‘서로의 안부묻기 캠페인’으로 올해 첫 공식업무에 들어갔다", None, None, ["public-health"], "statement"),
  C("지역사회 생명존중 문화 조성과 생명 사랑에 대한 주민 관심을 유도한 것이 핵심이다", None, None, ["public-health"], "statement"),
  C("동구는 서로의 안부묻기 캠페인을 자살예방주간, 정신건강의 날 등과 연계해 운영한다", None, None, ["public-health"], "plan"),
  C("김이강 서구청장은 ‘서구 골목페이 페이백 이벤트 추진계획’에 대해 서명했다", None, None, ["small-merchants"], "achievement"),
  C("예산 14억원을 투입해 16일부터 4월23일까지 골목페이 이벤트를 실시한다", None, None, ["small-merchants"], "plan"),
  C("이벤트는 일주일 단위로 14회차 운영되며", None, None, ["small-merchants"], "plan"),
  C("결제 금액의 5%, 회차별로 최대 1만원까지 환급받을 수 있다", None, None, ["small-merchants"], "statement"),
 ],
 "not_claims": ["2026년 첫 결재 안건으로 확정·서명했다", "안부 메시지와 소원 다짐카드를 작성해 나무에 매달고 있다",
                "서구는 민생경제 회복에 총력을 기울인다", "새해 행운을 담은 포춘쿠키(행운의 글)를 뽑고",
                "앞서 서구는 지난해 11월17일부터 12월8일까지"]})

# qi-04 kwangju: 김영록 긴급 현안회의 (2025-09-12)
D = "2025-09-12"; Y = "kim-yung-rok"
G.append({"article": "qi-04-kwangju.txt",
 "metadata": {"headline": "김영록 지사 “이 대통령 재생에너지 산업 확대 의지 재확인”…민선8기 에너지 정책 탄력",
              "published": "2025-09-12T15:29+09:00", "reporter": None, "outlet": None, "jurisdiction": "46"},
 "officials": [Y],
 "claims": [
  C("정부의 지역균형발전 전략과 재생에너지 확대 정책에 대해, 전남도의 적극적인 역할을 주문했다", Y, D,
    ["energy-transition", "decentralization"], "plan"),
  C("기자회견을 통해 이재명 대통령의 재생에너지 산업 활성화에 대한 강한 의지를 재확인할 수 있었다", Y, D, ["energy-transition"], "statement"),
  C("민선 7·8기 전남이 준비해 온 에너지 정책이 본격적으로 탄력받을 수 있게 됐다", Y, D, ["energy-transition"], "statement"),
  C("대규모 산업단지는 전남 서남권 에너지 혁신성장벨트와 완벽히 궤를 같이한다", Y, D, ["energy-transition"], "statement"),
  C("‘재생에너지 확충 TF(태스크포스팀)’를 즉각 구성해 석유화학·철강산단의 마이크로그리드 산단 전환 등을 추진한다는 계획이", None, D,
    ["energy-transition"], "plan"),
 ],
 "not_claims": ["긴급 현안회의를 주재하고 있다", "‘새로운 도시 권역’을 하나 만들까 고민 중",
                "새 정부와 함께 전남 미래 성장 100년의 비전을 실현하겠다"]})

# qi-05 nocutnews: 김영록 실국장정책회의 (undated)
G.append({"article": "qi-05-nocutnews.txt",
 "metadata": {"headline": "김영록 지사, \"재생에너지가 미래…태양광·풍력발전 확대해야\"", "published": None, "reporter": None,
              "outlet": None, "jurisdiction": "46"},
 "officials": [Y],
 "claims": [
  C("재생에너지가 미래다", Y, None, ["energy-transition"], "statement"),
  C("이같은 재생에너지가 더 확대돼야 한다", Y, None, ["energy-transition"], "plan"),
  C("2023년 태양광은 90% 하락해 한전의 전기단가 이하로 떨어졌고, 해상풍력도 63% 하락했다", Y, None, ["energy-transition"], "statement"),
  C("태양광과 해상풍력을 계속 확대해야 한다", Y, None, ["energy-transition"], "plan"),
  C("6월 한 달간 홍수와 산사태, 태풍 등 자연재해 대비를 철저히 해주길 바란다", Y, None, ["disaster-safety"], "plan"),
 ],
 "not_claims": ["실사구시적 참여 권장 활동에 나서야 한다", "분야별로 대책을 마련하라", "올해 비가 많이 올 것으로 예상된다",
                "김영록 전남지사가 27일 실국장정책회의를 주재하고 있다"]})

# qi-06 kukinews (kuk.kode): 강원 관광도로 (undated; content 2022)
G.append({"article": "qi-06-kukinews.txt",
 "metadata": {"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "42"},
 "officials": [],
 "claims": [
  C("지역경기 활성화를 도모하기 위한 ‘강원 관광도로’ 사업을 본격 추진한다", None, None, ["culture-tourism"], "plan"),
  C("사업비 16억원을 들여 사전 수요조사를 통해 선정한 9개 시군을 대상으로 시범사업을 추진한다", None, None, ["culture-tourism"], "plan"),
  C("지역별 조망대 2개소, 포토스팟 7개소를 설치할 계획이다", None, None, ["culture-tourism"], "plan"),
  C("조망대는 4코스 영월 선돌관광지와 5코스 삼척 임원항 인근에 설치할 예정이다", None, None, ["culture-tourism"], "plan"),
  C("평창 월정사 등에 설치해 관광객을 유도한다", None, None, ["culture-tourism"], "plan"),
  C("‘접경지역 발전종합계획(행정안전부)’에 반영해 국비로 추진한다", None, None, ["culture-tourism"], "plan"),
  C("3단계 글로벌 매력도 향상을 목표로 추진한다", None, None, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["의원직 상실형 선고받은 이재명", "공직선거법 위반 혐의로 1심에서 의원직 상실형을 선고받았다"]})

# qi-07 cop25: 원강수 관광 벤치마킹 (2023-08-21)
D = "2023-08-21"; W = "won-gang-su"
G.append({"article": "qi-07-cop25.txt",
 "metadata": {"headline": "강원도 원강수 원주시장, 천만 관광객 견인할 랜드마크 구상", "published": "2023-08-21T10:00+09:00",
              "reporter": "김경성", "outlet": "추적사건25시", "jurisdiction": "51130"},
 "officials": [W, "bae-gwang-sik"],
 "claims": [
  C("원주 관광지도를 새롭게 바꿔 천만 관광객 시대를 열려는 원강수 원주시장의 행보가 연일 이어지고 있다", None, D, ["culture-tourism"], "statement"),
  C("칠성종합시장과 칠성야시장을 둘러보며 지역 상권 활성화 방안에 대한 의견을 나누었다", W, "2023-08-17", ["small-merchants"], "statement"),
  C("도시 재생 공간 활용에 대한 노하우 등을 벤치마킹했다", None, "2023-08-18", ["urban-regeneration", "culture-tourism"], "statement"),
  C("원주 관광 활성화 방안을 모색하는 소중한 시간이었다", W, D, ["culture-tourism"], "statement"),
  C("천만 관광객 달성을 견인할 원주만의 개성을 가진 관광 랜드마크를 만들어", W, D, ["culture-tourism"], "plan"),
 ],
 "not_claims": ["일정 마지막 날인 18일 영월을 찾았다", "직접 산림치유 프로그램에 참여하는 등 시설 체험을 했고",
                "21대 대선 출마했던 미라클시티월드그룹 총재"]})

# qi-08 asiae: 포항 기계시장 현대화 (2021-04; 21일)
D = "2021-04-21"; L = "lee-gang-deok"
G.append({"article": "qi-08-asiae.txt",
 "metadata": {"headline": None, "published": "2021-04", "reporter": "최재호", "outlet": "아시아경제", "jurisdiction": "47110"},
 "officials": [L],
 "claims": [
  C("270년 전통을 자랑하는 포항시 기계시장 5일장터가 관광객이 즐겨 찾는 지역 명소로 새롭게 태어난다", None, D,
    ["small-merchants", "culture-tourism"], "plan"),
  C("기존 노후 장옥 개축과 각종 부대시설 정비 등 현대화 시설 공사에 들어간다", None, D, ["small-merchants"], "plan"),
  C("오는 10월 공사에 착수할 예정이라고 21일 밝혔다", None, D, ["small-merchants"], "plan"),
  C("기계시장의 쾌적한 환경 구축을 위해 차질 없이 사업을 추진하겠다", L, D, ["small-merchants"], "plan"),
  C("전통시장과 지역경제 활성화를 위한 소상공인의 정책 제안 및 시민 민생현안과 불편사항을 현장에서 챙겨나가겠다", L, D,
    ["small-merchants"], "plan"),
 ],
 "not_claims": ["박목월 시인의 시 '기계장날'로 더욱 유명해진 포항지역의 대표 시장 가운데 하나다"]})

# qi-09 ekn: 경북 청년마을 공유주거 (2024-08-06)
D = "2024-08-06"; HY = ["housing", "youth-policy"]
G.append({"article": "qi-09-ekn.txt",
 "metadata": {"headline": "경북, ‘2024년 청년마을 공유주거 조성사업’에서 의성군 최종 선정", "published": "2024-08-06T17:04+09:00",
              "reporter": "정재우", "outlet": "에너지경제신문", "jurisdiction": "47"},
 "officials": [],
 "claims": [
  C("공모에서 의성군이 최종 선정돼 국비 12억원을 확보했다", None, D, HY, "achievement"),
  C("청년의 안정적인 정착과 주거 공간 마련을 목적으로 2022년부터 시작된 사업으로, 경북은 3년 연속 선정되는 성과를 거뒀다", None, D, HY, "achievement"),
  C("올해는 의성군(국비 12억원, 지방비 20억원)이 선정되며 총 32억원의 국비를 확보했다", None, D, HY, "achievement"),
  C("2025년 4월 준공 목표로 한창 진행 중이다", None, D, HY, "statement"),
  C("'US청년레지던스 나만의-성'을 의성읍 도동리에 조성할 계획으로", None, D, HY, "plan"),
  C("경북은 전국에서 가장 많은 8개의 청년 마을이 선정됐다", None, D, ["youth-policy"], "achievement"),
  C("지역 청년 유출 방지에 기여할 것으로 기대된다", None, D, HY, "statement"),
  C("이번 사업에 3년 연속 선정된 것은 청년들의 지역 정착 의지를 고취하고", None, D, HY, "achievement", "정성현"),
  C("청년들이 지역에 단단히 뿌리내리도록 도 차원에서 지원을 계속해 나가겠다", None, D, HY, "plan", "정성현"),
 ],
 "not_claims": []})

def main():
    GOLD.mkdir(exist_ok=True)
    for g in G:
        (GOLD / (g["article"] + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        print(g["article"], len(g["claims"]))
    print("total", sum(len(g["claims"]) for g in G))

if __name__ == "__main__":
    main()
