"""Check set-h gold: JSON, quotes/not_claims in article (whitespace collapsed), keys, codes, slugs, terms."""
import json, csv, re, glob, os, yaml
S = lambda s: re.sub(r"\s+", " ", s).strip()
off = list(csv.DictReader(open("../../officials.csv", encoding="utf-8")))
codes = {r["code"] for r in csv.DictReader(open("../../local_governments.csv", encoding="utf-8"))}
pol = yaml.safe_load(open("/work/shared/reference/policies.yaml", encoding="utf-8"))
slugs = set(re.findall(r"slug: ([a-z0-9-]+)", open("/work/shared/reference/policies.yaml", encoding="utf-8").read()))
real = {r["file"]: r["real_date"] for r in csv.DictReader(open("SOURCES.csv", encoding="utf-8"))} if os.path.exists("SOURCES.csv") else {}
keys = {r["person_key"] for r in off}
bad = 0
for f in sorted(glob.glob("gold/*.json")):
    g = json.load(open(f, encoding="utf-8"))
    art = S(open("articles/" + g["article"], encoding="utf-8").read())
    def err(m):
        global bad; bad += 1; print(f, m)
    for c in g["claims"]:
        if S(c["quote"]) not in art: err("quote missing: " + c["quote"])
        if art.count(S(c["quote"])) > 1: err("quote not unique: " + c["quote"])
        if c["speaker"] and c["speaker"] not in keys: err("bad speaker " + c["speaker"])
        if c["speaker"] and c["speaker"] not in g["officials"]: err("speaker not in officials")
        for p in c["policies"]:
            if p not in slugs: err("bad slug " + p)
        if c["kind"] not in ("plan", "achievement", "target", "criticism", "statement"): err("kind")
    for n in g["not_claims"]:
        if S(n) not in art: err("not_claim missing: " + n)
    for k in g["officials"]:
        if k not in keys: err("bad key " + k)
        rd = real.get(g["article"])
        if rd:
            ok = any(r["person_key"] == k and (r["term_start"] or "0") <= rd <= (r["term_end"] or "9") for r in off)
            if not ok: err(f"{k} not in office on {rd}")
    if g["metadata"]["jurisdiction"] not in codes: err("bad code")
print(bad, "problems")
