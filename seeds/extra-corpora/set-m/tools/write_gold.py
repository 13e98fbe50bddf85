"""Writes gold/*.json for set-m (hand annotation; see GOLD_NOTES.md)."""
import json
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
G = []
LC = 'lee-choon-hee'; D1 = '2019-05-23'
G.append(dict(article='m-01-jeonmae.txt',
  metadata=dict(headline='‘세종형 스마트시티’ 본격 추진', published='2019-05-23T17:15+09:00', reporter='유양준', outlet='전국매일신문', jurisdiction='36'),
  officials=[LC], claims=[
    C('구도심 도시재생에 스마트시티를 접목하는 방안을 검토하겠다', LC, D1, ['smart-city', 'urban-regeneration'], 'plan'),
    C('5-1생활권 국가시범도시 사업에 적극 협력·공조하겠다', LC, D1, ['smart-city'], 'plan'),
    C('유럽 도시들의 스마트시티 사업은 대부분 도시재생과 연계된 게 특징', LC, D1, ['smart-city', 'urban-regeneration'], 'statement'),
    C('옛 공장을 활용해 도서관이나 창업공간을 만들고', LC, D1, ['smart-city', 'urban-regeneration'], 'statement'),
    C('기존 스마트시티 담당을 관련 업무를 총괄할 스마트도시과로 확대·개편해', LC, D1, ['smart-city'], 'plan'),
    C('스마트시티 사업을 적극적으로 챙겨나가겠다', LC, D1, ['smart-city'], 'plan'),
    C('스마트시티는 무한한 가능성이 열려 있는 미지의 세계로', LC, D1, ['smart-city'], 'statement'),
    C('충분히 경쟁력도 확보하고 세계시장을 선도할 수 있다', LC, D1, ['smart-city'], 'statement'),
  ], not_claims=['스마트시티 담당→스마트도시과’로 확대 개편…업무 총괄', '정부는 지난']))
KD = 'kim-don-gon'; D2 = '2020-11-26'
G.append(dict(article='m-02-cymedia.txt',
  metadata=dict(headline='청양군, 내년 ‘청양청년의 해’ 선포 – 청년층 지원 강화', published='2020-11-26T13:41+09:00', reporter='최택환', outlet=None, jurisdiction='44790'),
  officials=[KD], claims=[
    C('18세부터 45세에 이르는 청년층에 일자리 제공과 결혼․출산․양육․보육 등 전방위적인 지원을 해 나아가기로 했다', None, D2, ['youth-policy', 'jobs', 'childcare-birth'], 'plan'),
    C('이 같은 내용을 골자로 한 군정 방향을 제시했다', KD, D2, ['youth-policy', 'jobs', 'childcare-birth'], 'plan'),
    C('저출산 고령화와 청년층 이탈 등 비정상적인 인구구조를 개선하지 않으면', KD, D2, ['childcare-birth'], 'statement'),
    C('청년층의 군정 참여 확대, 수요조사를 통한 정책개발과 일자리 제공에 적극적으로 나설 계획', KD, D2, ['youth-policy', 'jobs'], 'plan'),
    C('오는 12월 청년 정책위원회를 구성하고', None, D2, ['youth-policy'], 'plan'),
  ], not_claims=['김 군수, 군정 브리핑에서 ‘비정상 인구구조 개선책’ 밝혀', '청년층 일자리, 결혼, 출산, 보육과 교육 등 획기적 방안 마련', '올해 시작한 셰어하우스를 계속 운영하고']))
LJ = 'lee-jae-myung'; D3 = '2020-11-05'
G.append(dict(article='m-03-asiae.txt',
  metadata=dict(headline=None, published='2020-11', reporter='이영규', outlet='아시아경제', jurisdiction='41'),
  officials=[LJ], claims=[
    C('수소산업 지원을 통해 지속 가능한 발전을 이끌겠다고 밝혔다', LJ, D3, ['energy-transition', 'climate-carbon'], 'plan'),
    C('이대로라면 기후 위기로 모두 공멸하고 말 것', LJ, D3, ['climate-carbon'], 'statement'),
    C('미래를 위한 새로운 대안으로 수소에너지가 떠오르고 있다', LJ, D3, ['energy-transition'], 'statement'),
    C('국내 수소산업 생태계 조성에 기여해 대한민국의 에너지 패러다임을 바꾸는 계기가 되길 바란다', LJ, D3, ['energy-transition'], 'statement'),
    C('경기도는 수소산업 육성을 지원해 기후위기에 대응하고', LJ, D3, ['energy-transition', 'climate-carbon'], 'plan'),
    C('수소에너지를 통한 에너지전환 실현 방안 모색을 위해 마련했다', None, D3, ['energy-transition'], 'statement'),
  ], not_claims=['산업혁명 이래로 급속한 발전에 비례해 환경오염이 심각해지고 있다', "'수소경제, 미래를 생각하다'라는 주제로 열린 이번 포럼은"]))
