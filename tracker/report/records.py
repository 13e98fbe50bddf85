"""One flat record per claim / per article: the shapes of `tracker export claims|articles`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from tracker.db import models as m

SEOUL = ZoneInfo("Asia/Seoul")
BATCH = 500

CLAIM_FIELDS = (
    "id", "article_id", "article_source", "article_sha256", "text", "start", "end", "speaker", "speaker_name",
    "speaker_text", "jurisdiction", "date", "date_precision", "policies", "kind", "quantities", "confidence",
    "extractor_version", "review_status",
)  # fmt: skip
ARTICLE_FIELDS = (
    "id", "source", "sha256", "headline", "subheadline", "outlet", "reporter", "published", "jurisdiction",
    "officials", "official_names", "claim_count", "extractor_version",
)  # fmt: skip


def iter_claims(session: Session) -> Iterator[dict[str, Any]]:
    """Every claim, in id order, streamed in batches so memory stays flat."""
    names = dict(session.execute(select(m.Person.key, m.Person.name_ko)).all())
    last = 0
    while True:
        rows = session.scalars(
            select(m.Claim)
            .where(m.Claim.id > last)
            .order_by(m.Claim.id)
            .limit(BATCH)
            .options(
                selectinload(m.Claim.policies),
                selectinload(m.Claim.quantities),
                selectinload(m.Claim.article),
            )
        ).all()
        if not rows:
            return
        for c in rows:
            yield {
                "id": c.id,
                "article_id": c.article_id,
                "article_source": c.article.source,
                "article_sha256": c.article.sha256,
                "text": c.text,
                "start": c.start_offset,
                "end": c.end_offset,
                "speaker": c.speaker_key,
                "speaker_name": names.get(c.speaker_key) if c.speaker_key else None,
                "speaker_text": c.speaker_text,
                "jurisdiction": c.jurisdiction_code,
                "date": c.claim_date.isoformat() if c.claim_date else None,
                "date_precision": c.date_precision,
                "policies": [p.policy_slug for p in c.policies],
                "kind": c.kind,
                "quantities": [
                    {"value": _number(q.value), "unit": q.unit, "text": q.text} for q in c.quantities
                ],
                "confidence": c.confidence,
                "extractor_version": c.extractor_version,
                "review_status": c.review_status,
            }
        last = rows[-1].id
        session.expunge_all()


def iter_articles(session: Session) -> Iterator[dict[str, Any]]:
    names = dict(session.execute(select(m.Person.key, m.Person.name_ko)).all())
    counts = dict(
        session.execute(select(m.Claim.article_id, func.count()).group_by(m.Claim.article_id)).all()
    )
    last = 0
    while True:
        rows = session.scalars(
            select(m.Article)
            .where(m.Article.id > last)
            .order_by(m.Article.id)
            .limit(BATCH)
            .options(selectinload(m.Article.officials), selectinload(m.Article.outlet))
        ).all()
        if not rows:
            return
        for a in rows:
            officials = [o.person_key for o in a.officials]
            yield {
                "id": a.id,
                "source": a.source,
                "sha256": a.sha256,
                "headline": a.headline,
                "subheadline": a.subheadline,
                "outlet": a.outlet.name if a.outlet else None,
                "reporter": a.reporter,
                "published": published_iso(a),
                "jurisdiction": a.jurisdiction_code,
                "officials": officials,
                "official_names": [names.get(k) for k in officials],
                "claim_count": counts.get(a.id, 0),
                "extractor_version": a.extractor_version,
            }
        last = rows[-1].id
        session.expunge_all()


def published_iso(article: m.Article) -> str | None:
    """ISO 8601 in Asia/Seoul with offset, as precise as the source was."""
    if article.published_at is None:
        return None
    local = article.published_at.astimezone(SEOUL)
    if article.published_precision == "month":
        return local.strftime("%Y-%m")
    if article.published_precision == "day":
        return local.date().isoformat()
    spec = "minutes" if article.published_precision == "minute" else "seconds"
    return local.isoformat(timespec=spec)


def _number(value: Any) -> int | float:
    as_float = float(value)
    return int(as_float) if as_float.is_integer() else as_float
