"""Korean full-text search over claims and articles, on SQLite (FTS5) and PostgreSQL (tsvector + GIN).

Korean glues particles to words (`스마트시티를`) and spaces compounds freely (`스마트 시티`), so neither
backend's tokenizer can be given raw text. Both the stored `search_text` and the query go through the same
`morphemes()`: content morphemes from Kiwi, plus joined forms of adjacent nouns, so that `스마트 시티` in
an article is also indexed as `스마트시티`. A query noun phrase matches either its joined form or all of
its parts, so `스마트 시티` also finds an article that wrote `스마트시티`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, select, text, update

from tracker.errors import TrackerError
from tracker.extract.search_terms import MAX_JOIN, runs, search_terms

if TYPE_CHECKING:
    import pandas as pd


class SearchError(TrackerError):
    """A search query with nothing to look for, or a database without the search index."""


def _tokens(text_: str) -> list[tuple[str, str]]:
    from tracker.extract.kiwi import get_kiwi

    out = []
    for token in get_kiwi().tokenize(text_):
        form = token.form.lower()
        tag = token.tag.split("-")[0]  # 'VV-R' (regular verb) -> 'VV'
        out.append((form, tag))
    return out


def morphemes(text_: str) -> str:
    """Space-joined search terms of a text, by the same rules ingest uses for stored search text.

    >>> morphemes("스마트 시티를 조성")  # doctest: +SKIP
    '스마트 시티 조성 스마트시티 시티조성 스마트시티조성'
    """
    if not text_ or not text_.strip():
        return ""
    return search_terms(_tokens(text_))


def query_terms(query: str) -> list[list[list[str]]]:
    """The query as AND of groups; each group is OR of alternatives; each alternative is AND of terms.

    `스마트 시티 예산` -> [[['스마트시티'], ['스마트', '시티']], [['예산']]]
    """
    groups = []
    for run in runs(_tokens(query)):
        alternatives = [run] if len(run) == 1 else ([["".join(run)]] if len(run) <= MAX_JOIN else []) + [run]
        groups.append(alternatives)
    if not groups:
        raise SearchError(
            f"nothing to search for in {query!r}: give a word, e.g. tracker search '스마트시티'"
        )
    return groups


def fts5_query(groups: list[list[list[str]]]) -> str:
    """SQLite FTS5 MATCH expression; every term quoted, so no term is read as an operator."""
    return " AND ".join(
        "(" + " OR ".join("(" + " AND ".join(f'"{t}"' for t in alt) + ")" for alt in group) + ")"
        for group in groups
    )


def tsquery(groups: list[list[list[str]]]) -> str:
    """PostgreSQL to_tsquery('simple', ...) expression with every term quoted."""
    return " & ".join(
        "(" + " | ".join("(" + " & ".join(f"'{t}'" for t in alt) + ")" for alt in group) + ")"
        for group in groups
    )


# Scores: higher is better on both (SQLite's bm25 is negated); ties broken by id.
_SQL = {
    ("sqlite", False): """
        SELECT c.id AS claim_id, -bm25(claims_fts) AS score, c.text AS claim_text, pe.name_ko AS speaker_name,
               j.name_ko AS jurisdiction_name_ko, c.claim_date, c.article_id, a.headline
        FROM claims_fts JOIN claims c ON c.id = claims_fts.rowid
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN people pe ON pe.key = c.speaker_key
        LEFT JOIN jurisdictions j ON j.code = c.jurisdiction_code
        WHERE claims_fts MATCH :q ORDER BY bm25(claims_fts), c.id LIMIT :limit""",
    ("sqlite", True): """
        SELECT a.id AS article_id, -bm25(articles_fts) AS score, a.headline, o.name AS outlet,
               a.published_date, j.name_ko AS jurisdiction_name_ko, a.source
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        LEFT JOIN outlets o ON o.id = a.outlet_id
        LEFT JOIN jurisdictions j ON j.code = a.jurisdiction_code
        WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts), a.id LIMIT :limit""",
    ("postgresql", False): """
    SELECT c.id AS claim_id, ts_rank(to_tsvector('simple', coalesce(c.search_text, '')), q.q) AS score,
           c.text AS claim_text, pe.name_ko AS speaker_name, j.name_ko AS jurisdiction_name_ko,
           c.claim_date, c.article_id, a.headline
    FROM claims c
    CROSS JOIN (SELECT to_tsquery('simple', :q) AS q) q
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN people pe ON pe.key = c.speaker_key
    LEFT JOIN jurisdictions j ON j.code = c.jurisdiction_code
    WHERE to_tsvector('simple', coalesce(c.search_text, '')) @@ q.q
    ORDER BY score DESC, c.id LIMIT :limit""",
    ("postgresql", True): """
    SELECT a.id AS article_id, ts_rank(to_tsvector('simple', coalesce(a.search_text, '')), q.q) AS score,
           a.headline, o.name AS outlet, a.published_date, j.name_ko AS jurisdiction_name_ko, a.source
    FROM articles a
    CROSS JOIN (SELECT to_tsquery('simple', :q) AS q) q
    LEFT JOIN outlets o ON o.id = a.outlet_id
    LEFT JOIN jurisdictions j ON j.code = a.jurisdiction_code
    WHERE to_tsvector('simple', coalesce(a.search_text, '')) @@ q.q
    ORDER BY score DESC, a.id LIMIT :limit""",
}


def search(engine: Engine, query: str, *, articles: bool = False, limit: int = 50) -> pd.DataFrame:
    """Claims (or articles) matching every word of `query`, best first, as a DataFrame with a `score`."""
    import pandas as pd

    groups = query_terms(query)
    dialect = engine.dialect.name
    q = fts5_query(groups) if dialect == "sqlite" else tsquery(groups)
    with engine.connect() as conn:
        result = conn.execute(text(_SQL[(dialect, articles)]), {"q": q, "limit": limit})
        frame = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
    return frame


def missing_search_text(engine: Engine, *, articles: bool = False) -> int:
    """How many claims (or articles) have no search text yet, so cannot be found."""
    from sqlalchemy import func

    from tracker.db import models as m

    model = m.Article if articles else m.Claim
    with engine.connect() as conn:
        return conn.execute(select(func.count()).where(model.search_text.is_(None))).scalar_one()


def fill_search_text(engine: Engine, *, everything: bool = False, batch: int = 500) -> int:
    """Compute `search_text` for claims and articles that lack it (or all with `everything`).

    Ingest stores it for new rows; this backfills rows stored before it did. Returns rows updated.
    """
    from tracker.db import models as m
    from tracker.db.session import transaction

    n = 0
    for model, source in ((m.Claim, m.Claim.text), (m.Article, m.Article.clean_text)):
        last = 0
        while True:
            with transaction(engine) as session:
                stmt = select(model.id, source).where(model.id > last).order_by(model.id).limit(batch)
                if not everything:
                    stmt = stmt.where(model.search_text.is_(None))
                rows = session.execute(stmt).all()
                if not rows:
                    break
                for row_id, body in rows:
                    session.execute(
                        update(model).where(model.id == row_id).values(search_text=morphemes(body or ""))
                    )
                last = rows[-1][0]
                n += len(rows)
    return n
