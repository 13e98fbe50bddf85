"""`tracker report policy SLUG`: every claim about a policy and the policies below it, newest first."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tracker.db import models as m
from tracker.report.query import (
    RANKED_BY,
    Report,
    Source,
    claim_rows,
    count_by,
    methodology,
    resolve_filters,
    session_for,
)

if TYPE_CHECKING:
    import pandas as pd

BY = ("month", "year", "official", "jurisdiction", "kind")


def policy_report(
    source: Source,
    slug: str,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    official: str | None = None,
    jurisdiction: str | None = None,
    kind: str | None = None,
    by: str | None = None,
    rank: bool = True,
) -> Report:
    """The claims about `slug` (and its sub-policies), or their counts `by` one of `BY`."""
    with session_for(source) as session:
        filters = resolve_filters(
            session,
            policy=slug,
            date_from=date_from,
            date_to=date_to,
            official=official,
            jurisdiction=jurisdiction,
            kind=kind,
        )
        root = session.get(m.Policy, filters.policies[0]) if filters.policies else None
        rows = claim_rows(session, filters)
    name = f"{root.name_ko} ({root.slug})" if root else slug
    facts = methodology(rows, filters, rank=rank if by in RANKED_BY else None)
    if by:
        counts = count_by(rows, by, rank=rank, choices=BY)
        return Report(f"Claims about {name} by {by}", {f"by {by}": counts}, facts, f"by {by}", rows)
    return Report(f"Claims about {name}", {"claims": rows}, facts, "claims", rows)


def policy(
    source: Source,
    slug: str,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    official: str | None = None,
    jurisdiction: str | None = None,
    kind: str | None = None,
    by: str | None = None,
    rank: bool = True,
) -> pd.DataFrame:
    """What has been claimed about a policy, by whom, when, where: one row per claim (or counts `by`).

    >>> tracker.report.policy(engine, "fine-dust", jurisdiction="대구", date_from="2018")  # doctest: +SKIP
    """
    report = policy_report(source, slug, date_from, date_to, official, jurisdiction, kind, by, rank)
    return report.frame()
