"""Check one annotated set's gold files before they are hashed (shared by every set from set-aa on).

Usage: python seeds/extra-corpora/tools/check_gold.py SET_DIR [--seeds SEEDS_DIR]

SET_DIR holds `articles/` and `gold/` (one `NAME.json` per article, format of `seeds/corpus/README.md`).
It checks what the scorer relies on: every claim quote occurs exactly once in its article (whitespace
collapsed), every not_claim occurs, policy slugs, person keys and jurisdiction codes exist in the seeds,
dates are ISO, kinds are known, speakers are listed in `officials`, and each speaker held office on the
claim's date. It reads only the seeds, never the tracker package, so blind annotators may run it.
Exit code 1 when a problem is found.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

import yaml

KINDS = {"plan", "achievement", "target", "criticism", "statement"}
METADATA = {"headline", "published", "reporter", "outlet", "jurisdiction"}


def _slugs(node: object, found: set[str]) -> set[str]:
    if isinstance(node, dict):
        if "slug" in node:
            found.add(node["slug"])
        for value in node.values():
            _slugs(value, found)
    elif isinstance(node, list):
        for value in node:
            _slugs(value, found)
    return found


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check(set_dir: Path, seeds: Path) -> list[str]:
    taxonomy = yaml.safe_load((seeds / "policies.yaml").read_text(encoding="utf-8"))
    slugs = _slugs(taxonomy["policies"], set())
    terms: dict[str, list[dict[str, str]]] = {}
    with (seeds / "officials.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            terms.setdefault(row["person_key"], []).append(row)
    with (seeds / "local_governments.csv").open(encoding="utf-8") as handle:
        codes = {row["code"] for row in csv.DictReader(handle)}

    problems: list[str] = []
    articles = {path.name for path in (set_dir / "articles").iterdir()}
    golds = sorted((set_dir / "gold").glob("*.json"))
    for name in sorted(articles - {path.name[: -len(".json")] for path in golds}):
        problems.append(f"{name}: no gold file")
    for path in golds:
        where = path.name
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("article") not in articles:
            problems.append(f"{where}: article {gold.get('article')!r} is not in articles/")
            continue
        text = _collapse(
            (set_dir / "articles" / gold["article"]).read_text(encoding="utf-8", errors="replace")
        )
        metadata = gold.get("metadata", {})
        if set(metadata) != METADATA:
            problems.append(f"{where}: metadata keys {sorted(metadata)} (want {sorted(METADATA)})")
        if metadata.get("jurisdiction") and metadata["jurisdiction"] not in codes:
            problems.append(f"{where}: unknown jurisdiction code {metadata['jurisdiction']}")
        if metadata.get("published"):
            try:
                dt.datetime.fromisoformat(metadata["published"])
            except ValueError:
                if not re.fullmatch(r"\d{4}(-\d{2})?", metadata["published"]):  # a month or year alone
                    problems.append(f"{where}: published {metadata['published']!r} is not ISO 8601")
        for key in gold.get("officials", []):
            if key not in terms:
                problems.append(f"{where}: unknown person key {key}")
        for claim in gold.get("claims", []):
            quote = _collapse(claim["quote"])
            count = text.count(quote)
            if count != 1:
                problems.append(f"{where}: quote occurs {count} times: {claim['quote']!r}")
            for slug in claim.get("policies", []):
                if slug not in slugs:
                    problems.append(f"{where}: unknown policy slug {slug}")
            if claim.get("kind") not in KINDS:
                problems.append(f"{where}: kind {claim.get('kind')!r}")
            speaker, date = claim.get("speaker"), claim.get("date")
            if speaker and speaker not in gold.get("officials", []):
                problems.append(f"{where}: speaker {speaker} is not listed in officials")
            if date:
                try:
                    dt.date.fromisoformat(date)
                except ValueError:
                    problems.append(f"{where}: date {date!r} is not ISO")
                    continue
                if speaker in terms and not any(
                    (row["term_start"] or "0") <= date <= (row["term_end"] or "9") for row in terms[speaker]
                ):
                    problems.append(f"{where}: {speaker} held no office on {date}")
        for not_claim in gold.get("not_claims", []):
            if _collapse(not_claim) not in text:
                problems.append(f"{where}: not_claim not in the article: {not_claim!r}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--seeds", type=Path, default=Path(__file__).resolve().parents[2])
    args = parser.parse_args()
    problems = check(args.set_dir, args.seeds)
    for problem in problems:
        print(problem)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
