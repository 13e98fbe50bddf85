"""Checks set-y gold: each quote occurs exactly once (whitespace collapsed), not_claims occur, slugs/keys/codes exist, dates ISO, officials' terms cover the claim dates."""
import json, glob, re, csv, yaml, datetime
S = '/work/main/seeds/'
slugs = set()
def walk(x):
    if isinstance(x, dict):
        if 'slug' in x: slugs.add(x['slug'])
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(yaml.safe_load(open(S + 'policies.yaml')))
offs = {}
for r in csv.DictReader(open(S + 'officials.csv', encoding='utf-8')): offs.setdefault(r['person_key'], []).append(r)
codes = {r['code'] for r in csv.DictReader(open(S + 'local_governments.csv', encoding='utf-8'))}
norm = lambda t: re.sub(r'\s+', ' ', t).strip()
bad = 0
for g in sorted(glob.glob('/work/blind/set-y/gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    text = norm(open('/work/blind/set-y/articles/' + d['article'], encoding='utf-8').read())
    for c in d['claims']:
        n = text.count(norm(c['quote']))
        if n != 1: print('QUOTE COUNT', n, g, c['quote']); bad += 1
        for p in c['policies']:
            if p not in slugs: print('SLUG', g, p); bad += 1
        if c['speaker'] and c['speaker'] not in d['officials']: print('SPEAKER', g, c['speaker']); bad += 1
        if c['kind'] not in ('plan', 'achievement', 'target', 'criticism', 'statement'): print('KIND', g); bad += 1
        if c['date']:
            datetime.date.fromisoformat(c['date'])
            if c['speaker'] and not any((r['term_start'] or '0') <= c['date'] <= (r['term_end'] or '9') for r in offs[c['speaker']]):
                print('TERM', g, c['speaker'], c['date']); bad += 1
    for n in d['not_claims']:
        if norm(n) not in text: print('NOT_CLAIM MISSING', g, n); bad += 1
    j = d['metadata']['jurisdiction']
    if j and j not in codes: print('CODE', g, j); bad += 1
    for k in d['officials']:
        if k not in offs: print('KEY', g, k); bad += 1
print('problems:', bad)
