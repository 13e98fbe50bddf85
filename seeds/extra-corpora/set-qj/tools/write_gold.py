"""Write one gold file: python3 tools/write_gold.py < spec.py-literal (a dict). Used one article at a time."""
import ast, json, sys
from pathlib import Path
spec = ast.literal_eval(sys.stdin.read())
C = lambda q, s, d, p, k: {"quote": q, "speaker": s, "date": d, "policies": p, "kind": k}
claims = [C(*c) if isinstance(c, (list, tuple)) else c for c in spec["claims"]]
for c, raw in zip(claims, spec["claims"]):
    if isinstance(raw, (list, tuple)) and len(raw) > 5:
        c["speaker_name"] = raw[5]
gold = {"article": spec["article"], "metadata": spec["metadata"], "officials": spec["officials"],
        "claims": claims, "not_claims": spec["not_claims"]}
out = Path(__file__).resolve().parents[1] / "gold" / (spec["article"] + ".json")
out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(out.name, len(claims), "claims")
