"""`tracker extract FILE`: the extraction of one article as JSON, without a database."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer

from tracker.cli.common import console, user_errors
from tracker.errors import InputError


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(type(value).__name__)


def extract(
    file: Annotated[
        str, typer.Argument(help="An article file (text, HTML, or a JSONL/CSV export: first record)")
    ],
    seeds: Annotated[Path | None, typer.Option(help="Seeds folder with the reference data")] = None,
    text: Annotated[bool, typer.Option("--text/--no-text", help="Include the clean text")] = True,
) -> None:
    """Print what tracker extracts from one article, as JSON: metadata, clean text, mentions, claims.

    Touches no database (the registry comes from the seed files), so it is the tool for debugging the
    extractor and for building on it.

    Example: tracker extract seeds/corpus/articles/breaknews-daegu-20180313.txt | jq '.claims[0]'
    """
    from tracker.read import iter_records
    from tracker.reference import SEEDS_DIR, load_reference
    from tracker.store.workers import process

    with user_errors():
        reference = load_reference(seeds or SEEDS_DIR)
        item = next(iter(iter_records([file])), None)
        if item is None:
            raise InputError(file, "no article in this file")
        if isinstance(item, InputError):
            raise item
        processed = process(item, reference)
    meta = dataclasses.asdict(processed.article.meta)
    out: dict[str, Any] = {
        "source": item.source,
        "sha256": processed.sha256,
        "extractor_version": processed.extraction.extractor_version,
        "metadata": meta,
    }
    if text:
        out["text"] = processed.article.text
    out["mentions"] = [dataclasses.asdict(x) for x in processed.extraction.mentions]
    out["provisional_officials"] = [dataclasses.asdict(x) for x in processed.extraction.provisional_officials]
    out["claims"] = [dataclasses.asdict(x) for x in processed.extraction.claims]
    console.print_json(json.dumps(out, ensure_ascii=False, default=_jsonable))
