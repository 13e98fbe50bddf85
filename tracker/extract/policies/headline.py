"""What the headline contributes: its keyword hits (a bonus to the article's topics, never claims
themselves) and the names it quotes (`‘문경팩토리아’`), which name the initiative wherever they recur."""

from __future__ import annotations

import re

from tracker.extract.policies.letters import _compact
from tracker.extract.policies.lexicon import Lexicon, _Keyword
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
        index = _long_keywords(lexicon)
        # the first keyword in lexicon order (longest first) that the text before the name ends with
        ends = [
            kw
            for size in range(3, min(len(before), index.longest) + 1)
            for kw in index.by_compact.get(before[-size:], ())
            if not kw.generic
        ]
        if ends:
            found.append((name, min(ends, key=index.order.__getitem__).slug))
    return tuple(found)


def _headline_hits(headline: str | None, lexicon: Lexicon) -> list[PolicyHit]:
    if not headline:
        return []
    compact, _ = _compact(headline)
    index = _long_keywords(lexicon)
    # every keyword the headline holds, looked up by its substrings (a headline is short, the lexicon long)
    present = {
        id(kw): kw
        for start in range(len(compact))
        for end in range(start + 3, min(len(compact), start + index.longest) + 1)
        for kw in index.by_compact.get(compact[start:end], ())
    }
    return [
        PolicyHit(kw.slug, kw.compact, 0, 0, kw.generic)
        for kw in sorted(present.values(), key=index.order.__getitem__)
    ]


class _LongKeywords:
    """The lexicon's keywords of three letters or more by their text, with their place in lexicon order."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.by_compact: dict[str, list[_Keyword]] = {}
        self.order: dict[_Keyword, int] = {}
        for i, kw in enumerate(lexicon.keywords):
            if len(kw.compact) > 2:
                self.by_compact.setdefault(kw.compact, []).append(kw)
                self.order.setdefault(kw, i)
        self.longest = max((len(c) for c in self.by_compact), default=0)


_INDEX: dict[int, _LongKeywords] = {}


def _long_keywords(lexicon: Lexicon) -> _LongKeywords:
    """`_LongKeywords` of `lexicon`, built once per lexicon object."""
    index = _INDEX.get(id(lexicon))
    if index is None or index.lexicon is not lexicon:
        if len(_INDEX) > 8:
            _INDEX.clear()
        index = _INDEX[id(lexicon)] = _LongKeywords(lexicon)
    return index
