"""The cleaned article: body text whose offsets every claim and mention refers to, plus metadata."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ArticleMeta:
    headline: str | None = None
    subheadline: str | None = None
    reporter: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None  # time-zone aware, Asia/Seoul
    published_precision: str | None = None  # 'second' | 'minute' | 'day' | 'month'
    jurisdiction_code: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class CleanArticle:
    text: str  # clean body: boilerplate removed, paragraphs separated by '\n\n', nothing of the body lost
    meta: ArticleMeta
    captions: tuple[str, ...] = ()  # photo captions set aside (not body text, but not thrown away)
