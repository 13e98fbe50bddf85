# usage: python3 kw.py WORD... -> slugs whose keyword list has a keyword containing WORD (or contained in it)
import sys, yaml
d = yaml.safe_load(open('/work/main/seeds/policies.yaml', encoding='utf-8'))
for w in sys.argv[1:]:
    hits = []
    for p in d['policies']:
        ks = [k for k in p['keywords'] if w in str(k) or (len(str(k)) > 1 and str(k) in w)]
        if ks: hits.append(f"{p['slug']}:{','.join(map(str, ks[:6]))}")
    print(w, '->', ' | '.join(hits) or '-')
