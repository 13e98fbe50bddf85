"""Helper: write one gold file. C(quote, speaker, date, policies, kind, speaker_name=None)."""
import json, os
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold")
def C(quote, speaker, date, policies, kind, speaker_name=None):
    c = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name:
        c["speaker_name"] = speaker_name
    return c
def write(article, metadata, officials, claims, not_claims):
    g = {"article": article, "metadata": metadata, "officials": officials, "claims": claims, "not_claims": not_claims}
    os.makedirs(BASE, exist_ok=True)
    with open(os.path.join(BASE, article + ".json"), "w", encoding="utf-8") as h:
        json.dump(g, h, ensure_ascii=False, indent=1)
    print(article, len(claims), "claims")
