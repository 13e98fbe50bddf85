"""Writes gold/*.json for set-o (hand annotation, see GOLD_NOTES.md)."""
import json
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
G = {}
S = 'song-cheol-ho'
G['o-01-iusm.txt'] = ({"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "31"}, [S], [
 C("울산의 글로벌 에너지 허브도시 육성 전략을 소개했다", S, None, ["energy-transition"], "statement"),
 C("새로운 성장 동력으로 글로벌 에너지 허브도시 육성 전략을 마련했다", S, None, ["energy-transition"], "achievement"),
 C("부유식 해상풍력을 제2의 조선해양 산업으로 육성", S, None, ["energy-transition", "future-vehicles"], "plan"),
 C("실증단지 기술개발 및 실증 프로젝트, 클러스터 조성 및 수출산업화를 추진하기로 했다", S, None, ["energy-transition"], "plan"),
 C("민자유치를 통한 풍력단지 상업운영 추진과 GW급 부유식 풍력단지를 확산시키기로 했다", None, None, ["energy-transition", "investment-attraction"], "plan"),
 C("수소차 생산을 확대하고 수소전문 기업 및 부품산업을 육성하며", None, None, ["energy-transition", "future-vehicles"], "plan"),
 C("수소 충전 및 공급망을 구축하고 수소 융복합밸리를 구축하겠다는 계획도 밝혔다", None, None, ["energy-transition"], "plan"),
], ["수소전지차 넥쏘를 둘러보고 있다", "에너지허브 구축을 위해서는 LNG 저장시"])
W = 'won-hee-ryong'
G['o-02-headlinejeju.txt'] = ({"headline": "원희룡 지사, 카이스트 대상 '탄소없는 섬 제주 정책' 특강", "published": None, "reporter": None, "outlet": None, "jurisdiction": "50"}, [W], [
 C("'녹색성장 글로벌 모델도시'를 목표로 하는 '카본프리 아일랜드 2030 정책'에 대해 특강에 나섰다", W, None, ["climate-carbon"], "statement"),
 C("제주가 가진 테스트베드로써의 역할을 강조하며 성공배경으로", W, None, ["climate-carbon", "future-vehicles", "energy-transition", "investment-attraction"], "achievement"),
 C("전기차 정책에서도 개인의 인센티브에서 사회적 인센티브로", W, None, ["future-vehicles"], "plan"),
], ["전기차 보급 활성화를 위한 경제성 외 다른 인센티브 정책", "궁극적으로 전기자동차를 자율주행자동차로 연결시켜"])
K = 'gwon-sun-taek'; D = '2015-12-02'
G['o-03-ccnnews.txt'] = ({"headline": "권선택 시장, \"이제는 도시철도 2호선 트램 적극 홍보할 때\"", "published": "2015-12-02", "reporter": "조홍기", "outlet": None, "jurisdiction": "30"}, [K], [
 C("이런 사업은 경제적, 사회적으로 미칠 영향을 파악해", K, D, ["public-transit"], "plan"),
 C("내용을 잘 모르는 시민들 속으로 파고들 수 있는 체감적이고 입체적인 홍보전략을 강화해 달라", K, D, ["public-transit"], "plan"),
 C("행복경제 1·2·3, 일자리정책, 산업활동 지원 등 많은 노력을 해서 두드러진 성과를 얻었다", K, D, ["jobs"], "achievement"),
 C("대전으로 오는 기업에 대해 과감한 인센티브 전략을 구사해", K, D, ["investment-attraction"], "plan"),
], ["2일 확대간부회의서 올해 주요현안사업 해결 강조", "한 달에 1건 이상의 사업이 해결됐는데", "자족성과 주거만족도 높기 때문에", "구단주로서 책임을 느끼고"])
O = 'oh-keo-don'; D = '2019-02-01'
G['o-04-shinailbo.txt'] = ({"headline": "오거돈 부산시장 김해공항 방문…귀항인사", "published": "2019-02-02T12:28+09:00", "reporter": "김삼태", "outlet": "신아일보", "jurisdiction": "26"}, [O], [
 C("동남권 관문공항 건설 필요성을 역설하며 대시민 홍보 캠페인을 벌였다", O, D, ["airport-relocation"], "statement"),
 C("이것이야말로 동남권 관문공항 건설의 명백한 당위성", O, D, ["airport-relocation"], "statement"),
 C("부산시 신공항추진본부 직원들은 현장에서 동남권 관문공항 홍보물을 배포하는 등", None, D, ["airport-relocation"], "statement"),
 C("반드시 동남권 관문공항을 건설해 시민들께서", O, D, ["airport-relocation"], "plan"),
], ["동남권 관문공항건설 관철 다짐", "공항 시설 개선은 따라가지 못하고 있는 것이 현실", "공항 건설에 대한 의지를 담은 구호 제창", "인천공항이나 김포공항을 경유해 해외로 나가는 분들", "연간 국제선 이용객 1000만명을 달성했다"])
L = 'lee-cheol-u'
G['o-05-businesspost.txt'] = ({"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "47"}, [L], [
 C("대구경북 통합신공항을 차질 없이 진행해 경북도의 발전방안을 마련한다", L, None, ["airport-relocation"], "plan"),
 C("통합신공항 유치만이 이를 해결할 수 있다", L, None, ["airport-relocation"], "statement"),
 C("대구의 군공항과 민간공항을 묶어 경북지역으로 이전하는 사업을 말한다", None, None, ["airport-relocation"], "statement"),
 C("2곳이 이전 후보지로 선정돼 최종 부지 확정절차를 진행하고 있다", None, None, ["airport-relocation"], "statement"),
 C("공항이 있어야 관광 활성화, 기업과 산업 유치가 가능한 만큼", L, None, ["airport-relocation", "culture-tourism", "investment-attraction"], "plan"),
 C("통합신공항을 위해 대구경북이 함께 손을 잡고 힘을 쏟고 있다", L, None, ["airport-relocation"], "statement"),
 C("이제 부지 선정단계만 남은 만큼 잘 해결될 것으로 믿는다", L, None, ["airport-relocation"], "statement"),
 C("관광산업 활성화 등 경북도의 경제를 개선할 방안을 제시했다", None, None, ["culture-tourism"], "plan"),
 C("수출실적이 떨어지는 현상을 관광산업 활성화로 극복하고 있다", L, None, ["culture-tourism"], "statement"),
 C("관광 활성화를 위해서도 근본적으로 공항이 필요하다", L, None, ["culture-tourism", "airport-relocation"], "statement"),
], ["세계로 열린 ‘하늘 문’이 없었기 때문", "기자들의 질문에 대답하고 있다", "우리 공항 없이 다른 지역에 아무리 공항을 잘 만들어놔도", "해외에 진출한 기업을 잘 활용해", "청년 일자리"])
Y = 'yoo-jeong-bok'
G['o-06-ajunews.txt'] = ({"headline": "유정복, \"인천이 국제공항과 광역 교통망이 연결되는 대한민국 초 연결 도시 될 것\"", "published": None, "reporter": None, "outlet": None, "jurisdiction": "28"}, [Y], [
 C("수도권 동서축을 잇는 GTX 노선 확충으로 인천은", Y, None, ["public-transit"], "statement"),
 C("실무협의회와 공론화 지원단을 운영해 자원순환센터 확충에 차질이 없도록 준비하겠다", Y, None, ["citizen-participation"], "plan"),
 C("GTX-D(Y) · E 노선은 이제 인천에서 출발한다", Y, None, ["public-transit"], "statement"),
 C("국토교통부는 오늘 GTX-D Y자 노선", Y, None, ["public-transit"], "achievement"),
 C("강남 삼성까지 검단·청라에서는 약 30분", Y, None, ["public-transit"], "statement"),
], ["자원순환센터 확충 정상화와 GTX-D(Y)·E 노선 확정 사항에 대해 기자회견을 했다", "소각되지 않은 쓰레기에 대한 직매립 금지로"])
G_ = 'kang-gi-jung'
G['o-07-news1.txt'] = ({"headline": "강기정 광주시장 '군공항 이전·도시철도·AI' 중점 추진", "published": None, "reporter": "박준배", "outlet": "뉴스1", "jurisdiction": "29"}, [G_], [
 C("민군 통합공항 이전과 도시철도 2호선 건설, 인공지능(AI) 선도 도시 조성에 총력을 기울이겠다고 밝혔다", G_, None, ["airport-relocation", "public-transit", "fourth-industrial-revolution"], "plan"),
 C("광주시가 조례 제정을 통해 이를 제도적으로 보장할 계획", G_, None, ["airport-relocation"], "plan"),
 C("실제 전투기를 무안공항에 띄워보자는 제안은 이전에 있었지만 성사되지 못했다", G_, None, ["airport-relocation"], "statement"),
 C("향후 국방부가 무안군의 동의를 받아서 공항 공사와 협의하면", G_, None, ["airport-relocation"], "statement"),
 C("군 공항 이전 반경과 소음 범위 등에 대한 검증은 이미", G_, None, ["airport-relocation"], "achievement"),
 C("당초 약속했던 도로포장 완료 시기인 10월에서 12월로 두 달 연기된다", G_, None, ["public-transit"], "statement"),
], ["군공항 신뢰회복 전력", "AX실증밸리 예타면제", "민선 8기 3주년 기자회견을 하고 있다", "시 핵심 현안에 대해 허심탄회하게 의견을 나눴다", "'6자 협의 TF'를 구성하는 성과를 거뒀다", "국가 주도의 실질적 논의 기반을 마련하게 됐다", "백운광장(4공구)과 운천저수지(2"])
P = 'kwon-young-jin'
G['o-08-kbmaeil.txt'] = ({"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "27"}, [P], [
 C("지역에 유치한 한국 물기술인증원을 세계 3대 인증기관으로 육성하겠다", P, None, ["water-industry"], "plan"),
 C("물기술 인증·해외시장 진출을 동시에 달성하기 위한 협업을 해 나가겠다", P, None, ["water-industry"], "plan"),
 C("싱가포르 공공시설청과 함께 세계 3대 인증기관으로 키워야", P, None, ["water-industry"], "plan"),
 C("좋은 기업 60개 유치가 목표이지만", P, None, ["water-industry", "investment-attraction"], "target"),
 C("전체적인 플랫폼 사업을 할 수 있는 기업을 1∼2개 유치하고", P, None, ["water-industry", "investment-attraction"], "plan"),
 C("임기 내 2단계 국가 물산업 클러스터 조성사업을 경북도와 협력사업으로 진행하겠다", P, None, ["water-industry"], "plan"),
 C("일자리 창출 5천∼1만개가 목표이며", P, None, ["water-industry", "jobs"], "target"),
 C("물 기업 분포는 수도권이나 지방이 별 차이 없고", P, None, ["water-industry"], "statement"),
], ["기업 비용·시간 낭비 없게 할 것", "권영진 시장 기자실 찾아 발표", "최근 예비타당성 조사가 면"])
E = 'eun-su-mi'
G['o-09-ajunews.txt'] = ({"headline": None, "published": None, "reporter": None, "outlet": None, "jurisdiction": "41130"}, [E], [
 C("편의·복지시설 증진을 위한 시설물 속속 오픈, 전국 최상위 규모답게 지역화폐 미래 제시", E, None, ["disaster-safety", "welfare", "small-merchants", "urban-regeneration"], "plan"),
 C("배출가스 5등급 노후 경유차 1만9000대를 연말까지 모두 없애고", None, None, ["fine-dust"], "target"),
 C("성남형 버스 준공영제 확대로 출퇴근 시민들의 대중교통 여건을 더욱 개선해", None, None, ["public-transit", "education", "fourth-industrial-revolution", "youth-policy"], "plan"),
], ["시정을 잘 꾸려올 수 있었다", "대한민국에서 제일 먼저 미래를 볼 수 있는 창조도시 성"])
for f, (meta, offs, claims, nots) in G.items():
    json.dump({"article": f, "metadata": meta, "officials": offs, "claims": claims, "not_claims": nots},
              open('gold/' + f + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(sum(len(v[2]) for v in G.values()), 'claims')
