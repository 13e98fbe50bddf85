"""Researcher views and full-text search objects: the SQL that migrations create, and what each column means.

The views are the public contract for SQL users, Datasette and `tracker report`: same names, columns and
values on SQLite and PostgreSQL. Where the dialects differ (date formatting, string aggregation) the SQL
branches, the output does not. Migrations import the *frozen* definitions below by version (`V1`); a later
change to a view is a new constant and a new migration, never an edit of `V1`.
"""

from __future__ import annotations

from typing import Any

# --- dialect fragments: same output on both backends -------------------------------------------------

_FRAGMENTS: dict[str, dict[str, str]] = {
    "sqlite": {
        "year": "strftime('%Y', c.claim_date)",
        "month": "strftime('%Y-%m', c.claim_date)",
        "published_at": "strftime('%Y-%m-%dT%H:%M:%SZ', a.published_at)",
        # SQLite 3.40 has no ORDER BY inside group_concat: aggregate an ordered subquery instead.
        # Keywords sort by code point: SQLite's BINARY collation, PostgreSQL's "C".
        "quantities": (
            "(SELECT group_concat(x, '; ') FROM ("
            "SELECT q.text || ' = ' || CAST(q.value AS TEXT) || ' ' || q.unit AS x "
            "FROM claim_quantities q WHERE q.claim_id = c.id ORDER BY q.start_offset, q.id))"
        ),
        "keywords": (
            "(SELECT group_concat(keyword, ';') FROM ("
            "SELECT k.keyword FROM policy_keywords k WHERE k.policy_slug = p.slug ORDER BY k.keyword))"
        ),
    },
    "postgresql": {
        "year": "to_char(c.claim_date, 'YYYY')",
        "month": "to_char(c.claim_date, 'YYYY-MM')",
        "published_at": "to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')",
        # trim_scale: numeric(28,6) prints '10000000000', not '10000000000.000000', as SQLite does.
        "quantities": (
            "(SELECT string_agg(q.text || ' = ' || trim_scale(q.value)::text || ' ' || q.unit, '; ' "
            "ORDER BY q.start_offset, q.id) FROM claim_quantities q WHERE q.claim_id = c.id)"
        ),
        "keywords": (
            "(SELECT string_agg(k.keyword, ';' ORDER BY k.keyword COLLATE \"C\") FROM policy_keywords k "
            "WHERE k.policy_slug = p.slug)"
        ),
    },
}

_CLAIM_FACTS_V1 = """
CREATE VIEW claim_facts AS
SELECT
    c.id AS claim_id,
    c.article_id AS article_id,
    c.text AS claim_text,
    c.start_offset AS start_offset,
    c.end_offset AS end_offset,
    c.claim_date AS claim_date,
    {year} AS year,
    {month} AS month,
    c.date_precision AS date_precision,
    c.kind AS kind,
    c.confidence AS confidence,
    c.review_status AS review_status,
    c.extractor_version AS extractor_version,
    c.speaker_key AS speaker_key,
    pe.name_ko AS speaker_name,
    c.speaker_text AS speaker_text,
    po.title_ko AS office,
    t.party AS party,
    c.jurisdiction_code AS jurisdiction_code,
    j.name_ko AS jurisdiction_name_ko,
    j.name_en AS jurisdiction_name_en,
    COALESCE(j.parent_code, j.code) AS metropolitan_code,
    mj.name_ko AS metropolitan_name_ko,
    cp.policy_slug AS policy_slug,
    p.name_ko AS policy_name_ko,
    p.name_en AS policy_name_en,
    p.domain_slug AS policy_domain,
    p.cap_subtopic AS cap_subtopic,
    p.cap_subtopic / 100 AS cap_major_topic,
    {quantities} AS quantities,
    o.name AS outlet,
    a.headline AS headline,
    {published_at} AS published_at,
    a.published_date AS published_date,
    a.source AS article_source,
    a.url AS article_url
FROM claims c
JOIN articles a ON a.id = c.article_id
LEFT JOIN outlets o ON o.id = a.outlet_id
LEFT JOIN claim_policies cp ON cp.claim_id = c.id
LEFT JOIN policies p ON p.slug = cp.policy_slug
LEFT JOIN people pe ON pe.key = c.speaker_key
LEFT JOIN jurisdictions j ON j.code = c.jurisdiction_code
LEFT JOIN jurisdictions mj ON mj.code = COALESCE(j.parent_code, j.code)
LEFT JOIN terms t ON t.id = (
    SELECT t2.id
    FROM terms t2 JOIN posts p2 ON p2.id = t2.post_id
    WHERE t2.person_key = c.speaker_key
      AND c.claim_date IS NOT NULL
      AND (t2.start_date IS NULL OR t2.start_date <= c.claim_date)
      AND (t2.end_date IS NULL OR t2.end_date >= c.claim_date)
    ORDER BY
      CASE WHEN t2.acting THEN 1 ELSE 0 END,
      CASE WHEN t2.start_date IS NULL THEN 1 ELSE 0 END,
      t2.start_date DESC,
      t2.id
    LIMIT 1
)
LEFT JOIN posts po ON po.id = t.post_id
"""

