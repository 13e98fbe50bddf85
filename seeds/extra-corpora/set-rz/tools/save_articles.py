#!/usr/bin/env python3
"""Write set-rz's articles exactly as the `search` tool (corpus `pages`) returned them.

Each tools/raw/rz-NN-outlet.json holds the excerpt string of one search result as a JSON string literal,
copied verbatim from the tool's answer. This script decodes the JSON string and writes it unchanged
(nothing cleaned, nothing added) to articles/rz-NN-outlet.txt in UTF-8.
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "articles"

SOURCES = {
    "rz-01-mbn": "https://m.mbn.co.kr/news-amp/1217659",
    "rz-02-hankyung": "https://www.hankyung.com/article/2017060941101",
    "rz-03-g1tv": "https://g1tv.co.kr/news/?mid=1_207_5&newsid=141771",
    "rz-04-mediaic": "http://www.mediaic.co.kr/news/articleView.html?idxno=18741",
    "rz-05-donga": "https://donga.com/news/Society/article/all/20140804/65585261/1",
    "rz-06-kmib": "https://www.kmib.co.kr/article/view_amp.asp?arcid=0924064091",
    "rz-07-kyeongin": "http://www.kyeongin.com/main/view.php?key=936566",
    "rz-08-theleader": "http://www.theleader.kr/news/articleView.html?idxno=74430",
    "rz-09-kbsn": "http://kbsn.kr/2023/bbs/board.php?bo_table=m8&wr_id=14321",
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name in SOURCES:
        text = json.loads((HERE / "raw" / f"{name}.json").read_text(encoding="utf-8"))
        (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{name}.txt {len(text)} chars")


if __name__ == "__main__":
    main()
