"""Checks set-i gold: JSON, quotes/not_claims in article (whitespace collapsed, HTML visible text), keys, slugs, codes."""
import json, glob, re, csv, os, html
from html.parser import HTMLParser
import yaml
S = '/work/main/seeds/'
slugs = set()
def walk(x):
    if isinstance(x, dict):
        if 'slug' in x and 'keywords' in x: slugs.add(x['slug'])
        for v in x.values(): walk(v)
    elif isinstance(x, list):
        for v in x: walk(v)
walk(yaml.safe_load(open('/work/shared/reference/policies.yaml')))
offs = {}
for r in csv.DictReader(open(S + 'officials.csv', encoding='utf-8')): offs.setdefault(r['person_key'], []).append(r)
codes = {r['code'] for r in csv.DictReader(open(S + 'local_governments.csv', encoding='utf-8'))}
class V(HTMLParser):
    def __init__(s): super().__init__(); s.t = []
    def handle_data(s, d): s.t.append(d)
def norm(t): return re.sub(r'\s+', ' ', t).strip()
# real dates of the texts (SOURCES.csv) for the term check
real = {'i-01': '2018-12-04', 'i-02': '2025-01-24', 'i-03': '2023-09-01', 'i-04': '2017-07-04', 'i-05': '2019-06-30',
        'i-06': '2019-01-23', 'i-07': '2021-09-13', 'i-08': '2025-12-23', 'i-09': '2026-01-26', 'i-10': '2025-09-30'}
bad = 0
for g in sorted(glob.glob('gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    raw = open('articles/' + d['article'], encoding='utf-8').read()
    if d['article'].endswith('.html'):
        v = V(); v.feed(raw); raw = ''.join(v.t)
    text = norm(raw)
    for c in d['claims']:
        if norm(c['quote']) not in text: print('QUOTE MISSING', g, c['quote']); bad += 1
        for p in c['policies']:
            if p not in slugs: print('SLUG', g, p); bad += 1
        if c['speaker'] and c['speaker'] not in d['officials']: print('SPEAKER NOT IN OFFICIALS', g, c['speaker']); bad += 1
        if c['kind'] not in ('plan', 'achievement', 'target', 'criticism', 'statement'): print('KIND', g); bad += 1
    for n in d['not_claims']:
        if norm(n) not in text: print('NOT_CLAIM MISSING', g, n); bad += 1
    j = d['metadata']['jurisdiction']
    if j and j not in codes: print('CODE', g, j); bad += 1
    day = real[d['article'][:4]]
    for k in d['officials']:
        rows = offs.get(k)
        if not rows: print('KEY', g, k); bad += 1; continue
        if not any((r['term_start'] or '0') <= day <= (r['term_end'] or '9') for r in rows): print('TERM', g, k, day); bad += 1
print('problems:', bad)
