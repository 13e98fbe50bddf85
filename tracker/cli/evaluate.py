"""`tracker eval`: extraction quality against hand-made gold annotations."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tracker.cli.common import console, err_console, user_errors
from tracker.evaluate.targets import TARGETS
from tracker.reference import SEEDS_DIR


def evaluate(
    corpora: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Folders with articles/ and gold/, or folders of such folders, scored together "
            "(default: the corpus tracker ships)",
            metavar="CORPUS...",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes (default: all cores)")] = 0,
    show_errors: Annotated[
        bool,
        typer.Option(
            "--errors",
            help="Also list every disagreement with the gold: missed and extra claims, and the speaker, "
            "date, kind, policies, officials and metadata fields that differ",
        ),
    ] = False,
    interval: Annotated[
        bool,
        typer.Option(
            "--interval",
            help="Also print a 95% bootstrap interval of each total (articles resampled 1,000 times): "
            "how much of a difference between two runs could be the sample of articles",
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="A JSON file an earlier `tracker eval --json` wrote on the same articles: print each "
            "total's change since it, with a 95% paired bootstrap interval (0 inside: indistinguishable "
            "from the sample of articles)",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
) -> None:
    """Score extraction against gold annotations: ingest the articles into a temporary database and
    compare the stored claims, speakers, dates, policies, kinds, officials and metadata with gold/*.json
    (scoring rules: seeds/corpus/README.md). Prints a table per article and the totals.

    Example: tracker eval ../shared/corpus --json > scores.json
    Example: tracker eval ../shared/corpus --errors   (what to look at next)
    Example: tracker eval seeds/extra-corpora   (every set, each set's totals, then all pooled)
    Example: tracker eval seeds/extra-corpora/set-a* --interval   (is a change bigger than the noise?)
    Example: tracker eval DIR --json > before.json; (change the code); tracker eval DIR --baseline before.json
    """
    from tracker.evaluate.differences import differences
    from tracker.evaluate.gold import person_names
    from tracker.evaluate.interval import bootstrap_intervals, paired_difference_intervals
    from tracker.evaluate.pipeline import Report
    from tracker.evaluate.stored import corpus_folders, evaluate_stored, pooled
    from tracker.reference import load_reference

    with user_errors():
        before = _baseline(baseline) if baseline else None  # read first: a bad file fails before the run
        folders = corpus_folders(corpora or [SEEDS_DIR / "corpus"])
        reports: dict[str, Report] = {}
        errors: list[str] = []
        for folder in folders:
            reports[folder.name], failed = evaluate_stored(folder, workers=workers or os.cpu_count() or 1)
            errors.extend(failed)
    report = pooled(reports)
    corpus = folders[0] if len(folders) == 1 else ", ".join(str(p) for p in (corpora or []))
    for error in errors:
        err_console.print(f"[red]not stored:[/red] {error}", highlight=False)
    figures = report.total.figures()
    intervals = bootstrap_intervals(report.articles) if interval else {}
    changes = paired_difference_intervals(report.articles, before) if before is not None else {}
    found = []
    if show_errors:
        names = person_names(load_reference())
        found = [
            d
            for name, want in report.gold.items()
            for d in differences(want, report.predictions[name], names)
        ]
    if as_json:
        data = {
            "articles": {
                s.name: {
                    "claim_precision": s.claims.precision,
                    "claim_recall": s.claims.recall,
                    "claim_f1": s.claims.f1,
                    "policy_f1": s.policies.f1,
                    "speaker_accuracy": s.speaker_accuracy.value,
                    "date_accuracy": s.date_accuracy.value,
                    "kind_accuracy": s.kind_accuracy.value,
                    "officials_f1": s.officials.f1,
                    "metadata": {k: v.value for k, v in s.metadata.items()},
                    "counts": s.counts(),
                }
                for s in report.articles
            },
            "total": figures,
            "targets": TARGETS,
        }
        if len(reports) > 1:
            data["corpora"] = {name: r.total.figures() for name, r in reports.items()}
        if changes:
            data["change_since_baseline"] = {name: list(c) for name, c in changes.items()}
        if intervals:
            data["interval_95"] = {name: list(bounds) for name, bounds in intervals.items()}
        if show_errors:
            data["differences"] = [d.__dict__ for d in found]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"tracker eval: {corpus}")
    for col in (
        "article",
        "claim P",
        "claim R",
        "policy F1",
        "speaker acc",
        "date acc",
        "kind acc",
        "officials F1",
        "metadata",
    ):
        table.add_column(col, justify="left" if col == "article" else "right")
    for s in report.articles:
        meta = sum(r.correct for r in s.metadata.values()), sum(r.total for r in s.metadata.values())
        table.add_row(
            s.name,
            f"{s.claims.precision:.2f}",
            f"{s.claims.recall:.2f}",
            f"{s.policies.f1:.2f}",
            f"{s.speaker_accuracy.value:.2f}",
            f"{s.date_accuracy.value:.2f}",
            f"{s.kind_accuracy.value:.2f}",
            f"{s.officials.f1:.2f}",
            f"{meta[0]}/{meta[1]}",
        )
    console.print(table)
    if len(reports) > 1:
        per = Table(title="per corpus")
        shown = ("claim_f1", "policy_f1", "speaker_accuracy", "date_accuracy", "officials_f1")
        per.add_column("corpus")
        per.add_column("articles", justify="right")
        for name in shown:
            per.add_column(name, justify="right")
        for name, r in reports.items():
            values = r.total.figures()
            per.add_row(name, str(r.total.articles), *(f"{values[k]:.3f}" for k in shown))
        console.print(per)
    totals = Table(title=f"total over {report.total.articles} articles")
    totals.add_column("score")
    totals.add_column("value", justify="right")
    totals.add_column("target", justify="right")
    if intervals:
        totals.add_column("95% interval", justify="right")
    for name, value in figures.items():
        target = TARGETS.get(name)
        mark = "" if target is None else ("[green]ok[/green]" if value >= target else "[red]below[/red]")
        row = [name, f"{value:.3f}", f"≥ {target:.2f} {mark}" if target else ""]
        if intervals:
            low, high = intervals[name]
            row.append(f"{low:.3f}–{high:.3f}")
        totals.add_row(*row)
    console.print(totals)
    if changes:
        _print_changes(changes, baseline)
    if show_errors:
        console.print(f"[bold]{len(found)} disagreements with the gold[/bold]")
        for difference in found:
            console.print(difference.line(), highlight=False, markup=False, soft_wrap=True)


def _baseline(path: Path) -> list:
    """The per-article scores of an earlier `tracker eval --json` run."""
    from tracker.errors import InputError
    from tracker.evaluate.scorer import ArticleScores

    try:
        articles = json.loads(path.read_text(encoding="utf-8"))["articles"]
        return [ArticleScores.from_counts(name, a["counts"]) for name, a in articles.items()]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(
            str(path), "not a `tracker eval --json` output with per-article counts (made by 0.11 or later)"
        ) from exc


def _print_changes(changes: dict[str, tuple[float, float, float]], baseline: Path | None) -> None:
    table = Table(title=f"change since {baseline} (same articles, paired 95% interval)")
    table.add_column("score")
    table.add_column("change", justify="right")
    table.add_column("95% interval", justify="right")
    table.add_column("", justify="left")
    for name, (change, low, high) in changes.items():
        verdict = "" if low <= 0 <= high else ("[green]up[/green]" if low > 0 else "[red]down[/red]")
        table.add_row(name, f"{change:+.3f}", f"{low:+.3f} … {high:+.3f}", verdict)
    console.print(table)
