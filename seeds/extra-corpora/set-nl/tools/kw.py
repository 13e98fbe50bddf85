"""Print, per line of an article, the taxonomy keywords it contains (annotator's aid only)."""
import sys, yaml
pol = yaml.safe_load(open('/work/main/seeds/policies.yaml'))['policies']
text = open(sys.argv[1], encoding='utf-8').read()
for i, line in enumerate(text.split('\n')):
    hits = {p['slug']: [k for k in p['keywords'] if k in line] for p in pol}
    hits = {s: k for s, k in hits.items() if k}
    if hits: print(i, line[:60].replace('\n',' '), '->', hits)
