"""HTML -> readable lines plus what the markup itself tells (headline, subheadline, captions, page metadata).

Whole pages go through trafilatura, which finds the main text among menus and sidebars. Fragments
(an article body pasted into a template, as company sites repost news) have no page around them, so they
are walked directly: headings give the headline and subheadline, text next to an image is a caption,
`<br>` is a line break and `<br><br>` or a blank line inside a text block is a paragraph break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from lxml import html as lxml_html
from lxml.etree import ParserError

from tracker.clean.header import header_field_line
from tracker.clean.lines import footer_line, is_junk, normalise_line
from tracker.read.sniff import og_title, page_description

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "li",
        "ul",
        "ol",
        "table",
        "tbody",
        "thead",
        "tr",
        "td",
        "th",
        "blockquote",
        "figure",
        "figcaption",
        "hr",
        "dl",
        "dt",
        "dd",
        "center",
        "form",
        "nav",
        "pre",
        "address",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "caption",
    ]
)
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "head",
        "title",
        "meta",
        "link",
        "iframe",
        "svg",
        "button",
        "select",
        "option",
        "template",
    ]
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_CAPTION_CLASS = re.compile(r"caption|photo|img_?desc|figcaption|txt_?img", re.IGNORECASE)
_FULL_PAGE = re.compile(r"<html[\s>]|<body[\s>]|<!doctype", re.IGNORECASE)
PARAGRAPH = "\n\n"


@dataclass(frozen=True)
class HtmlDraft:
    """Body lines ('' separates paragraphs) and what the markup says about the article."""

    lines: tuple[str, ...]
    headline: str | None = None
    subheadline: str | None = None
    captions: tuple[str, ...] = ()
    page: dict[str, str] = field(default_factory=dict)  # title, date, author, sitename, url of a full page


def html_to_draft(markup: str) -> HtmlDraft:
    """Full pages via trafilatura (falling back to the fragment walker when it finds nothing). Plain lines before
    the first tag are a record's fields saved above its markup (a feed item's title and date, set-nv): they stay
    lines of their own, where HTML would run them together."""
    fields, markup = _leading_lines(markup)
    if _FULL_PAGE.search(markup[:5000]):
        draft = _full_page(markup)
        if draft is not None:
            return _with_fields(fields, draft)
    draft = fragment_to_draft(markup)
    if draft.headline is None and (title := _og_title(markup)) is not None:
        # a board's view saved with its page's meta tags but not its <head> (a scraper's test fixture, set-ox ox-01):
        # the og:title names the release when no heading does
        draft = replace(draft, headline=title)
    if not any(line.strip() for line in draft.lines) and (described := page_description(markup)):
        # only the page's head holds the article: its description is the text, its title the headline
        title, description = described
        draft = HtmlDraft(lines=tuple(line.strip() for line in description.split("\n")), headline=title)
    return _with_fields(fields, draft)


def _leading_lines(markup: str) -> tuple[list[str], str]:
    """(the plain lines before the first tag, the markup from it) when those lines are two or more; else no lines."""
    start = markup.find("<")
    head = markup[:start] if start > 0 else ""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    if len(lines) < 2 or "&" in head or ">" in head:
        return [], markup
    return lines, markup[start:]


def _with_fields(fields: list[str], draft: HtmlDraft) -> HtmlDraft:
    return replace(draft, lines=(*fields, "", *draft.lines)) if fields else draft


def _full_page(markup: str) -> HtmlDraft | None:
    import trafilatura  # imported here: it is slow to import and only whole pages need it

    doc = _extraction(trafilatura, markup)
    if not doc or not (doc.get("text") or "").strip():
        return None
    page = {k: str(doc[k]).strip() for k in ("title", "date", "author", "sitename", "url") if doc.get(k)}
    fragment = fragment_to_draft(markup)
    if (day := page.get("date")) and (timed := _timed_day(day, fragment.lines)):
        page["date"] = timed
    if _sentences(doc["text"]) < 2 and (board := _story_table(markup)) is not None:
        # what trafilatura found holds no story, only menus ('희망이 샘솟는 신안! …' under every item, set-ol ol-02):
        # a board sets its article in a view table (번호, 등록일, 제목, 내용 rows), which the fragment walker reads
        # field by field; the page's own title is the board's name then, not the article's
        table = fragment_to_draft(board)
        page.pop("title", None)
        return HtmlDraft(
            lines=table.lines,
            headline=table.headline,
            subheadline=table.subheadline,
            captions=table.captions,
            page=page,
        )
    lines = tuple(line.strip() for line in _blank_between(doc["text"].split("\n")))
    title = page.get("title")
    return HtmlDraft(
        lines=lines,
        # a site's or section's title names no article: the story's own first lines are read for one instead
        headline=None if title and _site_title(title) else title or fragment.headline,
        subheadline=fragment.subheadline,
        captions=fragment.captions,
        page=page,
    )


# A board's name as the last part of a page title ('전라남도청누리집 - 보도자료', set-pb pb-04).
_BOARD_NAME = re.compile(r"^(?:보도\s*자료실?|공지\s*사항|새\s*소식|(?:시정|군정|구정|도정)\s*소식|알림\s*마당)$")
_TITLE_PARTS = re.compile(r"\s+[-|:]\s+|\s*[>›»]\s*")


def _site_title(title: str) -> bool:
    """A page title that names the site or its section, not the article: a breadcrumb ('알림마당>담양뉴스>보도자료',
    set-pb pb-01), a list of search keywords ('경북도청, 경상북도, 경북, 도청, Gyeongsangbuk-do', pb-03) or a site and
    board name ('전라남도청누리집 - 보도자료', pb-04), or a line that is page furniture anyway."""
    line = " ".join(title.split()).strip(" -|:")
    if is_junk(line):
        return True
    items = [item.strip() for item in line.split(",")]
    if len(items) >= 4 and all(0 < len(item) <= 16 and " " not in item for item in items):
        return True
    parts = [part for part in _TITLE_PARTS.split(line) if part]
    return len(parts) >= 2 and any(_BOARD_NAME.match(part) for part in parts)


def _og_title(markup: str) -> str | None:
    """The og:title a fragment carries with it, when it reads as an article's title."""
    title = " ".join((og_title(markup) or "").split()) if "og:title" in markup else ""
    return title if len(title) >= 10 and " " in title and not _site_title(title) else None


