"""Writes gold/<article>.json from compact claim lists (hand annotation)."""
import json, sys
from pathlib import Path
GOLD = Path(__file__).resolve().parent.parent / "gold"

def _claim(c):
    keys = ("quote", "speaker", "date", "policies", "kind")
    d = dict(zip(keys, c[:5]))
    if len(c) > 5:
        d["speaker_name"] = c[5]
    return d

def write(article, meta, officials, claims, not_claims):
    keys = ("quote", "speaker", "date", "policies", "kind")
    data = {"article": article,
            "metadata": dict(zip(("headline", "published", "reporter", "outlet", "jurisdiction"), meta)),
            "officials": officials,
            "claims": [_claim(c) for c in claims],
            "not_claims": not_claims}
    (GOLD / f"{article}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(article, len(claims))
