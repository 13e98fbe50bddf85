"""`tracker ingest` and `tracker seed`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from tracker.cli.common import DbOption, console, err_console, open_db, user_errors


def _count_inputs(paths: list[str], skip: frozenset[Path]) -> int | None:
    """Input files for the progress total (a JSONL or CSV file counts once)."""
    from tracker.read.files import files_under

    total = 0
    for p in paths:
        path = Path(p)
        if p == "-":
            return None
        if path.is_dir():
            total += sum(1 for _ in files_under(path, skip))
        else:
            total += 1
    return total


def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or '-' for stdin", show_default=False)
    ],
    db: DbOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Run everything, store nothing; show what would be stored")
    ] = False,
    workers: Annotated[
        int, typer.Option(help="Worker processes for cleaning and extraction (default: all cores)")
    ] = 0,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Refuse input files larger than this")] = 5.0,
) -> None:
    """Ingest news articles: clean them, read their metadata, extract policy claims, store them.

    Accepts raw scraped text, HTML pages or fragments, JSONL and CSV exports and JSON files (a text column
    plus optional title, url, published, outlet, reporter; usual names of apps and APIs too: newsContent,
    pubDate, regDate, pressName; a news API's response wrapped in "items" or "data" is read item by item),
    in UTF-8 (with or without BOM) or legacy CP949/EUC-KR.
    The same content twice is stored once (sha256 of the raw bytes). Bad inputs get one line each;
    the rest of the batch goes on and the exit code is 1.
    An SQLite database inside a folder being read is passed over, with its journal files.

    Examples:

      tracker ingest seeds/corpus/articles

      tracker ingest export.jsonl --db postgresql://postgres@127.0.0.1/test

      cat article.txt | tracker ingest -
    """
    from tracker.store.ingest import Outcome, database_files
    from tracker.store.ingest import ingest as run_ingest

    with user_errors():
        engine = open_db(db)
        total = _count_inputs(paths, database_files(engine))
        progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
            disable=not err_console.is_terminal,
        )
        with progress:
            task = progress.add_task("ingesting", total=total)

            def on_outcome(outcome: Outcome) -> None:
                progress.advance(task)
                if outcome.status == "failed":
                    progress.console.print(
                        f"[red]failed:[/red] {outcome.message}", highlight=False, soft_wrap=True
                    )

            result = run_ingest(
                engine,
                paths,
                stdin=sys.stdin.buffer if "-" in paths else None,
                dry_run=dry_run,
                workers=workers or os.cpu_count() or 1,
                max_bytes=int(max_mb * 1_000_000),
                on_outcome=on_outcome,
            )
    table = Table(title="would be stored (dry run)" if dry_run else "ingested", show_lines=False)
    table.add_column("status")
    table.add_column("source", overflow="fold")
    table.add_column("headline", overflow="fold")
    table.add_column("claims", justify="right")
    for o in result.outcomes:
        if o.status != "failed":
            table.add_row(
                o.status, o.source, o.headline or "", str(o.claims) if o.status != "duplicate" else ""
            )
    if any(o.status != "failed" for o in result.outcomes):
        console.print(table)
    summary = (
        f"{result.count('new')} new, {result.count('duplicate')} duplicate, "
        f"{result.count('reextracted')} re-extracted, {result.count('failed')} failed"
    )
    console.print(("dry run, nothing stored: " if dry_run else f"run {result.run_id}: ") + summary)
    if result.failed:
        raise typer.Exit(1)


def seed(db: DbOption = None) -> None:
    """Load the reference data in seeds/ (local governments, officials and terms, policy taxonomy).

    Idempotent: running it twice changes nothing; an edited seed file updates rows in place.
    A new database is seeded automatically on first use.
    """
    from tracker.db.session import transaction
    from tracker.store.seed import seed as run_seed

    with user_errors():
        engine = open_db(db)
        with transaction(engine) as session:
            counts = run_seed(session)
    if not counts.changed:
        console.print("reference data already up to date")
    for what in ("inserted", "updated", "deleted"):
        for table, n in sorted(getattr(counts, what).items()):
            console.print(f"{what} {n} {table}")
