"""Build a `Reference` from the database: the seeds plus officials registered from articles."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from tracker.db import models as m
from tracker.reference import Jurisdiction, Official, Policy, Reference, canonical


def load_reference_from_db(session: Session) -> Reference:
    jurisdictions = tuple(
        Jurisdiction(
            code=j.code,
            name_ko=j.name_ko,
            name_en=j.name_en,
            level=j.level,
            kind=j.kind,
            parent_code=j.parent_code,
            short_names=tuple(s for s in (j.short_names or "").split(";") if s),
            valid_from=j.valid_from,
            valid_to=j.valid_to,
        )
        for j in session.scalars(select(m.Jurisdiction).order_by(m.Jurisdiction.code))
    )
    terms = session.scalars(
        select(m.Term)
        .options(selectinload(m.Term.person).selectinload(m.Person.names), selectinload(m.Term.post))
        .order_by(m.Term.id)
    )
    officials = tuple(
        Official(
            person_key=t.person_key,
            name_ko=t.person.name_ko,
            post_title=t.post.title_ko,
            jurisdiction_code=t.post.jurisdiction_code,
            role=t.post.role,
            name_en=t.person.name_en,
            party=t.party,
            start=t.start_date,
            end=t.end_date,
            election=t.election,
            acting=t.acting,
            aliases=tuple(n.name for n in t.person.names if n.kind == "alias"),
            verified=t.verified,
        )
        for t in terms
    )
    policies = tuple(
        Policy(
            slug=p.slug,
            name_ko=p.name_ko,
            name_en=p.name_en,
            domain=p.domain_slug,
            cap=p.cap_subtopic,
            keywords=tuple(k.keyword for k in sorted(p.keywords, key=lambda k: k.id)),
            parent=p.parent_slug,
        )
        for p in session.scalars(
            select(m.Policy).options(selectinload(m.Policy.keywords)).order_by(m.Policy.slug)
        )
    )
    domains = tuple(
        {"slug": d.slug, "name_ko": d.name_ko, "name_en": d.name_en}
        for d in session.scalars(select(m.Domain))
    )
    return canonical(
        Reference(jurisdictions=jurisdictions, officials=officials, policies=policies, domains=domains)
    )
