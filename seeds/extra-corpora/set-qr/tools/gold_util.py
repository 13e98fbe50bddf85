"""Tiny helper: write one gold file and check quotes occur exactly once (whitespace collapsed)."""
import json, os, re, sys
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def col(s): return re.sub(r'\s+', ' ', s).strip()
def write(article, meta, officials, claims, not_claims):
    text = col(open(os.path.join(BASE, 'articles', article), encoding='utf-8').read())
    ok = True
    for c in claims:
        n = text.count(col(c['quote']))
        if n != 1: print('QUOTE x%d: %s' % (n, c['quote'])); ok = False
    for q in not_claims:
        if col(q) not in text: print('NOTCLAIM missing: %s' % q); ok = False
    g = {'article': article, 'metadata': meta, 'officials': officials, 'claims': claims, 'not_claims': not_claims}
    with open(os.path.join(BASE, 'gold', article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
    print(article, 'claims', len(claims), 'OK' if ok else 'PROBLEMS')
def C(quote, speaker, date, policies, kind):
    return {'quote': quote, 'speaker': speaker, 'date': date, 'policies': policies, 'kind': kind}
