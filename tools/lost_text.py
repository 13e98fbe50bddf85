"""List what never reaches a claim: gold quotes the clean text lacks (cleaning dropped them) and stretches of clean
text that no claim unit covers and that are not attributions (the unit builder dropped them).

    PYTHONPATH=. python tools/lost_text.py seeds/extra-corpora/set-a seeds/extra-corpora/set-b …
    PYTHONPATH=. python tools/lost_text.py --training     # every set the learned models train on (not BLIND)

Session 17's four changes (0.76.0 … 0.78.0) came from these two lists; rerun it after a cleaning or unit change.
Do not run it on BLIND sets (`training.BLIND`): reading their errors makes them no longer blind for the rules.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tracker.clean import clean
from tracker.evaluate.gold import load_gold
from tracker.evaluate.scorer import squeeze
from tracker.extract.learned.training import training_corpora
from tracker.extract.units import split_units, unheld
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference


def lost(corpus: Path) -> list[str]:
    reference = load_reference()
    lines: list[str] = []
    for name, gold in load_gold(corpus / "gold").items():
        records = [r for r in iter_records([str(corpus / "articles" / name)]) if isinstance(r, InputRecord)]
        if not records:
            continue
        text = clean(records[0], reference).text
        squeezed = squeeze(text)
        for claim in gold.get("claims", []):
            if squeeze(claim["quote"]) not in squeezed:
                lines.append(f"{corpus.name}/{name}: gold quote not in the clean text: {claim['quote'][:80]}")
        lines.extend(
            f"{corpus.name}/{name}: in no unit: {stretch[:80]}" for stretch in unheld(text, split_units(text))
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="*", type=Path, help="folders with articles/ and gold/")
    parser.add_argument(
        "--training", action="store_true", help="every training set (seeds/corpus and non-BLIND sets)"
    )
    args = parser.parse_args()
    corpora = [*args.corpora, *(training_corpora() if args.training else [])]
    if not corpora:
        parser.error("name corpus folders or --training")
    total = 0
    for corpus in corpora:
        for line in lost(corpus):
            print(line)
            total += 1
    print(f"{total} lost in {len(corpora)} corpora")


if __name__ == "__main__":
    main()
