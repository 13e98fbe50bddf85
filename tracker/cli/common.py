"""What every command shares: the --db option, the console, and errors as one red line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console

from tracker.config import ENV_DATABASE_URL, database_url
from tracker.errors import TrackerError

console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=f"Database URL or SQLite file path. Default: ${ENV_DATABASE_URL}, else ./tracker.db. "
        "PostgreSQL: postgresql://user@host/dbname",
        show_default=False,
    ),
]


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn domain errors into one red line and exit code 1, never a traceback."""
    try:
        yield
    except TrackerError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None


def open_db(db: str | None, *, read_only: bool = False):
    from tracker.store.database import open_database

    return open_database(database_url(db), read_only=read_only)
