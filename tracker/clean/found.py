"""What the cleaning stages learn about an article while they take its boilerplate apart."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from tracker.clean.dates import parse_published


@dataclass(frozen=True)
class Found:
    """Raw metadata strings as the text states them; `tracker.clean.meta` turns them into `ArticleMeta`.

    Each stage returns its own `Found`; `merge` keeps what an earlier (more trustworthy) stage found.
    """

    headline: str | None = None
    subheadline: str | None = None
    reporter: str | None = None
    field_reporter: str | None = (
        None  # a bare name in a template's byline field ('• 이형중'): a dateline wins
    )
    outlet: str | None = None  # named in the text (dateline, outlet line, credit)
    footer_outlet: str | None = None  # named by a copyright notice or a broadcast sign-off below the story
    email_outlet: str | None = None  # only inferred from a reporter's e-mail domain
    # only named inside the story: its own photo archive's credit ('/ IT조선 DB') or an interviewer's turn
    # label ('프레시안: …'); the weakest evidence, used when nothing else names the outlet
    inner_outlet: str | None = None
    # the paper's name as the story itself prints it ('한국경제신문과의 인터뷰에서'), where the table's name is shorter
    # ('한국경제'): the outlet is written as the text names it (`seeds/corpus/ANNOTATION_NOTES.md`, item 8)
    printed_outlet: str | None = None
    published: str | None = None
    # a date with a clock time in the page's first or last lines, in no form the header reader knows: the
    # weakest publication date, used when neither the text nor the title gives one
    stamped: str | None = None
    # the page's last edit ('수정: 2021.05.07 01:12'): the publication date only when nothing else, not even a stamp,
    # dates the article
    edited: str | None = None
    url: str | None = None
    place: str | None = None  # dateline place ('대구' in 【브레이크뉴스 대구】, '단양' in (단양=연합뉴스))
    captions: tuple[str, ...] = ()

    def merge(self, other: Found) -> Found:
        if other == _EMPTY:  # nothing to add: the same values
            return self
        values = {
            name: mine if (mine := getattr(self, name)) is not None else getattr(other, name)
            for name in _MERGED
        }
        if self.published and other.published and _timed_same_day(self.published, other.published):
            values["published"] = other.published
        return replace(self, **values, captions=self.captions + other.captions)


def _timed_same_day(first: str, later: str) -> bool:
    """`later` gives the clock time of the day `first` only names ('이진호 기자 2018년 07월 23일 월요일', then
    '웹출고시간 : 2018.07.23 12:03:00', set-fb fb-01): the same publication, more precisely."""
    a, b = parse_published(first), parse_published(later)
    return (
        a is not None
        and b is not None
        and a[0].date() == b[0].date()
        and (a[0].hour, a[0].minute) == (0, 0)
        and (b[0].hour, b[0].minute) != (0, 0)
    )


_MERGED = tuple(f.name for f in fields(Found) if f.name != "captions")
_EMPTY = Found()
