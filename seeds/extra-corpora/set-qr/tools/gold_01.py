import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = '2017-07-10'
write('qr-01-chungnamsisa.txt',
 {'headline': '미세먼지 ‘더이상 발붙일 곳 없어’', 'published': D, 'reporter': None, 'outlet': None, 'jurisdiction': '44130'},
 [],
 [C('천안시가 고농도 미세먼지 분야별 중장기 종합대책을 본격 추진한다', None, D, ['fine-dust'], 'plan'),
  C('이번 종합대책은 고농도 미세먼지의 피해를 예방하고', None, D, ['fine-dust'], 'statement'),
  C('초미세먼지(PM-2.5)는 25㎍/㎥이하의 관리목표를 세우고', None, D, ['fine-dust'], 'target'),
  C('전체 재원은 653억원이 소요될 것으로 보인다', None, D, ['fine-dust'], 'statement'),
  C('중점 추진사항으로 이동배출원 관리, 친환경자동차 확산 인프라 구축', None, D, ['fine-dust', 'future-vehicles'], 'plan'),
  C('노후경유차 3만5886대를 2030년까지 연차적으로 조기 폐차하도록 지원한다', None, D, ['fine-dust'], 'target'),
  C('경유 시내버스 45대와 노후 천연가스버스 60대를 2020년까지', None, D, ['fine-dust'], 'target'),
  C('전기자동차를 지난해 공공부문에 우선 도입했고, 내년부터 민간부문으로 확대한다', None, D, ['fine-dust', 'future-vehicles'], 'plan'),
  C('2020년까지 전기자동차 500대와 도심 거점지역별로 급속 또는 완속 충전시설 150기를 보급한다', None, D, ['fine-dust', 'future-vehicles'], 'target'),
  C('친환경자동차인 수소연료전지차 보급과 수소자동차 충전소를 구축해', None, D, ['fine-dust', 'future-vehicles'], 'plan'),
 ],
 ['미세먼지 ‘더이상 발붙일 곳 없어’', '고농도 미세먼지 감소 위해 천안시 2025년까지 653억 투자'])
