"""Checks set-l gold: JSON; every quote occurs exactly once and every not_claim at least once in the article text
(whitespace collapsed; .jsonl compared on the decoded excerpt); slugs in policies.yaml; person keys in officials.csv
with a term covering the real date of the text (SOURCES.csv); speakers listed in officials; codes in
local_governments.csv; dates ISO or null; kinds valid."""
import json, glob, re, csv, os, datetime
import yaml
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
S = '/work/main/seeds/'
slugs = {p['slug'] for p in yaml.safe_load(open(S + 'policies.yaml', encoding='utf-8'))['policies']}
offs = {}
for r in csv.DictReader(open(S + 'officials.csv', encoding='utf-8')): offs.setdefault(r['person_key'], []).append(r)
codes = {r['code'] for r in csv.DictReader(open(S + 'local_governments.csv', encoding='utf-8'))}
def norm(t): return re.sub(r'\s+', ' ', t).strip()
real = {'l-01': '2024-01-02', 'l-02': '2017-12-14', 'l-03': '2022-07-24', 'l-04': '2015-01-02', 'l-05': '2022-01-03',
        'l-06': '2024-07-02', 'l-07': '2022-01-11', 'l-08': '2024-05-22', 'l-09': '2025-06-28', 'l-10': '2025-04-15'}
bad = 0
for g in sorted(glob.glob('gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    raw = open('articles/' + d['article'], encoding='utf-8').read()
    if d['article'].endswith('.jsonl'):
        raw = '\n'.join(json.loads(l)['excerpt'] for l in raw.splitlines() if l.strip())
    text = norm(raw)
    for c in d['claims']:
        n = text.count(norm(c['quote']))
        if n != 1: print('QUOTE COUNT', n, g, c['quote']); bad += 1
        for p in c['policies']:
            if p not in slugs: print('SLUG', g, p); bad += 1
        if not c['policies']: print('NO POLICY', g, c['quote']); bad += 1
        if c['speaker'] and c['speaker'] not in d['officials']: print('SPEAKER NOT IN OFFICIALS', g, c['speaker']); bad += 1
        if c['kind'] not in ('plan', 'achievement', 'target', 'criticism', 'statement'): print('KIND', g); bad += 1
        if c['date'] is not None:
            try: datetime.date.fromisoformat(c['date'])
            except Exception: print('DATE', g, c['date']); bad += 1
    qs = [norm(c['quote']) for c in d['claims']]
    for i, a in enumerate(qs):
        for j, b in enumerate(qs):
            if i != j and a in b: print('QUOTE NESTED', g, a); bad += 1
    for n in d['not_claims']:
        if norm(n) not in text: print('NOT_CLAIM MISSING', g, n); bad += 1
        for q in qs:
            if q in norm(n) or norm(n) in q: print('NOT_CLAIM OVERLAPS QUOTE', g, n); bad += 1
    j = d['metadata']['jurisdiction']
    if j and j not in codes: print('CODE', g, j); bad += 1
    p = d['metadata']['published']
    if p:
        try: datetime.datetime.fromisoformat(p.replace('+09:00', '+09:00'))
        except Exception: print('PUBLISHED', g, p); bad += 1
    h = d['metadata']['headline']
    if h and norm(h) not in text: print('HEADLINE MISSING', g); bad += 1
    day = real[d['article'][:4]]
    for k in d['officials']:
        rows = offs.get(k)
        if not rows: print('KEY', g, k); bad += 1; continue
        if not any((r['term_start'] or '0') <= day <= (r['term_end'] or '9') for r in rows): print('TERM', g, k, day); bad += 1
    print(g, len(d['claims']))
print('problems:', bad)
