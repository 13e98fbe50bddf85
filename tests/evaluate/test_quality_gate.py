"""Quality gate: `tracker eval` on the shipped gold corpus (ingest into a database, score what comes
back) must reach the targets, and the pure pipeline (no database) must score the same. These floors are
the project's targets; they are not lowered to make a run pass."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tracker.evaluate.pipeline import Report, evaluate_corpus, format_report
from tracker.evaluate.stored import evaluate_stored
from tracker.evaluate.targets import TARGETS
from tracker.reference import load_reference

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"


@cache
def report() -> Report:
    scored, errors = evaluate_stored(CORPUS, workers=1)
    assert errors == []
    return scored


def test_database_path_scores_like_the_pure_pipeline() -> None:
    assert report().total.figures() == evaluate_corpus(CORPUS, load_reference()).total.figures()


def test_every_gold_article_is_scored() -> None:
    assert len(report().articles) == len(list((CORPUS / "gold").glob("*.json")))


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_quality_target(metric: str) -> None:
    figures = report().total.figures()
    assert figures[metric] >= TARGETS[metric], f"{metric} = {figures[metric]:.3f}\n{format_report(report())}"
