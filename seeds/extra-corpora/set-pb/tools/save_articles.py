"""Write set-pb's articles from the fetched snapshot of ainaju618-blip/koreanewskorea.

Each file is copied byte for byte from the commit the index gives (git show COMMIT:PATH), except
pb-02, whose saved page repeats the whole body in its og:description meta tag: for it the article's
own markup is cut out of the file as it stands (from `<div class="board_wrapper">` up to, not including,
`<!-- 버튼 START -->`), nothing inside changed.
"""
import subprocess
from pathlib import Path

MIRROR = "/work/.mirror/ainaju618-blip+koreanewskorea/repo"
OUT = Path(__file__).resolve().parents[1] / "articles"

ITEMS = [
    ("pb-01-damyang-pressrelease.html", "c90271e3a59a8d8c327275907e110e65bb6c55a8",
     "backupscrapers/debug/damyang_page.html", None),
    ("pb-02-gangjin-pressrelease.html", "c90271e3a59a8d8c327275907e110e65bb6c55a8",
     "backupscrapers/debug/gangjin_detail.html",
     ('<div class="board_wrapper">', "<!-- 버튼 START -->")),
    ("pb-03-gyeongbuk-pressrelease.html", "219ea59136e61acc3a4df8f8942e6e553cdc3dd7",
     "scrapers/_disabled/gyeongbuk/detail.html", None),
    ("pb-04-jeonnam-pressrelease.html", "c6d09427598b9e72b70133fd24baf4e1027613f3",
     "backend/debug_jeonnam_page.html", None),
    ("pb-05-mokpo-pressrelease.html", "e6d2489ec75d699b5e6647f72801fd56971ac27d",
     "debug_mokpo.html", None),
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, commit, path, cut in ITEMS:
        data = subprocess.run(["git", "-C", MIRROR, "show", f"{commit}:{path}"],
                              check=True, capture_output=True).stdout
        if cut:
            text = data.decode("utf-8")
            start = text.index(cut[0])
            end = text.index(cut[1], start)
            assert text.count(cut[0]) == 1
            data = text[start:end].encode("utf-8")
        (OUT / name).write_bytes(data)
        print(name, len(data))


if __name__ == "__main__":
    main()
