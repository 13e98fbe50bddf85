import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = '2024-01-31'
write('qr-03-asiatoday.txt',
 {'headline': '아산시 ‘출생아 증가 폭 전국 1위’ 이유 있었네', 'published': '2024-01-31T15:38+09:00', 'reporter': '이신학', 'outlet': None, 'jurisdiction': '44200'},
 [],
 [C('출생아 증가 폭 전국 1위(2023년 7월 기준)라는 결실로 이어지며 순항을 하고 있다', None, D, ['childcare-birth'], 'achievement'),
  C('최근 10년간 인구수가 7만 명이 늘어난 39만 명에 육박하고 있다고 31일 밝혔다', None, D, ['jobs', 'housing'], 'achievement'),
  C('출생축하금 확대 지원 등 출산장려정책을 역점적으로 추진하고 있다', None, D, ['childcare-birth'], 'statement'),
  C('셋째 이상 다자녀 출산 가정에는 1000만 원을 지급해', None, D, ['childcare-birth'], 'statement'),
  C('그 외 산후관리비 100만 원, 아빠 육아 휴직 장려금 180만 원, 신혼부부 주택이자 지원', None, D, ['childcare-birth', 'housing'], 'statement'),
  C('현재 기준 셋째 출산 가정인 경우 지원 금액은', None, D, ['childcare-birth'], 'statement'),
  C('또한 양질의 일자리 창출과 더불어 출생 친화적인 사회 분', None, D, ['jobs', 'childcare-birth'], 'statement'),
 ],
 ['아산시 ‘출생아 증가 폭 전국 1위’ 이유 있었네', '아산시청 전경'])
