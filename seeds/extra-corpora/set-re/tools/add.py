"""usage: python3 add.py NAME FILE  -- inserts A[NAME] = r'''<contents of FILE>''' before the end marker."""
import sys
from pathlib import Path
p = Path(__file__).with_name("save_articles.py")
s = p.read_text(encoding="utf-8")
body = Path(sys.argv[2]).read_text(encoding="utf-8").strip("\n")
assert "'''" not in body
s = s.replace("# --- end of texts ---", f"A[{sys.argv[1]!r}] = r'''{body}'''\n# --- end of texts ---")
p.write_text(s, encoding="utf-8")
