"""Regenerate tracker/extract/data/event_day_model.json (see tracker/extract/learned/event_day_training.py).

    PYTHONPATH=. python tools/train_event_day_model.py          # train on all development sets, write the JSON
    PYTHONPATH=. python tools/train_event_day_model.py --cv     # leave-set-out figures for a few settings

Deterministic: the same corpora and code give the same file (full-batch training from zero weights). The shipped
weights are this script's output on the tree they were committed with (every annotated set but the blind judges
in `training.BLIND`); a retrained model replaces them only after a blind judgement.
"""

from __future__ import annotations

import argparse
import sys

from tracker.extract.learned.event_day import MODEL_PATH
from tracker.extract.learned.event_day_training import (
    SETTINGS,
    build_examples,
    cross_validate,
    to_json,
    train,
)
from tracker.extract.learned.training import training_corpora


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures for a few settings")
    args = parser.parse_args()
    corpora = training_corpora()
    examples = build_examples(corpora)
    if args.cv:
        for l2 in (1.0, 5.0, 20.0, 50.0):
            settings = {**SETTINGS, "l2": l2}
            cases, rules, learned = cross_validate(examples, settings)
            print(
                f"l2 {l2:>4}: {cases} cases, rules right {rules} ({rules / cases:.3f}), "
                f"learned right {learned} ({learned / cases:.3f}), {learned - rules:+d}"
            )
        event = sum(e.event_day for e in examples)
        print(f"always the event day: {event} ({event / len(examples):.3f})")
        return 0
    model = train(examples, SETTINGS)
    MODEL_PATH.write_text(
        to_json(model, SETTINGS, [c.name for c in corpora], len(examples)), encoding="utf-8"
    )
    print(f"wrote {MODEL_PATH} ({len(model.weights)} weights, {len(examples)} cases)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
