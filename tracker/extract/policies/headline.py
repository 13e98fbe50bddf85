"""What the headline contributes: its keyword hits (a bonus to the article's topics, never claims
themselves) and the names it quotes (`‘문경팩토리아’`), which name the initiative wherever they recur."""

from __future__ import annotations

import re

from tracker.extract.policies.letters import _compact
from tracker.extract.policies.lexicon import Lexicon
from tracker.extract.policies.values import PolicyHit

_QUOTED_NAME = re.compile(r"[‘'「『《<]([^’'」』》>\n]{2,30})[’'」』》>]")


def _headline_names(headline: str | None) -> tuple[str, ...]:
    """Names the headline quotes (`특수목적법인 ‘문경팩토리아’ 출범`), without spaces: in an article about
    one policy they name its initiative, and so does a sentence that mentions them."""
    if not headline:
        return ()
    names = (re.sub(r"\s", "", m.group(1)) for m in _QUOTED_NAME.finditer(headline))
    return tuple(name for name in names if len(name) >= 3)


def headline_instances(headline: str | None, lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """Names the headline quotes right after a policy's keyword (`국내 첫 영리병원 '녹지국제병원'의 운명은`),
    without spaces, with that policy: the headline says the name is one of the policy's initiatives, so
    the body's sentences about it (`녹지국제병원은 … ‘불허’ 결론이 내려졌다`) are about the policy."""
    if not headline:
        return ()
    found = []
    for m in _QUOTED_NAME.finditer(headline):
        name = re.sub(r"\s", "", m.group(1))
        before, _ = _compact(headline[: m.start()])
        if len(name) < 3:
            continue
        for kw in lexicon.keywords:  # longest first
            if len(kw.compact) > 2 and not kw.generic and before.endswith(kw.compact):
                found.append((name, kw.slug))
                break
    return tuple(found)


def _headline_hits(headline: str | None, lexicon: Lexicon) -> list[PolicyHit]:
    if not headline:
        return []
    compact, _ = _compact(headline)
    return [
        PolicyHit(kw.slug, kw.compact, 0, 0, kw.generic)
        for kw in lexicon.keywords
        if len(kw.compact) > 2 and kw.compact in compact
    ]
