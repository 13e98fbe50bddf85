"""Clean: `InputRecord` -> `CleanArticle` (body text without boilerplate, plus metadata). Pure."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from tracker.clean.article import ArticleMeta, CleanArticle
from tracker.clean.dates import latest_written_day
from tracker.clean.found import Found
from tracker.clean.html import html_to_draft
from tracker.clean.jurisdiction import extra_names, main_jurisdiction
from tracker.clean.lines import with_co_reporter
from tracker.clean.meta import build_meta, published
from tracker.clean.text import clean_lines, paragraphs
from tracker.read.record import InputRecord
from tracker.reference import Jurisdiction, Reference, per_reference

__all__ = ["ArticleMeta", "CleanArticle", "clean"]


def clean(record: InputRecord, reference: Reference) -> CleanArticle:
    """Strip ads, bylines, captions and footers; keep every body paragraph; read the metadata."""
    given_title = record.given.get("title")
    repeats = (given_title,) if given_title else ()
    if record.format == "html":
        draft = html_to_draft(record.text)
        lines, found = clean_lines(
            draft.lines, known_headline=draft.headline, repeats=repeats, subjects=_subjects(reference)
        )
        page = draft.page
        found = found.merge(
            Found(
                subheadline=draft.subheadline,
                captions=draft.captions,
                published=page.get("date"),
                reporter=page.get("author"),
                outlet=page.get("sitename"),
                url=page.get("url"),
            )
        )
    else:
        lines, found = clean_lines(record.text.split("\n"), repeats=repeats, subjects=_subjects(reference))
    text = paragraphs(lines)
    found = replace(found, reporter=with_co_reporter(found.reporter, record.text))
    when, _ = published(found, record.given, record.source)
    code = main_jurisdiction(
        reference,
        text,
        headline=given_title or found.headline,
        place=found.place,
        day=when.date() if when else latest_written_day(record.text),
    )
    return CleanArticle(
        text=text,
        meta=build_meta(found, record.given, jurisdiction_code=code, source=record.source),
        captions=found.captions,
    )


@per_reference
def _subjects(reference: Reference) -> tuple[str, ...]:
    """`_subject_names` of the reference, kept per reference object (hashing its jurisdictions per
    article cost more than the lookup)."""
    return _subject_names(reference.jurisdictions)


@lru_cache(maxsize=8)
def _subject_names(jurisdictions: tuple[Jurisdiction, ...]) -> tuple[str, ...]:
    """Names a lead sentence opens with: full and suffixed short names of local governments."""
    names: set[str] = set()
    for j in jurisdictions:
        names.add(j.name_ko.split()[-1])
        names.update(s for s in (*j.short_names, *extra_names(j)) if s.endswith(("시", "군", "구", "도")))
    return tuple(sorted(names))
