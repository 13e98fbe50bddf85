"""article_officials: people an article names outside its body (headline, captions) count too

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article_officials",
        sa.Column("article_id", sa.Integer(), nullable=False, comment="The article"),
        sa.Column("person_key", sa.String(length=80), nullable=False, comment="The person named"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_officials_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_key"],
            ["people.key"],
            name=op.f("fk_article_officials_person_key_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "person_key", name=op.f("pk_article_officials")),
        comment="Every registry person an article names anywhere: body, headline, subheadline or photo captions.",
    )
    with op.batch_alter_table("article_officials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_officials_person_key"), ["person_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("article_officials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_officials_person_key"))
    op.drop_table("article_officials")
