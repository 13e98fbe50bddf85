# Writes gold/*.json for set-nj (hand annotation; see GOLD_NOTES.md).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.join(HERE, '..', 'gold')
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
G = {}
W = 'won-hee-ryong'; d = '2015-03-06'
G['nj-01-newstomato.txt'] = dict(
 metadata=dict(headline='제주도, 전기차 보급 실천계획 내놓는다', published='2015-03-06T14:57+09:00', reporter='임애신', outlet='뉴스토마토', jurisdiction='50'),
 officials=[W],
 claims=[
  C('한걸음 더 나아가 전기차 보급을 위한 구체적인 실천계획을 발표한다', None, d, ['future-vehicles'], 'plan'),
  C('전기차 보급에 대한 야심찬 계획을 제시하는 순간 대책도 함께 마련돼야 전문가들이 믿을 수 있을 것', W, d, ['future-vehicles'], 'statement'),
  C("제주는 '2030 카폰프리 아이랜드' 실현을 통해 도내 전 차량을 전기차로 대체하는 장기플랜을 세웠다", W, d, ['climate-carbon', 'future-vehicles'], 'plan'),
  C('지난해부터 현재까지 852대의 전기차가 보급됐고, 올해 말에는 3000대에 육박할 것', W, d, ['future-vehicles'], 'achievement'),
  C('제주도가 전기차 메카가 되기 위해서는 올해가 골든타임이라고 생각한다', W, d, ['future-vehicles'], 'statement'),
  C('올해는 전기차 배터리 리스, 충전기 구축 사업 등 정부와의 민간협력을 통해 전기차를 확대하고 보급모델을 만들어 나가겠다', W, d, ['future-vehicles'], 'plan'),
  C('원 지사는 오는 5월 제주도의 전기차 관련 종합실천계획을 발표할 예정이다', None, d, ['future-vehicles'], 'plan'),
  C('전기차 보급 확대에 대한 제주도의 의지를 글로벌 시장에 확고히 보낼 필요가 있다는 판단에서다', None, d, ['future-vehicles'], 'statement'),
  C('전기차 3만5000대 시장을 빨리 만들 수 있을 지, 급속충전 인프라 설치 속도를 앞당길 수 있을 지', W, d, ['future-vehicles'], 'statement'),
 ],
 not_claims=['제주도, 전기차 보급 실천계획 내놓는다', '(왼쪽부터)원희룡 제주도지사, 김대환 국제전기자동차엑스포조직위원장', '글로벌 전기차 시장의 경쟁속도가 빨라졌다'])
d = '2024-12-11'; P = ['public-transit']
G['nj-02-breaknews.txt'] = dict(
 metadata=dict(headline='대전도시철도 2호선‘트램’28년 만에 첫 삽...2028년 말 개통', published='2024-12-11T13:38+09:00', reporter='김정환', outlet=None, jurisdiction='30'),
 officials=['lee-jang-woo'],
 claims=[
  C('대전시의 최대 숙원사업인 도시철도 2호선 트램 건설이 28년 만에 첫 삽을 떴다', None, d, P, 'achievement'),
  C('유등교 상류 둔치에서 대전 트램 건설공사 착공식을 개최했다', None, d, P, 'achievement'),
  C('대전 도시철도 2호선은 총연장 38.8km로', None, d, P, 'statement'),
  C('총사업비는 1조 5069억 원이 투입될 예정이다', None, d, P, 'statement'),
  C('토목건축 공사는 지역 건설업체의 참여를 확대하기 위해 15개 공구로 나누어 추진되며', None, d, P, 'statement'),
  C('나머지 공구에 대한 발주와 업체 선정은 내년 상반기까지 마무리될 예정이다', None, d, P, 'plan'),
  C('2028년 말 개통을 목표로 하고 있다', None, d, P, 'plan'),
  C('수소트램의 디자인 초안이 최초로 공개되었으며', None, d, P, 'statement'),
  C('수소트램의 최종 디자인은 전문가 자문과 2차 시민 선호도 조사, 공공디자인 심의를 거쳐 내년 2월에 확정될 예정이다', None, d, P, 'plan'),
 ],
 not_claims=['총연장 38.8㎞, 정거장 45개소, 총사업비 1조 5069억 원', '대전 도시철도 2호선 트램 건설공사 착공식 사진(이장우 대전시장)', '또한, 유등교의 디자인도 공개되었다', '유등교는 대전 3대 하천을 상징하는 3경'])
