"""Writes gold/*.json for set-fl (hand annotation; compact tuples -> README format)."""
import json, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold')
os.makedirs(D, exist_ok=True)
G = {}
def art(name, headline, published, reporter, outlet, jur, officials, claims, not_claims):
    G[name] = {"article": name,
               "metadata": {"headline": headline, "published": published, "reporter": reporter,
                            "outlet": outlet, "jurisdiction": jur},
               "officials": officials,
               "claims": [{"quote": q, "speaker": s, "date": d, "policies": p, "kind": k} for q, s, d, p, k in claims],
               "not_claims": not_claims}
N = None
# fl-01 홍천 2018
d = "2018-01-24"; NS = "noh-seung-rak"
art("fl-01-kmib.txt", "홍천군, 귀농·귀촌사업 추진", "2018-01-24T21:17+09:00", "서승진", "국민일보", "42720", [NS], [
 ("2018년 귀농·귀촌인 유입 및 안정정착을 위한 지원사업을 본격 추진한다", N, d, ["agriculture"], "plan"),
 ("2014년 157명, 2015년 199명, 2016년 208명 등으로 도내에서 가장 많았다", N, d, ["agriculture"], "achievement"),
 ("귀농·귀촌 창업지원, 귀농·귀촌인과 주민들 간의 상생발전에 초점을 맞춘", N, d, ["agriculture", "startup-support"], "plan"),
 ("귀농·귀촌 화합프로그램을 운영한다", N, d, ["agriculture"], "plan"),
 ("13개 마을을 대상으로 갈등해소 교육", N, d, ["agriculture"], "plan"),
 ("올해부터 귀농·귀촌 창업과 지역사회 기여사업을 새롭게 추진한다", N, d, ["agriculture", "startup-support"], "plan"),
 ("5년 이내의 귀농·귀촌인 그룹으로 신청이 가능하다", N, d, ["agriculture"], "statement"),
 ("그룹 당 1000만원 한도 내에서 사업비가 투자된다", N, d, ["agriculture", "startup-support"], "statement"),
 ("20∼45세 귀농인에게는 정착지원금을 지원한다", N, d, ["agriculture", "youth-policy"], "plan"),
 ("귀농 1년차에는 80만원, 2년차에는 50만원을 매월 지급한다", N, d, ["agriculture", "youth-policy"], "statement"),
 ("활용도가 높은 소형농기계 구입도 지원한다", N, d, ["agriculture", "youth-policy"], "plan"),
 ("25명의 귀농·귀촌 멘토단을 구성해", N, d, ["agriculture"], "plan"),
 ("맞춤형 시책을 발굴·추진해 나가겠다", NS, d, ["agriculture"], "plan"),
], ["홍천=서승진 기자", "홍천군, 귀농·귀촌사업 추진"])
# fl-02 경기도 미세먼지 2025
d = "2025-12-01"
art("fl-02-kmib.txt", "경기도, 미세먼지 계절관리제 시행", "2025-12-02", N, N, "41", [], [
 ("초미세먼지 22㎍/㎥ 목표의 ‘제7차 미세먼지 계절관리제’를 시행한다", N, d, ["fine-dust"], "target"),
 ("6대 분야 19개 이행과제를 중점 추진한다고 1일 밝혔다", N, d, ["fine-dust"], "plan"),
 ("다양한 저감 정책이 적용된다", N, d, ["fine-dust"], "plan"),
 ("지하역사 106곳의 실내공기질 기준 준수 여부를 점검하고", N, d, ["fine-dust"], "achievement"),
 ("1026개 다중이용시설의 환기설비와 공기정화장치 가동 여부를 지속적으로 확인하며", N, d, ["fine-dust"], "plan"),
 ("생활 주변 배출원 관리도 강화한다", N, d, ["fine-dust"], "plan"),
 ("60개 불법소각 합동점검단을 운영하고", N, d, ["fine-dust"], "plan"),
 ("스캐닝 라이다(LiDAR) 장비를 3곳에서 운용하고", N, d, ["fine-dust"], "plan"),
 ("명예환경감시원 282명이 상시 순찰에 참여해", N, d, ["fine-dust"], "plan"),
 ("저공해조치 미이행 5등급 차량의 평일", N, d, ["fine-dust"], "plan"),
 ("이륜차 공회전 제한", N, d, ["fine-dust"], "plan"),
], ["3월까지 초미세먼지 22㎍/㎥ 목표", "취약계층 위한 미세먼지 쉼터 운영"])
# fl-03 고양 2026
d = "2026-01-16"; LDH = "lee-dong-hwan"
art("fl-03-thesegye.txt", "고양시, 2026 더 두터워진 출산·양육 지원으로 시민 체감도 높인다", "2026-01-16T13:25:21+09:00", "송민수", "세계타임즈", "41280", [LDH], [
 ("‘아이 키우기 좋은 도시’를 목표로 올해 출산·양육 지원을 더욱 강화한다", N, d, ["childcare-birth"], "plan"),
 ("지난해 고양시 출생아 수는 5,522명", N, d, ["childcare-birth"], "achievement"),
 ("24억 원 증액한 총 231억 원으로 편성해", N, d, ["childcare-birth"], "plan"),
 ("돌봄 사각지대 해소와 양육 부담 경감을 위한 행보를 이어간다", N, d, ["childcare-birth"], "plan"),
 ("지원 범위를 넓혀 나갈 방침이다", N, d, ["childcare-birth"], "plan"),
 ("양육의 무게를 덜고 아이를 키우는 기쁨을 누릴 수 있도록 정책적 지원을 아끼지 않겠다", LDH, d, ["childcare-birth"], "plan"),
 ("‘첫만남이용권’과 ‘출산지원금’을 병행 지급하며 촘촘한 지원 체계를 구축하고 있다", N, d, ["childcare-birth"], "statement"),
 ("출생아 1인당 첫째 200만 원", N, d, ["childcare-birth"], "statement"),
], ["아이를 키우는 것은 한 가정의 책임이 아니라 공동체의 미래를 세우는 중요한 과제",
    "첫 만남부터 든든하게… 출산지원금 등 경제적 부담 완화", "출산가구 전월세자금 대출이자 지원 요건 완화",
    "지원 문턱 낮추고 돌봄 시간 늘리고", "쌀케이크·다복꾸러미로 출산 가치 존중", "▲ 고양시 일곱째 다둥이 출산 가정 방문"])
