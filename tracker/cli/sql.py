"""`tracker sql` (read-only SQL) and `tracker db reader-role` (a PostgreSQL role limited to the views)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tracker.cli.common import DbOption, console, err_console, open_db, user_errors
from tracker.cli.db import app as db_app
from tracker.errors import TrackerError


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


MAX_TABLE_ROWS = 200


def sql(
    query: Annotated[str | None, typer.Argument(help="One SQL statement", show_default=False)] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the statement from a .sql file", exists=True)
    ] = None,
    db: DbOption = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", help="Output format")] = ResultFormat.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")
    ] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", help="Stop the query after this many seconds")
    ] = None,
) -> None:
    """Run one read-only SQL statement; writes are refused, whatever the text says.

    The views claim_facts, official_terms and policy_tree are the stable interface (see `tracker schema`).

    Examples:

      tracker sql "SELECT policy_slug, count(*) FROM claim_facts GROUP BY 1 ORDER BY 2 DESC"

      tracker sql -f query.sql --format csv -o result.csv
    """
    from tracker.report.sql import run_query, write_result

    with user_errors():
        if (query is None) == (file is None):
            raise TrackerError('give a statement or -f FILE, e.g. tracker sql "SELECT * FROM policy_tree"')
        statement = file.read_text(encoding="utf-8-sig") if file else query or ""
        engine = open_db(db, read_only=True)
        result = run_query(engine, statement, timeout=timeout)
        if fmt is ResultFormat.table and output is None:
            _print_table(result.columns, result.rows)
        else:
            write_result(result, "csv" if fmt is ResultFormat.table else fmt.value, output)
            if output:
                err_console.print(f"{len(result.rows)} rows written to {output}")


def _print_table(columns: list[str], rows: list[tuple]) -> None:
    table = Table(*columns, show_lines=False, header_style="bold")
    for row in rows[:MAX_TABLE_ROWS]:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)
    more = (
        f" (first {MAX_TABLE_ROWS} shown; use --format csv -o FILE for all)"
        if len(rows) > MAX_TABLE_ROWS
        else ""
    )
    err_console.print(f"{len(rows)} rows{more}")


@db_app.command("reader-role")
def reader_role(
    name: Annotated[str, typer.Argument(help="Role name, e.g. researcher")],
    db: DbOption = None,
    apply: Annotated[
        bool, typer.Option("--apply", help="Run the statements instead of printing them")
    ] = False,
) -> None:
    """Print (or apply) the PostgreSQL statements for a login role that can read only the views.

    Example: tracker db reader-role researcher --db postgresql://postgres@127.0.0.1/tracker --apply
    """
    from sqlalchemy.engine import make_url

    from tracker.config import database_url
    from tracker.report.sql import apply_reader_role, reader_role_sql

    with user_errors():
        url = database_url(db)
        if apply:
            apply_reader_role(open_db(db), name)
            err_console.print(f"role {name}: SELECT on the views only; set a password with ALTER ROLE")
            return
        database = make_url(url).database or "tracker"
        for statement in reader_role_sql(name, database):
            console.print(statement + ";", highlight=False, soft_wrap=True)
