"""JSONL and CSV exports: one article per line/row, with optional metadata columns.

Field names follow what scrapers and news APIs commonly emit; the first present, non-empty field of
each group wins. `raw` is the row itself (re-encoded as UTF-8) so identical rows hash identically.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator, Mapping

from tracker.errors import InputError
from tracker.read.decode import normalise
from tracker.read.record import InputRecord
from tracker.read.sniff import looks_like_html

# The article text, full-text fields first. Exports of news APIs and crawlers name it differently
# ('contents', 'maintext' of news-please, 'article_body', 'full_text'); feeds and page stores that keep only
# the opening of the story call it an excerpt, description or summary: that is the text we have, and it is read
# rather than refused.
TEXT_FIELDS = (
    "text",
    "body",
    "content",
    "article",
    "contents",
    "article_body",
    "articlebody",
    "maintext",
    "full_text",
    "fulltext",
    "excerpt",
    "description",
    "summary",
)
# The same fields as apps, mock data and database dumps of Korean news name them ('newsContent', 'board_content',
# 'news_body'); compared without case, '_', '-' or spaces, so 'articleBody' and 'article_body' are one name.
_MORE_TEXT_FIELDS = (
    "newscontent",
    "newscontents",
    "newsbody",
    "newstext",
    "boardcontent",
    "articlecontent",
    "articletext",
    "contenttext",
    "bodytext",
    "desc",
)
GIVEN_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "subject", "newstitle", "articletitle", "boardtitle", "ttl"),
    "url": ("url", "link", "originallink", "articleurl", "newsurl", "href"),
    "published": (
        "published",
        "date",
        "publishedat",
        "pubdate",
        "publishdate",
        "publisheddate",
        "publishtime",
        "regdate",
        "registerdate",
        "registereddate",
        "writedate",
        "newsdate",
        "articledate",
        "inputdate",
        "createdat",
        "createddate",
        "datetime",
    ),
    "outlet": ("outlet", "source", "press", "publisher", "pressname", "media", "medianame", "newspaper", "sitename"),
    "reporter": ("reporter", "author", "writer", "byline", "journalist", "reportername"),
}
# Keys an API response or a page store wraps its list of articles in ({"items": [...]} of a news search API).
_ENVELOPES = ("items", "articles", "news", "data", "results", "documents", "docs", "list", "rows", "records")


def _key(name: object) -> str:
    return re.sub(r"[\s_\-]+", "", str(name).strip().lstrip("\ufeff").lower())


_TEXT_KEYS = tuple(dict.fromkeys(_key(k) for k in (*TEXT_FIELDS, *_MORE_TEXT_FIELDS)))
_GIVEN_KEYS = {name: tuple(_key(k) for k in keys) for name, keys in GIVEN_FIELDS.items()}


def record_from_mapping(
    source: str, raw: bytes, row: Mapping[str, object], encoding: str
) -> InputRecord | InputError:
    """One JSON object or CSV row -> `InputRecord`, or an `InputError` when it holds no article text."""
    fields = {_key(k): v for k, v in row.items() if k is not None}
    present = [k for k in _TEXT_KEYS if k in fields]
    if not present:
        return InputError(source, f"no text field (expected one of: {', '.join(TEXT_FIELDS)})")
    # the first field that holds text ('body' left empty beside a filled 'excerpt' is not the article)
    text_key = next((k for k in present if _scalar(fields[k])), present[0])
    text = _scalar(fields[text_key])
    if not text:
        return InputError(source, f"empty text field '{text_key}'")
    given = {}
    for name, keys in _GIVEN_KEYS.items():
        value = next((v for k in keys if (v := _scalar(fields.get(k)))), None)
        if value:
            # a news API marks the search words in its title ('<b>관광</b>', '&quot;'): the title is plain text
            given[name] = _plain(value) if name == "title" else value
    return InputRecord(
        source=source,
        raw=raw,
        text=text,
        format="html" if looks_like_html(text) else "text",
        encoding=encoding,
        given=given,
    )


def iter_jsonl(path: str, text: str, encoding: str) -> Iterator[InputRecord | InputError]:
    """One record per non-blank line; a malformed line is reported and the others still yield."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield InputError(source, f"malformed JSON line: {error.msg} (column {error.colno})")
            continue
        if not isinstance(value, dict):
            yield InputError(source, f"JSON line is a {type(value).__name__}, not an object")
            continue
        yield record_from_mapping(source, line.encode("utf-8"), value, encoding)


def iter_json(path: str, text: str, encoding: str) -> Iterator[InputRecord | InputError]:
    """A `.json` file: one article object, or an array of them (source `path:N`, N counted from 1)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(path, f"malformed JSON: {error.msg} (line {error.lineno}, column {error.colno})")
        return
    if isinstance(value, dict) and (wrapped := _enveloped(value)) is not None:
        value = wrapped  # {"items": [...]}: a news API's response, or a page store's export
    if isinstance(value, dict):
        yield record_from_mapping(path, text.encode("utf-8"), value, encoding)
        return
    if not isinstance(value, list):
        yield InputError(
            path, f"JSON holds a {type(value).__name__}, not an article object or a list of them"
        )
        return
    for number, item in enumerate(value, start=1):
        source = f"{path}:{number}"
        if not isinstance(item, dict):
            yield InputError(source, f"JSON item is a {type(item).__name__}, not an object")
            continue
        raw = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
        yield record_from_mapping(source, raw, item, encoding)


def iter_csv(path: str, text: str, encoding: str, delimiter: str = ",") -> Iterator[InputRecord | InputError]:
    """One record per data row; the source is `path:ROW` with the header as row 1 (as a spreadsheet
    shows it). Rows with a wrong number of cells are reported, not guessed."""
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # whole articles sit in one cell
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as error:
        yield InputError(f"{path}:1", f"malformed CSV header: {error}")
        return
    names = [h.strip().lstrip("\ufeff").lower() for h in header]
    row_number = 1
    while True:
        row_number += 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield InputError(f"{path}:{row_number}", f"malformed CSV row: {error}")
            return
        if not any(c.strip() for c in cells):
            continue
        source = f"{path}:{row_number}"
        if len(cells) != len(names):
            yield InputError(source, f"CSV row has {len(cells)} cells, header has {len(names)}")
            continue
        out = io.StringIO()
        csv.writer(out, lineterminator="\n", delimiter=delimiter).writerow(cells)
        yield record_from_mapping(
            source, out.getvalue().encode("utf-8"), dict(zip(names, cells, strict=True)), encoding
        )


def _enveloped(value: dict) -> list | None:
    """The list of articles an object wraps: under a usual key ('items', 'articles', 'data', …, also one level
    deeper: {"data": {"items": [...]}}), or its only list of objects; None for an article object itself."""
    if any(_key(k) in _TEXT_KEYS for k in value):
        return None
    for outer in (value, *(v for v in value.values() if isinstance(v, dict))):
        keys = {_key(k): v for k, v in outer.items()}
        for name in _ENVELOPES:
            if isinstance(found := keys.get(name), list) and any(isinstance(x, dict) for x in found):
                return found
    lists = [v for v in value.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
    return lists[0] if len(lists) == 1 else None


def _plain(value: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]{1,40}>", "", value)).split())


def _scalar(value: object) -> str:
    """Strings stripped; numbers as text; null, lists and objects count as absent."""
    if value is None or isinstance(value, (dict, list, bool)):
        return ""
    return normalise(str(value)).strip()
