"""Peak memory and speed of `tracker export claim_facts` at 1,000,000 rows, per format (SQLite).

Builds (once, then reuses) a seeded SQLite database with synthetic articles and claims, one policy per
claim, so that claim_facts has `--rows` rows; then exports it as CSV, JSONL and Parquet, each in a fresh
process so that each peak RSS is its own. Streaming means the peak stays near the idle footprint.

    .venv/bin/python bench/export_memory.py                 # 1,000,000 rows in bench/out/
    .venv/bin/python bench/export_memory.py --rows 100000
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

CLAIMS_PER_ARTICLE = 20
BATCH = 50_000
KINDS = ("plan", "achievement", "target", "criticism", "statement")
SENTENCES = (
    "대구시는 스마트시티 조성에 100억 원을 투입해 2025년까지 도시 전역에 테스트베드를 확산하겠다고 밝혔다.",
    "시장은 치매안심센터를 확대하고 미세먼지를 30% 줄이겠다고 말했다.",
    "구청장은 수질 개선 사업을 마무리해 주민 불편을 해소했다고 강조했다.",
)


def build(path: Path, rows: int) -> None:
    """A seeded database with `rows` claims (one policy each) spread over people, places and years."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tracker.store.database import open_database

    open_database(f"sqlite:///{path}").dispose()  # migrated and seeded
    rng = random.Random(4)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous = OFF")
    speakers = con.execute(
        "SELECT t.person_key, p.jurisdiction_code, t.start_date FROM terms t JOIN posts p ON p.id = t.post_id "
        "WHERE t.start_date IS NOT NULL"
    ).fetchall()
    policies = [r[0] for r in con.execute("SELECT slug FROM policies")]
    con.execute("INSERT INTO outlets (name) VALUES ('벤치마크신문')")
    start = date(2014, 7, 1)
    articles = rows // CLAIMS_PER_ARTICLE + 1
    with con:
        con.executemany(
            "INSERT INTO articles (id, source, sha256, format, encoding, raw_text, clean_text, headline, outlet_id, "
            "published_at, published_date, published_precision, jurisdiction_code, ingested_at, extractor_version) "
            "VALUES (?, ?, ?, 'text', 'utf-8', '', ?, ?, 1, ?, ?, 'minute', ?, '2026-01-01 00:00:00.000000', 'bench')",
            (
                (
                    i,
                    f"bench/{i}.txt",
                    f"{i:064x}",
                    " ".join(SENTENCES),
                    f"벤치마크 기사 {i}",
                    f"{start + timedelta(days=i % 3650)} 01:00:00.000000",
                    (start + timedelta(days=i % 3650)).isoformat(),
                    speakers[i % len(speakers)][1],
                )
                for i in range(1, articles + 1)
            ),
        )
    claim_id = 0
    while claim_id < rows:
        n = min(BATCH, rows - claim_id)
        claims, links, quantities = [], [], []
        for cid in range(claim_id + 1, claim_id + n + 1):
            person, code, term_start = speakers[rng.randrange(len(speakers))]
            day = date.fromisoformat(term_start) + timedelta(days=rng.randrange(1400))
            text = SENTENCES[cid % len(SENTENCES)]
            claims.append(
                (cid, cid // CLAIMS_PER_ARTICLE + 1, text, 0, len(text), person, code, day.isoformat(),
                 KINDS[cid % 5], rng.random())
            )  # fmt: skip
            links.append((cid, policies[cid % len(policies)]))
            if cid % 3 == 1:
                quantities.append((cid, 10_000_000_000, "KRW", "100억 원", 17, 23))
        with con:
            con.executemany(
                "INSERT INTO claims (id, article_id, text, start_offset, end_offset, speaker_key, jurisdiction_code, "
                "claim_date, date_precision, kind, confidence, extractor_version, review_status, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'day', ?, ?, 'bench', 'unreviewed', '2026-01-01 00:00:00.000000')",
                claims,
            )
            con.executemany("INSERT INTO claim_policies (claim_id, policy_slug) VALUES (?, ?)", links)
            con.executemany(
                "INSERT INTO claim_quantities (claim_id, value, unit, text, start_offset, end_offset) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                quantities,
            )
        claim_id += n
        print(f"  {claim_id:,} claims", file=sys.stderr, end="\r")
    con.close()
    print(file=sys.stderr)


def child(db: Path, fmt: str, out: Path) -> None:
    """Run one export in this process and print its figures as JSON."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import pyarrow  # noqa: F401  (loaded up front so that idle RSS includes the libraries)

    from tracker.report.bulk import export
    from tracker.store.database import open_database

    engine = open_database(f"sqlite:///{db}", read_only=True)
    idle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    n = export(engine, "claim_facts", fmt, out)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"format": fmt, "rows": n, "seconds": seconds, "idle_kb": idle, "peak_kb": peak,
                      "bytes": out.stat().st_size}))  # fmt: skip


def _upgrade(db: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tracker.db import migrate
    from tracker.db.session import make_engine

    engine = make_engine(f"sqlite:///{db}")
    migrate.upgrade(engine)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=Path(__file__).resolve().parent / "out")
    parser.add_argument("--child", nargs=3, metavar=("DB", "FORMAT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), args.child[1], Path(args.child[2]))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    db = args.dir / f"bench_{args.rows}.db"
    if not db.exists():
        t0 = time.perf_counter()
        build(db, args.rows)
        print(f"built {db} ({args.rows:,} claims) in {time.perf_counter() - t0:.0f} s")
    else:
        _upgrade(db)  # a database built by an older tracker
    print(
        f"{'format':8} {'rows':>10} {'seconds':>8} {'rows/s':>9} {'idle RSS':>9} {'peak RSS':>9} {'file':>9}"
    )
    for fmt in ("csv", "jsonl", "parquet"):
        out = args.dir / f"claim_facts.{fmt}"
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(db), fmt, str(out)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{fmt:8} {r['rows']:>10,} {r['seconds']:>8.1f} {r['rows'] / r['seconds']:>9,.0f} "
            f"{r['idle_kb'] / 1024:>7.0f}MB {r['peak_kb'] / 1024:>7.0f}MB {r['bytes'] / 2**20:>7.0f}MB"
        )


if __name__ == "__main__":
    main()
