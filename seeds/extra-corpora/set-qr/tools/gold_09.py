import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = None; Y = 'yu-hui-tae'
write('qr-09-tf.txt',
 {'headline': '취임 2주년 유희태 완주군수 "세계 일류 수소 도시로 도약"', 'published': None, 'reporter': '이경선', 'outlet': '더팩트', 'jurisdiction': '52710'},
 [Y],
 [C('완주군을 세계 일류 수소 도시 반열에 올려놓겠다', Y, D, ['energy-transition'], 'plan'),
  C('총 1314억 원 규모의 수소 생태계 조성 사업을 속도감 있게 추진한다', None, D, ['energy-transition'], 'plan'),
  C('연매출 10조 원을 목표로 수소경제 중심 도시 조성을 가속화하고 있다', Y, D, ['energy-transition'], 'target'),
  C('국내를 넘어 세계 최고 수준의 수소 생태계 기반을 구축하겠다', Y, D, ['energy-transition'], 'plan'),
  C('국내 유일의 수소용품검사지원센터가 조성돼 있으며', None, D, ['energy-transition'], 'achievement'),
  C('총 653억 원 규모의 신규 예산 확보에도 성공했다', None, D, ['energy-transition', 'future-vehicles'], 'achievement'),
  C('테크노밸리 제2산업단지 분양률 100% 달성 임박', None, D, ['investment-attraction'], 'achievement'),
  C('자치조직권 확대를 추진해 나가고', None, D, ['decentralization', 'energy-transition'], 'plan'),
  C('인구가족과를 신설하는 등 수소산업, 관광, 교육 강화', None, D, ['energy-transition', 'culture-tourism', 'education'], 'statement'),
 ],
 ['민선8기 후반기 2년 구상 밝혀… 수소 생태계 조성 사업 박차', '유희태 완주군수. / 완주군'])
