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


def test_several_corpora_pool_into_one_report(tmp_path: Path) -> None:
    """`tracker eval seeds/corpus seeds/extra-corpora/set-p` (or a folder of corpora): each corpus is
    scored as it would be alone and the totals cover every article, names prefixed by their corpus."""
    import json

    from typer.testing import CliRunner

    from tracker.cli import app
    from tracker.evaluate.scorer import total
    from tracker.evaluate.stored import corpus_folders, pooled

    extra = CORPUS.parent / "extra-corpora"
    assert [p.name for p in corpus_folders([CORPUS, extra / "set-p"])] == ["corpus", "set-p"]
    assert len(corpus_folders([extra])) == len([p for p in extra.iterdir() if (p / "gold").is_dir()])
    set_p, _ = evaluate_stored(extra / "set-p", workers=1)
    both = pooled({"corpus": report(), "set-p": set_p})
    assert len(both.articles) == len(report().articles) + len(set_p.articles)
    assert both.total.figures() == total([*report().articles, *set_p.articles]).figures()
    assert any(s.name.startswith("set-p/") for s in both.articles)

    result = CliRunner().invoke(
        app, ["eval", str(CORPUS), str(extra / "set-p"), "--json", "--workers", "1", "--interval"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data["corpora"]) == {"corpus", "set-p"}
    assert data["corpora"]["corpus"] == report().total.figures()
    assert data["total"] == both.total.figures()
    # the bootstrap interval of each pooled total holds it, and resampling 24 articles leaves room
    assert set(data["interval_95"]) == set(data["total"])
    assert all(low <= data["total"][k] <= high for k, (low, high) in data["interval_95"].items())
    low, high = data["interval_95"]["claim_f1"]
    assert high - low > 0.01

    empty = tmp_path / "nothing-here"
    empty.mkdir()
    result = CliRunner().invoke(app, ["eval", str(empty)])
    assert result.exit_code != 0 and "not a corpus folder" in result.output


def test_eval_against_a_baseline_run(tmp_path: Path) -> None:
    """`tracker eval DIR --json > before.json`, then `tracker eval DIR --baseline before.json`: the same
    code on the same articles changes nothing, with a zero-width paired interval; the per-article counts
    rebuild each article's scores; a file that is not such a run is one line and exit code 1."""
    import json

    from typer.testing import CliRunner

    from tracker.cli import app
    from tracker.evaluate.scorer import ArticleScores

    set_p = CORPUS.parent / "extra-corpora" / "set-p"
    first = CliRunner().invoke(app, ["eval", str(set_p), "--json", "--workers", "1"])
    assert first.exit_code == 0, first.output
    before = tmp_path / "before.json"
    before.write_text(first.output, encoding="utf-8")
    articles = json.loads(first.output)["articles"]
    scored, _ = evaluate_stored(set_p, workers=1)
    for s in scored.articles:
        rebuilt = ArticleScores.from_counts(s.name, articles[s.name]["counts"])
        assert rebuilt == ArticleScores(**{**s.__dict__, "pairs": ()})

    again = CliRunner().invoke(
        app, ["eval", str(set_p), "--json", "--workers", "1", "--baseline", str(before)]
    )
    assert again.exit_code == 0, again.output
    changes = json.loads(again.output)["change_since_baseline"]
    assert set(changes) == set(scored.total.figures())
    assert all(c == [0.0, 0.0, 0.0] for c in changes.values())

    bad = tmp_path / "bad.json"
    bad.write_text('{"total": {}}', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(set_p), "--baseline", str(bad)])
    assert result.exit_code == 1 and "per-article counts" in result.output
