"""Regenerate the shipped weights of a candidate check of cleaning: the byline check
(tracker/clean/data/byline_model.json) or the outlet check (tracker/clean/data/outlet_model.json); see
tracker/clean/check_training.py.

    PYTHONPATH=. python tools/train_check_model.py byline          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_check_model.py outlet --cv     # leave-set-out figures for a few settings

Deterministic: the same corpora and code give the same file. The shipped weights are this script's output on the
tree they were committed with (every annotated set but the blind judges in `extract.learned.training.BLIND`); a
retrained model replaces them only after a blind judgement.
"""

from __future__ import annotations

import argparse
import sys

from tracker.clean.check_training import CHECKS, build_pages, examples, print_cv, to_json, train
from tracker.extract.learned.training import training_corpora


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("check", choices=sorted(CHECKS), help="which check to train")
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures for a few settings")
    args = parser.parse_args()
    check = CHECKS[args.check]
    corpora = training_corpora()
    pages = build_pages(corpora, check.field, check.candidates)
    if args.cv:
        print_cv(pages, check.settings)
        return 0
    model = train(pages, check.settings)
    check.model_path.parent.mkdir(exist_ok=True)
    n = examples(pages, check.settings)
    about = f"Learned {args.check} check (tracker/clean/{args.check}_check.py); regenerate: tools/train_check_model.py"
    check.model_path.write_text(
        to_json(about, model, check.settings, [c.name for c in corpora], n), encoding="utf-8"
    )
    print(f"wrote {check.model_path} ({len(model.weights)} weights, {n} candidates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
