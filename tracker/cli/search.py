"""`tracker search`: Korean full-text search over claims or articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from tracker.cli.common import DbOption, console, err_console, open_db, user_errors

# What fits a terminal; the library's DataFrame has more (article id, headline, jurisdiction).
CLAIM_COLUMNS = ("score", "claim_id", "claim_date", "speaker_name", "claim_text")
ARTICLE_COLUMNS = ("score", "article_id", "published_date", "outlet", "headline")


def search(
    words: Annotated[
        list[str] | None,
        typer.Argument(help="Words to find, e.g. 스마트 시티 비용 (quotes not needed)", metavar="WORDS..."),
    ] = None,
    db: DbOption = None,
    articles: Annotated[bool, typer.Option("--articles", help="Search articles instead of claims")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Most results to show")] = 50,
    reindex: Annotated[
        bool, typer.Option("--reindex", help="First compute search text for rows stored without it")
    ] = False,
) -> None:
    """Find claims (or articles) containing every word, best first.

    Particles and spacing do not matter: '스마트시티', '스마트시티를' and '스마트 시티' find each other.

    Examples:

      tracker search 스마트 시티 비용

      tracker search 치매 --articles -n 10
    """
    from tracker.report.search import fill_search_text, missing_search_text
    from tracker.report.search import search as run_search

    query = " ".join(words) if words else None
    with user_errors():
        if reindex:
            n = fill_search_text(open_db(db))
            err_console.print(f"search text computed for {n} rows")
            if query is None:
                return
        if query is None:
            raise typer.BadParameter("give words to search for, e.g. tracker search 스마트시티")
        engine = open_db(db, read_only=True)
        frame = run_search(engine, query, articles=articles, limit=limit)
        shown = [c for c in (ARTICLE_COLUMNS if articles else CLAIM_COLUMNS) if c in frame.columns]
        table = Table(*shown, header_style="bold")
        for row in frame[shown].astype(object).where(frame[shown].notna(), None).itertuples(index=False):
            table.add_row(*("" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))
        console.print(table)
        what = "articles" if articles else "claims"
        err_console.print(f"{len(frame)} {what} found")
        if missing := missing_search_text(engine, articles=articles):
            err_console.print(f"{missing} {what} have no search text yet: run tracker search --reindex")
