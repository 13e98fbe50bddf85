"""researcher views (claim_facts, official_terms, policy_tree) and full-text search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 20:50:00

The view SQL is imported frozen from `tracker.db.views.V1`: a later change to a view gets a new constant
there and a new migration, so this revision always creates what it created on the day it was written.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op
from tracker.db.views import V1

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SEARCH_COMMENTS = {
    "claims": "Space-joined Kiwi morphemes of the text, for full-text search (`tracker search`)",
    "articles": "Space-joined Kiwi morphemes of the clean text, for full-text search (`tracker search`)",
}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, comment in _SEARCH_COMMENTS.items():
        op.add_column(table, sa.Column("search_text", sa.Text(), nullable=True, comment=comment))
    for statement in V1.create_fts(dialect) + V1.create_views(dialect):
        op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in V1.drop_views() + V1.drop_fts(dialect):
        op.execute(statement)
    for table in _SEARCH_COMMENTS:
        if dialect == "sqlite":
            # SQLite >= 3.35 drops a column in place; batch mode would copy the table for nothing.
            op.execute(f"ALTER TABLE {table} DROP COLUMN search_text")
        else:
            op.drop_column(table, "search_text")
