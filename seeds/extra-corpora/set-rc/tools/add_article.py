"""Append one JSON string literal (read from stdin, as the search tool showed it) to save_articles.py."""
import sys
from pathlib import Path
name = sys.argv[1]
lit = sys.stdin.read().strip()
assert lit.startswith('"') and lit.endswith('"') and "'''" not in lit
p = Path(__file__).with_name("save_articles.py")
s = p.read_text(encoding="utf-8")
s = s.replace("\n\ndef main()", f"\nARTICLES[{name!r}] = r'''{lit}'''\n\n\ndef main()", 1)
p.write_text(s, encoding="utf-8")
