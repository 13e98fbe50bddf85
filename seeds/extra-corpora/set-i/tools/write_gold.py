"""Writes gold/*.json for set-i (hand annotation kept as data)."""
import json
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = {}
D = "2018-12-04"; D3 = "2018-12-03"
G["i-01-jeju.txt"] = dict(
 metadata=dict(headline="'허가냐 불허냐' 국내 첫 영리병원 '녹지국제병원'의 운명은", published="2018-12-04T17:06:35+09:00",
               reporter="최충일", outlet=None, jurisdiction="50"),
 officials=["won-hee-ryong"],
 claims=[
  C("국내 1호 영리병원으로 추진돼온 '녹지국제병원'의 운명이 이번 주 안으로 결정된다", None, D, ["medical-industry"], "plan"),
  C("이번 주 안으로 녹지국제병원에 대한 허가 여부를 결정하겠다", None, D, ["medical-industry"], "plan"),
  C("녹지국제병원은 지난 10월 4일 제주도민공론조사에서 ‘불허’ 결론이 내려졌다", None, D, ["medical-industry", "citizen-participation"], "achievement"),
  C("원희룡 제주도지사는 그 동안 이 공론조사 결과를 존중하겠다는 입장을 밝혀왔다", "won-hee-ryong", D, ["medical-industry", "citizen-participation"], "plan"),
  C("최종결과는 끝까지 지켜봐야 할 상황에 놓였다", None, D, ["medical-industry"], "statement"),
  C("녹지국제병원 개발사업은 오직 지역의 발전을 위해 동의하고 협력해온 사업", None, D3, ["medical-industry"], "statement", "김도연"),
  C("개원 허가가 지연되면서 1년 새 병원 건물은 흉물이 됐고", None, D3, ["medical-industry"], "criticism", "김도연"),
  C("지역 자체가 의료관광단지를 개발하기 위해 설계됐던 만큼 그방향으로 추진되야 한다고 보고", None, D3, ["medical-industry"], "plan", "오금수"),
  C("신속한 결정을 통해 불확실성을 제거하고 투자자 신뢰를 회복해야 한다는 데 의견을 모았다", None, D3, ["medical-industry", "investment-attraction"], "plan"),
  C("좋은 일자리 창출 등 지역경제 회복을 고려해 최종결정을 내려야 할 시점이라는 의견도 나왔다", None, D3, ["medical-industry", "citizen-participation", "jobs"], "plan"),
  C("이 병원을 비영리병원으로 운영하는 방안이나 국가·지방자치단체 등 책임질 수 있는 주체가 인수하는 방안 등도 여전히 열어놓고 있다", None, D, ["medical-industry"], "statement"),
 ],
 not_claims=["지난 3일 오전 원 지사는 녹지국제병원을 직접 돌아본 후", "‘녹지국제병원 개설허가 관련 총괄 검토회의’를 열었다", "https://news.v.daum.net/v/20181204135743032"])
D = "2025-01-24"
G["i-02-shinan.html"] = dict(
 metadata=dict(headline="신안군, 햇빛연금 220억 원 돌파!", published="2025-01-24T13:17:00+09:00", reporter=None, outlet=None, jurisdiction="46910"),
 officials=[],
 claims=[
  C("신안군은 햇빛연금 누적 수익액이 220억 원을 넘어섰다고 발표했다", None, D, ["energy-transition"], "achievement"),
  C("햇빛연금은 2021년 첫 지급액 21억 원으로 시작하여 매년 급격히 증가하며", None, D, ["energy-transition"], "achievement"),
  C("전남해상풍력 사업과 신의 태양광발전 사업이 완공되면 주민 배당과 지역경제 선순환 효과가 확대될 것으로 기대된다", None, D, ["energy-transition"], "statement"),
  C("재생에너지 이익공유 정책을 안정적으로 추진하고", None, D, ["energy-transition"], "plan"),
 ],
 not_claims=["‘25년 120억 →‘26년 137억 예정, 매년 가파르게 증가", "햇빛·바람 연금 지급 확대, 26년 신안군민 52% 혜택"])
