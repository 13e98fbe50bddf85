"""Ingest: input records -> clean -> extract -> store (a few dozen articles per transaction, an article
never half-written), with a run record.

Cleaning and extraction (the CPU-heavy part, mostly Kiwi) run in worker processes
(`tracker.store.workers`); every database write happens here, in the parent (`_Batch`), so that a
failure never leaves an article half-written and never touches what is already stored.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Engine, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from tracker.db import models as m
from tracker.db.base import utcnow
from tracker.db.session import transaction
from tracker.errors import InputError
from tracker.extract import EXTRACTOR_VERSION
from tracker.extract.types import Extraction, ProvisionalOfficial
from tracker.read.record import InputRecord
from tracker.store.registry import load_reference_from_db
from tracker.store.workers import Item, Processed, Skipped, pipeline, sha256_of, start_workers

SEOUL = ZoneInfo("Asia/Seoul")


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


def database_files(engine: Engine) -> frozenset[Path]:
    """The files of an SQLite database (the database, its write-ahead log, shared memory and rollback
    journal): `tracker ingest . --db sqlite:///./tracker.db` must not read its own database as an article."""
    name = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return frozenset()
    if name.startswith("file:"):  # a URI filename ('file:t.db?mode=ro'): the path before its query
        name = name.removeprefix("file:").split("?", 1)[0]
    path = Path(name).resolve()
    return frozenset({path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))})


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
    start_workers(workers)  # Kiwi's model loads there while the parent reads the registry below
    with transaction(engine) as session:
        reference = load_reference_from_db(session)
        run_id = None
        if not dry_run:
            run = m.IngestRun(inputs=list(paths), extractor_version=EXTRACTOR_VERSION, errors=[])
            session.add(run)
            session.flush()
            run_id = run.id
        known = _Known.load(session)
    result = IngestResult(run_id=run_id, dry_run=dry_run)
    records = iter_records(paths, stdin=stdin, max_bytes=max_bytes, skip=database_files(engine))
    items = _unstored(records, engine)
    with engine.connect() as connection:
        batch = _Batch(connection, run_id, dry_run, known)
        for item in pipeline(items, reference, workers):
            for outcome in batch.add(item):
                result.outcomes.append(outcome)
                if on_outcome:
                    on_outcome(outcome)
        for outcome in batch.finish():
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


@dataclass
class _Known:
    """What the database already has, loaded once per run so that storing an article costs a few
    statements, not full-table reads. Additions count only once their transaction has committed."""

    codes: set[str]
    people: set[str]
    outlets: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> _Known:
        return cls(
            codes=set(session.scalars(select(m.Jurisdiction.code))),
            people=set(session.scalars(select(m.Person.key))),
            outlets={name: id_ for id_, name in session.execute(select(m.Outlet.id, m.Outlet.name))},
        )


def _unstored(items: Iterable[Item], engine: Engine) -> Iterator[Item]:
    """The records as read, with those whose text this extractor version has stored already turned into
    `Skipped`: re-running ingest over a folder costs a hash and a lookup per known article, not its
    extraction. (The check at storing time stays: a text twice in one run is caught there.)"""
    with engine.connect() as lookup:
        for item in items:
            if isinstance(item, InputRecord):
                stored = lookup.execute(_FIND_ARTICLE, {"sha256": sha256_of(item.raw)}).first()
                lookup.rollback()  # hold no read snapshot open while the run writes
                if stored is not None and stored.extractor_version == EXTRACTOR_VERSION:
                    yield Skipped(item.source, stored.id, stored.headline)
                    continue
            yield item


BATCH = 32  # articles per transaction: storing in batches takes a sixth less CPU and a fifth less time
BATCH_SECONDS = 1.0  # and no article waits longer than this for its commit (the progress bar moves)


class _Batch:
    """Stores articles on the run's one connection, several per transaction: committing each article
    alone cost a sixth of its CPU and a fifth of its time in the parent. Nothing is ever half-written all the same: when an article
    fails, the whole batch is rolled back and its articles are stored again one per transaction, so
    that the failing one fails alone. Outcomes are given out in input order once their articles are
    committed (reading errors and skipped records that arrive meanwhile wait for the batch)."""

    def __init__(self, connection: Connection, run_id: int | None, dry_run: bool, known: _Known) -> None:
        self.connection, self.run_id, self.dry_run, self.known = connection, run_id, dry_run, known
        self.stored = 0  # articles written in the open transaction
        self.entries: list[tuple[Processed | None, Outcome]] = []  # in input order
        self.added = _Known(set(), set(), {})
        self.started = 0.0

    def add(self, item: Processed | InputError | Skipped) -> list[Outcome]:
        """The outcomes that are final now: this item's, or a committed batch's."""
        if isinstance(item, InputError):
            return self._pass(Outcome(item.source, "failed", str(item)))
        if isinstance(item, Skipped):
            return self._pass(
                Outcome(item.source, "duplicate", "already stored", item.article_id, item.headline)
            )
        if not self.stored:
            self.connection.begin()
            self.started = time.monotonic()
        self.stored += 1
        try:
            outcome = _store_article(self.connection, item, self.run_id, self.known, self.added)
        except Exception:
            self.connection.rollback()
            return self._one_by_one(item)
        self.entries.append((item, outcome))
        if self.stored >= BATCH or time.monotonic() - self.started >= BATCH_SECONDS:
            return self.finish()
        return []

    def finish(self) -> list[Outcome]:
        """Commit the batch (roll it back under --dry-run) and give out its outcomes."""
        if self.stored:
            if self.dry_run:
                self.connection.rollback()  # --dry-run: everything ran, nothing stays
            else:
                self.connection.commit()
                self.known.people |= self.added.people
                self.known.outlets |= self.added.outlets
        return self._reset([outcome for _, outcome in self.entries])

    def _pass(self, outcome: Outcome) -> list[Outcome]:
        if not self.stored:
            return [outcome]
        self.entries.append((None, outcome))
        return []

    def _one_by_one(self, failed: Processed) -> list[Outcome]:
        """After a failure: every article of the rolled-back batch in its own transaction, in order."""
        outcomes = [
            outcome
            if item is None
            else _store_alone(self.connection, item, self.run_id, self.dry_run, self.known)
            for item, outcome in self.entries
        ]
        outcomes.append(_store_alone(self.connection, failed, self.run_id, self.dry_run, self.known))
        return self._reset(outcomes)

    def _reset(self, outcomes: list[Outcome]) -> list[Outcome]:
        self.stored, self.entries = 0, []
        self.added = _Known(set(), set(), {})
        return outcomes


def _store_alone(
    connection: Connection, item: Processed, run_id: int | None, dry_run: bool, known: _Known
) -> Outcome:
    """Store one article in its own transaction: what is stored before and after it is untouched."""
    added = _Known(set(), set(), {})
    transaction_ = connection.begin()
    try:
        outcome = _store_article(connection, item, run_id, known, added)
        if dry_run:
            transaction_.rollback()
        else:
            transaction_.commit()
            known.people |= added.people
            known.outlets |= added.outlets
        return outcome
    except Exception as exc:
        transaction_.rollback()  # nothing of this article is stored; what was stored before is untouched
        return Outcome(
            item.record.source, "failed", f"{item.record.source}: not stored: {type(exc).__name__}: {exc}"
        )


# Statements built once: executing the same objects hits SQLAlchemy's compiled cache directly.
_ARTICLES, _CLAIMS = m.Article.__table__, m.Claim.__table__
_MENTIONS, _ARTICLE_OFFICIALS = m.Mention.__table__, m.ArticleOfficial.__table__
_CLAIM_POLICIES, _CLAIM_QUANTITIES = m.ClaimPolicy.__table__, m.ClaimQuantity.__table__
_FIND_ARTICLE = select(_ARTICLES.c.id, _ARTICLES.c.extractor_version, _ARTICLES.c.headline).where(
    _ARTICLES.c.sha256 == bindparam("sha256")
)
_INSERT_ARTICLE = insert(_ARTICLES).returning(_ARTICLES.c.id)
# Claim ids, in the order of the rows: PostgreSQL batches `RETURNING` with the order kept; SQLite would
# run one statement per claim for it, so there the rows go in as one executemany and the ids are read
# back ascending (SQLite gives each new row the largest rowid + 1, so ascending is insertion order).
_INSERT_CLAIMS_RETURNING = insert(_CLAIMS).returning(_CLAIMS.c.id, sort_by_parameter_order=True)
_INSERT_CLAIMS = insert(_CLAIMS)
_CLAIM_IDS = (
    select(_CLAIMS.c.id).where(_CLAIMS.c.article_id == bindparam("article_id")).order_by(_CLAIMS.c.id)
)


def _store_article(
    connection: Connection, item: Processed, run_id: int | None, known: _Known, added: _Known
) -> Outcome:
    """Write one article with its mentions and claims in bulk statements."""
    record, meta, extraction = item.record, item.article.meta, item.extraction
    existing = connection.execute(_FIND_ARTICLE, {"sha256": item.sha256}).first()
    if existing is not None and existing.extractor_version == extraction.extractor_version:
        return Outcome(record.source, "duplicate", "already stored", existing.id, existing.headline)
    values = {
        "source": record.source,
        "format": record.format,
        "encoding": record.encoding,
        "raw_text": record.text,
        "clean_text": item.article.text,
        "headline": meta.headline,
        "subheadline": meta.subheadline,
        "reporter": meta.reporter,
        "outlet_id": _outlet(connection, meta.outlet, known, added),
        "url": meta.url,
        "published_at": meta.published_at,
        "published_date": meta.published_at.astimezone(SEOUL).date() if meta.published_at else None,
        "published_precision": meta.published_precision,
        "jurisdiction_code": meta.jurisdiction_code if meta.jurisdiction_code in known.codes else None,
        "extractor_version": extraction.extractor_version,
        "ingest_run_id": run_id,
        "search_text": extraction.search_text,
    }
    if existing is not None:  # a new extractor version: replace what the old one extracted
        article_id = existing.id
        connection.execute(update(_ARTICLES).where(_ARTICLES.c.id == article_id).values(values))
        for table in (_CLAIMS, _MENTIONS, _ARTICLE_OFFICIALS):  # claim policies/quantities cascade
            connection.execute(delete(table).where(table.c.article_id == article_id))
    else:
        article_id = connection.execute(_INSERT_ARTICLE, {"sha256": item.sha256, **values}).scalar_one()
    people = known.people  # copied only when this batch registers someone new
    if extraction.provisional_officials or added.people:
        people = people | added.people
    for official in extraction.provisional_officials:
        if official.person_key not in people and official.jurisdiction_code in known.codes:
            _register_provisional(connection, official, article_id)
            people.add(official.person_key)
            added.people.add(official.person_key)
    if extraction.mentions:
        connection.execute(
            insert(_MENTIONS),
            [
                {
                    "article_id": article_id,
                    "person_key": x.person_key if x.person_key in people else None,
                    "text": x.text,
                    "start_offset": x.start,
                    "end_offset": x.end,
                    "status": x.status,
                    "name_text": x.name,
                    "title_text": x.title,
                    "candidates": ";".join(x.candidates) or None,
                }
                for x in extraction.mentions
            ],
        )
    named = [k for k in extraction.officials if k in people]
    named += [x.person_key for x in extraction.mentions if x.person_key in people]
    if named:
        connection.execute(
            insert(_ARTICLE_OFFICIALS),
            [{"article_id": article_id, "person_key": k} for k in dict.fromkeys(named)],
        )
    if extraction.claims:
        _insert_claims(connection, article_id, extraction, people, known.codes)
    status = "reextracted" if existing is not None else "new"
    return Outcome(record.source, status, "", article_id, meta.headline, len(extraction.claims))


def _insert_claims(
    connection: Connection, article_id: int, extraction: Extraction, people: set[str], codes: set[str]
) -> None:
    rows = [
        {
            "article_id": article_id,
            "text": c.text,
            "start_offset": c.start,
            "end_offset": c.end,
            "speaker_key": c.speaker_key if c.speaker_key in people else None,
            "speaker_text": c.speaker_text,
            "jurisdiction_code": c.jurisdiction_code if c.jurisdiction_code in codes else None,
            "claim_date": c.date,
            "date_precision": c.date_precision,
            "period_start": c.period_start,
            "period_end": c.period_end,
            "period_text": c.period_text,
            "kind": c.kind,
            "confidence": c.confidence,
            "extractor_version": extraction.extractor_version,
            "search_text": c.search_text,
        }
        for c in extraction.claims
    ]
    if connection.dialect.name == "sqlite":
        connection.execute(_INSERT_CLAIMS, rows)
        ids = connection.execute(_CLAIM_IDS, {"article_id": article_id}).scalars().all()
    else:
        ids = connection.execute(_INSERT_CLAIMS_RETURNING, rows).scalars().all()
    policies = [
        {"claim_id": id_, "policy_slug": slug}
        for id_, c in zip(ids, extraction.claims, strict=True)
        for slug in dict.fromkeys(c.policies)
    ]
    if policies:
        connection.execute(insert(_CLAIM_POLICIES), policies)
    quantities = [
        {
            "claim_id": id_,
            "value": q.value,
            "unit": q.unit,
            "text": q.text,
            "start_offset": q.start,
            "end_offset": q.end,
        }
        for id_, c in zip(ids, extraction.claims, strict=True)
        for q in c.quantities
    ]
    if quantities:
        connection.execute(insert(_CLAIM_QUANTITIES), quantities)


def _outlet(connection: Connection, name: str | None, known: _Known, added: _Known) -> int | None:
    if not name:
        return None
    outlet_id = known.outlets.get(name, added.outlets.get(name))
    if outlet_id is None:
        outlets = m.Outlet.__table__
        outlet_id = connection.execute(insert(outlets).values(name=name).returning(outlets.c.id)).scalar_one()
        added.outlets[name] = outlet_id
    return outlet_id


def _register_provisional(connection: Connection, official: ProvisionalOfficial, article_id: int) -> None:
    """A full name + head title the registry lacks: keep the person, flagged unverified, for review."""
    people, names = m.Person.__table__, m.PersonName.__table__
    posts, terms = m.Post.__table__, m.Term.__table__
    connection.execute(
        insert(people).values(
            key=official.person_key, name_ko=official.name_ko, verified=False, source_article_id=article_id
        )
    )
    connection.execute(
        insert(names).values(
            person_key=official.person_key, name=official.name_ko, script="hangul", kind="official"
        )
    )
    post_id = connection.scalar(
        select(posts.c.id).where(
            posts.c.jurisdiction_code == official.jurisdiction_code, posts.c.role == "head"
        )
    )
    if post_id is None:
        post_id = connection.execute(
            insert(posts)
            .values(title_ko=official.post_title, role="head", jurisdiction_code=official.jurisdiction_code)
            .returning(posts.c.id)
        ).scalar_one()
    seen: date | None = official.seen_on
    connection.execute(
        insert(terms).values(
            person_key=official.person_key,
            post_id=post_id,
            election="provisional",
            verified=False,
            source=f"article {article_id}" + (f", seen in office on {seen.isoformat()}" if seen else ""),
            note="registered from an article; not checked against a public source",
        )
    )
