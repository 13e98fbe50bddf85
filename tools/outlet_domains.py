"""Propose rows for tracker/data/outlets.csv from the annotated training sets (prints CSV rows; writes nothing).

A reporter's e-mail (`3678jyt@kpinews.kr`) names the outlet only when the outlet table knows its domain. This
finds domains the table lacks where the evidence is plain: an e-mail printed in an article has the same
registered domain as the page the article was taken from (its SOURCES.csv address), and every such article's
gold names one and the same outlet. Sites that re-post other outlets' stories (a page address and an outlet
that disagree) never qualify, since their articles print the original outlet's e-mail, not their own.

Only the training sets are read (seeds/extra-corpora outside `training.BLIND`): the blind sets measure how
well the table generalises, so their outlets must not be copied into it.

    PYTHONPATH=. python tools/outlet_domains.py            # rows to review and append (kind: newspaper/online/...)
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from tracker.clean.outlets import outlet_for_domain
from tracker.extract.learned.training import BLIND, ROOT

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_ADDRESS = re.compile(r"https?://([^/:\s]+)")
_SECOND_LEVEL = frozenset({"co", "or", "go", "ne", "ac", "re", "pe"})  # 'kpinews.co.kr' style Korean domains


def registered(host: str) -> str:
    """'m.news.kpinews.co.kr' -> 'kpinews.co.kr'; 'www.theleader.kr' -> 'theleader.kr'."""
    parts = host.lower().strip(".").split(".")
    if len(parts) >= 3 and parts[-1] == "kr" and parts[-2] in _SECOND_LEVEL:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def evidence(sets_root: Path) -> dict[str, Counter[str | None]]:
    """Registered domain -> the gold outlets of the training articles that print an e-mail at their own site."""
    found: dict[str, Counter[str | None]] = defaultdict(Counter)
    for folder in sorted(sets_root.glob("set-*")):
        if folder.name in BLIND or not (folder / "SOURCES.csv").exists():
            continue
        with (folder / "SOURCES.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                address = _ADDRESS.match((row.get("source") or row.get("url") or "").strip())
                gold = folder / "gold" / f"{row['file']}.json"
                article = folder / "articles" / row["file"]
                if not address or not gold.exists() or not article.exists():
                    continue
                site = registered(address[1])
                text = article.read_bytes().decode("utf-8", "replace")
                if any(registered(domain) == site for domain in _EMAIL.findall(text)):
                    outlet = json.loads(gold.read_text(encoding="utf-8")).get("metadata", {}).get("outlet")
                    found[site][outlet] += 1
    return found


def main() -> int:
    for domain, outlets in sorted(evidence(ROOT / "seeds" / "extra-corpora").items()):
        named = {o for o in outlets if o}
        if outlet_for_domain(domain) or len(named) != 1 or None in outlets:
            continue
        print(f"{domain},{next(iter(named))},")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
