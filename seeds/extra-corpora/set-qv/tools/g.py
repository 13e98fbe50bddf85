"""Helper: write one gold file. Claims are tuples (quote, speaker, date, policies, kind[, speaker_name])."""
import json
def write(article, meta, officials, claims, not_claims):
    out = {"article": article, "metadata": meta, "officials": officials, "claims": [], "not_claims": not_claims}
    for c in claims:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        out["claims"].append(d)
    open('/work/blind/set-qv/gold/' + article + '.json', 'w', encoding='utf-8').write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    print(article, len(out["claims"]), "claims")
