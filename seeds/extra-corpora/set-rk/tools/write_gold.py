"""Writes gold/*.json from the per-article Python files in tools/gold_src/ (one dict G per file)."""
import json, glob, os, runpy
base = '/work/blind/set-rk'
for src in sorted(glob.glob(base + '/tools/gold_src/rk-*.py')):
    G = runpy.run_path(src)['G']
    out = base + '/gold/' + G['article'] + '.json'
    with open(out, 'w', encoding='utf-8') as fh:
        json.dump(G, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    print(out, len(G['claims']))