def _story_table(markup: str) -> str | None:
    """The markup of the page's table that holds the most story sentences (two at least), else None."""
    try:
        root = lxml_html.fromstring(markup)
    except (ParserError, ValueError):
        return None
    best, most = None, 1
    for table in root.iter("table"):
        if table.find(".//table") is not None:
            continue  # a layout table around others: the innermost that holds the story is the one
        found = _sentences(table.text_content())
        if found > most:
            best, most = table, found
    return lxml_html.tostring(best, encoding="unicode") if best is not None else None


def _extraction(trafilatura: Any, markup: str) -> dict | None:
    document = trafilatura.bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, favor_recall=True
    )
    return document.as_dict() if document is not None and hasattr(document, "as_dict") else document


def _sentences(text: str) -> int:
    """Distinct sentences ended as a story's are ('…격려했다.'): menus repeat one slogan or end in none."""
    return len(set(_STORY_SENTENCE.findall(text)))


_STORY_SENTENCE = re.compile(r"[^.!?\n|]{8,}?[가-힣]다\.")


def _timed_day(day: str, lines: tuple[str, ...]) -> str | None:
    """trafilatura gives a page's day without its time ('2025-12-05'); the page's own date row prints the time
    ('작성일 2025-12-05 17:09', set-ol ol-01). The time is taken when the visible lines give that day exactly one."""
    m = re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", day)
    if not m:
        return None
    y, mo, d = m.groups()
    pattern = re.compile(rf"(?<!\d){y}\s*[-./]\s*{mo}\s*[-./]\s*{d}\.?\s+(\d{{1,2}}:\d{{2}})(?::\d{{2}})?(?!\d)")
    times = {found[1].zfill(5) for line in lines for found in pattern.finditer(line)}
    return f"{day} {times.pop()}" if len(times) == 1 else None


