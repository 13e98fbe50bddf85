import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = None
write('qr-08-daejonilbo.txt',
 {'headline': None, 'published': None, 'reporter': '천재상', 'outlet': '대전일보', 'jurisdiction': '36'},
 [],
 [C('싱싱장터 3호점을 착공하고 가공품목을 100개로 확대하는 등 신년 로컬푸드 운동을 확대할 방침이다', None, D, ['agriculture'], 'target'),
  C('싱싱장터 3·4호점을 빠른 시일 내에 개장할 수 있도록 제반절차를 추진한다', None, D, ['agriculture'], 'plan'),
  C('싱싱장터 3호점을 올 하반기 착공해 내년 하반기에 개장할 계획이며', None, D, ['agriculture'], 'plan'),
  C('지역 농산물 7개 품목을 전략적으로 육성해 공급을 확대하고', None, D, ['agriculture'], 'plan'),
  C('이와 함께 도시농업 육성 5개년 계획을 추진한다', None, D, ['agriculture'], 'plan'),
  C('11개 과제 추진에 2025년까지 258억 원을 투자할 예정이다', None, D, ['agriculture'], 'plan'),
  C('생활밀착형 도시농업 신모델을 시범 운영하고', None, D, ['agriculture'], 'plan'),
 ],
 ['2021년 농업정책 업무계획을 설명했다'])
