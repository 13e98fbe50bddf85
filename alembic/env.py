"""Alembic environment: runs against the engine tracker hands over (or sqlalchemy.url)."""

from __future__ import annotations

from sqlalchemy import create_engine

from alembic import context
from tracker.db import models  # noqa: F401  (registers every table on the metadata)
from tracker.db.base import metadata
from tracker.db.views import include_object

config = context.config


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,  # FTS tables/indexes have no model
        )
        context.run_migrations()


if context.is_offline_mode():
    context.configure(
        url=config.get_main_option("sqlalchemy.url"), target_metadata=metadata, literal_binds=True
    )
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
