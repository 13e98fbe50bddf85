"""What the policy stages pass between them: the tokens they read, a keyword hit, a unit's decision."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class TokenLike(Protocol):
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class PolicyHit:
    """A keyword occurrence; offsets are into the text the unit came from."""

    slug: str
    keyword: str
    start: int
    end: int
    generic: bool = False
    fuzzy: bool = False


@dataclass(frozen=True)
class UnitPolicies:
    """The policies one unit makes a claim about (empty: not a claim), and why."""

    slugs: tuple[str, ...]
    confidence: float
    # 'keyword' | 'continuation' | 'topic' (claims); 'none' | 'not_body' | 'definition' | 'event' | 'remark';
    # 'learned' (promoted by the claim model), 'demoted' (a rule's claim the claim model rejects)
    reason: str
    hits: tuple[PolicyHit, ...] = ()
