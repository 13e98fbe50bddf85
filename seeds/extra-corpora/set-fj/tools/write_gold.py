"""Writes gold/*.json for set-fj (hand annotation; see GOLD_NOTES.md)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def W(article, headline, published, reporter, outlet, juris, officials, claims, not_claims):
    g = {"article": article,
         "metadata": {"headline": headline, "published": published, "reporter": reporter,
                      "outlet": outlet, "jurisdiction": juris},
         "officials": officials, "claims": claims, "not_claims": not_claims}
    json.dump(g, open(os.path.join(D, article + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(article, len(claims))

d = "2018-06-25"
W("fj-01-fnnews.txt", "충북도, 국내 바이오산업 집중 유치 노력 박차", "2018-06-25T16:33+09:00", "조석장", "파이낸셜뉴스", "43", [], [
  C("오송에 거점을 둠으로써 바이오기업의 투자 동향에 신속하게 대응할 계획이다", None, d, ["medical-industry", "investment-attraction"], "plan"),
  C("유치 분야로는 바이오의약, 의료기기, 화장품, 천연물산업에 집중하고", None, d, ["medical-industry", "investment-attraction"], "plan"),
  C("도내 전 시군에 바이오산업이 확산되도록 연계 할 방침이다", None, d, ["medical-industry", "investment-attraction"], "plan"),
  C("오송을 중심으로 첨단의료복합단지를 조성, 관련기업 유치 및 산업 육성에 많은 노력을 기울여 왔다", None, d, ["medical-industry", "investment-attraction"], "achievement"),
  C("바이오산업 생산규모와 인력이 전국 2위 수준을 달성하면서", None, d, ["medical-industry"], "achievement"),
  C("바이오산업이 충북경제 4% 조기 달성 및 5% 도약의 견인차 역할을 하도록 할 계획", None, d, ["medical-industry", "investment-attraction"], "target"),
], ["충북도, 국내 바이오산업 집중 유치 노력 박차"])

d = "2025-10-27"
W("fj-02-kmib.txt", "대전시, 도시철도 2호선 트램 정거장 45곳 명칭 확정", "2025-10-27", None, None, "30", [], [
  C("대전시가 도시철도 2호선 트램 정거장 45곳의 정거장 명칭을 확정했다", None, d, ["public-transit"], "achievement"),
  C("시민 960여명 및 관계기관의 의견을 수렴해 정거장 명칭을 만들었다", None, d, ["public-transit"], "achievement"),
  C("국립국어원 공공 용어 번역 감수를 거쳐 최종 고시했다", None, d, ["public-transit"], "achievement"),
  C("확정된 주요 정거장 명칭은 서대전역(201)과 대전역(206)", None, d, ["public-transit"], "statement"),
  C("트램 정거장 명칭의 통일성을 확보하고 역의 인지도 상승 효과가 발생할 것", None, d, ["public-transit"], "statement", "최종수"),
  C("5개 자치구를 연결하는 순환선으로 총연장 38.8㎞에 정거장 45곳, 차량기지 1곳 등이 조성된다", None, d, ["public-transit"], "plan"),
  C("정거장 건설공사는 내년 상반기 착공에 들어가 2028년 12월 개통을 목표로 진행된다", None, d, ["public-transit"], "plan"),
], [])

d = "2020-06-29"; K = "kim-yung-rok"
W("fj-03-ajunews.txt", "김영록 전남지사 \"블루이코노미 과감 추진 실질 성과 거두겠다\"", "2020-06-29T19:46+09:00", None, None, "46", [K], [
  C("생태 체류형 관광 등 ‘블루 이코노미’를 통해 세계로 웅비하는 전남을 건설하겠다고 밝혔다", K, d, ["agriculture", "culture-tourism"], "plan"),
  C("2022년까지 26곳에 공공임대주택 5500호를 공급하고 공공산후조리원을 5곳으로 늘리겠다고 말했다", K, d, ["housing", "childcare-birth"], "target"),
  C("미래형 일자리 15만개를 창출하고 전남도민과 수익을 나누는 도민발전소를 5GW 규모로 건설하겠다고 했다", K, d, ["energy-transition", "fourth-industrial-revolution", "jobs"], "target"),
  C("국가균형발전 프로젝트에 2조9000억원 규모의 SOC가 반영됐다고 평가했다", K, d, ["decentralization"], "achievement"),
], ["‘청정 전남 블루 이코노미’를 과감하게 추진, 실질적인 성과를 거두겠다고 다짐했다",
    "광양항을 동북아시아 물류허브인 ‘스마트 복합항만’으로 육성하겠다고 약속했다",
    "6대 프로젝트, 52개 과제를 발굴한 점을 큰 성과로 꼽았다",
    "세풍,황금,율촌2산단을 항만 배후단지로 확대해 나가겠다고 다짐했다",
    "취임 2년 기자회견...에너지 바이오 기술역량 키우는데 주력"])

d = "2023-01-12"; K = "oh-young-hun"
W("fj-04-ihalla.txt", "제주 그린수소 허브로 에너지 대전환 이끈다", "2023-01-12T10:41+09:00", "이태윤", "한라일보", "50", [K], [
  C("카본프리아일랜드2030보다 한층 업그레이드된 제주 에너지 전환 로드맵을 제시, 탄소제로 사회를 만들겠다는 청사진을 내놨다", K, d, ["energy-transition", "climate-carbon"], "plan"),
  C("탄소중립 2030 비전을 분야별로 확장해 에너지 자립이라는 주권을 확보하면서 그린수소 사회로 나아가는 담대한 청사진", K, d, ["climate-carbon", "energy-transition"], "plan"),
  C("현재 재생에너지 발전 비율 18.3% 등 전국 최고의 청정에너지 기반을 토대로", K, d, ["energy-transition", "climate-carbon"], "plan"),
  C("근본적인 에너지원은 천연자원인 바람과 햇빛을 담은 풍력과 태양광 등 재생에너지가 맡게 된다", K, d, ["energy-transition"], "plan"),
  C("새해 추진될 한동평대 해상풍력을 시작으로", K, d, ["energy-transition"], "plan"),
], ["제주도청 기자실에서 브리핑을 갖고 제주 에너지 전환 로드맵에 대해 구체적인 입장을 밝혔다",
    "LNG·그린수소 혼용 등 단계적으로 수소 발전시설 전환",
    "제주 에너지 대전환 로드맵 밝히는 오영훈 제주지사."])

d = "2025-03-25"
W("fj-05-newsis.txt", "대전 유성구, '4대혁신' 속도 낸다…\"창업·마을·돌봄·문화\"", "2025-03-25T10:48+09:00", "조명휘", "뉴시스", "30200", ["jeong-yong-rae"], [
  C("창업, 마을, 돌봄, 문화 등 4대 혁신에 나선다고 25일 밝혔다", None, d, ["startup-support", "welfare", "culture-tourism"], "plan"),
  C("4대 혁신에 속도를 내겠다고 약속했다", None, d, ["startup-support", "welfare", "culture-tourism"], "plan"),
  C("생태계적 창업 지원으로 유성형 창업혁신 모델을 만들어 가기로 했다", None, d, ["startup-support"], "plan"),
  C("창업혁신 생태계 구축에도 매진할 계획이다", None, d, ["startup-support"], "plan"),
  C("마을커뮤니티센터는 청년 창업을 지원하는 거점 공간으로 기능하고 있다", None, d, ["startup-support", "youth-policy"], "statement"),
  C("이 공간에 내년 중 청년지원센터가 입주한다", None, d, ["youth-policy"], "plan"),
  C("복합문화예술센터 조성 등 문화 인프라 확충을 통해", None, d, ["culture-tourism"], "plan"),
], ["제1회 어궁 스타트업 커피챗 행사에서 기업인들과 대화를 나누고 있다", "유성형 창업혁신 생태계 조성 주력"])

d = "2024-04-02"; K = "choi-min-ho"
W("fj-06-breaknews.txt", "최민호 시장, 정원도시 조성 시민협력 강조", "2024-04-02T17:29+09:00", "김정환", None, "36", [K], [
  C("정원도시 조성은 시민의 적극적인 협력이 없이는 불가능하다", K, d, ["citizen-participation"], "statement"),
  C("정원도시 세종을 위해 적극적인 시민 참여방안을 마련해야 한다", K, d, ["citizen-participation"], "plan"),
  C("도시민 삶의 질과 관광산업 측면에서 창출될 부가가치 등에 대한 이해가 중요하다", K, d, ["culture-tourism"], "statement"),
  C("적극적으로 참여하여 마을정원을 만드는 등 시민과 함께하는 시스템을 만들어 나갈 것", K, d, ["citizen-participation"], "plan"),
  C("마을 단체 등 시민 참여 필요성을 피력했다", K, d, ["citizen-participation"], "statement"),
  C("기존 국회세종의사당 건립 일정이 지연되지 않도록 사업 추진 과정에 각별한 관심을 당부했다", K, d, ["decentralization"], "plan"),
  C("추후 설계 변경을 염두에 두는 정도로 대처가 가능하기 때문에", K, d, ["decentralization"], "plan"),
  C("세종시법 개정, 국회 세종의사당 건립", K, d, ["decentralization"], "plan"),
], ["이러한 마을정원 인프라도 충분히 활용 가능하다", "세종시 아파트의 경우 특화된 조경 설계로 아름다운 정원을 갖춘 곳이 많다"])

d = "2025-12-04"; K = "sim-deok-seop"
W("fj-07-asiae.txt", "고창군, 시·군 우수정책 발표대회 '우수상'", "2025-12-04T11:16+09:00", "표영길", None, "52790", [K], [
  C("지역 특산물(고창 고구마)을 활용한 과자 12종을 공동 개발·출시했다", None, d, ["agriculture"], "achievement"),
  C("출시 2주 만에 전량 완판되며 큰 인기를 끌었다", None, d, ["agriculture"], "achievement"),
  C("지역 농가는 고구마 원물 공급을 통한 직접 소득 창출", None, d, ["agriculture", "culture-tourism"], "achievement"),
  C("지역 농가의 소득 기반을 강화하고, 기업과 함께 지역에 활력을 불어넣는 상생모델을 지속 확대해", K, d, ["agriculture"], "plan"),
], ["지방소멸 대응 분야의 혁신성과 확장 가능성을 높게 평가받았다",
    "2,000만원 상당의 특별조정교부금을 받아 적재적소에 활용할 예정이다"])

d = "2025-07-22"; K = "kang-gi-jung"
W("fj-08-gwangnam.txt", "\"시장직 걸고 12월까지 도시철도 도로포장 완료\"", "2025-07-22T18:29+09:00", None, None, "29", [K], [
  C("도로포장이 완료되지 않으면 시장을 그만두겠다", K, d, ["public-transit"], "plan"),
  C("도시철도 2호선 1단계 공사는 90% 이상 완료됐으며 막바지 작업 중이다", K, d, ["public-transit"], "achievement"),
  C("도시철도 2호선 때문에 죽겠다", K, d, ["public-transit"], "criticism"),
  C("왜 만들었는지 모르겠다", K, d, ["public-transit"], "criticism"),
  C("빚은 빚대로 지고 시민 불편까지 가중돼 욕만 먹고 있다", K, d, ["public-transit"], "criticism"),
  C("공사 구간 도로 개방을 올해 성탄절 전인 오는 12월 22일까지 완료하겠다고 밝혔다", None, "2025-07-09", ["public-transit"], "plan"),
  C("4개 구간은 덧씌우기 작업이 진행되고 있다", None, d, ["public-transit"], "statement"),
  C("대회 개막 전까지 기초포장 등을 완료하고 개통할 계획이다", None, d, ["public-transit"], "plan"),
], ["택시요금 현실화를 위한 시민 공청회에서 인사말을 통해 이같이 밝혔다",
    "시민들은 불편이 있더라도 조금만 더 참아주길 바란다",
    "도로면 단차 해소를 위한 주행차로 덧씌우기(포장) 공사 진행과정을 살펴보고 있다"])

d = "2025-04-28"; K = "kim-tae-heum"
W("fj-09-joongdo.txt", "김태흠 \"베이밸리 메가시티, 도지사직 떠나도 계속 추진돼야\"", "2025-04-28T14:34+09:00", "김성현", None, "44", [K], [
  C("'베이밸리 메가시티'의 전체적인 계획 완성에 총력을 기울일 것을 강조했다", K, d, ["decentralization"], "plan"),
  C("사업은 계속돼야 한다며 촘촘한 계획 마련을 당부했다", K, d, ["decentralization"], "plan"),
  C("베이밸리 메가시티 시군 협력 관계 강화가 필요하다", K, d, ["decentralization"], "plan"),
  C("각 시군만의 계획을 그리는 게 아니라 전체적인 계획을 세워야 한다", K, d, ["decentralization"], "plan"),
  C("아산만 일대를 어떻게 할 것인가 등의 내용을 잘 파악해 같이 그림을 그려나가야 한다", K, d, ["decentralization"], "plan"),
  C("올 하반기까지 시군 협력 등 방향을 공동으로 발표해 달라", K, d, ["decentralization"], "plan"),
  C("베이밸리 메가시티의 경우 제 임기가 종료돼도 계속 추진돼야 하는 사업", K, d, ["decentralization"], "plan"),
  C("도와 5개 시군이 함께 갈 수 있는 청사진을 준비하라", K, d, ["decentralization"], "plan"),
  C("국가 인공지능(AI)컴퓨팅센터를 특정지역에 설립하겠다는 일부 대선후보의 공약에 적극 대응할 것을 주문하기도 했다", K, d, ["fourth-industrial-revolution"], "plan"),
  C("이 중 AI컴퓨팅센터 설립은 AI예산이 정부추경안에", K, d, ["fourth-industrial-revolution"], "statement"),
], ["정당 등에 도와 대한민국 발전을 위한 과제를 발굴해 전달했다",
    "여기에는 도 지역 현안뿐만 아니라 국가 성장을 위한 프로젝트도 포함돼 있다"])
