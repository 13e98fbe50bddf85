"""Events rather than policies: the titles of events (`청년 일자리 간담회`), units that only report
holding or attending one, and keywords that only name an event, which make no claim unless the unit
says something beyond the event. An opening (`개소식을 가졌다`) is a result and stays a claim."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extract.policies.lexicon import Lexicon
from tracker.extract.policies.predicates import _verbs
from tracker.extract.policies.values import PolicyHit, TokenLike

# The opening of a facility or line (`'진주창업지원센터' 개소식을 가졌다`): it opened, which is a result.
_OPENING = re.compile(
    r"(?:개소|개관|개원|개통|준공)(?:식|기념식)[’'”\"」]?(?:을|를)\s?(?:[^\s]+\s){0,2}?(?:가졌|갖고|개최했|열었|열고)"
)  # `'치매안심센터 개소식'을 30일 개최했다`: a closing quote mark and a day may stand between
_PROGRAMME = re.compile(r"(\d부(인|에서|는|에서는)\s)|^(이날|이번)\s?행사")
# What the programme of an event presented (`이날 행사에는 … 성과인 …를 소개하며`): a report of the
# policy, not of the event.
_PRESENTING = frozenset({"소개", "발표", "설명", "공개", "공유", "홍보", "보고", "제시", "논의"})


def _title_hit(hit: PolicyHit, text: str, offset: int, lexicon: Lexicon) -> bool:
    """A keyword inside the title of an event (`‘스마트시티 조성 …’ 현안토론 순서에서`)."""
    rel = hit.start - offset
    opener = max(text.rfind(q, 0, rel) for q in "‘'「《<\"“")
    if opener >= 0:
        closers = [text.find(q, hit.end - offset) for q in "’'」》>\"”"]
        closers = [c for c in closers if c >= 0]
        if closers:
            close = min(closers)
            inside = text[opener + 1 : close]
            if not any(q in inside for q in "‘“"):
                after = re.sub(r"\s", "", text[close + 1 : close + 12])
                if any(after.startswith(noun) for noun in lexicon.event_nouns) or any(
                    inside.rstrip().endswith(noun) for noun in lexicon.event_nouns
                ):
                    return True
    return False


# Inside an event's title: nouns, numbers, Latin words, quote marks and list marks (`‘2024 청년 일자리
# 박람회’`, `성과공유 및 네트워킹데이 행사`).
_TITLE_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XPN", "SO", "SW"})
_TITLE_MARKS = frozenset(
    {"‘", "’", "“", "”", "'", '"', "「", "」", "『", "』", "<", ">", "《", "》", "·", "및"}
)
# `…을 위한 간담회`, `…에 대한 토론회`, `…에 관한 공청회`: the purpose belongs to the title.
_TITLE_FRAMES = frozenset({"위하", "대하", "관하"})


def event_titles(tokens: Sequence[TokenLike], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of the titles of events (`청년 일자리 간담회`, `‘스마트시티 … 향후계획’ 현안토론`, `일자리
    창출을 위한 토론회`): the noun compound that ends in an event noun, with its quote marks and a
    `…을 위한` purpose."""
    spans: list[tuple[int, int]] = []
    last = lexicon.event_noun_last
    for i, t in enumerate(tokens):
        if t.form[-1:] not in last or not (t.tag.startswith("NN") and lexicon.event_noun_end.search(t.form)):
            continue
        j = i
        while j > 0:
            prev = tokens[j - 1]
            if prev.tag in _TITLE_TAGS or prev.form in _TITLE_MARKS:
                j -= 1
            elif (
                prev.tag == "ETM"
                and j >= 3
                and tokens[j - 2].form in _TITLE_FRAMES
                and tokens[j - 3].tag in {"JKO", "JKB"}
            ):
                j -= 3
            else:
                break
        if j < i:
            spans.append((tokens[j].start, t.end))
    return spans


# Quote marks that open and close the theme of an event (`‘도시, 사람을 묻다-인문도시를 향하여’를 주제로`).
_OPENERS = {"‘": "’", "“": "”", "'": "'", '"': '"', "「": "」", "『": "』", "<": ">", "《": "》"}
# Nouns after a quoted phrase that make it the event's theme or slogan, not something the unit says.
_THEME_NOUNS = frozenset({"주제", "슬로건", "타이틀", "부제", "표어", "구호"})