_OFFICIAL_TERMS_V1 = """
CREATE VIEW official_terms AS
SELECT
    t.id AS term_id,
    t.person_key AS person_key,
    pe.name_ko AS name_ko,
    pe.name_en AS name_en,
    po.title_ko AS post_title,
    po.role AS role,
    po.jurisdiction_code AS jurisdiction_code,
    j.name_ko AS jurisdiction_name_ko,
    COALESCE(j.parent_code, j.code) AS metropolitan_code,
    t.start_date AS start_date,
    t.end_date AS end_date,
    t.party AS party,
    t.election AS election,
    CASE WHEN t.acting THEN 1 ELSE 0 END AS acting,
    CASE WHEN t.verified THEN 1 ELSE 0 END AS verified,
    t.source AS source
FROM terms t
JOIN people pe ON pe.key = t.person_key
JOIN posts po ON po.id = t.post_id
JOIN jurisdictions j ON j.code = po.jurisdiction_code
"""

_POLICY_TREE_V1 = """
CREATE VIEW policy_tree AS
WITH RECURSIVE tree(slug, depth, path) AS (
    SELECT slug, 1, CAST(slug AS TEXT) FROM policies WHERE parent_slug IS NULL
    UNION ALL
    SELECT ch.slug, tree.depth + 1, tree.path || '/' || ch.slug
    FROM policies ch JOIN tree ON ch.parent_slug = tree.slug
)
SELECT
    p.slug AS slug,
    p.name_ko AS name_ko,
    p.name_en AS name_en,
    p.domain_slug AS domain_slug,
    d.name_ko AS domain_name_ko,
    p.parent_slug AS parent_slug,
    p.cap_subtopic AS cap_subtopic,
    p.cap_subtopic / 100 AS cap_major_topic,
    tree.depth AS depth,
    tree.path AS path,
    {keywords} AS keywords
FROM policies p
JOIN tree ON tree.slug = p.slug
JOIN domains d ON d.slug = p.domain_slug
"""

# --- full-text search objects ---------------------------------------------------------------------------

_FTS_TABLES = ("claims", "articles")


