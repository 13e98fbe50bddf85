"""Keyword hits in one unit: every keyword of the lexicon in the text without spaces (longest first,
short ones only at a token's start), the rules file's patterns, then the hits read off the tokens and,
for the article's main policies, misspelt long keywords. Overlaps keep the longest keyword."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tracker.extract.policies.fuzzy import fuzzy_hits
from tracker.extract.policies.letters import _Letters
from tracker.extract.policies.lexicon import Lexicon, longest_at
from tracker.extract.policies.token_hits import _alias_hits, _head_hits, _phrase_hits
from tracker.extract.policies.values import PolicyHit, TokenLike

# Endings of an organisation's name (`사회복지법인`, `밀알복지재단`): a keyword inside names the body.
_BODY_NAMES = ("법인", "재단")
# nouns of an area: a keyword right before one names a place (`농촌권역`), not the policy
_AREA_NOUNS = ("권역", "지역")  # `\s` is `str.isspace`


def find_hits(
    text: str,
    tokens: Sequence[TokenLike],
    lexicon: Lexicon,
    *,
    offset: int = 0,
    fuzzy_slugs: frozenset[str] = frozenset(),
) -> list[PolicyHit]:
    """Keyword occurrences in `text` (which starts at `offset` of the article; tokens carry article
    offsets). Overlapping matches keep the longest keyword. `fuzzy_slugs`: policies whose long
    keywords may match with one substituted letter."""
    letters = _Letters(text)
    compact, index = letters.compact, letters.index
    # where a word starts: a token that is no ending or particle (the ending `ᆫ` of `위한` starts at the
    # letter 한, and `위한 파격적인` must not hold the short keyword `한파`)
    token_starts = {t.start - offset for t in tokens if not t.tag.startswith(("E", "J"))}
    covered = [False] * len(compact)
    for word in _excluded(lexicon.exclude):
        if word not in compact:
            continue
        for m in re.finditer(re.escape(word), compact):
            for i in range(m.start(), m.end()):
                covered[i] = True
    for pattern in lexicon.circumstances:
        for m in pattern.finditer(compact):
            for i in range(m.start(), m.end()):
                covered[i] = True
    hits: list[PolicyHit] = []

    def add(slug: str, keyword: str, c_start: int, c_end: int, generic: bool, fuzzy: bool = False) -> None:
        if any(covered[c_start:c_end]):
            return
        for i in range(c_start, c_end):
            covered[i] = True
        start, end = index[c_start], index[c_end - 1] + 1
        hits.append(PolicyHit(slug, keyword, offset + start, offset + end, generic, fuzzy))

    candidates = longest_at(compact, lexicon)
    candidates.sort(key=lambda c: (-len(c[1].compact), c[0]))
    for pos, kw in candidates:
        aligned = len(kw.compact) > 2 or index[pos] in token_starts
        if aligned and (not kw.compact.isascii() or _ascii_bounded(compact, pos, len(kw.compact))):
            # `농촌권역`, `농촌지역`: the keyword names an area, as a generic word does
            if compact.startswith(_BODY_NAMES, pos + len(kw.compact)):
                continue
            area = compact.startswith(_AREA_NOUNS, pos + len(kw.compact))
            add(kw.slug, kw.compact, pos, pos + len(kw.compact), kw.generic or area)
            for slug in lexicon.shared.get(kw.compact, ()):
                start, end = offset + index[pos], offset + index[pos + len(kw.compact) - 1] + 1
                if hits and hits[-1].start == start and hits[-1].slug == kw.slug:
                    hits.append(PolicyHit(slug, kw.compact, start, end, kw.generic))
    for pattern, slug in lexicon.patterns:
        for m in pattern.finditer(compact):
            span = m.span("kw") if "kw" in pattern.groupindex else m.span()
            add(slug, m.group("kw") if "kw" in pattern.groupindex else m.group(), *span, False)
    hits.extend(_alias_hits(text, tokens, lexicon, offset, covered, letters))
    if lexicon.head_index:
        hits.extend(_head_hits(tokens, lexicon, offset, covered, letters))
    hits.extend(_phrase_hits(tokens, lexicon, offset, covered, letters))
    if fuzzy_slugs:
        hits.extend(fuzzy_hits(text, lexicon, fuzzy_slugs, offset=offset, taken=hits, letters=letters))
    return sorted(hits, key=_by_start)


@lru_cache(maxsize=16)
def _excluded(exclude: tuple[str, ...]) -> tuple[str, ...]:
    """The non-empty exclude words (an empty one matches nowhere but covers nothing either)."""
    return tuple(word for word in exclude if word)


def _by_start(hit: PolicyHit) -> int:
    return hit.start


def _ascii_bounded(compact: str, pos: int, length: int) -> bool:
    """ASCII keywords (`IoT`, `GTX`) must not sit inside a longer Latin word."""
    before = compact[pos - 1] if pos else ""
    after = compact[pos + length] if pos + length < len(compact) else ""
    return not (before.isascii() and before.isalpha()) and not (after.isascii() and after.islower())
