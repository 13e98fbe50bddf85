"""Dataset, training and leave-set-out cross-validation of the byline check (`byline_check`; numpy, never imported
when cleaning).

    cd <repo> && PYTHONPATH=. python tools/train_byline_model.py          # write clean/data/byline_model.json
    cd <repo> && PYTHONPATH=. python tools/train_byline_model.py --cv     # the figures that chose SETTINGS

Dataset: every text article of the training corpora (`extract.learned.training.training_corpora`: the blind
judges held out) is cleaned with the rules alone; every candidate of `byline_check.candidates` is an example,
labelled by whether it is the gold's reporter. Deterministic: the same corpora and code give the same file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.clean.byline_check import BylineModel, candidates
from tracker.clean.title_check import rules_only
from tracker.evaluate.scorer import collapse

SETTINGS = {"min_count": 3, "l2": 1.0, "epochs": 400, "lr": 0.05, "threshold": 0.8, "fallback_only": False}


@dataclass(frozen=True)
class Page:
    """One article's candidates, what the rules found and what the gold says."""

    group: str
    names: tuple[str, ...]
    features: tuple[tuple[str, ...], ...]
    rules_found: bool  # the rules found a reporter (the check never runs on such a page)
    reporter: str | None  # the gold's


def build_pages(corpora: Iterable[Path]) -> list[Page]:
    from tracker.clean import _people, _places, clean
    from tracker.evaluate.gold import load_gold
    from tracker.read import InputRecord, iter_records
    from tracker.reference import load_reference

    reference = load_reference()
    places, people = _places(reference), _people(reference)
    out: list[Page] = []
    for corpus in corpora:
        for name, gold in load_gold(corpus / "gold").items():
            records = [
                r for r in iter_records([str(corpus / "articles" / name)]) if isinstance(r, InputRecord)
            ]
            if not records or records[0].format != "text" or records[0].given.get("reporter"):
                continue
            with rules_only():
                article = clean(records[0], reference)
            found = candidates(records[0].text.split("\n"), article.text, people=people, places=places)
            out.append(
                Page(
                    corpus.name,
                    tuple(c.name for c in found),
                    tuple(c.features for c in found),
                    bool(article.meta.reporter),
                    gold.get("metadata", {}).get("reporter"),
                )
            )
    return out


def _right(page: Page, name: str) -> bool:
    return page.reporter is not None and collapse(page.reporter) == collapse(name)


def train(pages: Sequence[Page], settings: dict) -> BylineModel:
    from tracker.extract.learned.training import fit_binary

    used = [p for p in pages if not (settings["fallback_only"] and p.rules_found)]
    rows = [f for p in used for f in p.features]
    labels = [_right(p, n) for p in used for n in p.names]
    weights, bias = fit_binary(rows, labels, settings)
    return BylineModel(weights=weights, bias=bias, threshold=settings["threshold"])


def choose(model: BylineModel, page: Page) -> str | None:
    best, best_p = None, 0.0
    for name, names in zip(page.names, page.features, strict=True):
        p = model.probability(names)
        if p >= model.threshold and p > best_p:
            best, best_p = name, p
    return best


def cross_validate(pages: Sequence[Page], settings: dict, folds: int = 10) -> dict[str, int]:
    """Of the pages the rules found no reporter on: how many the held-out models give the gold's reporter (gained)
    and how many a reporter where the gold has none (lost); a wrong name where the gold has another was already
    wrong. Sets dealt into `folds` groups in name order."""
    groups = sorted({p.group for p in pages})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    pages_checked = named = gained = lost = 0
    for k in range(folds):
        model = train([p for p in pages if fold_of[p.group] != k], settings)
        for page in pages:
            if fold_of[page.group] != k or page.rules_found:
                continue
            pages_checked += 1
            if (name := choose(model, page)) is None:
                continue
            named += 1
            gained += _right(page, name)
            lost += page.reporter is None
    return {"pages": pages_checked, "named": named, "gained": gained, "lost": lost}


def to_json(model: BylineModel, settings: dict, trained_on: Sequence[str], examples: int) -> str:
    data = {
        "about": "Learned byline check (tracker/clean/byline_check.py); regenerate: tools/train_byline_model.py",
        "settings": settings,
        "trained_on": list(trained_on),
        "examples": examples,
        "threshold": model.threshold,
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }
    return json.dumps(data, ensure_ascii=False, indent=0) + "\n"
