# Writes set-ic's gold files (hand annotation; see GOLD_NOTES.md).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold')


def C(quote, speaker, date, policies, kind, name=None):
    c = {'quote': quote, 'speaker': speaker, 'date': date, 'policies': policies, 'kind': kind}
    if name:
        c['speaker_name'] = name
    return c


def M(headline, published, reporter, outlet, jurisdiction):
    return {'headline': headline, 'published': published, 'reporter': reporter,
            'outlet': outlet, 'jurisdiction': jurisdiction}


G = {}

# ic-01 영남일보 (no outlet name in text) 2019-01-07, 대구·경북 관광의 해
d = '2019-01-07'
KY = 'kwon-young-jin'
G['ic-01-yeongnam.txt'] = dict(
    metadata=M('대구·경북 상생 1호는‘관광’', '2019-01-07T07:08+09:00', '진식', None, '27'),
    officials=[KY, 'lee-cheol-u'],
    claims=[
        C('관광객 1천만명 시대를 함께 열기 위해', None, d, ['culture-tourism'], 'target'),
        C('문화관광 분야 통합을 골자로 한', None, d, ['culture-tourism'], 'statement'),
        C('34개 핵심과제를 공동 수행한다', None, d, ['culture-tourism'], 'plan'),
        C('시·도 공동사업비 111억원이 투입되며', None, d, ['culture-tourism'], 'plan'),
        C('관광협의체’를 구성하고', None, d, ['culture-tourism'], 'plan'),
        C('대대적인 홍보 마케팅에 나선다', None, d, ['culture-tourism'], 'plan'),
        C('매력적인 관광콘텐츠도 공동 발굴한다', None, d, ['culture-tourism'], 'plan'),
        C('체험형 관광코스를 개발해 성공적인 모델로 정착시킨다는 복안이다', None, d, ['culture-tourism'], 'plan'),
        C('경북지역 역사문화 유적지를 둘러보고', None, d, ['culture-tourism'], 'statement'),
        C('수도권에 집중된 국내외 관광객을 지역으로 유도하기', KY, d, ['culture-tourism'], 'statement'),
    ],
    not_claims=['대구·경북 상생 1호는‘관광’', '2020 관광객 1천만명 유치 목표', '3년간 공동 사업비 111억 투입'],
)

# ic-02 아시아투데이 2026-01-08, 대구시 2026 업무보고 (acting mayor 김정기, not in registry)
d = '2026-01-08'
G['ic-02-asiatoday.txt'] = dict(
    metadata=M('대구시, 돌봄·필수의료부터 청년·대학·문화까지 전방위 시정 드라이브', '2026-01-08T17:19+09:00',
               '배철완', '아시아투데이', '27'),
    officials=[],
    claims=[
        C('청년·출산·대학·문화·관광·시정홍보까지 아우르는 2026년 시정 운영에 본격 나선다', None, d,
          ['welfare', 'public-health', 'youth-policy', 'childcare-birth', 'education', 'culture-tourism'], 'plan'),
        C('복지·의료와 미래 성장 기반을 동시에 구축하라', None, '2026-01-07', ['welfare', 'public-health'], 'plan', '김정기'),
        C("대구형 통합돌봄 '단디돌봄'을 본격 추진한다", None, d, ['welfare'], 'plan'),
        C('시와 9개 구·군에 전담조직을 설치해', None, d, ['welfare'], 'plan'),
        C('노인 맞춤형 서비스도 강화된다', None, d, ['welfare', 'jobs'], 'plan'),
        C('지역장애아동지원센터를 신설한다', None, d, ['welfare'], 'plan'),
        C('필수의료 공백 해소에도 속도를 낸다', None, d, ['public-health'], 'plan'),
        C('24시간 응급분만 대응체계를 구축하고', None, d, ['public-health'], 'plan'),
    ],
    not_claims=['통합돌봄 현장 안착과 필수의료 공백 해소', '진로 탐색, 사회 진입, 정착까지 청년 지원',
                '연중 음악 흐르는 활기찬 도시 조성 강조', '보건복지국 업무보고./대구시'],
)

# ic-03 뉴시스 2023-02-02, 김해시 여성·보육·가족 예산 (institutional narration only)
d = '2023-02-02'
G['ic-03-newsis.txt'] = dict(
    metadata=M('김해시, 여성·보육·가족·외국인주민 정책추진 1817억원 투입', '2023-02-02T11:33:32+09:00',
               '김상우', '뉴시스', '48250'),
    officials=[],
    claims=[
        C('정책추진에 1817억원을 투입한다고 2일 밝혔다', None, d, ['childcare-birth', 'welfare'], 'plan'),
        C('분야별 예산은 여성복지 증진에 35억원', None, d, ['welfare', 'childcare-birth'], 'statement'),
        C('경력단절여성 취·창업 지원을 위한 여성새로일하기센터 2개소 운영과', None, d,
          ['welfare', 'jobs', 'startup-support'], 'plan'),
        C('보육분야는 만 0~5세 보육료에 786억원', None, d, ['childcare-birth'], 'statement'),
        C('가족지원 분야는 출산축하금', None, d, ['childcare-birth', 'welfare'], 'plan'),
        C('외국인주민 복지증진은 외국인들이 지역사회에 적응하고', None, d, ['welfare'], 'statement'),
    ],
    not_claims=['여성권익 보육분야 등 집중 지원'],
)

