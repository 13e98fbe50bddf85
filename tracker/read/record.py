"""The validated input record: what a reader hands to cleaning, whatever the file format was."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class InputRecord:
    """One article as read from a file (or one line/row of a JSONL/CSV export).

    `raw` is the exact bytes the article came from (the file, or the JSONL line / CSV row re-encoded
    as UTF-8) and is what `sha256` is computed over. `text` is decoded, NFC-normalised text.
    `format` says how `text` must be cleaned: 'text' (scraped plain text) or 'html'.
    `given` holds metadata the export stated explicitly (title, url, published, outlet, reporter).
    """

    source: str  # path, or path:line for JSONL/CSV rows, or '<stdin>'
    raw: bytes
    text: str
    format: str  # 'text' | 'html'
    encoding: str = "utf-8"
    given: dict[str, str] = field(default_factory=dict)
