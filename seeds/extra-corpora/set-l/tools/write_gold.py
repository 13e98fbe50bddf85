"""Writes gold/*.json for set-l (hand annotation; see GOLD_NOTES.md)."""
import json, os
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {'quote': quote, 'speaker': speaker, 'date': date, 'policies': policies, 'kind': kind}
    if speaker_name: c['speaker_name'] = speaker_name
    return c
G = []
def gold(article, md, officials, claims, not_claims):
    G.append({'article': article, 'metadata': md, 'officials': officials, 'claims': claims, 'not_claims': not_claims})

K = 'kang-jin-won'
gold('l-01-welfarenews.txt',
     {'headline': '새해 촘촘한 돌봄 체계 구축으로 노인복지 확대', 'published': None, 'reporter': '김은영', 'outlet': '웰페어뉴스', 'jurisdiction': '46810'},
     [K],
     [C('새해 조직개편으로 보건소에 노인건강과가 신설돼 건강하고 활기찬 노후를 영위할 수 있도록 노인복지정책을 체계적으로 운영할 수 있게 됐다', K, None, ['welfare'], 'achievement'),
      C("홀로 사는 노인들을 위한 ‘홈 CCTV 어르신 안전 지킴이’ 사업 추진으로", K, None, ['welfare', 'jobs'], 'plan'),
      C('군은 이밖에 마을경로당을 쾌적한 환경으로 조성하고', None, None, ['welfare'], 'plan')],
     ['새해 첫날 강진군에 귀한 첫 아이가 태어났다', '민생 첫 행보로 강진읍 복지회관과 군동면복지회관을 시작으로', '떡국을 배식하며 새해 인사를 했다', '지역 노인, 건강과 노후 풍요롭도록 집중 관리'])

L = 'lim-chang-ho'
gold('l-02-kukinews.txt',
     {'headline': "함양군, ‘노인복지정책’ 의견수렴 간담회 열어", 'published': None, 'reporter': '이영호', 'outlet': '쿠키뉴스', 'jurisdiction': '48870'},
     [L],
     [C('경남 함양군이 14일 노인복지사업의 효율적인 추진을 위해 군청 대회의실에서 노인복지정책 의견수렴 간담회를 열었다', None, None, ['welfare', 'citizen-participation'], 'statement'),
      C('이들은 노인복지정책 사업과 2018년도 변경 및 신규 사업 추진 계획에 대한 설명', None, None, ['welfare'], 'statement'),
      C('전체 군 예산의 7%340억 원을 편성해 다양한 노인복지 정책을 펼치고 있다', None, None, ['welfare'], 'statement'),
      C('특히 내년에는 전체 403곳의 경노모당 냉난방기 설치를 완료할 계획이며', None, None, ['welfare'], 'plan'),
      C('보다 나은 노인복지 서비스를 제공하는데 최선을 다하겠다라고 밝혔다', L, None, ['welfare'], 'plan')],
     ['함양군은 65세 이상 노인인구가 12511, 전체 군 인구의 31%로 초고령화 사회다', '이날 간담회에는 임창호 군수를 비롯해'])

D = 'choi-dae-ho'; d3 = '2022-07-24'
gold('l-03-ajunews.txt',
     {'headline': '최대호 안양시장, "탄소중립 실현 위해 2030년까지 온실가스 40% 감축할 것"', 'published': '2022-07-24T12:23+09:00', 'reporter': None, 'outlet': None, 'jurisdiction': '41170'},
     [D],
     [C('2050년 탄소중립 실현을 위해 2030년까지 온실가스 40% 감축(2018년 대비)을 목표로', D, d3, ['climate-carbon', 'energy-transition', 'future-vehicles'], 'target'),
      C('탄소중립 지방정부 실천연대 발족식 동참 등을 언급하며, 시민 참여를 끌어내고 있다고도 했다', D, d3, ['climate-carbon', 'citizen-participation'], 'statement'),
      C('오는 2024년 기후변화 교육·체험관을 건립해 기부변화에 대한 시민교육을 확대해 나가겠다', D, d3, ['climate-carbon'], 'plan')],
     ['환경운동가들과 토론을 벌이면서 이 같은 입장을 밝혔다', "아티스트와 함께하는 그린아트 캠페인' 초대 받아"])

H = 'hong-joon-pyo'
gold('l-04-ilyo.txt',
     {'headline': "경남도, ‘2015 신년인사회’ 개최...2일 오후 2시", 'published': None, 'reporter': None, 'outlet': '일요신문', 'jurisdiction': '48'},
     [H],
     [C('남부내륙고속철도 조기 착공, 양질의 청년 일자리 창출 등 경남의 경제·산업인프라 확충에 최선을 다하겠다', H, None, ['jobs', 'youth-policy', 'public-transit', 'city-hall'], 'plan')],
     ['항공, 나노, 해양플랜트 국가산업단지 지정 등 지난해 도정 성과를 둘러보고', '평소 재정건전화에 목소리를 높여 온', '도정을 맡은 지난 2년은 경남 미래 50년의 주춧돌을 세우는 데 주력한 기간이었다',
      '올해부터는 경남 미래 50년 사업이 결실을 맺을 수 있도록', '어려운 서민층 자녀들의 기초학력 향상을 위해 올해 처음 시행하는 서민자녀 교육사업 등 사회 복지망'])

