"""Write set-e/articles/ from the saved tool answers (no hand transcription of article text).

- search-answers.json (+ search-answer-e10.json): `search` (corpus pages) result objects; the
  `excerpt` is written as is.
- github-answers.json: record substrings of `read_file` answers (JSON-escaped as answered); the
  record is unwrapped here.
  For e-02 it holds the Kotlin string literals (as written, escapes kept) and for e-03 the <Text>
  node contents of a React Native screen, as data (no source code is kept).

Run from set-e/: python3 tools/extract.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ART = HERE.parent / "articles"
ART.mkdir(exist_ok=True)


def write(name, text):
    (ART / name).write_text(text, encoding="utf-8")
    print(f"{name}: {len(text)} chars")


# pages excerpts
pages = json.loads((HERE / "search-answers.json").read_text(encoding="utf-8"))
pages.append(json.loads((HERE / "search-answer-e10.json").read_text(encoding="utf-8")))
for r in pages:
    write(r["for"], r["excerpt"])

gh = {r["for"]: r for r in json.loads((HERE / "github-answers.json").read_text(encoding="utf-8"))}

# e-01: SQL values tuple ('id', 'title', 'sentiment', 'source', $news$body$news$, ...)
t = gh["e-01-jeonbuk.txt"]["text"]
m = re.match(r"\('([^']*)',\n  '((?:[^']|'')*)',\n  '([^']*)',\n  '([^']*)',\n  \$news\$(.*?)\$news\$,", t, re.S)
news_id, title, _sentiment, source, body = m.groups()
title = title.replace("''", "'")
write("e-01-jeonbuk.txt", f"{title}\n\n{source}\n\n{body}\n")

# e-02: Kotlin arrayOf("링크", title, date, "..." + "..." ...)
lits = gh["e-02-siminilbo.txt"]["literals"]
def kt(s):
    return s.replace("\\n", "\n").replace('\\"', '"')
_cat, title, date = (kt(x) for x in lits[:3])
content = "".join(kt(x) for x in lits[3:])
write("e-02-siminilbo.txt", f"{title}\n\n{date}\n\n{content}\n")

# e-03: React Native <Text> nodes, one per line
texts = [n["text"] for n in gh["e-03-dongjak.txt"]["text_nodes"]]
write("e-03-dongjak.txt", "\n\n".join(texts) + "\n")

# e-04: one tab-separated row of a PostgreSQL COPY block
row = gh["e-04-chungju.txt"]["text"].split("\t")
news_id, title, contents, url, company_id, img, created_at = row[:7]
write("e-04-chungju.txt", f"{title}\n\n{created_at}\n\n{contents}\n")
