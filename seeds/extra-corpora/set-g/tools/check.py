import json, glob, csv, re, html, os, yaml
seeds = '/work/main/seeds'
keys = {r['person_key'] for r in csv.DictReader(open(f'{seeds}/officials.csv', encoding='utf-8'))}
codes = {r['code'] for r in csv.DictReader(open(f'{seeds}/local_governments.csv', encoding='utf-8'))}
slugs = {p['slug'] for p in yaml.safe_load(open('/work/shared/reference/policies.yaml'))['policies']}
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def visible(t):
    t = re.sub(r'<[^>]+>', ' ', t)
    return html.unescape(t)
bad = 0; tot = 0
for g in sorted(glob.glob('gold/*.json')):
    d = json.load(open(g, encoding='utf-8'))
    art = open('articles/' + d['article'], encoding='utf-8').read()
    text = norm(visible(art) if d['article'].endswith('.html') else art)
    for c in d['claims']:
        tot += 1
        if norm(c['quote']) not in text: print('MISSING quote', g, c['quote']); bad += 1
        if text.count(norm(c['quote'])) > 1: print('AMBIGUOUS quote', g, c['quote'])
        if c['speaker'] and c['speaker'] not in keys: print('BAD key', g, c['speaker']); bad += 1
        for p in c['policies']:
            if p not in slugs: print('BAD slug', g, p); bad += 1
        assert c['kind'] in {'plan','achievement','target','criticism','statement'}
    for q in d['not_claims']:
        if norm(q) not in text: print('MISSING not_claim', g, q); bad += 1
    for k in d['officials']:
        if k not in keys: print('BAD official', g, k); bad += 1
    j = d['metadata']['jurisdiction']
    if j and j not in codes: print('BAD code', g, j); bad += 1
    print(os.path.basename(g), len(d['claims']), d['officials'])
print('claims', tot, 'problems', bad)
