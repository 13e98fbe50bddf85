"""Lint the officials registry: problems a claim-to-person attribution would trip over.

Checks (each `Problem.check`):
- `dates`: a term ends before it starts; an acting or by-election term without a start date.
- `duplicate`: two rows of one person in one post with the same `election` label: the database keys a term by
  person, post and election, so they would be one term (two acting stints carry their years in the label).
- `jurisdiction`: the code is unknown, or the jurisdiction was not valid during the term.
- `overlap`: two holders of one post (role + jurisdiction code) on the same day. An acting head
  (`acting=true`) may overlap a regular holder only when the holder was suspended (직무정지, e.g.
  while running in an election): the acting row says so in its `election` value, which must contain
  "suspended" (e.g. `acting (holder suspended)`). Any other overlap is an error.
- `gap`: more than `MAX_GAP_DAYS` between consecutive terms of a post, unless one of the two terms
  carries a `note` in the seed file (warning: gaps mostly mean the sources read were incomplete).
- `missing-term`: a post that existed on the first day of a required election's term has no
  holder elected at that election.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path

from tracker.reference import Official, Reference
from tracker.registry.coverage import ROLES, TERM_STARTS, elected_holders, post_title, posts_on

MAX_GAP_DAYS = 366  # about one by-election period
REQUIRED_ELECTIONS: tuple[str, ...] = ("8th local election 2022", "9th local election 2026")

NoteKey = tuple[str, str, date | None]  # (person_key, jurisdiction_code, term_start)


@dataclass(frozen=True)
class Problem:
    severity: str  # 'error' | 'warning'
    person_key: str  # '' for problems about a post rather than a person
    message: str
    check: str = ""


def read_notes(path: Path) -> dict[NoteKey, str]:
    """`note` cells of officials.csv keyed by (person_key, jurisdiction_code, term_start)."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    notes: dict[NoteKey, str] = {}
    for row in rows:
        note = (row.get("note") or "").strip()
        if note:
            start = (row.get("term_start") or "").strip()
            key = (
                row["person_key"].strip(),
                row["jurisdiction_code"].strip(),
                date.fromisoformat(start) if start else None,
            )
            notes[key] = note
    return notes


def lint(
    reference: Reference,
    notes: Mapping[NoteKey, str] | None = None,
    required: Iterable[str] = REQUIRED_ELECTIONS,
) -> list[Problem]:
    """All problems found in the reference's officials, errors first."""
    notes = notes or {}
    problems = [
        *check_dates(reference.officials),
        *check_duplicates(reference.officials),
        *check_jurisdictions(reference),
        *check_overlaps(reference.officials),
        *check_gaps(reference.officials, notes),
        *check_missing_terms(reference, tuple(required)),
    ]
    return sorted(problems, key=lambda p: (p.severity != "error", p.check, p.person_key))


def _span(o: Official) -> tuple[date, date]:
    return o.effective_start or date.min, o.effective_end or date.max


def _label(o: Official) -> str:
    return f"{o.name_ko} {o.post_title} ({o.jurisdiction_code}) from {o.effective_start or '?'}"


def check_dates(officials: Iterable[Official]) -> list[Problem]:
    out = []
    for o in officials:
        start, end = o.effective_start, o.effective_end
        if start and end and end < start:
            out.append(Problem("error", o.person_key, f"{_label(o)}: ends {end} before it starts", "dates"))
        if not start and (o.acting or (o.election or "").endswith("by-election")):
            out.append(Problem("warning", o.person_key, f"{_label(o)}: no start date", "dates"))
    return out


def check_duplicates(officials: Iterable[Official]) -> list[Problem]:
    seen: dict[tuple[str, str, str, str], Official] = {}
    out = []
    for o in officials:
        key = (
            o.person_key,
            o.jurisdiction_code,
            o.role,
            (o.election or "").strip() or f"unlabelled {o.start}",
        )
        if key in seen:
            message = (
                f"{_label(o)}: the same election label as the row from {seen[key].effective_start or '?'}"
            )
            out.append(Problem("error", o.person_key, message, "duplicate"))
        seen.setdefault(key, o)
    return out


def check_jurisdictions(reference: Reference) -> list[Problem]:
    out = []
    for o in reference.officials:
        j = reference.jurisdiction(o.jurisdiction_code)
        if j is None:
            out.append(
                Problem("error", o.person_key, f"{_label(o)}: unknown jurisdiction code", "jurisdiction")
            )
            continue
        for day in (o.effective_start, o.effective_end):
            if day and not j.valid_on(day):
                out.append(
                    Problem(
                        "error",
                        o.person_key,
                        f"{_label(o)}: {j.name_ko} not valid on {day} "
                        f"(valid {j.valid_from or '…'}–{j.valid_to or '…'})",
                        "jurisdiction",
                    )
                )
    return out


def _overlap_allowed(a: Official, b: Official) -> bool:
    acting = [o for o in (a, b) if o.acting]
    return len(acting) == 1 and "suspended" in (acting[0].election or "")


def check_overlaps(officials: Iterable[Official]) -> list[Problem]:
    by_post: dict[tuple[str, str], list[Official]] = defaultdict(list)
    for o in officials:
        by_post[(o.role, o.jurisdiction_code)].append(o)
    out = []
    for terms in by_post.values():
        terms.sort(key=_span)
        for i, a in enumerate(terms):
            for b in terms[i + 1 :]:
                (a0, a1), (b0, b1) = _span(a), _span(b)
                if b0 > a1:
                    continue
                if a0 <= b1 and not _overlap_allowed(a, b):
                    out.append(
                        Problem(
                            "error", b.person_key, f"{_label(b)} overlaps {_label(a)} (to {a1})", "overlap"
                        )
                    )
    return out


def check_gaps(officials: Iterable[Official], notes: Mapping[NoteKey, str]) -> list[Problem]:
    by_post: dict[tuple[str, str], list[Official]] = defaultdict(list)
    for o in officials:
        by_post[(o.role, o.jurisdiction_code)].append(o)
    out = []
    for terms in by_post.values():
        terms.sort(key=_span)
        for a, b in pairwise(terms):
            if b.acting:
                continue
            end, start = _span(a)[1], _span(b)[0]
            if end == date.max or start == date.min or (start - end).days <= MAX_GAP_DAYS:
                continue
            noted = any((o.person_key, o.jurisdiction_code, o.start) in notes for o in (a, b))
            if not noted:
                out.append(
                    Problem(
                        "warning",
                        b.person_key,
                        f"{(start - end).days} days without a holder before {_label(b)}",
                        "gap",
                    )
                )
    return out


def check_missing_terms(reference: Reference, required: tuple[str, ...]) -> list[Problem]:
    out = []
    for election in required:
        day = TERM_STARTS[election]
        for role in ROLES:
            known = elected_holders(reference, election, role)
            for j in posts_on(reference, day, role):
                if j.code not in known:
                    out.append(
                        Problem(
                            "error",
                            "",
                            f"{election}: no holder of {post_title(j, role)} ({j.code})",
                            "missing-term",
                        )
                    )
    return out
