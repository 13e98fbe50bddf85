"""Alembic from code: upgrade, downgrade, current, and the check that a database is at head."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from alembic import command
from tracker.errors import SchemaOutdatedError

ALEMBIC_DIR = Path(__file__).resolve().parent.parent.parent / "alembic"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str = "-1") -> None:
    command.downgrade(alembic_config(engine), revision)


def is_empty(engine: Engine) -> bool:
    """True for a database with no tables at all (safe to create from scratch)."""
    return not inspect(engine).get_table_names()


def ensure_current(engine: Engine) -> None:
    """Refuse to work on a database at an older (or unknown) revision: never migrate silently."""
    current, head = current_revision(engine), head_revision(engine)
    if current != head:
        raise SchemaOutdatedError(
            f"database {engine.url.render_as_string(hide_password=True)} is at revision {current or 'none'}, "
            f"this tracker needs {head}: run `tracker db upgrade`"
        )
