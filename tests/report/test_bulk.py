"""Bulk export of views and tables: every row, in batches, as CSV (BOM), JSONL and Parquet, both backends."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import gold_claims
from sqlalchemy import Engine, text

from tracker.db.views import VIEWS
from tracker.errors import NotFoundError
from tracker.report.bulk import ExportError, export, exportable, iter_batches


def _facts_count() -> int:
    return sum(max(1, len(dict.fromkeys(g.policies))) for g in gold_claims())


def test_csv_file_has_bom_header_and_every_row(report_db: Engine, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    assert export(report_db, "claim_facts", "csv", out) == _facts_count()
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(VIEWS["claim_facts"]["columns"])
    assert len(rows) == _facts_count()
    assert "100억 원 = 10000000000 KRW" in {r["quantities"] for r in rows}


def test_jsonl_rows_hold_plain_values(report_db: Engine, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    export(report_db, "claim_facts", "jsonl", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == _facts_count()
    dated = [r for r in rows if r["claim_date"]]
    assert dated and all(len(r["claim_date"]) == 10 for r in dated)  # ISO text on both backends
    assert {r["speaker_name"] for r in rows} >= {"권영진"}


def test_parquet_is_written_in_row_groups(report_db: Engine, tmp_path: Path) -> None:
    out = tmp_path / "facts.parquet"
    n = export(report_db, "claim_facts", "parquet", out, batch=10)
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == n == _facts_count()
    assert meta.num_row_groups == -(-n // 10)
    table = pq.read_table(out)
    assert table.column_names == list(VIEWS["claim_facts"]["columns"])
    assert "권영진" in table.column("speaker_name").to_pylist()


def test_batches_are_bounded(report_db: Engine) -> None:
    sizes = [len(rows) for _, rows in iter_batches(report_db, "claim_facts", batch=7)]
    assert max(sizes) <= 7 and sum(sizes) == _facts_count()


def test_tables_export_too_and_empty_ones_keep_their_header(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "j.csv"
    with engine.connect() as conn:
        expected = conn.execute(text("SELECT count(*) FROM jurisdictions")).scalar_one()
    assert export(engine, "jurisdictions", "csv", out) == expected
    empty = tmp_path / "claims.csv"
    assert export(engine, "claims", "csv", empty) == 0
    assert empty.read_text(encoding="utf-8-sig").startswith("id,article_id,text,")
    assert pq.read_table(_parquet(engine, "claims", tmp_path)).num_rows == 0


def _parquet(engine: Engine, name: str, tmp_path: Path) -> Path:
    out = tmp_path / f"{name}.parquet"
    export(engine, name, "parquet", out)
    return out


def test_names_are_checked(engine: Engine, tmp_path: Path) -> None:
    names = exportable(engine)
    assert names[:3] == ["claim_facts", "official_terms", "policy_tree"]
    assert "alembic_version" not in names and not [n for n in names if "_fts" in n]
    with pytest.raises(NotFoundError, match="did you mean claim_facts"):
        export(engine, "claim_fact", "csv", tmp_path / "x.csv")
    with pytest.raises(ExportError, match="-o"):
        export(engine, "claim_facts", "parquet", None)
