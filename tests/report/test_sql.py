"""Read-only SQL: reads work, every kind of write is refused and changes nothing, slow queries stop."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import Engine, text

from tracker.db import models as m
from tracker.db.session import transaction
from tracker.report.sql import (
    QueryError,
    QueryTimeoutError,
    ReadOnlyError,
    apply_reader_role,
    query,
    reader_role_sql,
    run_query,
)

WRITES = [
    "DELETE FROM policy_keywords",
    "UPDATE policies SET name_ko = 'x'",
    "INSERT INTO domains (slug, name_ko, name_en) VALUES ('x', 'x', 'x')",
    "DROP TABLE policy_keywords",
    "DROP VIEW claim_facts",
    "CREATE TABLE scratch (a integer)",
    "ALTER TABLE policies ADD COLUMN x integer",
    "WITH k AS (SELECT id FROM policy_keywords) DELETE FROM policy_keywords WHERE id IN (SELECT id FROM k)",
]
SQLITE_WRITES = [
    "ATTACH DATABASE ':memory:' AS other",
    "PRAGMA query_only = OFF",
    "PRAGMA foreign_keys = OFF",
]
POSTGRESQL_WRITES = [
    "WITH gone AS (DELETE FROM policy_keywords RETURNING id) SELECT count(*) FROM gone",
    "SELECT setval('policy_keywords_id_seq', 1)",
]
ENDLESS = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r"


def _counts(engine: Engine) -> tuple[int, int, int]:
    with engine.connect() as conn:
        return tuple(
            conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("policy_keywords", "policies", "domains")
        )


def test_select_returns_columns_and_rows(engine: Engine) -> None:
    result = run_query(engine, "SELECT slug, depth FROM policy_tree WHERE slug = 'smart-city'")
    assert result.columns == ["slug", "depth"]
    assert result.rows == [("smart-city", 1)]
    frame = query(engine, "SELECT count(*) AS n FROM official_terms WHERE person_key = 'kwon-young-jin'")
    assert int(frame.loc[0, "n"]) >= 1


@pytest.mark.parametrize("sql", WRITES + SQLITE_WRITES + POSTGRESQL_WRITES)
def test_writes_are_refused_and_change_nothing(engine: Engine, sql: str) -> None:
    dialect = engine.dialect.name
    if (sql in SQLITE_WRITES and dialect != "sqlite") or (
        sql in POSTGRESQL_WRITES and dialect != "postgresql"
    ):
        pytest.skip(f"{dialect} has no such statement")
    before = _counts(engine)
    with pytest.raises(ReadOnlyError, match="refused: tracker sql is read-only"):
        run_query(engine, sql)
    assert _counts(engine) == before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM claim_facts")).scalar_one() == 0


def test_engine_still_writes_after_a_refusal(engine: Engine) -> None:
    with pytest.raises(ReadOnlyError):
        run_query(engine, "DELETE FROM domains")
    with transaction(engine) as session:
        session.add(m.Domain(slug="scratch", name_ko="임시", name_en="Scratch"))
    assert run_query(engine, "SELECT name_ko FROM domains WHERE slug = 'scratch'").rows == [("임시",)]


def test_one_statement_at_a_time(engine: Engine) -> None:
    before = _counts(engine)
    with pytest.raises(QueryError, match="one statement"):
        run_query(engine, "SELECT 1; DELETE FROM policy_keywords")
    assert _counts(engine) == before


def test_sql_errors_are_one_line(engine: Engine) -> None:
    with pytest.raises(QueryError) as info:
        run_query(engine, "SELECT * FROM no_such_table")
    assert "no_such_table" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(QueryError, match="no SQL"):
        run_query(engine, "  ")


def test_timeout_stops_a_runaway_query(engine: Engine) -> None:
    with pytest.raises(QueryTimeoutError, match=r"0\.3 s"):
        run_query(engine, ENDLESS, timeout=0.3)
    assert run_query(engine, "SELECT 1 AS one").rows == [(1,)]


def test_reader_role_sql_grants_only_the_views() -> None:
    statements = reader_role_sql("researcher", "tracker")
    assert statements[-1] == 'GRANT SELECT ON claim_facts, official_terms, policy_tree TO "researcher"'
    assert not any("GRANT SELECT ON claims" in s or ("ALL TABLES" in s and "GRANT" in s) for s in statements)
    with pytest.raises(QueryError, match="letters, digits"):
        reader_role_sql('x"; DROP TABLE claims; --', "tracker")


@pytest.mark.postgres
def test_reader_role_reads_views_not_tables(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("reader roles are PostgreSQL only")
    role = f"reader_{uuid.uuid4().hex[:8]}"
    apply_reader_role(engine, role)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'SET ROLE "{role}"')
            assert conn.execute(text("SELECT count(*) FROM policy_tree")).scalar_one() > 0
            with pytest.raises(Exception, match="permission denied"):
                conn.execute(text("SELECT count(*) FROM claims"))
            conn.rollback()
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql("RESET ROLE")
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