d = '2025-09-21'; CB = ['childcare-birth']
G['nj-03-dailycc.txt'] = dict(
 metadata=dict(headline='충남도, 저출생 극복 선도 정책…합계출산율 증가', published='2025-09-21T15:35+09:00', reporter='강이나', outlet='충청신문', jurisdiction='44'),
 officials=[],
 claims=[
  C('강이나 기자 = 충남도가 아이를 낳으면 성인이 될 때까지 책임지는 충남 구현을 목표로', None, d, CB, 'achievement'),
  C('지난해 충남 출생아 수가 1만 명을 회복했으며, 올해 1분기 합계출산율은 0.96명이다', None, d, CB, 'achievement'),
  C('통계청 인구 동향에서 지난해 합계출산율은 0.88명으로', None, d, CB, 'achievement'),
  C('도는 저출생 문제를 해결하고자 지난해부터', None, d, CB, 'statement'),
  C('‘힘쎈충남 마을돌봄터’를 전 시군에 조성했다', None, d, ['childcare-birth', 'welfare'], 'achievement'),
  C('통합 플랫폼 ‘아이충남’도 운영 중이다', None, d, ['childcare-birth', 'welfare'], 'statement'),
  C('신혼·출산 가구의 주거 안정을 위한 기관 추천 특별공급 비율을 기존 60%에서 100%로 확대한 바 있다', None, d, ['housing', 'childcare-birth'], 'achievement'),
 ],
 not_claims=['지난해 충남 출생아 수 1만명 회복 및 올해 1분기 합계출산율 0.96명 증가세', '▲ 충남도가 아이를 낳으면', '이를 통해 지난해 10월 도시리브투게더 첫 사업'])
K = 'kim-yung-hwan'
G['nj-04-newspim.txt'] = dict(
 metadata=dict(headline=None, published=None, reporter='백운학', outlet='뉴스핌', jurisdiction='43'),
 officials=[K],
 claims=[
  C('오송은 30여 년간 바이오를 집중 육성해 온 대한민국 바이오의 중심으로', K, None, ['medical-industry'], 'achievement'),
  C('앞으로 추진할 K-바이오 스퀘어, AI·바이오영재고, 국제학교 등을 통해 충북 미래 100년을 견인해 나갈수 있도록 지원하겠다', K, None, ['medical-industry', 'education'], 'plan'),
 ],
 not_claims=['충북도는 24일 오송 C&V센터에서 제107회 오송 CEO포럼을 개최했다', '바이오 산업 동향과 협력 방안을 논의했다', '정부의 바이오 지원정책과 국내외 바이오 산업 동향을 소개했다'])
G['nj-05-ilyo.txt'] = dict(
 metadata=dict(headline=None, published=None, reporter='육군영', outlet='일요신문', jurisdiction='36'),
 officials=['lee-choon-hee'],
 claims=[
  C('지역주도형 청년일자리사업에 선정된 5개 사업에 21억원을 편성했다고 밝혔다', None, None, ['jobs', 'youth-policy'], 'achievement'),
  C('원스톱 창업빌 조성에 9억원을 비롯해', None, None, ['startup-support', 'youth-policy', 'agriculture'], 'plan'),
  C('세종 일자리창출 코디네이팅 사업이 선정됐다', None, None, ['jobs', 'youth-policy', 'startup-support'], 'achievement'),
 ],
 not_claims=['이춘희 세종 시장이 브리핑을 진행하고 있다', '사업의 타당성 등을 꼼꼼히 살펴 예산을 편성하였다', '시민의 소중한 세금을 허투루 쓰지 않도록 노력하겠다'])
d = '2025-07-21'
G['nj-06-wikitree.txt'] = dict(
 metadata=dict(headline='광주시, 대중교통 혁신회의 출범…시민 중심 버스정책 본격 논의', published='2025-07-21T17:19+09:00', reporter='노해섭', outlet='위키트리', jurisdiction='29'),
 officials=['kang-gi-jung'],
 claims=[
  C('‘대중교통 혁신회의’ 첫 회의를 개최하며, 시민 이동권 강화와 버스 시스템 혁신에 본격 착수했다', None, d, ['public-transit'], 'achievement'),
  C('혁신회의는 시청, 시의회, 버스운송조합, 버스노동조합, 전문가 등 20여 명이 참여하는 교통 분야 협의체다', None, d, ['public-transit'], 'statement'),
  C('앞으로 노사상생, 재정혁신, 노선혁신, 버스행정 등 4개 분과로 나눠', None, d, ['public-transit', 'labor-relations'], 'plan'),
  C('분과별로 임금체계 개선, 준공영제 운영 효율화, 요금 현실화, 노선 개편, 버스전용차로 도입 등', None, d, ['public-transit'], 'plan'),
  C('20년 시행된 준공영제 전면 재점검과 함께, 시민과 버스업계 모두가 만족하는 합리적 개선안을 신속히 도출하겠다', 'kang-gi-jung', d, ['public-transit'], 'plan'),
 ],
 not_claims=['광주시, 대중교통 혁신회의 출범…시민 중심 버스정책 본격 논의', '노사민정 협의체로 지속가능 버스체계 추진', '버스 준공영제 개선 논의…요금‧노선‧서비스까지 아우른다'])