def fragment_to_draft(markup: str) -> HtmlDraft:
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return HtmlDraft(lines=tuple(markup.split("\n")))
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    headline = subheadline = None
    body: list[str] = []
    long_text_seen = False
    for role, text in walker.blocks:
        if role == "heading" and _field_heading(text):
            # '<h6>윤희일 기자  2023. 11. 1. 09:26</h6>': a byline, read with the header lines
            role = "text"
        if role == "heading" and headline is None and not long_text_seen:
            headline = " ".join(text.split())
        elif role == "heading" and subheadline is None and not long_text_seen:
            subheadline = "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())
        elif role == "caption":
            continue
        else:
            long_text_seen = long_text_seen or len(text) > 100
            body.extend([*text.split("\n"), ""])
    captions = tuple(" ".join(t.split()) for role, t in walker.blocks if role == "caption")
    return HtmlDraft(lines=tuple(body), headline=headline, subheadline=subheadline, captions=captions)


# Compiled once: the walker applies them to every text node and block of every page.
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_BLANK_LINES = re.compile(r"\n{3,}")
_SOURCE_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SOURCE_SPACES = re.compile(r"[ \t\r\n\u00a0]+")


class _Walker:
    """Collects (role, text) blocks in document order; role is 'heading', 'caption' or 'text'."""

    def __init__(self) -> None:
        self.blocks: list[tuple[str, str]] = []
        self._buffer: list[str] = []
        self._role = "text"

    def flush(self) -> None:
        text = "".join(self._buffer)
        text = _LINE_BREAK.sub("\n", text)
        text = _BLANK_LINES.sub(PARAGRAPH, text).strip()
        if text:
            self.blocks.append((self._role, text))
        self._buffer = []
        self._role = "text"

    def walk(self, element: lxml_html.HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in SKIP_TAGS or not tag:
            self._text(element.tail)
            return
        if tag == "br":
            self._buffer.append("\n")
            self._text(element.tail)
            return
        if tag == "tr" and _field_row(element):
            self._field_row(element)
            self._text(element.tail)
            return
        if tag == "dl" and _field_list(element):
            self._field_list(element)
            self._text(element.tail)
            return
        field = _record_field(element) if tag not in BLOCK_TAGS else None
        is_block = tag in BLOCK_TAGS or field is not None
        if is_block:
            self.flush()
            if tag in HEADING_TAGS or field == "heading":
                self._role = "heading"
            elif _is_caption(element):
                self._role = "caption"
        self._text(element.text)
        for child in element:
            if field == "text":
                self._buffer.append(" ")  # '<b>작성일</b>2026.07.27': a label and its value
            self.walk(child)
        if is_block:
            self.flush()
        self._text(element.tail)

    def _field_row(self, row: lxml_html.HtmlElement) -> None:
        """A row of a board's view table ('<th>제목</th><td>신안군, …</td>', '<th>등록일</th><td>2025-01-24 …</td>'):
        each label and its value on one line ('제목 신안군, …'), as the header reads field lines. The label of
        the content cell ('내용', '본문') is dropped: the story follows."""
        self.flush()
        for cell in row:
            cell_tag = cell.tag.lower() if isinstance(cell.tag, str) else ""
            if cell_tag == "th" and _CONTENT_LABEL.match(" ".join(cell.text_content().split())):
                self._text(cell.tail)
                continue
            if cell_tag not in ("th", "td"):
                self.walk(cell)
                continue
            self._buffer.append(" ")
            self._text(cell.text)
            for child in cell:
                self.walk(child)
            self._text(cell.tail)
        self.flush()

    def _field_list(self, fields: lxml_html.HtmlElement) -> None:
        """A board's fields as a definition list ('<dt>작성자</dt><dd>홍보담당관</dd><dt>등록일</dt><dd>2026-07-27</dd>',
        set-ok ok-08): each label and its value on one line, as a field row's are."""
        self.flush()
        for item in fields:
            item_tag = item.tag.lower() if isinstance(item.tag, str) else ""
            if item_tag == "dt":
                self.flush()
            self._buffer.append(" ")
            self._text(item.text)
            for child in item:
                self.walk(child)
        self.flush()

    def _text(self, text: str | None) -> None:
        """Source newlines are spaces in HTML, except a blank line, which these sites use as a paragraph break."""
        if not text:
            return
        parts = _SOURCE_BLANK_LINE.split(text)
        self._buffer.append(PARAGRAPH.join(_SOURCE_SPACES.sub(" ", part) for part in parts))


_CONTENT_LABEL = re.compile(r"^(?:내용|본문|상세\s*내용|기사\s*내용)$")


# An inline element that a news card's template styles as one field of its record (`<span class="title">`,
# `<span class="sub_title">`, `<span class="date"><b>작성일</b>2026.07.27</span>`, set-os os-05): a line of its own,
# as the card shows it, not glued to the field before ('…지원영천시…', '…계획이다. 작성일2026.07.27').
_TITLE_CLASS = re.compile(r"^(?:[a-z]+[_-])?(?:sub[_-]?)?(?:title|tit|headline)$", re.IGNORECASE)
_FIELD_CLASS = re.compile(
    r"^(?:[a-z]+[_-])?(?:date|regdate|writer|author|byline|reporter|subject|summary|body|desc)$", re.IGNORECASE
)
_INLINE_FIELD_TAGS = frozenset(["span", "a", "em", "strong", "b", "font", "label", "time"])


def _record_field(element: lxml_html.HtmlElement) -> str | None:
    """'heading' for a title field, 'text' for another field of a card, None for an ordinary inline element."""
    if element.tag.lower() not in _INLINE_FIELD_TAGS:
        return None
    classes = (element.get("class") or "").split()
    if any(_TITLE_CLASS.match(c) for c in classes):
        field = "heading"
    elif element.tag.lower() == "time" or any(_FIELD_CLASS.match(c) for c in classes):
        field = "text"
    else:
        return None
    if _FIELD_LABEL.match(" ".join(element.text_content().split())):
        return None  # a board's label styled as a title ('<em class="tit">제목</em>', set-d d-01): its row reads on
    return field


def _field_row(row: lxml_html.HtmlElement) -> bool:
    """A table row of label cells (th, short) and value cells (td): the field table of a board's view page."""
    cells = [c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("th", "td")]
    labels = [c for c in cells if c.tag.lower() == "th"]
    if labels and len(labels) == len(cells) and len(cells) % 2 == 0:
        # a header row of label and value cells alike ('<th>작성부서</th><th>홍보미디어실</th><th>등록일자</th>
        # <th>2026-07-15</th>', set-oc oc-05): the labels are every other cell
        labels = cells[::2]
        return all(_FIELD_LABEL.match(" ".join(c.text_content().split())) for c in labels)
    return (
        bool(labels)
        and any(c.tag.lower() == "td" for c in cells)
        and all(len(" ".join(c.text_content().split())) <= 10 for c in labels)
    )


# The label of a board's field ('작성부서', '등록일자', '담당자', '조회수'); a data table's column heads ('구분',
# '2025년') are none.
_FIELD_LABEL = re.compile(
    r"^(?:(?:작성|담당|관련)?부서명?|(?:작성|등록|게시|수정|배포)(?:일|일자|일시)|작성자|담당자|등록자|연락처|전화번호"
    r"|조회|조회수|제목|첨부|첨부파일|파일)$"
)


def _field_list(fields: lxml_html.HtmlElement) -> bool:
    """A definition list whose terms are all a board's field labels ('작성자', '등록일', '조회수')."""
    terms = [c for c in fields if isinstance(c.tag, str) and c.tag.lower() == "dt"]
    return bool(terms) and all(_FIELD_LABEL.match(" ".join(t.text_content().split())) for t in terms)


def _field_heading(text: str) -> bool:
    """A heading that holds a byline, a date or a source note rather than a title ('<h6>이정훈  2023. 11. 1.
    07:05</h6>', '<h6>[Source : 연합뉴스]</h6>'): page templates style these fields as headings."""
    line = normalise_line(" ".join(text.split()))
    if len(line) > 120:
        return False
    return footer_line(line)[0] or header_field_line(line)[0]


def _is_caption(element: lxml_html.HtmlElement) -> bool:
    """figcaption, caption-like classes, or a short text block right after an image."""
    # a table's caption ('<caption>글 내용보기</caption>') labels the table for screen readers
    if element.tag in ("figcaption", "caption") or _CAPTION_CLASS.search(element.get("class", "") or ""):
        return True
    previous = element.getprevious()
    if previous is not None and isinstance(previous.tag, str) and previous.tag.lower() == "img":
        return len(" ".join(element.text_content().split())) <= 200
    return False


def _blank_between(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        out.extend([line, ""])
    return out
