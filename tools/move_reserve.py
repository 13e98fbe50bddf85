"""Move a judged blind reserve from seeds/blind-corpora into seeds/extra-corpora (step 4 of
seeds/blind-corpora/README.md), from the two `tracker eval --json` runs that judged it.

    python tools/move_reserve.py --sets hw hx hy hz --date 2026-11-27 \\
        --run "0.56.0 (e0b0be8): **the first, blind run**" before.json \\
        --run "0.57.0 (5f8f5ee): the speaker round" after.json \\
        --header "Annotated blind on … **kept**. …" \\
        --note "annotated as a blind reserve, … still blind for the rules"

It `git mv`s each set, writes its ERRORS-first-blind-run.md (the header, the pooled totals of every run, the
set's own row of every run), inserts the sets' floors into tests/evaluate/test_extra_corpora.py (from the
first run, or with `--floors-from last` from the last when a kept change moved the sets' figures: F1s and
metadata rounded down to two places, metadata 1.000 -> 0.99, officials 1.0 stays, counts of correct speakers,
dates and kinds) and their rows into seeds/extra-corpora/README.md. What stays by hand:
the counts in README.md, the README's training and `Run` lines, `BLIND` in tracker/extract/learned/training.py
and the reserve table of seeds/blind-corpora/README.md. It stops before touching anything if an anchor it
needs is missing, so a failed run leaves no half-moved reserve behind.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "evaluate" / "test_extra_corpora.py"
README = ROOT / "seeds" / "extra-corpora" / "README.md"
FLOORS_ANCHOR = "\n}\n\n\n@cache"
README_ANCHOR = "\n\nSince 0.55.0 every set above"  # the paragraph after the table (update with the retrains)
COLUMNS = (
    ("claim P", "claim_precision"),
    ("claim R", "claim_recall"),
    ("claim F1", "claim_f1"),
    ("policy F1", "policy_f1"),
    ("speaker F1", "speaker_f1"),
    ("speaker acc", "speaker_accuracy"),
    ("date acc", "date_accuracy"),
    ("kind acc", "kind_accuracy"),
    ("officials F1", "officials_f1"),
    ("headline", "metadata_headline"),
    ("published", "metadata_published"),
    ("reporter", "metadata_reporter"),
    ("outlet", "metadata_outlet"),
    ("jurisdiction", "metadata_jurisdiction"),
)
METADATA = ("headline", "published", "reporter", "outlet", "jurisdiction")


def pooled(total: dict[str, float]) -> str:
    """The pooled totals of one run, in the words the ERRORS files use."""
    t = total
    return (
        f"claim P/R {t['claim_precision']:.3f}/{t['claim_recall']:.3f}, claim F1 {t['claim_f1']:.3f}, "
        f"policy F1 {t['policy_f1']:.3f}, speaker F1 {t['speaker_f1']:.3f} / accuracy {t['speaker_accuracy']:.3f}, "
        f"date {t['date_accuracy']:.3f}, kind {t['kind_accuracy']:.3f}, officials {t['officials_f1']:.3f}, "
        + ", ".join(f"{m} {t['metadata_' + m]:.3f}" for m in METADATA)
    )


def floor(value: float) -> float:
    """Two places, rounded down (a score of 0.29 stays 0.29: the epsilon undoes 0.29 * 100 = 28.999…), and never
    above the score itself: the test compares the unrounded figure (0.7999999999999999 needs 0.79)."""
    rounded = math.floor(value * 100 + 1e-9) / 100
    return rounded if rounded <= value else round(rounded - 0.01, 2)


def floors_block(name: str, scores: dict[str, float], articles: dict[str, dict]) -> str:
    def correct(key: str) -> int:
        return sum(a["counts"][key][0] for a in articles.values())

    lines = [
        f'    "{name}": {{',
        f'        "claim_f1": {floor(scores["claim_f1"])},  # {scores["claim_f1"]:.3f}',
        f'        "policy_f1": {floor(scores["policy_f1"])},  # {scores["policy_f1"]:.3f}',
        f'        "speaker_correct": {correct("speaker_accuracy")},',
        f'        "date_correct": {correct("date_accuracy")},',
        f'        "kind_correct": {correct("kind_accuracy")},',
        f'        "officials_f1": {1.0 if scores["officials_f1"] >= 1.0 else floor(scores["officials_f1"])},',
    ]
    for field in METADATA:
        value = scores[f"metadata_{field}"]
        lines.append(f'        "metadata_{field}": {0.99 if value >= 1.0 else floor(value)},  # {value:.3f}')
    lines.append("    },")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", nargs="+", required=True, help="set names without 'set-' (hw hx hy hz)")
    parser.add_argument("--date", required=True, help="the day the sets were annotated")
    parser.add_argument("--run", nargs=2, action="append", required=True, metavar=("LABEL", "JSON"))
    parser.add_argument(
        "--header", required=True, help="the ERRORS files' paragraph: how the reserve was judged"
    )
    parser.add_argument("--note", required=True, help="the README row's note for the first set")
    parser.add_argument(
        "--floors-from",
        choices=("first", "last"),
        default="first",
        help="the run the floors come from: the first (the code stays as it was: +0 or dropped) or the last "
        "(a kept change that moved these sets' figures)",
    )
    args = parser.parse_args()

    runs = [
        (label, _by_set(json.loads(Path(path).read_text(encoding="utf-8")), args.sets))
        for label, path in args.run
    ]
    first = runs[0][1]
    span = f"{args.sets[0]}-{args.sets[-1]}"
    count = len(first["articles"])
    floors_text = FLOORS.read_text(encoding="utf-8")
    readme_text = README.read_text(encoding="utf-8")
    if FLOORS_ANCHOR not in floors_text or README_ANCHOR not in readme_text:
        print("an anchor is missing in the floors file or the README: nothing moved", file=sys.stderr)
        return 1

    pools = "\n".join(
        f"Pooled over {span} ({count} articles) on {label}: {pooled(d['total'])}." for label, d in runs
    )
    head = "| run | " + " | ".join(c for c, _ in COLUMNS) + " |\n" + "|---" * (len(COLUMNS) + 1) + "|\n"
    blocks, rows, errors = [], [], {}
    for index, short in enumerate(args.sets):
        name = f"set-{short}"
        own = "\n".join(
            f"| {label} | " + " | ".join(f"{d['corpora'][name][key]:.3f}" for _, key in COLUMNS) + " |"
            for label, d in runs
        )
        errors[name] = (
            f"# Set-{short}: blind runs ({args.date})\n\n{args.header}\n\n{pools}\n\nThis set alone:\n\n{head}{own}\n"
        )
        floored = runs[-1][1] if args.floors_from == "last" else first
        articles = {k: v for k, v in floored["articles"].items() if k.startswith(f"{name}/")}
        blocks.append(floors_block(name, floored["corpora"][name], articles))
        scores = first["corpora"][name]
        note = args.note if index == 0 else f"as set-{args.sets[0]}"
        if index == len(args.sets) - 1:
            label = runs[0][0].replace(": **the first, blind run**", "")
            note += f". Sets {span} pooled ({count} articles) on {label}: {pooled(first['total'])}"
        metadata = ", ".join(f"{m} {scores['metadata_' + m]:.2f}" for m in METADATA)
        rows.append(
            f"| `{name}` | {args.date} | {scores['claim_f1']:.3f} / {scores['policy_f1']:.3f} / "
            f"{scores['date_accuracy']:.3f} / {metadata} | {note} |"
        )
    # everything is worked out before anything moves: a run that lacks a set stops above with nothing moved
    for name, text in errors.items():
        subprocess.run(
            ["git", "mv", f"seeds/blind-corpora/{name}", f"seeds/extra-corpora/{name}"], cwd=ROOT, check=True
        )
        (ROOT / "seeds" / "extra-corpora" / name / "ERRORS-first-blind-run.md").write_text(
            text, encoding="utf-8"
        )
    FLOORS.write_text(
        floors_text.replace(FLOORS_ANCHOR, "\n" + "\n".join(blocks) + FLOORS_ANCHOR, 1), encoding="utf-8"
    )
    README.write_text(
        readme_text.replace(README_ANCHOR, "\n" + "\n".join(rows) + README_ANCHOR, 1), encoding="utf-8"
    )
    print(
        f"moved {', '.join(args.sets)}; now by hand: README.md counts, the README's training and Run lines, BLIND"
    )
    return 0


def _by_set(run: dict, sets: list[str]) -> dict:
    """A run's JSON with per-set scores: `tracker eval` over one folder prints no `corpora` and names its articles
    without the set's folder; that run's totals are the set's."""
    if "corpora" in run or len(sets) != 1:
        return run
    name = f"set-{sets[0]}"
    return {
        **run,
        "corpora": {name: run["total"]},
        "articles": {f"{name}/{k}": v for k, v in run["articles"].items()},
    }


if __name__ == "__main__":
    sys.exit(main())
