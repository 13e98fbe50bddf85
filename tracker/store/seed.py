"""Load `seeds/` into the reference tables. Idempotent: a second run changes nothing, an edited seed
file updates rows in place (matched on their natural keys), never duplicates them."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tracker.db import models as m
from tracker.reference import SEEDS_DIR, Official, Reference, load_reference


@dataclass
class SeedCounts:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)

    def bump(self, what: str, table: str) -> None:
        counter = getattr(self, what)
        counter[table] = counter.get(table, 0) + 1

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted)


def _update(row: object, values: dict, counts: SeedCounts, table: str) -> None:
    """Set the columns that differ and count the row as updated if any did."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if changed:
        counts.bump("updated", table)


def _upsert(
    session: Session, counts: SeedCounts, rows: dict, model: type, key: object, values: dict
) -> object:
    """Insert a row, or update the columns that differ. `rows` is the preloaded table, keyed like `key`,
    so that seeding costs a few queries in all, not several per row."""
    table = model.__tablename__
    row = rows.get(key)
    if row is None:
        names = [c.key for c in model.__mapper__.primary_key]
        ident = dict(zip(names, key if isinstance(key, tuple) else (key,), strict=True))
        row = model(**ident, **values)
        session.add(row)
        rows[key] = row
        counts.bump("inserted", table)
    else:
        _update(row, values, counts, table)
    return row


def _jurisdiction_sources(seeds_dir: Path) -> dict[str, tuple[str | None, str | None]]:
    with (seeds_dir / "local_governments.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {
            r["code"].strip(): (r.get("code_system") or None, r.get("source") or None)
            for r in csv.DictReader(fh)
        }


def _official_sources(
    seeds_dir: Path,
) -> dict[tuple[str, str, str], tuple[str | None, str | None, str | None]]:
    """(person_key, jurisdiction, election) -> (source, note, name_hanja): columns `Official` does not carry."""
    with (seeds_dir / "officials.csv").open(encoding="utf-8-sig", newline="") as fh:
        return {
            (r["person_key"].strip(), r["jurisdiction_code"].strip(), _election(r.get("election"), r)): (
                r.get("source") or None,
                r.get("note") or None,
                r.get("name_hanja") or None,
            )
            for r in csv.DictReader(fh)
        }


def _election(election: str | None, row: dict | None = None) -> str:
    """Terms are keyed by how they began; an acting stint without a label is keyed by its start."""
    label = (election or "").strip()
    if not label:
        start = (row or {}).get("term_start") or ""
        label = f"unlabelled {start}".strip()
    return label


def _script(name: str) -> str:
    if re.search(r"[가-힣]", name):
        return "hangul"
    if re.search(r"[\u4e00-\u9fff]", name):
        return "hanja"
    return "latin"


def seed(session: Session, reference: Reference | None = None, seeds_dir: Path = SEEDS_DIR) -> SeedCounts:
    """Bring the reference tables in line with the seed files."""
    reference = reference or load_reference(seeds_dir)
    counts = SeedCounts()
    _seed_jurisdictions(session, reference, seeds_dir, counts)
    _seed_policies(session, reference, counts)
    _seed_officials(session, reference.officials, seeds_dir, counts)
    session.flush()
    return counts


def _seed_jurisdictions(session: Session, reference: Reference, seeds_dir: Path, counts: SeedCounts) -> None:
    sources = _jurisdiction_sources(seeds_dir)
    rows = {j.code: j for j in session.scalars(select(m.Jurisdiction))}
    # Parents first, so that the self-referencing foreign key holds at every insert.
    for j in sorted(reference.jurisdictions, key=lambda j: (j.parent_code is not None, j.code)):
        code_system, source = sources.get(j.code, (None, None))
        _upsert(
            session,
            counts,
            rows,
            m.Jurisdiction,
            j.code,
            {
                "name_ko": j.name_ko,
                "name_en": j.name_en,
                "short_names": ";".join(j.short_names) or None,
                "level": j.level,
                "kind": j.kind,
                "parent_code": j.parent_code,
                "valid_from": j.valid_from,
                "valid_to": j.valid_to,
                "code_system": code_system,
                "source": source,
            },
        )
    session.flush()