# ic-04 연합뉴스 (undated text), 해운대구청장 홍순헌 interview on beach operation
HS = 'hong-sun-heon'
G['ic-04-yna.txt'] = dict(
    metadata=M('[부끄러운 피서1번지]③ 홍순헌 해운대구청장 "해운대 백사장 비운다"(끝)', None, '차근호',
               '연합뉴스', '26350'),
    officials=[HS],
    claims=[
        C('해운대는 비우고 송정은 채운다', HS, None, ['culture-tourism'], 'plan'),
        C('엄정하게 관리한다는 방침을 설명했다', HS, None, ['culture-tourism'], 'plan'),
        C('해변은 억지로 채울 필요가 없다고 생각한다', HS, None, ['culture-tourism'], 'statement'),
        C('파라솔 운영구간을 기존 17개에서 14곳으로 줄이는', HS, None, ['culture-tourism'], 'plan'),
        C('관광객도 중요하지만, 우리 주민들에게도 생활권을 보장해야 한다', HS, None, ['culture-tourism'], 'plan'),
        C('일반단체 요청에 의한 행사는 단 1건도 접수하지 않았다', HS, None, ['culture-tourism'], 'statement'),
        C('앞으로도 이벤트성 행사는 허용하지 않을 생각이다', HS, None, ['culture-tourism'], 'plan'),
        C('올해는 공식집계에 빅데이터만 사용한다', HS, None,
          ['culture-tourism', 'fourth-industrial-revolution'], 'plan'),
        C('송도 해수욕장에 100만명이 왔다고 해서', HS, None, ['culture-tourism'], 'statement'),
        C('올해와 내년은 빅데이터 도입으로 피서객이 줄어든 것으로', HS, None,
          ['culture-tourism', 'fourth-industrial-revolution'], 'statement'),
    ],
    not_claims=['다음은 홍 구청장과 일문일답.', '이 시대에 더는 추정적이고 거짓된 정보를 낼 이유가 없다',
                '올해부터 피서객 수 뻥튀기 없앤다고 들었다'],
)

# ic-05 아시아투데이 2022-11-02, 거창군 인구 6만 사수
d = '2022-11-02'
GI = 'gu-in-mo'
G['ic-05-asiatoday.txt'] = dict(
    metadata=M('거창군, 6만 인구 사수 위기 속 기회 발굴 총력', '2022-11-02T08:52+09:00', None, '아시아투데이', '48880'),
    officials=[GI],
    claims=[
        C('청년 인구 증가, 작은학교 살리기', None, d, ['youth-policy', 'education'], 'statement'),
        C("'지역인재양성-취·창업-정주'라는 지역 발전 생태계 조성에 주안점을 둔", None, d,
          ['education', 'jobs', 'startup-support'], 'target'),
        C('청년층을 위한 인구정책 추진, 생활인구 유입을 위한 다양한 정책 등을 추진해', GI, d, ['youth-policy'], 'plan'),
    ],
    not_claims=['다양한 인구 늘리기 정책을 추진하고 있다',
                '보다 스마트한 방식으로 인구변화에 대응할 계획이다',
                '다양한 인구 늘리기 정책 켐페인을 펼치고 있다'],
)

# ic-06 파이낸셜뉴스 2023-12-26, 구미시 2023 결산
d = '2023-12-26'
KJ = 'kim-jang-ho'
G['ic-06-fnnews.txt'] = dict(
    metadata=M('구미시, 5대 미래 전략산업으로 재창조 기반 다져', '2023-12-26T09:56+09:00', '김장욱', '파이낸셜뉴스', '47190'),
    officials=[KJ],
    claims=[
        C('5대 미래 전략산업(반도체, 방산, 이차전지, 로봇, 메타버스)으로', None, d,
          ['robot-industry', 'fourth-industrial-revolution'], 'achievement'),
        C('기업투자 2조2348억원을 달성하면서 투자유치의 기세를 이어갔다', None, d, ['investment-attraction'], 'achievement'),
        C('구미 라면축제를 선보여', None, d, ['culture-tourism'], 'achievement'),
        C('소상공인의 매출 상승과 지역기업의 홍보 효과가', None, d, ['small-merchants', 'culture-tourism'], 'achievement'),
        C('대구경북 신공항 이전에 따른 물류수송 연계 도로망 구축의 필요성을 적극 건의해', None, d,
          ['airport-relocation'], 'achievement'),
        C('진학·진로센터 개소', None, d, ['education', 'public-health'], 'achievement'),
        C('올 한 해 2조2348억원의 투자유치를 비롯', KJ, d, ['investment-attraction'], 'achievement'),
    ],
    not_claims=['구미시가 5대 미래 전략산업 추진으로 재창조 기반을 공고히 다졌다',
                '올해 2조2348억원 투자유치·1943명 신규 일자리 창출',
                '전국에 각인시킨 낭만문화도시 구미',
                '북구미IC~군위JC 고속도로 건설이 가시화됐다'],
)

