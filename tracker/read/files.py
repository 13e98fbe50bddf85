"""Paths -> records. Files, directories (recursive, sorted, hidden entries skipped) and `-` for stdin.

Nothing here raises for bad input: every problem becomes an `InputError(source, reason)` in the
stream, so one unreadable file never stops a batch.
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from tracker.errors import InputError
from tracker.read.decode import DecodeError, decode
from tracker.read.record import InputRecord
from tracker.read.rows import iter_csv, iter_json, iter_jsonl
from tracker.read.sniff import (
    CSV_EXTENSIONS,
    HTML_EXTENSIONS,
    JSON_EXTENSIONS,
    JSONL_EXTENSIONS,
    TSV_EXTENSIONS,
    html_visible_text,
    looks_like_html,
    page_description,
)

STDIN = "-"
STDIN_SOURCE = "<stdin>"
DEFAULT_MAX_BYTES = 5_000_000


def iter_records(
    paths: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Collection[Path] = frozenset(),
) -> Iterator[InputRecord | InputError]:
    """Yield one `InputRecord` per article (per line/row for JSONL/CSV) or one `InputError` per problem.

    Files in `skip` (resolved paths: the database being written and its journal files, when it lies in a
    folder being read) are passed over in directories."""
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield InputError(STDIN_SOURCE, f"input is larger than the limit of {max_bytes} bytes")
                continue
            yield from records_from_bytes(STDIN_SOURCE, data, extension="")
            continue
        target = Path(path)
        if target.is_dir():
            for item in _walk(target, skip):
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from _read_file(item, max_bytes)
        elif target.exists():
            yield from _read_file(target, max_bytes)
        else:
            yield InputError(path, "no such file or directory")


def files_under(directory: Path, skip: Collection[Path] = frozenset()) -> Iterator[Path]:
    """The files `iter_records` reads under `directory` (for a progress total)."""
    return (item for item in _walk(directory, skip) if not isinstance(item, InputError))


def _walk(directory: Path, skip: Collection[Path] = frozenset()) -> Iterator[Path | InputError]:
    """Regular files under `directory`, depth first in sorted order, skipping names starting with '.',
    symbolic links to directories (which can loop) and the files in `skip` (resolved paths)."""
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as error:
        yield InputError(str(directory), f"cannot list directory: {error.strerror or error}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(entry, skip)
        elif entry.is_file() and not (skip and entry.resolve() in skip):
            yield entry


def _read_file(path: Path, max_bytes: int) -> Iterator[InputRecord | InputError]:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(source, f"file is too large ({size} bytes; the limit is {max_bytes})")
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(source, f"cannot read file: {error.strerror or error}")
        return
    yield from records_from_bytes(source, data, extension=path.suffix.lower())


def records_from_bytes(source: str, data: bytes, *, extension: str) -> Iterator[InputRecord | InputError]:
    """Decode, validate and split the bytes of one file (or of stdin) into records."""
    if not data:
        yield InputError(source, "empty file")
        return
    try:
        text, encoding = decode(data)
    except DecodeError as error:
        yield InputError(source, str(error))
        return
    if not text.strip():
        yield InputError(source, "file contains only whitespace")
        return
    if extension in JSONL_EXTENSIONS or (not extension and _looks_like_jsonl(text)):
        yield from iter_jsonl(source, text, encoding)
        return
    if extension in CSV_EXTENSIONS or extension in TSV_EXTENSIONS:
        yield from iter_csv(source, text, encoding, delimiter="\t" if extension in TSV_EXTENSIONS else ",")
        return
    if extension in JSON_EXTENSIONS:
        yield from iter_json(source, text, encoding)
        return
    is_html = extension in HTML_EXTENSIONS or looks_like_html(text)
    if is_html and not html_visible_text(text) and not page_description(text):
        yield InputError(source, "HTML has no body text")
        return
    yield InputRecord(
        source=source, raw=data, text=text, format="html" if is_html else "text", encoding=encoding
    )


def _looks_like_jsonl(text: str) -> bool:
    """Stdin has no extension: treat it as JSONL when its first non-blank line is a JSON object."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return first.lstrip().startswith("{") and first.rstrip().endswith("}")


__all__ = ["DEFAULT_MAX_BYTES", "iter_records", "records_from_bytes"]
