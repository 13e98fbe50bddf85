"""Tiny helper: write one gold file in the format of seeds/corpus/README.md."""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold"


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def write(article, headline, published, reporter, outlet, jurisdiction, officials, claims, not_claims):
    GOLD.mkdir(parents=True, exist_ok=True)
    gold = {
        "article": article,
        "metadata": {"headline": headline, "published": published, "reporter": reporter,
                     "outlet": outlet, "jurisdiction": jurisdiction},
        "officials": officials,
        "claims": claims,
        "not_claims": not_claims,
    }
    (GOLD / f"{article}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(article, len(claims), "claims")
