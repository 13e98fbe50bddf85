"""Writes the stored search excerpts to articles/.

raw/NN.jsonstr holds each excerpt exactly as the `pages` search tool returned it (the JSON string literal,
quotes and escapes included); this script decodes it with json.loads and writes it unchanged (UTF-8).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "articles"

FILES = {
    "01": ("rw-01-newspim.txt", "http://m.newspim.com/news/view/20220525000003"),
    "02": ("rw-02-ulsanilbo.txt", "http://www.ulsanilbo.co.kr/news/articleView.html?idxno=45407"),
    "03": ("rw-03-yeongnam.txt", "http://www.yeongnam.com/mnews/newsview.do?mode=newsView&newskey=20150629.010010724150001"),
    "04": ("rw-04-segye.txt", "http://www.segye.com/content/html/2023/03/24/20230324508128.html?OutUrl=naver"),
    "05": ("rw-05-usmbc.txt", "https://usmbc.scrs.kr/NewsArticle/3607733"),
    "06": ("rw-06-kmib.txt", "https://www.kmib.co.kr/article/view_amp.asp?arcid=0007910705"),
    "07": ("rw-07-imaeil.txt", "https://m.imaeil.com/page/view/2019010913450111388"),
    "08": ("rw-08-hankookilbo.txt", "http://www.hankookilbo.com/News/Read/201809120991093564"),
    "09": ("rw-09-kmib.txt", "https://www.kmib.co.kr/article/view.asp?arcid=0029172810"),
}

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for key, (name, url) in FILES.items():
        literal = (HERE / "raw" / f"{key}.jsonstr").read_text(encoding="utf-8").rstrip("\n")
        text = json.loads(literal)
        (OUT / name).write_text(text, encoding="utf-8")
        print(name, len(text), url)
