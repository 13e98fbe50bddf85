"""Decide how a text must be cleaned ('text' or 'html') from its extension and its content."""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.etree import ParserError

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".jsp", ".php"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
CSV_EXTENSIONS = frozenset({".csv"})
TSV_EXTENSIONS = frozenset({".tsv"})
JSON_EXTENSIONS = frozenset({".json"})

_DOC_START = re.compile(r"^\s*(<!doctype\s+html|<html[\s>]|<\?xml)", re.IGNORECASE)
_TAG = re.compile(
    r"<(?:p|br|div|span|h[1-6]|article|section|table|tr|td|ul|ol|li|img|a|strong|b|em|figure|figcaption|body|head)\b[^>]*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True for whole pages and for fragments with markup (two tags or more); plain text that merely
    mentions `<주>` or `<사진=...>` stays text."""
    return bool(_DOC_START.match(text)) or len(_TAG.findall(text[:20000])) >= 2


def html_visible_text(text: str) -> str:
    """The text a browser would show (scripts and styles dropped); '' when the markup has none."""
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        return ""
    try:
        root = lxml_html.fromstring(text)
    except (ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//head"):
        bad.drop_tree()
    return " ".join(root.text_content().split())


# A description shorter than this is a teaser, not the article's text.
_DESCRIBED_CHARS = 100


def page_description(text: str) -> tuple[str | None, str] | None:
    """(title, description) of a page whose `<head>` alone holds the article: a saved head, or a page whose
    body a script fills, keeps the whole text in its `og:description` (set-nz nz-03). The title is the
    `og:title`, else `<title>`; None when no description is long enough to be the text."""
    try:
        root = lxml_html.fromstring(text)
    except (ParserError, ValueError):
        return None
    descriptions = root.xpath(
        "//meta[@property='og:description' or @name='description' or @name='twitter:description']/@content"
    )
    description = max((str(d).strip() for d in descriptions), key=len, default="")
    if len(description) < _DESCRIBED_CHARS:
        return None
    titles = [*_og_titles(root), *(" ".join(t.text_content().split()) for t in root.xpath("//title"))]
    return next((t for t in titles if t), None), description


def og_title(text: str) -> str | None:
    """A page's or a saved fragment's og:title, None without one."""
    try:
        root = lxml_html.fromstring(text)
    except (ParserError, ValueError):
        return None
    return next((t for t in _og_titles(root) if t), None)


def _og_titles(root: lxml_html.HtmlElement) -> list[str]:
    return [str(t).strip() for t in root.xpath("//meta[@property='og:title']/@content")]
