"""The schema is checked, not hoped: migrations reach the models exactly, and go down and up again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from tracker.db import migrate
from tracker.db.base import metadata
from tracker.db.session import make_engine
from tracker.db.views import include_object


def _drift(engine) -> list:
    with engine.connect() as conn:
        # The same filter as alembic/env.py: FTS shadow tables and indexes have no model.
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}
        )
        return compare_metadata(context, metadata)


def test_upgrade_matches_models_then_downgrade_and_upgrade_again(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    assert _drift(engine) == []
    assert {"articles", "claims", "terms", "people", "posts", "policies", "ingest_runs"} <= set(
        inspect(engine).get_table_names()
    )
    migrate.downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert _drift(engine) == []
    engine.dispose()


def test_every_column_has_a_comment() -> None:
    missing = [f"{t.name}.{c.name}" for t in metadata.sorted_tables for c in t.columns if not c.comment]
    assert missing == []
    assert [t.name for t in metadata.sorted_tables if not t.comment] == []
