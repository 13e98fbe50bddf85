"""Shared fixtures of the extraction tests: the seed corpus as clean text, its gold files, the registry."""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

import pytest

from tracker.reference import Reference, load_reference

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"
ARTICLES = sorted(p.name for p in (CORPUS / "articles").iterdir())
GOLD = sorted(p.name.removesuffix(".json") for p in (CORPUS / "gold").glob("*.json"))


@cache
def reference() -> Reference:
    return load_reference()


@cache
def gold(name: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))


@cache
def article_text(name: str) -> str:
    """The article as clean-ish body text, paragraphs separated by blank lines.

    Uses `tracker.clean.clean` when it exists; until then a rough stand-in: HTML tags dropped, one
    paragraph per non-blank line, ad and logo lines dropped.
    """
    raw = (CORPUS / "articles" / name).read_text(encoding="utf-8")
    try:
        from tracker.clean import clean  # type: ignore[attr-defined]
        from tracker.read.record import InputRecord
    except ImportError:
        clean = None
    if clean is not None:
        fmt = "html" if name.endswith(".html") else "text"
        record = InputRecord(source=name, raw=raw.encode(), text=raw, format=fmt)
        return clean(record, reference()).text
    if name.endswith(".html"):
        raw = re.sub(r"<br\s*/?>|</p>|</h\d>|</li>", "\n", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", "", raw))
    lines = [re.sub(r"\s+", " ", line).strip() for line in raw.splitlines()]
    return "\n\n".join(line for line in lines if line and line not in {"광고", "로고"})


@pytest.fixture(scope="session")
def ref() -> Reference:
    return reference()
