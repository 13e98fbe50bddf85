"""Ingest: input records -> clean -> extract -> one transaction per article, with a run record.

Cleaning and extraction (the CPU-heavy part, mostly Kiwi) run in worker processes; every database
write happens here, in the parent, one article per transaction, so that a failure never leaves an
article half-written and never touches what is already stored.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tracker.clean.article import CleanArticle
from tracker.db import models as m
from tracker.db.base import utcnow
from tracker.db.session import session_factory, transaction
from tracker.errors import InputError
from tracker.extract import EXTRACTOR_VERSION
from tracker.extract.types import Extraction, ProvisionalOfficial
from tracker.read.record import InputRecord
from tracker.reference import Reference
from tracker.store.registry import load_reference_from_db

SEOUL = ZoneInfo("Asia/Seoul")


@dataclass(frozen=True)
class Processed:
    """A record after cleaning and extraction, ready to store."""

    record: InputRecord
    sha256: str
    article: CleanArticle
    extraction: Extraction


@dataclass(frozen=True)
class Outcome:
    source: str
    status: str  # 'new' | 'duplicate' | 'reextracted' | 'failed'
    message: str = ""
    article_id: int | None = None
    headline: str | None = None
    claims: int = 0


@dataclass
class IngestResult:
    run_id: int | None
    dry_run: bool
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> bool:
        return self.count("failed") > 0

    @property
    def errors(self) -> list[str]:
        return [o.message for o in self.outcomes if o.status == "failed"]


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def process(record: InputRecord, reference: Reference) -> Processed:
    """Clean and extract one record (pure; runs in a worker)."""
    from tracker.clean import clean
    from tracker.extract import run

    article = clean(record, reference)
    if not article.text.strip() and not article.meta.headline:
        raise InputError(record.source, "no article text left after removing boilerplate")
    return Processed(record, sha256_of(record.raw), article, run(article, reference))


_worker_reference: Reference | None = None


def _init_worker(reference: Reference) -> None:
    global _worker_reference
    _worker_reference = reference


def _process_in_worker(record: InputRecord) -> Processed | InputError:
    assert _worker_reference is not None
    return _safe_process(record, _worker_reference)


def _safe_process(record: InputRecord, reference: Reference) -> Processed | InputError:
    try:
        return process(record, reference)
    except InputError as exc:
        return exc
    except Exception as exc:  # one bad article must not stop the batch
        return InputError(record.source, f"could not be processed: {type(exc).__name__}: {exc}")


def _pipeline(
    items: Iterable[InputRecord | InputError], reference: Reference, workers: int
) -> Iterator[Processed | InputError]:
    if workers <= 1:
        for item in items:
            yield item if isinstance(item, InputError) else _safe_process(item, reference)
        return
    # spawn, not fork: a forked child would inherit a half-initialised Kiwi (and its threads) from the parent.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(reference,)
    ) as pool:
        # Errors from reading pass straight through; records are processed in order, in chunks.
        batch: list[InputRecord | InputError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= 16 * workers:
                yield from _run_batch(pool, batch)
                batch = []
        yield from _run_batch(pool, batch)


def _run_batch(
    pool: ProcessPoolExecutor, batch: list[InputRecord | InputError]
) -> Iterator[Processed | InputError]:
    records = [item for item in batch if isinstance(item, InputRecord)]
    results = iter(pool.map(_process_in_worker, records, chunksize=4))
    for item in batch:
        yield item if isinstance(item, InputError) else next(results)


def ingest(
    engine: Engine,
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    dry_run: bool = False,
    workers: int | None = None,
    max_bytes: int = 5_000_000,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestResult:
    """Read, clean, extract and store every article under `paths`; see the module docstring."""
    from tracker.read import iter_records

    workers = workers or os.cpu_count() or 1
    with transaction(engine) as session:
        reference = load_reference_from_db(session)
        run_id = None
        if not dry_run:
            run = m.IngestRun(inputs=list(paths), extractor_version=EXTRACTOR_VERSION, errors=[])
            session.add(run)
            session.flush()
            run_id = run.id
    result = IngestResult(run_id=run_id, dry_run=dry_run)
    items = iter_records(paths, stdin=stdin, max_bytes=max_bytes)
    for item in _pipeline(items, reference, workers):
        outcome = _store(engine, item, run_id, dry_run)
        result.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    if not dry_run:
        with transaction(engine) as session:
            run = session.get(m.IngestRun, run_id)
            assert run is not None
            run.finished_at = utcnow()
            run.new_count = result.count("new")
            run.duplicate_count = result.count("duplicate")
            run.reextracted_count = result.count("reextracted")
            run.failed_count = result.count("failed")
            run.errors = result.errors
    return result


def _store(engine: Engine, item: Processed | InputError, run_id: int | None, dry_run: bool) -> Outcome:
    if isinstance(item, InputError):
        return Outcome(item.source, "failed", str(item))
    session = session_factory(engine)()
    try:
        outcome = _store_article(session, item, run_id)
        if dry_run:
            session.rollback()  # --dry-run: everything ran, nothing stays
        else:
            session.commit()
        return outcome
    except Exception as exc:
        session.rollback()  # nothing of this article is stored; what was stored before is untouched
        return Outcome(
            item.record.source, "failed", f"{item.record.source}: not stored: {type(exc).__name__}: {exc}"
        )
    finally:
        session.close()


def _store_article(session: Session, item: Processed, run_id: int | None) -> Outcome:
    record, meta = item.record, item.article.meta
    existing = session.scalar(select(m.Article).where(m.Article.sha256 == item.sha256))
    if existing is not None and existing.extractor_version == item.extraction.extractor_version:
        return Outcome(record.source, "duplicate", "already stored", existing.id, existing.headline)
    known_codes = set(session.scalars(select(m.Jurisdiction.code)))
    article = existing or m.Article(sha256=item.sha256)
    article.source = record.source
    article.format = record.format
    article.encoding = record.encoding
    article.raw_text = record.text
    article.clean_text = item.article.text
    article.headline = meta.headline
    article.subheadline = meta.subheadline
    article.reporter = meta.reporter
    article.outlet = _outlet(session, meta.outlet)
    article.url = meta.url
    article.published_at = meta.published_at
    article.published_date = meta.published_at.astimezone(SEOUL).date() if meta.published_at else None
    article.published_precision = meta.published_precision
    article.jurisdiction_code = meta.jurisdiction_code if meta.jurisdiction_code in known_codes else None
    article.extractor_version = item.extraction.extractor_version
    article.ingest_run_id = run_id
    article.search_text = item.extraction.search_text
    if existing is not None:  # a new extractor version: replace what the old one extracted
        article.claims.clear()
        article.mentions.clear()
        article.officials.clear()
    session.add(article)
    session.flush()
    people = set(session.scalars(select(m.Person.key)))
    for official in item.extraction.provisional_officials:
        if official.person_key not in people:
            _register_provisional(session, official, article.id, known_codes)
            people.add(official.person_key)
    for mention in item.extraction.mentions:
        article.mentions.append(
            m.Mention(
                person_key=mention.person_key if mention.person_key in people else None,
                text=mention.text,
                start_offset=mention.start,
                end_offset=mention.end,
                status=mention.status,
                name_text=mention.name,
                title_text=mention.title,
                candidates=";".join(mention.candidates) or None,
            )
        )
    named = [k for k in item.extraction.officials if k in people]
    named += [x.person_key for x in item.extraction.mentions if x.person_key in people]
    article.officials = [m.ArticleOfficial(person_key=key) for key in dict.fromkeys(named)]
    for claim in item.extraction.claims:
        row = m.Claim(
            text=claim.text,
            start_offset=claim.start,
            end_offset=claim.end,
            speaker_key=claim.speaker_key if claim.speaker_key in people else None,
            speaker_text=claim.speaker_text,
            jurisdiction_code=claim.jurisdiction_code if claim.jurisdiction_code in known_codes else None,
            claim_date=claim.date,
            date_precision=claim.date_precision,
            period_start=claim.period_start,
            period_end=claim.period_end,
            period_text=claim.period_text,
            kind=claim.kind,
            confidence=claim.confidence,
            extractor_version=item.extraction.extractor_version,
            search_text=claim.search_text,
        )
        row.policies = [m.ClaimPolicy(policy_slug=slug) for slug in dict.fromkeys(claim.policies)]
        row.quantities = [
            m.ClaimQuantity(value=q.value, unit=q.unit, text=q.text, start_offset=q.start, end_offset=q.end)
            for q in claim.quantities
        ]
        article.claims.append(row)
    session.flush()
    status = "reextracted" if existing is not None else "new"
    return Outcome(record.source, status, "", article.id, article.headline, len(item.extraction.claims))


def _outlet(session: Session, name: str | None) -> m.Outlet | None:
    if not name:
        return None
    outlet = session.scalar(select(m.Outlet).where(m.Outlet.name == name))
    if outlet is None:
        outlet = m.Outlet(name=name)
        session.add(outlet)
    return outlet


def _register_provisional(
    session: Session, official: ProvisionalOfficial, article_id: int, known: set[str]
) -> None:
    """A full name + head title the registry lacks: keep the person, flagged unverified, for review."""
    if official.jurisdiction_code not in known:
        return
    session.add(
        m.Person(
            key=official.person_key, name_ko=official.name_ko, verified=False, source_article_id=article_id
        )
    )
    session.add(
        m.PersonName(person_key=official.person_key, name=official.name_ko, script="hangul", kind="official")
    )
    post = session.scalar(
        select(m.Post).where(m.Post.jurisdiction_code == official.jurisdiction_code, m.Post.role == "head")
    )
    if post is None:
        post = m.Post(title_ko=official.post_title, role="head", jurisdiction_code=official.jurisdiction_code)
        session.add(post)
    session.flush()
    seen: date | None = official.seen_on
    session.add(
        m.Term(
            person_key=official.person_key,
            post_id=post.id,
            election="provisional",
            verified=False,
            source=f"article {article_id}" + (f", seen in office on {seen.isoformat()}" if seen else ""),
            note="registered from an article; not checked against a public source",
        )
    )
