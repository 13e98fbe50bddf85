import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = '2022-07-06'; J = 'jeong-yong-rae'
write('qr-04-ccnnews.txt',
 {'headline': '정용래 유성구청장 "미래도시 유성으로 만들 것" 각오', 'published': D, 'reporter': '김용우', 'outlet': '충청뉴스', 'jurisdiction': '30200'},
 [J],
 [C('자치분권 및 4차산업혁명 선도를 정책기조로 삼고 미래 비전을 제시하겠다', J, D, ['decentralization', 'fourth-industrial-revolution'], 'plan'),
  C('정 청장의 4대 구정 목표는 ▲미래선도도시 ▲친환경 스마트도시 ▲주민자치도시 ▲문화복지도시 구축 등이다', None, D, ['smart-city', 'citizen-participation', 'culture-tourism', 'welfare'], 'plan'),
 ],
 ['35만 구민과 함께 미래도시 유성으로 만들겠다',
  '유성스타(STAR)는 유성구민 모두가 반짝이는 주인공이 돼',
  '민선 8기 4년간 유성을 대전 최고의 도시로 성장시키겠다',
  '유성 발전을 위한 지역 언론의 건강한 비판과 조언을 기대한다'])
