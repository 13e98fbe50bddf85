"""Writes one gold file: python3 write_gold.py NAME (reads gold_src/NAME.py, which defines G)."""
import json, sys, runpy
name = sys.argv[1]
G = runpy.run_path(f'/work/blind/set-qy/tools/gold_src/{name}.py')['G']
def C(quote, speaker, date, policies, kind):
    return {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
out = {"article": G["article"], "metadata": G["metadata"], "officials": G["officials"],
       "claims": [c if isinstance(c, dict) else C(*c) for c in G["claims"]], "not_claims": G["not_claims"]}
with open(f'/work/blind/set-qy/gold/{G["article"]}.json', 'w', encoding='utf-8') as h:
    json.dump(out, h, ensure_ascii=False, indent=1)
print(G["article"], len(out["claims"]), "claims")
