"""Tiny helper: write one gold file from a python dict (hand-written annotations)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def write(article, metadata, officials, claims, not_claims):
    gold = {"article": article, "metadata": metadata, "officials": officials, "claims": claims,
            "not_claims": not_claims}
    path = ROOT / "gold" / f"{article}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(path.name, len(claims), "claims")
