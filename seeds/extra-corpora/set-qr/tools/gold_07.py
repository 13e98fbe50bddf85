import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gold_util import write, C
D = '2016-06-12'
write('qr-07-anewsa.txt',
 {'headline': '당진시 등 忠西 4개 시군…석탄화력 대기오염피해 대책마련 촉구', 'published': '2016-06-12T12:18+09:00', 'reporter': '하동길', 'outlet': '아시아뉴스통신', 'jurisdiction': '44270'},
 ['kim-hong-jang', 'kim-dong-il', 'noh-bak-rae', 'han-sang-gi'],
 [C('오는 14일 국회 정론관에서 대기환경 개선촉구 공동기자회견을 갖는다고 12일 밝혔다', None, D, ['fine-dust'], 'plan'),
  C('환경피해 해소, 석탄 화력발전소 건설 철회 등을 요구할 계획으로 알려졌다', None, D, ['fine-dust', 'energy-transition'], 'plan'),
  C('미세먼지배출의 기준강화책과 추가 예정된 당진 에코파워발전소 철회등이 대두 될 전망이다', None, D, ['fine-dust', 'energy-transition'], 'statement'),
 ],
 ['오는 14일 국회 정론관서 공동기자회견 예정',
  '충남 당진시 당진화력발전소 가동모습',
  '이날 기자회견 자치단체는 충남 당진시(김홍장 시장)',
  '추가로 5개 발전소(826만㎾)가 건설 중에 있다',
  '배출하는 미세먼지가 수도권과 내륙지역에 영향을 미치고 있는 것으로 알려졌다'])
