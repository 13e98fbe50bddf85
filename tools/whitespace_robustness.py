"""Scores of the annotated articles when only their whitespace changes, as texts found in programs' sources look.

The shipped sample corpus came mostly from public GitHub files (string literals, mock data, a component's markup,
database dumps: seeds/corpus/SOURCES.csv), while the development sets are pages' texts. Whitespace never changes what
a gold quote matches (the scorer compares texts without it), so every score should hold under these forms:

  orig            the article as stored
  record          its title, its publication time, then its clean body on one line (a record unwrapped from data)
  record_wrapped  the same with the body wrapped at 40 characters and indented (a template literal, a component)
  wrapped         every line of the stored text wrapped so

    PYTHONPATH=. python tools/whitespace_robustness.py             # the sets the learned models train on
    PYTHONPATH=. python tools/whitespace_robustness.py --sets 40   # the first 40 of them (quicker)
    PYTHONPATH=. python tools/whitespace_robustness.py --corpus seeds/blind-corpora/set-qb …   # given folders

`--corpus` is for judging a change on a fresh reserve as programs' sources would print it: run it once on the old
version's worktree and once on the new (0.118.0 was judged so on set-qb, qc, qe). It prints totals only, so the
reserve's errors stay unread; the reserve is then used, as a `tracker eval` judgement uses it.

Prints the total scores of each form. Do not point it at BLIND sets (`training.BLIND`): reading their errors makes
them no longer blind for the rules.
"""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterator
from multiprocessing import Pool
from pathlib import Path

from tracker.clean import CleanArticle, clean
from tracker.evaluate.gold import load_gold
from tracker.evaluate.pipeline import person_names, predict
from tracker.evaluate.scorer import ArticleScores, score_article, total
from tracker.extract.learned.training import training_corpora
from tracker.read import InputRecord, iter_records
from tracker.reference import load_reference

FORMS = ("orig", "record", "record_wrapped", "wrapped")
SHOWN = (
    "claim_f1",
    "policy_f1",
    "speaker_f1",
    "speaker_accuracy",
    "date_accuracy",
    "metadata_headline",
    "metadata_published",
    "metadata_jurisdiction",
)


def _wrap(text: str) -> list[str]:
    return ["    " + line for line in textwrap.wrap(text, 40, break_long_words=False, break_on_hyphens=False)]


def forms(text: str, article: CleanArticle) -> Iterator[tuple[str, str]]:
    """(form, text) of one stored article (`article`: its cleaning, for the record forms)."""
    yield "orig", text
    meta = article.meta
    head = [meta.headline or ""]
    if meta.published_at:  # as precise as the page printed it (a month alone in the page store's marker)
        shape = {"month": "date %Y-%m", "day": "%Y-%m-%d", "second": "%Y-%m-%d %H:%M:%S"}
        head.append(meta.published_at.strftime(shape.get(meta.published_precision or "", "%Y-%m-%d %H:%M")))
    body = " ".join(p.strip() for p in article.text.split("\n\n") if p.strip())
    yield "record", "\n".join([*head, body])
    yield "record_wrapped", "\n".join([*head, *_wrap(body)])
    yield "wrapped", "\n".join(wrapped for line in text.split("\n") for wrapped in (_wrap(line) or [""]))


def score_set(corpus: Path) -> dict[str, list[ArticleScores]]:
    reference = load_reference()
    names = person_names(reference)
    out: dict[str, list[ArticleScores]] = {form: [] for form in FORMS}
    for name, gold in load_gold(corpus / "gold").items():
        records = [r for r in iter_records([str(corpus / "articles" / name)]) if isinstance(r, InputRecord)]
        if not records or records[0].format != "text":
            continue
        record = records[0]
        for form, text in forms(record.text, clean(record, reference)):
            changed = InputRecord(
                record.source, text.encode(), text, "text", record.encoding, dict(record.given)
            )
            out[form].append(score_article(gold, predict(changed, reference, name), names))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", type=int, default=0, help="only the first N training sets (0: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--corpus", type=Path, action="append", default=[], help="score these corpus folders instead (repeatable)"
    )
    args = parser.parse_args()
    corpora = args.corpus or [c for c in training_corpora() if c.parent.name == "extra-corpora"]
    if args.sets:
        corpora = corpora[: args.sets]
    with Pool(args.workers) as pool:
        results = pool.map(score_set, corpora, chunksize=4)
    print(f"{len(corpora)} sets")
    for form in FORMS:
        figures = total([s for result in results for s in result[form]]).figures()
        print(f"{form:15} " + "  ".join(f"{key} {figures[key]:.4f}" for key in SHOWN))


if __name__ == "__main__":
    main()
