"""Benchmark: `tracker ingest` end to end against raw Kiwi on the same texts (prints figures).

Builds N articles by repeating the sample corpus (each copy made unique by a trailing line, so that
every one is a new article), then measures in one run:
  1. raw Kiwi: sentence splitting + tokenisation of the same clean texts, paragraph by paragraph,
     with the same number of workers (Kiwi's own num_workers), model load included;
  2. tracker ingest: read -> clean -> extract -> store in a fresh SQLite database, same workers
     (worker start-up, which loads Kiwi in each, included).
and prints articles/s and characters/s of each and their ratio (target: ingest >= 0.7 of raw Kiwi).
Then, in this one process and one thread, where an article's time goes (`--breakdown N`, default 200
articles): Kiwi alone, cleaning, the rest of extraction, and storing in the parent.

    .venv/bin/python bench/ingest_speed.py --articles 1000 --workers 2
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "seeds" / "corpus" / "articles"


def build_inputs(folder: Path, n: int) -> list[Path]:
    sources = sorted(CORPUS.iterdir())
    paths = []
    for i in range(n):
        src = sources[i % len(sources)]
        raw = src.read_bytes()
        dst = folder / f"{i:05d}-{src.name}"
        dst.write_bytes(raw + f"\n\n(사본 {i})\n".encode())
        paths.append(dst)
    return paths


def clean_texts(paths: list[Path]) -> list[str]:
    from tracker.clean import clean
    from tracker.read import iter_records
    from tracker.reference import load_reference

    reference = load_reference()
    texts = []
    for record in iter_records([str(p) for p in paths]):
        if not isinstance(record, Exception):
            texts.append(clean(record, reference).text)
    return texts


def raw_kiwi(texts: list[str], workers: int) -> tuple[float, float]:
    """Seconds in all, and seconds until the first result (model load and start-up)."""
    from kiwipiepy import Kiwi

    paragraphs = [p for t in texts for p in t.split("\n\n") if p.strip()]
    # Kiwi's model load is timed too: ingest's time includes starting its workers and their Kiwi.
    start = time.perf_counter()
    first = None
    kiwi = Kiwi(num_workers=workers, load_typo_dict=False, load_multi_dict=False)
    for _ in kiwi.split_into_sents(paragraphs, return_tokens=True, return_sub_sents=True):
        if first is None:
            first = time.perf_counter() - start
    return time.perf_counter() - start, first or 0.0


def tracker_ingest(paths: list[Path], workers: int) -> tuple[float, float, int]:
    """Seconds in all, seconds until the first article is stored, and articles stored."""
    from tracker.store.database import open_database
    from tracker.store.ingest import ingest

    first: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(f"sqlite:///{tmp}/bench.db")
        start = time.perf_counter()

        def on_outcome(_outcome: object) -> None:
            if not first:
                first.append(time.perf_counter() - start)

        result = ingest(engine, [str(p) for p in paths], workers=workers, on_outcome=on_outcome)
        elapsed = time.perf_counter() - start
        engine.dispose()
    return elapsed, first[0] if first else 0.0, result.count("new")


def breakdown(paths: list[Path]) -> dict[str, float]:
    """CPU milliseconds per article of each step, single-threaded (Kiwi with one thread)."""
    from tracker.extract._korean import paragraph_spans
    from tracker.extract.kiwi import get_kiwi, use_threads
    from tracker.read import iter_records
    from tracker.reference import load_reference
    from tracker.store import ingest as store
    from tracker.store.database import open_database
    from tracker.store.workers import Processed, process, sha256_of

    use_threads(1)
    reference = load_reference()
    records = [r for r in iter_records([str(p) for p in paths]) if not isinstance(r, Exception)]
    kiwi = get_kiwi()
    kiwi.split_into_sents("모형을 미리 읽는다.")
    for record in records[:10]:
        process(record, reference)  # warm caches (lexicons, compiled patterns)
    from tracker.clean import clean
    from tracker.extract import run

    clock = time.process_time
    start = clock()
    articles = [clean(r, reference) for r in records]
    cleaning = clock() - start
    start = clock()
    for article in articles:
        paragraphs = [article.text[s:e] for s, e in paragraph_spans(article.text)]
        for _ in kiwi.split_into_sents(paragraphs, return_tokens=True, return_sub_sents=True):
            pass
    kiwi_s = clock() - start
    start = clock()
    extractions = [run(a, reference) for a in articles]
    extraction = clock() - start
    processed = [
        Processed(r, sha256_of(r.raw), a, e)
        for r, a, e in zip(records, articles, extractions, strict=True)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_database(f"sqlite:///{tmp}/breakdown.db")
        with engine.connect() as connection:
            from tracker.db.session import session_factory

            with session_factory(engine)() as session:
                known = store._Known.load(session)
            start = clock()
            batch = store._Batch(connection, None, False, known)
            for item in processed:
                batch.add(item)
            batch.finish()
            storing = clock() - start
        engine.dispose()
    n = len(records) / 1000
    return {
        "Kiwi alone (split + tokens)": kiwi_s / n,
        "extraction beyond Kiwi (units, officials, speakers, policies, dates, kinds, search terms)": (
            extraction - kiwi_s
        )
        / n,
        "cleaning and metadata": cleaning / n,
        "storing (parent process, SQLite, batched transactions)": storing / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--breakdown", type=int, default=200, help="articles for the per-step breakdown (0: skip)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_inputs(Path(tmp), args.articles)
        texts = clean_texts(paths)
        chars = sum(len(t) for t in texts)
        kiwi_s, kiwi_first = raw_kiwi(texts, args.workers)
        ingest_s, ingest_first, stored = tracker_ingest(paths, args.workers)
    print(f"articles: {len(texts)} ({stored} stored), clean characters: {chars:,}, workers: {args.workers}")
    print(
        f"raw Kiwi split+tokenise: {len(texts) / kiwi_s:8.1f} articles/s  {chars / kiwi_s:12,.0f} chars/s  ({kiwi_s:.2f} s)"
    )
    print(
        f"tracker ingest (SQLite): {len(texts) / ingest_s:8.1f} articles/s  {chars / ingest_s:12,.0f} chars/s  ({ingest_s:.2f} s)"
    )
    print(f"ratio ingest / raw Kiwi: {kiwi_s / ingest_s:.2f}  (target >= 0.70)")
    n = len(texts) - 1  # after the first result: the steady rate, start-up set apart
    print(
        f"start-up (until the first result): raw Kiwi {kiwi_first:.2f} s, ingest {ingest_first:.2f} s; "
        f"after it: raw Kiwi {n / (kiwi_s - kiwi_first):.1f} articles/s, ingest "
        f"{n / (ingest_s - ingest_first):.1f} articles/s, ratio {(kiwi_s - kiwi_first) / (ingest_s - ingest_first):.2f}"
    )
    if args.breakdown:
        with tempfile.TemporaryDirectory() as tmp:
            steps = breakdown(build_inputs(Path(tmp), args.breakdown))
        print(f"CPU per article, one process, one thread ({args.breakdown} articles):")
        for step, ms in steps.items():
            print(f"  {ms:6.2f} ms  {step}")
        kiwi_ms = steps["Kiwi alone (split + tokens)"]
        print(f"  everything beside Kiwi = {(sum(steps.values()) - kiwi_ms) / kiwi_ms:.2f} of Kiwi's time")


if __name__ == "__main__":
    main()
