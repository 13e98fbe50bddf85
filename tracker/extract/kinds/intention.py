"""Intentions in the predicate (`겠`, `어야 하`, `ㄹ 계획/예정/방침이다`, `기로 하`, `…에 나서다`,
`ㄹ 것이다`): the clause commits to doing something, a plan (or a target for `…를 목표로`)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from tracker.extract.kinds.expectations import _EFFECTS
from tracker.extract.kinds.predicate import _head
from tracker.extract.kinds.values import Morpheme
from tracker.extract.types import Quantity

# Nouns that, as the predicate (`~할 계획이다`), announce an intention.
_PLAN_NOUNS = frozenset({"계획", "예정", "방침", "구상", "계획안", "복안", "원칙"})

# Verbs that hold a plan noun as their object (`…한다는 구상을 하고 있다`, `…겠다는 복안을 세웠다`).
_PLAN_NOUN_VERBS = frozenset({"하", "세우", "갖", "가지"})

# Verbs whose use as a predicate is itself a pledge or intention.
_PLAN_VERBS = frozenset({"약속", "다짐", "공언", "모색", "합의"})


def _intention(
    tail: Sequence[Morpheme],
    words: AbstractSet[str],
    quantities: Sequence[Quantity],
    expects: bool,
    *,
    achieved: bool = False,
    credit: bool = False,
) -> str | None:
    """'plan' (or 'target' for `…를 목표로`) when the clause commits to doing something, else None.
    `achieved`: the predicate is a past result (`목표를 달성했다` is no plan); `credit`: the clause is
    told as past history (`2016년 … 신설해 … 조성에 나섰다`). `words`: the forms of `tail`; the scan
    is skipped when none of the forms it looks for is there."""
    scanned = () if _INTENTION_FORMS.isdisjoint(words) else tail  # none of its forms: nothing to find
    for i, t in enumerate(scanned):
        if t.tag == "EP" and t.form == "겠" and not _presenting(tail, i):
            return "plan"
        if t.tag == "EC" and t.form in {"어야", "아야"}:
            return "plan"
        if t.form == "필요" and t.tag == "NNG" and _need_told(tail, i):
            return "plan"
        if t.form in _TIME_NOUNS and t.tag == "NNG" and _time_to(tail, i):
            return "plan"
        if (
            t.form in _PLAN_NOUNS
            and t.tag.startswith("NN")
            and _is_predicate_noun(tail, i)
            and not _done(tail, i)
        ):
            return "plan"
        if (t.tag == "EC" and t.form == "기로") or (
            t.form in {"기", "키"}
            and t.tag in {"ETN", "NNG"}
            and i + 2 < len(tail)
            and tail[i + 1].form == "로"
            and tail[i + 2].form == "하"
        ):
            return "plan"
        if t.form in _PLAN_VERBS and not expects and i < len(tail) - 1:
            return "plan"
        if t.form == "목표" and t.tag.startswith("NN") and not achieved:
            return "target" if quantities else "plan"
        # `…에 나서다`: sets out to do it (`예방정책 마련에 나섰다`), unless told as past history
        if t.form == "나서" and t.tag == "VV" and i and tail[i - 1].form == "에" and not credit:
            return "plan"
    if not expects and _future_ending(tail):
        return "plan"
    return None


# Every form a morpheme that `_intention` answers on has (a unit without any is read no further).
_INTENTION_FORMS = (
    _PLAN_NOUNS
    | _PLAN_VERBS
    | {"겠", "어야", "아야", "기로", "기", "키", "목표", "나서", "필요", "시점", "때"}
)


# Verbs a broadcast or feature uses to lead into its next part (`…어떻게 가능한지 살펴보겠습니다`,
# `자세한 내용 알아보겠습니다`): the `겠` is the presenter's, not a commitment.
_PRESENTING = frozenset({"살펴보", "알아보", "짚어보"})


def _presenting(tail: Sequence[Morpheme], i: int) -> bool:
    """The `겠` at `i` follows a presenter's lead-in verb in the formal polite ending
    (`살펴보겠습니다`, `알아보겠습니다`); `방안을 알아보겠다` stays an official's plan."""
    head = _head(tail, i)
    polite = i + 1 < len(tail) and tail[i + 1].form == "습니다"
    return polite and head is not None and tail[head].form in _PRESENTING and tail[head].tag == "VV"


