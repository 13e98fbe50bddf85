"""Evaluate: score extractions against the hand-annotated gold set (`seeds/corpus`). Pure functions."""

from tracker.evaluate.gold import load_gold, person_names
from tracker.evaluate.pipeline import Report, evaluate_corpus, format_report
from tracker.evaluate.scorer import (
    ArticleScores,
    PredictedArticle,
    PredictedClaim,
    TotalScores,
    score_article,
    total,
)

__all__ = [
    "ArticleScores",
    "PredictedArticle",
    "PredictedClaim",
    "Report",
    "TotalScores",
    "evaluate_corpus",
    "format_report",
    "load_gold",
    "person_names",
    "score_article",
    "total",
]
