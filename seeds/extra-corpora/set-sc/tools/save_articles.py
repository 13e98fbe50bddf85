"""Write articles/ from the excerpt strings exactly as the search tool (corpus pages) returned them.

Each raw/*.jsonstr file holds the excerpt's JSON string literal (without the surrounding quotes) copied from the
search tool's JSON answer; it is decoded with json.loads and written unchanged (UTF-8) to articles/.
raw/unused-gukjenews.jsonstr and raw/unused-hankookilbo.jsonstr were claimed and saved but not used in the set (see GOLD_NOTES.md).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "articles"

FILES = {
    "sc-01-newsis.txt": "02.jsonstr",
    "sc-02-donga.txt": "03.jsonstr",
    "sc-03-gnmaeil.txt": "04.jsonstr",
    "sc-04-kmib.txt": "05.jsonstr",
    "sc-05-hcn.txt": "06.jsonstr",
    "sc-06-busan.txt": "07.jsonstr",
    "sc-07-gnmaeil.txt": "08.jsonstr",
    "sc-08-kookje.txt": "09.jsonstr",
    "sc-09-yeongnam.txt": "10.jsonstr",
}

for name, raw in FILES.items():
    literal = (HERE / "raw" / raw).read_text(encoding="utf-8")
    if literal.endswith("\n"):
        literal = literal[:-1]
    text = json.loads('"' + literal + '"')
    (ARTICLES / name).write_text(text, encoding="utf-8")
    print(name, len(text))