D = "2023-09-01"
G["i-03-ulsanilbo.txt"] = dict(
 metadata=dict(headline="“기업 찾아드는 꿈의 도시 울산 만들것”", published="2023-09-04T00:10+09:00", reporter="이형중", outlet=None, jurisdiction="31"),
 officials=["kim-doo-gyeom"],
 claims=[
  C("기업이 찾아드는 꿈의 도시로 만들고", "kim-doo-gyeom", D, ["investment-attraction"], "plan"),
  C("거점형 스마트시티 조성 140억원, 수소전기차 안전인증센터 건립 91억원", "kim-doo-gyeom", D, ["smart-city", "future-vehicles", "investment-attraction"], "achievement"),
  C("미래전략산업에 대한 투자를 확대하고 친기업 정책을 추진해 미래 먹거리산업을 빠르게 구축하겠다", "kim-doo-gyeom", D, ["investment-attraction"], "plan"),
  C("가덕도 신공항 울산 종합교통망 기본구상 용역(5억원)", "kim-doo-gyeom", D, ["airport-relocation"], "plan"),
 ],
 not_claims=["추경 제안설명을 하고 있다", "2023년도 제3회 추경 규모는 2719억원이다", "울산대공원 조성 30억원, 신천공원 조성 12억원"])
G["i-04-kukinews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="최재용", outlet="쿠키뉴스", jurisdiction="47730"),
 officials=["kim-ju-su"],
 claims=[
  C("일자리 중심으로 예산이 편성될 수 있도록 당부했다", "kim-ju-su", None, ["jobs"], "plan"),
  C("일자리 상황판(군수실, 부군수실, 경제교통과)을 설치해 정부정책에 적극 대응한다는 방침이다", None, None, ["jobs"], "plan"),
  C("청년창업취업 박람회를 열고", None, None, ["jobs", "startup-support", "youth-policy"], "plan"),
  C("공공부문과 민간부문 일자리 창출을 위해 노력해 나갈 예정이다", None, None, ["jobs"], "plan"),
  C("청년이 떠나지 않고 돌아오는 청년정책 발굴을 위해서도 전 부서에서 협조해 줄 것", "kim-ju-su", None, ["jobs", "youth-policy"], "plan"),
 ],
 not_claims=["‘2017년 일자리 현안 보고회’를 가졌다", "gd7@kukinews.com"])
G["i-05-kyongbuk.txt"] = dict(
 metadata=dict(headline="지역주도형 청년일자리사업·혁신 일자리프로젝트 국도비 4억원 확보", published=None, reporter="박문산", outlet="경북일보", jurisdiction="47920"),
 officials=["eom-tae-hang"],
 claims=[
  C("사업공모에 선정돼 2년간 국도비 4억원을 확보하게 됐다고 밝혔다", None, None, ["jobs", "youth-policy"], "achievement"),
  C("지방정부 중심의 상향식 일자리사업이다", None, None, ["jobs"], "statement"),
  C("청년 매니저를 채용해 마을주민의 소득 향상과 청년 일자리 창출을 도모하기 위한 사업이다", None, None, ["jobs", "youth-policy", "agriculture"], "statement"),
  C("지역 내 청년 유입 및 일자리창출을 이루기 위한 사업이다", None, None, ["jobs", "youth-policy"], "statement"),
  C("미래형 농촌 일자리를 만들어 고소득 첨단 농가를 육성해", "eom-tae-hang", None, ["jobs", "agriculture", "energy-transition", "fourth-industrial-revolution", "youth-policy"], "plan"),
 ],
 not_claims=["봉화군청", "저작권자 © 경북일보 무단전재 및 재배포 금지"])
