"""Writes set-kn gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
D = "2025-02-27"
G["kn-01-seoul.txt"] = dict(
 metadata=dict(headline="아기 울음소리 끊이지 않는 ‘화천’…비결은", published="2025-02-27T16:17+09:00", reporter="김정호", outlet=None, jurisdiction="51790"),
 officials=[],
 claims=[
  C("강원 화천이 전국 평균의 2배가 넘는 출산율을 기록했다", None, D, ["childcare-birth"], "achievement"),
  C("화천군 합계 출산율은 전년(1.27명) 대비 0.24명 늘어난 1.51명으로 집계됐다고 27일 밝혔다", None, D, ["childcare-birth"], "achievement"),
  C("이는 전국의 시·군·구 중 3번째로 많은 수치다", None, D, ["childcare-birth"], "achievement"),
  C("전국 평균 합계 출산율(0.75명)보다는 두배 이상 높다", None, D, ["childcare-birth"], "achievement"),
  C("‘아이 기르기 가장 좋은 화천 만들기’ 정책을 통해 출산율이 높아진 것으로 분석하고 있다", None, D, ["childcare-birth"], "achievement"),
  C("2022년 화천군이 건립한 공공산후조리원은 이용자가 몰려 오는 9월까지 예약이 완료됐다", None, D, ["childcare-birth"], "achievement"),
  C("화천에서 1년 이상 거주한 산모는 2주간 이용료 180만원을 전액 감면받는다", None, D, ["childcare-birth"], "statement"),
  C("온종일 초등 돌봄시설인 화천커뮤니센터는 하루 평균 600명 이상의 아동과 학부모가 이용하고 있다", None, D, ["childcare-birth"], "achievement"),
  C("지자체가 돌봄시설을 운영하는 것은 전국에서 화천군이 처음이다", None, D, ["childcare-birth"], "achievement"),
  C("장학금도 통 크게 지원한다", None, D, ["education"], "statement"),
  C("자녀의 대학 등록금 실납입액을 전액 지원한다", None, D, ["education"], "statement"),
  C("거주비도 매월 최대 50만원을 준다", None, D, ["education"], "statement"),
 ],
 not_claims=["출산율 1.51명, 전국 평균 2배", "출산부터 교육까지 지원 ‘촘촘’", "강원 화천군은 지난해 2월 온종일 돌봄시설인 화천커뮤니티센터를 개관했다. 화천군 제공", "아기 울음소리 끊이지 않는 ‘화천’…비결은"])
D = "2025-02-18"
G["kn-02-newsstep.txt"] = dict(
 metadata=dict(headline="춘천시, 춘천풍물시장 명소화사업 힘찬 ‘시동’", published="2025-02-18T12:50:14+09:00", reporter="최선경", outlet="뉴스스텝", jurisdiction="51110"),
 officials=[],
 claims=[
  C("2년간 최대 10억 원을 투입해 춘천풍물시장을 명품시장으로 육성한다", None, D, ["small-merchants"], "plan"),
  C("특성화시장 육성 사업(문화관광형) 공모 대상지로 춘천시를 최종 선정했다", None, D, ["small-merchants", "culture-tourism"], "achievement"),
  C("춘천시는 예산 10억 원을 확보, 춘천풍물시장 명소화에 나선다", None, D, ["small-merchants", "culture-tourism"], "plan"),
  C("이번 사업은 춘천풍물시장의 경쟁력을 강화하고 관광명소로 자리 잡기 위해 추진되며", None, D, ["small-merchants", "culture-tourism"], "statement"),
  C("시장 대표 특화상품 개발과 야시장 기반 시설 정비", None, D, ["small-merchants", "culture-tourism"], "plan"),
  C("대상을 고려한 홍보 마케팅도 병행해 시장의 차별성을 강조할 계획이다", None, D, ["small-merchants"], "plan"),
  C("이어 2026년에는 시장 인지도 향상과 지속가능성 확보를 목표로 사업을 확대한다", None, D, ["small-merchants"], "plan"),
  C("외국인 플리마켓 운영, 여행자 교류·체험 프로그램 마련", None, D, ["small-merchants", "culture-tourism"], "plan"),
  C("춘천시는 지난 1월 사업추진협의회를 구성했다", None, D, ["small-merchants"], "achievement"),
  C("소상공인시장진흥공단 주관으로 사업단을 구성하여 3월부터 본격적으로 사업을 진행할 예정이다", None, D, ["small-merchants"], "plan"),
  C("풍물시장을 지역의 대표적인 명소로 발돋움시키겠다", None, D, ["small-merchants", "culture-tourism"], "plan"),
 ],
 not_claims=["문화, 관광, 역사 등 지역 특색과 연계한 관광 콘텐츠 육성", "춘천시, 춘천풍물시장 명소화사업 힘찬 ‘시동’"])
D = "2019-06-18"
G["kn-03-reporternside.txt"] = dict(
 metadata=dict(headline="최상기 인제군수, 노인대학․대학원 합동강의", published="2019-06-18", reporter=None, outlet="엔사이드", jurisdiction="42810"),
 officials=["choi-sang-gi"],
 claims=[
  C("인제군이 추진하고 있는 다양한 노인복지 추진 사항들을", None, D, ["welfare"], "statement"),
  C("2019년 인제군 노인복지 주요정책을 살펴보면", None, D, ["welfare", "public-health"], "statement"),
  C("대상포진 무료접종 시행과 치매안심센터 설치․운영으로", None, D, ["welfare", "public-health", "dementia-care"], "statement"),
  C("특히 인제군 복지예산은 448억 5,800만원으로 전체 예산의 8.9%를 차지하고", None, D, ["welfare"], "statement"),
 ],
 not_claims=["‘노년을 즐기는 지혜’지역 어르신들과 소통", "최상기 인제군수가 관내 어르신들과 대화, 소통을 통한 스킨쉽에 나섰다", "‘걱정이 없는 노후 어르신이 행복한 인제’를 주제로 합동 강의를 펼쳤다", "엔사이드편집국"])
D = "2025-08-21"
G["kn-04-kbs.txt"] = dict(
 metadata=dict(headline=None, published="2025-08-21", reporter="정면구", outlet=None, jurisdiction="51230"),
 officials=["park-sang-su", "lee-sang-ho"],
 claims=[
  C("광업소를 대신할 태백과 삼척지역 경제진흥사업이 각각 정부 '예타'를 통과했습니다", None, D, ["medical-industry", "energy-transition"], "achievement"),
  C("중입자 가속기 기반의 암 치료센터와 80병상 규모의 병원 등이 들어서면", None, D, ["medical-industry"], "statement"),
  C("환자들과 가족들이 도계에서 힐링할 수 있는 그런 도계로 만들어 가야만", "park-sang-su", D, ["medical-industry"], "plan"),
  C("3,500억 원 규모의 청정 메탄올 제조시설과 핵심광물산단 등이 추진되는 태백시도", None, D, ["energy-transition"], "statement"),
  C("석탄 도시에서 청정에너지 도시로 전환하는 마중물이 될 것으로 전망했습니다", None, D, ["energy-transition"], "statement"),
  C("무엇보다 태백시민 모두가 함께 힘을 모아 만들어낸 값진 결과입니다", "lee-sang-ho", D, ["energy-transition"], "achievement"),
  C("회생 사업이 시작되는 만큼 조속한 추진이 관건이 될 전망입니다", None, D, ["medical-industry", "energy-transition"], "statement"),
 ],
 not_claims=["경제진흥사업의 '예타' 통과 소식에 연신 박수가 터져 나옵니다", "지역사회는 즉각 환영 입장을 내며, 조속한 사업 추진을 강조했습니다", "(사업이) 자리 잡을 수 있는 역할 또 우리의 숙제라고 봅니다", "정면구 기자가 보도합니다"])
D = "2026-01-30"
K = "kim-dong-yeon"
G["kn-05-asiae.txt"] = dict(
 metadata=dict(headline=None, published="2026-01-30", reporter=None, outlet=None, jurisdiction="41"),
 officials=["kim-dong-yeon", "lee-jae-myung"],
 claims=[
  C("경기도가 2030년까지 주택 80만호와 공공임대주택 26만5000호를 공급한다", None, D, ["housing"], "target"),
  C("기조를 현장에서 충실히 이행하고 발전시키기 위해 경기도가 적극 나서겠다", K, D, ["housing"], "plan"),
  C("2030년까지 주택 80만 호를 차질 없이 공급하겠다", K, D, ["housing"], "target"),
  C("주택 공급 체계를 확립하여 도민의 주거 불안을 근본적으로 해소하겠다", K, D, ["housing"], "plan"),
  C("80만호는 공공에서 17만호를, 민간에서 63만호를 공급한다", None, D, ["housing"], "target"),
  C("공급 유형별로는 아파트 62만호, 다세대·단독주택 18만호다", None, D, ["housing"], "target"),
  C("1기 신도시 재정비와 노후 원도심 활성화, 그리고 도심지 노후 공공청사 복합개발을 속도감 있게 추진하겠다", K, D, ["housing", "urban-regeneration"], "plan"),
  C("매입·전세임대를 포함해 총 26만5000호를 공급하겠다", K, D, ["housing"], "target"),
  C("세밀한 주거복지 전략을 통해 단 한 분의 도민도 소외되지 않도록 꼼꼼히 살피겠다", K, D, ["housing"], "plan"),
  C("고품격 경기도형 공공주택을 공급하겠다", K, D, ["housing"], "plan"),
 ],
 not_claims=["AI 요약 기술은 핵심만 전달합니다", "또 경기 기회타운 등 경기도형 도시정책 브랜드를 확대한다"])
D = "2019-03-14"
G["kn-06-gyinews.txt"] = dict(
 metadata=dict(headline="고양시, 기업인과 일자리창출방안 모색 70여명 참석··'일자리 추진전략 회의' 개최", published="2019-03-15T16:24+09:00", reporter=None, outlet="고양인터넷신문", jurisdiction="41280"),
 officials=["lee-jae-jun-41280"],
 claims=[
  C("민선7기 최우선 정책과제인 105만 시민의 일자리 창출을 위해 관내 기업인과 함께하는 간담회를", None, D, ["jobs"], "statement"),
  C("지속적인 일자리 상황 점검을 위해 월 2회 열리는 일자리 추진전략 회의의 일환으로", None, D, ["jobs"], "statement"),
  C("기업인이 잘 돼야 일자리가 많이 만들어지는 만큼", "lee-jae-jun-41280", D, ["jobs"], "plan"),
  C("고용지표가 높아진 것과 달리 고양시 기업의 현황은 긍정적이지 못하다", None, D, ["jobs"], "criticism", "이상헌"),
  C("신규 일자리 창출만큼 기존 일자리 보존의 중요성", None, D, ["jobs", "labor-relations", "investment-attraction", "fourth-industrial-revolution"], "criticism"),
 ],
 not_claims=["고양시에서 기업을 하는 동안 이러한 오픈토론은 처음이다", "고양시 일자리 창출에 대해 중추적인 역할을 하고 있는 관내 기업인 8명과", "최종편집일 2019-05-19 15:18", "고양시, 기업인과 일자리창출방안 모색 70여명 참석"])
D = None
N = "김종천"
G["kn-07-hankyung.txt"] = dict(
 metadata=dict(headline="김종천 포천시장 \"고속도로 뚫려 서울까지 30분… 포천, 기업·관광도시 만들겠다\"", published=None, reporter=None, outlet="한국경제신문", jurisdiction="41650"),
 officials=[],
 claims=[
  C("산업단지 분양률이 높아지고 관광객이 증가하는 등 경기 북부권의 기업 및 관광 중심지로 떠오르고 있다", None, D, ["investment-attraction", "culture-tourism"], "achievement"),
  C("포천시가 민자도로 개통 이후 기업인과 관광객이 찾는 활기찬 도시로 변화하고 있다", None, D, ["investment-attraction", "culture-tourism"], "achievement", N),
  C("민자도로 개통 전 40%에 불과했던 분양률이 77%로 높아졌다", None, D, ["investment-attraction"], "achievement"),
  C("서울 잠실에서 30분 내 도달할 수 있는 교통 여건과 부지가격이", None, D, ["investment-attraction"], "statement"),
 ],
 not_claims=["도내 최하위권인 시세를 5년 내 10위권 수준으로 높이겠다", "오뗄은 용정산업단지로 공장을 확장 이전하기로 하고", "화장품 용기를 생산하는 아이팩도 용정산단 내 3만8000㎡를 매입했다", "허브아일랜드를 찾는 관광객도 올 들어 10% 이상 늘었다", "용정·장자·에코그린 산업단지", "외국인 관광객도 증가"])
D = "2025-08-29"
K = "kim-deok-hyeon"
G["kn-08-bgchang.txt"] = dict(
 metadata=dict(headline="김덕현 연천군수, 인구감소지역 정책간담회서 지역 현안 적극 건의", published="2025-09-01T11:27:48+09:00", reporter="이윤기", outlet="경기뉴스탑", jurisdiction="41800"),
 officials=["kim-deok-hyeon"],
 claims=[
  C("연천군이 올해 안에 ‘기회발전특구’ 신청이 가능하도록 수도권 지침을 조속히 마련해 줄 것을 강력히 요구했다", K, D, ["decentralization", "investment-attraction"], "statement"),
  C("지방소멸대응기금의 경상비 지원 확대, 인구감소지역 재지정 등 8건의 건의사항을 전달하며", None, D, ["decentralization"], "statement"),
  C("범정부 차원의 지방소멸 대응 정책에서 소외되지 않도록 정책적 연계성을 유지해 달라", K, D, ["decentralization"], "statement"),
 ],
 not_claims=["중앙과 지방, 민간이 함께 만드는 인구감소지역의 희망찬 내일을 기대한다", "연천군, 지방소멸 대응 위한 다양한 사업 추진 중", "수도권 접경지역의 주요 현안을 행정안전부에 공식 건의했다", "지방소멸 대응과 인구유입 방안에 대해 심도 있는 논의를 나눴다"])
D = "2026-01-09"
K = "lee-sang-il"
G["kn-09-seoul.txt"] = dict(
 metadata=dict(headline="9일 ‘천조개벽 용인이 나라의 미래를 책임집니다’ 신년 언론브리핑", published="2026-01-09", reporter=None, outlet="서울신문", jurisdiction="41460"),
 officials=["lee-sang-il"],
 claims=[
  C("국가적 핵심 프로젝트인 용인 반도체 메가 클러스터 조성에 속도를 높이는 등", K, D, ["investment-attraction"], "plan"),
  C("반도체 투자 1000조 원 시대를 연 용인특례시는", K, D, ["investment-attraction"], "achievement"),
  C("980조 원에 육박하는 투자가 진행되고 있다", K, D, ["investment-attraction"], "statement"),
  C("삼성전자는 2025년 12월 19일 LH와 산업시설용지 분양계약을 체결했다", K, D, ["investment-attraction"], "achievement"),
  C("삼성전자가 용인 아닌 다른 곳으로 가지 않겠다는 뜻을 분명히 한 것", K, D, ["investment-attraction"], "statement"),
  C("2026년 하반기에는 SK 일반산단의 용수·전력 공급시설이 준공된다", K, D, ["investment-attraction"], "plan"),
 ],
 not_claims=["이상일 용인시장이 9일 신년 기자회견을 하고 있다. (용인시 제공)", "올해의 시정 방향과 내용을 설명하는 신년 기자회견을 열고 이같이 말했다"])
os.makedirs('/work/blind/set-kn/gold', exist_ok=True)
for f, g in G.items():
    d = {"article": f, **g}
    json.dump(d, open('/work/blind/set-kn/gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G), sum(len(g['claims']) for g in G.values()))
