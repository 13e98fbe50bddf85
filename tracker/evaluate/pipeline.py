"""Run read -> clean -> extract over the gold corpus without a database and score it.

This is the quick loop for improving extraction; `tracker eval` scores what the database stores with the
same scorer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tracker.evaluate.gold import load_gold, person_names
from tracker.evaluate.scorer import (
    ArticleScores,
    PredictedArticle,
    PredictedClaim,
    TotalScores,
    score_article,
    total,
)
from tracker.reference import Reference


@dataclass(frozen=True)
class Report:
    articles: tuple[ArticleScores, ...]
    total: TotalScores
    predictions: dict[str, PredictedArticle]
    gold: dict[str, dict]


def predict(record: object, reference: Reference, name: str) -> PredictedArticle:
    """Clean and extract one input record into the scorer's plain values."""
    from tracker.clean import clean
    from tracker.extract import run

    article = clean(record, reference)
    extraction = run(article, reference)
    meta = article.meta
    # a provisional official (a head the registry lacks, registered from the article) is compared by name, as
    # `tracker eval` compares what the database stores
    provisional = {p.person_key: p.name_ko for p in extraction.provisional_officials}
    return PredictedArticle(
        name=name,
        metadata={
            "headline": meta.headline,
            "published": meta.published_at.strftime("%Y-%m")
            if meta.published_at and meta.published_precision == "month"
            else meta.published_at,
            "reporter": meta.reporter,
            "outlet": meta.outlet,
            "jurisdiction": meta.jurisdiction_code,
        },
        officials=frozenset(provisional.get(k, k) for k in extraction.officials),
        claims=tuple(
            PredictedClaim(
                text=c.text,
                speaker=provisional.get(c.speaker_key, c.speaker_key) if c.speaker_key else None,
                date=c.date.isoformat() if c.date else None,
                policies=c.policies,
                kind=c.kind,
            )
            for c in extraction.claims
        ),
    )


def evaluate_corpus(corpus_dir: Path, reference: Reference) -> Report:
    """Score every article of `corpus_dir/articles` that has a gold file in `corpus_dir/gold`."""
    from tracker.read import InputRecord, iter_records

    gold = load_gold(Path(corpus_dir) / "gold")
    names = person_names(reference)
    predictions: dict[str, PredictedArticle] = {}
    scores = []
    for name, want in gold.items():
        path = Path(corpus_dir) / "articles" / name
        records = [r for r in iter_records([str(path)]) if isinstance(r, InputRecord)]
        predicted = predict(records[0], reference, name) if records else PredictedArticle(name=name)
        predictions[name] = predicted
        scores.append(score_article(want, predicted, names))
    return Report(tuple(scores), total(scores), predictions, gold)


def format_report(report: Report) -> str:
    """A per-article table and the totals, for reading during development."""
    head = f"{'article':42} {'claimP':>6} {'claimR':>6} {'polF1':>6} {'spkAcc':>6} {'date':>5} {'kind':>5} {'offF1':>5} meta"
    lines = [head]
    for s in report.articles:
        meta = "".join("✓" if r.correct == r.total else "✗" for r in s.metadata.values())
        lines.append(
            f"{s.name[:42]:42} {s.claims.precision:6.2f} {s.claims.recall:6.2f} {s.policies.f1:6.2f} "
            f"{s.speaker_accuracy.value:6.2f} {s.date_accuracy.value:5.2f} {s.kind_accuracy.value:5.2f} "
            f"{s.officials.f1:5.2f} {meta}"
        )
    lines.append("")
    lines.extend(f"{k:22} {v:.3f}" for k, v in report.total.figures().items())
    return "\n".join(lines)
