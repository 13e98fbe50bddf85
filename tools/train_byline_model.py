"""Regenerate tracker/clean/data/byline_model.json (see tracker/clean/byline_training.py).

    PYTHONPATH=. python tools/train_byline_model.py          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_byline_model.py --cv     # leave-set-out figures for a few settings

Deterministic: the same corpora and code give the same file. The shipped weights are this script's output on the
tree they were committed with (every annotated set but the blind judges in `extract.learned.training.BLIND`); a
retrained model replaces them only after a blind judgement.
"""

from __future__ import annotations

import argparse
import sys

from tracker.clean.byline_check import MODEL_PATH
from tracker.clean.byline_training import SETTINGS, build_pages, cross_validate, to_json, train
from tracker.extract.learned.training import training_corpora


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures for a few settings")
    args = parser.parse_args()
    corpora = training_corpora()
    pages = build_pages(corpora)
    if args.cv:
        for fallback_only in (False, True):
            for l2 in (1.0, 5.0, 20.0):
                for threshold in (0.5, 0.6, 0.7, 0.8):
                    settings = {**SETTINGS, "l2": l2, "threshold": threshold, "fallback_only": fallback_only}
                    f = cross_validate(pages, settings)
                    print(
                        f"fallback_only {fallback_only:d} l2 {l2:>4} threshold {threshold}: {f['pages']} pages, "
                        f"{f['named']} named, {f['gained']} rightly, {f['lost']} where the gold has none: "
                        f"{f['gained'] - f['lost']:+d}"
                    )
        return 0
    model = train(pages, SETTINGS)
    MODEL_PATH.parent.mkdir(exist_ok=True)
    examples = sum(len(p.names) for p in pages if not (SETTINGS["fallback_only"] and p.rules_found))
    MODEL_PATH.write_text(to_json(model, SETTINGS, [c.name for c in corpora], examples), encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(model.weights)} weights, {examples} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
