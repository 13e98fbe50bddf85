"""Regenerate tracker/extract/data/kind_model.json (see tracker/extract/learned/kind_training.py).

    PYTHONPATH=. python tools/train_kind_model.py          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_kind_model.py --cv     # leave-set-out figures for a few settings

Deterministic: the same corpora and code give the same file (full-batch training from zero weights). The shipped
weights are this script's output on the tree they were committed with (every annotated set but the blind judges
in `training.BLIND`); a retrained model replaces them only after a blind judgement.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.extract.learned.kind_choice import MODEL_PATH
from tracker.extract.learned.kind_training import (
    SETTINGS,
    build_examples,
    cross_validate,
    to_json,
    train,
)
from tracker.extract.learned.training import cached, training_corpora


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures for a few settings")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the examples (built if absent)")
    args = parser.parse_args()
    corpora = training_corpora()
    examples = cached(args.cache, lambda: build_examples(corpora))
    if args.cv:
        for l2 in (3.0, 10.0, 30.0):
            claims, rules, learned = cross_validate(examples, {**SETTINGS, "l2": l2})
            print(
                f"l2 {l2:>4}: {claims} claims, rules right {rules} ({rules / claims:.4f}), "
                f"learned right {learned} ({learned / claims:.4f}), {learned - rules:+d}"
            )
        return 0
    model = train(examples, SETTINGS)
    MODEL_PATH.write_text(
        to_json(model, SETTINGS, [c.name for c in corpora], len(examples)), encoding="utf-8"
    )
    print(f"wrote {MODEL_PATH} ({len(model.kinds)} kinds, {len(examples)} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
