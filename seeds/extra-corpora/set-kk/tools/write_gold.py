# Writes set-kk gold files (hand annotation; see GOLD_NOTES.md).
import json, os

G = os.path.join(os.path.dirname(__file__), '..', 'gold')


def C(quote, speaker, date, policies, kind, name=None):
    c = {'quote': quote, 'speaker': speaker, 'date': date, 'policies': policies, 'kind': kind}
    if name:
        c['speaker_name'] = name
    return c


def W(article, meta, officials, claims, not_claims):
    h, p, r, o, j = meta
    d = {'article': article,
         'metadata': {'headline': h, 'published': p, 'reporter': r, 'outlet': o, 'jurisdiction': j},
         'officials': officials, 'claims': claims, 'not_claims': not_claims}
    with open(os.path.join(G, article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
    print(article, len(claims))


DS = 'disaster-safety'
P1 = '2020-01-06'; E1 = '2019-12-27'; LGD = 'lee-gang-deok'
W('kk-01-tvchosun.txt',
  ("'지진특별법' 국회 통과…포항시, 도시재건 준비 본격화", '2020-01-06T08:39+09:00', '이심철', 'TV조선', '47110'),
  [LGD],
  [C('포항 지진특별법이 2년여 만에 국회 본회의를 통과했습니다', None, P1, [DS], 'achievement'),
   C('특별법이 제정된 만큼 무너진 도시를 재건하기 위한 후속조치 준비에 나섰습니다', None, P1, [DS], 'statement'),
   C('지난해 4월부터 지진특별법 제정을 촉구하며 집회를 이어왔습니다', None, P1, [DS], 'statement'),
   C('지난달 27일, 지진특별법이 국회를 통과했습니다', None, E1, [DS], 'achievement'),
   C('특별법을 발의한 지 8개월 만입니다', None, E1, [DS], 'statement'),
   C('특별법이 제정이 되어서 정말 다행이라고 생각합니다', None, E1, [DS], 'statement', '공원식'),
   C('시행령 안에 모든 내용을 담을 수 있습니다', None, E1, [DS], 'statement', '공원식'),
   C('포항시는 발빠르게 후속 절차에 들어갔습니다', None, P1, [DS], 'statement'),
   C('진상조사위와 피해구제심의위원회와의 협력을 강화하기로 했습니다', None, P1, [DS], 'plan'),
   C('추경예산 1천700억 원을 지역경제 재활 정책에 활용할 방침입니다', None, P1, [DS], 'plan'),
   C('실질적 지원과 지역경제 활성화의 큰 동력이 마련되었다고 생각합니다', LGD, P1, [DS], 'achievement'),
   C('국가가 전적으로 책임지기로 한 부분은 굉장히 의미가 있다고 생각합니다', LGD, P1, [DS], 'statement'),
   C('지진특별법은 포항지진이 지열발전으로 인한 촉발지진이라고 규정하고 있습니다', None, P1, [DS], 'statement'),
   C('기업 유치와 관광홍보에 촉발지진을 강조해 도시 이미지도 바꿔나갈 계획입니다', None, P1,
     ['investment-attraction', 'culture-tourism'], 'plan')],
  ["'지진특별법' 국회 통과…포항시, 도시재건 준비 본격화", '이제 다시 시작입니다',
   '포항시내에서, 여의도 국회 앞에서, 청와대에서', 'TV조선 이심철입니다'])

UR = 'urban-regeneration'; D2 = '2018-08-31'
W('kk-02-pressian.txt',
  ('부산 도시재생 뉴딜사업지 7곳 선정...총 2307억 투입', '2018-08-31T19:06:50+09:00', None, None, '26'),
  [],
  [C('부산지역 7곳이 선정되면서 본격 사업 추진이 시작된다', None, D2, [UR], 'achievement'),
   C('부산지역 7곳이 올해 도시재생 뉴딜사업 대상으로 선정됐다고 밝혔다', None, D2, [UR], 'achievement'),
   C('쇠퇴한 도시를 살리고 일자리를 창출하는 도시혁신사업이다', None, D2, [UR, 'jobs'], 'statement'),
   C('해운대구 반송2동·사하구 신평1동(일반근린형) 5곳이 뽑혔다', None, D2, [UR], 'achievement'),
   C('금정구 금사동(주거지지원형)이 선정됐다', None, D2, [UR], 'achievement'),
   C('지역상권 활성화를 추진하거나 경사형엘리베이터', None, D2, [UR, 'small-merchants', 'smart-city'], 'plan'),
   C("11월쯤 국토부에 '도시재생 선도지역 지정'을 신청하게 된다", None, D2, [UR], 'plan')],
  ['서·중·해운대·연제·사하·동래·금정구에 2022년까지 사업 추진 계획', '▲ 부산지역 도시재생 뉴딜사업 대상지. ⓒ부산시',
   '부산 도시재생 뉴딜사업지 7곳 선정...총 2307억 투입', '상대적으로 열'])

YP = 'youth-policy'; D3 = '2025-11-10'
W('kk-03-seoul.txt',
  ('2025년 제2차 경상남도 청년정책조정위원회', '2025-11-10', None, None, '48'),
  ['park-wan-su'],
  [C('경남도가 ‘청년이 꿈을 이루는 경남 만들기’에 힘을 쏟고 있다', None, D3, [YP], 'statement'),
   C('경남도 청년정책조정위원회는 도내 청년정책 전반을 심의·조정하는 기구다', None, D3, [YP], 'statement'),
   C('청년 관점에서 실효성 있는 정책을 모색하고 있다', None, D3, [YP], 'statement'),
   C('반값 여행 지원과 어촌·해양 신산업 일자리 발굴을 제안했다', None, D3,
     ['culture-tourism', 'agriculture', 'jobs'], 'plan', '유창만'),
   C('청년 창업 활성화를 위해 국·공유재산 임대료 인하를 건의했다', None, D3, ['startup-support', YP], 'plan', '최보연'),
   C('농산물 판매 때 청년 감성에 맞는 제품 포장 디자인 개발비 지원을 요청했다', None, D3, ['agriculture'], 'plan', '이다예'),
   C('경남도는 올해 주요 성과로', None, D3, [YP, 'jobs', 'education', 'housing'], 'achievement')],
  ['올해 청년정책 추진 성과를 점검하고 내년 정책 방향을 논의했다고 밝혔다',
   '이날 회의에는 박완수 경남도지사와 청년위원, 전문가, 도의원, 도 소관 국장 등 20명이 참석했다',
   '다양한 분야 청년정책 추진 상황과 향후 계획을 논의했다', '다양한 분야 정책 제안도 이어졌다',
   '2025년 제2차 경상남도 청년정책조정위원회'])

SM = 'small-merchants'; D4 = '2019-01-24'
W('kk-04-ilyoseoul.txt',
  ('대구 남구, 설맞이 전통시장 장보기 나선다', '2019-01-24', '김을규', '일요서울', '27200'),
  ['jo-jae-gu'],
  [C('함께 하는 ‘설맞이 전통시장 장보기 행사’를 추진한다', None, D4, [SM], 'plan'),
   C('전 공직자가 온누리 상품권을 구매하고', None, D4, [SM], 'plan'),
   C('전통시장에 활력을 불어넣을 계획이다', None, D4, [SM], 'plan'),
   C('평상시에도 전통시장을 많이 이용해 전통시장을 활성화시키고', 'jo-jae-gu', D4, [SM], 'statement')],
  ['25일부터 2월 1일까지 6일간, 주민과 공무원 등 800여명 참여', '25일 관문상가시장을 시작으로',
   '6일간 펼쳐지는 이번 장보기 행사에는 조재구 남구청장을 비롯해',
   '시장 상인들의 넉넉한 인심도 느끼고, 알뜰하게 제수용품도 준비하시길 바란다',
   '대구 남구, 설맞이 전통시장 장보기 나선다'])

CT = 'culture-tourism'; D5 = '2019-01-16'; PTW = 'park-tae-wan'
W('kk-05-ucinews.txt',
  ('"울산큰애기와 중구여행 떠나자"', '2019-01-16T17:34+09:00', '최경호', '울산시민신문', '31110'),
  [PTW],
  [C('16일 구청 3층 프레스센터에서 울산큰애기와 함께 브리핑을 통해', PTW, D5, [CT], 'plan'),
   C('울산 중구가 문화관광도시로 당당히 자리매김할 수 있도록 2019 올해의 관광도시 사업을 성공적으로 추진하겠습니다', PTW, D5, [CT], 'plan'),
   C('문화관광도시로서 한 단계 도약하기 위해 올 한 해 다양한 프로그램과 사업을 추진한다', None, D5, [CT], 'plan'),
   C('중구청은 올해 18억원의 예산을 투입해', None, D5, [CT], 'plan'),
   C('다양한 이벤트와 프로그램으로 관광객을 맞이한다', None, D5, [CT], 'plan'),
   C("원도심 문화예술화 사업 2개와 루프탑 'The 화랑' 조성 사업", None, D5, [CT, UR], 'plan')],
  ["'2019 올해의 관광도시, 울산 중구', 사업 본격 추진", '박태완 중구청장은 16일 프레스센터에서 울산큰애기와 함께',
   '울산큰애기와 중구여행 떠나자'])

ET = 'energy-transition'; CC = 'climate-carbon'; E6 = '2021-03-03'; P6 = '2021-03-04'; LCU = 'lee-cheol-u'
W('kk-06-kbmaeil.txt',
  ('주목받는 경북도의 ‘탄소중립시대 선도’', '2021-03-04T19:42+09:00', None, None, '47'),
  [LCU],
  [C('“경북 동해안을 그린경제 생태계로 구축하겠다”는 구체적인 계획을 발표했다', LCU, E6, [CC], 'plan'),
   C('경북도가 탄소중립시대를 선도해 나가겠다는 구상이다', LCU, E6, [CC], 'plan'),
   C('‘대한민국 탄소중립 SUN벨트’라는 아이디어를 내놓았다', None, E6, [CC], 'plan'),
   C('미래 원자력 중심의 저탄소 에너지믹스 산업을 유치한다는 계획이다', None, E6, [ET, CC], 'plan'),
   C('4개 분야에 예산을 집중 투입하겠다는 내용이다', None, E6, [ET, 'agriculture', CT], 'plan'),
   C('모두 11조3천400억원이 들어간다', None, E6, [ET, 'agriculture', CT], 'statement'),
   C('곧 수소특화단지 지정을 신청할 예정이다', None, E6, [ET], 'plan'),
   C('세계 최초의 수소법이 지난달부터 시행돼', None, P6, [ET, 'future-vehicles'], 'statement'),
   C('미래원자력기술 개발에 주력한다는 구상이다', None, E6, [ET, 'research-development'], 'plan'),
   C('풍력발전과 관련 산업을 유치하고', None, E6, [ET], 'plan')],
  ['이 도지사는 이날 동해안 5개 시·군별 발전방향도 제시했다', '이른바 ‘E·A·S·T 플랜’이다',
   '주목받는 경북도의 ‘탄소중립시대 선도’'])

PH = 'public-health'; LSH = 'lee-seon-ho'
W('kk-07-ndsoftnews.txt',
  (None, None, None, None, '31710'),
  [LSH],
  [C('산재전문 공공병원 유치가 울주군 굴화리로 확정됐습니다', LSH, None, [PH], 'achievement'),
   C('23만 울주 군민과 함께 진심으로 환영합니다', LSH, None, [PH], 'statement'),
   C('공공병원이 지난 8일 입지 발표로 현실화 되었습니다', LSH, None, [PH], 'achievement'),
   C('고속도로 진・출입로 인근이라는 점이 크게 작용한 것으로 보고 있습니다', LSH, None, [PH], 'statement'),
   C('우수 의료진 확보가 가능한 것 등이 큰 장점으로 작용한 것이라 생각합니다', LSH, None, [PH], 'statement'),
   C('상급 종합병원과 공공병원이 없는 유일한 도시입니다', LSH, None, [PH], 'statement'),
   C('공공병원의 건립으로 울산시민의 삶의 질이 높아지고, 건강 지표는 상승할 것입니다', LSH, None, [PH], 'statement'),
   C('행정적‧재정적 지원에 대한 약속은 반드시 지켜 나갈 것입니다', LSH, None, [PH], 'plan'),
   C('맞춤형 공공병원으로 확대, 발전시켜 나가는 데도 심혈을 기울여 나가겠다는 것을 약속드립니다', LSH, None, [PH], 'plan'),
   C('500병상에는 미치지 못하는 산재전문 공공병원으로 출발했지만', LSH, None, [PH], 'statement')],
  ['울주군수 이선호입니다', '반갑고 기쁜 일이 아닐 수 없습니다',
   '암과 뇌혈관질환 사망률 역시 특‧광역시 1위라는 불명예를 안고 있습니다'])

FD = 'fine-dust'; D8 = '2017-12-12'; ASS = 'ahn-sang-su'
W('kk-08-ytn.txt',
  ('창원시, 2022년까지 미세먼지 30% 줄인다', '2017-12-12T15:10+09:00', '박종혁', 'YTN', '48120'),
  [ASS],
  [C('미세먼지를 오는 2022년까지 30% 줄이는 방안을 발표했습니다', None, D8, [FD], 'target'),
   C('6개 부문에 걸쳐 미세먼지 30%를 오는 2022년까지 줄이겠다고 밝혔습니다', ASS, D8, [FD], 'target'),
   C('모두 545억 원을 투자한다고 설명했습니다', ASS, D8, [FD], 'plan'),
   C('창원시 미세먼지 농도는 최근 3년 동안 전국 평균 농도보다 1.1%', None, D8, [FD], 'statement'),
   C('미세먼지 국내 배출량 30%를 줄이기로 방침을 정했습니다', None, D8, [FD], 'target')],
  ['창원시, 2022년까지 미세먼지 30% 줄인다', '박종혁 [johnpark@ytn.co.kr]'])

AG = 'agriculture'; E9 = '2023-01-19'
W('kk-09-segye.txt',
  ('부산 기장군 문동권역, 어촌신활력증진사업 대상지 선정', '2023-01-20T01:00:00+09:00', None, '세계일보', '26710'),
  [],
  [C('‘어촌신활력증진사업’에 부산 기장군이 대상지로 선정됐다', None, E9, [AG], 'achievement'),
   C('공모에 기장군 문동권역이 최종 선정됐다', None, E9, [AG], 'achievement'),
   C('3가지 유형의 사업으로 추진된다', None, E9, [AG], 'statement'),
   C('총 3조원의 사업비를 투자할 계획이다', None, E9, [AG], 'target'),
   C('총 65곳의 사업대상지를 선정했다', None, E9, [AG], 'achievement'),
   C("‘어촌 생활플랫폼 조성’ 유형으로 신청해 선정됐다", None, E9, [AG], 'achievement'),
   C('국비 70억원 등 총 100억원이 투입되며', None, E9, [AG], 'plan'),
   C('임랑-문동-칠암 권역을 중심으로 정주환경을 개선하고', None, E9, [AG], 'plan')],
  ['대상에 선정된 부산 기장군 문동권역. 부산시 제공', '부산 기장군 문동권역, 어촌신활력증진사업 대상지 선정'])
