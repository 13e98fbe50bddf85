"""Write set-ik gold files from compact tuples; asserts each quote occurs once in its article."""
import json, re, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
def C(q, sp, d, pol, k, name=None):
    c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": k}
    if name: c["speaker_name"] = name
    return c
def norm(s): return re.sub(r"\s+", " ", s).strip()
def write(art, meta, officials, claims, not_claims):
    text = norm((ROOT / "articles" / art).read_text(encoding="utf-8"))
    for c in claims:
        n = text.count(norm(c["quote"]))
        if n != 1: sys.exit(f"{art}: quote x{n}: {c['quote']}")
    for q in not_claims:
        if norm(q) not in text: sys.exit(f"{art}: not_claim missing: {q}")
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    g = {"article": art, "metadata": dict(zip(keys, meta)), "officials": officials,
         "claims": claims, "not_claims": not_claims}
    (ROOT / "gold" / (art + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(art, len(claims))
import gold_data  # noqa: E402  (the per-article tuples)
for args in gold_data.ARTICLES(C): write(*args)
