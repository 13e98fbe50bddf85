"""Hits that need the unit's Kiwi tokens, not just its letters: short sector names as list items
(`물`, `의료`), compounds headed by a policy's head noun (`재비산먼지`) and spaced keywords with a
particle between their words (`기업을 유치`)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.policies.letters import _Letters
from tracker.extract.policies.lexicon import Lexicon
from tracker.extract.policies.values import PolicyHit, TokenLike


def _alias_hits(
    text: str,
    tokens: Sequence[TokenLike],
    lexicon: Lexicon,
    offset: int,
    covered: list[bool],
    letters: _Letters,
) -> list[PolicyHit]:
    """Short sector names (`물`, `의료`, `로봇`) as list items, before a figure or a sector noun."""
    hits = []
    for i, token in enumerate(tokens):
        slug = lexicon.short_aliases.get(token.form)
        if not slug or not token.tag.startswith("NN"):
            continue
        c = letters.position.get(token.start - offset)
        if c is None or covered[c]:
            continue
        after = text[token.end - offset : token.end - offset + 2].lstrip()
        before = text[max(0, token.start - offset - 2) : token.start - offset].rstrip()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        in_list = (after[:1] in {",", "·", "'", "’", "、"}) and (
            not before or before[-1:] in {",", "·", "'", "‘", "、", "("}
        )
        figure = nxt is not None and nxt.tag == "SN" and nxt.start == token.end + 1
        sector = nxt is not None and nxt.form in lexicon.sector_heads and nxt.start == token.end
        if in_list or figure or sector:
            hits.append(PolicyHit(slug, token.form, token.start, token.end, generic=False))
    return hits


def _head_hits(
    tokens: Sequence[TokenLike],
    lexicon: Lexicon,
    offset: int,
    covered: list[bool],
    letters: _Letters,
) -> list[PolicyHit]:
    """Compound nouns headed by a policy's head noun (`재비산먼지`, `신혼부부주택`, `경전철`): the head
    glued to a noun before it, or a single noun that ends in it."""
    hits = []
    index_by_last = lexicon.head_index
    for i, token in enumerate(tokens):
        form = token.form
        candidates = index_by_last.get(form[-1:])
        if candidates is None or not token.tag.startswith("NN"):
            continue
        found, head = None, ""
        for word, target in candidates:
            if form.endswith(word) and len(form) > len(word):
                found, head = target, word
                break
        if found is None:
            found = lexicon.head_nouns.get(form)
            prev = tokens[i - 1] if i else None
            glued = prev is not None and prev.tag.startswith("NN") and prev.end == token.start
            if found is None or not (glued or _list_item(tokens, i)):
                continue
            head = form
        start = token.end - len(head)
        c = letters.position.get(start - offset)
        if c is None or any(covered[c : c + len(head)]):
            continue
        for k in range(c, c + len(head)):
            covered[k] = True
        hits.append(PolicyHit(found[0], head, start, token.end, generic=found[1]))
    return hits


# Marks between the items of a list (`일자리, 주거, 문화 등`, `출산·보육, 청년·일자리, 주거`).
_ITEM_MARKS = frozenset({",", "·", "・", "․", "、", "및", "-", "▲", "△", "■", "●", "◆", "○", "◇", "□"})


def _list_item(tokens: Sequence[TokenLike], i: int) -> bool:
    """The head noun at `i` is a whole item of a list of policy areas (`일자리, 주거, 문화 등 다방면의
    지원`): it stands on its own (no noun glued before or after it) between list marks, after one and
    before `등` or a conjunction, or as the last of three or more items (`결혼-출산-…-일자리-주거를`). A policy's head noun on its own names the area (`주거` is housing), as
    the items around it name theirs."""
    t = tokens[i]
    prev = tokens[i - 1] if i else None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev is None or nxt is None:
        return False
    if (prev.tag.startswith("NN") and prev.end == t.start) or (
        nxt.tag.startswith("NN") and nxt.start == t.end
    ):
        return False
    before = prev.form in _ITEM_MARKS or prev.tag == "JC"
    after = nxt.form in _ITEM_MARKS or nxt.tag == "JC"
    if before and (after or nxt.form == "등"):
        return True
    # the last item of a list of three or more, with the particle of the whole list (`…-일자리-주거를`)
    if before and nxt.tag.startswith("J") and i >= 3 and tokens[i - 3].form in _ITEM_MARKS:
        return True
    return after and prev.form in _ITEM_MARKS


def _phrase_hits(
    tokens: Sequence[TokenLike],
    lexicon: Lexicon,
    offset: int,
    covered: list[bool],
    letters: _Letters,
) -> list[PolicyHit]:
    """Spaced keywords with a particle between their words (`기업 유치` in `141개 기업을 유치했다`)."""
    hits = []
    for i, token in enumerate(tokens[:-2]):
        options = lexicon.phrase_index.get(token.form)
        if not options or not tokens[i + 1].tag.startswith("J"):
            continue
        nxt = tokens[i + 2]
        for second, slug, generic in options:
            if nxt.form != second or nxt.start - token.end > 4:
                continue
            c = letters.position.get(token.start - offset)
            if c is None or covered[c]:
                continue
            covered[c] = True
            hits.append(PolicyHit(slug, f"{token.form} {second}", token.start, nxt.end, generic))
    return hits
