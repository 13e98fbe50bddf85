"""Small helper: writes one gold file in the format of seeds/corpus/README.md."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")


def C(quote, speaker, date, policies, kind, speaker_name=None):
    claim = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        claim["speaker_name"] = speaker_name
    return claim


def write(article, headline, published, reporter, outlet, jurisdiction, officials, claims, not_claims):
    gold = {
        "article": article,
        "metadata": {"headline": headline, "published": published, "reporter": reporter,
                     "outlet": outlet, "jurisdiction": jurisdiction},
        "officials": officials,
        "claims": claims,
        "not_claims": not_claims,
    }
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, article + ".json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(article, len(claims), "claims")
