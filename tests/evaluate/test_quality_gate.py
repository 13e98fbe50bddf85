"""Quality gate: the pure pipeline (read -> clean -> extract) on the shipped gold corpus must reach the
targets. These floors are the project's targets; they are not lowered to make a run pass."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tracker.evaluate.pipeline import Report, evaluate_corpus, format_report
from tracker.reference import load_reference

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"

TARGETS = {
    "claim_f1": 0.85,
    "policy_f1": 0.85,
    "speaker_f1": 0.90,
    "speaker_accuracy": 0.95,
    "date_accuracy": 0.95,
    "officials_f1": 0.95,
    "metadata_headline": 0.95,
    "metadata_published": 0.95,
    "metadata_reporter": 0.95,
    "metadata_outlet": 0.95,
    "metadata_jurisdiction": 0.95,
}


@cache
def report() -> Report:
    return evaluate_corpus(CORPUS, load_reference())


def test_every_gold_article_is_scored() -> None:
    assert len(report().articles) == len(list((CORPUS / "gold").glob("*.json")))


@pytest.mark.parametrize("metric", sorted(TARGETS))
def test_quality_target(metric: str) -> None:
    figures = report().total.figures()
    assert figures[metric] >= TARGETS[metric], f"{metric} = {figures[metric]:.3f}\n{format_report(report())}"
