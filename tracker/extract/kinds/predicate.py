"""The predicate the kind is read from: where the unit's last clause starts (or the clause a
reporting verb reports), its lexical head (`구축하게 되었다` → 구축) and what its endings say (past `었`,
plain present, passive `되`, a verb of doing). Korean marks commitment and completion there."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.extract.kinds.values import Morpheme

# Reporting verbs: `…하기로 했다고 밝혔다` is judged by the clause that is reported (`…겠다고 했다` too,
# see `_reports`).
_REPORTING = frozenset(
    {
        "밝히",
        "말하",
        "전하",
        "설명",
        "강조",
        "덧붙이",
        "발표",
        "말",
        "전망",
        "보도",
        "자평",
        "당부",
        "나서",
        "하",
        # saying with conviction (`…만들겠다고 자신했다`, `…하겠다고 공언했다`): the clause reported decides
        "자신",
        "공언",
        "천명",
    }
)

_QUOTATIVE_ENDS = ("다고", "라고", "다며", "라며", "자고", "냐고")


def _clause_start(tokens: Sequence[Morpheme], end: int) -> int:
    """Index where the clause ending before `end` starts (after the previous clause-ending morpheme).
    A `고` before an auxiliary (`보이고 있다`) continues the clause."""
    for i in range(end - 2, -1, -1):
        t = tokens[i]
        if t.tag == "EF":
            return i + 1
        if t.tag == "EC" and (t.form in {"고", "며", "으며", "면서"} or t.form.endswith(_QUOTATIVE_ENDS)):
            if i + 1 < len(tokens) and tokens[i + 1].tag == "VX":
                continue
            return i + 1
    return 0


def _predicate_tokens(tokens: Sequence[Morpheme]) -> list[Morpheme]:
    """The morphemes of the unit's last clause; for `…기로 했다고 밝혔다` the reported clause."""
    end = len(tokens)
    while end and tokens[end - 1].tag in {"SF", "SP", "SS", "SSC", "SSO", "SE", "SW"}:
        end -= 1
    start = _clause_start(tokens, end)
    clause = tokens[start:end]
    if (
        start
        and tokens[start - 1].form.endswith(_QUOTATIVE_ENDS)
        and any(_reports(clause, i) for i in range(len(clause)))
    ):
        # `…했다고 12일 밝혔다`: the reported clause ends at the quotative `고` (`…이 되고 … 전략을
        # 설명했다` reports no clause: what was explained is the object)
        clause = tokens[_clause_start(tokens, start) : start]
    return list(clause)


def _reports(clause: Sequence[Morpheme], i: int) -> bool:
    """`clause[i]` is a reporting verb; `하` only as the finite verb itself (`…조성하겠다고 했다`), not as
    the light verb of another (`…라고 판단해 추진했다`) nor in a condition (`…있다고 하면 …보태겠다`) nor
    modifying a noun (`…산업이냐고 했던 물 산업은 … 됐다`: the adnominal `던/ㄴ` makes `…라고 했던` describe
    the noun, whose own clause goes on)."""
    t = clause[i]
    if t.form not in _REPORTING:
        return False
    if t.form != "하":
        return True
    if not (t.tag == "VV" and i + 1 < len(clause) and clause[i + 1].tag in {"EP", "EF"}):
        return False
    after = i + 1
    while after < len(clause) and clause[after].tag == "EP":
        after += 1
    return not (after < len(clause) and clause[after].tag == "ETM")


# The past-tense prefinal endings (`었`, `았`, `였`, and `ᆻ` of `했`).
_PAST = frozenset({"었", "았", "였", "ᆻ"})

# Kiwi marks irregular and regular conjugation on the tag (`듣/VV-I`, `어떻/VA-I`, `받/VV-R`): the same
# parts of speech.
_PREDICATE_TAGS = frozenset(
    {
        "VV",
        "VA",
        "VX",
        "XSV",
        "XSA",
        "VCP",
        "VCN",
        "VV-I",
        "VA-I",
        "VX-I",
        "XSA-I",
        "VV-R",
        "VA-R",
        "VX-R",
        "XSA-R",
    }
)


def _head(tail: Sequence[Morpheme], end: int | None = None) -> int | None:
    """Index of the lexical head of the predicate that ends before `end`: `선정했다` → 선정, `통과시켰다`
    → 통과, `구축하게 되었다` → 구축, `노력해 왔다` → 노력, `제공할 수 있을` → 제공, `협약 MOU를 했다` → 협약,
    `본격화된다` → 본격, `늘어났다` → 늘어나."""
    i = (len(tail) if end is None else end) - 1
    while i >= 0 and tail[i].tag not in _PREDICATE_TAGS:
        i -= 1
    while i >= 0:
        t = tail[i]
        if t.form in {"있", "없"} and i >= 2 and tail[i - 1].form == "수" and tail[i - 1].tag == "NNB":
            i -= 2  # `ㄹ 수 있다`: the verb before 수
        elif t.tag == "VX" or (t.tag == "VV" and t.form in {"되", "하"} and i and tail[i - 1].tag == "EC"):
            i -= 1  # an auxiliary (`해 오다`, `하고 있다`, `하게 되다`, `하도록 하다`): the verb before
        elif t.tag in {"XSV", "XSA"} or (t.tag == "VV" and t.form in {"하", "되"}) or t.tag == "VCP":
            j = i - 1  # a light verb or the copula: the noun before it
            while j >= 0 and tail[j].tag in {"JKO", "SL", "SSC", "SSO", "XSN", "SW"}:
                j -= 1
            return j if j >= 0 and tail[j].tag.startswith(("NN", "XR")) else i
        else:
            return i
        while i >= 0 and tail[i].tag in {"EC", "EP", "ETM", "SP", "SS", "SSO", "SSC"}:
            i -= 1
    return None


def _passive(tail: Sequence[Morpheme]) -> bool:
    """The predicate is a verbal noun with 되 (`지급된다`, `실시된다`)."""
    return any(t.tag == "XSV" and t.form == "되" for t in tail)


def _present_ending(tail: Sequence[Morpheme]) -> bool:
    """The clause ends in the plain present (`추진한다`, `진행됩니다`, `감축한다고`)."""
    enders = [t for t in tail if t.tag in {"EF", "EC"}]
    return bool(enders) and enders[-1].form in {
        "ᆫ다",
        "는다",
        "ᆸ니다",
        "습니다",
        "ᆫ다고",
        "는다고",
        "ᆫ다며",
        "는다며",
    }


def _action_predicate(tail: Sequence[Morpheme]) -> bool:
    """The clause ends on a verb of doing (`확대한다`, `조성 완료한다`), not a description (`필요하다`)."""
    verbs = [t for t in tail if t.tag in {"VV", "XSV", "VA", "XSA", "VCP"}]
    return bool(verbs) and verbs[-1].tag in {"VV", "XSV"} and verbs[-1].form not in {"있", "되"}
