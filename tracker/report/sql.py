"""Read-only SQL for researchers: whatever the text says, nothing in the database changes.

Guards are the database's own, not a parser's guess: SQLite is opened read-only with `query_only`, plus an
authorizer that refuses writes, ATTACH and PRAGMA assignments; PostgreSQL runs each query in a
`READ ONLY` transaction as one prepared statement (so `COMMIT; DELETE ...` cannot slip a second command
in) and rolls back. A refusal is a `ReadOnlyError` with one line saying so; a slow query is interrupted
after `timeout` seconds.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine

from tracker.errors import TrackerError

if TYPE_CHECKING:
    import pandas as pd

VIEW_NAMES = ("claim_facts", "official_terms", "policy_tree")
REFUSAL = "refused: tracker sql is read-only"


class QueryError(TrackerError):
    """The SQL could not run: a syntax error, an unknown table, several statements at once."""


class ReadOnlyError(QueryError):
    """The SQL tried to change the database (or attach another one)."""


class QueryTimeoutError(QueryError):
    """The query ran longer than its timeout and was stopped."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame.from_records(self.rows, columns=self.columns)


# sqlite3 authorizer action codes that change something (or reach outside the database file).
_SQLITE_DENY = {
    getattr(sqlite3, name)
    for name in dir(sqlite3)
    if name.startswith(("SQLITE_CREATE_", "SQLITE_DROP_"))
    or name
    in {
        "SQLITE_INSERT",
        "SQLITE_UPDATE",
        "SQLITE_DELETE",
        "SQLITE_ALTER_TABLE",
        "SQLITE_ATTACH",
        "SQLITE_DETACH",
        "SQLITE_REINDEX",
        "SQLITE_ANALYZE",
    }
}

# PRAGMAs that take an argument and only read (`PRAGMA table_info(claims)`).
_READ_PRAGMAS = {
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo", "foreign_key_list",
}  # fmt: skip


def _sqlite_authorizer(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
):
    if action in _SQLITE_DENY:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and arg2 is not None and (arg1 or "").lower() not in _READ_PRAGMAS:
        return sqlite3.SQLITE_DENY  # `PRAGMA x = y` sets something
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in {
        "load_extension",
        "readfile",
        "writefile",
    }:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _first_words(sql: str) -> str:
    words = " ".join(line.split("--", 1)[0] for line in sql.splitlines()).split()
    return " ".join(words[:3])


def run_query(engine: Engine, sql: str, *, timeout: float | None = None) -> QueryResult:
    """Run one SQL statement read-only and return its columns and rows."""
    if not sql.strip():
        raise QueryError('no SQL given: tracker sql "SELECT * FROM claim_facts LIMIT 5"')
    with engine.connect() as conn:
        dbapi = conn.connection.driver_connection
        try:
            if engine.dialect.name == "sqlite":
                return _run_sqlite(dbapi, sql, timeout)
            return _run_postgresql(dbapi, sql, timeout)
        finally:
            conn.rollback()


def _run_sqlite(dbapi: sqlite3.Connection, sql: str, timeout: float | None) -> QueryResult:
    deadline = time.monotonic() + timeout if timeout else None
    was_query_only = dbapi.execute("PRAGMA query_only").fetchone()[0]
    dbapi.execute("PRAGMA query_only = ON")  # also on an engine opened for writing
    dbapi.set_authorizer(_sqlite_authorizer)
    if deadline is not None:
        dbapi.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    cursor = dbapi.cursor()
    try:
        cursor.execute(sql)
        columns = [d[0] for d in cursor.description or ()]
        rows = cursor.fetchall() if cursor.description else []
        return QueryResult(columns, [tuple(r) for r in rows])
    except (sqlite3.Warning, sqlite3.ProgrammingError) as exc:
        if "one statement" in str(exc):
            raise QueryError("tracker sql runs one statement at a time") from None
        raise QueryError(str(exc)) from None
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if "not authorized" in message or "readonly" in message or "read-only" in message:
            raise ReadOnlyError(f"{REFUSAL} ({_first_words(sql)})") from None
        if "interrupted" in message and deadline is not None:
            raise QueryTimeoutError(f"query stopped after {timeout:g} s (--timeout)") from None
        raise QueryError(message) from None
    finally:
        cursor.close()
        dbapi.set_authorizer(None)
        dbapi.set_progress_handler(None, 0)
        if not was_query_only:
            dbapi.execute("PRAGMA query_only = OFF")


