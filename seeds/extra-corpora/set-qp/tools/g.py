"""Helper: write one gold file and check quotes occur exactly once (whitespace collapsed)."""
import json, re, sys
B = '/work/blind/set-qp/'
norm = lambda t: re.sub(r'\s+', ' ', t).strip()
def C(q, sp, d, pol, kind, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
    if name: c["speaker_name"] = name
    return c
def write(art, meta, officials, claims, not_claims):
    text = norm(open(B + 'articles/' + art, encoding='utf-8').read())
    for c in claims:
        n = text.count(norm(c['quote']))
        if n != 1: print('QUOTE', n, c['quote'])
    for x in not_claims:
        if norm(x) not in text: print('NC MISSING', x)
    g = {"article": art, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    json.dump(g, open(B + 'gold/' + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(art, len(claims), 'claims')