# fl-04 수원 2019
e = "2019-01-19"; p = "2019-01-20"; YT = "yeom-tae-yeong"
art("fl-04-bgchang.txt", "염태영 수원시장, ‘에너지정책 전환을 위한 지방정부 협의회’ 회장 선출 ... \"지속 가능한 친환경 정책을 실현\"", "2019-01-20T08:52:42+09:00", "전순애", "경기뉴스탑", "41110", [YT], [
 ("제2기 출범식에서 회장으로 선출됐다", N, e, ["energy-transition"], "statement"),
 ("탈원전·탈석탄을 선도하는 지속 가능한 친환경 정책을 실현하겠다", YT, e, ["energy-transition"], "plan"),
 ("관 협력 체계를 구축해 지역 에너지 전환 정책이 성공할 수 있도록 최선을 다하겠다", YT, e, ["energy-transition"], "plan"),
 ("에너지 정책의 수립·실행을 국가에서 지방으로 전환하는 것을 목표로 한다", N, p, ["energy-transition", "decentralization"], "statement"),
 ("신재생에너지 발전을 키우는 방향으로 전력 정책을 전환하는 것을 말한다", N, p, ["energy-transition"], "statement"),
 ("에너지 정책 전환을 위한 다양한 활동을 전개하고 있다", N, p, ["energy-transition"], "statement"),
 ("한편 수원시는 다양한 에너지정책으로 에너지 절약에 나서고 있다", N, p, ["energy-transition"], "statement"),
 ("온실가스 감축을 위해 공공청사에 LED 조명, 태양광 발전시설", N, p, ["climate-carbon", "energy-transition"], "statement"),
], ["이날 출범식에는 서울·인천·경기 주요 도시 자치단체장과",
    "지방 정부 협의회에 참석해 의견을 제시하고 있다=전순애 기자", "기사 메일전송"])