AS = 'ahn-seung-nam'
G.append(dict(article='m-04-ajunews.txt',
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction='41310'),
  officials=[AS], claims=[
    C('미세먼지를 줄이기 위한 정책을 발굴하고, 다양한 의견을 수렴하는 대책위원회를 구성했다', None, None, ['fine-dust'], 'achievement'),
    C('시는 제1회 미세먼지 대응 대책위원회를 구성하고', None, None, ['fine-dust'], 'achievement'),
    C('시가 추진한 미세먼지 저감 종합대책 및 추진계획을 평가, 자문한다', None, None, ['fine-dust'], 'statement'),
    C('의제 발굴에서 심의·의결·평가에 이르기까지 전 과정에 주도적으로 참여한다', None, None, ['fine-dust'], 'statement'),
    C('미세먼지 저감 홍보와 시민 교육 프로그램 강화 방안도 마련한다', None, None, ['fine-dust'], 'plan'),
    C('미세먼지 저감 우수기관으로 선정되는 등 미세먼지 저감을 위한 실천을 하고 있다', AS, None, ['fine-dust'], 'achievement'),
    C('좀 더 체계적이고 장기적인 부분까지 촘촘하게 준비할 수 있는 계기가 됐다', AS, None, ['fine-dust'], 'statement'),
    C('미세먼지는 내 문제, 가족 문제 넓게는 구리시민의 문제로', AS, None, ['fine-dust'], 'plan'),
  ], not_claims=['위원들과 기념촬영을 하고 있다', '시 수돗물 수질평가위원회 위원장으로 활동 중인 최무웅 이학박사를 선출했다']))
SB = 'son-byeong-bok'; D5 = '2024-01-16'
G.append(dict(article='m-05-newswin.txt',
  metadata=dict(headline='손병복 울진군수 신년기자 간담회 개최 "지방소멸위기 극복 과감한 혁신" 발표', published='2024-01-17', reporter=None, outlet=None, jurisdiction='47930'),
  officials=[SB], claims=[
    C('원자력과 수소를 중심으로 한 신성장동력 확보, 체류형 관광 기반 구축을 통한 관광 1000만 시대', SB, D5, ['energy-transition', 'culture-tourism', 'agriculture', 'welfare'], 'plan'),
    C('맞춤형 정책을 통한 사람 중심의 감동 주는 복지 실천', SB, D5, ['welfare'], 'plan'),
    C('원자력수소 국가산단으로 직접 공급 될 수 있도록 제도적 기반이 반드시 필요하다', SB, D5, ['energy-transition'], 'plan'),
  ], not_claims=['지방소멸의 위기를 극복하기 위해서는 과감한 혁신이 필요하다며', '군민 모두가 잘 사는 울진을 만들기 위한 본격적인 실천의 해', '확인되지 않은 정보로 군민들이 흔들리지 않도록']))
GI = 'gu-in-mo'
G.append(dict(article='m-06-pressian.txt',
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction='48880'),
  officials=[GI], claims=[
    C('지난 8월 문화예술인의 집 매각 결정, 거창국제연극제 상표권 매입 협의와 정상화 노력', GI, None, ['culture-tourism'], 'achievement'),
    C('전략적 기업유치 소상공인 육성을 위한 연간 10억 원 규모 지역화폐 발행', GI, None, ['culture-tourism', 'investment-attraction', 'small-merchants', 'jobs', 'youth-policy'], 'plan'),
    C('농업인월급제 시범시행으로 농가소득 1억 원 목표 부자농촌 기반구축을', GI, None, ['agriculture', 'urban-regeneration', 'disaster-safety', 'public-transit'], 'plan'),
    C('동서남북 5대 관광벨트 조성과 미래세대 육성을 위한 명품교육도시 육성을 꼽으며', GI, None, ['culture-tourism', 'education'], 'plan'),
  ], not_claims=['2018년도 송년 기자간담회를 가졌다', '민선 7기 군정목표인 소통행정 실현과 취임 후 군정성과와 2019년도 군정방향을 설명하는']))
