import json
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
D = "2021-05-20"
G["g-01-asiae.txt"] = dict(
  metadata=dict(headline="시민이 편리한 스마트도시 발전을 위해 중장기 스마트도시 발전계획 수립", published="2021-05",
                reporter="최순경", outlet="아시아경제", jurisdiction="48170"),
  officials=["jo-gyu-il"],
  claims=[
    C("‘스마트 도시계획 수립 용역 착수보고회’를 개최했다", None, D, ["smart-city"], "achievement"),
    C("2026년까지의 중장기 스마트도시 발전계획을 수립하기 위함이다", None, D, ["smart-city"], "statement"),
    C("지속 가능한 도시관리 기반을 마련할 계획이다", None, D, ["smart-city"], "plan"),
    C("4차산업 경쟁력 강화, 일자리 창출과 더불어 스마트기술을 적용한 첨단도시 구축", None, D, ["smart-city", "fourth-industrial-revolution", "jobs"], "plan"),
    C("국토교통부 승인을 받아 확정될 예정이다", None, D, ["smart-city"], "plan"),
    C("시민이 편리한 스마트 도시로 발전시키는 것이 무엇보다 중요하다", "jo-gyu-il", D, ["smart-city"], "statement"),
    C("이번 스마트도시 발전 전략을 바탕으로 남부권을 선도하는 도시로 발전하기 위해 차질 없이 추진하겠다", "jo-gyu-il", D, ["smart-city"], "plan"),
  ],
  not_claims=["시민이 편리한 스마트도시 발전을 위해 중장기 스마트도시 발전계획 수립"])
D = "2018-12-17"
G["g-02-hidomin.txt"] = dict(
  metadata=dict(headline="대구 동구치매안심센터, 20일 본격 운영", published="2018-12-17", reporter="김무진",
                outlet="경북도민일보", jurisdiction="27140"),
  officials=["bae-gi-cheol"],
  claims=[
    C("체계적 치매 관리를 위한 기관이 정식으로 문을 연다", None, D, ["dementia-care"], "plan"),
    C("‘동구치매안심센터’ 개소식을 갖고 본격 운영에 들어간다", None, D, ["dementia-care"], "plan"),
    C("동구치매안심센터는 보건소 4층(537㎡) 및 옛 효목2동주민센터(539.58㎡) 2곳에 각각 꾸며진다", None, D, ["dementia-care"], "statement"),
    C("동구청은 총사업비 12억원을 들여 2곳의 리모델링 작업에 나섰다", None, D, ["dementia-care"], "statement"),
    C("보건소 내 치매안심센터는 치매 조기검진 및 등록·관리를 위한 검진실", None, D, ["dementia-care"], "statement"),
    C("내년 4월쯤 문을 열 예정이며", None, D, ["dementia-care"], "plan"),
    C("체계적·전문적으로 지역 치매 환자들의 예방 및 관리가 가능할 것", "bae-gi-cheol", D, ["dementia-care"], "statement"),
    C("앞으로 치매 환자 통합관리 서비스 제공에 지원을 아끼지 않겠다", "bae-gi-cheol", D, ["dementia-care"], "plan"),
  ],
  not_claims=["사업비 12억 투입·2곳 리모델링", "대구 동구치매안심센터, 20일 본격 운영"])
D = "2019-11-01"
G["g-03-bbsjeju.txt"] = dict(
  metadata=dict(headline="이석문 제주교육감 “고교 무상교육 통과, 최초 시도한 제주가 마중물”", published="2019-11-01T13:22+09:00",
                reporter=None, outlet=None, jurisdiction="50"),
  officials=["lee-seok-mun"],
  claims=[
    C("고등학교 무상교육이 오늘 국회 본회의를 통과한 것에 대해 이석문 제주도교육감이 환영의 메시지를 전했습니다", "lee-seok-mun", D, ["education"], "statement"),
    C("국가 차원의 고교 무상교육 시대가 열리게 되어 환영한다", "lee-seok-mun", D, ["education"], "statement"),
    C("제주가 전국 처음 시행한 고교 무상교육의 마중물이 되어 더욱 뜻 깊다", "lee-seok-mun", D, ["education"], "achievement"),
    C("고교 무상교육 비용 중 47.5%를 시‧도교육청이 부담해야 한다", "lee-seok-mun", D, ["education"], "statement"),
    C("무상교육 본연의 의미가 실현되려면 국가가 모든 예산을 부담해야 한다", "lee-seok-mun", D, ["education"], "plan"),
    C("내년 고2~3학년부터 무상교육이 실시되며", None, D, ["education"], "plan"),
    C("나머지 5%는 지방자치단체가 부담합니다", None, D, ["education"], "statement"),
  ],
  not_claims=["이석문 제주교육감 “고교 무상교육 통과, 최초 시도한 제주가 마중물”", "작성자 최고관리자"])