# fl-05 양평 2026
e = "2026-01-27"; p = "2026-01-28"; JJS = "jeon-jin-seon"
art("fl-05-erunnews.txt", "양평군수, 한강유역환경청 방문… 친환경농업인 한강수계관리기금 지원 건의", "2026-01-28T12:50:20+09:00", "김삼성", "이런뉴스", "41830", [JJS], [
 ("친환경농업인에 대한 한강수계관리기금 지원 필요성을 건의했다", N, e, ["agriculture", "water-supply"], "plan"),
 ("30여 년간 팔당상수원 수질 개선을 위한 역할을 수행해 왔다", N, p, ["agriculture", "water-supply"], "achievement"),
 ("유기농 자재를 지원할 수 있도록 기금 운용 규칙 개정을 요청했다", N, e, ["agriculture", "water-supply"], "plan"),
 ("팔당상수원 수질 개선에 대한 자부심을 갖고 오랜 기간 헌신해 왔다", JJS, e, ["agriculture", "water-supply"], "achievement"),
 ("수질 개선에 기여하는 농가가 정당한 지원을 받을 수 있도록 제도적 보완이 필요하다", JJS, e, ["agriculture", "water-supply"], "plan"),
], ["수질 개선 기여 농가에 실질적 지원 필요", "제호: 이런뉴스(e-runnews)", "김삼성 대표기자"])
# fl-06 원주 2025
p = "2025-08-20"; WGS = "won-gang-su"
art("fl-06-nspna.txt", "원주시, 공공기관 2차 이전 앞두고 ‘전면전’…혁신도시 거점화 전략 강화", "2025-08-20T11:54+09:00", "조이호", "NSP통신", "51130", [WGS], [
 ("‘혁신도시 2.0 시대’를 열기 위한 본격적인 대응에 나섰다", N, p, ["decentralization"], "plan"),
 ("이전은 단순한 지역 간 경쟁이 아니라 국가 균형발전의 생존 전략", WGS, p, ["decentralization"], "statement"),
 ("원주는 이미 준비를 마쳤다", WGS, p, ["decentralization"], "achievement"),
 ("원주시의 오랜 준비가 현실화될 가능성이 높아졌다", N, "2025-08-13", ["decentralization"], "statement"),
 ("23개 기관 유치 전략을 수립했고", N, p, ["decentralization"], "achievement"),
 ("63개 기관을 목표로 세분화된 전략을 재정비했다", N, p, ["decentralization"], "target"),
 ("1차 이전 기관들이 이미 안정적으로 정착해 있으며", N, p, ["decentralization"], "achievement"),
 ("혁신도시 정주여건 만족도 조사’에서는 전국 3위를 기록했다", N, p, ["decentralization"], "achievement"),
 ("원주시는 이 같은 인프라를 토대로 추가 기관", N, p, ["decentralization"], "plan"),
], ["원주시가 공공기관 2차 이전을 대비해 다양한 활동을 하고 있는 모습",
    "2019년부터 치밀한 준비…의료·반도체·바이오 산업 성장과 연계한 맞춤 유치전", "#원주시 #원주시청"])
