import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = '2018-03-14'; L = 'lee-hwan-ju'
write('qr-06-breaknews.txt',
 {'headline': '남원 공설시장 야간관광명소로 자리잡는다!', 'published': D, 'reporter': '김은정', 'outlet': None, 'jurisdiction': '45190'},
 [L],
 [C("사업에 선정돼 야간관광명소로 탈바꿈 될 전망이다", None, D, ['small-merchants', 'culture-tourism'], 'achievement'),
  C("지역의 대표 전통시장인 공설시장이 최종 선정되었다", None, D, ['small-merchants'], 'achievement'),
  C('2019년도까지 총 10억원의 사업비를 투입, 지역 특산품을 활용한 먹거리 특화골목으로 만들어갈 계획이다', None, D, ['small-merchants'], 'plan'),
  C('체류형 관광인프라가 구축돼 지역경제에 활력을 불어넣을 것으로 기대된다', None, D, ['small-merchants', 'culture-tourism'], 'statement'),
  C('각국의 다양한 메뉴를 선보여 중장년층에서 젊은층 고객들의 유입을 유도할 방침이다', None, D, ['small-merchants'], 'plan'),
  C('숙박관광을 정착시키기 위한 관광기반을 확충하는 동시에 서민경제의 활성화에 도움이 될 것', L, D, ['small-merchants', 'culture-tourism'], 'statement'),
  C("'주민주도형 골목경제 활성화 사업' 선정에 이은 두 번째 선정이다", None, D, ['small-merchants'], 'achievement'),
 ],
 ['남원 공설시장 야간관광명소로 자리잡는다!',
  '야간관광명소로 새로운 변화를 시도하고 있다',
  '경제 안정을 위해 행정력을 집중하겠다'])
