"""Export any table or view as CSV, Parquet or JSONL, streaming: memory stays flat at any size.

Rows come through a server-side cursor on PostgreSQL (`stream_results`) and SQLite's own lazy cursor,
in batches; Parquet is written one row group per batch. CSV files get a UTF-8 BOM so that Excel shows
Hangul; JSONL and stdout are plain UTF-8.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, inspect, text

from tracker.db.views import VIEWS, is_fts_object
from tracker.errors import NotFoundError, TrackerError

FORMATS = ("csv", "parquet", "jsonl")
BATCH = 10_000
HIDDEN = {"alembic_version"}


class ExportError(TrackerError):
    """An export that cannot be written as asked (e.g. Parquet to a terminal)."""


def exportable(engine: Engine) -> list[str]:
    """Tables and views a researcher can export, views first."""
    insp = inspect(engine)
    tables = [t for t in insp.get_table_names() if t not in HIDDEN and not is_fts_object(t)]
    views = [v for v in insp.get_view_names() if v in VIEWS]
    return sorted(views) + sorted(tables)


def _check(engine: Engine, name: str) -> None:
    names = exportable(engine)
    if name not in names:
        import difflib

        near = difflib.get_close_matches(name, names, n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else f"; one of: {', '.join(names)}"
        raise NotFoundError(f"no table or view {name!r}{hint}")


def iter_batches(
    engine: Engine, name: str, *, batch: int = BATCH
) -> Iterator[tuple[list[str], list[tuple[Any, ...]]]]:
    """(columns, rows) batches of `SELECT * FROM name`, in primary-key order where there is one."""
    _check(engine, name)
    order = ""
    if name not in VIEWS:
        pk = inspect(engine).get_pk_constraint(name).get("constrained_columns") or []
        order = f" ORDER BY {', '.join(pk)}" if pk else ""
    elif name == "claim_facts":
        order = " ORDER BY claim_id, policy_slug"
    with engine.connect() as conn:
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(
            text(f'SELECT * FROM "{name}"{order}')
        )
        columns = list(result.keys())
        empty = True
        for part in result.partitions(batch):
            empty = False
            yield columns, [tuple(row) for row in part]
        if empty:  # so that an empty table still gets its header / schema
            yield columns, []


# Types that JSON and CSV cannot hold as they are; everything else passes untouched (the fast path).
_SPECIAL = frozenset({date, datetime, Decimal})


def _row(row: tuple) -> list:
    return [plain(v) if type(v) in _SPECIAL else v for v in row]


def plain(value: Any) -> Any:
    """Values JSON and CSV can hold: dates as ISO text, decimals as numbers."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def write_csv(batches: Iterator[tuple[list[str], list[tuple]]], out: IO[str]) -> int:
    writer, n = None, 0
    for columns, rows in batches:
        if writer is None:
            writer = csv.writer(out)
            writer.writerow(columns)
        writer.writerows(map(_row, rows))
        n += len(rows)
    return n


def write_jsonl(batches: Iterator[tuple[list[str], list[tuple]]], out: IO[str]) -> int:
    n = 0
    for columns, rows in batches:
        for row in rows:
            out.write(json.dumps(dict(zip(columns, _row(row), strict=True)), ensure_ascii=False) + "\n")
        n += len(rows)
    return n


def _arrow_schema(columns: list[str], rows: list[tuple]):
    """Column types from the first batch; a column with no value there (or mixed types) becomes text."""
    import pyarrow as pa

    fields = []
    for i, name in enumerate(columns):
        values = [row[i] for row in rows if row[i] is not None]
        kind = {type(v) for v in values}
        if kind == {bool}:
            typ = pa.bool_()
        elif kind and kind <= {int}:
            typ = pa.int64()
        elif kind and kind <= {int, float, Decimal}:
            typ = pa.float64()
        elif kind == {date}:
            typ = pa.date32()
        elif kind == {datetime}:
            typ = pa.timestamp("us", tz="UTC") if values[0].tzinfo else pa.timestamp("us")
        else:
            typ = pa.string()
        fields.append(pa.field(name, typ))
    return pa.schema(fields)


def _arrow_value(value: Any, typ: Any) -> Any:
    import pyarrow as pa

    if value is None:
        return None
    if typ == pa.string() and not isinstance(value, str):
        return (
            json.dumps(plain(value), ensure_ascii=False)
            if isinstance(value, list | dict)
            else str(plain(value))
        )
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_parquet(batches: Iterator[tuple[list[str], list[tuple]]], path: Path) -> int:
    """One Parquet row group per batch; the schema is fixed by the first batch."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer, schema, n = None, None, 0
    try:
        for columns, rows in batches:
            if writer is None:
                schema = _arrow_schema(columns, rows)
                writer = pq.ParquetWriter(path, schema, compression="zstd")
            assert schema is not None
            arrays = [
                pa.array([_arrow_value(row[i], f.type) for row in rows], type=f.type)
                for i, f in enumerate(schema)
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            n += len(rows)
    finally:
        if writer is not None:
            writer.close()
    return n


def export(engine: Engine, name: str, fmt: str, output: Path | None = None, *, batch: int = BATCH) -> int:
    """Write table or view `name` to `output` (stdout when None) in `fmt`; returns rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    _check(engine, name)
    batches = iter_batches(engine, name, batch=batch)
    if fmt == "parquet":
        if output is None:
            raise ExportError("Parquet is binary: give a file with -o, e.g. -o claim_facts.parquet")
        return write_parquet(batches, output)
    write = write_csv if fmt == "csv" else write_jsonl
    if output is None:
        return write(batches, sys.stdout)
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with output.open("w", encoding=encoding, newline="") as fh:
        return write(batches, fh)
