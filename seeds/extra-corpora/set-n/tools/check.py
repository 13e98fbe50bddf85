"""Checks set-n gold: quotes/not_claims occur exactly once (whitespace collapsed); slugs, person keys, codes exist;
dates ISO; speakers listed in officials; officials in term on the real date of the text (SOURCES.csv)."""
import json, glob, re, csv, datetime
import yaml
S = '/work/main/seeds/'
slugs = {p['slug'] for p in yaml.safe_load(open(S + 'policies.yaml', encoding='utf-8'))['policies']}
offs = {}
for r in csv.DictReader(open(S + 'officials.csv', encoding='utf-8')): offs.setdefault(r['person_key'], []).append(r)
codes = {r['code']: r for r in csv.DictReader(open(S + 'local_governments.csv', encoding='utf-8'))}
# n-04 and n-07 dates are estimates (see SOURCES.csv): only used for the term check
real = {'n-01': '2017-11-01', 'n-02': '2023-05-24', 'n-03': '2025-08-21', 'n-04': '2023-06-01', 'n-05': '2023-04-25',
        'n-06': '2021-03-18', 'n-07': '2015-12-10', 'n-08': '2022-10-25', 'n-09': '2019-10-15', 'n-10': '2018-09-27'}
def norm(t): return re.sub(r'\s+', ' ', t).strip()
def iso(d):
    if d is None: return True
    try: datetime.date.fromisoformat(d[:10]); return True
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
        if not iso(c['date']): print('DATE', g, c['date']); bad += 1
    qs = [norm(c['quote']) for c in d['claims']]
    for i, a in enumerate(qs):
        for j, b in enumerate(qs):
            if i != j and a in b: print('QUOTE INSIDE QUOTE', g, a); bad += 1
    for n_ in d['not_claims']:
        if norm(n_) not in text: print('NOT_CLAIM MISSING', g, n_); bad += 1
        for q in qs:
            if q in norm(n_) or norm(n_) in q: print('NOT_CLAIM OVERLAPS CLAIM', g, n_); bad += 1
    m = d['metadata']
    if not iso(m['published']): print('PUBLISHED', g); bad += 1
    j = m['jurisdiction']
    day = real[d['article'][:4]]
    if j:
        r = codes.get(j)
        if not r: print('CODE', g, j); bad += 1
        elif not ((r['valid_from'] or '0') <= day <= (r['valid_to'] or '9')): print('CODE NOT VALID', g, j, day); bad += 1
    for k in d['officials']:
        rows = offs.get(k)
        if not rows: print('KEY', g, k); bad += 1; continue
        if not any((r['term_start'] or '0') <= day <= (r['term_end'] or '9') for r in rows): print('TERM', g, k, day); bad += 1
    print(d['article'], len(d['claims']), 'claims')
print('problems:', bad)
