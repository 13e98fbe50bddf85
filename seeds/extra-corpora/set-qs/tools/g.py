"""Helper: writes one gold file and checks that each quote / not_claim occurs exactly once (whitespace collapsed)."""
import json, re, sys
BASE = '/work/blind/set-qs/'
def C(q, sp, date, pol, kind, name=None):
    d = {"quote": q, "speaker": sp, "date": date, "policies": pol, "kind": kind}
    if name: d["speaker_name"] = name
    return d
def write(art, meta, officials, claims, not_claims):
    text = re.sub(r'\s+', ' ', open(BASE + 'articles/' + art, encoding='utf-8').read())
    for c in claims:
        n = text.count(re.sub(r'\s+', ' ', c['quote']))
        if n != 1: print('QUOTE', n, c['quote'])
    for q in not_claims:
        if re.sub(r'\s+', ' ', q) not in text: print('NOTCLAIM missing', q)
    g = {"article": art, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    json.dump(g, open(BASE + 'gold/' + art + '.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(art, len(claims), 'claims')
