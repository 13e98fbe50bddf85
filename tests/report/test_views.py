"""The researcher views: right rows and values, and the same rows on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
import uuid
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from conftest import gold_claims, load_report_claims
from sqlalchemy import Engine, inspect, text

from tracker.db import migrate
from tracker.db.base import metadata
from tracker.db.session import make_engine
from tracker.db.views import VIEWS, include_object
from tracker.store.database import open_database

ORDER = {
    "claim_facts": "claim_id, policy_slug",
    "official_terms": "term_id",
    "policy_tree": "slug",
}


def _rows(engine: Engine, view: str) -> list[dict]:
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {view} ORDER BY {ORDER[view]}"))
        return [dict(r._mapping) for r in result]


def _normal(value):
    """Drivers hand back dates as text (SQLite) or date objects (PostgreSQL); compare the values."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal | float):
        return round(float(value), 6)
    return value


def test_view_columns_match_their_descriptions(engine: Engine) -> None:
    for view, spec in VIEWS.items():
        with engine.connect() as conn:
            columns = list(conn.execute(text(f"SELECT * FROM {view} WHERE 1 = 0")).keys())
        assert columns == list(spec["columns"]), view


def test_claim_facts_has_one_row_per_claim_and_policy(report_db: Engine) -> None:
    rows = _rows(report_db, "claim_facts")
    expected = sum(max(1, len(dict.fromkeys(g.policies))) for g in gold_claims())
    assert len(rows) == expected
    assert len({(r["claim_id"], r["policy_slug"]) for r in rows}) == len(rows)


def test_claim_facts_values_for_a_daegu_claim(report_db: Engine) -> None:
    rows = [r for r in _rows(report_db, "claim_facts") if "100억 원" in r["claim_text"]]
    assert len(rows) == 1
    row = rows[0]
    assert row["speaker_key"] == "kwon-young-jin"
    assert row["speaker_name"] == "권영진"
    assert row["office"] == "대구광역시장"  # his term covering 2018-03-13
    assert row["party"]
    assert row["jurisdiction_code"] == "27"
    assert row["metropolitan_code"] == "27"
    assert row["metropolitan_name_ko"] == "대구광역시"
    assert row["policy_slug"] == "smart-city"
    assert row["year"] == "2018" and row["month"] == "2018-03"
    assert row["quantities"] == "100억 원 = 10000000000 KRW"
    assert row["cap_major_topic"] == row["cap_subtopic"] // 100
    assert row["published_at"].endswith("Z") and row["published_at"].startswith("2018-03-13T")
    assert row["review_status"] == "accepted"


def test_claim_facts_basic_government_rolls_up_to_seoul(report_db: Engine) -> None:
    rows = [r for r in _rows(report_db, "claim_facts") if r["jurisdiction_code"] == "11560"]
    assert rows
    assert {r["metropolitan_code"] for r in rows} == {"11"}
    assert {r["metropolitan_name_ko"] for r in rows} == {"서울특별시"}


def test_claim_without_date_has_no_office(report_db: Engine) -> None:
    rows = [r for r in _rows(report_db, "claim_facts") if r["claim_date"] is None]
    assert rows
    assert all(r["office"] is None and r["year"] is None for r in rows)


def test_official_terms_and_policy_tree(report_db: Engine) -> None:
    terms = [r for r in _rows(report_db, "official_terms") if r["person_key"] == "kwon-young-jin"]
    assert {r["post_title"] for r in terms} == {"대구광역시장"}
    assert all(r["acting"] in (0, 1) and r["metropolitan_code"] == "27" for r in terms)
    tree = {r["slug"]: r for r in _rows(report_db, "policy_tree")}
    smart = tree["smart-city"]  # the fixture puts it under fourth-industrial-revolution
    assert smart["depth"] == 2
    assert smart["path"] == "fourth-industrial-revolution/smart-city"
    assert "스마트시티" in smart["keywords"].split(";")
    assert tree["fourth-industrial-revolution"]["depth"] == 1


@pytest.mark.postgres
def test_views_are_identical_on_sqlite_and_postgresql(
    sqlite_template: Path, pg_template: str, postgres_admin: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "same.db"
    shutil.copy(sqlite_template, path)
    name = f"tracker_same_{uuid.uuid4().hex[:8]}"
    with postgres_admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    engines = [
        open_database(f"sqlite:///{path}"),
        open_database(postgres_admin.url.set(database=name).render_as_string(hide_password=False)),
    ]
    try:
        for engine in engines:
            load_report_claims(engine)
        for view in VIEWS:
            sqlite_rows, pg_rows = (
                [{k: _normal(v) for k, v in r.items()} for r in _rows(e, view)] for e in engines
            )
            assert sqlite_rows, view
            assert sqlite_rows == pg_rows, view
    finally:
        for engine in engines:
            engine.dispose()
        with postgres_admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def test_migration_creates_and_drops_views_and_search_objects(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    migrate.upgrade(engine)
    assert set(VIEWS) <= set(inspect(engine).get_view_names())
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        assert compare_metadata(context, metadata) == []
    migrate.downgrade(engine, "0001")
    assert not set(VIEWS) & set(inspect(engine).get_view_names())
    assert not [t for t in inspect(engine).get_table_names() if "_fts" in t]
    assert "search_text" not in {c["name"] for c in inspect(engine).get_columns("claims")}
    migrate.upgrade(engine)
    assert set(VIEWS) <= set(inspect(engine).get_view_names())
    engine.dispose()
