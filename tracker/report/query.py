"""What every report shares: resolving what the user typed (slugs, person keys, places, dates) and the
one query that turns claims into flat rows.

Rows are built with SQLAlchemy over the tables and finished in Python (office at the claim date, number
texts, ordering), so that SQLite and PostgreSQL give the same frame cell for cell.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from tracker.db import models as m
from tracker.errors import NotFoundError, TrackerError

if TYPE_CHECKING:
    import pandas as pd

Source = Engine | Connection | Session
NO_OFFICIAL = "(no official)"
NO_DATE = "no date"
CHUNK = 500

# The columns of a claim-rows frame, named as in the `claim_facts` view where the view has the column.
ROW_COLUMNS = (
    "claim_id", "claim_date", "date_precision", "speaker_key", "speaker_name", "speaker_text", "office",
    "party", "jurisdiction_code", "jurisdiction_name_ko", "kind", "policy_slugs", "policy_names",
    "other_policies", "claim_text", "quantities", "confidence", "review_status", "extractor_version",
    "article_id", "outlet", "headline", "published_date", "article_url", "article_source",
)  # fmt: skip


class ReportError(TrackerError):
    """A report option that cannot be honoured (bad date, unknown grouping, ambiguous place)."""


@dataclass(frozen=True)
class Methodology:
    """Facts about the rows behind a report, printed under it so that readers can judge it."""

    claims: int
    unreviewed: int
    extractor_versions: dict[str, int]
    filters: dict[str, str] = field(default_factory=dict)
    ranked: bool | None = (
        None  # officials ranked by count; False: alphabetical (--no-rank); None: no such list
    )

    def as_dict(self) -> dict[str, Any]:
        return {
            "claims": self.claims,
            "unreviewed": self.unreviewed,
            "extractor_versions": dict(self.extractor_versions),
            "filters": dict(self.filters),
            "ranked": self.ranked,
        }


@dataclass
class Report:
    """A titled report of one or more tables; `main` names the table that CSV output holds."""

    title: str
    sections: dict[str, pd.DataFrame]
    methodology: Methodology
    main: str = "claims"
    rows: pd.DataFrame | None = None  # the claim rows behind the report, for plots

    @property
    def primary(self) -> pd.DataFrame:
        return self.sections.get(self.main, next(iter(self.sections.values())))

    def frame(self) -> pd.DataFrame:
        """The main table, carrying the title and methodology in `attrs` for notebooks and renderers."""
        frame = self.primary
        frame.attrs.update(title=self.title, methodology=self.methodology.as_dict())
        return frame


@contextmanager
def session_for(source: Source) -> Iterator[Session]:
    """Accept what a notebook has at hand: an engine, a connection or an open session."""
    if isinstance(source, Session):
        yield source
        return
    with Session(bind=source) as session:
        yield session


# ---------------------------------------------------------------------------------------------- resolution


def _suggest(what: str, given: str, options: Iterable[str]) -> NotFoundError:
    options = list(options)
    near = difflib.get_close_matches(given, options, n=5, cutoff=0.5)
    if not near:
        near = [o for o in options if given.lower() in o.lower()][:5]
    hint = f"; did you mean: {', '.join(near)}?" if near else ""
    return NotFoundError(f"unknown {what} {given!r}{hint}")


def policy_tree(session: Session, slug: str) -> list[str]:
    """The slug and every policy below it (via parent_slug), the slug first."""
    parents = dict(session.execute(select(m.Policy.slug, m.Policy.parent_slug)).all())
    if slug not in parents:
        names = dict(session.execute(select(m.Policy.name_ko, m.Policy.slug)).all())
        if slug in names:  # a Korean name typed for the slug
            slug = names[slug]
        else:
            raise _suggest("policy", slug, [*parents, *names])
    children: dict[str | None, list[str]] = defaultdict(list)
    for child, parent in parents.items():
        children[parent].append(child)
    tree, todo = [slug], [slug]
    while todo:
        for child in sorted(children.get(todo.pop(), [])):
            if child not in tree:
                tree.append(child)
                todo.append(child)
    return tree


def person_key(session: Session, key: str) -> str:
    """A person key, or a Korean name that belongs to exactly one person."""
    if session.get(m.Person, key) is not None:
        return key
    by_name = session.execute(
        select(m.PersonName.person_key).where(m.PersonName.name == key).distinct()
    ).scalars()
    found = sorted(set(by_name) | set(session.scalars(select(m.Person.key).where(m.Person.name_ko == key))))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise ReportError(f"{key!r} is the name of several people: {', '.join(found)}; give a person key")
    people = session.execute(select(m.Person.key, m.Person.name_ko)).all()
    raise _suggest("official", key, [k for k, _ in people] + [n for _, n in people if n])


def jurisdiction_codes(session: Session, text: str) -> list[str]:
    """Codes a user means by a code or a name; a metropolitan government includes its districts.

    '대구', '대구광역시', '27' -> 27 and its districts; '수성구' -> 27260; '대구 중구' narrows by the
    metropolitan name. Several places of one name are an error that lists them, except codes that
    succeeded one another (강원도 42 -> 강원특별자치도 51), which are taken together.
    """
    rows = session.scalars(select(m.Jurisdiction)).all()
    by_code = {j.code: j for j in rows}
    text = text.strip()
    if text in by_code:
        found = [by_code[text]]
    else:
        parts = text.split()
        found = _by_name(rows, parts[-1])
        if len(parts) > 1 and found:
            parents = {j.code for j in _by_name(rows, " ".join(parts[:-1]))}
            found = [j for j in found if j.parent_code in parents] or _by_name(rows, text)
        elif not found:
            found = _by_name(rows, text)
    if not found:
        raise _suggest("jurisdiction", text, [*by_code, *(j.name_ko for j in rows), *_shorts(rows)])
    if len(found) > 1 and not _successive(found):
        options = "; ".join(f"{j.code} {j.name_ko}" for j in sorted(found, key=lambda j: j.code))
        raise ReportError(f"{text!r} is ambiguous: {options}. Give a code or a fuller name")
    codes = {j.code for j in found}
    codes |= {j.code for j in rows if j.parent_code in codes}
    return sorted(codes)


def _shorts(rows: Sequence[m.Jurisdiction]) -> set[str]:
    return {s for j in rows for s in (j.short_names or "").split(";") if s}


def _by_name(rows: Sequence[m.Jurisdiction], name: str) -> list[m.Jurisdiction]:
    exact = [j for j in rows if name in (j.name_ko, j.name_en)]
    if exact:
        return exact
    lowered = name.lower()
    return [
        j for j in rows if name in (j.short_names or "").split(";") or (j.name_en or "").lower() == lowered
    ]


def _successive(found: Sequence[m.Jurisdiction]) -> bool:
    """True when the places' validity periods do not overlap: one place under successive codes."""
    spans = sorted((j.valid_from or date.min, j.valid_to or date.max) for j in found)
    return all(a_end < b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


def claim_kind(kind: str | None) -> str | None:
    if kind is None or kind in m.CLAIM_KINDS:
        return kind
    raise _suggest("claim kind", kind, m.CLAIM_KINDS)


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def date_bound(value: date | str | None, *, end: bool = False) -> date | None:
    """'2018' / '2018-03' / '2018-03-13' as the first (or, for an upper bound, the last) day they cover."""
    if value is None or isinstance(value, date):
        return value
    match = _DATE.match(value.strip())
    if not match:
        raise ReportError(f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(x) if x else None for x in match.groups())
    try:
        if day is not None:
            return date(year, month, day)  # type: ignore[arg-type]
        if month is not None:
            if not end:
                return date(year, month, 1)  # type: ignore[arg-type]
            nxt = date(year + (month == 12), month % 12 + 1, 1)  # type: ignore[operator]
            return date.fromordinal(nxt.toordinal() - 1)
        return date(year, 12, 31) if end else date(year, 1, 1)  # type: ignore[arg-type]
    except ValueError as exc:
        raise ReportError(f"date {value!r}: {exc}") from None


# ---------------------------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class Filters:
    """Resolved filters: every field is already a valid key, code list or date."""

    policies: tuple[str, ...] | None = None
    date_from: date | None = None
    date_to: date | None = None
    official: str | None = None
    jurisdictions: tuple[str, ...] | None = None
    kind: str | None = None
    described: dict[str, str] = field(default_factory=dict)


def resolve_filters(
    session: Session,
    *,
    policy: str | None = None,
    date_from: date | str | None = None,
    date_to: date | str | None = None,
    official: str | None = None,
    jurisdiction: str | None = None,
    kind: str | None = None,
) -> Filters:
    """Check what the user typed before any claim is read, so that a typo fails fast and helpfully."""
    described: dict[str, str] = {}
    tree = policy_tree(session, policy) if policy else None
    if tree:
        described["policy"] = ", ".join(tree)
    start, end = date_bound(date_from), date_bound(date_to, end=True)
    if start and end and start > end:
        raise ReportError(f"--from {start} is after --to {end}")
    if start:
        described["from"] = start.isoformat()
    if end:
        described["to"] = end.isoformat()
    key = person_key(session, official) if official else None
    if key:
        described["official"] = key
    codes = tuple(jurisdiction_codes(session, jurisdiction)) if jurisdiction else None
    if codes:
        described["jurisdiction"] = (
            jurisdiction if len(codes) == 1 else f"{jurisdiction} ({len(codes)} codes)"
        )
    kind = claim_kind(kind)
    if kind:
        described["kind"] = kind
    return Filters(tuple(tree) if tree else None, start, end, key, codes, kind, described)


def claim_rows(session: Session, filters: Filters) -> pd.DataFrame:
    """One row per claim that passes the filters, newest first (claims without a date last)."""
    import pandas as pd

    stmt = (
        select(
            m.Claim.id,
            m.Claim.claim_date,
            m.Claim.date_precision,
            m.Claim.speaker_key,
            m.Person.name_ko,
            m.Claim.speaker_text,
            m.Claim.jurisdiction_code,
            m.Jurisdiction.name_ko,
            m.Claim.kind,
            m.Claim.text,
            m.Claim.confidence,
            m.Claim.review_status,
            m.Claim.extractor_version,
            m.Claim.article_id,
            m.Outlet.name,
            m.Article.headline,
            m.Article.published_date,
            m.Article.url,
            m.Article.source,
            m.Claim.start_offset,
        )
        .join(m.Article, m.Claim.article_id == m.Article.id)
        .outerjoin(m.Outlet, m.Article.outlet_id == m.Outlet.id)
        .outerjoin(m.Person, m.Claim.speaker_key == m.Person.key)
        .outerjoin(m.Jurisdiction, m.Claim.jurisdiction_code == m.Jurisdiction.code)
    )
    if filters.policies:
        stmt = stmt.where(
            m.Claim.id.in_(
                select(m.ClaimPolicy.claim_id).where(m.ClaimPolicy.policy_slug.in_(filters.policies))
            )
        )
    if filters.date_from:
        stmt = stmt.where(m.Claim.claim_date >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(m.Claim.claim_date <= filters.date_to)
    if filters.official:
        stmt = stmt.where(m.Claim.speaker_key == filters.official)
    if filters.jurisdictions:
        stmt = stmt.where(m.Claim.jurisdiction_code.in_(filters.jurisdictions))
    if filters.kind:
        stmt = stmt.where(m.Claim.kind == filters.kind)
    raw = session.execute(stmt).all()
    ids = [r[0] for r in raw]
    policies = _policies(session, ids)
    names = dict(session.execute(select(m.Policy.slug, m.Policy.name_ko)).all())
    numbers = _quantities(session, ids)
    offices = _Offices(session, {r[3] for r in raw if r[3]})
    wanted = set(filters.policies or ())
    records = []
    for r in raw:
        slugs = policies.get(r[0], [])
        inside = [s for s in (filters.policies or slugs) if s in slugs]
        office, party = offices.at(r[3], r[1]) if r[3] else (None, None)
        records.append(
            {
                "claim_id": r[0],
                "claim_date": r[1],
                "date_precision": r[2],
                "speaker_key": r[3],
                "speaker_name": r[4],
                "speaker_text": r[5],
                "office": office,
                "party": party,
                "jurisdiction_code": r[6],
                "jurisdiction_name_ko": r[7],
                "kind": r[8],
                "policy_slugs": ", ".join(inside),
                "policy_names": ", ".join(names.get(s, s) for s in inside),
                "other_policies": ", ".join(s for s in slugs if s not in wanted) if wanted else "",
                "claim_text": r[9],
                "quantities": "; ".join(numbers[r[0]]) if r[0] in numbers else None,
                "confidence": r[10],
                "review_status": r[11],
                "extractor_version": r[12],
                "article_id": r[13],
                "outlet": r[14],
                "headline": r[15],
                "published_date": r[16],
                "article_url": r[17],
                "article_source": r[18],
                "_order": (-(r[1] or date.min).toordinal(), -r[13], r[19]),
            }
        )
    records.sort(key=lambda x: x.pop("_order"))
    return pd.DataFrame.from_records(records, columns=list(ROW_COLUMNS))


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def _policies(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for part in _chunks(ids):
        for claim_id, slug in session.execute(
            select(m.ClaimPolicy.claim_id, m.ClaimPolicy.policy_slug)
            .where(m.ClaimPolicy.claim_id.in_(part))
            .order_by(m.ClaimPolicy.claim_id, m.ClaimPolicy.policy_slug)
        ):
            out[claim_id].append(slug)
    return out


def _quantities(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    """'100억 원 = 10000000000 KRW' per number, as the `claim_facts` view writes them."""
    out: dict[int, list[str]] = defaultdict(list)
    for part in _chunks(ids):
        for claim_id, text, value, unit in session.execute(
            select(
                m.ClaimQuantity.claim_id, m.ClaimQuantity.text, m.ClaimQuantity.value, m.ClaimQuantity.unit
            )
            .where(m.ClaimQuantity.claim_id.in_(part))
            .order_by(m.ClaimQuantity.claim_id, m.ClaimQuantity.start_offset, m.ClaimQuantity.id)
        ):
            number = format(Decimal(str(value)).normalize(), "f")
            out[claim_id].append(f"{text} = {number} {unit}")
    return out


class _Offices:
    """The post (and party) a speaker held on the claim's date, chosen as the `claim_facts` view does:
    a regular term before an acting stint, then the latest start."""

    def __init__(self, session: Session, keys: set[str]) -> None:
        self.terms: dict[str, list[tuple[m.Term, str]]] = defaultdict(list)
        if keys:
            for term, title in session.execute(
                select(m.Term, m.Post.title_ko)
                .join(m.Post, m.Term.post_id == m.Post.id)
                .where(m.Term.person_key.in_(sorted(keys)))
            ):
                self.terms[term.person_key].append((term, title))
        for terms in self.terms.values():
            terms.sort(
                key=lambda x: (
                    x[0].acting,
                    x[0].start_date is None,
                    -(x[0].start_date or date.min).toordinal(),
                    x[0].id,
                )
            )

    def at(self, key: str, when: date | None) -> tuple[str | None, str | None]:
        if when is None:
            return None, None
        for term, title in self.terms.get(key, []):
            if (term.start_date is None or term.start_date <= when) and (
                term.end_date is None or when <= term.end_date
            ):
                return title, term.party
        return None, None


# ---------------------------------------------------------------------------------------------- counts


RANKED_BY = ("official", "jurisdiction")  # groupings that list officials (or the places they head)


def methodology(rows: pd.DataFrame, filters: Filters, *, rank: bool | None = None) -> Methodology:
    claims = rows.drop_duplicates("claim_id")
    versions = Counter(claims["extractor_version"].dropna())
    return Methodology(
        claims=len(claims),
        unreviewed=int(claims["review_status"].eq("unreviewed").sum()),
        extractor_versions=dict(sorted(versions.items())),
        filters=dict(filters.described),
        ranked=rank,
    )


def present(values: Iterable[Any]) -> list[Any]:
    """Values with pandas' missing markers (NaN, NA) turned back into None."""
    import pandas as pd

    return [None if v is None or (not isinstance(v, list | tuple) and pd.isna(v)) else v for v in values]


def by_policy(rows: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Claim rows exploded to one row per claim and policy, the policy columns first."""
    import pandas as pd

    records = []
    for record in rows.to_dict("records"):
        for slug in filter(None, record["policy_slugs"].split(", ")):
            records.append({"policy_slug": slug, "policy_name_ko": names.get(slug), **record})
    columns = ["policy_slug", "policy_name_ko", *ROW_COLUMNS]
    return pd.DataFrame.from_records(records, columns=columns)


def count_by(rows: pd.DataFrame, by: str, *, rank: bool = True, choices: Sequence[str] = ()) -> pd.DataFrame:
    """Claims counted per month, year, official, jurisdiction, kind or policy.

    Officials (and jurisdictions, whose heads are officials) are ranked by count unless `rank=False`,
    which orders them by name and drops the rank column: Korean election law restricts ranked
    comparisons of candidates during campaigns.
    """
    import pandas as pd

    if choices and by not in choices:
        raise _suggest("grouping --by", by, choices)
    rows = rows.drop_duplicates("claim_id")
    if by in ("month", "year"):
        fmt = "%Y-%m" if by == "month" else "%Y"
        keys = [d.strftime(fmt) if isinstance(d, date) else NO_DATE for d in rows["claim_date"]]
        counts = Counter(keys)
        ordered = sorted(k for k in counts if k != NO_DATE) + ([NO_DATE] if NO_DATE in counts else [])
        return pd.DataFrame({by: ordered, "claims": [counts[k] for k in ordered]})
    if by == "kind":
        counts = Counter(rows["kind"])
        kinds = [k for k in m.CLAIM_KINDS if counts[k]]
        return pd.DataFrame({"kind": kinds, "claims": [counts[k] for k in kinds]})
    if by == "policy":
        exploded = Counter(s for cell in rows["policy_slugs"] for s in cell.split(", ") if s)
        names = {
            s: n for ss, ns in zip(rows["policy_slugs"], rows["policy_names"], strict=True)
            for s, n in zip(ss.split(", "), ns.split(", "), strict=False)
        }  # fmt: skip
        order = sorted(exploded, key=lambda s: (-exploded[s], s))
        return pd.DataFrame(
            {
                "policy_slug": order,
                "policy_name_ko": [names.get(s) for s in order],
                "claims": [exploded[s] for s in order],
            }
        )
    if by == "official":
        key_col, name_col, label = "speaker_key", "speaker_name", NO_OFFICIAL
    elif by == "jurisdiction":
        key_col, name_col, label = "jurisdiction_code", "jurisdiction_name_ko", "(no jurisdiction)"
    else:
        raise ReportError(f"cannot count by {by!r}")
    counts = Counter(zip(present(rows[key_col]), present(rows[name_col]), strict=True))
    named = [(k, n, c) for (k, n), c in counts.items() if k is not None]
    named.sort(key=(lambda x: (-x[2], x[1] or x[0], x[0])) if rank else (lambda x: (x[1] or x[0], x[0])))
    unnamed = [(None, label, c) for (k, _), c in counts.items() if k is None]
    frame = pd.DataFrame(named + unnamed, columns=[key_col, name_col, "claims"])
    frame = frame[[name_col, key_col, "claims"]]
    if rank:
        ranks = pd.Series([c for *_, c in named], dtype="float64").rank(method="min", ascending=False)
        frame.insert(0, "rank", pd.array([int(r) for r in ranks] + [None] * len(unnamed), dtype="Int64"))
    return frame
