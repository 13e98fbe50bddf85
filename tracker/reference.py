"""Reference data as plain values: jurisdictions, officials' terms and the policy taxonomy.

Extraction stages take a `Reference` as an argument so that they stay pure (no database inside).
`load_reference(seeds_dir)` builds one from the files in `seeds/`; `tracker.store.registry` builds one
from a database (which also knows provisionally registered officials).
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

import yaml

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@dataclass(frozen=True)
class Jurisdiction:
    """A local government (지방자치단체) identified by its 법정동 code prefix ('27' = 대구광역시)."""

    code: str
    name_ko: str
    name_en: str | None
    level: str  # 'metropolitan' | 'basic'
    kind: str  # 특별시, 광역시, 도, 시, 군, 구 ...
    parent_code: str | None
    short_names: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_to and day > self.valid_to)


@dataclass(frozen=True)
class Official:
    """One term: a person holding a post (head of a jurisdiction, or superintendent) from start to end.

    `start`/`end` may be None when the sources do not state them; `effective_start`/`effective_end`
    fill regular terms by rule (1 July of the election year to 30 June four years later).
    """

    person_key: str
    name_ko: str
    post_title: str  # 대구광역시장, 영등포구청장, 서울특별시교육감 ...
    jurisdiction_code: str
    role: str = "head"  # 'head' | 'superintendent'
    name_en: str | None = None
    party: str | None = None
    start: date | None = None
    end: date | None = None
    election: str | None = None
    acting: bool = False
    aliases: tuple[str, ...] = ()
    verified: bool = True

    @property
    def effective_start(self) -> date | None:
        if self.start:
            return self.start
        year = _election_year(self.election)
        return date(year, 7, 1) if year else None

    @property
    def effective_end(self) -> date | None:
        if self.end:
            return self.end
        year = _election_year(self.election)
        if year and not self.start:
            return date(year + 4, 6, 30)
        return None

    def in_office_on(self, day: date | None) -> bool:
        """True when the term covers `day` (unknown bounds count as open)."""
        if day is None:
            return True
        start, end = self.effective_start, self.effective_end
        if start and day < start:
            return False
        return not (end and day > end)


@dataclass(frozen=True)
class Policy:
    slug: str
    name_ko: str
    name_en: str
    domain: str
    cap: int | None
    keywords: tuple[str, ...]
    parent: str | None = None


@dataclass(frozen=True)
class Reference:
    jurisdictions: tuple[Jurisdiction, ...]
    officials: tuple[Official, ...]
    policies: tuple[Policy, ...]
    domains: tuple[dict, ...] = field(default=())

    def jurisdiction(self, code: str | None) -> Jurisdiction | None:
        return next((j for j in self.jurisdictions if j.code == code), None) if code else None

    def policy(self, slug: str) -> Policy | None:
        return next((p for p in self.policies if p.slug == slug), None)


_Derived = TypeVar("_Derived")


def per_reference(build: Callable[[Reference], _Derived]) -> Callable[[Reference], _Derived]:
    """Cache what `build` derives from a reference (lookup tables, lexicons), once per `Reference` object.

    A reference is immutable, but hashing its tuples for every article would cost more than the lookup, so
    the cache is keyed by identity and keeps the reference itself to guard against a reused id. A handful
    of references at most are alive at once (the seeds, the database's, the tests'), so it stays small."""
    cache: dict[int, tuple[Reference, _Derived]] = {}

    @functools.wraps(build)
    def derived(reference: Reference) -> _Derived:
        hit = cache.get(id(reference))
        if hit is None or hit[0] is not reference:
            if len(cache) > 8:
                cache.clear()
            hit = cache[id(reference)] = (reference, build(reference))
        return hit[1]

    return derived


def _election_year(election: str | None) -> int | None:
    """'7th local election 2018' -> 2018 for regular local elections; None for by-elections/acting."""
    if not election or "by-election" in election or "acting" in election:
        return None
    for token in election.split():
        if token.isdigit() and len(token) == 4 and token in {"2014", "2018", "2022", "2026"}:
            return int(token)
    return None


def _post_title(title: str) -> str:
    """'부산광역시장 권한대행 (acting)' -> '부산광역시장'; '대구광역시 수성구청장' stays whole."""
    return re.sub(r"\s*(권한대행|\(acting\)).*$", "", title).strip()


def _date(value: str | None) -> date | None:
    value = (value or "").strip()
    return date.fromisoformat(value) if value else None


def _nfc(value: str | None) -> str:
    return unicodedata.normalize("NFC", (value or "").strip())


def read_jurisdictions(path: Path) -> list[Jurisdiction]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [
            Jurisdiction(
                code=row["code"].strip(),
                name_ko=_nfc(row["name_ko"]),
                name_en=_nfc(row.get("name_en")) or None,
                level=row["level"].strip(),
                kind=_nfc(row["kind"]),
                parent_code=(row.get("parent_code") or "").strip() or None,
                short_names=tuple(s for s in _nfc(row.get("short_names")).split(";") if s),
                valid_from=_date(row.get("valid_from")),
                valid_to=_date(row.get("valid_to")),
            )
            for row in csv.DictReader(fh)
        ]


def read_officials(path: Path) -> list[Official]:
    """Rows of officials.csv (one per person-term). Rows without a Korean name borrow it from the
    same person's other rows, so a person is always findable by name."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = {r["person_key"].strip(): _nfc(r["name_ko"]) for r in rows if _nfc(r.get("name_ko"))}
    officials = []
    for row in rows:
        key = row["person_key"].strip()
        title = _nfc(row["office_title_ko"])
        acting_flag = (row.get("acting") or "").strip().lower() in {"1", "true", "yes"}
        officials.append(
            Official(
                person_key=key,
                name_ko=_nfc(row.get("name_ko")) or names.get(key, ""),
                post_title=_post_title(title),
                jurisdiction_code=row["jurisdiction_code"].strip(),
                role=(row.get("role") or "").strip() or ("superintendent" if "교육감" in title else "head"),
                name_en=_nfc(row.get("name_en")) or None,
                party=_nfc(row.get("party")) or None,
                start=_date(row.get("term_start")),
                end=_date(row.get("term_end")),
                election=_nfc(row.get("election")) or None,
                acting=acting_flag or "권한대행" in title or "acting" in (row.get("election") or ""),
                aliases=tuple(a for a in _nfc(row.get("aliases")).split(";") if a),
            )
        )
    return officials


