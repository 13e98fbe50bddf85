"""Helper for writing one gold file: g.write(name, meta, officials, claims, not_claims).
claims: list of (quote, speaker, date, [policies], kind[, speaker_name])."""
import json
from pathlib import Path
GOLD = Path(__file__).resolve().parents[1] / "gold"
def write(name, meta, officials, claims, not_claims):
    keys = ["headline", "published", "reporter", "outlet", "jurisdiction"]
    gold = {"article": name, "metadata": dict(zip(keys, meta)), "officials": officials,
            "claims": [dict({"quote": c[0], "speaker": c[1], "date": c[2], "policies": c[3], "kind": c[4]},
                            **({"speaker_name": c[5]} if len(c) > 5 else {})) for c in claims],
            "not_claims": not_claims}
    (GOLD / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(name, len(claims), "claims")
