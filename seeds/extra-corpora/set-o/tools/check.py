"""Checks set-o gold: quotes/not_claims occur exactly once (whitespace collapsed), slugs, person keys (+term), codes, ISO dates."""
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
walk(yaml.safe_load(open(S + 'policies.yaml', encoding='utf-8')))
offs = {}
for r in csv.DictReader(open(S + 'officials.csv', encoding='utf-8')): offs.setdefault(r['person_key'], []).append(r)
codes = {r['code'] for r in csv.DictReader(open(S + 'local_governments.csv', encoding='utf-8'))}
real = {'o-01': '2019-01-17', 'o-02': '2017-03-28', 'o-03': '2015-12-02', 'o-04': '2019-02-01', 'o-05': '2019-07-01',
        'o-06': '2024-01-25', 'o-07': '2025-06-26', 'o-08': '2019-05-14', 'o-09': '2020-01-06'}
def norm(t): return re.sub(r'\s+', ' ', t).strip()
def iso(s):
    try: datetime.date.fromisoformat(s[:10]); return True
    except Exception: return False
bad = 0
for g in sorted(glob.glob('gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    text = norm(open('articles/' + d['article'], encoding='utf-8').read())
    for c in d['claims']:
        n = text.count(norm(c['quote']))
        if n != 1: print('QUOTE COUNT', n, g, c['quote']); bad += 1
        for p in c['policies']:
            if p not in slugs: print('SLUG', g, p); bad += 1
        if not c['policies']: print('NO POLICY', g, c['quote']); bad += 1
        if c['speaker'] and c['speaker'] not in d['officials']: print('SPEAKER NOT IN OFFICIALS', g, c['speaker']); bad += 1
        if c['kind'] not in ('plan', 'achievement', 'target', 'criticism', 'statement'): print('KIND', g); bad += 1
        if c['date'] is not None and not iso(c['date']): print('DATE', g, c['date']); bad += 1
        if d['metadata']['published'] is None and c['date'] is not None: print('DATE WITHOUT PUBLISHED', g); bad += 1
    for n in d['not_claims']:
        if norm(n) not in text: print('NOT_CLAIM MISSING', g, n); bad += 1
        for c in d['claims']:
            if norm(c['quote']) in norm(n) or norm(n) in norm(c['quote']): print('OVERLAP', g, n); bad += 1
    m = d['metadata']
    if m['published'] and not iso(m['published']): print('PUBLISHED', g); bad += 1
    if m['jurisdiction'] and m['jurisdiction'] not in codes: print('CODE', g, m['jurisdiction']); bad += 1
    day = real[d['article'][:4]]
    for k in d['officials']:
        rows = offs.get(k)
        if not rows: print('KEY', g, k); bad += 1; continue
        if not any((r['term_start'] or '0') <= day <= (r['term_end'] or '9') for r in rows): print('TERM', g, k, day); bad += 1
print('files:', len(glob.glob('gold/*.json')), 'problems:', bad)
