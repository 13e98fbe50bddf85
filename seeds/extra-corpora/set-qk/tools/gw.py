"""Helper: write one gold file. Usage from per-article scripts: from gw import write"""
import json, os, re
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def C(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name: d["speaker_name"] = speaker_name
    return d
def write(article, metadata, officials, claims, not_claims):
    text = re.sub(r'\s+', ' ', open(os.path.join(BASE, 'articles', article), encoding='utf-8').read())
    for c in claims:
        n = text.count(re.sub(r'\s+', ' ', c['quote']))
        assert n == 1, (c['quote'], n)
    for q in not_claims:
        assert re.sub(r'\s+', ' ', q) in text, q
    g = {"article": article, "metadata": metadata, "officials": officials, "claims": claims, "not_claims": not_claims}
    with open(os.path.join(BASE, 'gold', article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(article, len(claims))
