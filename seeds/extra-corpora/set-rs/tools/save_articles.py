"""Write set-rs articles exactly as the search tool returned them.

Each raw/NAME.json holds the excerpt string as returned by the `search` tool (corpus pages), still JSON-encoded
(copied verbatim from the tool's JSON answer). This script decodes it and writes articles/NAME.txt, UTF-8, unchanged.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "articles"
for raw in sorted((HERE / "raw").glob("*.json")):
    text = json.loads(raw.read_text(encoding="utf-8"))
    (OUT / (raw.stem + ".txt")).write_text(text, encoding="utf-8")
    print(raw.stem + ".txt", len(text))
