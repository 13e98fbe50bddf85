"""Helper: write one gold file (called from tools/gold_NN.py)."""
import json, os
BASE = '/work/blind/set-qw'
def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c
def write(article, metadata, officials, claims, not_claims):
    d = {"article": article, "metadata": metadata, "officials": officials, "claims": claims, "not_claims": not_claims}
    with open(os.path.join(BASE, 'gold', article + '.json'), 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(article, len(claims), 'claims')