J = 'choi-gyo-jin'; d5 = '2022-01-03'
gold('l-05-sejongtimes.jsonl',
     {'headline': None, 'published': None, 'reporter': None, 'outlet': '세종타임즈', 'jurisdiction': '36'},
     [J],
     [C('코로나19로부터 우리 세종교육과 아이들을 지켜낸 영웅', J, d5, ['public-health', 'education'], 'achievement'),
      C('2022년에는 코로나19로 인한 학습 공백을 메꾸기 위해 기초학력과 교과보충을 지원하고', J, d5, ['education'], 'plan'),
      C('유치원과 어린이집의 격차 해소를 위한 유보통합의 근거 마련 등 선진국 수준의 세종교육 환경을 구축하기 위해', J, d5, ['education', 'childcare-birth'], 'plan'),
      C('세종시특별법 개정으로 2022년을 우리 아이들의 배움이 풍요로워지고 삶이 행복해지는 원년으로 만들어야 한다', J, d5, ['education'], 'plan')],
     ['이날 시무식은 코로나19 감염 예방을 위해', '충령탑을 찾아 헌화와 묵념으로 새해 업무 첫날을 맞았다'])

P = 'park-il-ha'
gold('l-06-asiae.txt',
     {'headline': None, 'published': None, 'reporter': None, 'outlet': None, 'jurisdiction': '11590'},
     [P],
     [C("이어 ‘동작구민 원탁정책토론회’를 열어 민선8기 전반기 성과를 공유하고 하반기 발전 방향을 모색했다", None, None, ['citizen-participation'], 'statement'),
      C('전세대를 아우르는 동작형 복지 등 전반기 중점 사업들을 공유했다', P, None, ['welfare'], 'statement'),
      C('주민이 제안한 우선순위 정책 10개를 선정했다', None, None, ['citizen-participation', 'welfare', 'education'], 'achievement'),
      C('효도콜센터를 통한 어르신 돌봄 지원을 위해 관내 노인 부부 가구를 방문해', None, None, ['welfare'], 'plan'),
      C('지난 3월 서울시 최초로 센터를 구축한 이후 이용자 만족도 96%를 달성하는 등', None, None, ['welfare'], 'achievement'),
      C("청년의 주거비 부담을 해결하기 위해 서울시 최초로 탄생시킨 월 임대료 만원주택 ‘양녕 청년주택’", None, None, ['housing', 'youth-policy'], 'plan')],
     ['80면 규모 공영주차장 확충 개소식에 참석했다', '균형도시, 복지(아이, 청년, 어르신), 교육, 경제, 문화, 생활, 안전 등 총 9개 주제에 대한 토론을 진행했다',
      '성대시장 남측 역세권 장기전세주택사업 관련 상도3동 주민센', '민선8기 3년차 첫 공식 일정을 이어나갔다고'])

S = 'kim-seung-hwan'; d7 = '2022-01-11'
gold('l-07-jbyonhap.txt',
     {'headline': '김승환 교육감 "올해도 혁신 위해 쉼 없이 뛰겠다"', 'published': '2022-01-11T18:57+09:00', 'reporter': '김현표', 'outlet': None, 'jurisdiction': '45'},
     [S],
     [C('새해에도 지속가능한 혁신을 위해 쉼 없이 뛸 것', S, d7, ['education'], 'plan'),
      C('아이들을 위해 방역 현장에서 묵묵히 헌신하시는 모든 분께 깊은 감사를 드린다', S, d7, ['public-health'], 'statement'),
      C('학교의 존재의 근거는 학생의 존엄한 배움과 성장', S, d7, ['education'], 'statement'),
      C("우리 교육청이 지난 12년간 심혈을 기울여온 ‘혁신 교육’의 기본 정신", S, d7, ['education'], 'statement'),
      C('첫 민선 교육감으로 부딪혀야 했던 환경이 혹독했기에 오히려 우리의 소신이 옳다는 것을 증명할 수 있었다고 자평했다', S, d7, ['education'], 'achievement'),
      C('▲보편적 교육복지 세밀화 ▲교육비 부담 경감 대책', S, d7, ['education', 'welfare'], 'plan'),
      C('우리는 아이들을 사랑하기 때문에 어떠한 난관에서도 교육과 학교가 해야 할 일을 계속해야 한다', S, d7, ['education'], 'plan')],
     ['이날 김 교육감이 올해 주요정책과 구체적인 운영방향에 대해 밝혔다', '코로나19와 힘겨운 겨루기가 계속되고 있다', '남은 6개월 허투루 보내지 않겠다', '보편적 교육복지 세밀화 등', '이재명 더불어민주당 대선'])