def _sqlite_fts(table: str) -> tuple[list[str], list[str]]:
    fts = f"{table}_fts"
    up = [
        # External content: the index reads search_text from the table itself; triggers keep it in step.
        f"CREATE VIRTUAL TABLE {fts} USING fts5(search_text, content='{table}', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]
    down = [f"DROP TRIGGER IF EXISTS {fts}_{s}" for s in ("ai", "ad", "au")] + [f"DROP TABLE IF EXISTS {fts}"]
    return up, down


def _postgresql_fts(table: str) -> tuple[list[str], list[str]]:
    index = f"ix_{table}_search_text_fts"
    up = [f"CREATE INDEX {index} ON {table} USING gin (to_tsvector('simple', coalesce(search_text, '')))"]
    return up, [f"DROP INDEX IF EXISTS {index}"]


class _Version:
    """One frozen set of view definitions; `up(dialect)` / `down(dialect)` give the statements."""

    def __init__(self, views: dict[str, str]) -> None:
        self.views = views

    def create_views(self, dialect: str) -> list[str]:
        return [sql.format(**_FRAGMENTS[dialect]).strip() for sql in self.views.values()]

    def drop_views(self) -> list[str]:
        return [f"DROP VIEW IF EXISTS {name}" for name in reversed(self.views)]

    @staticmethod
    def create_fts(dialect: str) -> list[str]:
        make = _sqlite_fts if dialect == "sqlite" else _postgresql_fts
        return [s for t in _FTS_TABLES for s in make(t)[0]]

    @staticmethod
    def drop_fts(dialect: str) -> list[str]:
        make = _sqlite_fts if dialect == "sqlite" else _postgresql_fts
        return [s for t in _FTS_TABLES for s in make(t)[1]]


V1 = _Version(
    {"claim_facts": _CLAIM_FACTS_V1, "official_terms": _OFFICIAL_TERMS_V1, "policy_tree": _POLICY_TREE_V1}
)

# --- what the views mean: the codebook and Datasette metadata are generated from these -------------------

VIEWS: dict[str, dict[str, Any]] = {
    "claim_facts": {
        "description": "One row per claim and policy, with speaker, office, place, policy and article: "
        "the flat table most analyses start from. A claim about two policies appears twice.",
        "columns": {
            "claim_id": "Claim (claims.id); not unique here when a claim names several policies",
            "article_id": "Article the claim is in (articles.id)",
            "claim_text": "Exact text of the claim: the article's clean_text[start_offset:end_offset]",
            "start_offset": "Start character offset in the article's clean text (0-based)",
            "end_offset": "End character offset in the article's clean text (exclusive)",
            "claim_date": "Day the claim was made (Asia/Seoul); see date_precision",
            "year": "Year of claim_date as text 'YYYY'",
            "month": "Month of claim_date as text 'YYYY-MM'",
            "date_precision": "How exact claim_date is: 'day', 'month' or 'year'",
            "kind": "'plan', 'achievement', 'target', 'criticism' or 'statement'",
            "confidence": "Extractor's confidence, 0 to 1",
            "review_status": "'unreviewed', 'accepted', 'rejected' or 'corrected'",
            "extractor_version": "Extractor version that made the claim",
            "speaker_key": "Person who asserts the claim (people.key); null = narration or unknown",
            "speaker_name": "Speaker's name in Hangul (people.name_ko)",
            "speaker_text": "The speaker as written in the article, e.g. '권 시장'",
            "office": "Title of the post the speaker held on claim_date (posts.title_ko), e.g. '대구광역시장'",
            "party": "Party of the speaker's term covering claim_date",
            "jurisdiction_code": "Local government the claim is about (jurisdictions.code)",
            "jurisdiction_name_ko": "Its Korean name, e.g. '대구광역시'",
            "jurisdiction_name_en": "Its English name",
            "metropolitan_code": "Metropolitan government: the parent of a basic one, or itself",
            "metropolitan_name_ko": "Korean name of the metropolitan government",
            "policy_slug": "Policy the claim is about (policies.slug), e.g. 'smart-city'",
            "policy_name_ko": "Policy name in Korean, e.g. '스마트시티'",
            "policy_name_en": "Policy name in English",
            "policy_domain": "Policy area (domains.slug), e.g. 'technology'",
            "cap_subtopic": "Comparative Agendas Project subtopic code of the policy",
            "cap_major_topic": "CAP major topic: cap_subtopic / 100 as an integer",
            "quantities": "Numbers in the claim, '; '-separated 'as written = value unit', "
            "e.g. '100억 원 = 10000000000 KRW; 30% = 30 %'",
            "outlet": "News outlet of the article",
            "headline": "Article headline",
            "published_at": "Publication time in UTC as ISO 8601 text 'YYYY-MM-DDTHH:MM:SSZ'",
            "published_date": "Publication day in Asia/Seoul",
            "article_source": "Where the article came from: path, path:line or '<stdin>'",
            "article_url": "Article URL when the input gave one",
        },
    },
    "official_terms": {
        "description": "One row per term: a person holding a post (head of a local government or "
        "superintendent) from start_date to end_date.",
        "columns": {
            "term_id": "Term (terms.id)",
            "person_key": "Person (people.key), e.g. 'kwon-young-jin'",
            "name_ko": "Name in Hangul",
            "name_en": "Romanised name",
            "post_title": "Title of the post, e.g. '대구광역시장'",
            "role": "'head' or 'superintendent'",
            "jurisdiction_code": "Local government of the post",
            "jurisdiction_name_ko": "Its Korean name",
            "metropolitan_code": "Metropolitan government: the parent of a basic one, or itself",
            "start_date": "First day in office (filled by rule when no source says)",
            "end_date": "Last day in office; null = still in office",
            "party": "Party at election, as the source names it",
            "election": "How the term began, e.g. '7th local election 2018', 'acting'",
            "acting": "1 for an acting head (권한대행), else 0",
            "verified": "1 for terms from the seed registry, 0 for ones registered from an article",
            "source": "Where the facts of this term come from",
        },
    },
    "policy_tree": {
        "description": "The policy taxonomy with its domain, CAP codes, place in the hierarchy and keywords.",
        "columns": {
            "slug": "Policy identifier (policies.slug)",
            "name_ko": "Korean name",
            "name_en": "English name",
            "domain_slug": "Policy area (domains.slug)",
            "domain_name_ko": "Korean name of the policy area",
            "parent_slug": "Broader policy, if any",
            "cap_subtopic": "Comparative Agendas Project subtopic code",
            "cap_major_topic": "CAP major topic: cap_subtopic / 100 as an integer",
            "depth": "1 for a top-level policy, 2 for its children, ...",
            "path": "Slugs from the top-level policy down to this one, '/'-separated",
            "keywords": "';'-separated surface forms that signal the policy, in code-point order",
        },
    },
}


def is_fts_object(name: str | None) -> bool:
    """SQLite FTS5 tables and their shadow tables, which no model describes (for Alembic's drift check)."""
    return bool(name) and any(name == f"{t}_fts" or name.startswith(f"{t}_fts_") for t in _FTS_TABLES)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic `include_object`: leave full-text search objects out of autogenerate and drift checks."""
    if type_ == "table" and reflected and compare_to is None and is_fts_object(name):
        return False
    return not (type_ == "index" and reflected and compare_to is None and (name or "").endswith("_fts"))
