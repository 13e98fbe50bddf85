"""articles.published_precision may be 'month': some page stores keep only the month of publication

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = "How exact published_at is: 'second', 'minute' or 'day'"
_NEW = "How exact published_at is: 'second', 'minute', 'day' or 'month' (a month-only date; published_at is its first day)"


def _comment(new: str, old: str) -> None:
    if op.get_context().dialect.name == "postgresql":  # SQLite keeps no column comments
        op.alter_column(
            "articles", "published_precision", existing_type=sa.String(10), comment=new, existing_comment=old
        )


def upgrade() -> None:
    _comment(_NEW, _OLD)


def downgrade() -> None:
    _comment(_OLD, _NEW)
