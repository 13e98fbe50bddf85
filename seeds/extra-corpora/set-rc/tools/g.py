"""Tiny helper: write one gold file from a compact Python description."""
import json, sys
from pathlib import Path
GOLD = Path(__file__).resolve().parents[1] / "gold"

def write(article, meta, officials, claims, not_claims):
    out = {"article": article,
           "metadata": dict(zip(["headline", "published", "reporter", "outlet", "jurisdiction"], meta)),
           "officials": officials,
           "claims": [dict(zip(["quote", "speaker", "date", "policies", "kind", "speaker_name"], c)) for c in claims],
           "not_claims": not_claims}
    (GOLD / f"{article}.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", article, len(claims), "claims")
