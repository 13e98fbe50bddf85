"""`tracker db upgrade|downgrade|current`: the schema's Alembic revision."""

from __future__ import annotations

from typing import Annotated

import typer

from tracker.cli.common import DbOption, console, user_errors
from tracker.config import database_url

app = typer.Typer(
    help="Schema migrations (Alembic). Migrations are the only way the schema changes.", no_args_is_help=True
)


@app.command()
def upgrade(
    db: DbOption = None, revision: Annotated[str, typer.Argument(help="Target revision")] = "head"
) -> None:
    """Migrate the database up to REVISION (default: the newest).

    Example: tracker db upgrade --db postgresql://postgres@127.0.0.1/test
    """
    from tracker.db import migrate
    from tracker.db.session import make_engine

    with user_errors():
        engine = make_engine(database_url(db))
        before = migrate.current_revision(engine)
        migrate.upgrade(engine, revision)
        console.print(f"database at revision {migrate.current_revision(engine)} (was {before or 'empty'})")


@app.command()
def downgrade(
    db: DbOption = None,
    revision: Annotated[str, typer.Argument(help="Target revision; 'base' removes all")] = "-1",
) -> None:
    """Migrate the database down (default: one revision). Data in dropped tables is lost.

    Example: tracker db downgrade base
    """
    from tracker.db import migrate
    from tracker.db.session import make_engine

    with user_errors():
        engine = make_engine(database_url(db))
        migrate.downgrade(engine, revision)
        console.print(f"database at revision {migrate.current_revision(engine) or 'base (empty)'}")


@app.command()
def current(db: DbOption = None) -> None:
    """Print the database's revision and the newest one this tracker knows."""
    from tracker.db import migrate
    from tracker.db.session import make_engine

    with user_errors():
        engine = make_engine(database_url(db))
        now, head = migrate.current_revision(engine), migrate.head_revision(engine)
        state = "up to date" if now == head else "run `tracker db upgrade`"
        console.print(f"current: {now or 'none'}  head: {head}  ({state})")
