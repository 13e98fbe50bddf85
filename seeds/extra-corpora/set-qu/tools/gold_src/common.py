import json, os, re
BASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
def ws(s): return re.sub(r"\s+", " ", s).strip()
def C(quote, speaker, date, policies, kind, speaker_name=None):
    d = {"quote": quote, "speaker": speaker, "date": date, "policies": policies, "kind": kind}
    if speaker_name: d["speaker_name"] = speaker_name
    return d
def write(article, metadata, officials, claims, not_claims):
    text = ws(open(os.path.join(BASE, "articles", article), encoding="utf-8").read())
    for c in claims:
        assert ws(c["quote"]) in text, ("quote not found", c["quote"])
        assert text.count(ws(c["quote"])) == 1, ("quote not unique", c["quote"])
    for n in not_claims:
        assert ws(n) in text, ("not_claim not found", n)
    g = {"article": article, "metadata": metadata, "officials": officials, "claims": claims, "not_claims": not_claims}
    with open(os.path.join(BASE, "gold", article + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    print(article, len(claims), "claims")