PW = 'park-wan-su'
G.append(dict(article='m-07-ichannela.txt',
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction='48'),
  officials=[PW], claims=[
    C('수도권이 아닌 영남권 기업들을 대상으론 이번이 처음입니다', None, None, ['investment-attraction'], 'statement'),
    C('15개 기업과 투자유치 협약을 체결했습니다', None, None, ['investment-attraction'], 'achievement'),
    C('2,055명의 신규 일자리도 창출될 예정입니다', None, None, ['investment-attraction', 'jobs'], 'statement'),
    C('기업과 투자유치는 지역 경제 가장 중요한 기본', PW, None, ['investment-attraction'], 'statement'),
    C('해외 기업 유치까지 최선을 다하겠다', PW, None, ['investment-attraction'], 'plan'),
    C('올해 들어 70개 기업과 6조 1,707억 원 투자 유치 실적을 기록했습니다', None, None, ['investment-attraction'], 'achievement'),
  ], not_claims=["'2023 경상남도 투자유치 로드쇼'를 개최했습니다"]))
HS = 'ha-seung-cheol'
G.append(dict(article='m-08-pressian.txt',
  metadata=dict(headline=None, published=None, reporter=None, outlet=None, jurisdiction='48850'),
  officials=[HS], claims=[
    C('2023년을 청년정책 추진 원년으로 선포하고 나섰다', None, None, ['youth-policy', 'jobs'], 'plan'),
    C('5개 부문 31개 사업에 총 148억 원의 사업비를 투입할 계획이다', None, None, ['youth-policy', 'jobs'], 'plan'),
    C('일자리 부문에 41억 원을 투입해 청년의 안정적 사회 진출을 도모할 12개 사업을 추진한다', None, None, ['jobs', 'youth-policy'], 'plan'),
    C('청년정책 컨트롤타워 역할을 할 청년정책담당부서를 신설해', None, None, ['youth-policy'], 'achievement'),
    C('대한민국 모든 청년이 체감할 수 있는 청년정책을 준비하고 실행하는데 최선을 다하겠다', HS, None, ['youth-policy'], 'plan'),
  ], not_claims=[]))
YS = 'yu-seong-hun'
G.append(dict(article='m-09-slnews.txt',
  metadata=dict(headline='금천구, 소상공인‧자영업자를 위한 골목시장 홍보 지원', published='2020-06-19T10:01+09:00', reporter=None, outlet='서울로컬뉴스', jurisdiction='11545'),
  officials=[YS], claims=[
    C('전통시장 소상공인과 자영업자 지원에 발 벗고 나섰다고 19일 밝혔다', None, '2020-06-19', ['small-merchants'], 'statement'),
    C('지난 12일과 16일 오후 3시부터 지역 6개 전통시장 및 상점가를 찾아', None, '2020-06-12', ['small-merchants'], 'statement'),
    C('6개 전통시장 점포를 일일이 방문하며', None, '2020-06-12', ['small-merchants'], 'statement'),
    C('소상공인 지원 사업들이 현장에 잘 적용되고 있는지 직접 점검했다', None, '2020-06-12', ['small-merchants'], 'statement'),
    C('코로나19 예방을 위해 철저한 방역조치를 당부하며', None, '2020-06-12', ['public-health'], 'statement'),
    C('구청에서 지원 사업을 전부 모아 안내해줘서 큰 힘이 되었다', None, '2020-06-12', ['small-merchants'], 'statement', '고창용'),
  ], not_claims=['각 점포를 돌며 코로나19 대응 소상공인 지원 사업을 안내하고 있다 / 금천구', '정성껏 안내해 준 유성훈 구청장께도 정말 감사하다', '코로나19 대응 소상공인 지원 사업이 조금이나마 소상공인']))
OY = 'oh-young-hun'
G.append(dict(article='m-10-jibs.txt',
  metadata=dict(headline='吳 "그린수소 등 현안사업.. 미래 아닌 현재 민생대책"', published=None, reporter='안수경', outlet='제주방송', jurisdiction='50'),
  officials=[OY], claims=[
    C('그린수소 정책은 단순한 수소 경제가 아니라 제주가 당면한 에너지 문제를 해결하기 위한 핵심 전략이라고 강조했습니다', OY, None, ['energy-transition'], 'statement'),
    C('수소를 통한 에너지 전환으로 출력제한 문제를 해결하고', OY, None, ['energy-transition'], 'statement'),
  ], not_claims=['도정 현안 사업에 대해 실질적 성과를 강조하고']))
for g in G:
    json.dump(g, open('gold/' + g['article'] + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G), sum(len(g['claims']) for g in G))
