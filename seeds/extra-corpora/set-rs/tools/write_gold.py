"""Write gold/<article>.json from tools/golds/<article>.py files (each defines GOLD = {...}).
Claims are given as tuples (quote, speaker, date, policies, kind) for brevity."""
import json, runpy
from pathlib import Path
HERE = Path(__file__).resolve().parent
for src in sorted((HERE / "golds").glob("*.py")):
    g = runpy.run_path(str(src))["GOLD"]
    claims = []
    for c in g["claims"]:
        q, sp, d, pol, kind = c[:5]
        item = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
        if len(c) > 5:
            item["speaker_name"] = c[5]
        claims.append(item)
    out = {"article": g["article"], "metadata": g["metadata"], "officials": g["officials"],
           "claims": claims, "not_claims": g["not_claims"]}
    (HERE.parent / "gold" / (g["article"] + ".json")).write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(g["article"], len(claims))
