"""Helper: write one gold file and report quote counts (whitespace collapsed)."""
import json, re
BASE = '/work/blind/set-rr/'
norm = lambda t: re.sub(r'\s+', ' ', t).strip()
def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name: c["speaker_name"] = speaker_name
    return c
def write(article, metadata, officials, claims, not_claims):
    text = norm(open(BASE + 'articles/' + article, encoding='utf-8').read())
    for c in claims:
        n = text.count(norm(c['quote']))
        if n != 1: print('QUOTE', n, c['quote'])
    for q in not_claims:
        if norm(q) not in text: print('NOTCLAIM MISSING', q)
    d = {"article": article, "metadata": metadata, "officials": officials, "claims": claims, "not_claims": not_claims}
    with open(BASE + 'gold/' + article + '.json', 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1); f.write('\n')
    print(article, len(claims), 'claims')
