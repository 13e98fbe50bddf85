"""Dataset of the byline check (`byline_check`): every candidate of `byline_check.candidates` on the text articles
of the training corpora (`extract.learned.training.training_corpora`: the blind judges held out), cleaned with the
rules alone, labelled by whether it is the gold's reporter; training and cross-validation are `check_training`'s.

    cd <repo> && PYTHONPATH=. python tools/train_byline_model.py          # write clean/data/byline_model.json
    cd <repo> && PYTHONPATH=. python tools/train_byline_model.py --cv     # the figures that chose SETTINGS

Deterministic: the same corpora and code give the same file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.clean.byline_check import candidates
from tracker.clean.check_training import Page
from tracker.clean.check_training import build_pages as _build_pages

if TYPE_CHECKING:
    from tracker.clean.article import CleanArticle
    from tracker.reference import Reference

# chosen by `--cv` (10 folds of sets): of 817 rules-less training pages, this cell named 31, 23 rightly and 8 where
# the gold has none (+15); l2 1 at 0.7 was +15 with 12 such, l2 5 at 0.6 +15 with 13; trained on rules-less pages
# alone at best +10
SETTINGS = {"min_count": 3, "l2": 1.0, "epochs": 400, "lr": 0.05, "threshold": 0.8, "fallback_only": False}
ABOUT = "Learned byline check (tracker/clean/byline_check.py); regenerate: tools/train_byline_model.py"


def _candidates(
    lines: list[str], article: CleanArticle, reference: Reference
) -> list[tuple[str, tuple[str, ...]]]:
    from tracker.clean import _people, _places

    found = candidates(lines, article.text, people=_people(reference), places=_places(reference))
    return [(c.name, c.features) for c in found]


def build_pages(corpora: Iterable[Path]) -> list[Page]:
    return _build_pages(corpora, "reporter", _candidates)
