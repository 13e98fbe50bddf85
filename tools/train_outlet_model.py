"""Regenerate tracker/clean/data/outlet_model.json (see tracker/clean/outlet_training.py).

    PYTHONPATH=. python tools/train_outlet_model.py          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_outlet_model.py --cv     # leave-set-out figures for a few settings

Deterministic: the same corpora and code give the same file. The shipped weights are this script's output on the
tree they were committed with (every annotated set but the blind judges in `extract.learned.training.BLIND`); a
retrained model replaces them only after a blind judgement.
"""

from __future__ import annotations

import argparse
import sys

from tracker.clean.check_training import examples, print_cv, to_json, train
from tracker.clean.outlet_check import MODEL_PATH
from tracker.clean.outlet_training import ABOUT, SETTINGS, build_pages
from tracker.extract.learned.training import training_corpora


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures for a few settings")
    args = parser.parse_args()
    corpora = training_corpora()
    pages = build_pages(corpora)
    if args.cv:
        print_cv(pages, SETTINGS)
        return 0
    model = train(pages, SETTINGS)
    MODEL_PATH.parent.mkdir(exist_ok=True)
    n = examples(pages, SETTINGS)
    MODEL_PATH.write_text(to_json(ABOUT, model, SETTINGS, [c.name for c in corpora], n), encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(model.weights)} weights, {n} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
