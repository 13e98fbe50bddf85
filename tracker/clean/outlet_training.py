"""Dataset of the outlet check (`outlet_check`): every candidate of `outlet_check.candidates` on the text articles
of the training corpora (`extract.learned.training.training_corpora`: the blind judges held out), cleaned with the
rules alone, labelled by whether it is the gold's outlet; training and cross-validation are `check_training`'s.

    cd <repo> && PYTHONPATH=. python tools/train_outlet_model.py          # write clean/data/outlet_model.json
    cd <repo> && PYTHONPATH=. python tools/train_outlet_model.py --cv     # the figures that chose SETTINGS

Deterministic: the same corpora and code give the same file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.clean.check_training import Page
from tracker.clean.check_training import build_pages as _build_pages
from tracker.clean.outlet_check import candidates

if TYPE_CHECKING:
    from tracker.clean.article import CleanArticle
    from tracker.reference import Reference

# chosen by `--cv` (10 folds of sets): of 906 rules-less training pages (72 with an outlet in the gold, whose name 32
# print at all), this cell named 22, 16 rightly and 3 where the gold has none (+13); at 0.6 +10, at 0.7 +8. Trained on
# every candidate (the pages the rules read too) at best +7: the outlets the rules read are printed otherwise
SETTINGS = {"min_count": 3, "l2": 1.0, "epochs": 400, "lr": 0.05, "threshold": 0.5, "fallback_only": True}
ABOUT = "Learned outlet check (tracker/clean/outlet_check.py); regenerate: tools/train_outlet_model.py"


def _candidates(
    lines: list[str], article: CleanArticle, reference: Reference
) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.value, c.features) for c in candidates(lines, article.text)]


def build_pages(corpora: Iterable[Path]) -> list[Page]:
    return _build_pages(corpora, "outlet", _candidates)