J = 'kim-jong-sik'; CT = ['culture-tourism']
G['nj-07-hankyung.txt'] = dict(
 metadata=dict(headline='김종식 목포시장 "목포 브랜드 가치와 위상 크게 높아졌다"', published=None, reporter='임동률', outlet=None, jurisdiction='46110'),
 officials=[J],
 claims=[
  C("맛의 도시 선포로 이제는 '맛'하면 '목포'로 통한다", J, None, CT, 'achievement'),
  C('국제슬로시티연맹 가입에 성공했다', J, None, CT, 'achievement'),
  C('근대역사문화도시 목포는 또 하나의 수준높은 도시 브랜드를 갖게 된 것', J, None, CT, 'achievement'),
  C('달리도항과 외달도 어망촌항의 어촌뉴딜300 사업 선정', J, None, ['agriculture'], 'achievement'),
  C('목포를 서남권 관광거점도시로 도약시키겠다', J, None, CT, 'plan'),
  C('해상케이블카 및 연계 관광인프라 확충, 목포만의 차별화된 슬로시티 조성', J, None, CT, 'plan'),
  C('견실한 기업유치와 일자리 창출, 관광산업 활성화로 지역경제에 활기를 불어넣겠다', J, None, ['investment-attraction', 'jobs', 'culture-tourism'], 'plan'),
  C('대양산단 분양에 총력을 기울이고, 미래를 위한 성장동력산업도 육성해 서남권 신재생에너지 중심도시 기반을 만들겠다', J, None, ['investment-attraction', 'energy-transition'], 'plan'),
 ],
 not_claims=['지난 1년간 목포의 브랜드 가치와 위상이 크게 높아졌다', '이제부터는 시민들이 체감할 수 있는 목포의 직접적인 변화를 만들어 가겠다', '5467억원의 국고예산을 확보하면서 예산 1조원 시대를 열었다', '목포의 변화와 도약은 이미 시작됐다', '평화경제의 중심, 위대한 목포시대를 완성하자'])
d = '2019-01-02'
G['nj-08-domin.txt'] = dict(
 metadata=dict(headline='익산시, 저출산 극복 종합계획 수립', published='2019-01-02T16:23+09:00', reporter='김현주', outlet=None, jurisdiction='45140'),
 officials=[],
 claims=[
  C('저출산 극복을 위한 종합적인 계획을 수립해 시민들에게 다양한 지원을 펼칠 계획이다', None, d, CB, 'plan'),
  C('올해 새롭게 백일(돌)상 대여비 지원사업을 추진한다', None, d, CB, 'plan'),
  C('‘아이조아카드’ 가맹점을 확대한다', None, d, CB, 'plan'),
  C('올해는 10개소 이상 추가 확대해 다자녀 가정의 양육비를 경감시킬 예정이다', None, d, CB, 'target'),
  C('맞춤형 돌봄 서비스인 다함께 돌봄사업을 확대한다', None, d, ['childcare-birth', 'welfare'], 'plan'),
  C('올해는 2개소를 확대해 방과 후 초등학생들의 안전과 부모의 육아부담을 덜어줄 예정이다', None, d, ['childcare-birth', 'welfare'], 'target'),
  C('저출산 극복을 위한 시민들의 인식개선 캠페인을 진행하고', None, d, CB, 'plan'),
 ],
 not_claims=['익산시, 저출산 극복 종합계획 수립', '시는 여성과 아이가 행복한 익산을 만들기 위해 열정적인 사업 추진과 시민들을 위한 국가예산 확보 등 안팎으로 노력하고 있다', '지난해부터 운영하고 있는 야간 시간제 초등 돌봄 서비스 이용료도 시'])
G['nj-09-newspim.txt'] = dict(
 metadata=dict(headline='고흥군 "귀향귀촌 3000호 유치" 총력…가수 남진도 등록', published='2019-04-04T14:05+09:00', reporter='강성대', outlet='뉴스핌', jurisdiction='46770'),
 officials=['song-gwi-geun'],
 claims=[
  C('모두가 한마음으로 인구늘리기와 귀향귀촌 3000호 달성에 앞장서기로 다짐했다', None, '2019-04-03', ['agriculture'], 'target'),
 ],
 not_claims=['국민 가수 남진이 고흥군 예비 귀촌인으로 자리를 함께했다', '고흥귀촌 3천호 퍼포먼스 참여자 송귀근 고흥군수', '선도 귀향․귀촌인 사례발표 순으로 진행됐다', '송귀근 군수는 가수 남진 씨에게 귀촌', '전국을 다녀 봤지만 고흥만큼 살기 좋은 곳이 없다', '성공사례를 발표'])
for name, g in G.items():
    doc = {"article": name, **g}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=1); f.write('\n')
print(len(G), sum(len(g['claims']) for g in G.values()))
