"""Opening databases: created and seeded on first use, never silently migrated."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tracker.db import migrate
from tracker.db import models as m
from tracker.db.session import make_engine, transaction
from tracker.errors import SchemaOutdatedError
from tracker.store.database import open_database


def test_fresh_database_is_created_and_seeded(empty_db_url: str) -> None:
    engine = open_database(empty_db_url)
    with transaction(engine) as s:
        assert s.scalar(select(func.count()).select_from(m.Jurisdiction)) > 200
        assert s.get(m.Person, "kwon-young-jin").name_ko == "권영진"
        assert s.get(m.Policy, "smart-city").domain_slug == "technology"
    engine.dispose()


def test_older_revision_is_refused_with_upgrade_advice(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0000_older'")
    with pytest.raises(SchemaOutdatedError, match="tracker db upgrade"):
        open_database(empty_db_url)
    engine.dispose()


def test_sqlite_has_foreign_keys_and_wal(tmp_path) -> None:
    engine = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine.dispose()


def test_a_missing_postgresql_database_is_refused_with_how_to_create_it(postgres_admin) -> None:
    """PostgreSQL does not create a database on connect (SQLite creates its file): the one-line error says
    how to create it."""
    from sqlalchemy import make_url

    from tracker.errors import DatabaseError

    url = make_url(str(postgres_admin.url)).set(database="tracker_no_such_db_4711")
    with pytest.raises(DatabaseError, match=r"does not exist \(create it first: createdb tracker_no_such_db_4711\)"):
        open_database(url.render_as_string(hide_password=False))
