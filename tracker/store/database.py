"""Open a tracker database: create and seed a fresh one, refuse one at an older revision."""

from __future__ import annotations

import re

from sqlalchemy import Engine, inspect, select
from sqlalchemy.exc import OperationalError

from tracker.db import migrate
from tracker.db import models as m
from tracker.db.session import make_engine, transaction
from tracker.errors import DatabaseError
from tracker.store.seed import seed

_NO_DATABASE = re.compile(r'database "([^"]+)" does not exist')


def open_database(url: str, *, read_only: bool = False) -> Engine:
    """An engine on a database at the head revision.

    A database with no tables is created (migrated to head) and seeded on first use; one at an older
    revision raises `SchemaOutdatedError` telling the user to run `tracker db upgrade`.
    """
    try:
        engine = make_engine(url)
        fresh = migrate.is_empty(engine)
    except OperationalError as exc:
        reason = " ".join(str(exc.orig).split())
        hint = ""
        if missing := _NO_DATABASE.search(reason):
            # PostgreSQL does not create databases on connect, unlike SQLite's files
            hint = f" (create it first: createdb {missing.group(1)})"
        raise DatabaseError(f"cannot open database {url}: {reason}{hint}") from None
    if fresh:
        if read_only:
            raise DatabaseError(f"database {url} is empty: ingest articles first (`tracker ingest PATH`)")
        migrate.upgrade(engine)
    elif "alembic_version" not in inspect(engine).get_table_names():
        raise DatabaseError(f"{url} has tables but is not a tracker database (no alembic_version table)")
    migrate.ensure_current(engine)
    if not read_only:
        with transaction(engine) as session:
            if session.scalar(select(m.Jurisdiction.code).limit(1)) is None:
                seed(session)  # created now, or migrated by hand (`tracker db upgrade`) but never seeded
    if read_only:
        engine.dispose()
        engine = make_engine(url, read_only=True)
    return engine
