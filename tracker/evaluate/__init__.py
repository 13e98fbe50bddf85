"""Evaluate: score extractions against the hand-annotated gold set (`seeds/corpus`). Pure functions."""

from tracker.evaluate.gold import load_gold
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
    "TotalScores",
    "load_gold",
    "score_article",
    "total",
]
