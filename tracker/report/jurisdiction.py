"""`tracker report jurisdiction CODE`: which policies were claimed in a local government, year by year."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker.db import models as m
from tracker.report.query import (
    NO_DATE,
    RANKED_BY,
    Report,
    Source,
    by_policy,
    claim_rows,
    count_by,
    methodology,
    resolve_filters,
    session_for,
)

if TYPE_CHECKING:
    import pandas as pd

BY = ("policy-year", "month", "year", "official", "policy", "kind")


def policy_years(rows: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Claims per policy (rows) and year (columns), with a total; a claim counts once per policy."""
    import pandas as pd

    exploded = by_policy(rows, names)
    years = [str(d.year) if isinstance(d, date) else NO_DATE for d in exploded["claim_date"]]
    exploded = exploded.assign(year=years)
    columns = sorted(y for y in set(years) if y != NO_DATE) + ([NO_DATE] if NO_DATE in years else [])
    if not len(exploded):
        return pd.DataFrame(columns=["policy_slug", "policy_name_ko", "total"])
    table = pd.crosstab([exploded["policy_slug"], exploded["policy_name_ko"]], exploded["year"])
    table = table.reindex(columns=columns, fill_value=0)
    table["total"] = table.sum(axis=1)
    table = table.reset_index().sort_values(["total", "policy_slug"], ascending=[False, True])
    table.columns.name = None
    return table.reset_index(drop=True)


def _where(places: list[m.Jurisdiction]) -> str:
    """'대구광역시 (27) with its 9 districts'; '강원도 평창군 (42760) / 강원특별자치도 평창군 (51760)'."""
    codes = {j.code for j in places}
    heads = sorted((j for j in places if j.parent_code not in codes), key=lambda j: j.code)
    districts = len(places) - len(heads)
    where = " / ".join(f"{j.name_ko} ({j.code})" for j in heads)
    return where + (
        f" with {'its' if len(heads) == 1 else 'their'} {districts} districts" if districts else ""
    )


def jurisdiction_report(
    source: Source,
    place: str,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    policy: str | None = None,
    official: str | None = None,
    kind: str | None = None,
    by: str | None = None,
    rank: bool = True,
) -> Report:
    """Counts per policy and year, then the claims; a metropolitan government includes its districts."""
    with session_for(source) as session:
        filters = resolve_filters(
            session,
            policy=policy,
            date_from=date_from,
            date_to=date_to,
            official=official,
            jurisdiction=place,
            kind=kind,
        )
        places = session.scalars(
            select(m.Jurisdiction).where(m.Jurisdiction.code.in_(filters.jurisdictions or ()))
        ).all()
        rows = claim_rows(session, filters)
        names = dict(session.execute(select(m.Policy.slug, m.Policy.name_ko)).all())
    title = f"Policies claimed in {_where(places) or place}"
    facts = methodology(rows, filters, rank=rank if by in RANKED_BY else None)
    pivot = policy_years(rows, names)
    if by == "policy-year":
        return Report(
            f"{title}: claims per policy and year",
            {"per policy and year": pivot},
            facts,
            "per policy and year",
            rows,
        )
    if by:
        counts = count_by(rows, by, rank=rank, choices=BY)
        return Report(f"{title} by {by}", {f"by {by}": counts}, facts, f"by {by}", rows)
    return Report(title, {"per policy and year": pivot, "claims": rows}, facts, "claims", rows)


def jurisdiction(
    source: Source,
    place: str,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    policy: str | None = None,
    official: str | None = None,
    kind: str | None = None,
    by: str | None = None,
    rank: bool = True,
) -> pd.DataFrame:
    """Claims made in a local government (code or name), newest first; `by="policy-year"` for the table."""
    return jurisdiction_report(source, place, date_from, date_to, policy, official, kind, by, rank).frame()
