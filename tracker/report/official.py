"""`tracker report official KEY`: everything one person claimed, grouped by policy, beside their terms."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker.db import models as m
from tracker.report.query import (
    RANKED_BY,
    Report,
    Source,
    by_policy,
    claim_rows,
    count_by,
    methodology,
    person_key,
    resolve_filters,
    session_for,
)

if TYPE_CHECKING:
    import pandas as pd
    from sqlalchemy.orm import Session

BY = ("month", "year", "policy", "kind")
TERM_COLUMNS = (
    "office", "jurisdiction_code", "jurisdiction_name_ko", "start_date", "end_date", "party", "election",
    "acting",
)  # fmt: skip


def _terms(session: Session, key: str) -> pd.DataFrame:
    import pandas as pd

    rows = session.execute(
        select(
            m.Post.title_ko,
            m.Post.jurisdiction_code,
            m.Jurisdiction.name_ko,
            m.Term.start_date,
            m.Term.end_date,
            m.Term.party,
            m.Term.election,
            m.Term.acting,
        )
        .join(m.Post, m.Term.post_id == m.Post.id)
        .join(m.Jurisdiction, m.Post.jurisdiction_code == m.Jurisdiction.code)
        .where(m.Term.person_key == key)
    ).all()
    rows = sorted(rows, key=lambda r: (r[3] or date.max, r[6]))
    return pd.DataFrame.from_records([tuple(r) for r in rows], columns=list(TERM_COLUMNS))


def official_terms(source: Source, key: str) -> pd.DataFrame:
    """The posts a person held, oldest first (a key or a unique Korean name)."""
    with session_for(source) as session:
        return _terms(session, person_key(session, key))


def official_report(
    source: Source,
    key: str,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    policy: str | None = None,
    kind: str | None = None,
    by: str | None = None,
    rank: bool = True,
) -> Report:
    """Terms of office, then one row per claim and policy, policies with the most claims first."""
    with session_for(source) as session:
        filters = resolve_filters(
            session, policy=policy, date_from=date_from, date_to=date_to, official=key, kind=kind
        )
        person = session.get(m.Person, filters.official)
        terms = _terms(session, person.key)
        rows = claim_rows(session, filters)
        names = dict(session.execute(select(m.Policy.slug, m.Policy.name_ko)).all())
    title = f"Claims of {person.name_ko} ({person.key})"
    facts = methodology(rows, filters, rank=rank if by in RANKED_BY else None)
    if by:
        counts = count_by(rows, by, rank=rank, choices=BY)
        return Report(f"{title} by {by}", {f"by {by}": counts}, facts, f"by {by}", rows)
    grouped = by_policy(rows, names)
    if len(grouped):
        sizes = grouped.groupby("policy_slug")["claim_id"].transform("size")
        grouped = (
            grouped.assign(_n=-sizes, _i=range(len(grouped)))
            .sort_values(["_n", "policy_slug", "_i"], kind="stable")
            .drop(columns=["_n", "_i"])
            .reset_index(drop=True)
        )
    return Report(
        title, {"terms of office": terms, "claims by policy": grouped}, facts, "claims by policy", rows
    )


def official(
    source: Source,
    key: str,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    policy: str | None = None,
    kind: str | None = None,
    by: str | None = None,
    rank: bool = True,
) -> pd.DataFrame:
    """All claims of one person, one row per claim and policy (or counts `by`); terms: `official_terms`."""
    return official_report(source, key, date_from, date_to, policy, kind, by, rank).frame()
