"""Load `seeds/` into the reference tables. Idempotent: a second run changes nothing, an edited seed
file updates rows in place (matched on their natural keys), never duplicates them."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

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


def _upsert(session: Session, counts: SeedCounts, model: type, key: dict, values: dict) -> object:
    """Insert a row, or update the columns that differ. Returns the row."""
    row = session.get(model, tuple(key.values()) if len(key) > 1 else next(iter(key.values())))
    table = model.__tablename__
    if row is None:
        row = model(**key, **values)
        session.add(row)
        counts.bump("inserted", table)
        return row
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    if changed:
        counts.bump("updated", table)
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
    # Parents first, so that the self-referencing foreign key holds at every insert.
    for j in sorted(reference.jurisdictions, key=lambda j: (j.parent_code is not None, j.code)):
        code_system, source = sources.get(j.code, (None, None))
        _upsert(
            session,
            counts,
            m.Jurisdiction,
            {"code": j.code},
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
    for d in reference.domains:
        _upsert(
            session, counts, m.Domain, {"slug": d["slug"]}, {"name_ko": d["name_ko"], "name_en": d["name_en"]}
        )
    session.flush()
    for p in sorted(reference.policies, key=lambda p: p.parent is not None):
        _upsert(
            session,
            counts,
            m.Policy,
            {"slug": p.slug},
            {
                "name_ko": p.name_ko,
                "name_en": p.name_en,
                "domain_slug": p.domain,
                "cap_subtopic": p.cap,
                "parent_slug": p.parent,
            },
        )
        session.flush()
        wanted = set(dict.fromkeys(p.keywords))
        have = {
            k.keyword: k
            for k in session.scalars(select(m.PolicyKeyword).where(m.PolicyKeyword.policy_slug == p.slug))
        }
        for keyword in wanted - have.keys():
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
    posts: dict[tuple[str, str], m.Post] = {
        (p.jurisdiction_code, p.role): p for p in session.scalars(select(m.Post))
    }
    seeded_terms: set[int] = set()
    for o in officials:
        election = _election(o.election, {"term_start": o.start.isoformat() if o.start else ""})
        source, note, hanja = extra.get((o.person_key, o.jurisdiction_code, election), (None, None, None))
        person = _upsert(
            session,
            counts,
            m.Person,
            {"key": o.person_key},
            {"name_ko": o.name_ko, "name_en": o.name_en, "verified": True}
            | ({"name_hanja": hanja} if hanja else {}),
        )
        session.flush()
        names = {(o.name_ko, "official")} | {(a, "alias") for a in o.aliases}
        if o.name_en:
            names.add((o.name_en, "official"))
        if hanja:
            names.add((hanja, "official"))
        have = {
            n.name
            for n in session.scalars(select(m.PersonName).where(m.PersonName.person_key == o.person_key))
        }
        for name, kind in sorted(names):
            if name and name not in have:
                session.add(m.PersonName(person_key=o.person_key, name=name, script=_script(name), kind=kind))
                have.add(name)
                counts.bump("inserted", "person_names")
        post = posts.get((o.jurisdiction_code, o.role))
        if post is None:
            post = m.Post(title_ko=o.post_title, role=o.role, jurisdiction_code=o.jurisdiction_code)
            session.add(post)
            session.flush()
            posts[(o.jurisdiction_code, o.role)] = post
            counts.bump("inserted", "posts")
        elif post.title_ko != o.post_title and not o.acting:
            post.title_ko = o.post_title
            counts.bump("updated", "posts")
        term = session.scalar(
            select(m.Term).where(
                m.Term.person_key == person.key, m.Term.post_id == post.id, m.Term.election == election
            )
        )
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
        if term is None:
            term = m.Term(person_key=person.key, post_id=post.id, election=election, **values)
            session.add(term)
            counts.bump("inserted", "terms")
        else:
            if any(getattr(term, k) != v for k, v in values.items()):
                counts.bump("updated", "terms")
            for k, v in values.items():
                setattr(term, k, v)
        session.flush()
        seeded_terms.add(term.id)
    # Seeded terms that the seed file no longer lists are gone; provisional ones (verified=False) stay.
    for term in session.scalars(select(m.Term).where(m.Term.verified.is_(True))):
        if term.id not in seeded_terms:
            session.delete(term)
            counts.bump("deleted", "terms")
