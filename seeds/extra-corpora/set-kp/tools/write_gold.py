"""Write set-kp's gold files (hand annotation; one dict per article)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def c(quote, speaker, date, policies, kind, name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        d["speaker_name"] = name
    return d


def meta(headline, published, reporter, outlet, jur):
    return {"headline": headline, "published": published, "reporter": reporter, "outlet": outlet, "jurisdiction": jur}


D1 = "2025-09-22"; KG = "kim-gwan-yeong"
D2 = "2026-01-25"
D3 = "2020-07-14"
D4 = "2025-01-17"; CC = "choi-chung-gyu"
LC = "lee-choon-hee"
D6 = "2018-02-13"; WH = "won-hee-ryong"
D7 = "2025-10-28"; LW = "lee-wan-seop"
D8 = "2024-07-01"; KJ = "kang-gi-jung"
D9 = "2022-11-14"

GOLDS = {
 "kp-01-fnnews.txt": {
  "metadata": meta("청년 유출 막자…전북도, 청년 지원 총력", "2025-09-22T13:46+09:00", "강인", "파이낸셜뉴스", "52"),
  "officials": [KG],
  "claims": [
   c("전북특별자치도는 청년 인구 유출 해결과 지역 정착 기반 마련을 위한 청년정책 시행계획을 본격 추진한다", None, D1, ["youth-policy"], "plan"),
   c("청년 정책을 통한 지원에 행정력을 집중하고 있다", None, D1, ["youth-policy"], "statement"),
   c("청년의 삶 전반을 아우르는 5대 정책 분야에 전략을 집중하고 있다", None, D1, ["youth-policy"], "statement"),
   c("지역 내 청년 일자리 창출과 취업역량 강화를 위한 다양한 프로그램을 운영한다", None, D1, ["youth-policy", "jobs"], "statement"),
   c("청년 취업지원사업과 기업 연계 일자리 매칭 사업을 통해 일자리를 제공하고", None, D1, ["youth-policy", "jobs"], "statement"),
   c("청년 주거 부담을 완화하기 위해 임대보증금 지원, 전세자금 대출이자 지원 등도 병행하고 있으며", None, D1, ["youth-policy", "housing"], "statement"),
   c("지역 정착과 자립을 위한 다양한 참여 기회도 마련돼 있다", None, D1, ["youth-policy"], "statement"),
   c("청년정책협의체를 중심으로 정책 수립 과정에 청년이 직접 참여할 수 있는 구조를 강화했고", None, D1, ["youth-policy", "citizen-participation"], "statement"),
   c("전북이 청년에게 기회의 땅이 될 수 있도록 다양한 정책을 아끼지 않고 추진하겠다", KG, D1, ["youth-policy"], "plan"),
   c("청년의 눈높이에 맞춰 청년이 필요로 하는 정책을 지속 확대", KG, D1, ["youth-policy"], "plan"),
  ],
  "not_claims": ["청년 유출 막자…전북도, 청년 지원 총력",
                 "최근 4년간 전북지역 청년 인구는 해마다 평균 8000명이 넘게 타 지역으로 떠나고 있다",
                 "지역 소멸위험과 고령화 현상이 심화되는 상황이다"],
 },
 "kp-02-seoul.txt": {
  "metadata": meta(None, "2026-01-25", None, None, "52110"),
  "officials": [],
  "claims": [
   c("전북 전주시가 청년 인구 유치를 위한 정책을 추진한다", None, D2, ["youth-policy"], "plan"),
   c("‘2026년도 전주시 청년희망도시 시행계획’을 확정했다고 25일 밝혔다", None, D2, ["youth-policy"], "achievement"),
   c("청년희망도시 시행계획의 3대 방향으로 정하고", None, D2, ["youth-policy"], "plan"),
   c("시 청년 정책에는 총 544억 5900만원을 투입해 86개 사업이 추진된다", None, D2, ["youth-policy"], "plan"),
   c("시는 청년 창업가와 청년 농업인 발굴·육성, 출향청년 채용지원 등에 222억원가량을 투입해", None, D2, ["youth-policy", "startup-support", "agriculture", "jobs"], "plan"),
   c("청년주택 공급을 확대하고, 청년월세 지원을 상시 제도로 전환해 주거 안정을 뒷받침할 계획이다", None, D2, ["youth-policy", "housing"], "plan"),
   c("청년문화예술패스도 지원 대상(19세→20세)과 지원 금액(10만원→20만원)을 확대하고", None, D2, ["youth-policy", "culture-tourism"], "plan"),
  ],
  "not_claims": ["이날 회의는 청년정책 추진체계의 완성도를 높이고",
                 "전주시의 인구는 2025년 말 기준 62만 5437명으로"],
 },
 "kp-03-mt.txt": {
  "metadata": meta("충북도 '바이오산업진흥원' 설립 추진…타당성 용역 진행", "2020-07-14T15:30+09:00", "엄기찬", "뉴스1", "43"),
  "officials": [],
  "claims": [
   c("충북도가 미래 100년 먹거리 산업 가운데 하나인 바이오산업의 체계적인 육성을 전담할 기관 설립을 추진한다", None, D3, ["medical-industry"], "plan"),
   c("설립 타당성 및 운영 방안 검토 연구용역'을 10월 초까지 진행한다", None, D3, ["medical-industry"], "plan"),
   c("연구용역은 바이오산업진흥원 설립의 필요성을 검토하고 타당성 조사를 진행한다", None, D3, ["medical-industry"], "statement"),
   c("기본 구상과 운영 방안도 설계한다", None, D3, ["medical-industry"], "statement"),
   c("국내외 바이오산업 전담기관도 분석하고", None, D3, ["medical-industry"], "statement"),
   c("연구용역 결과를 토대로 내부 회의 등을 거쳐 바이오산업진흥원 설립 여부를 확정할 방침이다", None, D3, ["medical-industry"], "plan"),
   c("설립을 결정하면 국내 바이오산업의 중심지인 청주 오송에 두고 충북도 산하 법인 형태로 운영할 계획이다", None, D3, ["medical-industry"], "plan"),
   c("바이오산업진흥원을 설립하면 기업·연구기관과 협력 관계 유지, 바이오헬스 산업 육성 등에 있어 핵심 역할을 할 것", None, D3, ["medical-industry"], "statement"),
  ],
  "not_claims": ["충북도 '바이오산업진흥원' 설립 추진…타당성 용역 진행", "충북도청 전경 © 뉴스1"],
 },
 "kp-04-bknews.txt": {
  "metadata": meta("최충규 대덕구청장 “현장에 모든 답 있다”… 2025년 연두방문 성료", "2025-01-17T17:32+09:00", "방수옥", "BK뉴스", "30230"),
  "officials": [CC],
  "claims": [
   c("전 생애 주기별 맞춤형 복지 실현 등 4가지 구정 방향을 중심으로", CC, D4, ["welfare", "culture-tourism"], "statement"),
   c("주민과의 대화 시간을 통해 일상의 작은 불편함부터", None, D4, ["citizen-participation"], "statement"),
   c("구는 이번 방문에서 주민들이 제시한 의견을 직접 현장에서 점검하고", None, D4, ["citizen-participation"], "plan"),
   c("주민 여러분의 소중한 제안과 건의를 바탕으로 더욱 성장하고 가치를 더해가는 대덕구를 만들어가겠다", CC, D4, ["citizen-participation"], "plan"),
   c("지역 곳곳을 누비며 주민들의 목소리에 귀 기울이겠다", CC, D4, ["citizen-participation"], "plan"),
  ],
  "not_claims": ["최충규 대덕구청장 “현장에 모든 답 있다”… 2025년 연두방문 성료",
                 "신성장 도시기반 확충 등 을사년 새해 구정 운영 방향 설명",
                 "12개 동에 걸친 ‘2025 연두방문’ 일정을 성황리에 마쳤다고 밝혔다",
                 "지난 15일 비래동행정복지센터에서 주민들의 질의응답 사진"],
 },
 "kp-05-seoul.txt": {
  "metadata": meta("[2016 경제 새 길을 가자 - 지역에서 꽃피는 미래먹거리] “지속 발전 가능한 행복도시로”", None, None, None, "36"),
  "officials": [LC],
  "claims": [
   c("“스마트시티란 시민이 행복하고 지속 발전하는 도시”라고 밝혔다", LC, None, ["smart-city"], "statement"),
   c("세종시를 한국을 대표하는 스마트시티로 만들어 전 세계가 열광하는 도시로 키우겠다", LC, None, ["smart-city"], "plan"),
   c("세종시가 내세울 만한 자원이 무엇이 있나 하는 고민에서 나왔다", LC, None, ["smart-city"], "statement"),
   c("여기에 스마트시티라는 색깔을 입히고 싶었다", LC, None, ["smart-city"], "statement"),
   c("구도심과 연계한 스마트시티로 만들려고 한다", LC, None, ["smart-city"], "plan"),
   c("아직 걸음마 단계다", LC, None, ["smart-city"], "statement"),
   c("신생 도시여서 스마트시티에 맞게 디자인할 수 있는 여지도 많다", LC, None, ["smart-city"], "statement"),
   c("관련 기업을 유치하면 새 일자리도 늘어나 지속 발전 가능한 도시의 밑거름이 될 것으로 확신하고 있다", LC, None, ["smart-city", "investment-attraction", "jobs"], "statement"),
  ],
  "not_claims": ["노들섬, 음악섬으로 다시 태어나다",
                 "어린이집 늦게까지 아이 맡길 수 있다",
                 "스마트팜을 찾아 농민으로부터 스마트폰을 활용한 비닐하우스 작동 방법에 대한 설명을 듣고 있다",
                 "이게 세종시의 특징이다",
                 "중앙부처에 인재들이 넘친다"],
 },
 "kp-06-jejutwn.txt": {
  "metadata": meta("원 지사, 제주형 상하수도 인프라 수립 주문", "2018-02-21T10:32:25+09:00", "이영섭", "제주교통복지신문", "50"),
  "officials": [WH],
  "claims": [
   c("제주 지역에 걸 맞는 통합 수자원 관리 방안이 필요하다는 의견이 제기됐다", None, D6, ["water-supply"], "plan"),
   c("제주형 물 관리에 대한 논의는 비단 상하수도본부만 해당되는 사항은 아니", WH, D6, ["water-supply"], "statement"),
   c("지속적이고 통합적인 계획 마련 및 상하수도 인프라 확충에 만전을 기해달라", WH, D6, ["water-supply"], "plan"),
  ],
  "not_claims": ["원 지사, 제주형 상하수도 인프라 수립 주문",
                 "토론회를 갖고 인구 100만 시대를 대비한 상수도 취수원 개발 사항과"],
 },
 "kp-07-ohmynews.txt": {
  "metadata": meta(None, "2025-10-28", None, None, "44210"),
  "officials": [LW],
  "claims": [
   c("산단 조성, 교통망 확충, 신산업 유치 등 종합적 대응이 필요하다", LW, D7, ["investment-attraction"], "plan"),
   c("답변은 이후 서산공항, 철도망, 산업단지, 대산항, 가로림만 국가해양정원, 수소산업, 문화예술타운, 한서대 글로컬대학 선정 등 시의 주요 사업계획 전반으로 확장됐다", LW, D7,
     ["airport-relocation", "public-transit", "investment-attraction", "energy-transition", "culture-tourism", "education"], "plan"),
  ],
  "not_claims": ["서산시 행정이 형식보다 실질을, 지시보다 소통을",
                 "서산시의 인구 정책 방향은 무엇인지",
                 "인구는 지역 경쟁력의 척도",
                 "산업단지 포화, 공동주택 승인 제한, 교통 정체 등 복합적인 요인으로",
                 "2030년쯤이면 인구가 크게 늘어날 것으로 확신한다"],
 },
 "kp-08-viva100.txt": {
  "metadata": meta("강기정 광주시장 1일 버스 출근길 소회 밝혀 눈길", "2024-07-01T14:54+09:00", None, None, "29"),
  "officials": [KJ],
  "claims": [
   c("강 시장은 1000여 대의 버스에 연간 1000억 이상의 예산을 들이고 있지만 여전히 불편한 것이 많다는 사실도 알았다", KJ, D8, ["public-transit"], "criticism"),
   c("강 시장은 오는 2026년 지하철 개통에 맞춰 버스노선 전면 개편도 준비하고 있다고 밝히기도 했다", KJ, D8, ["public-transit"], "plan"),
  ],
  "not_claims": ["오는 26년 지하철 개통과 더불어 대대적 버스노선 개편 암시",
                 "대중교통, 자전거, 보행이 편한 <대·자·보 도시, 광주>도 강조",
                 "‘1250원’의 출근길을 담은 소회를 밝혀 시민들의 관심을 끌었다",
                 "이날 강 시장의 퍼포먼스는 대중교통, 자전거, 보행이"],
 },
 "kp-09-kwangjuilbo.txt": {
  "metadata": meta("소멸 위기 절박한 전남도, 청년 정착·저출산 극복 백약처방", "2022-11-14", "윤현석", "광주일보", "46"),
  "officials": [],
  "claims": [
   c("우선 젊은 세대 유입과 정착을 통해 건강한 인구 구조를 형성해야 한다고 진단했다", None, D9, ["youth-policy"], "plan"),
   c("양질의 청년 일자리 창출·자립 지원 확대, 청년 공동체 활성화 및 소통 확대를 위한 시스템 구축 등도 필요하다", None, D9, ["youth-policy", "jobs"], "plan"),
   c("귀어·귀농·귀산·귀촌을 바라는 도시민들을 유치해 지역공동체에 합류시켜야 한다", None, D9, ["agriculture"], "plan"),
   c("새로운 분야에 도전할 수 있는 기회를 제공하는 것이 ‘청년마을 만들기 사업’이다", None, D9, ["youth-policy", "jobs"], "statement"),
   c("올해 5개소, 2023년 10개소 등 전남도내 15곳에 각각 3억원을 투입한다", None, D9, ["youth-policy"], "target"),
  ],
  "not_claims": ["공공산후조리원 3곳 추가 설치",
                 "15곳 3억씩 들여 청년마을 조성",
                 "2022년 전남 인구는 182만명으로",
                 "인구감소대응 5개년 계획을 수립해",
                 "12개의 지방소멸대응기금 광역기금사업(사업비 882억원)을 통해 성과 창출에 주력한다"],
 },
}

if __name__ == "__main__":
    GOLD.mkdir(exist_ok=True)
    for name, g in GOLDS.items():
        out = {"article": name, **g}
        (GOLD / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(g["claims"]) for g in GOLDS.values()), "claims")
