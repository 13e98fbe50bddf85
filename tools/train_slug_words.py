"""Regenerate tracker/extract/data/slug_words_model.json (see tracker/extract/learned/slug_words_training.py).

    PYTHONPATH=. python tools/train_slug_words.py              # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_slug_words.py --held-out   # train on them, score the blind judges (BLIND)

Deterministic: the same corpora and code give the same file (full-batch training from zero weights). The
shipped weights are this script's output on the tree they were committed with; a retrained proposer replaces
them only after a blind judgement (the latest: the retrain of
0.100.0, judged on set-oq … set-ot).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.extract.learned.slug_words import SLUG_WORDS_PATH
from tracker.extract.learned.slug_words_training import (
    SETTINGS,
    blind_corpora,
    build_dataset,
    score,
    to_json,
    train,
)
from tracker.extract.learned.training import cached, training_corpora


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--held-out", action="store_true", help="score the sets held out of training (BLIND)")
    parser.add_argument(
        "--cache", type=Path, default=None, help="pickle of the training dataset (built if absent)"
    )
    args = parser.parse_args()
    corpora = training_corpora()
    articles = cached(args.cache, lambda: build_dataset(corpora))
    model = train(articles, SETTINGS)
    if args.held_out:
        held = build_dataset(blind_corpora(), blind_ok=True)
        for label, part in (("training sets", articles), ("held-out sets (BLIND)", held)):
            for name, m in (("without", None), ("with", model)):
                claims, policies = score(part, m)
                print(f"{label:22} {name:7} proposer: claim F1 {claims.f1:.4f}  policy F1 {policies.f1:.4f}")
        return 0
    SLUG_WORDS_PATH.write_text(to_json(model, SETTINGS, [c.name for c in corpora]), encoding="utf-8")
    print(f"wrote {SLUG_WORDS_PATH} ({len(model.weights)} features, {len(model.biases)} slugs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