M = 'mun-heon-il'
gold('l-08-hankyung.txt',
     {'headline': '구로구, 풍수해 종합대책 추진…"24시간 현장기동반 체계 구축"', 'published': None, 'reporter': None, 'outlet': '연합뉴스', 'jurisdiction': '11530'},
     [M],
     [C("여름철 풍수해로부터 구민의 생명과 재산을 보호하기 위해 '2024년 풍수해 대비 종합계획'을 추진한다고 22일 밝혔다", None, None, ['disaster-safety'], 'plan'),
      C('문헌일 구청장을 본부장으로 하는 재난안전대책본부를 운영하고', None, None, ['disaster-safety'], 'plan'),
      C('수해 취약 시설 총 236곳을 점검한 데 이어 집중호우 때 신속하게 대응하고자 24시간 권역별 현장기동반 체계를 구축한다', None, None, ['disaster-safety'], 'plan'),
      C('하천 고립사고 예방을 위해 하천순찰단 운영도 강화한다', None, None, ['disaster-safety'], 'plan'),
      C('반지하주택 거주자 등 재해약자 281가구의 대피를 돕는다', None, None, ['disaster-safety'], 'plan'),
      C('관내 3개 하천 10개 지점에서 풍수해 예방 캠페인을 벌였다', None, None, ['disaster-safety'], 'achievement'),
      C('적극적인 수방정책으로 풍수해로 인한 구민의 생명과 재산 피해가 발생하지 않도록 최선을 다하겠다', M, None, ['disaster-safety'], 'plan'),
      C('구민들도 평상시 풍수해 대비 행동요령을 숙지해주시길 바란다', M, None, ['disaster-safety'], 'plan')],
     ['구로구, 풍수해 종합대책 추진…', '/연합뉴스'])

Gm = 'gu-in-mo'
gold('l-09-news1.txt',
     {'headline': '구인모 거창군수 "스마트 농업 도시 건설에 전력"', 'published': None, 'reporter': '한송학', 'outlet': '뉴스1', 'jurisdiction': '48880'},
     [Gm],
     [C("참여농정, 청년 스마트 창업농 육성, 세대 간 공동 영농 실천을 바탕으로 ‘살기 좋은 스마트 농업도시 거창’에 전력을 쏟았다고 밝혔다", None, None, ['agriculture', 'youth-policy'], 'achievement'),
      C('28일 군에 따르면 민선 8기 농업 정책은', None, None, ['agriculture'], 'statement'),
      C('1억원 소득시대 견인을 위해 농사청을 운영한다', None, None, ['agriculture'], 'statement'),
      C('농업인에서 행정으로 이어지는 상향식 농정 모델을 마련하고', None, None, ['agriculture', 'citizen-participation'], 'achievement'),
      C('농사청은 지역 농업인의 현실적인 건의 사항과 애로사항을 수렴해', None, None, ['agriculture', 'citizen-participation'], 'statement'),
      C("중·소 고령 농업인을 위한 ‘농작업 대행사업’을 본격 확대 시행하고 있다", None, None, ['agriculture'], 'statement'),
      C('전국 최초 모델로 지난해 시범 운영을 거쳐 올해부터 본격 추진 중이다', None, None, ['agriculture'], 'achievement'),
      C('작업 면적도 기존 200평에서 400평까지 상향했다', None, None, ['agriculture'], 'achievement')],
     ['제도 개선 이후 지난해 803명의 농업인이 88.5ha의 면', '[민선 8기 3년] 고령화·인구감소·일손부족 위기 극복 농정 구현'])

Cj = 'choi-jae-hyeong'
gold('l-10-news1.txt',
     {'headline': '보은군, 7월부터 전 군민 농어촌버스 무상교통 시행', 'published': None, 'reporter': '장인수', 'outlet': '뉴스1', 'jurisdiction': '43720'},
     [Cj],
     [C('충북 보은군은 오는 7월부터 모든 군민을 대상으로 농어촌버스 무상교통을 시행한다고 15일 밝혔다', None, None, ['public-transit'], 'plan'),
      C("군은 '대중교통체계 개편 및 효율화 방안 연구용역'을 토대로 종합 검토 후 이같이 결정했다", None, None, ['public-transit'], 'achievement'),
      C('군민을 포함해 군을 방문하는 관광객도 횟수 제한 없이 농어촌버스를 무료로 이용할 수 있다', None, None, ['public-transit'], 'statement'),
      C('벽·오지마을에는 사랑택시를 추가 지정 운영하기로 했다', None, None, ['public-transit'], 'plan'),
      C('농촌지역 특성에 맞는 대중교통체계 구축과 교통 복지 향상을 위해 이 정책을 시행하게 됐다', Cj, None, ['public-transit'], 'statement')],
     ['운전면허 반납 때 결초보은상품권 20만 원을 지원한다', '70세 이상 고령 운전자 운전면허 자진 반납 지원금을 확대 시행할 계획이다', '관광객도 횟수 제한 없이 무료', '보은군 친환경 저상버스'])

for g in G:
    json.dump(g, open('gold/' + g['article'] + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(G), sum(len(g['claims']) for g in G))