def _run_postgresql(dbapi: Any, sql: str, timeout: float | None) -> QueryResult:
    import psycopg

    cursor = dbapi.cursor()
    try:
        cursor.execute("SET TRANSACTION READ ONLY")
        cursor.execute(f"SET LOCAL statement_timeout = {int((timeout or 0) * 1000)}")
        # prepare=True: the extended protocol takes exactly one statement.
        cursor.execute(sql, prepare=True)
        columns = [d.name for d in cursor.description or ()]
        rows = cursor.fetchall() if cursor.description else []
        return QueryResult(columns, [tuple(r) for r in rows])
    except psycopg.Error as exc:
        state = getattr(exc, "sqlstate", None)
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if state in {"25006", "42501"}:  # read_only_sql_transaction, insufficient_privilege
            raise ReadOnlyError(f"{REFUSAL} ({_first_words(sql)}): {first_line}") from None
        if state == "57014":  # query_canceled by statement_timeout
            raise QueryTimeoutError(f"query stopped after {timeout:g} s (--timeout)") from None
        if state == "42601" and "multiple commands" in first_line:
            raise QueryError("tracker sql runs one statement at a time") from None
        raise QueryError(first_line) from None
    finally:
        cursor.close()
        dbapi.rollback()


def query(engine: Engine, sql: str, *, timeout: float | None = None) -> pd.DataFrame:
    """`run_query` as a DataFrame (what `tracker report` and notebooks want)."""
    return run_query(engine, sql, timeout=timeout).to_frame()


# --- a PostgreSQL role that can read the views and nothing else ------------------------------------------


def _ident(name: str) -> str:
    if not name.replace("_", "").isalnum() or not name.isascii():
        raise QueryError(f"role name {name!r}: use letters, digits and underscores")
    return f'"{name}"'


def reader_role_sql(name: str, database: str, views: Sequence[str] = VIEW_NAMES) -> list[str]:
    """Statements creating a login role that may only SELECT from the researcher views.

    Views are read with their owner's rights, so the role needs no grant on the tables behind them.
    Set a password afterwards: ALTER ROLE name PASSWORD '...'.
    """
    role = _ident(name)
    literal = name.replace("'", "''")
    return [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{literal}') "
        f"THEN CREATE ROLE {role} LOGIN; END IF; END $$",
        f"ALTER ROLE {role} SET default_transaction_read_only = on",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
        f"REVOKE CREATE ON SCHEMA public FROM {role}",
        f'GRANT CONNECT ON DATABASE "{database}" TO {role}',
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT ON {', '.join(views)} TO {role}",
    ]


def apply_reader_role(engine: Engine, name: str) -> list[str]:
    """Create (or re-grant) the reader role on a PostgreSQL database; returns the statements run."""
    if engine.dialect.name != "postgresql":
        raise QueryError("reader roles are a PostgreSQL feature; a SQLite file is shared read-only as a file")
    statements = reader_role_sql(name, engine.url.database or "")
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    return statements


# --- writing a result --------------------------------------------------------------------------------------

RESULT_FORMATS = ("table", "csv", "json", "parquet")


def write_result(result: QueryResult, fmt: str, output: Path | None = None) -> None:
    """Write a query result as CSV (BOM in files, for Excel), JSON (a list of objects) or Parquet."""
    frame = result.to_frame()
    if fmt == "parquet":
        if output is None:
            raise QueryError("Parquet is binary: give a file with -o, e.g. -o result.parquet")
        frame.to_parquet(output, index=False)
        return
    if fmt == "csv":
        if output is None:
            frame.to_csv(sys.stdout, index=False)
        else:
            frame.to_csv(output, index=False, encoding="utf-8-sig")
        return
    if fmt == "json":
        from tracker.report.bulk import plain

        records = [dict(zip(result.columns, map(plain, row), strict=True)) for row in result.rows]
        body = json.dumps(records, ensure_ascii=False, indent=2, default=str)
        if output is None:
            sys.stdout.write(body + "\n")
        else:
            output.write_text(body + "\n", encoding="utf-8")
        return
    raise QueryError(f"unknown format {fmt!r}; use one of {', '.join(RESULT_FORMATS)}")
