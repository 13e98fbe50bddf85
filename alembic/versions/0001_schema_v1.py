"""schema v1

Revision ID: 0001
Revises:
Create Date: 2026-11-25 20:29:00.518582
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "domains",
        sa.Column(
            "slug", sa.String(length=40), nullable=False, comment="Stable identifier, e.g. 'environment'"
        ),
        sa.Column("name_ko", sa.String(length=80), nullable=False, comment="Korean name, e.g. '환경'"),
        sa.Column("name_en", sa.String(length=120), nullable=False, comment="English name"),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_domains")),
        comment="Broad policy areas that group policies.",
    )
    op.create_table(
        "ingest_runs",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False, comment="When the run started"),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True, comment="When the run finished"),
        sa.Column("inputs", sa.JSON(), nullable=False, comment="Paths given to the run"),
        sa.Column("new_count", sa.Integer(), nullable=False, comment="Articles stored for the first time"),
        sa.Column(
            "duplicate_count", sa.Integer(), nullable=False, comment="Articles already stored (same sha256)"
        ),
        sa.Column(
            "reextracted_count",
            sa.Integer(),
            nullable=False,
            comment="Stored articles re-extracted because the extractor version changed",
        ),
        sa.Column("failed_count", sa.Integer(), nullable=False, comment="Inputs that could not be stored"),
        sa.Column("errors", sa.JSON(), nullable=False, comment="One message per failed input"),
        sa.Column(
            "extractor_version",
            sa.String(length=20),
            nullable=False,
            comment="Extractor version the run used",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ingest_runs")),
        comment="One row per `tracker ingest` run: what went in and how it went.",
    )
    op.create_table(
        "jurisdictions",
        sa.Column(
            "code",
            sa.String(length=10),
            nullable=False,
            comment="법정동 code prefix: 2 digits metropolitan, 5 basic, e.g. '27', '11560'",
        ),
        sa.Column(
            "name_ko", sa.String(length=50), nullable=False, comment="Official Korean name, e.g. '대구광역시'"
        ),
        sa.Column(
            "name_en", sa.String(length=80), nullable=True, comment="English name as the source writes it"
        ),
        sa.Column(
            "short_names",
            sa.String(length=200),
            nullable=True,
            comment="';'-separated short forms used in news, e.g. '대구시;대구'",
        ),
        sa.Column(
            "level", sa.String(length=20), nullable=False, comment="'metropolitan' (광역) or 'basic' (기초)"
        ),
        sa.Column(
            "kind",
            sa.String(length=20),
            nullable=False,
            comment="특별시, 광역시, 특별자치시, 도, 특별자치도, 시, 군, 구",
        ),
        sa.Column(
            "parent_code",
            sa.String(length=10),
            nullable=True,
            comment="Code of the metropolitan government a basic one belongs to",
        ),
        sa.Column(
            "valid_from", sa.Date(), nullable=True, comment="First day the code is valid; null = before 2014"
        ),
        sa.Column(
            "valid_to", sa.Date(), nullable=True, comment="Last day the code is valid; null = still valid"
        ),
        sa.Column(
            "code_system", sa.String(length=80), nullable=True, comment="Which code list the code comes from"
        ),
        sa.Column("source", sa.Text(), nullable=True, comment="Where the row's facts come from"),
        sa.ForeignKeyConstraint(
            ["parent_code"], ["jurisdictions.code"], name=op.f("fk_jurisdictions_parent_code_jurisdictions")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_jurisdictions")),
        comment="Korean local governments (지방자치단체), metropolitan and basic level.",
    )
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("name", sa.String(length=100), nullable=False, comment="Outlet name, e.g. '브레이크뉴스'"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlets")),
        sa.UniqueConstraint("name", name=op.f("uq_outlets_name")),
        comment="News outlets and other publishers of ingested articles.",
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column(
            "source",
            sa.Text(),
            nullable=False,
            comment="Where the article came from as given: path, path:line, or '<stdin>'",
        ),
        sa.Column(
            "sha256",
            sa.String(length=64),
            nullable=False,
            comment="SHA-256 of the raw bytes; same content = same article",
        ),
        sa.Column("format", sa.String(length=10), nullable=False, comment="'text' or 'html'"),
        sa.Column(
            "encoding",
            sa.String(length=20),
            nullable=False,
            comment="Encoding the raw bytes were decoded with",
        ),
        sa.Column("raw_text", sa.Text(), nullable=False, comment="The article as given, decoded"),
        sa.Column(
            "clean_text",
            sa.Text(),
            nullable=False,
            comment="Body without boilerplate; claim offsets refer to it",
        ),
        sa.Column("headline", sa.Text(), nullable=True, comment="Headline"),
        sa.Column("subheadline", sa.Text(), nullable=True, comment="Subheadline"),
        sa.Column("reporter", sa.String(length=100), nullable=True, comment="Reporter's name, e.g. '박성원'"),
        sa.Column("outlet_id", sa.Integer(), nullable=True, comment="Outlet"),
        sa.Column("url", sa.Text(), nullable=True, comment="URL when the input gave one"),
        sa.Column(
            "published_at",
            sa.DateTime(timezone=True),
            nullable=True,
            comment="Publication time (time-zone aware; stored in UTC)",
        ),
        sa.Column("published_date", sa.Date(), nullable=True, comment="Publication day in Asia/Seoul"),
        sa.Column(
            "published_precision",
            sa.String(length=10),
            nullable=True,
            comment="How exact published_at is: 'second', 'minute' or 'day'",
        ),
        sa.Column(
            "jurisdiction_code",
            sa.String(length=10),
            nullable=True,
            comment="Local government the article is mainly about",
        ),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False, comment="When it was stored"),
        sa.Column(
            "extractor_version",
            sa.String(length=20),
            nullable=False,
            comment="Extractor version of its claims and mentions",
        ),
        sa.Column("ingest_run_id", sa.Integer(), nullable=True, comment="Run that stored it"),
        sa.ForeignKeyConstraint(
            ["ingest_run_id"],
            ["ingest_runs.id"],
            name=op.f("fk_articles_ingest_run_id_ingest_runs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_code"],
            ["jurisdictions.code"],
            name=op.f("fk_articles_jurisdiction_code_jurisdictions"),
        ),
        sa.ForeignKeyConstraint(["outlet_id"], ["outlets.id"], name=op.f("fk_articles_outlet_id_outlets")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("sha256", name=op.f("uq_articles_sha256")),
        comment="Ingested news articles: raw text kept, clean text derived, metadata.",
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_articles_jurisdiction_code"), ["jurisdiction_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_articles_outlet_id"), ["outlet_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_published_date"), ["published_date"], unique=False)

    op.create_table(
        "policies",
        sa.Column(
            "slug", sa.String(length=60), nullable=False, comment="Stable identifier, e.g. 'smart-city'"
        ),
        sa.Column("name_ko", sa.String(length=80), nullable=False, comment="Korean name, e.g. '스마트시티'"),
        sa.Column("name_en", sa.String(length=120), nullable=False, comment="English name"),
        sa.Column("domain_slug", sa.String(length=40), nullable=False, comment="Policy area"),
        sa.Column(
            "cap_subtopic",
            sa.Integer(),
            nullable=True,
            comment="Comparative Agendas Project subtopic code; major topic = cap_subtopic / 100",
        ),
        sa.Column(
            "parent_slug",
            sa.String(length=60),
            nullable=True,
            comment="Broader policy this one belongs to, if any",
        ),
        sa.ForeignKeyConstraint(
            ["domain_slug"], ["domains.slug"], name=op.f("fk_policies_domain_slug_domains")
        ),
        sa.ForeignKeyConstraint(
            ["parent_slug"], ["policies.slug"], name=op.f("fk_policies_parent_slug_policies")
        ),
        sa.PrimaryKeyConstraint("slug", name=op.f("pk_policies")),
        comment="The policy taxonomy that claims are classified into.",
    )
    op.create_table(
        "posts",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column(
            "title_ko", sa.String(length=80), nullable=False, comment="Title of the post, e.g. '대구광역시장'"
        ),
        sa.Column(
            "role",
            sa.String(length=20),
            nullable=False,
            comment="'head' (시장, 도지사, 군수, 구청장) or 'superintendent' (교육감)",
        ),
        sa.Column(
            "jurisdiction_code",
            sa.String(length=10),
            nullable=False,
            comment="Local government the post belongs to",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_code"],
            ["jurisdictions.code"],
            name=op.f("fk_posts_jurisdiction_code_jurisdictions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posts")),
        sa.UniqueConstraint("jurisdiction_code", "role", name=op.f("uq_posts_jurisdiction_code_role")),
        comment="Offices a person can hold: the head of a local government, or its superintendent.",
    )
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_posts_jurisdiction_code"), ["jurisdiction_code"], unique=False)

    op.create_table(
        "people",
        sa.Column(
            "key",
            sa.String(length=80),
            nullable=False,
            comment="Stable romanised slug, e.g. 'kwon-young-jin'",
        ),
        sa.Column("name_ko", sa.String(length=50), nullable=False, comment="Name in Hangul, e.g. '권영진'"),
        sa.Column(
            "name_en", sa.String(length=100), nullable=True, comment="Romanised name as sources write it"
        ),
        sa.Column(
            "name_hanja", sa.String(length=50), nullable=True, comment="Name in Hanja where a source gives it"
        ),
        sa.Column(
            "verified",
            sa.Boolean(),
            nullable=False,
            comment="False for people registered provisionally from an article, to review",
        ),
        sa.Column(
            "source_article_id",
            sa.Integer(),
            nullable=True,
            comment="Article a provisional person was registered from",
        ),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, comment="When the row was created"
        ),
        sa.ForeignKeyConstraint(
            ["source_article_id"],
            ["articles.id"],
            name=op.f("fk_people_source_article_id_articles"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_people")),
        comment="People who hold or held a post (Popolo person).",
    )
    op.create_table(
        "policy_keywords",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("policy_slug", sa.String(length=60), nullable=False, comment="The policy"),
        sa.Column(
            "keyword", sa.String(length=80), nullable=False, comment="The surface form, e.g. '스마트 시티'"
        ),
        sa.ForeignKeyConstraint(
            ["policy_slug"],
            ["policies.slug"],
            name=op.f("fk_policy_keywords_policy_slug_policies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_keywords")),
        sa.UniqueConstraint("policy_slug", "keyword", name=op.f("uq_policy_keywords_policy_slug_keyword")),
        comment="Surface forms in news that signal a policy (a keyword alone does not make a claim).",
    )
    with op.batch_alter_table("policy_keywords", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_policy_keywords_policy_slug"), ["policy_slug"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("article_id", sa.Integer(), nullable=False, comment="Article the claim is in"),
        sa.Column(
            "text",
            sa.Text(),
            nullable=False,
            comment="Exact text: articles.clean_text[start_offset:end_offset]",
        ),
        sa.Column(
            "start_offset",
            sa.Integer(),
            nullable=False,
            comment="Start character offset in the clean text (0-based)",
        ),
        sa.Column(
            "end_offset",
            sa.Integer(),
            nullable=False,
            comment="End character offset in the clean text (exclusive)",
        ),
        sa.Column(
            "speaker_key",
            sa.String(length=80),
            nullable=True,
            comment="Official who asserts it; null = narration or unknown",
        ),
        sa.Column("speaker_text", sa.Text(), nullable=True, comment="The speaker as written, e.g. '권 시장'"),
        sa.Column(
            "jurisdiction_code",
            sa.String(length=10),
            nullable=True,
            comment="Local government the claim is about",
        ),
        sa.Column("claim_date", sa.Date(), nullable=True, comment="Day the claim was made (Asia/Seoul)"),
        sa.Column("date_precision", sa.String(length=10), nullable=True, comment="'day', 'month' or 'year'"),
        sa.Column(
            "period_start", sa.Date(), nullable=True, comment="Start of a period the claim refers to, if any"
        ),
        sa.Column("period_end", sa.Date(), nullable=True, comment="End of that period, if any"),
        sa.Column(
            "period_text", sa.Text(), nullable=True, comment="The period as written, e.g. '3년 전부터'"
        ),
        sa.Column(
            "kind",
            sa.String(length=20),
            nullable=False,
            comment="'plan', 'achievement', 'target', 'criticism' or 'statement'",
        ),
        sa.Column("confidence", sa.Float(), nullable=False, comment="Extractor's confidence, 0 to 1"),
        sa.Column(
            "extractor_version",
            sa.String(length=20),
            nullable=False,
            comment="Extractor version that made the claim",
        ),
        sa.Column(
            "review_status",
            sa.String(length=20),
            nullable=False,
            comment="'unreviewed', 'accepted', 'rejected' or 'corrected'",
        ),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, comment="When the claim was stored"
        ),
        sa.CheckConstraint(
            "date_precision IN ('day', 'month', 'year')", name=op.f("ck_claims_date_precision")
        ),
        sa.CheckConstraint(
            "kind IN ('plan', 'achievement', 'target', 'criticism', 'statement')", name=op.f("ck_claims_kind")
        ),
        sa.CheckConstraint(
            "review_status IN ('unreviewed', 'accepted', 'rejected', 'corrected')",
            name=op.f("ck_claims_review_status"),
        ),
        sa.CheckConstraint("end_offset > start_offset", name=op.f("ck_claims_span")),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_claims_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_code"],
            ["jurisdictions.code"],
            name=op.f("fk_claims_jurisdiction_code_jurisdictions"),
        ),
        sa.ForeignKeyConstraint(
            ["speaker_key"], ["people.key"], name=op.f("fk_claims_speaker_key_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claims")),
        comment="Policy claims: one sentence-sized assertion each, with its exact span in the article.",
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_claim_date"), ["claim_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_claims_jurisdiction_code"), ["jurisdiction_code"], unique=False)
        batch_op.create_index("ix_claims_speaker_date", ["speaker_key", "claim_date"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("article_id", sa.Integer(), nullable=False, comment="Article the mention is in"),
        sa.Column(
            "person_key", sa.String(length=80), nullable=True, comment="Person referred to; null = unresolved"
        ),
        sa.Column(
            "text", sa.Text(), nullable=False, comment="The mention as written, e.g. '권영진 대구시장'"
        ),
        sa.Column("start_offset", sa.Integer(), nullable=False, comment="Start offset in the clean text"),
        sa.Column(
            "end_offset", sa.Integer(), nullable=False, comment="End offset in the clean text (exclusive)"
        ),
        sa.Column(
            "status",
            sa.String(length=20),
            nullable=False,
            comment="'resolved', 'ambiguous' (several fit), 'not_found' or 'provisional'",
        ),
        sa.Column(
            "name_text", sa.String(length=50), nullable=True, comment="Name part as written, e.g. '권'"
        ),
        sa.Column(
            "title_text", sa.String(length=50), nullable=True, comment="Title part as written, e.g. '시장'"
        ),
        sa.Column(
            "candidates",
            sa.Text(),
            nullable=True,
            comment="';'-separated person keys that fit, when ambiguous",
        ),
        sa.CheckConstraint(
            "status IN ('resolved', 'ambiguous', 'not_found', 'provisional')", name=op.f("ck_mentions_status")
        ),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"], name=op.f("fk_mentions_article_id_articles"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_key"], ["people.key"], name=op.f("fk_mentions_person_key_people"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
        comment="Spans of an article that refer to a person, resolved against the registry or not.",
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_person_key"), ["person_key"], unique=False)

    op.create_table(
        "person_names",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("person_key", sa.String(length=80), nullable=False, comment="The person"),
        sa.Column("name", sa.String(length=100), nullable=False, comment="The name as written"),
        sa.Column("script", sa.String(length=10), nullable=False, comment="'hangul', 'latin' or 'hanja'"),
        sa.Column("kind", sa.String(length=20), nullable=False, comment="'official' or 'alias'"),
        sa.ForeignKeyConstraint(
            ["person_key"], ["people.key"], name=op.f("fk_person_names_person_key_people"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_names")),
        sa.UniqueConstraint("person_key", "name", name=op.f("uq_person_names_person_key_name")),
        comment="Names and aliases of a person, in Hangul, Latin or Hanja script.",
    )
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_names_person_key"), ["person_key"], unique=False)

    op.create_table(
        "terms",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("person_key", sa.String(length=80), nullable=False, comment="The person"),
        sa.Column("post_id", sa.Integer(), nullable=False, comment="The post held"),
        sa.Column(
            "start_date", sa.Date(), nullable=True, comment="First day in office; null when no source says"
        ),
        sa.Column(
            "end_date",
            sa.Date(),
            nullable=True,
            comment="Last day in office; null = still in office or unknown",
        ),
        sa.Column(
            "party", sa.String(length=80), nullable=True, comment="Party at election, as the source names it"
        ),
        sa.Column(
            "election",
            sa.String(length=80),
            nullable=False,
            comment="How the term began, e.g. '7th local election 2018', '2021 by-election', 'acting'",
        ),
        sa.Column("acting", sa.Boolean(), nullable=False, comment="True for an acting head (권한대행)"),
        sa.Column("verified", sa.Boolean(), nullable=False, comment="False when registered from an article"),
        sa.Column("source", sa.Text(), nullable=True, comment="Where the facts of this term come from"),
        sa.Column("note", sa.Text(), nullable=True, comment="Anything a reviewer should know"),
        sa.CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date",
            name=op.f("ck_terms_dates_ordered"),
        ),
        sa.ForeignKeyConstraint(
            ["person_key"], ["people.key"], name=op.f("fk_terms_person_key_people"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["post_id"], ["posts.id"], name=op.f("fk_terms_post_id_posts")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terms")),
        sa.UniqueConstraint(
            "person_key", "post_id", "election", name=op.f("uq_terms_person_key_post_id_election")
        ),
        comment="A person holding a post from a start to an end date (Popolo membership).",
    )
    with op.batch_alter_table("terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_terms_person_key"), ["person_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_terms_post_id"), ["post_id"], unique=False)

    op.create_table(
        "claim_policies",
        sa.Column("claim_id", sa.Integer(), nullable=False, comment="The claim"),
        sa.Column("policy_slug", sa.String(length=60), nullable=False, comment="The policy"),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_policies_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["policy_slug"], ["policies.slug"], name=op.f("fk_claim_policies_policy_slug_policies")
        ),
        sa.PrimaryKeyConstraint("claim_id", "policy_slug", name=op.f("pk_claim_policies")),
        comment="Which policies a claim is about (one row per claim and policy).",
    )
    with op.batch_alter_table("claim_policies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_policies_policy_slug"), ["policy_slug"], unique=False)

    op.create_table(
        "claim_quantities",
        sa.Column("id", sa.Integer(), nullable=False, comment="Row id"),
        sa.Column("claim_id", sa.Integer(), nullable=False, comment="The claim"),
        sa.Column("value", sa.Numeric(precision=28, scale=6), nullable=False, comment="Normalised value"),
        sa.Column(
            "unit",
            sa.String(length=20),
            nullable=False,
            comment="Unit: 'KRW', '%', 'person', 'company', 'count', ...",
        ),
        sa.Column("text", sa.Text(), nullable=False, comment="The number as written, e.g. '100억 원'"),
        sa.Column(
            "start_offset", sa.Integer(), nullable=False, comment="Start offset in the article's clean text"
        ),
        sa.Column(
            "end_offset",
            sa.Integer(),
            nullable=False,
            comment="End offset in the article's clean text (exclusive)",
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claim_quantities_claim_id_claims"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_quantities")),
        comment="Numbers in a claim, normalised ('100억 원' -> 10000000000 KRW).",
    )
    with op.batch_alter_table("claim_quantities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_quantities_claim_id"), ["claim_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("claim_quantities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_quantities_claim_id"))

    op.drop_table("claim_quantities")
    with op.batch_alter_table("claim_policies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_policies_policy_slug"))

    op.drop_table("claim_policies")
    with op.batch_alter_table("terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_terms_post_id"))
        batch_op.drop_index(batch_op.f("ix_terms_person_key"))

    op.drop_table("terms")
    with op.batch_alter_table("person_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_names_person_key"))

    op.drop_table("person_names")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mentions_person_key"))
        batch_op.drop_index(batch_op.f("ix_mentions_article_id"))

    op.drop_table("mentions")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_speaker_date")
        batch_op.drop_index(batch_op.f("ix_claims_jurisdiction_code"))
        batch_op.drop_index(batch_op.f("ix_claims_claim_date"))
        batch_op.drop_index(batch_op.f("ix_claims_article_id"))

    op.drop_table("claims")
    with op.batch_alter_table("policy_keywords", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_policy_keywords_policy_slug"))

    op.drop_table("policy_keywords")
    op.drop_table("people")
    with op.batch_alter_table("posts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_posts_jurisdiction_code"))

    op.drop_table("posts")
    op.drop_table("policies")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_published_date"))
        batch_op.drop_index(batch_op.f("ix_articles_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_articles_jurisdiction_code"))

    op.drop_table("articles")
    op.drop_table("outlets")
    op.drop_table("jurisdictions")
    op.drop_table("ingest_runs")
    op.drop_table("domains")
