"""Checks set-j gold: JSON; every quote occurs exactly once in its article (whitespace collapsed; .jsonl checked both
as raw file text and as decoded field values); not_claims occur; slugs in seeds/policies.yaml; person keys in
seeds/officials.csv with a term covering the real date; codes in seeds/local_governments.csv; ISO dates."""
import json, glob, re, csv, os, datetime
import yaml
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
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
def norm(t): return re.sub(r'\s+', ' ', t).strip()
# real dates of the texts (SOURCES.csv, column real_date) for the term check
real = {'j-01': '2018-09-13', 'j-02': '2020-10-18', 'j-03': '2016-04-20', 'j-04': '2023-04-24', 'j-05': '2021-07-01',
        'j-06': '2019-12-31', 'j-07': '2019-01-23', 'j-08': '2024-09-20', 'j-09': '2017-05-22', 'j-10': '2015-07-09'}
def iso(s):
    if s is None: return True
    try:
        datetime.datetime.fromisoformat(s); return True
    except ValueError: return False
bad = 0
for g in sorted(glob.glob('gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    raw = open('articles/' + d['article'], encoding='utf-8').read()
    texts = [norm(raw)]
    if d['article'].endswith('.jsonl'):
        texts.append(norm('\n'.join('\n'.join(str(v) for v in json.loads(l).values()) for l in raw.splitlines() if l.strip())))
    for c in d['claims']:
        for t in texts:
            n = t.count(norm(c['quote']))
            if n != 1: print('QUOTE COUNT', n, g, c['quote']); bad += 1
        for p in c['policies']:
            if p not in slugs: print('SLUG', g, p); bad += 1
        if not c['policies']: print('NO POLICY', g, c['quote']); bad += 1
        if c['speaker'] and c['speaker'] not in d['officials']: print('SPEAKER NOT IN OFFICIALS', g, c['speaker']); bad += 1
        if c['kind'] not in ('plan', 'achievement', 'target', 'criticism', 'statement'): print('KIND', g); bad += 1
        if not iso(c['date']) or (c['date'] and len(c['date']) != 10): print('DATE', g, c['date']); bad += 1
        if d['metadata']['published'] is None and c['date'] is not None: print('DATE WITHOUT PUBLISHED', g); bad += 1
    qs = [norm(c['quote']) for c in d['claims']]
    for i, a in enumerate(qs):
        for j, b in enumerate(qs):
            if i != j and a in b: print('QUOTE INSIDE QUOTE', g, a); bad += 1
    for n in d['not_claims']:
        for t in texts:
            if norm(n) not in t: print('NOT_CLAIM MISSING', g, n); bad += 1
        for q in qs:
            if norm(n) in q or q in norm(n): print('NOT_CLAIM OVERLAPS QUOTE', g, n); bad += 1
    if not iso(d['metadata']['published']): print('PUBLISHED', g); bad += 1
    j = d['metadata']['jurisdiction']
    if j and j not in codes: print('CODE', g, j); bad += 1
    day = real[d['article'][:4]]
    for k in d['officials']:
        rows = offs.get(k)
        if not rows: print('KEY', g, k); bad += 1; continue
        if not any((r['term_start'] or '0') <= day <= (r['term_end'] or '9') for r in rows): print('TERM', g, k, day); bad += 1
    print(d['article'], len(d['claims']))
print('problems:', bad)
