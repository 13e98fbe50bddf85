"""Write records as JSONL or CSV, streaming: one record in memory at a time."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

FORMATS = ("jsonl", "csv")


def write_records(records: Iterable[dict[str, Any]], fields: Sequence[str], out: TextIO, fmt: str) -> int:
    """Write and return the number of records. CSV cells holding lists/objects are JSON-encoded."""
    n = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                    for k, v in record.items()
                }
            )
            n += 1
        return n
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
