"""Regenerate tracker/clean/data/title_model.json (see tracker/clean/title_training.py).

    PYTHONPATH=. python tools/train_title_model.py          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_title_model.py --cv     # leave-set-out figures for a few settings

Deterministic: the same corpora and code give the same file. The shipped weights are this script's output on the
tree they were committed with (every annotated set but the blind judges in `extract.learned.training.BLIND`); a
retrained model replaces them only after a blind judgement.
"""

from __future__ import annotations

import argparse
import sys

from tracker.clean.check_training import to_json
from tracker.clean.title_check import MODEL_PATH
from tracker.clean.title_training import ABOUT, SETTINGS, build_examples, cross_validate, train
from tracker.extract.learned.training import training_corpora


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures for a few settings")
    args = parser.parse_args()
    corpora = training_corpora()
    examples = build_examples(corpora)
    if args.cv:
        for l2 in (1.0, 5.0, 20.0):
            for threshold in (0.4, 0.5, 0.6, 0.7):
                f = cross_validate(examples, {**SETTINGS, "l2": l2, "threshold": threshold})
                print(
                    f"l2 {l2:>4} threshold {threshold}: {f['examples']} titles, {f['dropped']} dropped, "
                    f"{f['gained']} rightly, {f['lost']} wrongly: {f['gained'] - f['lost']:+d}"
                )
        return 0
    model = train(examples, SETTINGS)
    MODEL_PATH.parent.mkdir(exist_ok=True)
    MODEL_PATH.write_text(
        to_json(ABOUT, model, SETTINGS, [c.name for c in corpora], len(examples)), encoding="utf-8"
    )
    print(f"wrote {MODEL_PATH} ({len(model.weights)} weights, {len(examples)} titles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
