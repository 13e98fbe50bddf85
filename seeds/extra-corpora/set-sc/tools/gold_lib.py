"""Tiny helper to write one gold file (format of seeds/corpus/README.md)."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def write(article, metadata, officials, claims, not_claims):
    """claims: list of (quote, speaker, date, [policies], kind[, speaker_name])."""
    out_claims = []
    for c in claims:
        quote, speaker, date, policies, kind = c[:5]
        item = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
        if len(c) > 5 and c[5]:
            item["speaker_name"] = c[5]
        out_claims.append(item)
    gold = {
        "article": article,
        "metadata": metadata,
        "officials": officials,
        "claims": out_claims,
        "not_claims": not_claims,
    }
    (GOLD / f"{article}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(article, len(out_claims), "claims")
