"""Write set-ft gold files from compact tuples: (quote, speaker, date, policies, kind[, speaker_name])."""
import json, sys
from pathlib import Path
from gold_data import GOLD

out = Path(__file__).resolve().parent.parent / "gold"
for name, g in GOLD.items():
    claims = []
    for c in g["claims"]:
        d = {"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]}
        if len(c) > 5:
            d["speaker_name"] = c[5]
        claims.append(d)
    doc = {"article": name, "metadata": g["metadata"], "officials": g["officials"],
           "claims": claims, "not_claims": g["not_claims"]}
    (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(claims))
