"""Real claims for report tests: sentences of `seeds/corpus/articles` with the speakers, dates, kinds and
policies of `seeds/corpus/gold`, stored through the ORM in the `engine` fixture's database (both backends).

The claim text is the sentence around the gold quote, so offsets are true offsets into the stored text.
To exercise sub-policies, `smart-city` is put under `fourth-industrial-revolution` (it is one in substance).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from hashlib import sha256
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tracker.db import models as m
from tracker.db.session import transaction

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"
REPORT_ARTICLES = (
    "breaknews-daegu-20180313.txt",  # 권영진, smart city and fine dust, 2018
    "asiae-yeongdeungpo-20181126.txt",  # a Seoul district (11560), 채현일
    "kbs-busan-20230823.txt",  # Busan, airport, narrated
    "gangjin-pressrelease-undated.txt",  # undated, 강진원
    "naeil-daegu-undated.txt",  # Daegu, undated, many policies
    "yonhap-pyeongchang-20260129.txt",  # 평창 under its new code 51760
)
ACCEPTED = {"breaknews-daegu-20180313.txt"}  # reviewed rows, extractor 0.2.0; the rest 0.1.0, unreviewed
QUANTITIES = {  # (article, number as written) -> (value, unit)
    ("breaknews-daegu-20180313.txt", "100억 원"): (Decimal(10_000_000_000), "KRW"),
    ("breaknews-daegu-20180313.txt", "30%"): (Decimal(30), "%"),
}
_OPEN = '.!?\n“"'
_CLOSE = '.!?\n”"'


@dataclass(frozen=True)
class GoldClaim:
    article: str
    text: str
    speaker: str | None
    date: date | None
    policies: tuple[str, ...]
    kind: str
    jurisdiction: str | None
    accepted: bool  # reviewed, extractor 0.2.0 (else unreviewed, 0.1.0)


def _sentence(text: str, quote: str) -> tuple[int, int]:
    """Span of the sentence (or quoted sentence) that contains the quote, whitespace-insensitive."""
    pattern = r"\s*".join(re.escape(ch) for ch in quote if not ch.isspace())
    match = re.search(pattern, text)
    assert match, quote
    start = max(text.rfind(ch, 0, match.start()) for ch in _OPEN) + 1
    while text[start].isspace():
        start += 1
    ends = [i for ch in _CLOSE if (i := text.find(ch, match.end())) >= 0]
    end = min(ends) if ends else len(text)
    if end < len(text) and text[end] in ".!?":
        end += 1
    return start, end


def gold_claims() -> list[GoldClaim]:
    """The gold claims of REPORT_ARTICLES, as the fixture stores them (tests compute expectations here)."""
    out = []
    for name in REPORT_ARTICLES:
        gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        text = (CORPUS / "articles" / name).read_text(encoding="utf-8")
        for c in gold["claims"]:
            start, end = _sentence(text, c["quote"])
            out.append(
                GoldClaim(
                    name,
                    text[start:end],
                    c["speaker"],
                    date.fromisoformat(c["date"]) if c["date"] else None,
                    tuple(c["policies"]),
                    c["kind"],
                    gold["metadata"]["jurisdiction"],
                    name in ACCEPTED,
                )
            )
    return out


def _published(value: str | None) -> tuple[datetime | None, date | None, str | None]:
    if not value:
        return None, None, None
    if "T" in value:
        at = datetime.fromisoformat(value)
        return at, at.date(), "minute"
    day = date.fromisoformat(value)
    return datetime.fromisoformat(f"{value}T00:00+09:00"), day, "day"


def load_report_claims(engine: Engine) -> None:
    with transaction(engine) as session:
        session.get(m.Policy, "smart-city").parent_slug = "fourth-industrial-revolution"
        outlets: dict[str, m.Outlet] = {}
        for name in REPORT_ARTICLES:
            gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
            raw = (CORPUS / "articles" / name).read_bytes()
            text = raw.decode("utf-8")
            meta = gold["metadata"]
            outlet = None
            if meta["outlet"]:
                outlet = outlets.get(meta["outlet"]) or m.Outlet(name=meta["outlet"])
                outlets[meta["outlet"]] = outlet
            at, day, precision = _published(meta["published"])
            version = "0.2.0" if name in ACCEPTED else "0.1.0"
            article = m.Article(
                source=f"seeds/corpus/articles/{name}",
                sha256=sha256(raw).hexdigest(),
                format="text",
                encoding="utf-8",
                raw_text=text,
                clean_text=text,
                headline=meta["headline"],
                reporter=meta["reporter"],
                outlet=outlet,
                published_at=at,
                published_date=day,
                published_precision=precision,
                jurisdiction_code=meta["jurisdiction"],
                extractor_version=version,
            )
            session.add(article)
            for c in gold["claims"]:
                start, end = _sentence(text, c["quote"])
                claim = m.Claim(
                    text=text[start:end],
                    start_offset=start,
                    end_offset=end,
                    speaker_key=c["speaker"],
                    speaker_text=None,
                    jurisdiction_code=meta["jurisdiction"],
                    claim_date=date.fromisoformat(c["date"]) if c["date"] else None,
                    date_precision="day" if c["date"] else None,
                    kind=c["kind"],
                    confidence=1.0,
                    extractor_version=version,
                    review_status="accepted" if name in ACCEPTED else "unreviewed",
                )
                claim.policies = [m.ClaimPolicy(policy_slug=p) for p in dict.fromkeys(c["policies"])]
                for (article_name, written), (value, unit) in QUANTITIES.items():
                    at_ = claim.text.find(written)
                    if article_name == name and at_ >= 0:
                        claim.quantities.append(
                            m.ClaimQuantity(
                                value=value,
                                unit=unit,
                                text=written,
                                start_offset=start + at_,
                                end_offset=start + at_ + len(written),
                            )
                        )
                article.claims.append(claim)


@pytest.fixture(scope="session")
def report_gold() -> list[GoldClaim]:
    """The gold claims that `report_db` stores, to compute what a report should say."""
    return gold_claims()


@pytest.fixture
def report_db(engine: Engine) -> Engine:
    """The `engine` database (SQLite, then PostgreSQL) holding the real claims of REPORT_ARTICLES."""
    load_report_claims(engine)
    return engine