def read_policies(path: Path) -> tuple[list[Policy], list[dict]]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster where built
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    policies = [
        Policy(
            slug=p["slug"],
            name_ko=_nfc(p["name_ko"]),
            name_en=p.get("name_en", ""),
            domain=p["domain"],
            cap=p.get("cap"),
            keywords=tuple(_nfc(str(k)) for k in p.get("keywords", [])),
            parent=p.get("parent"),
        )
        for p in data["policies"]
    ]
    return policies, list(data.get("domains", []))


def load_reference(seeds_dir: Path = SEEDS_DIR) -> Reference:
    """Read the reference files that `seeds/` ships (no database), in `canonical` order."""
    policies, domains = read_policies(seeds_dir / "policies.yaml")
    return canonical(
        Reference(
            jurisdictions=tuple(read_jurisdictions(seeds_dir / "local_governments.csv")),
            officials=tuple(read_officials(seeds_dir / "officials.csv")),
            policies=tuple(policies),
            domains=tuple(domains),
        )
    )


def canonical(reference: Reference) -> Reference:
    """The reference in one order whatever it was read from: local governments by code, terms by jurisdiction,
    start and person (ties as given), policies and domains by slug, each policy's keywords sorted. Extraction
    breaks some ties by these orders, so the seed files' order (the quick evaluation loop) and a database's
    (ingest, `tracker eval`; `store.registry.load_reference_from_db`) must not tell them apart."""
    return Reference(
        jurisdictions=tuple(sorted(reference.jurisdictions, key=lambda j: j.code)),
        officials=tuple(
            sorted(reference.officials, key=lambda o: (o.jurisdiction_code, o.start or date.min, o.person_key))
        ),
        policies=tuple(
            replace(p, keywords=tuple(sorted(p.keywords))) for p in sorted(reference.policies, key=lambda p: p.slug)
        ),
        domains=tuple(sorted(reference.domains, key=lambda d: d["slug"])),
    )
