"""Writes set-hl gold files (hand annotation, see GOLD_NOTES.md)."""
import json, os
G = '/work/blind/set-hl/gold/'
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def W(art, meta, officials, claims, nots):
    h, pub, rep, out, jur = meta
    d = {"article": art, "metadata": {"headline": h, "published": pub, "reporter": rep, "outlet": out, "jurisdiction": jur},
         "officials": officials, "claims": claims, "not_claims": nots}
    json.dump(d, open(G + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

KD, D1 = 'kim-dong-yeon', '2025-08-07'
W('hl-01-etoday.txt', ('김동연 지사 “어르신 존중, 대한민국에서 경기도가 가장 잘할 것”', '2025-08-07T16:19+09:00', None, None, '41'), [KD], [
  C('어르신들의 존중받는 삶을 위해 경기도가 대한민국에서 가장 잘하는 지방정부가 되겠다', KD, D1, ['welfare'], 'plan'),
  C('경로당과 마을회관에 무더위 쉼터를 운영하고, 취약계층 냉방비로 212억원을 긴급 지원했다', KD, D1, ['welfare', 'disaster-safety'], 'achievement'),
  C('경로당 운영비도 올해 18만원으로 인상했고, 내년에는 더 올리겠다', KD, D1, ['welfare'], 'plan'),
  C('어르신 일자리는 전국에서 최우수 평가를 받았고', KD, D1, ['jobs', 'welfare'], 'achievement'),
], ['도, 냉방비 212억 긴급지원·간병 SOS 등 노인복지정책 속도…노인회와 소통',
    '도와 협치수석, 정무수석이 긴밀히 소통하며 필요한 사항은 적극 반영하겠다',
    '그런 마음으로 소찬을 준비했다', '노인정책 방향을 논의하는 뜻 깊은 자리였다',
    '37명의 시·군 지회장과 간담회 열었다. (경기도)'])

LS, D2 = 'lee-sang-il', '2026-01-05'
W('hl-02-heraldcorp.txt', ('이상일 시장, “청년 위원 활동 적극 지원 기탄없이 다양한 제안 주면 정책에 반영”', '2026-01-06', '박정규', '헤럴드경제', '41460'), [LS], [
  C('5일 시청 컨벤션홀에서 제6기 용인청년정책네트워크 발대식을 개최했다', None, D2, ['youth-policy'], 'achievement'),
  C('20대 28명, 30대 35명으로 직장인, 대학(원)생, 취업준비생 등 다양한 분야의 청년들로 구성됐다', None, D2, ['youth-policy'], 'statement'),
  C('6개 분과로 매달 한 차례 이상 모여 청년 이슈를 발굴하고, 분과별 정책 과제를 논의할 예정이다', None, D2, ['youth-policy'], 'plan'),
  C('7월 청년정책 제안대회, 연말 성과공유회 등을 운영할 계획이다', None, D2, ['youth-policy', 'citizen-participation'], 'plan'),
  C('착한 부동산 중개 수수료 등이 채택돼 실제 정책으로 이어졌다', LS, D2, ['youth-policy', 'citizen-participation'], 'achievement'),
  C('총 652억원을 들여 용인중앙시장 리노베이션을 4년간 하고 있는데, 청년 위원들의 다양한 아이디어가 반영돼 사업이 잘 추진되고 있다', LS, D2, ['small-merchants', 'youth-policy'], 'achievement'),
  C('좋은 아이디어는 정책에 반영하도록 노', LS, D2, ['youth-policy', 'citizen-participation'], 'plan'),
], ['청년 위원 활동 적극 지원 기탄없이 다양한 제안 주면 정책에 반영',
    '발대식에는 이상일 시장을 비롯해 20~30대 청년정책네트워크 위원 60여 명이 함께했다',
    '총 63명의 위원들에게 위촉장을 수여했다',
    '6기 청년 위원들도 청년의 눈높이에서 용인시를 위한 여러 가지 아이디어를 제안해 주기를 바란다'])

BG, D3 = 'baek-gun-gi', '2020-01-07'
W('hl-03-sobien.txt', ('“2020년은 쥐띠가 원하는 모든 일이 잘 풀리길! 용인 청년 원더풀!”', '2020-01-08T22:20+09:00', '김경순', None, '41460'), [BG], [
  C('2018년 두 번의 아메리카노 데이트에 이어 원탁토론회, 취업콘서트 등을 통해 다양한 만남 자리를 이어왔다', None, D3, ['youth-policy', 'citizen-participation'], 'achievement'),
  C('정책결정 과정에서 주체적 역할을 하고 싶다', None, D3, ['youth-policy', 'citizen-participation'], 'statement', '박성민'),
  C('올해 각 구마다 청년소통공간을 설치할 계획이다', BG, D3, ['youth-policy'], 'plan'),
  C('공간은 시가 마련하지만 청년이 스스로 아이디어를 내고 운영방안을 마련해 청년공간을 만들어가길 바란다', BG, D3, ['youth-policy', 'citizen-participation'], 'statement'),
  C('농촌에도 청년들이 역량을 발휘할 수 있는 기회가 많다', BG, D3, ['agriculture', 'jobs'], 'statement'),
], ['2020년은 쥐띠가 원하는 모든 일이 잘 풀리길',
    '쥐띠 청년 20명과 청년정책에 대해 격 없는 소통을 하고 격려했다',
    '쥐들 사이에 호랑이가 포위됐다', '31만 청년이 용인의 주인공으로서 주체가 되어야 한다',
    '참여자들은 대부분 취업에 많은 관심을 보였다',
    '청년들의 취업을 돕는 시의 정책이나 대기업으로 몰리는 양극화 현상에 대한 대책을 묻기도 했다'])

D4 = '2018-04-26'
W('hl-04-wowtv.txt', ('경기도, 뉴딜사업비 500억 확보…도시재생 10곳 추진', '2018-04-26T15:06+09:00', '최찬흥', '연합뉴스', '41'), [], [
  C('경기도는 올해 도시재생 뉴딜사업에 국비 500억원을 배정받았다고 26일 밝혔다', None, D4, ['urban-regeneration'], 'achievement'),
  C('시·군 공모를 통해 8월까지 자체 사업 대상지 6곳을 선정할 계획이다', None, D4, ['urban-regeneration'], 'plan'),
  C('유형별로는 면적 5만㎡ 이하 우리동네살리기 1곳', None, D4, ['urban-regeneration'], 'statement'),
  C('도는 지방비 333억원을 포함해 모두 833억원을 투입', None, D4, ['urban-regeneration'], 'plan'),
  C('4곳 이상 선정을 목표로 도내 사업지 9곳을 추천할 예정이다', None, D4, ['urban-regeneration'], 'target'),
  C('전문가 그룹으로 자문단을 구성해 사업제안서 컨설팅을 지원할 방침이다', None, D4, ['urban-regeneration'], 'plan'),
  C('올해 10곳 이상의 도시재생 사업지 선정을 목표로', None, D4, ['urban-regeneration'], 'target'),
  C('뉴딜사업을 처음 시작한 지난해에는 도내에서', None, D4, ['urban-regeneration'], 'achievement'),
], ['경기도, 뉴딜사업비 500억 확보…도시재생 10곳 추진', '<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>'])

ES, D5 = 'eun-su-mi', '2019-06-11'
W('hl-05-businesspost.txt', ('성남시장 은수미, 서울 경기 기초지자체 5곳과 미세먼지 공동대응', '2019-06-11T15:55:24+09:00', '임한솔', '비즈니스포스트', '41130'),
  [ES, 'park-seong-su', 'ahn-seung-nam', 'jeong-dong-gyun'], [
  C('은수미 성남시장이 서울시와 경기도의 시·군·구 5곳과 미세먼지 문제에 함께 대응한다', None, D5, ['fine-dust'], 'plan'),
  C('기초자치단체 6곳이 참여하는 ‘미세먼지 대응 지방정부 연대 선언식’이 열렸다고 밝혔다', None, D5, ['fine-dust'], 'achievement'),
  C('지방정부의 연대를 통해 미세먼지를 효과적으로 줄이는 성과를 내겠다', ES, D5, ['fine-dust'], 'plan'),
  C('시민의 건강권을 확보하고 쾌적한 생활환경을 조성하는 데 한 발 더 나가게 될 것', ES, D5, ['fine-dust'], 'statement'),
  C('미세먼지 저감사업의 한계를 인식하고 선도적 해결방안을 추진하기 위해 마련됐다', None, D5, ['fine-dust'], 'statement'),
  C('연대 선언문에 서명하고 미세먼지 문제를 해결하는 데', None, D5, ['fine-dust'], 'plan'),
], ['은수미 성남시장 등 관계자들이 11일 성남시청에서 상황실에서 열린',
    '등 관계자 12명이 참석했다'])

CS, D6 = 'choi-seung-jun', '2022-01-03'
W('hl-06-breaknews.txt', (None, '2022-01-03T13:00+09:00', '장선희', '브레이크뉴스', '42770'), [CS], [
  C('가리왕산 알파인경기장 3년간 한시적 운영 합의로 올림픽 유산 보존과 관광자원화에 물꼬를 튼 것은 물론', CS, D6, ['culture-tourism', 'public-transit'], 'achievement'),
  C('위기의 농촌을 살기 좋은 농촌으로 변모시키고 사회적 약자를 위한 앞서가는 복지정책과 웰니스 관광산업을 기반으로', CS, D6, ['agriculture', 'welfare', 'culture-tourism'], 'plan'),
  C("'살기 좋은 농업·농촌', '보편적 복지정책으로 앞서가는 행복 정선 실현'", CS, D6, ['agriculture', 'welfare', 'culture-tourism', 'public-health'], 'plan'),
], ['2022년 시무식을 갖고 임인년 새해 업무 힘찬 출발을 시작했다고 밝혔다', '2022년 시무식<사진제공 =기획관 공보담당>'])

HW, D7 = 'han-wang-gi', '2019-07-24'
W('hl-07-kmknews.txt', ('한왕기, ‘2019 대한민국 신뢰받는 공공혁신 대상’서 관광혁신부문 대상 ‘쾌거’', '2019-07-24T16:49+09:00', '최영숙', '광교저널', '42760'), [HW], [
  C("시상식에서 관광혁신 부문 영예의 대상을 수상했다", None, D7, ['culture-tourism'], 'achievement'),
  C('관광정책을 펼친 공로를 인정받아 위 같은 수상을 거뒀다', None, D7, ['culture-tourism'], 'achievement'),
  C('군은 올림픽 시설을 리노베이션한 문화관광 플랫폼을 조성하고 있으며', None, D7, ['culture-tourism'], 'statement'),
  C('관광산업 발전을 위한 다양한 사업들을 펼쳐오고 있다', None, D7, ['culture-tourism'], 'statement'),
], ['중앙일보사가 주최하며 각 분야에서 전문성을 강화하고', '▲사진 : 한왕기 평창군수', '문화관광축제 분'])

KY, D8 = 'kim-yang-ho', '2019-12-30'
W('hl-08-theleader.txt', ('전국 유일 ‘수소 R&D 특화도시’ 선정.. 삼척시장 “수소 산업 중점 육성”', '2019-12-30T12:45+09:00', '이형진', '더리더', '42230'), [KY], [
  C('전국에서 유일하게 ‘수소 R&D 특화도시’로 최종 선정됐다', None, D8, ['energy-transition', 'research-development'], 'achievement'),
  C('30일 시는 총 166억원의 전액 국비가 지원되는 이번 특화도시 조성사업은', None, D8, ['energy-transition', 'research-development'], 'plan'),
  C('수소차량, 연료전지 등 수소타운내 주택활용 모델과', None, D8, ['energy-transition', 'future-vehicles'], 'plan'),
  C('친환경 수소에너지 도시로 발전시켜 나갈 계획이다', None, D8, ['energy-transition'], 'plan'),
  C('앞으로 수소에너지 산업을 원전 대체산업으로 중점 육성해 나감으로써', KY, D8, ['energy-transition'], 'plan'),
  C('이번 수소R&D 특화도시 선정에 힘입어', None, D8, ['energy-transition', 'research-development'], 'statement'),
], ['삼척시장 “수소 산업 중점 육성”', '김양호 강원 삼척시장(자료사진)'])

D9 = '2026-01-18'
W('hl-09-asiae.txt', ('강원도, 미래산업 육성 국무총리 발표 환영', '2026-01-18', '이종구', None, '51'), [], [
  C('반도체 클러스터 구축과 첨단의료 복합단지 조성 등 미래산업을 적극 육성하겠다고 약속했다', None, '2026-01-15', ['medical-industry'], 'plan', '김민석'),
  C('향후 인력 양성부터 테스트베드 구축, 기업 유치에 이르기까지', None, D9, ['investment-attraction'], 'statement'),
  C('전략이 실질적인 성과를 거두기 위해서는 법적 토대 마련이 시급하다고 강조했다', None, D9, ['decentralization'], 'statement'),
], ['AI 요약 기술은 핵심만 전달합니다', '도 최대 현안 강원특별법 3차 개정 지원 당부',
    '김민석 국무총리가 밝힌 강원도 미래산업 육성 의지에 대해 적극적인 환영의 뜻을 18일 밝혔다',
    '비전이 이재명 정부로부터 공식적으로 인정받은 결과라며 고무적인 반응을 보였다',
    '이번 국정설명회를 계기로 강원도의 미래 산업 지도가 더욱 명확해졌다',
    '강원특별자치도를 대한민국 미래 산업의 전진기지로 만들어 나가겠다'])
print('written', len(os.listdir(G)))