G["g-04-pressian.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="48"),
  officials=["park-wan-su"],
  claims=[
    C("가덕신공항은 말 그대로 대한민국 제2 관문공항으로 우뚝 서야합니다", "park-wan-su", None, ["airport-relocation"], "plan"),
    C("20여 년 만에 본격적으로 착공하게 된 것 같다", "park-wan-su", None, ["airport-relocation"], "achievement"),
    C("가덕신공항은 인천공항과 버금가는 동남권 관문공항 되어야 한다", "park-wan-su", None, ["airport-relocation"], "plan"),
    C("공항 2극 체제를 갖출 수 있을 정도의 규모나 역할 관문공항이 되어야 한다", "park-wan-su", None, ["airport-relocation"], "plan"),
    C("가덕신공항은 그 동안에 정치권에서 많은 논란이 있었다", "park-wan-su", None, ["airport-relocation"], "statement"),
    C("특별법도 만들고 오늘 이렇게 착공할 수 있는 건설공단까지 만들게 되었다", "park-wan-su", None, ["airport-relocation"], "achievement"),
    C("트라이포트 지점이다", "park-wan-su", None, ["airport-relocation"], "statement"),
    C("앞으로 우리가 보완하고 더 노력해야 될 점이 많다", "park-wan-su", None, ["airport-relocation"], "plan"),
    C("가덕신공항을 그야말로 인천공항에 맞먹는 대한민국 제2 공항으로 만들어 한다", "park-wan-su", None, ["airport-relocation"], "plan"),
    C("경남도가 할 일이 있다고 하면 적극적으로 힘을 보태겠다", "park-wan-su", None, ["airport-relocation"], "plan"),
    C("그야말로 남부의 관문 공항으로 만들어야 한다", "park-wan-su", None, ["airport-relocation"], "plan"),
  ],
  not_claims=["가덕도신공항건설공단 출범식에서 이같이 피력했다", "그동안에 많은 우여곡절을 거쳤다", "부울경 800만 시·도민들이 많은 역할을 했다", "여망과 열정이 담겨서 이 자리가 마련이 된 것"])
D = "2020-04-23"
G["g-05-ccnnews.txt"] = dict(
  metadata=dict(headline="세종시, ‘시티스마트 프로젝트’ 추진...193억 투입", published="2020-04-23T14:29+09:00",
                reporter="최형순·이성현", outlet=None, jurisdiction="36"),
  officials=["lee-choon-hee"],
  claims=[
    C("193억 원을 투입해 ‘시티스마트 프로젝트’를 추진한다", "lee-choon-hee", D, ["smart-city"], "plan"),
    C("시민들의 삶과 밀접한 맞춤형 서비스를 제공하는 데 주력하고자 한다", "lee-choon-hee", D, ["smart-city"], "plan"),
    C("ICT기술로 도시문제를 해결하는 사업으로 10개 과제로 구성돼 있다", None, D, ["smart-city"], "statement"),
    C("시가 설명한 10개 과제는", None, D, ["smart-city", "fine-dust", "fourth-industrial-revolution", "citizen-participation"], "statement"),
    C("향후 스마트시티 사업의 모델이 되고 정책 방향을 좌우하는 시금석이 될 것", "lee-choon-hee", D, ["smart-city"], "statement"),
    C("10개 과제를 차질 없이 추진하고 결과가 나오는 대로", "lee-choon-hee", D, ["smart-city"], "plan"),
  ],
  not_claims=["빅데이터 활용, 스마트파킹·어울링 운영 개선 등 추진", "시민참여형 거버넌스로 정책 수립...체감·만족도 끌어올린다", "정례브리핑하는 이춘희 세종시장", "코로나19 관련"])
G["g-06-newdaily.txt"] = dict(
  metadata=dict(headline="간부회의에서 “군산시 발전의 핵심은 문화와 관광”강조", published=None, reporter=None, outlet=None, jurisdiction="52130"),
  officials=["kang-im-jun"],
  claims=[
    C("축제를 활성화하는 것이 중요하다고 강조했다", "kang-im-jun", None, ["culture-tourism"], "statement"),
    C("군산이 떠오르는 관광지가 됐다", "kang-im-jun", None, ["culture-tourism"], "achievement"),
    C("축제 인력 전문화와 축제 지원 관련 부서를 확대할 필요가 있다", "kang-im-jun", None, ["culture-tourism"], "plan"),
    C("축제를 확실하게 구분해 특장점을 살리는 것도 필요하다는 의견을 밝혔다", "kang-im-jun", None, ["culture-tourism"], "plan"),
    C("축제를 전문적으로 담당하는 부서와 인력이 한 곳에 모여 꾸준히 업무를 진행하는 것이 더 효율적일 것", "kang-im-jun", None, ["culture-tourism"], "statement"),
    C("이와 관련해 다양한 방안을 모색해보라", "kang-im-jun", None, ["culture-tourism"], "plan"),
    C("근대역사와 문화를 알차게 즐길 수 있는 도시로 각광받고 있다", None, None, ["culture-tourism"], "statement"),
  ],
  not_claims=["축제 전문가 양성 및 축제 지원부서 확대와 업무 집중 필요"])