def _seed_policies(session: Session, reference: Reference, counts: SeedCounts) -> None:
    domains = {d.slug: d for d in session.scalars(select(m.Domain))}
    for d in reference.domains:
        values = {"name_ko": d["name_ko"], "name_en": d["name_en"]}
        _upsert(session, counts, domains, m.Domain, d["slug"], values)
    session.flush()
    policies = {p.slug: p for p in session.scalars(select(m.Policy))}
    keywords: dict[str, dict[str, m.PolicyKeyword]] = {}
    for k in session.scalars(select(m.PolicyKeyword)):
        keywords.setdefault(k.policy_slug, {})[k.keyword] = k
    for p in sorted(reference.policies, key=lambda p: p.parent is not None):
        values = {
            "name_ko": p.name_ko,
            "name_en": p.name_en,
            "domain_slug": p.domain,
            "cap_subtopic": p.cap,
            "parent_slug": p.parent,
        }
        _upsert(session, counts, policies, m.Policy, p.slug, values)
        wanted = set(p.keywords)
        have = keywords.get(p.slug, {})
        for keyword in sorted(wanted - have.keys()):
            session.add(m.PolicyKeyword(policy_slug=p.slug, keyword=keyword))
            counts.bump("inserted", "policy_keywords")
        for keyword in have.keys() - wanted:
            session.delete(have[keyword])
            counts.bump("deleted", "policy_keywords")
    session.flush()


def _seed_officials(
    session: Session, officials: tuple[Official, ...], seeds_dir: Path, counts: SeedCounts
) -> None:
    extra = _official_sources(seeds_dir)
    people = {p.key: p for p in session.scalars(select(m.Person))}
    names: dict[str, set[str]] = {}
    for n in session.scalars(select(m.PersonName)):
        names.setdefault(n.person_key, set()).add(n.name)
    posts = {(p.jurisdiction_code, p.role): p for p in session.scalars(select(m.Post))}
    terms = {
        (t.person_key, t.post.jurisdiction_code, t.post.role, t.election): t
        for t in session.scalars(select(m.Term).options(selectinload(m.Term.post)))
    }
    listed: list[m.Term] = []
    with session.no_autoflush:
        for o in officials:
            election = _election(o.election, {"term_start": o.start.isoformat() if o.start else ""})
            source, note, hanja = extra.get((o.person_key, o.jurisdiction_code, election), (None, None, None))
            values = {"name_ko": o.name_ko, "name_en": o.name_en, "verified": True}
            person = _upsert(
                session,
                counts,
                people,
                m.Person,
                o.person_key,
                values | ({"name_hanja": hanja} if hanja else {}),
            )
            wanted = {(o.name_ko, "official")} | {(a, "alias") for a in o.aliases}
            wanted |= {(n, "official") for n in (o.name_en, hanja) if n}
            have = names.setdefault(o.person_key, set())
            for name, kind in sorted(wanted):
                if name and name not in have:
                    session.add(
                        m.PersonName(person_key=o.person_key, name=name, script=_script(name), kind=kind)
                    )
                    have.add(name)
                    counts.bump("inserted", "person_names")
            post = posts.get((o.jurisdiction_code, o.role))
            if post is None:
                post = m.Post(title_ko=o.post_title, role=o.role, jurisdiction_code=o.jurisdiction_code)
                session.add(post)
                posts[(o.jurisdiction_code, o.role)] = post
                counts.bump("inserted", "posts")
            elif post.title_ko != o.post_title and not o.acting:
                post.title_ko = o.post_title
                counts.bump("updated", "posts")
            values = {
                # Blank dates of regular terms are filled by rule (1 July of the election year to 30 June
                # four years later), so that SQL over terms needs no rule of its own.
                "start_date": o.effective_start,
                "end_date": o.effective_end,
                "party": o.party,
                "acting": o.acting,
                "verified": True,
                "source": source,
                "note": note,
            }
            key = (o.person_key, o.jurisdiction_code, o.role, election)
            term = terms.get(key)
            if term is None:
                term = m.Term(person=person, post=post, election=election, **values)
                session.add(term)
                terms[key] = term
                counts.bump("inserted", "terms")
            else:
                _update(term, values, counts, "terms")
            listed.append(term)
    session.flush()
    # Seeded terms that the seed file no longer lists are gone; provisional ones (verified=False) stay.
    keep = {id(t) for t in listed}
    for term in terms.values():
        if term.verified and id(term) not in keep:
            session.delete(term)
            counts.bump("deleted", "terms")
    session.flush()
