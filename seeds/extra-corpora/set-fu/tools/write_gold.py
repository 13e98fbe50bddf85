# Writes gold/<article>.json for set-fu from the compact tables below (hand annotation).
import json, os
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def C(q, sp, d, pol, k): return {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
G = {}
KD='kim-doo-gyeom'; d1='2026-01-26'
G['fu-01-ohmynews.txt'] = dict(meta=dict(headline=None, published='2026-01-26', reporter=None, outlet=None, jurisdiction='31'),
 officials=[KD, 'lee-jae-myung'], claims=[
 C('세계적 문화·엔터테인먼트 시설, THE HALL 1962에 대하여 정부의 재정적 지원을 약속해 주셔서', KD, d1, ['culture-tourism'], 'statement'),
 C('산학 AX 공동연구소 사업 등이 정부의 울산 지역 발전방안에 반영된 것을 기쁘게 생각한다', KD, d1, ['fourth-industrial-revolution','research-development'], 'achievement'),
 C('제조 AI 기술개발, 인력양성, 인프라 조성 등 종합적인 지원 계획을 밝혀 주셔서 감사하다', KD, d1, ['fourth-industrial-revolution'], 'statement'),
 C('제조업 AX·GX 전환, 미래형 문화·생태관광 도시 조성을 위해 정부와 적극적으로 협력해 나가겠다', KD, d1, ['fourth-industrial-revolution','culture-tourism'], 'plan'),
 ], nc=['이재명 대통령이 산업의 심장인 울산에 큰 선물을 주셔서 감사하다', '조선산업은 우리나라의 시장 점유율이 16.3%에 그치는', '국영은행을 통해 막대한 자금을 지원하는 등 조선산업을 전폭적으로 지원하고', '김두겸 울산시장이 26일 시청 프레스센터에서 기자회견을 열고'])
PW='park-wan-su'; d2='2025-09-02'
G['fu-02-heraldcorp.txt'] = dict(meta=dict(headline='창원, 산업화·민주화 상징도시…주력산업·민생정책 함께 추진', published='2025-09-03', reporter='황상욱', outlet='헤럴드경제', jurisdiction='48'),
 officials=[PW], claims=[
 C('정부의 AI 제조업 투자와 SMR 사업 추진은 큰 기회가 될 것', PW, d2, ['fourth-industrial-revolution','energy-transition'], 'statement'),
 C('진해신항-가덕도신공항 철도망 구축, 방산부품연구원 설립 등 산업·교통 현안과 함께', None, d2, ['energy-transition','public-transit','public-health'], 'plan'),
 C('중앙부처 협의와 계획 반영에 적극 나서겠다', None, d2, ['energy-transition','public-transit','public-health'], 'plan'),
 C('청년 일자리와 대학 경쟁력 강화, 결혼·출산 정책 변화로 긍정적 신호가 나타나고 있다', PW, d2, ['jobs','youth-policy','education','childcare-birth'], 'achievement'),
 C('첨단산업 유치와 민생정책을 함께 추진해', PW, d2, ['investment-attraction'], 'plan'),
 ], nc=['앞으로 10년간 창원을 중심으로 경남이 성장할 것', '‘도민 상생토크’를 열고 지역 현안을 논의했다'])
LT='lee-tae-hun'; d3='2025-12-01'
G['fu-03-donga.txt'] = dict(meta=dict(headline=None, published='2025-12-01', reporter=None, outlet=None, jurisdiction='27290'),
 officials=[LT], claims=[
 C('출산과 양육을 넘어 결혼 장려 운동까지 펼치는 공격적인 정책으로 인구 감소 위기 해결 모델을 제시하고 있다', None, d3, ['childcare-birth'], 'statement'),
 C('‘대한민국 결혼 1번지’로 불리는 달서구는 최근 의미 있는 결실을 맺었다', None, d3, ['childcare-birth'], 'achievement'),
 C('최근 200호 성혼 커플이 탄생한 것이다', None, d3, ['childcare-birth'], 'achievement'),
 C('흔들림 없이 추진해 얻은 성과라 더욱 뜻깊다', LT, d3, ['childcare-birth'], 'achievement'),
 C('결혼장려팀은 지역 미혼 남녀의 신청을 받아 다양한 만남의 기회를 제공한다', None, d3, ['childcare-birth'], 'statement'),
 C('직원들이 직접 전화 인터뷰를 진행해 신청자의', None, d3, ['childcare-birth'], 'statement'),
 C('결혼식장부터 한복·드레스 대여료 등을 할인해 결혼 비용 부담을 크게 줄이고 있다', None, d3, ['childcare-birth'], 'statement'),
 C('‘결혼친화공원’을 조성했으며', None, d3, ['childcare-birth'], 'achievement'),
 C('청년들의 결혼 인식 개선을 위한 ‘잘 만나보세, 뉴(New) 새마을운동’을 추진하고 있다', LT, d3, ['childcare-birth','youth-policy'], 'statement'),
 C('결혼 장려 운동을 범국민 캠페인으로 확장하고 있', LT, d3, ['childcare-birth'], 'statement'),
 ], nc=['기초지자체 중 출생아 증가 2위', '청년층에 창업-해외취업 지원', '최근 200호 성혼커플 탄생 성과', '정주 여건 개선을 위한 지속적인 노력으로'])
HT='hong-tae-yong'; d4='2022-10-06'
G['fu-04-sisapress.txt'] = dict(meta=dict(headline='[김해24시] 김해시 등 6개 지자체, ‘낙동강협의체 업무협약’ 체결', published='2022-10-06T16:12+09:00', reporter='이상욱', outlet='시사저널', jurisdiction='48250'),
 officials=[HT], claims=[
 C('낙동강권역 문화관광자원화 사업 추진을 위한 ‘낙동강협의체 업무협약’을 체결했다', None, d4, ['culture-tourism'], 'achievement'),
 C('생태탐방선과 대동나루 오토캠핑장 조성 등 문화관광자원화 사업 추진에 뜻을 모았다', None, d4, ['culture-tourism'], 'plan'),
 C('전 세계가 부러워하는 생태관광지를 후손에게 물려줄 수 있도록', HT, d4, ['culture-tourism'], 'plan'),
 ], nc=['김해시, 부울경 최초 스마트도시 인증 비결은', '낙동강은 남한에서 가장 긴 강이자 부산·경남의 젖줄', '11월 실무추진단을 구성하고, 공동 협력사업을 발굴해', '6개 지자체로 구성됐다'])
PH='park-heong-joon'; d5='2021-08-09'
G['fu-05-ajunews.txt'] = dict(meta=dict(headline='부산의 미래 책임질 골든타임은 "부산시 15분"', published='2021-08-09T13:39+09:00', reporter=None, outlet=None, jurisdiction='26'),
 officials=[PH], claims=[
 C("'시민의 일생이 행복한 도시, 편리한 스마트 도시, 탄소 중립 전환도시'를 구현하는", PH, d5, ['smart-city','climate-carbon'], 'plan'),
 C('행복 토크를 통해 시민들의 의견을 적극 수렴했다', PH, '2021-06-15', ['citizen-participation'], 'achievement'),
 C('쇠퇴한 영도 공업지역을 기술혁신을 통한 신해양 벨트로 도약시킨다는 의미)를 해양신산업의 메카로 발전시키겠다고 밝혔다', PH, '2021-07-14', ['urban-regeneration'], 'plan'),
 ], nc=['교육, 의료, 공원, 문화 시설 이용 15분 내로', '구덕운동장을 시민 열린 공간으로 조성할 수 있는 재개발 방안', '당초 제안 당시 찬반 논란이 있었지만'])
d6='2023-01-17'; AS=['agriculture','startup-support','youth-policy']
G['fu-06-sangjunews.txt'] = dict(meta=dict(headline='상주시, 농업 스타트업단지 조성 시범사업 선정... 27억원 확보', published='2023-01-17T21:29+09:00', reporter=None, outlet='뉴스상주', jurisdiction='47250'),
 officials=[], claims=[
 C('농업 스타트업단지 조성 시범사업에 최종 선정돼 국비 27억원을 확보했다고 17일 밝혔다', None, d6, ['agriculture','startup-support'], 'achievement'),
 C('71대 과제인 농업의 미래 성장산업화의 일환으로 추진 중인 신규사업이다', None, d6, ['agriculture'], 'statement'),
 C('농업혁신을 선도할 청년농업인 3만명을 최종 육성하는 것이 핵심이다', None, d6, AS, 'target'),
 C('상주시(함창읍)를 시범사업 대상지로 최종 선정했다', None, d6, ['agriculture'], 'achievement'),
 C('스마트팜 창업을 원하는 청년농에게 장기 임대 및 분양하는 방식으로 제공할 예정이다', None, d6, AS, 'plan'),
 C('상주에서 성공적으로 창농, 정착할 수 있도록 행정지원 등에 만전을 기할 예정이다', None, d6, AS, 'plan'),
 ], nc=['최고관리자 기자'])
W=['water-industry','investment-attraction']
G['fu-07-etnews.txt'] = dict(meta=dict(headline=None, published=None, reporter='정재훈', outlet='전자신문', jurisdiction='27'),
 officials=[], claims=[
 C('대구시가 최근 강소 물기업 4곳과 대구국가물산업클러스터에 유치했다', None, None, W, 'achievement'),
 C('등 4곳과 투자협약을 체결했다', None, None, W, 'achievement'),
 C('총 535억원을 투자해 생산라인을 구축한다', None, None, W, 'statement'),
 C('156명의 신규 고용이 창출되고', None, None, ['water-industry','jobs'], 'statement'),
 C('총 35개 물기업이 유치돼 약 61%의 분양률을 보이고 있다', None, None, W, 'achievement'),
 C('유치기업 35개사 중 롯데케미칼를 비롯한 13개사는 준공했으며', None, None, W, 'achievement'),
 C('나머지 기업들도 내년안에 모두 착공할 예정이다', None, None, W, 'plan'),
 ], nc=['원텍글로비스는 346억원을 투자해 활성탄 재생장치 제조고장을 건립한다', '청호정밀은 79억원의 사업비를 들여 스마트 수도미터 제조공장을 건립하고', '대구시, 물산업 강소기업 4곳 물산업클러스터에 유치...총 535억원 투자'])
CY='choi-yang-sik'; ED=['energy-transition','decentralization']
G['fu-08-hankookilbo.txt'] = dict(meta=dict(headline=None, published=None, reporter='김성웅', outlet='한국일보', jurisdiction='47130'),
 officials=[CY], claims=[
 C('원자력안전위원회와 원전해체기술연구센터 동반유치에 나서기로 했다', None, None, ED, 'plan'),
 C('원자력안전위원회 지방이전에 대한 타당성 조사를 실시한 결과', None, None, ED, 'statement'),
 C('긴급 기자간담회를 열어 동반유치를 선언했다', CY, None, ED, 'plan'),
 C('2013년부터 원전해체 시장의 가능성을 내다보고 원전제염해체기술 개발사업에 참여해 오고 있다', CY, None, ['energy-transition'], 'achievement'),
 C('경주유치위원회를 구성해 유치전을 펼쳐왔다', CY, None, ['energy-transition'], 'statement'),
 C('원자력안전위원회 경주이전은 당연한 일', CY, None, ['decentralization'], 'statement'),
 C('원자력연구기관의 경주 유치를 약속 한 바 있다', CY, None, ED, 'statement'),
 ], nc=['기사 URL이 복사되었습니다'])
d9='2019-01-16'
G['fu-09-newspim.txt'] = dict(meta=dict(headline='진주시, 미세먼지 대응 총력', published='2019-01-16T14:35+09:00', reporter='최관호', outlet='뉴스핌', jurisdiction='48170'),
 officials=[], claims=[
 C('경남 진주시는 미세먼지 관리 대책을 적극 추진한다고 16일 밝혔다', None, d9, ['fine-dust'], 'plan'),
 C('경유자동차 300여대의 조기폐차를 독려하고 전기자동차의 보급 확대를 위해 보조금을 지원할 방침이다', None, d9, ['fine-dust','future-vehicles'], 'target'),
 C('전기자동차 충전소 추가 설치를 환경부에 요청했다', None, d9, ['future-vehicles'], 'plan'),
 C('미세먼지 차단 마스크 12만 5000장을 구매해 1월중 보급할 예정이다', None, d9, ['fine-dust'], 'target'),
 C('야외활동을 금지하는 것만이 능사가 아니다', None, d9, ['fine-dust'], 'statement'),
 C('취약한 계층에게 최소한의 안전장치를 제공하는 게 목적', None, d9, ['fine-dust'], 'statement'),
 ], nc=['진주시청 전경[사진=진주시] 2019.1.16'])
os.makedirs(os.path.join(B,'gold'), exist_ok=True)
n=0
for art, g in G.items():
    out = {"article": art, "metadata": g['meta'], "officials": g['officials'], "claims": g['claims'], "not_claims": g['nc']}
    n += len(g['claims'])
    with open(os.path.join(B,'gold',art+'.json'),'w',encoding='utf-8') as f: json.dump(out, f, ensure_ascii=False, indent=1)
    print(art, len(g['claims']))
print('total', n)
