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


def _headline_hits(headline: str | None, lexicon: Lexicon) -> list[PolicyHit]:
    if not headline:
        return []
    compact, _ = _compact(headline)
    return [
        PolicyHit(kw.slug, kw.compact, 0, 0, kw.generic)
        for kw in lexicon.keywords
        if len(kw.compact) > 2 and kw.compact in compact
    ]
