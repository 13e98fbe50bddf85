"""Writes one gold file: python3 tools/write_gold.py NAME (reads tools/gold_src/NAME.py defining GOLD)."""
import json, os, sys, runpy
here = os.path.dirname(os.path.abspath(__file__))
for name in sys.argv[1:]:
    gold = runpy.run_path(os.path.join(here, "gold_src", name + ".py"))["GOLD"]
    path = os.path.join(here, "..", "gold", gold["article"] + ".json")
    with open(path, "w", encoding="utf-8") as h:
        json.dump(gold, h, ensure_ascii=False, indent=1)
        h.write("\n")
    print(path, len(gold["claims"]), "claims")
