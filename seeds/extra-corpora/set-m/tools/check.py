"""Checks set-m gold: JSON; each quote occurs exactly once (whitespace collapsed) except sentences the page itself
prints twice (listed in DUP); not_claims occur; no quote inside another; slugs in seeds/policies.yaml; person keys in
seeds/officials.csv with a term covering the real date; speakers in officials; codes; ISO dates; kinds."""
import json, glob, re, csv, datetime
import yaml
S = '/work/main/seeds/'
slugs = set()
def walk(x):
    if isinstance(x, dict):
        if 'slug' in x and 'keywords' in x: slugs.add(x['slug'])
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(yaml.safe_load(open(S + 'policies.yaml')))
offs = {}
for r in csv.DictReader(open(S + 'officials.csv', encoding='utf-8')): offs.setdefault(r['person_key'], []).append(r)
codes = {r['code'] for r in csv.DictReader(open(S + 'local_governments.csv', encoding='utf-8'))}
norm = lambda t: re.sub(r'\s+', ' ', t).strip()
# real dates (SOURCES.csv; URL dates where the text has none) for the term check
real = {'m-01': '2019-05-23', 'm-02': '2020-11-26', 'm-03': '2020-11-05', 'm-04': '2019-07-23', 'm-05': '2024-01-16',
        'm-06': '2018-12', 'm-07': '2023', 'm-08': '2022-12-22', 'm-09': '2020-06-19', 'm-10': '2024-11-06'}
DUP = {('m-02', '18세부터 45세에 이르는'), ('m-02', '이 같은 내용을 골자로')}  # lede printed twice by the page
def iso(d):
    if d is None: return True
    for f in ('%Y-%m-%d', '%Y-%m'):
        try: datetime.datetime.strptime(d, f); return True
        except ValueError: pass
    return bool(re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d\+09:00', d))
bad = 0
for g in sorted(glob.glob('gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    text = norm(open('articles/' + d['article'], encoding='utf-8').read()); a = d['article'][:4]
    qs = [norm(c['quote']) for c in d['claims']]
    for c, q in zip(d['claims'], qs):
        n = text.count(q); allowed = 2 if any(a == x and q.startswith(y) for x, y in DUP) else 1
        if n != allowed: print('QUOTE COUNT', n, g, q); bad += 1
        if any(q != o and q in o for o in qs): print('QUOTE INSIDE OTHER', g, q); bad += 1
        for p in c['policies']:
            if p not in slugs: print('SLUG', g, p); bad += 1
        if not c['policies']: print('NO POLICY', g, q); bad += 1
        if c['speaker'] and c['speaker'] not in d['officials']: print('SPEAKER', g, c['speaker']); bad += 1
        if c['kind'] not in ('plan', 'achievement', 'target', 'criticism', 'statement'): print('KIND', g); bad += 1
        if not iso(c['date']): print('DATE', g, c['date']); bad += 1
    for n_ in d['not_claims']:
        if norm(n_) not in text: print('NOT_CLAIM MISSING', g, n_); bad += 1
        if any(q in norm(n_) or norm(n_) in q for q in qs): print('NOT_CLAIM OVERLAPS CLAIM', g, n_); bad += 1
    m = d['metadata']
    if not iso(m['published']): print('PUBLISHED', g); bad += 1
    if m['jurisdiction'] and m['jurisdiction'] not in codes: print('CODE', g); bad += 1
    for k in d['officials']:
        rows = offs.get(k)
        if not rows: print('KEY', g, k); bad += 1; continue
        if not any((r['term_start'] or '0') <= real[a] <= (r['term_end'] or '9') for r in rows): print('TERM', g, k); bad += 1
print('problems:', bad)
