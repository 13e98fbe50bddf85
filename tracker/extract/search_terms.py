"""Search terms for Korean full-text search, from morphemes the extractor already has.

Korean glues particles to words (`스마트시티를`) and spaces compounds freely (`스마트 시티`), so neither
SQLite's nor PostgreSQL's tokenizer can be given raw text. The stored `search_text` is the content
morphemes plus the joined forms of adjacent nouns (`스마트 시티` is also indexed as `스마트시티`). Ingest
builds it from the units' Kiwi tokens (no second analysis); `tracker.report.search` builds the query
side with the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Protocol

# Tags whose morphemes carry meaning: nouns, numbers, foreign words, roots of verbs/adjectives, adverbs.
CONTENT_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XR", "VV", "VA", "MAG"})
# Tags that make up a compound noun; adjacent ones are also indexed joined.
NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XR"})
MAX_JOIN = 3  # join runs of up to three adjacent nouns: 치매+안심+센터 -> 치매안심센터
_WORD = re.compile(r"^\w+$")


_OTHER, _CONTENT, _NOUN = 0, 1, 2
# tag -> form -> (lowercased form, class): the same few thousand morphemes recur in every article. Keyed
# by tag, then form, so that a lookup builds no (form, tag) key tuple per morpheme.
_CLASSES: dict[str, dict[str, tuple[str, int]]] = {}


def _classify(raw_form: str, raw_tag: str) -> tuple[str, int]:
    form, tag = raw_form.lower(), raw_tag.split("-")[0]  # 'VV-R' (regular verb) -> 'VV'
    if tag in NOUN_TAGS and _WORD.match(form):
        found = form, _NOUN
    elif tag in CONTENT_TAGS and _WORD.match(form):
        found = form, _CONTENT
    else:
        found = form, _OTHER
    forms = _CLASSES.setdefault(raw_tag, {})
    if len(forms) > 200_000:
        forms.clear()
    forms[raw_form] = found
    return found


def runs(morphemes: Iterable[Sequence[str]]) -> list[list[str]]:
    """Group morphemes: runs of adjacent nouns, or one other content morpheme each.

    A morpheme is anything whose first two items are its form and tag: a (form, tag) pair, a
    `units.Token` or a Kiwi token (read in place, with no pair made for each)."""
    groups: list[list[str]] = []
    run: list[str] = []
    classes = _CLASSES
    for m in morphemes:
        raw_form, raw_tag = m[0], m[1]
        forms = classes.get(raw_tag)
        found = forms.get(raw_form) if forms is not None else None
        form, kind = found if found is not None else _classify(raw_form, raw_tag)
        if kind == _NOUN:
            run.append(form)
            continue
        if run:
            groups.append(run)
            run = []
        if kind == _CONTENT:
            groups.append([form])
    if run:
        groups.append(run)
    return groups


@lru_cache(maxsize=65536)
def split_compound(form: str) -> tuple[str, ...]:
    """Parts of a compound noun Kiwi keeps whole ('스마트시티' -> '스마트', '시티'), else ().

    Kiwi's next-best analyses often hold the split; take the first made only of nouns of two or more
    syllables that spell the word exactly.
    """
    if len(form) < 4 or not re.fullmatch(r"[가-힣]+", form):
        return ()
    from tracker.extract.kiwi import get_kiwi

    for tokens, _score in get_kiwi().analyze(form, top_n=3):
        parts = tuple(t.form for t in tokens)
        if (
            len(parts) > 1
            and "".join(parts) == form
            and all(t.tag in ("NNG", "NNP") and len(t.form) >= 2 for t in tokens)
        ):
            return parts
    return ()


def search_terms(tokens: Iterable[tuple[str, str]]) -> str:
    """Space-joined search terms: content morphemes, parts of compound nouns Kiwi keeps whole, then
    joined runs of 2..MAX_JOIN adjacent nouns (`스마트 시티를 조성` -> `스마트 시티 조성 스마트시티 ...`)."""
    return _terms(runs(tokens))


class _Morpheme(Protocol):
    form: str
    tag: str


def morpheme_search_terms(morphemes: Iterable[_Morpheme]) -> str:
    """`search_terms` of morphemes that have a `form` and a `tag` (Kiwi tokens, `units.Token`), which
    are also sequences that start with them."""
    return _terms(runs(morphemes))  # type: ignore[arg-type]


def _terms(groups: list[list[str]]) -> str:
    terms = [form for group in groups for form in group]
    # `split_compound` has nothing for forms under four characters: skip its call for them
    terms += [part for form in terms if len(form) >= 4 for part in split_compound(form)]
    for group in groups:
        if len(group) < 2:  # nothing to join
            continue
        for n in range(2, MAX_JOIN + 1):
            terms.extend("".join(group[i : i + n]) for i in range(len(group) - n + 1))
    return " ".join(terms)
