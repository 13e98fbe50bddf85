"""Regenerate tracker/extract/data/slug_model.json (see tracker/extract/learned/slug_training.py).

    PYTHONPATH=. python tools/train_slug_model.py          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_slug_model.py --cv     # leave-one-set-out cross-validation figures

Deterministic: the same corpora and code give the same file (full-batch training from zero weights).

The shipped weights are this script's output on the tree they were committed with (every annotated set but the
blind judges in `training.BLIND`); a retrained model replaces them only after a blind judgement, as that
retrain was judged on set-au … set-ax, the one of 0.14.0 on set-bc … set-bf, the one of 0.35.0 (every extra
set) on set-em … set-ep, the one of 0.41.0 on set-fk … set-fn, the one of 0.48.0 on set-gm … set-gp, the one of 0.55.0 on set-ho … set-hr and the
one of 0.100.0 (every set outside BLIND) on set-oq … set-ot (see their ERRORS-first-blind-run.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.extract.learned.slug_training import (
    SETTINGS,
    build_dataset,
    cross_validate,
    domains,
    score,
    to_json,
    train,
    training_corpora,
)
from tracker.extract.learned.slugs import SLUG_MODEL_PATH
from tracker.extract.learned.training import cached


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print leave-one-set-out figures per threshold")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the dataset (built if absent)")
    args = parser.parse_args()
    corpora = training_corpora()
    articles = cached(args.cache, lambda: build_dataset(corpora))
    if args.cv:
        held, feats = cross_validate(articles, SETTINGS, domains())
        parts = (
            ("development sets", articles),
            ("seeds/corpus", [a for a in articles if a.group == "corpus"]),
        )
        for label, part in parts:
            claims, policies = score(part, None, None, 1.0, 0.0)
            print(f"{label:17} rules            claim F1 {claims.f1:.4f}  policy F1 {policies.f1:.4f}")
            for add in (0.4, 0.5, 0.6):
                claims, policies = score(part, held, feats, add, SETTINGS["keep_threshold"])
                print(
                    f"{label:17} rules+rerank@{add:.1f} claim F1 {claims.f1:.4f}  policy F1 {policies.f1:.4f}"
                )
        return 0
    model = train(articles, SETTINGS, domains())
    SLUG_MODEL_PATH.write_text(to_json(model, SETTINGS, [c.name for c in corpora]), encoding="utf-8")
    print(f"wrote {SLUG_MODEL_PATH} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
