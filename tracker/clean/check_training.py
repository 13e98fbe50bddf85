"""Training and leave-set-out cross-validation shared by the candidate checks of cleaning (`byline_check`,
`outlet_check`; numpy, never imported when cleaning): each page the rules left without a value offers candidates,
and the check takes the likeliest at or above its threshold."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.evaluate.scorer import collapse
from tracker.logistic import ThresholdModel

if TYPE_CHECKING:
    from tracker.clean.article import CleanArticle
    from tracker.reference import Reference

# a check's candidates on one page: (raw lines, the article the rules cleaned, reference) -> (value, features)
Candidates = Callable[[list[str], "CleanArticle", "Reference"], list[tuple[str, tuple[str, ...]]]]


@dataclass(frozen=True)
class Page:
    """One article's candidates, whether the rules found a value and what the gold says."""

    group: str
    values: tuple[str, ...]
    features: tuple[tuple[str, ...], ...]
    rules_found: bool  # the rules found a value (the check never runs on such a page)
    gold: str | None

    def right(self, value: str) -> bool:
        return self.gold is not None and collapse(self.gold) == collapse(value)


def build_pages(corpora: Iterable[Path], field: str, candidates: Candidates) -> list[Page]:
    """Every text article of `corpora` cleaned with the rules alone, with its candidates for metadata `field`
    ('reporter', 'outlet') and the gold's value; an export that states the field is never checked."""
    from tracker.clean import clean
    from tracker.clean.title_check import rules_only
    from tracker.evaluate.gold import load_gold
    from tracker.read import InputRecord, iter_records
    from tracker.reference import load_reference

    reference = load_reference()
    out: list[Page] = []
    for corpus in corpora:
        for name, gold in load_gold(corpus / "gold").items():
            records = [
                r for r in iter_records([str(corpus / "articles" / name)]) if isinstance(r, InputRecord)
            ]
            if not records or records[0].format != "text" or records[0].given.get(field):
                continue
            with rules_only():
                article = clean(records[0], reference)
            found = candidates(records[0].text.split("\n"), article, reference)
            out.append(
                Page(
                    corpus.name,
                    tuple(value for value, _ in found),
                    tuple(features for _, features in found),
                    bool(getattr(article.meta, field)),
                    gold.get("metadata", {}).get(field),
                )
            )
    return out


def train(pages: Sequence[Page], settings: dict) -> ThresholdModel:
    from tracker.extract.learned.training import fit_binary

    used = [p for p in pages if not (settings["fallback_only"] and p.rules_found)]
    rows = [f for p in used for f in p.features]
    labels = [p.right(v) for p in used for v in p.values]
    weights, bias = fit_binary(rows, labels, settings)
    return ThresholdModel(weights=weights, bias=bias, threshold=settings["threshold"])


def examples(pages: Sequence[Page], settings: dict) -> int:
    return sum(len(p.values) for p in pages if not (settings["fallback_only"] and p.rules_found))


def cross_validate(pages: Sequence[Page], settings: dict, folds: int = 10) -> dict[str, int]:
    """Of the pages the rules found no value on: how many the held-out models give the gold's value (gained) and how
    many a value where the gold has none (lost); a wrong value where the gold has another was already wrong. Sets
    dealt into `folds` groups in name order."""
    groups = sorted({p.group for p in pages})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    checked = named = gained = lost = 0
    for k in range(folds):
        model = train([p for p in pages if fold_of[p.group] != k], settings)
        for page in pages:
            if fold_of[page.group] != k or page.rules_found:
                continue
            checked += 1
            if (value := model.likeliest(zip(page.values, page.features, strict=True))) is None:
                continue
            named += 1
            gained += page.right(value)
            lost += page.gold is None
    return {"pages": checked, "named": named, "gained": gained, "lost": lost}


def print_cv(pages: Sequence[Page], settings: dict) -> None:
    """The figures that chose a check's settings: l2 1, 5, 20 x thresholds 0.5 … 0.8, trained on every candidate or
    on the rules-less pages only."""
    for fallback_only in (False, True):
        for l2 in (1.0, 5.0, 20.0):
            for threshold in (0.5, 0.6, 0.7, 0.8):
                cell = {**settings, "l2": l2, "threshold": threshold, "fallback_only": fallback_only}
                f = cross_validate(pages, cell)
                print(
                    f"fallback_only {fallback_only:d} l2 {l2:>4} threshold {threshold}: {f['pages']} pages, "
                    f"{f['named']} named, {f['gained']} rightly, {f['lost']} where the gold has none: "
                    f"{f['gained'] - f['lost']:+d}"
                )


def to_json(
    about: str, model: ThresholdModel, settings: dict, trained_on: Sequence[str], examples: int
) -> str:
    data = {
        "about": about,
        "settings": settings,
        "trained_on": list(trained_on),
        "examples": examples,
        "threshold": model.threshold,
        "bias": model.bias,
        "weights": dict(sorted(model.weights.items())),
    }
    return json.dumps(data, ensure_ascii=False, indent=0) + "\n"
