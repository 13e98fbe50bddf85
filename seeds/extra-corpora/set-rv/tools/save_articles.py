"""Write articles/ from the excerpt strings exactly as the search tool (corpus pages) returned them.

Each raw/NN.jsonstr file holds the excerpt's JSON string literal (without the surrounding quotes) copied from the
search tool's JSON answer; it is decoded with json.loads and written unchanged (UTF-8) to articles/.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "articles"

FILES = {
    "rv-01-donga.txt": "01.jsonstr",
    "rv-02-segye.txt": "02.jsonstr",
    "rv-03-ktsketch.txt": "03.jsonstr",
    "rv-04-kmib.txt": "04.jsonstr",
    "rv-05-jjan.txt": "05.jsonstr",
    "rv-06-jtbc.txt": "06.jsonstr",
    "rv-07-naeponews.txt": "07.jsonstr",
    "rv-08-newsis.txt": "08.jsonstr",
    "rv-09-tjmbc.txt": "09.jsonstr",
}

for name, raw in FILES.items():
    literal = (HERE / "raw" / raw).read_text(encoding="utf-8").rstrip("\n")
    text = json.loads('"' + literal + '"')
    (ARTICLES / name).write_text(text, encoding="utf-8")
    print(name, len(text))
