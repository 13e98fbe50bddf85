"""Gold annotations: `gold/NAME.json` files, one per article of `articles/NAME`."""

from __future__ import annotations

import json
from pathlib import Path

from tracker.reference import Reference


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Parsed gold files keyed by article file name (`breaknews-daegu-20180313.txt`)."""
    gold = {}
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[data.get("article") or path.name.removesuffix(".json")] = data
    return gold


def person_names(reference: Reference) -> dict[str, str]:
    """person key -> Korean name, the form in which people are compared."""
    return {o.person_key: o.name_ko for o in reference.officials if o.name_ko}