# `…할 시점이다`, `…할 때다`: it is time to do it, a need (plan).
_TIME_NOUNS = frozenset({"시점", "때"})


def _time_to(tail: Sequence[Morpheme], i: int) -> bool:
    """`…정책을 발굴할 시점`, `…에 집중할 때다`: a future adnominal `ㄹ` before the time noun, which ends the
    clause (`…할 때 …` is a time clause, not this)."""
    rest = [t for t in tail[i + 1 :] if t.tag not in {"SF", "SP", "SE", "SSC"}]
    ends = not rest or (rest[0].tag == "VCP" and all(t.tag in {"EF", "EC"} for t in rest[1:]))
    return ends and i > 0 and tail[i - 1].tag == "ETM" and tail[i - 1].form in {"ᆯ", "을"}


def _need_told(tail: Sequence[Morpheme], i: int) -> bool:
    """A need as the predicate, the `~해야 한다` of the gold convention: `…정책이 필요하다`, `…확대할
    필요가 있다`, `…살리는 것도 필요하다는 의견을 밝혔다`; not a need that only describes a noun
    (`지역에 필요한 청년정책을 제안한다`) nor one denied (`필요가 없다`)."""
    rest = [t for t in tail[i + 1 : i + 4] if t.tag not in {"SF", "SP", "SE"}]
    if len(rest) >= 2 and rest[0].tag == "XSA":
        end = rest[1]
        return end.tag in {"EF", "EC"} or (end.tag == "ETM" and end.form in {"다는", "단"})
    return len(rest) >= 2 and rest[0].tag == "JKS" and rest[1].tag == "VA" and rest[1].form == "있"


def _done(tail: Sequence[Morpheme], i: int) -> bool:
    """A plan noun used as a past verb (`구상했기 때문에`): something planned before, not an intention."""
    rest = tail[i + 1 : i + 3]
    return len(rest) == 2 and rest[0].form == "하" and rest[1].tag == "EP" and rest[1].form != "겠"


def _is_predicate_noun(tail: Sequence[Morpheme], i: int) -> bool:
    """`계획이다`, `계획하고 있다`, `… 방침.`: the noun is the predicate, not `기본 계획에 포함`."""
    rest = [t for t in tail[i + 1 :] if t.tag not in {"SF", "SP", "SE"}]
    if len(rest) >= 2 and rest[0].tag in {"VCP", "XSV"} and rest[1].tag == "ETM":
        return False  # `고시 예정인 계획`, `이번 달 말 예정된 지정`: the noun describes another noun
    if len(rest) >= 2 and rest[0].tag == "JKO" and rest[1].form in _PLAN_NOUN_VERBS and rest[1].tag == "VV":
        return i > 0 and tail[i - 1].tag == "ETM"  # `…한다는 구상을 하고 있다`, `…겠다는 복안을 세웠다`
    return not rest or rest[0].tag in {"VCP", "XSV", "EF"} or rest[0].form in {"이", "하"}


def _future_ending(tail: Sequence[Morpheme]) -> bool:
    """`~할 것이다` / `~하도록 하겠다`: an ETM `ㄹ` followed by `것` + copula in the predicate; an expected
    effect (`큰 도움이 될 것`, `기여할 것이다`) is no commitment."""
    for i, t in enumerate(tail[:-1]):
        if t.tag == "ETM" and t.form in {"ᆯ", "을"} and tail[i + 1].form == "것":
            rest = [x.form for x in tail[i + 2 :]]
            if "으로" in rest or "로" in rest:
                return False
            head = _head(tail, i)
            return head is None or (tail[head].form not in _EFFECTS and not _described(tail[head:i]))
    return False


def _described(span: Sequence[Morpheme]) -> bool:
    """The `ㄹ 것` follows a description or a passive, not an act: an adjective (`관리가 가능할 것`,
    `더 효율적일 것`: `가능` + 하/XSA, `효율` + 적 + 이/VCP) or a verbal noun with `되` (`사업이 더욱
    체계적으로 추진될 것`). What the speaker will do takes an active verb (`추진할 것`, `거듭날 것`); a
    state or something that happens to the subject is an expectation, a statement."""
    if not span:
        return False
    if span[0].tag in {"VA", "XR"}:
        return True
    rest = [t for t in span[1:] if t.tag != "XSN"]  # `효율` + `적` + `이`
    return bool(rest) and (rest[0].tag in {"XSA", "VCP"} or (rest[0].tag == "XSV" and rest[0].form == "되"))