def event_themes(tokens: Sequence[TokenLike]) -> list[tuple[int, int]]:
    """Spans of quoted themes (`‘도시, 사람을 묻다-인문도시를 향하여’를 주제로`, `‘…’라는 슬로건으로`): Korean
    news gives an event's theme as a quoted phrase before `주제로`; its verbs (`묻다`, `향하여`) are the
    theme's words, as an event title's nouns are, and say nothing the unit reports."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        closer = _OPENERS.get(tokens[i].form)
        if closer is None:
            i += 1
            continue
        k = next((j for j in range(i + 1, min(i + 40, len(tokens))) if tokens[j].form == closer), None)
        if k is None:
            i += 1
            continue
        after = [t for t in tokens[k + 1 : k + 5] if not t.tag.startswith(("J", "VCP", "ETM", "E"))]
        if after and after[0].form in _THEME_NOUNS:
            spans.append((tokens[i].start, tokens[k].end))
        i = k + 1
    return spans


def _within(hit: PolicyHit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


# `간담회에 앞서 … 검토회의를 열었다`: the event is dated by another one, as `…을 앞두고` dates it.
_BEFORE_ANOTHER = frozenset({"앞서"})


def says_more_than_holding(
    tokens: Sequence[TokenLike], lexicon: Lexicon, titles: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether the unit has a verb, outside event titles, that is not one of holding, attending or
    framing an event (`…을 논의했다`, `… 계획을 발표했다`, `… 취업을 지원했다`)."""
    for i, t in enumerate(tokens):
        # a verb, or a verbal noun with its 하/되 (`논의했다`, `발표됐다`)
        verb = t.tag == "VV" or (
            t.tag.startswith("NN")
            and i + 1 < len(tokens)
            and tokens[i + 1].tag == "XSV"
            and tokens[i + 1].start == t.end
        )
        if (
            not verb
            or t.form in lexicon.event_frame_verbs
            or t.form in _BEFORE_ANOTHER
            or any(s <= t.start < e for s, e in titles)
        ):
            continue
        if _sets_the_scene(tokens, i) or _reports_the_clause(tokens, i):
            continue
        return True
    return False


# The quotative endings by which news reports a press release's clause (`…를 개최했다고 밝혔다`).
_QUOTATIVE = frozenset({"다고", "라고", "자고"})


def _reports_the_clause(tokens: Sequence[TokenLike], i: int) -> bool:
    """The verb at `i` only reports the clause before it (`설명회를 개최했다고 밝혔다`, `…열었다고 전했다`):
    Korean news relays a press release's sentence with a quotative ending and 밝히다/전하다, and the
    reporting verb says nothing the clause does not."""
    return i > 0 and tokens[i - 1].tag == "EC" and tokens[i - 1].form in _QUOTATIVE


def _sets_the_scene(tokens: Sequence[TokenLike], i: int) -> bool:
    """The verb at `i` only frames the circumstances (`교환근무가 실시된 가운데`, `…가 참석한 가운데`)."""
    for j in range(i + 1, min(i + 4, len(tokens) - 1)):
        if tokens[j].tag == "ETM":
            return tokens[j + 1].form == "가운데"
        if tokens[j].tag not in {"XSV", "EP"}:
            return False
    return False


# Holding an event with 갖다/가지다 (`간담회를 가졌다`), as 개최하다 does.
_HOLDING = frozenset({"갖", "가지"})


def _event_report(text: str, tokens: Sequence[TokenLike], lexicon: Lexicon) -> bool:
    """`… 행사를 개최했다` / `이번 행사는 …`: the unit reports an event rather than a policy. A unit that
    holds an event and also says something else (`… 간담회를 개최하고 일자리 정책을 논의했다`) is no mere
    event report."""
    # `'…센터' 개소식을 가졌다`: the facility opened, a result rather than an event
    if _OPENING.search(text):
        return False
    # `이날 행사에는 … 성과인 …를 소개하며`: what the programme presented is the report
    if _PROGRAMME.search(text) and not _presents(tokens):
        return True
    if not any(t.tag.startswith("NN") for t in tokens):  # no nouns
        return False
    # topic of the unit is an event (`이번 행사는`, `대회는`)
    for i, t in enumerate(tokens[:-1]):
        if t.tag.startswith("NN") and tokens[i + 1].tag in {"JX", "JKS"}:
            if tokens[i + 1].form in {"은", "는"} and lexicon.event_noun_end.search(t.form):
                return True
            break
    # main predicate holds/attends an event, and an event noun is its object
    last_verbs = [t for t in tokens if t.tag in {"VV", "NNG"}][-3:]
    holds = any(t.form in lexicon.event_verbs or t.form in _HOLDING for t in last_verbs)
    if not holds:
        return False
    words = [t for t in tokens if not t.tag.startswith("S")]  # `보고회’를`: skip the quote mark
    holds_event = any(
        words[i + 1].tag in {"JKO", "JKB"} and lexicon.event_noun_end.search(t.form)
        for i, t in enumerate(words[:-1])
        if t.tag.startswith("NN")
    )
    titles = [*event_titles(tokens, lexicon), *event_themes(tokens)]
    return holds_event and not says_more_than_holding(tokens, lexicon, titles)


def _presents(tokens: Sequence[TokenLike]) -> bool:
    return any(t.form in _PRESENTING for t in _verbs(tokens))


def _claimed_hits(
    hits: Sequence[PolicyHit], text: str, tokens: Sequence[TokenLike], offset: int, lexicon: Lexicon
) -> list[PolicyHit]:
    """The hits the unit makes a claim about: a keyword that only names an event (`‘스마트시티 …’
    현안토론 순서에서 발언했다`) is no claim; in a unit that says something beyond holding or attending
    the event (`청년 일자리 간담회를 열어 … 지원 방안을 논의했다`, `… 협업포럼을 활용하면`) it is."""
    if not hits:
        return []
    if _OPENING.search(text):
        return list(hits)  # what opened is the claim's policy
    titles = event_titles(tokens, lexicon)
    in_title = [h for h in hits if _within(h, titles) or _title_hit(h, text, offset, lexicon)]
    if not in_title or says_more_than_holding(tokens, lexicon, titles):
        return list(hits)
    return [h for h in hits if h not in in_title]