G["g-07-newsseoul.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet="뉴스서울", jurisdiction="28260"),
  officials=["kang-beom-seok"],
  claims=[
    C("주민참여예산사업을 공모해 주민 제안 170건을 접수했다", None, None, ["citizen-participation"], "achievement"),
    C("주민참여예산위원회 심의를 거쳐 총 42건의 사업을 선정, 투표를 진행했다", None, None, ["citizen-participation"], "achievement"),
    C("반지하 주택 침수 방지 차수판 설치사업’이 각각 선정됐다", None, None, ["citizen-participation", "disaster-safety"], "achievement"),
    C("‘주민참여예산제도 향후 방향 및 다양한 사업 발굴 방안’ 등에 대해서도 폭넓게 논의하기도 했다", None, None, ["citizen-participation"], "statement"),
    C("앞으로도 주민참여예산을 매개체 삼아", "kang-beom-seok", None, ["citizen-participation"], "plan"),
  ],
  not_claims=["주민참여예산은 예산편성과정에 주민들이 직접 참여해", "서구가 발전하는 방안은 서구민들이 가장 잘 알기 마련"])
G["g-08-gyeonggi.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="41"),
  officials=["lee-jae-myung"],
  claims=[
    C("지자체에 지역화폐가 확산하면 단점이 심화할 수 있다", None, None, ["small-merchants"], "criticism", "윤희숙"),
    C("지역화폐는 소비의 지역 간 이전 차단보다 업종 내 규모별 재분배에 더", "lee-jae-myung", None, ["small-merchants"], "statement"),
    C("골목상권을 보호하는 지역화폐는 문재인 정부의 포용정책 중 하나", "lee-jae-myung", None, ["small-merchants"], "statement"),
    C("의도했던 장점은 줄고 단점만 심화할 수 있다", None, None, ["small-merchants"], "criticism", "윤희숙"),
  ],
  not_claims=["언론 뒤에 숨지 말고 공개 토론하자", "규모별 이전 효과는 의도적으로 외면하는 것 같다",
              "공개토론에서 당당하게 논쟁해 보실 용의는 없냐", "분석과 서술방식 모두 잘 쓰인 보고서",
              "권력을 가진 이들이 전문가집단을 힘으로 찍어누르려 하는 것은"])
G["g-09-changwon.txt"] = dict(
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="48120"),
  officials=["heo-seong-mu"],
  claims=[
    C("인구청년 정책에 6,734억원을 투입한다고 22일 밝혔다", None, None, ["childcare-birth", "youth-policy"], "plan"),
    C("6개분야 246개사업 인구정책 실행계획을 수립하고 이를 추진한다", None, None, ["childcare-birth", "youth-policy", "jobs", "housing"], "plan"),
    C("난임부부 시술비 지원 횟수가 최대 21회까지", None, None, ["childcare-birth"], "plan"),
    C("출산장려금(첫째50만원, 둘째200만원)도 계속해서 동시 지급 한다", None, None, ["childcare-birth"], "statement"),
    C("임산부 대상 공영주차장 주차요금 감면 정책도 하반기 시행한다", None, None, ["childcare-birth"], "plan"),
    C("책임보육으로 아이키우기 좋은 도시환경을 만들어 나간다", None, None, ["childcare-birth"], "plan"),
  ],
  not_claims=[])
G["g-10-yeongam.html"] = dict(
  metadata=dict(headline="영암군, 청년정책 파트너 ‘제4기 청년협의체’ 출범", published="2026-07-22", reporter=None, outlet=None, jurisdiction="12800"),
  officials=["woo-seung-hui"],
  claims=[
    C("청년들과 함께 정책을 만들어갈 제4기 청년협의체를 출범했다", None, "2026-07-22", ["youth-policy"], "achievement"),
    C("청년 26명에게 위촉장을 수여했다", None, "2026-07-20", ["youth-policy"], "achievement"),
    C("지역에 필요한 청년정책을 제안한다", None, "2026-07-22", ["youth-policy"], "plan"),
    C("현장의 목소리를 정책에 반영하겠다고 말했다", "woo-seung-hui", "2026-07-22", ["youth-policy"], "plan"),
  ],
  not_claims=["청년 26명 위촉, 4개 분과에서 청년 의견 수렴·정책 제안 활동"])
for art, g in G.items():
    out = {"article": art, **g}
    json.dump(out, open(f"gold/{art}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(G))
