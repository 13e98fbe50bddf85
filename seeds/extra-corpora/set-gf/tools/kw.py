"""Print, for each article line, the taxonomy slugs whose keywords occur in it (reading aid only)."""
import sys, yaml
P = yaml.safe_load(open('/work/main/seeds/policies.yaml', encoding='utf-8'))
pols = [p for p in P['policies'] if 'keywords' in p] if isinstance(P, dict) and 'policies' in P else None
if pols is None:
    pols = [p for v in (P.values() if isinstance(P, dict) else [P]) if isinstance(v, list) for p in v if isinstance(p, dict) and 'keywords' in p]
for i, line in enumerate(open(sys.argv[1], encoding='utf-8').read().split('\n'), 1):
    hits = {p['slug']: [k for k in p['keywords'] if k in line] for p in pols}
    hits = {s: k for s, k in hits.items() if k}
    if hits: print(i, line[:50], hits)