# ic-07 대구MBC broadcast script (undated), 구미시 투자 유치 vs 고용
NY = 'nam-yu-jin'
G['ic-07-dgmbc.txt'] = dict(
    metadata=M(None, None, '도건협', '대구MBC', '47190'),
    officials=[NY],
    claims=[
        C('국내외 투자 유치를 가장 큰 성과로 꼽고 있습니다', None, None, ['investment-attraction'], 'achievement'),
        C('고용 창출 성적표는 그다지 좋지 않습니다', None, None, ['jobs'], 'criticism'),
        C('2조 2천억원 가량의 국내외 투자 유치 성과를 거뒀다고', None, None, ['investment-attraction'], 'achievement'),
        C('총 투자 유치 규모가 3조 6천억원에 이를 것으로 전망했습니다', None, None, ['investment-attraction'], 'statement'),
        C('특히 신재생에너지 분야의 투자가 잇따라', None, None, ['investment-attraction', 'energy-transition'], 'statement'),
        C('차세대 구미공단 먹여살릴 성장산업이 집중적으로 들어온다', NY, None, ['investment-attraction'], 'statement'),
        C('아직 투자 유치가 고용 증대로 이어지지는 않고 있습니다', None, None, ['investment-attraction', 'jobs'], 'criticism'),
        C('구미 국가공단의 근로자 수는', None, None, ['jobs'], 'statement'),
        C('유치기업이 대부분 장치산업이어서', None, None, ['investment-attraction', 'jobs'], 'criticism'),
        C('장치산업의 성격이 강해 고용을 흡수하거나', None, None, ['jobs'], 'criticism', '김종배'),
        C('토지 무상사용이나 세금 감면 등', None, None, ['investment-attraction'], 'statement'),
        C('공을 들인 만큼 효과가 있을 지는', None, None, ['investment-attraction'], 'criticism'),
    ],
    not_claims=['그게 희망적이다', '대형 섬유업체들이 잇따라 문을 닫은 탓이 큽니다'],
)

# ic-08 동아일보 2022-08-12, 김두겸 울산시장 interview (10일)
KD = 'kim-doo-gyeom'
G['ic-08-donga.txt'] = dict(
    metadata=M('“울산 그린벨트 풀어 산업단지-신도시 조성… ‘산업수도’ 부활 원년”', '2022-08-12T03:00+09:00',
               None, '동아일보', '31'),
    officials=[KD, 'song-cheol-ho'],
    claims=[
        C('김 시장은 이날 신공항 건설 구상도 내놓았다', KD, '2022-08-10', ['airport-relocation'], 'plan'),
        C('해상 부유식 풍력발전 등 송철호 전 시장이 추진했던 사업은 전면 재검토하겠다는 뜻을 밝혔다', KD, '2022-08-10',
          ['energy-transition'], 'plan'),
    ],
    not_claims=['그린벨트를 풀어 산업단지와 신도시를 조성하고 제2산업수도의 원년으로 삼겠다',
                '60년간 한국의 경제 발전을 견인해 왔다',
                '최고의 ‘비즈니스 시장’이 되겠다”며 이같이 말했다',
                '‘1호 공약’으로 그린벨트의 해제를 약속했다',
                '2조 투자 현대차 전기차 공장 건설, 공무원 파견 ‘원스톱 서비스’ 제공'],
)

# ic-09 조선일보 2018-04-26, 서병수 부산시장 interview (지난 24일)
SB = 'suh-byung-soo'
d = '2018-04-24'
G['ic-09-chosun.txt'] = dict(
    metadata=M('"부산의 봄 만끽한 뒤 밀면, 그리고 쌉싸름한 커피 한잔… 그게 부산여행의 화룡점정"',
               '2018-04-26T03:01+09:00', '박주영', '조선일보', '26'),
    officials=[SB],
    claims=[
        C('이들 공원에선 벚꽃, 유채꽃 축제가 열린다', SB, d, ['culture-tourism'], 'statement'),
        C('갈맷길이 업그레이드 됐고 순례길이 개발됐다', SB, d, ['culture-tourism'], 'achievement'),
        C("'갈맷길 700리'를 완성했다", SB, d, ['culture-tourism'], 'achievement'),
        C('또 도심보행길 300리를 조성하고 있는 중이다', SB, d, ['culture-tourism'], 'statement'),
        C("'부산 천리길'을 선보일 계획이다", SB, d, ['culture-tourism'], 'plan'),
    ],
    not_claims=['봄 정취는 부산에만 있는 것', '그게 부산 여행의 화룡점정',
                '낙동강 둔치의 생태공원, 서면의 부산시민공원 등이 새로 생겼다'],
)

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for art, g in G.items():
        doc = {'article': art, 'metadata': g['metadata'], 'officials': g['officials'],
               'claims': g['claims'], 'not_claims': g['not_claims']}
        with open(os.path.join(OUT, art + '.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write('\n')
        n += len(g['claims'])
        print(art, len(g['claims']))
    print('total claims', n)
