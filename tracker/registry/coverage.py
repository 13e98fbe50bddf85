"""How many posts of each regular election have a known holder, per metropolitan area.

A post is a (role, jurisdiction) that existed on the first day of the term (1 July of the election
year); it counts as known when an official of that role, elected at that election (not acting), is
recorded for that jurisdiction code.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from tracker.reference import Jurisdiction, Reference

#: regular-election label -> first day of the term (1 July of the election year)
TERM_STARTS: dict[str, date] = {
    "6th local election 2014": date(2014, 7, 1),
    "7th local election 2018": date(2018, 7, 1),
    "8th local election 2022": date(2022, 7, 1),
    "9th local election 2026": date(2026, 7, 1),
}
ROLES: tuple[str, ...] = ("head", "superintendent")


@dataclass(frozen=True)
class CoverageRow:
    """Posts of one role in one metropolitan area at one election, and which lack a holder."""

    election: str
    area_code: str
    area_name: str
    role: str
    posts: int
    known: int
    missing: tuple[str, ...]  # post titles without a known holder

    @property
    def ratio(self) -> float:
        return self.known / self.posts if self.posts else 1.0


def posts_on(reference: Reference, day: date, role: str) -> list[Jurisdiction]:
    """Jurisdictions with a post of `role` on `day`: every local government has a head; only the
    metropolitan governments have an elected superintendent of education."""
    return [
        j
        for j in reference.jurisdictions
        if j.valid_on(day) and (role == "head" or j.level == "metropolitan")
    ]


def area_code(j: Jurisdiction) -> str:
    """The metropolitan area of a jurisdiction (itself for a metropolitan government)."""
    return j.code if j.level == "metropolitan" else (j.parent_code or j.code[:2])


def post_title(j: Jurisdiction, role: str) -> str:
    """'서울특별시 종로구청장', '경기도지사', '부산광역시교육감' ... (for listing missing posts)."""
    if role == "superintendent":
        return f"{j.name_ko}교육감"
    if j.level == "metropolitan":
        return j.name_ko + ("지사" if j.name_ko.endswith("도") else "장")
    return j.name_ko + {"구": "청장", "시": "장", "군": "수"}.get(j.name_ko[-1], "장")


def elected_holders(reference: Reference, election: str, role: str) -> set[str]:
    """Jurisdiction codes with a non-acting official of `role` elected at `election`."""
    return {
        o.jurisdiction_code
        for o in reference.officials
        if o.role == role and not o.acting and o.election == election
    }


def coverage(
    reference: Reference,
    elections: tuple[str, ...] = tuple(TERM_STARTS),
    roles: tuple[str, ...] = ROLES,
) -> list[CoverageRow]:
    """One row per (election, role, metropolitan area), sorted by election, role and area code."""
    names = {j.code: j.name_ko for j in reference.jurisdictions}
    rows: list[CoverageRow] = []
    for election in elections:
        day = TERM_STARTS[election]
        for role in roles:
            known = elected_holders(reference, election, role)
            by_area: dict[str, list[Jurisdiction]] = defaultdict(list)
            for j in posts_on(reference, day, role):
                by_area[area_code(j)].append(j)
            for area in sorted(by_area):
                posts = sorted(by_area[area], key=lambda j: j.code)
                missing = tuple(post_title(j, role) for j in posts if j.code not in known)
                rows.append(
                    CoverageRow(
                        election,
                        area,
                        names.get(area, area),
                        role,
                        len(posts),
                        len(posts) - len(missing),
                        missing,
                    )
                )
    return rows


def totals(rows: list[CoverageRow]) -> dict[tuple[str, str], tuple[int, int]]:
    """(election, role) -> (known, posts) summed over areas."""
    out: dict[tuple[str, str], tuple[int, int]] = {}
    for r in rows:
        known, posts = out.get((r.election, r.role), (0, 0))
        out[(r.election, r.role)] = (known + r.known, posts + r.posts)
    return out


def format_missing(rows: list[CoverageRow]) -> str:
    """Plain-text report: one total line per election and role, then each area with gaps."""
    lines: list[str] = []
    for (election, role), (known, posts) in totals(rows).items():
        pct = 100 * known / posts if posts else 100.0
        lines.append(f"{election} · {role}: {known}/{posts} posts known ({pct:.1f}%)")
        for r in rows:
            if r.election == election and r.role == role and r.missing:
                lines.append(
                    f"  {r.area_name} ({r.area_code}) {r.known}/{r.posts} — missing: " + ", ".join(r.missing)
                )
    return "\n".join(lines)
