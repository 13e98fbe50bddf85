"""Write set-ol's articles: each is a whole saved HTML page, copied byte for byte from a public GitHub file.

The files are taken from the repository snapshot fetched with the search tool's `fetch`
(/work/.mirror/ainaju618-blip+koreanewskorea/repo) at the commit the index gives for each path.
Nothing is changed: no decoding, no trimming (they are plain files, not string literals).
"""
import hashlib
import subprocess
from pathlib import Path

REPO = "/work/.mirror/ainaju618-blip+koreanewskorea/repo"
OUT = Path(__file__).resolve().parent.parent / "articles"
# scrapers/debug/gangjin_detail.html@8093392 was claimed but dropped: its og:description repeats the whole body.
PAGES = [
    ("ol-01-gwangju.html", "c6d09427598b9e72b70133fd24baf4e1027613f3", "backend/gwangju_detail_dump.html"),
    ("ol-02-shinan.html", "c90271e3a59a8d8c327275907e110e65bb6c55a8", "backupscrapers/debug/shinan_detail.html"),
    ("ol-03-naju.html", "c6d09427598b9e72b70133fd24baf4e1027613f3", "backend/naju_detail_dump.html"),
]

OUT.mkdir(exist_ok=True)
for name, commit, path in PAGES:
    data = subprocess.run(["git", "-C", REPO, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout
    (OUT / name).write_bytes(data)
    print(name, len(data), hashlib.sha256(data).hexdigest())
