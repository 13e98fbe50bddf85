import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = '2022-06-07'; K = 'kang-im-jun'
write('qr-02-yonhap.txt',
 {'headline': '강임준 군산시장 "\'역전의 명수\'처럼 지역경제 재도약에 혼신"', 'published': '2022-06-07T11:21+09:00', 'reporter': '홍인철', 'outlet': '연합뉴스', 'jurisdiction': '45130'},
 [K],
 [C('군산이 좋은 일자리 창출 등을 통해 다시 도약하고 큰 발전을 이뤄낼 것', K, D, ['jobs'], 'plan'),
  C('정부는 올해 군산을 고용위기지역으로 3번째 재지정했다', None, D, ['jobs'], 'achievement'),
  C('청년 창업, 농수산 식품산업 육성, 지역 상권 살리는 순환 경제 구축', K, D, ['startup-support', 'youth-policy', 'agriculture', 'small-merchants', 'education', 'climate-carbon'], 'plan'),
 ],
 ['선거 기간 흩어진 민심을 하나로 통합해 경제 재도약의 원년으로 삼겠다',
  "당선의 기쁨보다는 '군산 경제 재도약'이라는 엄중한 과제 앞에 무거운 책임감이 앞선다",
  '일자리 부족으로 인구 유출이 여전하고 상권이 쪼그라드는 등'])