G["i-06-jbnews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter="김강중", outlet="중부매일", jurisdiction="30"),
 officials=["seol-dong-ho"],
 claims=[
  C("올해 안전한 학교 조성과 맞춤형 교육복지 강화에 집중할 것", "seol-dong-ho", None, ["education", "disaster-safety", "welfare"], "plan"),
  C("안전한 학교환경을 갖추고, 무상교육 복지를 강화해 학부모들의 교육비 부담을 줄일 것", "seol-dong-ho", None, ["education", "disaster-safety", "welfare"], "plan"),
  C("학교내 고화소 CCTV 교체, 유·초·특수학교 통학버스 하차확인장치 설치 등을 통해 안전 역량을 강화를 다짐했다", "seol-dong-ho", None, ["education", "disaster-safety"], "plan"),
  C("중·고교 신입생 무상교복 지원, 교육복지우선지원사업 대상학교 추가 지정(22개교)", None, None, ["education", "welfare"], "plan"),
  C("올해 10억4000만 원을 집행해 대상자 2667명에게 78일 동안 지원할 것", "seol-dong-ho", None, ["welfare", "education"], "target"),
  C("올해 급식의 질 개선을 위해 급식비를 10% 상향조정했다", "seol-dong-ho", None, ["education"], "achievement"),
  C("학부모 모니터단 의견을 듣고 더 나은 급식을 위해 노력할 것", "seol-dong-ho", None, ["education"], "plan"),
  C("공공형 평생학력인정시설과 관련해서는 오는 2020년 개교를 목표로 추진하고 있다고 밝혔다", "seol-dong-ho", None, ["education"], "plan"),
  C("'행복한 학교, 미래를 여는 대전교육 실현'을 위해 최선을 다할 것", "seol-dong-ho", None, ["education"], "plan"),
 ],
 not_claims=["이라고 밝혔다. / 대전교육청", "저작권자 © 중부매일 - 충청권 대표 뉴스 플랫폼 무단전재"])
G["i-07-dgy.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="27"),
 officials=["kwon-young-jin"],
 claims=[
  C("대구시 신청사 건립을 시민들과 함께 해결했듯이, 역점사업들도 시민들과 공유하고 함께 발전시켜 나가야 한다", "kwon-young-jin", None, ["city-hall", "citizen-participation"], "plan"),
  C("대구시 신청사 건립 예정지는 숙의민주주의를 통해 시민 스스로가 예정지를 확정한 것이다", "kwon-young-jin", None, ["city-hall", "citizen-participation"], "achievement"),
  C("대구시가 역점적으로 추진하는 사업들은 시민들의 적극적인 참여를 유도해 시민과 함께 발전시켜 나가야 한다", "kwon-young-jin", None, ["citizen-participation"], "plan"),
  C("펙스코몰, 대구경북상생장터, 대구로 배달앱, 야시장 등의 사업은 시민들께 잘 알려", "kwon-young-jin", None, ["small-merchants"], "plan"),
  C("1년 이상 내실 있게 준비한 상생장터 개장을 통한 실질적인 상생을 적극적으로 실천하는 날이 될 것", "kwon-young-jin", None, ["small-merchants"], "plan"),
  C("시민들이 안전하고 편안한 명절을 보내는 데 철저한 준비와 대응을 약속한다", "kwon-young-jin", None, ["disaster-safety"], "plan"),
 ],
 not_claims=["꼼꼼하게 준비한 종합대책이 잘 추진될 수 있도록 철저히 준비하라", "주메뉴 바로가기 본문 바로가기"])
