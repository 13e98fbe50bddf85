"""Regenerate tracker/extract/data/claim_model.json (see tracker/extract/learned/training.py).

    PYTHONPATH=. python tools/train_claim_model.py          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_claim_model.py --cv     # leave-set-out cross-validation figures

Deterministic: the same corpora and code give the same file (full-batch training from zero weights).

The shipped weights are this script's output on the tree they were committed with (every annotated set but the
blind judges in `training.BLIND`); a retrained model replaces them only after a blind judgement, as that
retrain was judged on set-au … set-ax, the one of 0.14.0 on set-bc … set-bf, the one of 0.35.0 (every extra
set) on set-em … set-ep, the one of 0.41.0 on set-fk … set-fn, the one of 0.48.0 on set-gm … set-gp, the one of 0.55.0 on set-ho … set-hr and the
one of 0.100.0 (every set outside BLIND) on set-oq … set-ot and the one of 0.108.0 (context pairs, every set
outside BLIND) on set-pg, pi, pj (see their ERRORS-first-blind-run.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tracker.extract.learned.model import MODEL_PATH
from tracker.extract.learned.training import (
    SETTINGS,
    build_dataset,
    cached,
    cross_validate,
    score,
    to_json,
    train,
    training_corpora,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures per threshold")
    parser.add_argument("--cache", type=Path, default=None, help="pickle of the dataset (built if absent)")
    args = parser.parse_args()
    corpora = training_corpora()
    articles = cached(args.cache, lambda: build_dataset(corpora))
    if args.cv:
        for folds in (7, None):
            held_out = cross_validate(articles, SETTINGS, folds=folds)
            print(f"--- {folds or 'leave-one-set-out'} folds")
            parts = (
                ("development sets", articles),
                ("seeds/corpus", [a for a in articles if a.group == "corpus"]),
            )
            for label, part in parts:
                rows = [("rules", None, 1.0, 0.0)] + [
                    (f"rules+model@{t:.2f}", held_out, t, 0.0) for t in (0.6, 0.7, 0.8, 0.9)
                ]
                rows += [
                    (f"model@{SETTINGS['threshold']:.2f}, <{d:.2f} out", held_out, SETTINGS["threshold"], d)
                    for d in (0.3, 0.4, 0.45, 0.5, 0.6)
                ]
                for name, probabilities, threshold, demote in rows:
                    claims, policies = score(part, probabilities, threshold, demote)
                    print(
                        f"{label:17} {name:18} claim F1 {claims.f1:.4f} (P {claims.precision:.4f} "
                        f"R {claims.recall:.4f})  policy F1 {policies.f1:.4f}"
                    )
        return 0
    model = train(articles, SETTINGS)
    MODEL_PATH.write_text(to_json(model, SETTINGS, [c.name for c in corpora]), encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
