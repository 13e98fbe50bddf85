"""Long keywords written with one wrong letter (`스마트시트`): only for the policies an article is
plainly about, and only a slip of one jamo, so that a neighbouring word (`테스트필드`) is not read as one."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.policies.letters import _Letters
from tracker.extract.policies.lexicon import Lexicon, _Keyword
from tracker.extract.policies.values import PolicyHit


def fuzzy_hits(
    text: str,
    lexicon: Lexicon,
    slugs: frozenset[str],
    *,
    offset: int = 0,
    taken: Sequence[PolicyHit] = (),
    letters: _Letters | None = None,
) -> list[PolicyHit]:
    """Long keywords (5+ letters) of `slugs` written with one wrong letter (`스마트시트`), outside `taken`.
    `letters`: the compacted `text` when the caller already has it."""
    letters = letters or _Letters(text)
    compact, index = letters.compact, letters.index
    by_start = _fuzzy_keywords(lexicon, slugs)
    # (keyword's place in lexicon order, position): where a keyword's first two letters occur, in the
    # order the keywords are tried (lexicon order, then left to right)
    # the near-misses are found first (a pure test) and only they are sorted into that order
    length = len(compact)
    get = by_start.get
    near = []
    for pos in range(length - 1):
        candidates = get(compact[pos : pos + 2])
        if candidates is None:
            continue
        for rank, kw in candidates:
            size = len(kw.compact)
            if pos + size <= length and _one_substitution(compact[pos : pos + size], kw.compact):
                near.append((rank, pos, kw))
    near.sort()
    covered: list[bool] | None = None  # what `taken` covers, worked out at the first near-miss
    hits = []
    for _, pos, kw in near:
        size = len(kw.compact)
        if covered is None:
            covered = _covered(letters, taken, offset)
        if not any(covered[pos : pos + size]):
            for i in range(pos, pos + size):
                covered[i] = True
            start, end = index[pos], index[pos + size - 1] + 1
            hits.append(PolicyHit(kw.slug, kw.compact, offset + start, offset + end, False, True))
    return hits


_ByStart = dict[str, tuple[tuple[int, _Keyword], ...]]
_FUZZY: dict[int, tuple[Lexicon, dict[frozenset[str], _ByStart]]] = {}


def _fuzzy_keywords(lexicon: Lexicon, slugs: frozenset[str]) -> _ByStart:
    """Long specific keywords of `slugs` by their first two letters, each with its place in lexicon
    order (kept per lexicon object and slug set): an article is scanned once, not once per keyword."""
    cached = _FUZZY.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        if len(_FUZZY) > 8:
            _FUZZY.clear()
        cached = _FUZZY[id(lexicon)] = (lexicon, {})
    by_slugs = cached[1]
    wanted = by_slugs.get(slugs)
    if wanted is None:
        if len(by_slugs) > 1024:
            by_slugs.clear()
        grouped: dict[str, list[tuple[int, _Keyword]]] = {}
        for rank, kw in enumerate(lexicon.keywords):
            if kw.slug in slugs and len(kw.compact) >= 5 and not kw.generic:
                grouped.setdefault(kw.compact[:2], []).append((rank, kw))
        wanted = by_slugs[slugs] = {start: tuple(kws) for start, kws in grouped.items()}
    return wanted


def _covered(letters: _Letters, taken: Sequence[PolicyHit], offset: int) -> list[bool]:
    """For each letter of `letters.compact`, whether a hit of `taken` covers it."""
    covered = [False] * len(letters.compact)
    position = letters.position
    for hit in taken:
        for i in range(hit.start - offset, hit.end - offset):
            c = position.get(i)
            if c is not None:
                covered[c] = True
    return covered


def _jamo(ch: str) -> tuple[int, int, int] | None:
    """(initial, medial, final) of a Hangul syllable, None for anything else."""
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def _one_substitution(a: str, b: str) -> bool:
    """One letter differs, and for Hangul only in one of its jamo (`스마트시트` ~ `스마트시티`, but not
    `테스트필드` ~ `테스트베드`): a slip of the finger, not another word."""
    if len(a) != len(b) or a == b:
        return False
    # one letter differs: the last one, or none of the last (two C comparisons rule most words out)
    if a[-1] != b[-1] and a[:-1] != b[:-1]:
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diffs) != 1:
        return False
    x, y = (_jamo(c) for c in diffs[0])
    if x is None or y is None:
        return True
    return sum(p != q for p, q in zip(x, y, strict=True)) == 1