# fl-07 수원 스마트도시 2025
d = "2025-11-26"
art("fl-07-asiae.txt", N, "2025-11-26", N, N, "41110", [], [
 ("'2025 스마트도시 인증 공모'에서 스마트도시 인증을 획득했다", N, d, ["smart-city"], "achievement"),
 ("3회 연속 스마트도시 인증을 획득하면서", N, d, ["smart-city"], "achievement"),
 ("2021년부터 스마트도시 인증 공모를 시행하고 있다", N, d, ["smart-city"], "statement"),
 ("종합적으로 평가해 인증을 부여한다", N, d, ["smart-city"], "statement"),
 ("교통서비스 부문에서 좋은 평가를 받았다", N, d, ["smart-city", "disaster-safety"], "achievement"),
 ("어린이들이 스마트폰을 보며 걷는 것을 방지하는 사업이다", N, d, ["disaster-safety", "smart-city"], "statement"),
 ("스마트폰에 보행안전앱을 설치하면", N, d, ["disaster-safety"], "statement"),
 ("11개 초등학교 스쿨존 내에 블루투스 단말기를 설치했다", N, d, ["disaster-safety"], "achievement"),
 ("전국에서 처음으로 자체 예산을 활용해 지능형교통체계(ITS)를 구축한 후", N, d, ["smart-city"], "achievement"),
 ("1만여 건의 교통 데이터를 실시간으로 수집·분석해", N, d, ["smart-city"], "statement"),
 ("시민이 체감하는 스마트 도시를 만들어 가겠다", N, d, ["smart-city"], "plan"),
], ["통화는 할 수 있다"])
# fl-08 삼척 청년몰 (undated)
art("fl-08-newscj.txt", N, N, "김성규", "천지일보", "42230", ["kim-yang-ho"], [
 ("창업지원과 일자리 창출을 위해 조성해오던", N, N, ["small-merchants", "startup-support", "jobs"], "achievement"),
 ("삼척 최초의 청년몰로 총사업비 30억원을 투자해", N, N, ["small-merchants"], "achievement"),
 ("20개의 청년점포를 조성했다", N, N, ["small-merchants", "startup-support"], "achievement"),
 ("150시간의 교육과정을 거쳐 선발됐다", N, N, ["small-merchants"], "achievement"),
 ("1년간 임차료 전액 지원과 임차료 감면", N, N, ["small-merchants"], "achievement"),
 ("현재 8명의 청년상인이 영업 중에 있고", N, N, ["small-merchants"], "statement"),
 ("청년몰 입점품목으로는 20개소의 식음료와", N, N, ["small-merchants"], "statement"),
 ("아이맘까페 ‘삼척SOS통통센터’, ‘노브랜드 상생스토어’, 앤라운지 등이 조성됐다", N, N, ["small-merchants", "childcare-birth"], "achievement"),
 ("강원대 삼척캠퍼스 링크사업단과 협력하", N, N, ["small-merchants"], "statement"),
], ["‘청춘海’ 내부공간 모습.(제공: 삼척시)ⓒ천지일보 2019.12.26"])
# fl-09 영월 2024
e = "2024-07-02"; CMS = "choi-myeong-seo"
art("fl-09-taptalk.txt", "최명서 영월군수 \"강원남부 거점도시, 활력 도시로 만들겠다\"", "2024-07-03T00:00:31+09:00", "이재현", "연합뉴스", "51750", [CMS], [
 ("청년 유출이 꾸준히 감소해", CMS, e, ["youth-policy"], "achievement"),
 ("한국 관광의 별 수상 등 각종 수상실적이", CMS, e, ["culture-tourism"], "achievement"),
 ("핵심 광물과 드론 인프라를 바탕으로 미래산업을 육성해", CMS, e, ["fourth-industrial-revolution"], "plan"),
 ("봉래산 명소화와 수도권 야외정원의 완성 등", CMS, e, ["culture-tourism"], "plan"),
 ("젊은이가 모여드는 활력 넘치는 강원 남부권의 중심도시로 만들겠다", CMS, e, ["youth-policy"], "plan"),
], ["강원남부 거점도시, 활력 넘치는 영월을 만들겠다",
    "지방소멸에 대응하고자 제도 개선과 인프라 구축에 힘쓰고", "영월군, 민선 8기 성과와 향후 계획 공유",
    "폐광 4개 시군 중 인구감소율 가장 낮아…6년간 성과와 계획 공유"])
for name, g in G.items():
    with open(os.path.join(D, name + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    print(name, len(g['claims']))
print('total', sum(len(g['claims']) for g in G.values()))
