"""Expectations (`…할 것으로 기대한다`, `…ㄹ 것으로 보인다`): an expected act of one's own
is a plan, an expected effect (`도움이 될 것`, `기여할 것으로`) only a statement."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.kinds.predicate import _head
from tracker.extract.kinds.upcoming import _INITIATING
from tracker.extract.kinds.values import Morpheme

# Acts whose expected doing (`제공할 수 있을 것으로 기대한다`, `시작할 것으로 예상된다`) is a plan.
_EXPECTED_ACTS = _INITIATING | {"제공", "완화", "해소", "지원", "운영", "개선", "강화", "완공", "준공"}

# Predicates of an expected effect rather than an act (`도움이 될 것`, `기여할 것으로`, `탄력을 받을 전망`).
_EFFECTS = frozenset(
    {"기여", "이바지", "도움", "보탬", "가능", "받", "되", "늘어나", "늘", "증가", "높아지", "커지", "이어지",
     "작용", "확산", "기대", "예상", "전망", "갖", "가지", "누리"}
)  # fmt: skip

_EXPECT = frozenset({"기대", "전망", "관측", "예상"})


def _looks_likely(tail: Sequence[Morpheme]) -> bool:
    """`…받게 될 것으로 보인다`: an expectation told by `ㄹ 것으로 보이다`."""
    for i, t in enumerate(tail[:-3]):
        if (
            t.tag == "ETM"
            and t.form in {"ᆯ", "을"}
            and tail[i + 1].form == "것"
            and tail[i + 2].form in {"으로", "로"}
            and tail[i + 3].form == "보이"
        ):
            return True
    return False


def _expected_effect(tail: Sequence[Morpheme]) -> bool:
    """`…경제체질을 갖게 될 것`: what `게 되다` + `ㄹ 것` foresees is an effect (having, receiving),
    not an act of one's own (`…업무로 삼게 될 것이다` stays a plan)."""
    for i, t in enumerate(tail[:-3]):
        came = t.tag == "EC" and t.form == "게" and tail[i + 1].form == "되"
        if came and tail[i + 2].tag == "ETM" and tail[i + 2].form in {"ᆯ", "을"} and tail[i + 3].form == "것":
            head = _head(tail, i)
            return head is not None and tail[head].form in _EFFECTS
    return False


def _expected_act(tail: Sequence[Morpheme]) -> bool:
    """`…을 제공할 수 있을 것으로 기대한다`, `… 시작할 것으로 예상하고 있다`: what is expected is an act
    (not an effect: `기여할 것으로`, `확산 가능할 것으로`, `탄력을 받을 전망`).

    Two endings make it a forecast rather than an act one expects to do: the expected verb in the passive
    (`효과가 확대될 것으로`: something happens, nobody commits to it), and the expectation verb itself in
    the passive (`…계기를 마련할 것으로 기대된다`, `전망된다`): Korean news uses the impersonal
    `기대된다` for the writer's forecast, while an actor's own expectation is active (`기대한다`,
    `예상하고 있다`)."""
    for i, t in enumerate(tail[:-1]):
        if t.tag == "ETM" and t.form in {"ᆯ", "을"} and tail[i + 1].form == "것":
            head = _head(tail, i)
            if head is None or _passive(tail[head + 1 : i]) or _impersonal(tail[i + 2 :]):
                return False
            verb = tail[head]
            return verb.form in _EXPECTED_ACTS and verb.tag not in {"VA", "XR"}
    return False


def _passive(span: Sequence[Morpheme]) -> bool:
    """The verbal noun takes `되` (`확대될`, `추진될`): it happens, passive."""
    return bool(span) and span[0].tag == "XSV" and span[0].form == "되"


def _impersonal(rest: Sequence[Morpheme]) -> bool:
    """The hope or outlook after `ㄹ 것으로` is passive (`기대된다`, `전망된다`): the writer's forecast of
    an effect. `예상된다` is left out: it also schedules one's own work (`운영은 내년에 시작할 것으로
    예상된다`)."""
    return any(
        t.form in _HOPES and k + 1 < len(rest) and rest[k + 1].tag == "XSV" and rest[k + 1].form == "되"
        for k, t in enumerate(rest)
    )


_HOPES = frozenset({"기대", "전망", "관측"})
