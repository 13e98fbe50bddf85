"""Writes gold/*.json from tools/gold_src/*.py (each defines G, the gold dict) and checks quotes occur exactly once."""
import json, os, re, glob, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
norm = lambda t: re.sub(r'\s+', ' ', t).strip()
for src in sorted(glob.glob(os.path.join(HERE, 'gold_src', '*.py'))):
    G = runpy.run_path(src)['G']
    text = norm(open(os.path.join(ROOT, 'articles', G['article']), encoding='utf-8').read())
    for c in G['claims']:
        n = text.count(norm(c['quote']))
        if n != 1: print('QUOTE', n, G['article'], c['quote'])
    for q in G['not_claims']:
        if norm(q) not in text: print('NOTCLAIM MISSING', G['article'], q)
    with open(os.path.join(ROOT, 'gold', G['article'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(G, f, ensure_ascii=False, indent=1)
    print(G['article'], len(G['claims']))
