"""Values the extraction stages produce. Offsets are character offsets into `CleanArticle.text`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Mention:
    """A span that refers to a person, resolved against the registry or not (with the reason)."""

    start: int
    end: int
    text: str
    person_key: str | None
    status: str  # 'resolved' | 'ambiguous' | 'not_found' | 'provisional'
    name: str | None = None  # the person's name as written (full name or surname)
    title: str | None = None  # the title as written (대구시장, 시장, 구청장 ...)
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProvisionalOfficial:
    """A full name + official title the registry lacks, registered from the article (unverified)."""

    person_key: str
    name_ko: str
    post_title: str
    jurisdiction_code: str
    seen_on: date | None


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    unit: str  # 'KRW', '%', 'count', 'person', 'company', 'year', 'm2', ...
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    speaker_key: str | None
    speaker_text: str | None
    jurisdiction_code: str | None
    date: date | None
    date_precision: str | None  # 'day' | 'month' | 'year'
    policies: tuple[str, ...]
    kind: str  # 'plan' | 'achievement' | 'target' | 'criticism' | 'statement'
    confidence: float
    quantities: tuple[Quantity, ...] = ()
    period_start: date | None = None  # a period the sentence refers to ('3년 전부터 시행')
    period_end: date | None = None
    period_text: str | None = None
    search_text: str | None = None  # space-joined Kiwi morphemes of the text, for full-text search


@dataclass(frozen=True)
class Extraction:
    extractor_version: str
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    provisional_officials: tuple[ProvisionalOfficial, ...] = field(default=())
    # Person keys of every official the article mentions: body mentions plus those in the headline,
    # subheadline and photo captions, which have no offsets in the body (gold `officials`).
    officials: tuple[str, ...] = ()
    search_text: str | None = None  # space-joined Kiwi morphemes of the whole clean text
