"""The people a claim is for (`무주택 청년` -> youth policy): a target word as a noun of its own adds
its policy to a claim about another, but not inside a compound, a quoted name or another group's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.policies.headline import _QUOTED_NAME
from tracker.extract.policies.letters import _Letters
from tracker.extract.policies.lexicon import Lexicon
from tracker.extract.policies.values import TokenLike

# Young people named by the age band of youth policy (`만 18세 이상~만 39세 이하`, `19~34세`): Korean law and
# local ordinances define 청년 as from 18/19 up to 34, 39 or 45, so a band that starts in the late teens and
# ends there names the young people of a youth measure (set-k k-05), as `청년` does. A band that starts
# lower (`만 6세~12세`: children) or ends elsewhere (`65세 이상`: the elderly) is not theirs.
_YOUTH_AGES = re.compile(
    r"(?<![\d.,])(?:1[5-9])\s?(?:세)?\s?(?:이상)?\s?(?:[~∼～\-]|부터)\s?만?\s?(?:29|3[0-9]|4[0-5])\s?세"
)
_YOUTH = "youth-policy"

# Suffixes that keep a target word the people it names (`청년들`, `청년층`); others make a thing (`청년형`).
_PEOPLE_SUFFIXES = frozenset({"들", "층"})


def _targeted(text: str, tokens: Sequence[TokenLike], offset: int, lexicon: Lexicon) -> list[str]:
    """Policies whose people a claim names as whom it is for or what it aims at (`무주택 청년`, `청년
    1인 가구`, `청년층 일자리`): a target word as a noun of its own, not the first part of a compound
    (`청년주택`, `청년회의소`), inside a quoted name (`‘청년마을 공유주거’`) or in the name of another
    group (`청년 농업인`, `자립 준비 청년`: the rules file's exceptions). An age band of youth policy
    (`만 18세 이상~만 39세 이하를 대상으로`) names young people as `청년` does."""
    found: list[str] = []
    quoted: list[tuple[int, int]] | None = None
    for k, t in enumerate(tokens):
        slug = lexicon.target_words.get(t.form) if t.tag == "NNG" else None
        if slug is None or slug in found:
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            nxt is not None
            and nxt.start == t.end
            and (nxt.tag.startswith("NN") or nxt.tag == "XSN")
            and nxt.form not in _PEOPLE_SUFFIXES
        ):
            continue
        prev = tokens[k - 1] if k else None
        if prev is not None and prev.end == t.start and prev.tag in {"NNG", "NNP"}:
            continue  # `새마을청년`, `지역청년회`: part of a name
        if quoted is None:
            quoted = [m.span() for m in _QUOTED_NAME.finditer(text)]
            letters = _Letters(text)
            for word in lexicon.target_exceptions:
                for m in re.finditer(re.escape(word), letters.compact):
                    quoted.append((letters.index[m.start()], letters.index[m.end() - 1] + 1))
        if any(a <= t.start - offset < b for a, b in quoted):
            continue
        found.append(slug)
    if _YOUTH not in found and _YOUTH in lexicon.target_words.values() and _YOUTH_AGES.search(text):
        found.append(_YOUTH)
    return found


def _for_the_people(text: str, tokens: Sequence[TokenLike], offset: int, lexicon: Lexicon) -> list[str]:
    """Policies whose people a unit with no keyword names as whom something is done for: the target
    word as a noun of its own (as in `_targeted`) together with a generic noun of a measure (`청년들이
    머무를 수 있는 정책`, `청년들이 정착하도록`, `청년들에게 제공하는`) or the speaker's intention to act
    (`청년들이 머물고 싶은 도시를 만들기 위해 최선을 다하겠다`). A figure about them (`청년층 실업률`, `청년
    인구 비율이 40.5%`) is a statistic, not a measure. Whether the article is about that policy at all is
    the caller's test."""
    forms = {t.form for t in tokens if t.tag.startswith("NN") or t.tag == "XSN"}
    if forms & lexicon.target_statistics or any(t.form == "%" for t in tokens):
        return []
    measure = bool(forms & lexicon.target_measures)
    intention = any(t.tag == "EP" and t.form == "겠" for t in tokens)
    if not (measure or intention):
        return []
    return _targeted(text, tokens, offset, lexicon)
