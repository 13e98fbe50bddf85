"""Write gold/<article>.json from tools/gold_src/<article>.py (each defines GOLD)."""
import json, runpy
from pathlib import Path
base = Path(__file__).resolve().parent
for src in sorted((base / "gold_src").glob("*.py")):
    g = runpy.run_path(str(src))["GOLD"]
    out = base.parent / "gold" / (g["article"] + ".json")
    out.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out.name, len(g["claims"]))
