"""The worker side of ingest: clean and extract records in processes that never touch the database.

Kept apart from `tracker.store.ingest` so that worker processes import only reading, cleaning and
extraction (not SQLAlchemy): a forkserver preloads this module, so each worker starts as a fork of a
process that has already imported it and only has to build its own Kiwi.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from tracker.clean import clean
from tracker.clean.article import CleanArticle
from tracker.errors import InputError
from tracker.extract import run
from tracker.extract.types import Extraction
from tracker.read.record import InputRecord
from tracker.reference import Reference


@dataclass(frozen=True)
class Skipped:
    """A record the parent needs no work for (its text is stored already by this extractor version): it
    passes through the pipeline in its place without being cleaned or extracted."""

    source: str
    article_id: int
    headline: str | None


# What goes into the pipeline: records to process, and reading errors and skipped records to pass on.
Item = InputRecord | InputError | Skipped


@dataclass(frozen=True)
class Processed:
    """A record after cleaning and extraction, ready to store."""

    record: InputRecord
    sha256: str
    article: CleanArticle
    extraction: Extraction


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def process(record: InputRecord, reference: Reference) -> Processed:
    """Clean and extract one record (pure; runs in a worker)."""
    article = clean(record, reference)
    if not article.text.strip() and not article.meta.headline:
        raise InputError(record.source, "no article text left after removing boilerplate")
    return Processed(record, sha256_of(record.raw), article, run(article, reference))


_worker_reference: Reference | None = None


def _init_worker(reference: Reference) -> None:
    """Runs once per worker: keep the reference and make sure Kiwi has made its first call (done already
    when the worker is forked from the forkserver, see `worker_preload`; not under spawn)."""
    global _worker_reference
    _worker_reference = reference
    from tracker.extract.kiwi import get_kiwi, use_threads

    use_threads(0)  # the parallelism is the worker processes: each analyses in its own thread, no pool
    get_kiwi().split_into_sents("모형을 미리 읽는다.")


def start_workers(workers: int) -> None:
    """Start the forkserver (imports, Kiwi's model) now, so that it works while the parent is still
    setting up; `pipeline` forks its workers from it. Nothing to do for one worker."""
    if workers > 1 and isinstance(_context(), multiprocessing.context.ForkServerContext):
        from multiprocessing import forkserver

        forkserver.ensure_running()


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


def pipeline(
    items: Iterable[Item], reference: Reference, workers: int
) -> Iterator[Processed | InputError | Skipped]:
    """Processed records in input order, errors and skipped records in their places. With workers, a
    bounded number of chunks stay in flight so that the workers never wait for the parent to finish
    storing, and memory stays bounded; a chunk with nothing to process never reaches a worker."""
    if workers <= 1:
        for item in items:
            yield _safe_process(item, reference) if isinstance(item, InputRecord) else item
        return
    context = _context()
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(reference,)
    ) as pool:
        in_flight: deque[_Pending] = deque()
        for chunk in _chunks(items, CHUNK):
            records = [item for item in chunk if isinstance(item, InputRecord)]
            if not records and not in_flight:
                yield from chunk  # nothing to wait for: errors and skipped records go on at once
                continue
            if records:
                future = pool.submit(_process_chunk, records)
            else:  # only errors and skipped records, behind chunks still in a worker: keep their place
                future = Future()
                future.set_result([])
            in_flight.append(_Pending(future, chunk))
            while len(in_flight) > IN_FLIGHT_PER_WORKER * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


CHUNK = 4  # records per task: few enough to keep every worker busy, enough to amortise the hand-over
IN_FLIGHT_PER_WORKER = 4


@dataclass(frozen=True)
class _Pending:
    """A chunk on its way through a worker; reading errors in it keep their place in the output."""

    future: Future[list[_Done | InputError]]
    chunk: list[Item]

    def result(self) -> list[Processed | InputError | Skipped]:
        done = iter(self.future.result())
        results: list[Processed | InputError | Skipped] = []
        for item in self.chunk:
            if not isinstance(item, InputRecord):
                results.append(item)
                continue
            result = next(done)
            results.append(result if isinstance(result, InputError) else Processed(item, *result))
        return results


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


_Done = tuple[str, CleanArticle, Extraction]  # a Processed without its record, which the parent has


def _process_chunk(records: list[InputRecord]) -> list[_Done | InputError]:
    """Process records in a worker; the records themselves (raw bytes and text) are not sent back."""
    results: list[_Done | InputError] = []
    for record in records:
        done = _process_in_worker(record)
        results.append(done if isinstance(done, InputError) else (done.sha256, done.article, done.extraction))
    return results


def _context() -> multiprocessing.context.BaseContext:
    """A forkserver that has imported this module (not `__main__`, which for the CLI is all of Typer and
    rich): workers fork from it and skip the imports. Never a plain fork of the parent, whose Kiwi (if
    it has one) runs threads that a child would inherit half-initialised. The forkserver also builds
    Kiwi's model (`worker_preload`), which every worker then shares. Spawn where there is no forkserver."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__, "tracker.store.worker_preload"])
    return context
