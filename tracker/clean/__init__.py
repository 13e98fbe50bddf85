"""Clean: `InputRecord` -> `CleanArticle` (body text without boilerplate, plus metadata). Pure."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from tracker.clean.article import ArticleMeta, CleanArticle
from tracker.clean.byline_check import found_reporter
from tracker.clean.dates import latest_written_day
from tracker.clean.found import Found
from tracker.clean.government import government_outlet
from tracker.clean.html import html_to_draft
from tracker.clean.jurisdiction import extra_names, main_jurisdiction
from tracker.clean.lines import outlet_of_emails, with_co_reporter
from tracker.clean.meta import build_meta, not_a_writer, published
from tracker.clean.outlet_check import found_outlet
from tracker.clean.text import clean_lines, paragraphs
from tracker.clean.title_check import lost_title
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
    meta = build_meta(found, record.given, jurisdiction_code=code, source=record.source)
    if (
        record.format == "text"
        and meta.headline
        and not given_title
        and lost_title(
            meta.headline,
            record.text.split("\n"),
            text,
            subheadline=bool(meta.subheadline),
            places=_places(reference),
            people=_people(reference),
        )
    ):
        # the title-like line is a subheadline of a title the scrape lost (`title_check`): kept, as a subheadline
        sub = meta.headline if not meta.subheadline else f"{meta.headline}\n{meta.subheadline}"
        meta = replace(meta, headline=None, subheadline=sub)
    if record.format == "text" and meta.reporter is None:
        # a byline in a form the rules do not read (`byline_check`): the learned check's likeliest name, if any
        reporter = found_reporter(
            record.text.split("\n"), text, people=_people(reference), places=_places(reference)
        )
        if reporter and not not_a_writer(reporter):
            meta = replace(meta, reporter=reporter)
    # an outlet named where the rules do not look (`outlet_check`): the learned check's likeliest, if any; else the
    # outlet whose domain the page's e-mail addresses have
    if record.format == "text" and meta.outlet is None:
        raw_lines = record.text.split("\n")
        if outlet := found_outlet(raw_lines, text) or outlet_of_emails(raw_lines):
            meta = replace(meta, outlet=outlet)
    if meta.outlet is None and (
        outlet := government_outlet(record.text, text, meta.jurisdiction_code, reference, bylined=bool(meta.reporter))
    ):
        # a government's own release board: the government published it (`government`)
        meta = replace(meta, outlet=outlet)
    return CleanArticle(text=text, meta=meta, captions=found.captions)


@per_reference
def _places(reference: Reference) -> frozenset[str]:
    """Names of local governments a title may name (full and short names of two syllables or more)."""
    names = {j.name_ko.split()[-1] for j in reference.jurisdictions}
    names.update(s for j in reference.jurisdictions for s in j.short_names)
    return frozenset(n for n in names if len(n) >= 2)


@per_reference
def _people(reference: Reference) -> frozenset[str]:
    """Names of the registry's people (three syllables: a two-syllable name is too often a word)."""
    return frozenset(o.name_ko for o in reference.officials if len(o.name_ko) == 3)


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
