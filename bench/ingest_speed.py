"""Benchmark: `tracker ingest` end to end against raw Kiwi on the same texts (prints figures).

Builds N articles by repeating the sample corpus (each copy made unique by a trailing line, so that
every one is a new article), then measures in one run:
  1. raw Kiwi: sentence splitting + tokenisation of the same clean texts, paragraph by paragraph,
     with the same number of workers (Kiwi's own num_workers), model load included;
  2. tracker ingest: read -> clean -> extract -> store in a fresh SQLite database, same workers
     (worker start-up, which loads Kiwi in each, included).
and prints articles/s and characters/s of each and their ratio (target: ingest >= 0.7 of raw Kiwi), with
the CPU seconds the machine spent on each. The pair is run `--repeat` times (default 3) and the median ratio
is the figure: on a shared virtual machine the same code's ratio moved between 0.39 and 0.67 from run to run.
Then, in this one process and one thread, where an article's time goes (`--breakdown N`, default 200
articles): Kiwi alone, cleaning, the rest of extraction, and storing in the parent.

    .venv/bin/python bench/ingest_speed.py --articles 1000 --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
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


def machine_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy (Linux `/proc/stat`; 0 elsewhere): counts the worker
    processes, Kiwi's threads and the parent alike, and is steadier than elapsed time on a shared machine."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0
    busy = sum(fields[:8]) - fields[3] - fields[4]  # all but idle and iowait
    return busy / os.sysconf("SC_CLK_TCK")


def tracker_ingest_fresh(paths: list[Path], workers: int) -> tuple[float, float, int]:
    """`tracker_ingest` in a new process, as a CLI run is: each run starts its own forkserver (and pays for its
    model load) instead of reusing the one an earlier run of this process left running."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(str(p) for p in paths))
    code = (
        "import json, sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]);"
        "from ingest_speed import tracker_ingest;"
        "paths = [Path(p) for p in Path(sys.argv[2]).read_text().split(chr(10))];"
        "print(json.dumps(tracker_ingest(paths, int(sys.argv[3]))))"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code, str(Path(__file__).parent), listing.name, str(workers)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(listing.name)
    elapsed, first, stored = json.loads(out.strip().splitlines()[-1])
    return elapsed, first, stored


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
    parser.add_argument("--repeat", type=int, default=3, help="pairs of runs (raw Kiwi, then ingest)")
    args = parser.parse_args()
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_inputs(Path(tmp), args.articles)
        texts = clean_texts(paths)
        chars = sum(len(t) for t in texts)
        print(f"articles: {len(texts)}, clean characters: {chars:,}, workers: {args.workers}")
        for run in range(1, args.repeat + 1):
            # the two back to back, pair after pair: a shared machine's speed drifts between runs, and a
            # ratio is only fair between runs that saw the same machine
            before = machine_cpu_seconds()
            kiwi_s, kiwi_first = raw_kiwi(texts, args.workers)
            between = machine_cpu_seconds()
            ingest_s, ingest_first, stored = tracker_ingest_fresh(paths, args.workers)
            kiwi_cpu, ingest_cpu = between - before, machine_cpu_seconds() - between
            ratios.append(kiwi_s / ingest_s)
            print(f"run {run} of {args.repeat} ({stored} stored)")
            print(
                f"  raw Kiwi split+tokenise: {len(texts) / kiwi_s:8.1f} articles/s  {chars / kiwi_s:12,.0f} chars/s  "
                f"({kiwi_s:.2f} s, {kiwi_cpu:.1f} CPU-s)"
            )
            print(
                f"  tracker ingest (SQLite): {len(texts) / ingest_s:8.1f} articles/s  {chars / ingest_s:12,.0f} chars/s  "
                f"({ingest_s:.2f} s, {ingest_cpu:.1f} CPU-s)"
            )
            print(
                f"  ratio ingest / raw Kiwi: {kiwi_s / ingest_s:.2f}; CPU used, ingest / raw Kiwi: "
                f"{ingest_cpu / kiwi_cpu if kiwi_cpu else float('nan'):.2f}; start-up (until the first result): raw Kiwi {kiwi_first:.2f} s, "
                f"ingest {ingest_first:.2f} s; after it (the steady rate): ratio "
                f"{(kiwi_s - kiwi_first) / (ingest_s - ingest_first):.2f}"
            )
    print(f"ratio ingest / raw Kiwi, median of {len(ratios)}: {statistics.median(ratios):.2f}  (target >= 0.70)")
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
