"""Small helper to write one set-rm gold file (hand annotation; see GOLD_NOTES.md)."""
import json
def C(q, s, d, p, k, name=None):
    c = {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
    if name: c["speaker_name"] = name
    return c
def write(article, meta, officials, claims, not_claims):
    g = {"article": article, "metadata": meta, "officials": officials, "claims": claims, "not_claims": not_claims}
    with open('/work/blind/set-rm/gold/' + article + '.json', 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(article, len(claims), 'claims')
