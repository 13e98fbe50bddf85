"""Checks set-k gold: valid JSON; every quote occurs exactly once and every not_claim at least once in its article
(whitespace collapsed); no not_claim contains a gold quote; slugs exist in seeds/policies.yaml; person keys exist in
seeds/officials.csv with a term covering the real date of the text; speakers listed in officials; jurisdiction codes
exist in seeds/local_governments.csv; dates and published are ISO; kinds valid."""
import json, glob, re, csv, datetime
import yaml
S = '/work/main/seeds/'
slugs = {p['slug'] for p in yaml.safe_load(open(S + 'policies.yaml', encoding='utf-8'))['policies']}
offs = {}
for r in csv.DictReader(open(S + 'officials.csv', encoding='utf-8')): offs.setdefault(r['person_key'], []).append(r)
codes = {r['code'] for r in csv.DictReader(open(S + 'local_governments.csv', encoding='utf-8'))}
def norm(t): return re.sub(r'\s+', ' ', t).strip()
# real dates of the texts (see SOURCES.csv), for the term check only
real = {'k-01': '2018-11-19', 'k-02': '2019-07-02', 'k-03': '2020-06-29', 'k-04': '2020-11-26', 'k-05': '2022-09-23',
        'k-06': '2019-12-04', 'k-07': '2022-12-15', 'k-08': '2018-11-08', 'k-09': '2017-02-23', 'k-10': '2024-07-02'}
KINDS = {'plan', 'achievement', 'target', 'criticism', 'statement'}
bad = 0
def err(*a):
    global bad; bad += 1; print(*a)
for g in sorted(glob.glob('gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    text = norm(open('articles/' + d['article'], encoding='utf-8').read())
    for c in d['claims']:
        q = norm(c['quote']); n = text.count(q)
        if n != 1: err('QUOTE COUNT', n, g, q)
        for p in c['policies']:
            if p not in slugs: err('SLUG', g, p)
        if not c['policies']: err('NO POLICY', g, q)
        if c['speaker'] and c['speaker'] not in d['officials']: err('SPEAKER NOT IN OFFICIALS', g, c['speaker'])
        if c['kind'] not in KINDS: err('KIND', g, c['kind'])
        if c['date'] is not None:
            try: datetime.date.fromisoformat(c['date'])
            except ValueError: err('DATE', g, c['date'])
        if d['metadata']['published'] is None and c['date'] is not None: err('DATE WITHOUT PUBLISHED', g, q)
    for nc in d['not_claims']:
        if norm(nc) not in text: err('NOT_CLAIM MISSING', g, nc)
        for c in d['claims']:
            if norm(c['quote']) in norm(nc): err('NOT_CLAIM CONTAINS QUOTE', g, nc)
    pub = d['metadata']['published']
    if pub is not None:
        try: datetime.datetime.fromisoformat(pub) if 'T' in pub else datetime.date.fromisoformat(pub)
        except ValueError: err('PUBLISHED', g, pub)
    j = d['metadata']['jurisdiction']
    if j and j not in codes: err('CODE', g, j)
    day = real[d['article'][:4]]
    for k in d['officials']:
        rows = offs.get(k)
        if not rows: err('KEY', g, k); continue
        if not any((r['term_start'] or '0') <= day <= (r['term_end'] or '9') for r in rows): err('TERM', g, k, day)
    for f in ('headline', 'published', 'reporter', 'outlet', 'jurisdiction'):
        if f not in d['metadata']: err('META FIELD', g, f)
    h = d['metadata']['headline']
    if h and norm(h) not in text: err('HEADLINE NOT IN TEXT', g)
print('problems:', bad)
