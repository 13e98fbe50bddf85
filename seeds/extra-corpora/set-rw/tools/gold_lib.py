"""Tiny helper: write one gold file in the format of seeds/corpus/README.md."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def write(article, metadata, officials, claims, not_claims):
    gold = {"article": article, "metadata": metadata, "officials": officials,
            "claims": claims, "not_claims": not_claims}
    GOLD.mkdir(exist_ok=True)
    (GOLD / f"{article}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(article, len(claims), "claims")
