# Writes gold/<article>.json for set-gz from the compact tables below (hand annotation).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = os.path.join(HERE, '..', 'gold')
os.makedirs(G, exist_ok=True)
FT, CV, EN, CT, IA, UR, HO = 'future-vehicles', 'climate-carbon', 'energy-transition', 'culture-tourism', 'investment-attraction', 'urban-regeneration', 'housing'

def C(quote, speaker, date, policies, kind, name=None):
    c = {'quote': quote, 'speaker': speaker, 'date': date, 'policies': policies, 'kind': kind}
    if name: c['speaker_name'] = name
    return c

def W(article, meta, officials, claims, not_claims):
    keys = ['headline', 'published', 'reporter', 'outlet', 'jurisdiction']
    d = {'article': article, 'metadata': dict(zip(keys, meta)), 'officials': officials,
         'claims': claims, 'not_claims': not_claims}
    with open(os.path.join(G, article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(article, len(claims))

# gz-01: 서울신문 text (outlet not named in text), published 2025-12-02, announcement '1일 밝혔다' = 2025-12-01
P, E = '2025-12-02', '2025-12-01'
W('gz-01-seoul.txt', ['하루 트럭·버스 100대 충전 시설', P, '김정호', None, '51110'], [], [
  C('하루 100대 이상의 수소버스·트럭을 충전할 수 있는 수소교통복합기지가 문을 연다', None, P, [FT, EN], 'achievement'),
  C('준공식을 개최한다고 1일 밝혔다', None, E, [FT, EN], 'achievement'),
  C('모두 199억 5000만원을 들여 건립했다', None, P, [FT, EN], 'achievement'),
  C('2000㎏ 규모의 액화수소 충전시설과 정비시설', None, P, [FT, EN], 'statement'),
  C('수소 교통의 거점이 될 것으로 기대한다', None, P, [FT, EN], 'statement'),
  C('국내에서 처음으로 충전부터 정비, 검사까지 한 번에 가능한 시스템을 구축했다', None, P, [FT, EN], 'achievement'),
  C('수송차량의 수소 전환을 촉진하는 핵심 인프라가 될 것', None, P, [FT, EN], 'statement'),
  C('2030년까지 도내 수소충전소를 30곳으로 늘릴 계획이다', None, P, [FT, EN], 'target'),
  C('15곳의 수소충전소가 있고', None, P, [FT, EN], 'statement'),
  C('수소차 보급 대수도 3460여대에서 6650대까지 확대할 것', None, P, [FT, EN], 'target'),
], ['서울양양고속도로 춘천 나들목(IC)이 있어 접근성도 우수하다'])

# gz-02: 아주경제 AMP (outlet not named in text), 2022-12-23 02:06; SNS post '지난 22일'
S, D = 'lee-jae-jun', '2022-12-22'
W('gz-02-ajunews.txt', ['이재준 수원시장, "시민이 만드는 탄소중립 그린도시, 수원입니다"', '2022-12-23T02:06+09:00', None, None, '41110'], [S], [
  C('SNS를 통해 "시민이 만드는 탄소중립 그린도시', S, D, [CV], 'statement'),
  C('오늘 탄소중립 녹색성장 타운홀 미팅의 의미이자', S, D, [CV], 'statement'),
  C('탄소중립은 어려운 것이 아닙니다', S, D, [CV], 'statement'),
  C('우리의 일상적인 노력도, 탄소 배출에 어마어마한 영향을 줄 수 있다', S, D, [CV], 'statement'),
  C('작은 노력이 탄소중립으로 가는 지름길을 냅니다', S, D, [CV], 'statement'),
  C('탄소중립의 완성은 시민참여입니다', S, D, [CV, 'citizen-participation'], 'statement'),
  C('‘탄소 앱’과 ‘탄소중립 포인트’를 개발 중입니다', S, D, [CV], 'statement'),
  C('시민 여러분과 함께 탄소중립 그린도시를 완성하겠다', S, D, [CV], 'plan'),
], ['시민 여러분의 소중한 의견이 시의 정책을 넘어 국가정책을 바꿀 수 있습니다',
    '가축들이 내뿜는 ‘방귀’가 탄소 배출에 큰 영향이 있을까요',
    '탄소중립의 완성은 시민참여 동참호소'])

# gz-03: reporternside, 승인 2022-08-18 (no day of the visit in the text -> publication day)
K, D = 'kim-jin-tae', '2022-08-18'
W('gz-03-reporternside.txt', ['강원도“Go! One Team”시군 현장간담회 4탄. ‘쇠둘레의 땅’철원군 방문', '2022-08-18', '김아영', None, '42'], [K, 'lee-hyeon-jong'], [
  C('쌀값만 떨어지고 있어 농가의 시름이 깊어지고 있다', K, D, ['agriculture'], 'statement'),
  C('도에서도 대책을 강구하고 있다', K, D, ['agriculture'], 'statement'),
  C('한탄강 주상절리길 조성을 계기로 철원관광의 르네상스를 맞이하는가 하면', K, D, [CT], 'achievement'),
], ['비전공유 시군 현장 방문 3일차로 접경지역을 집중 방문했다',
    '철원 오대쌀은 우리나라에서 최고로 밥맛 좋은 쌀',
    '철원군정이 곳곳에서 큰 성과를 내고 있다',
    '군 유휴부지 활용을 위한 공공기관 유치에 도의 협력과 지원을 제안했다',
    '광역 교통망 확충의 중요성을 강조하며'])

# gz-04: 중앙뉴스미디어, 승인 2019.12.05 10:08; 시정설명회 '지난 4일'
J, D = 'jo-gwang-han', '2019-12-04'
W('gz-04-jamedia.txt', ['조광한 시장, 철도교통 시대의 서막을 열다', '2019-12-05T10:08+09:00', '이미예', '중앙뉴스미디어', '41360'], [J], [
  C('도시기반 확장을 위해서는 철도교통 문제가 반드시 선결되어야 한다', J, D, ['public-transit'], 'plan'),
  C('남양주 철도교통 시대의 서막을 열겠다', J, D, ['public-transit'], 'plan'),
], ['교통, 도시기반시설 등 생활인프라가 턱없이 부족하다', '5번째 시정설명회가 진건·퇴계원행정복지센터에서 개최됐다'])

# gz-05: 국민일보 쿠키뉴스, 입력 2014-04-29 14:49; '29일 밝혔다' = publication day
D = '2014-04-29'
W('gz-05-kmib.txt', ['화천 산천어축제 지역경제 효자', '2014-04-29T14:49+09:00', '서승진', '국민일보', '42790'], [], [
  C('2014 화천산천어축제가 지역경제 발전에 효자노릇을 톡톡히 하고 있다', None, D, [CT], 'achievement'),
  C('축제 기간 지역에서 710억원을 사용한 것으로 조사됐다고 29일 밝혔다', None, D, [CT], 'achievement'),
  C('8년 연속 관광객 100만명 돌파라는 기록을 세우고', None, D, [CT], 'achievement'),
  C('방문객의 총 지출액은 710억3500만원으로 집계됐다', None, D, [CT], 'achievement'),
  C('고용유발효과 1606명으로 나타났다', None, D, [CT, 'jobs'], 'achievement'),
  C('방문객은 경기·인천지역이 37%로 가장 많았으며', None, D, [CT], 'statement'),
  C('재방문객 비율은 2013년 35.3%에서 48.7%로 13.4% 늘었다', None, D, [CT], 'achievement'),
  C('교통혼잡에 대한 불만이 가장 높았으며', None, D, [CT], 'criticism'),
  C('앞으로는 지속가능성을 확보하려는 노력과 계획이 필요하다', None, D, [CT], 'plan'),
  C('‘화천스타일’을 만들 필요가 있다', None, D, [CT], 'plan'),
  C('군민이 원하는 축제가 돼야 한다', None, D, [CT], 'plan'),
  C('지역발전에 시너지효과를 낼 수 있는 축제가 될 것', None, D, [CT], 'statement'),
], [])

# gz-06: 포천뉴스 (caption © 포천뉴스), 기사입력 2018/01/05 16:32
D = '2018-01-05'
W('gz-06-pcnt.txt', ['한탄강 국가지질공원 포천시 대표 관광지로 우뚝 서다', '2018-01-05T16:32+09:00', None, '포천뉴스', '41650'], [], [
  C('2016년도 방문객수인 151,175명보다 약 20% 증가했다고 밝혔다', None, D, [CT], 'achievement'),
  C('주요 관광지 대열에 한탄강 지질공원이 올라서고 있는 것이다', None, D, [CT], 'achievement'),
  C('탐방객 수가 증가는 요인은 첫째', None, D, [CT], 'achievement'),
  C('‘한탄강 지오 투어버스’를 운영해 큰 호응을 받았다', None, D, [CT], 'achievement'),
  C('2020년 유네스코 세계지질공원 인증을 목표로', None, D, [CT], 'plan'),
], [])

# gz-07: outlet not named in text, 등록 2019-01-24 09:29:24; press conference day not given -> publication day
D = '2019-01-24'
W('gz-07-krnews21.txt', ['장덕천 부천시장, 새로운 부천 7대 핵심정책 발표', '2019-01-24T09:29+09:00', '조정희', None, '41190'], ['jang-deok-cheon'], [
  C('원도심 활력증진, 문화의 산업화, 부천형 커뮤니티케어, 안전한 부천', None, D, [UR, CT, 'welfare', 'disaster-safety'], 'plan'),
  C('부천 북부지역 친환경복합단지 조성을 통해 경제와 균형발전이라는 두 마리 토끼를 잡는다', None, D, [CT], 'plan'),
  C('상동 영상문화산업단지는 만화·영상 등 문화콘텐츠', None, D, [CT], 'plan'),
  C('문화생활과 여가생활까지 모두 누릴 수 있는 곳으로 조성하고', None, D, [CT], 'plan'),
  C('오는 4월 우선협상대상자를 선정하고 7월에 사업협약을 체결할 계획이다', None, D, [CT], 'plan'),
  C('무엇보다 원도심 지역에 부족한 주차장 확충에 집중한다', None, D, [UR], 'plan'),
  C('‘소규모주택 정비사업 민관협력 거버넌스’를 국내 최초로 추진한다', None, D, [UR, HO], 'plan'),
  C('공동주택, 공공임대주택, 주민공동시설을 함께 건립한다', None, D, [UR, HO], 'plan'),
  C('문화의 산업화 기반을 마련한다', None, D, [CT], 'plan'),
], ['새로운 부천을 만들기 위한 핵심정책을 발표했다', '국내 최초 공영주차장 민·관 공동개발', '많은 사업들이 당장 완공되거나'])

# gz-08: 세계일보, undated (only '28일') -> published and all claim dates null
M = 'choi-moon-soon'
W('gz-08-segye.txt', [None, None, '박연직', '세계일보', '42'], [M], [
  C('문화유산·콘텐츠 마련에 집중할 계획이다', M, None, [CT], 'plan'),
  C('관광인프라를 구축하고 세계적 수준의 문화 예술공연을 발굴해', M, None, [CT], 'plan'),
], ['올림픽 역사상 가장 콤팩트한 선수 및 경기 중심의 대회로 운영된다',
    '문화, 환경, 경제, 평화의 4대 올림픽을 목표로',
    '스포츠·문화 강대국임을 공인받는 것은 물론',
    '경제적 효과는 약 64조9000억원에 이른다'])

# gz-09: 강원일보 page (outlet not named in text), undated (only '30일') -> nulls
S = 'won-gang-su'
W('gz-09-kwnews.txt', [None, None, None, None, '51130'], [S], [
  C('원주시가 올해 첨단 우량기업 유치에 박차를 가한다', None, None, [IA], 'plan'),
  C('핵심 테스트베드 3종 구축을 기반으로', None, None, [IA], 'plan'),
  C('후속 투자를 유도할 방침이다', None, None, [IA], 'plan'),
  C('기업별 맞춤형 투자유치 활동에 매진한다', None, None, [IA], 'plan'),
  C('기업지원 원스톱 지원체계도 마련한다', None, None, [IA], 'plan'),
  C('외국기업 유치 활동 강화를 통해 경제 영토 확장을 도모한다', None, None, [IA], 'plan'),
  C('외국인투자지역 강점을 적극 살려', None, None, [IA], 'plan'),
  C('권역별 부지 담당제를 신설', None, None, [IA, 'decentralization'], 'plan'),
  C('건실한 기업유치를 통해 지역경제 활성화와 인구증대로', S, None, [IA], 'plan'),
], [])
