"""Schema v1. Every column a researcher sees carries a comment; the codebook is generated from them.

Natural keys where the domain has stable identifiers (jurisdiction codes, person keys, policy slugs), so
that SQL reads as `speaker_key = 'kwon-young-jin'`; integer ids for everything ingested.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tracker.db.base import AwareDateTime, Base, utcnow

CLAIM_KINDS = ("plan", "achievement", "target", "criticism", "statement")
DATE_PRECISIONS = ("day", "month", "year")
REVIEW_STATUSES = ("unreviewed", "accepted", "rejected", "corrected")
MENTION_STATUSES = ("resolved", "ambiguous", "not_found", "provisional")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Jurisdiction(Base):
    __tablename__ = "jurisdictions"
    __table_args__ = {"comment": "Korean local governments (지방자치단체), metropolitan and basic level."}

    code: Mapped[str] = mapped_column(
        String(10),
        primary_key=True,
        comment="법정동 code prefix: 2 digits metropolitan, 5 basic, e.g. '27', '11560'",
    )
    name_ko: Mapped[str] = mapped_column(String(50), comment="Official Korean name, e.g. '대구광역시'")
    name_en: Mapped[str | None] = mapped_column(String(80), comment="English name as the source writes it")
    short_names: Mapped[str | None] = mapped_column(
        String(200), comment="';'-separated short forms used in news, e.g. '대구시;대구'"
    )
    level: Mapped[str] = mapped_column(String(20), comment="'metropolitan' (광역) or 'basic' (기초)")
    kind: Mapped[str] = mapped_column(
        String(20), comment="특별시, 광역시, 특별자치시, 도, 특별자치도, 시, 군, 구"
    )
    parent_code: Mapped[str | None] = mapped_column(
        ForeignKey("jurisdictions.code"), comment="Code of the metropolitan government a basic one belongs to"
    )
    valid_from: Mapped[date | None] = mapped_column(
        Date, comment="First day the code is valid; null = before 2014"
    )
    valid_to: Mapped[date | None] = mapped_column(
        Date, comment="Last day the code is valid; null = still valid"
    )
    code_system: Mapped[str | None] = mapped_column(String(80), comment="Which code list the code comes from")
    source: Mapped[str | None] = mapped_column(Text, comment="Where the row's facts come from")


class Person(Base):
    __tablename__ = "people"
    __table_args__ = {"comment": "People who hold or held a post (Popolo person)."}

    key: Mapped[str] = mapped_column(
        String(80), primary_key=True, comment="Stable romanised slug, e.g. 'kwon-young-jin'"
    )
    name_ko: Mapped[str] = mapped_column(String(50), comment="Name in Hangul, e.g. '권영진'")
    name_en: Mapped[str | None] = mapped_column(String(100), comment="Romanised name as sources write it")
    name_hanja: Mapped[str | None] = mapped_column(
        String(50), comment="Name in Hanja where a source gives it"
    )
    verified: Mapped[bool] = mapped_column(
        Boolean, default=True, comment="False for people registered provisionally from an article, to review"
    )
    source_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"),
        comment="Article a provisional person was registered from",
    )
    created_at: Mapped[datetime] = mapped_column(
        AwareDateTime, default=utcnow, comment="When the row was created"
    )

    names: Mapped[list[PersonName]] = relationship(back_populates="person", cascade="all, delete-orphan")
    terms: Mapped[list[Term]] = relationship(back_populates="person", cascade="all, delete-orphan")


class PersonName(Base):
    __tablename__ = "person_names"
    __table_args__ = (
        UniqueConstraint("person_key", "name"),
        {"comment": "Names and aliases of a person, in Hangul, Latin or Hanja script."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    person_key: Mapped[str] = mapped_column(
        ForeignKey("people.key", ondelete="CASCADE"), index=True, comment="The person"
    )
    name: Mapped[str] = mapped_column(String(100), comment="The name as written")
    script: Mapped[str] = mapped_column(String(10), comment="'hangul', 'latin' or 'hanja'")
    kind: Mapped[str] = mapped_column(String(20), default="official", comment="'official' or 'alias'")

    person: Mapped[Person] = relationship(back_populates="names")


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("jurisdiction_code", "role"),
        {"comment": "Offices a person can hold: the head of a local government, or its superintendent."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    title_ko: Mapped[str] = mapped_column(String(80), comment="Title of the post, e.g. '대구광역시장'")
    role: Mapped[str] = mapped_column(
        String(20), comment="'head' (시장, 도지사, 군수, 구청장) or 'superintendent' (교육감)"
    )
    jurisdiction_code: Mapped[str] = mapped_column(
        ForeignKey("jurisdictions.code"), index=True, comment="Local government the post belongs to"
    )

    terms: Mapped[list[Term]] = relationship(back_populates="post")


class Term(Base):
    __tablename__ = "terms"
    __table_args__ = (
        UniqueConstraint("person_key", "post_id", "election"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="dates_ordered"
        ),
        {"comment": "A person holding a post from a start to an end date (Popolo membership)."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    person_key: Mapped[str] = mapped_column(
        ForeignKey("people.key", ondelete="CASCADE"), index=True, comment="The person"
    )
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id"), index=True, comment="The post held")
    start_date: Mapped[date | None] = mapped_column(
        Date, comment="First day in office; null when no source says"
    )
    end_date: Mapped[date | None] = mapped_column(
        Date, comment="Last day in office; null = still in office or unknown"
    )
    party: Mapped[str | None] = mapped_column(String(80), comment="Party at election, as the source names it")
    election: Mapped[str] = mapped_column(
        String(80), comment="How the term began, e.g. '7th local election 2018', '2021 by-election', 'acting'"
    )
    acting: Mapped[bool] = mapped_column(Boolean, default=False, comment="True for an acting head (권한대행)")
    verified: Mapped[bool] = mapped_column(
        Boolean, default=True, comment="False when registered from an article"
    )
    source: Mapped[str | None] = mapped_column(Text, comment="Where the facts of this term come from")
    note: Mapped[str | None] = mapped_column(Text, comment="Anything a reviewer should know")

    person: Mapped[Person] = relationship(back_populates="terms")
    post: Mapped[Post] = relationship(back_populates="terms")


class Domain(Base):
    __tablename__ = "domains"
    __table_args__ = {"comment": "Broad policy areas that group policies."}

    slug: Mapped[str] = mapped_column(
        String(40), primary_key=True, comment="Stable identifier, e.g. 'environment'"
    )
    name_ko: Mapped[str] = mapped_column(String(80), comment="Korean name, e.g. '환경'")
    name_en: Mapped[str] = mapped_column(String(120), comment="English name")


class Policy(Base):
    __tablename__ = "policies"
    __table_args__ = {"comment": "The policy taxonomy that claims are classified into."}

    slug: Mapped[str] = mapped_column(
        String(60), primary_key=True, comment="Stable identifier, e.g. 'smart-city'"
    )
    name_ko: Mapped[str] = mapped_column(String(80), comment="Korean name, e.g. '스마트시티'")
    name_en: Mapped[str] = mapped_column(String(120), comment="English name")
    domain_slug: Mapped[str] = mapped_column(ForeignKey("domains.slug"), comment="Policy area")
    cap_subtopic: Mapped[int | None] = mapped_column(
        Integer, comment="Comparative Agendas Project subtopic code; major topic = cap_subtopic / 100"
    )
    parent_slug: Mapped[str | None] = mapped_column(
        ForeignKey("policies.slug"), comment="Broader policy this one belongs to, if any"
    )

    keywords: Mapped[list[PolicyKeyword]] = relationship(cascade="all, delete-orphan")


class PolicyKeyword(Base):
    __tablename__ = "policy_keywords"
    __table_args__ = (
        UniqueConstraint("policy_slug", "keyword"),
        {"comment": "Surface forms in news that signal a policy (a keyword alone does not make a claim)."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    policy_slug: Mapped[str] = mapped_column(
        ForeignKey("policies.slug", ondelete="CASCADE"), index=True, comment="The policy"
    )
    keyword: Mapped[str] = mapped_column(String(80), comment="The surface form, e.g. '스마트 시티'")


class Outlet(Base):
    __tablename__ = "outlets"
    __table_args__ = {"comment": "News outlets and other publishers of ingested articles."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    name: Mapped[str] = mapped_column(String(100), unique=True, comment="Outlet name, e.g. '브레이크뉴스'")


class IngestRun(Base):
    __tablename__ = "ingest_runs"
    __table_args__ = {"comment": "One row per `tracker ingest` run: what went in and how it went."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    started_at: Mapped[datetime] = mapped_column(
        AwareDateTime, default=utcnow, comment="When the run started"
    )
    finished_at: Mapped[datetime | None] = mapped_column(AwareDateTime, comment="When the run finished")
    inputs: Mapped[list[str]] = mapped_column(JSON, default=list, comment="Paths given to the run")
    new_count: Mapped[int] = mapped_column(Integer, default=0, comment="Articles stored for the first time")
    duplicate_count: Mapped[int] = mapped_column(
        Integer, default=0, comment="Articles already stored (same sha256)"
    )
    reextracted_count: Mapped[int] = mapped_column(
        Integer, default=0, comment="Stored articles re-extracted because the extractor version changed"
    )
    failed_count: Mapped[int] = mapped_column(Integer, default=0, comment="Inputs that could not be stored")
    errors: Mapped[list[Any]] = mapped_column(JSON, default=list, comment="One message per failed input")
    extractor_version: Mapped[str] = mapped_column(String(20), comment="Extractor version the run used")


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = {"comment": "Ingested news articles: raw text kept, clean text derived, metadata."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    source: Mapped[str] = mapped_column(
        Text, comment="Where the article came from as given: path, path:line, or '<stdin>'"
    )
    sha256: Mapped[str] = mapped_column(
        String(64), unique=True, comment="SHA-256 of the raw bytes; same content = same article"
    )
    format: Mapped[str] = mapped_column(String(10), comment="'text' or 'html'")
    encoding: Mapped[str] = mapped_column(String(20), comment="Encoding the raw bytes were decoded with")
    raw_text: Mapped[str] = mapped_column(Text, comment="The article as given, decoded")
    clean_text: Mapped[str] = mapped_column(
        Text, comment="Body without boilerplate; claim offsets refer to it"
    )
    headline: Mapped[str | None] = mapped_column(Text, comment="Headline")
    subheadline: Mapped[str | None] = mapped_column(Text, comment="Subheadline")
    reporter: Mapped[str | None] = mapped_column(String(100), comment="Reporter's name, e.g. '박성원'")
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"), index=True, comment="Outlet")
    url: Mapped[str | None] = mapped_column(Text, comment="URL when the input gave one")
    published_at: Mapped[datetime | None] = mapped_column(
        AwareDateTime, comment="Publication time (time-zone aware; stored in UTC)"
    )
    published_date: Mapped[date | None] = mapped_column(
        Date, index=True, comment="Publication day in Asia/Seoul"
    )
    published_precision: Mapped[str | None] = mapped_column(
        String(10),
        comment="How exact published_at is: 'second', 'minute', 'day' or 'month' (a month-only date; published_at is its first day)",
    )
    jurisdiction_code: Mapped[str | None] = mapped_column(
        ForeignKey("jurisdictions.code"), index=True, comment="Local government the article is mainly about"
    )
    ingested_at: Mapped[datetime] = mapped_column(AwareDateTime, default=utcnow, comment="When it was stored")
    extractor_version: Mapped[str] = mapped_column(
        String(20), comment="Extractor version of its claims and mentions"
    )
    ingest_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("ingest_runs.id", ondelete="SET NULL"), comment="Run that stored it"
    )
    search_text: Mapped[str | None] = mapped_column(
        Text, comment="Space-joined Kiwi morphemes of the clean text, for full-text search (`tracker search`)"
    )

    outlet: Mapped[Outlet | None] = relationship()
    claims: Mapped[list[Claim]] = relationship(back_populates="article", cascade="all, delete-orphan")
    mentions: Mapped[list[Mention]] = relationship(back_populates="article", cascade="all, delete-orphan")
    officials: Mapped[list[ArticleOfficial]] = relationship(cascade="all, delete-orphan")


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint(_in("kind", CLAIM_KINDS), name="kind"),
        CheckConstraint(_in("date_precision", DATE_PRECISIONS), name="date_precision"),
        CheckConstraint(_in("review_status", REVIEW_STATUSES), name="review_status"),
        CheckConstraint("end_offset > start_offset", name="span"),
        Index("ix_claims_speaker_date", "speaker_key", "claim_date"),
        {"comment": "Policy claims: one sentence-sized assertion each, with its exact span in the article."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True, comment="Article the claim is in"
    )
    text: Mapped[str] = mapped_column(
        Text, comment="Exact text: articles.clean_text[start_offset:end_offset]"
    )
    start_offset: Mapped[int] = mapped_column(
        Integer, comment="Start character offset in the clean text (0-based)"
    )
    end_offset: Mapped[int] = mapped_column(
        Integer, comment="End character offset in the clean text (exclusive)"
    )
    speaker_key: Mapped[str | None] = mapped_column(
        ForeignKey("people.key", ondelete="SET NULL"),
        comment="Official who asserts it; null = narration or unknown",
    )
    speaker_text: Mapped[str | None] = mapped_column(Text, comment="The speaker as written, e.g. '권 시장'")
    jurisdiction_code: Mapped[str | None] = mapped_column(
        ForeignKey("jurisdictions.code"), index=True, comment="Local government the claim is about"
    )
    claim_date: Mapped[date | None] = mapped_column(
        Date, index=True, comment="Day the claim was made (Asia/Seoul)"
    )
    date_precision: Mapped[str | None] = mapped_column(String(10), comment="'day', 'month' or 'year'")
    period_start: Mapped[date | None] = mapped_column(
        Date, comment="Start of a period the claim refers to, if any"
    )
    period_end: Mapped[date | None] = mapped_column(Date, comment="End of that period, if any")
    period_text: Mapped[str | None] = mapped_column(Text, comment="The period as written, e.g. '3년 전부터'")
    kind: Mapped[str] = mapped_column(
        String(20), comment="'plan', 'achievement', 'target', 'criticism' or 'statement'"
    )
    confidence: Mapped[float] = mapped_column(Float, comment="Extractor's confidence, 0 to 1")
    extractor_version: Mapped[str] = mapped_column(
        String(20), comment="Extractor version that made the claim"
    )
    review_status: Mapped[str] = mapped_column(
        String(20), default="unreviewed", comment="'unreviewed', 'accepted', 'rejected' or 'corrected'"
    )
    created_at: Mapped[datetime] = mapped_column(
        AwareDateTime, default=utcnow, comment="When the claim was stored"
    )
    search_text: Mapped[str | None] = mapped_column(
        Text, comment="Space-joined Kiwi morphemes of the text, for full-text search (`tracker search`)"
    )

    article: Mapped[Article] = relationship(back_populates="claims")
    policies: Mapped[list[ClaimPolicy]] = relationship(cascade="all, delete-orphan")
    quantities: Mapped[list[ClaimQuantity]] = relationship(cascade="all, delete-orphan")


class ClaimPolicy(Base):
    __tablename__ = "claim_policies"
    __table_args__ = {"comment": "Which policies a claim is about (one row per claim and policy)."}

    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, comment="The claim"
    )
    policy_slug: Mapped[str] = mapped_column(
        ForeignKey("policies.slug"), primary_key=True, index=True, comment="The policy"
    )


class ClaimQuantity(Base):
    __tablename__ = "claim_quantities"
    __table_args__ = {"comment": "Numbers in a claim, normalised ('100억 원' -> 10000000000 KRW)."}

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    claim_id: Mapped[int] = mapped_column(
        ForeignKey("claims.id", ondelete="CASCADE"), index=True, comment="The claim"
    )
    value: Mapped[Decimal] = mapped_column(Numeric(28, 6), comment="Normalised value")
    unit: Mapped[str] = mapped_column(
        String(20), comment="Unit: 'KRW', '%', 'person', 'company', 'count', ..."
    )
    text: Mapped[str] = mapped_column(Text, comment="The number as written, e.g. '100억 원'")
    start_offset: Mapped[int] = mapped_column(Integer, comment="Start offset in the article's clean text")
    end_offset: Mapped[int] = mapped_column(
        Integer, comment="End offset in the article's clean text (exclusive)"
    )


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        CheckConstraint(_in("status", MENTION_STATUSES), name="status"),
        {"comment": "Spans of an article that refer to a person, resolved against the registry or not."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id")
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True, comment="Article the mention is in"
    )
    person_key: Mapped[str | None] = mapped_column(
        ForeignKey("people.key", ondelete="SET NULL"),
        index=True,
        comment="Person referred to; null = unresolved",
    )
    text: Mapped[str] = mapped_column(Text, comment="The mention as written, e.g. '권영진 대구시장'")
    start_offset: Mapped[int] = mapped_column(Integer, comment="Start offset in the clean text")
    end_offset: Mapped[int] = mapped_column(Integer, comment="End offset in the clean text (exclusive)")
    status: Mapped[str] = mapped_column(
        String(20), comment="'resolved', 'ambiguous' (several fit), 'not_found' or 'provisional'"
    )
    name_text: Mapped[str | None] = mapped_column(String(50), comment="Name part as written, e.g. '권'")
    title_text: Mapped[str | None] = mapped_column(String(50), comment="Title part as written, e.g. '시장'")
    candidates: Mapped[str | None] = mapped_column(
        Text, comment="';'-separated person keys that fit, when ambiguous"
    )

    article: Mapped[Article] = relationship(back_populates="mentions")


class ArticleOfficial(Base):
    __tablename__ = "article_officials"
    __table_args__ = {
        "comment": "Every registry person an article names anywhere: body, headline, subheadline or photo captions."
    }

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, comment="The article"
    )
    person_key: Mapped[str] = mapped_column(
        ForeignKey("people.key", ondelete="CASCADE"), primary_key=True, index=True, comment="The person named"
    )
