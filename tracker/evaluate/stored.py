"""`tracker eval`: ingest a gold corpus into a temporary database and score what comes back.

Unlike `pipeline.evaluate_corpus` (the quick loop, no database), this grades the whole product path:
read -> clean -> extract -> store -> export records, through the same scorer.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from tracker.db.session import session_factory
from tracker.errors import TrackerError
from tracker.evaluate.gold import load_gold, person_names
from tracker.evaluate.pipeline import Report
from tracker.evaluate.scorer import PredictedArticle, PredictedClaim, score_article, total
from tracker.report.records import iter_articles, iter_claims
from tracker.store.database import open_database
from tracker.store.ingest import ingest
from tracker.store.registry import load_reference_from_db


def evaluate_stored(corpus_dir: Path, *, workers: int = 1) -> tuple[Report, list[str]]:
    """Scores per article and in total, plus the ingest errors (articles that could not be stored)."""
    corpus_dir = Path(corpus_dir)
    if not _is_corpus(corpus_dir):
        raise TrackerError(f"{corpus_dir}: a corpus folder needs articles/ and gold/ inside")
    gold = load_gold(corpus_dir / "gold")
    with tempfile.TemporaryDirectory(prefix="tracker-eval-") as tmp:
        engine = open_database(f"sqlite:///{tmp}/eval.db")
        result = ingest(engine, [str(corpus_dir / "articles")], workers=workers)
        with session_factory(engine)() as session:
            names = person_names(load_reference_from_db(session))
            articles = _by_gold_name(iter_articles(session))
            claims: dict[int, list[dict]] = defaultdict(list)
            for claim in iter_claims(session):
                claims[claim["article_id"]].append(claim)
        engine.dispose()
    predictions = {}
    for name in gold:
        stored = articles.get(name)
        predictions[name] = _prediction(name, stored, claims[stored["id"]] if stored else [])
    scores = [score_article(gold[name], predictions[name], names) for name in gold]
    return Report(tuple(scores), total(scores), predictions, gold), result.errors


def _by_gold_name(stored: Iterable[dict]) -> dict[str, dict]:
    """Stored articles by the name their gold file has: the file name, and for a JSONL/CSV row (source
    `file.jsonl:1`) also the bare file name when the file holds that one article only."""
    articles = {Path(a["source"]).name: a for a in stored}
    rows: dict[str, list[str]] = defaultdict(list)
    for name in articles:
        file, _, row = name.rpartition(":")
        if file and row.isdigit():
            rows[file].append(name)
    for file, names in rows.items():
        if len(names) == 1 and file not in articles:
            articles[file] = articles[names[0]]
    return articles


def _prediction(name: str, article: dict | None, claims: list[dict]) -> PredictedArticle:
    if article is None:  # not stored: scored as an empty prediction, and reported as an ingest error
        return PredictedArticle(name=name)
    return PredictedArticle(
        name=name,
        metadata={
            "headline": article["headline"],
            "published": article["published"],
            "reporter": article["reporter"],
            "outlet": article["outlet"],
            "jurisdiction": article["jurisdiction"],
        },
        officials=frozenset(article["officials"]),
        claims=tuple(
            PredictedClaim(
                text=c["text"],
                speaker=c["speaker"],
                date=c["date"],
                policies=tuple(c["policies"]),
                kind=c["kind"],
            )
            for c in claims
        ),
    )


def _is_corpus(path: Path) -> bool:
    """A corpus folder holds articles/ and gold/."""
    return (path / "articles").is_dir() and (path / "gold").is_dir()


def corpus_folders(paths: Iterable[Path]) -> list[Path]:
    """The corpus folders `paths` name: a folder with articles/ and gold/ itself, or a folder of such
    folders (`seeds/extra-corpora` holds set-a, set-b, …), in name order. A path that is neither is
    an error naming it."""
    found: list[Path] = []
    for path in map(Path, paths):
        if _is_corpus(path):
            found.append(path)
            continue
        inner = sorted(p for p in path.iterdir() if _is_corpus(p)) if path.is_dir() else []
        if not inner:
            raise TrackerError(
                f"{path}: not a corpus folder (articles/ and gold/ inside) nor a folder of corpus folders"
            )
        found.extend(inner)
    return found


def pooled(reports: dict[str, Report]) -> Report:
    """Several corpora's reports as one, totals over every article. Article names are prefixed with
    their corpus (`set-c/c-01-yonhap.txt`) when there are several, since two corpora may hold files of
    the same name."""
    if len(reports) == 1:
        return next(iter(reports.values()))
    scores: list = []
    predictions: dict[str, PredictedArticle] = {}
    gold: dict[str, dict] = {}
    for corpus, report in reports.items():
        scores.extend(replace(s, name=f"{corpus}/{s.name}") for s in report.articles)
        predictions.update({f"{corpus}/{k}": v for k, v in report.predictions.items()})
        gold.update({f"{corpus}/{k}": v for k, v in report.gold.items()})
    return Report(tuple(scores), total(scores), predictions, gold)
