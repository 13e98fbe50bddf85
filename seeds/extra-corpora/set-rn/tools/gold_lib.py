"""Helper for writing set-rn gold files (hand annotation; see GOLD_NOTES.md)."""
import json, os
OUT = '/work/blind/set-rn/gold/'

def C(quote, speaker, date, policies, kind, name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if name:
        c["speaker_name"] = name
    return c

def write(article, metadata, officials, claims, not_claims):
    os.makedirs(OUT, exist_ok=True)
    d = {"article": article, "metadata": metadata, "officials": officials,
         "claims": claims, "not_claims": not_claims}
    with open(OUT + article + '.json', 'w', encoding='utf-8') as f:
        json.dump(d, f, ensure_ascii=False, indent=2)
    print(article, len(claims), 'claims')