D = "2025-12-23"
G["i-08-segye.txt"] = dict(
 metadata=dict(headline=None, published="2025-12-23", reporter=None, outlet=None, jurisdiction="29"),
 officials=["kang-gi-jung"],
 claims=[
  C("천원의 아침밥을 전면도입 하는 등 광주의 복지가 전국화 됐다", "kang-gi-jung", D, ["welfare"], "achievement"),
  C("광주 군공항 무안국제공항 이전 문제의 엉킨 실타래를 풀었다", "kang-gi-jung", D, ["airport-relocation"], "achievement"),
  C("248만평 종전부지, 11만평 규모의 마륵동 탄약고 부지를 광주형 실리콘밸리로 조성하는 사업에 본격 착수하겠다", "kang-gi-jung", D, ["airport-relocation"], "plan"),
  C("소상공인을 위해 상생카드 10% 추가 환급, 특례보증 시행, 신규 채용 인건비 지원, 맞춤형 회복 상담을 지원하겠다", "kang-gi-jung", D, ["small-merchants", "public-transit"], "plan"),
 ],
 not_claims=["경제적 풍요를 가져 올 산업을 키우는 부강한 광주를 만들겠다고", "헌법수호 비상계엄 무효선언 연석회의를 통해", "호남선 증편도"])
G["i-09-segyelocalnews.txt"] = dict(
 metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction="28"),
 officials=["yoo-jeong-bok"],
 claims=[
  C("청년 100명을 모집해 1월 5일부터 28일까지 인천시, 군·구, 공사·공단, 소방서 등 다양한 공공기관에 배치했다", None, None, ["youth-policy", "jobs"], "achievement"),
  C("참가자들은 행정업무 지원 인력으로 활동하며 현장 경험을 쌓고 있다", None, None, ["youth-policy", "jobs"], "statement"),
  C("청년들이 직접 체감할 수 있는 지원 정책 마련이 무엇보다 중요하다", "yoo-jeong-bok", None, ["youth-policy"], "statement"),
  C("청년들이 꿈꾸고 머물고 싶은 희망 도시를 만들기 위해 최선을 다하겠다", "yoo-jeong-bok", None, ["youth-policy"], "plan"),
  C("구직청년 면접복장 대여 사업, 청년도전 지원 사업, 청년 맞춤형 자원봉사 프로그램 등", None, None, ["youth-policy", "jobs"], "statement"),
  C("심뇌혈관질환 예방의 중요성을 알리는 ‘자기혈관 숫자 알기-레드서클’ 캠페인도 진행됐다", None, None, ["public-health"], "statement"),
 ],
 not_claims=["인천 시정에 대해 직접 공감하고 의견을 나누는 시간을 갖기 위해 마련됐다", "시장님과 대화하며 다양한 청년정책 정보를 접할 수 있어 뜻깊은 시간이었다", "붉은 말의 기운처럼 인천 청년들의 꿈과 목표가 이뤄지는 한 해가 되길 바라며"])
D = "2025-09-30"
G["i-10-jjan.txt"] = dict(
 metadata=dict(headline="8조 8000억 투자 계획 밝혀", published="2025-09-30", reporter=None, outlet=None, jurisdiction="52110"),
 officials=["woo-beom-gi"],
 claims=[
  C("△AI산업 기반 경제 중심도시", "woo-beom-gi", D, ["fourth-industrial-revolution"], "plan"),
  C("△완주·전주 AI 물류 허브 구축(2026∼2033년 1800억 원)을 발굴했다", None, D, ["fourth-industrial-revolution"], "plan"),
  C("△도시가스·상하수도 보급률 100% 달성(2026∼2035년 1000억 원)", None, D, ["water-supply", "public-health", "welfare", "culture-tourism"], "target"),
  C("완주군에 피지컬 AI 산업 생태계를 조성하겠다고 했다", None, D, ["fourth-industrial-revolution"], "plan"),
 ],
 not_claims=["완주·전주 통합 비전을 발표하고 있다. 전주시", "100만 광역도시를 건설하겠다는 장기 비전을 내놨다", "다만 구체적인 재원 확보 계획은 내놓지 않았다", "전주시의 탄소·드론산업과 완주군의 수소·모빌"])
for name, g in G.items():
    out = {"article": name, "metadata": g["metadata"], "officials": g["officials"], "claims": g["claims"], "not_claims": g["not_claims"]}
    with open("gold/" + name + ".json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write("\n")
print(len(G), "files;", sum(len(g["claims"]) for g in G.values()), "claims")
