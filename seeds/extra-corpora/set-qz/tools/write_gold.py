"""Builds gold/<article>.json from tools/gold_src/<article>.py (each defines META, OFFICIALS, CLAIMS, NOT_CLAIMS)."""
import json, os, re, sys, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
def collapse(s): return re.sub(r"\s+", " ", s).strip()
for name in sys.argv[1:]:
    src = runpy.run_path(os.path.join(HERE, "gold_src", name + ".py"))
    text = collapse(open(os.path.join(ROOT, "articles", name), encoding="utf-8").read())
    claims = []
    for q, sp, d, pol, kind, *rest in src["CLAIMS"]:
        n = text.count(collapse(q))
        if n != 1: print("QUOTE COUNT", n, q)
        c = {"quote": q, "speaker": sp, "date": d, "policies": pol, "kind": kind}
        if rest: c["speaker_name"] = rest[0]
        claims.append(c)
    for q in src["NOT_CLAIMS"]:
        if collapse(q) not in text: print("NOT_CLAIM MISSING", q)
    gold = {"article": name, "metadata": src["META"], "officials": src["OFFICIALS"], "claims": claims, "not_claims": src["NOT_CLAIMS"]}
    with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print(name, len(claims), "claims")
