"""Claim units: sentences of the clean text, split again into the sentences of a quote.

A claim is "the sentence as the speaker said it" (seeds/corpus/README.md): a narrated sentence is one unit,
a quote that runs over several sentences gives one unit per quoted sentence, and a sentence that joins several
quotes (`“A”며 “B”고 밝혔다`) gives one unit per quoted sentence. Units of one reported sentence share its
`sentence` index and `sentence_start/end` (the whole sentence, attribution tail included), so later stages
can read the speaker and the date from the attribution.

Kiwi is called once per paragraph (`split_into_sents(..., return_tokens=True, return_sub_sents=True)`);
everything else (quote spans, sub-sentences, tokens of each unit) is derived from that one result.
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tracker.extract._korean import QUOTE_PAIRS, STRAIGHT_QUOTES, paragraph_spans, unabridged


class Token(NamedTuple):
    """One Kiwi morpheme with offsets into the article text (a tuple: cheap to make by the thousand)."""

    form: str
    tag: str
    start: int
    end: int


_new_tuple = tuple.__new__


@dataclass(frozen=True)
class Unit:
    """One claim candidate: a narrated sentence, or one quoted sentence inside a quote."""

    start: int
    end: int
    text: str
    paragraph: int
    sentence: int
    quoted: bool
    tokens: tuple[Token, ...]
    sentence_start: int
    sentence_end: int
    # Morphemes of the whole enclosing sentence (the same objects as `tokens`, plus the attribution tail).
    sentence_tokens: tuple[Token, ...] = ()


# A quote followed by one of these is a noun phrase ('…'라는 평가, '…'를 목표로), not reported speech.
_NOMINAL_AFTER_QUOTE = re.compile(r"\s?(?:라는|이라는|란|이란|는|을|를|의|와|과|로|으로|에|이|가)(?![가-힣])")
# Endings that glue a quote to its attribution (`”라고 말했다`, `”며`, `” 고`).
_QUOTATIVE_START = re.compile(r"\s?(?:이?라고|이?라며|이?라면서|며|고|면서|하고|하며|하면서)(?![가-힣])")
# `“…” 권 시장의 말이다.`: a tail naming the speaker of the quote before it, which Kiwi cuts off.
_SAID_TAIL = re.compile(
    r"[가-힣][가-힣 ]{0,30}?의\s*(?:말|설명|얘기|각오|다짐|주장|입장|당부|강조|전언)(?:이다|이었다|였다|입니다)"
)
_QUOTE_CHARS = re.compile("[“”‘’「」『』«»\"']")
_ALNUM = re.compile(r"[^\W_]")
# `될 것 이라며`, `다하겠다 고 말했다`: a quotative ending after a space (see `_bare_quotes`)
_SPACED_QUOTATIVE = re.compile(r"[가-힣]\s+(?:이?라며|이?라고|고|며|이?라면서)\s")
# Section markers of run-together articles ('◆물산업 허브도시 자리매김 = ...'): always a new sentence.
_SECTION_MARKS = "◆■●◇□"
_HARD_BREAKS = re.compile("[◆■●◇□\n]")
_FINAL_PUNCT = {".", "?", "!"}
# Quotative endings written after a space where a scraper dropped the closing quote mark.
_BARE_QUOTATIVES = {"이라며", "라며", "이라고", "라고", "고", "며", "라면서", "이라면서"}
_REPORTING_END = re.compile(unabridged(r"(?:말|밝|전|강조|설명|덧붙|당부|다짐|약속|주문|지적|강조|답)(?:했|혔|였)[다습]"))
_START = operator.attrgetter("start")
_REPORTING_STEMS = ("말했", "밝혔", "전했", "강조했", "설명했", "덧붙였", "당부했", "다짐했", "말한", "했", "하였")


def split_units(text: str) -> list[Unit]:
    """Split `text` (paragraphs separated by blank lines) into claim units with exact offsets."""
    from tracker.extract.kiwi import get_kiwi

    paragraphs = paragraph_spans(text)
    if not paragraphs:
        return []
    # one call per paragraph: Kiwi analyses each string of a list on its own anyway, and a single string
    # is analysed in this thread, without the hand-over to Kiwi's thread pool (about 7% of Kiwi's time)
    split = get_kiwi().split_into_sents
    results = [split(text[s:e], return_tokens=True, return_sub_sents=True) for s, e in paragraphs]
    units: list[Unit] = []
    sentence_index = 0
    for p_index, ((p_start, _p_end), sentences) in enumerate(zip(paragraphs, results, strict=True)):
        for unit_group in _paragraph_units(text, p_start, p_index, sentences, sentence_index):
            units.extend(unit_group)
            sentence_index += 1
    return units


def unheld(text: str, units: Sequence[Unit]) -> list[str]:
    """Stretches of `text` (six Hangul letters or more, within a line) that no unit holds and that are no
    attribution: story text the unit builder lost (a check for tests and `tools/lost_text.py`). An attribution is
    what of a reported sentence is no unit by design: before its quote (`권 시장은 “`, `… 원장은 ` before a quote
    whose marks a scraper dropped), after it (`”며 강한 자신감을 보였다.`) or between two quotes; it may hold a quoted
    name (`‘스마트시티 조성 추진상황’`), never a quote."""
    covered = bytearray(len(text))
    for unit in units:
        covered[unit.start : unit.end] = b"\x01" * (unit.end - unit.start)
    lost = []
    for line in re.finditer(r"[^\n]+", text):
        for gap in re.finditer(b"\x00+", covered[line.start() : line.end()]):
            stretch = text[line.start() + gap.start() : line.start() + gap.end()].strip()
            if len(re.findall("[가-힣]", stretch)) >= 6 and not _attribution(stretch):
                lost.append(stretch)
    return lost


_QUOTE_MARKS = "“”‘’\"'"


def _attribution(stretch: str) -> bool:
    inner = stretch.strip(_QUOTE_MARKS)
    return not any(mark in inner for mark in '“”"') and (
        stretch[0] in _QUOTE_MARKS or stretch[-1] in _QUOTE_MARKS or stretch.endswith(("은", "는"))
    )


def _paragraph_units(
    text: str, offset: int, p_index: int, sentences: Sequence, first_index: int
) -> Iterable[list[Unit]]:
    """Units of one paragraph, grouped by enclosing sentence."""
    tokens: list[Token] = []
    subs: list[tuple[int, int]] = []
    bounds: list[tuple[int, int]] = []
    for sent in sentences:
        bounds.append((offset + sent.start, offset + sent.end))
        for t in sent.tokens or ():
            start = offset + t.start
            tokens.append(_new_tuple(Token, (t.form, t.tag, start, start + t.len)))
        subs.extend((offset + sub.start, offset + sub.end) for sub in sent.subs or ())
    if not bounds:
        return
    tokens.sort(key=_START)
    token_starts = [t.start for t in tokens]
    quotes = _Spans(quote_spans(text, bounds[0][0], bounds[-1][1]))
    sub_spans = _Spans(sorted(subs))
    index = first_index
    for s_start, s_end in _sentences(text, bounds, quotes, tokens):
        lo, hi = bisect_left(token_starts, s_start), bisect_left(token_starts, s_end)
        sentence_tokens = tuple(tokens[lo:hi])
        group = _sentence_units(text, s_start, s_end, sentence_tokens, quotes, sub_spans)
        units = [
            Unit(
                start=u_start,
                end=u_end,
                text=text[u_start:u_end],
                paragraph=p_index,
                sentence=index,
                quoted=quoted,
                tokens=_tokens_within(tokens, token_starts, lo, hi, u_start, u_end),
                sentence_start=s_start,
                sentence_end=s_end,
                sentence_tokens=sentence_tokens,
            )
            for u_start, u_end, quoted in group
        ]
        if units:
            index += 1
            yield units


def _tokens_within(
    tokens: list[Token], starts: list[int], lo: int, hi: int, start: int, end: int
) -> tuple[Token, ...]:
    """The tokens of `tokens[lo:hi]` (sorted by start) with `start <= t.start` and `t.end <= end`: a
    token ending by `end` starts by `end` too, so only the slice between those starts is read."""
    first = bisect_left(starts, start, lo, hi)
    last = bisect_right(starts, end, first, hi)
    return tuple(t for t in tokens[first:last] if t.end <= end)


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level quotations in `text[start:end]` as (opening mark, closing mark + 1).

    Curly pairs match by direction; a straight mark closes an open quote of its family or opens one. A
    curly mark left open runs to `end` (a quote continued in the next paragraph); a straight one is dropped.
    """
    open_at: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for found in _QUOTE_CHARS.finditer(text, start, end):
        i, ch = found.start(), found.group()
        if ch in QUOTE_PAIRS:  # an opening mark
            family = QUOTE_PAIRS[ch]
            if family in open_at and _QUOTATIVE_START.match(text, i + 1, end):
                # typed the wrong way round where it closes (`“… 보태 달라“라고`)
                spans.append((open_at.pop(family), i + 1))
                continue
            open_at[family] = i
        elif ch in STRAIGHT_QUOTES:
            family = STRAIGHT_QUOTES[ch]
            if family in open_at:
                spans.append((open_at.pop(family), i + 1))
            elif ch == "'" and i > 0 and text[i - 1].isalnum():
                # an apostrophe or prime closing nothing (5'10, rock'n), or a mark standing for a middle dot
                # between two words (`김인기'김한탁 공동위원장`, `18개 읍'면`): a quote opens after a space or a
                # mark, not glued to the word before it
                continue
            else:
                open_at[family] = i
        elif ch in _CLOSERS:
            family = _CLOSERS[ch]
            if family in open_at:
                spans.append((open_at.pop(family), i + 1))
            elif ch == "”" and (i == start or text[i - 1].isspace()) and "가" <= text[i + 1 : i + 2] <= "힣":
                open_at[family] = i  # typed the wrong way round where it opens (`상인들에게 ”지역경제의 …`)
    # a quote running over paragraphs opens in each of them and closes only in the last (`“…` ¶ `“…”`):
    # a curly opening mark left open quotes to the end of its paragraph
    for at in open_at.values():
        if text[at] in "“‘" and end - at > 1:
            spans.append((at, end))
        elif text[at] == '"' and end - at > 1 and _CHAINED_QUOTE.search(text, max(start, at - 12), at):
            # a straight quote that goes on from another (`"…"며 "남부권 … 최선을`) left open where the
            # paragraph was cut off: quoted to the end of the paragraph as well
            spans.append((at, end))
    spans.sort()
    top: list[tuple[int, int]] = []
    for span in spans:
        if top and span[0] < top[-1][1]:
            if span[1] > top[-1][1]:  # overlapping, not nested: keep the longer outer span
                top[-1] = (top[-1][0], span[1])
            continue
        top.append(span)
    return top


# the end of one quote and the quotative that joins the next to it (`"…"라며 "`, `”면서, "`)
_CHAINED_QUOTE = re.compile(r"[\"”]\s?(?:이?라며|며|면서|이?라면서)\s?,?\s*$")
_CLOSERS = {"”": "double", "’": "single", "」": "corner", "』": "white-corner", "»": "guillemet"}


def _sentences(
    text: str, bounds: list[tuple[int, int]], quotes: _Spans, tokens: list[Token]
) -> list[tuple[int, int]]:
    """Kiwi's sentences, re-joined where Kiwi cut inside or right after a quote, and split where it missed
    a run-together boundary (`있다.대구시가`), a section marker or a line break."""
    cuts: set[int] = set()
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    current = bounds[0][0]  # where the sentence being built starts
    for (_s, e), (_next_start, next_end) in itertools.pairwise(bounds):
        if (
            _inside_quote(e, quotes)
            or _quote_tail_follows(text, e, quotes)
            or _glued_non_final(text, e, tokens, ends)
            or _attribution_follows(text, current, e, next_end, quotes)
            or _quoted_name_opens(text, e, quotes, tokens, starts)
        ):
            continue
        current = _next_non_space(text, e)
        cuts.add(current)
    start, end = bounds[0][0], bounds[-1][1]
    # sentences Kiwi ran together (`있다.대구시가`, `늘렸다. “로봇도 …”며`): a final ending + full stop
    # outside quotes that is not followed by a closing mark
    for prev, tok in itertools.pairwise(tokens):
        if tok.tag == "SF" and tok.form in _FINAL_PUNCT and prev.tag == "EF":
            after = tok.end
            if after < end and text[after] not in "”’\"')]」』»" and not _inside_quote(after, quotes):
                cuts.add(_next_non_space(text, after))
    line_start = start
    for found in _HARD_BREAKS.finditer(text, start, end):
        i = found.start()
        if found.group() != "\n":
            if not _inside_quote(i, quotes):
                cuts.add(i)
            continue
        opens_quote = text[_next_non_space(text, i) : _next_non_space(text, i) + 1] in {"“", "‘", '"', "'"}
        line = tokens[bisect_left(starts, line_start) : bisect_left(starts, i)]
        if not _inside_quote(i, quotes) and _line_ends_sentence(line, line_start, i, opens_quote):
            cuts.add(i + 1)
        line_start = i + 1
    spans: list[tuple[int, int]] = []
    prev = start
    for cut in sorted(c for c in cuts if start < c < end):
        spans.append((prev, cut))
        prev = cut
    spans.append((prev, end))
    trimmed = [_trim(text, s, e) for s, e in spans]
    return [(s, e) for s, e in trimmed if e > s and not _only_marks(text[s:e])]


def _quoted_name_opens(
    text: str, end: int, quotes: _Spans, tokens: list[Token], starts: list[int]
) -> bool:
    """`…투입된다. ‘일상안심 스마트안전’ ¶ 분야는 …`: Kiwi ends a sentence with the quoted name that opens the
    next one. A quote right after a full stop whose words end no sentence is a name, and the sentence it
    opens goes on after it: no boundary there."""
    q_end = end
    while q_end > 0 and text[q_end - 1].isspace():
        q_end -= 1
    i = bisect_right(quotes.ends, q_end) - 1
    if i < 0 or quotes.ends[i] != q_end:
        return False
    q_start = quotes.starts[i]
    before = q_start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] not in _FINAL_PUNCT:
        return False
    inside = tokens[bisect_left(starts, q_start) : bisect_left(starts, q_end)]
    follows = _next_non_space(text, end)
    return (
        bool(inside)
        and not any(t.tag in ("EF", "SF") for t in inside)
        and follows < len(text)
        and text[follows] not in "\n“‘\"'"
    )


def _line_ends_sentence(line: list[Token], start: int, end: int, quote_follows: bool) -> bool:
    """A line break inside a paragraph ends a sentence after a final ending or a symbol (`…다.`,
    `2018.11.26`), or after a line with no predicate (a heading, a byline) unless a quote follows it
    (`권영진 대구시장` / `"…" 라며`); a line that stops on a particle or a connective (`김완근 제주시장은` /
    `지난 1년 …`) is a sentence wrapped over lines."""
    if not line:
        return True
    last = line[-1]
    if last.tag == "EF" or (last.tag.startswith("S") and last.tag != "SP"):
        return True
    if last.tag[0] == "J" or last.tag in {"EC", "ETM", "MM", "XPN", "SP"}:
        return False
    return not quote_follows and end - start <= 60 and not any(t.tag[0] in "VE" for t in line)


def _attribution_follows(text: str, start: int, end: int, next_end: int, quotes: _Spans) -> bool:
    """`“물산업을 키우겠다.” 권 시장은 이렇게 말했다.`: a sentence that is only a quote, followed by a short
    sentence that says who said it, is one reported sentence."""
    start, end = _trim(text, start, end)
    if (start, end) not in quotes:
        return False
    follow_start, follow_end = _trim(text, end, next_end)
    tail = text[follow_start:follow_end]
    return len(tail) <= 40 and not _QUOTE_CHARS.search(tail) and bool(_REPORTING_END.search(tail[-12:]))


def _glued_non_final(text: str, pos: int, tokens: list[Token], ends: list[int]) -> bool:
    """Kiwi cut after a '?' or '!' glued to the next word that ends no clause (`수집?활용한다`, a mangled
    middle dot): not a sentence boundary."""
    if pos >= len(text) or text[pos].isspace():
        return False
    i = bisect_left(ends, pos)
    return (
        0 < i < len(tokens) and tokens[i].end == pos and tokens[i].tag == "SF" and tokens[i - 1].tag != "EF"
    )


def _only_marks(chunk: str) -> bool:
    return _ALNUM.search(chunk) is None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _SECTION_MARKS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _next_non_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


class _Spans:
    """Sorted, non-overlapping spans (top-level quotes, Kiwi's sub-sentences) searched by bisection, so
    that a long run-together paragraph with many quotes stays linear."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def __contains__(self, span: object) -> bool:
        i = bisect_left(self.spans, span)  # type: ignore[arg-type]
        return i < len(self.spans) and self.spans[i] == span

    def inside(self, pos: int) -> bool:
        """True when `pos` lies strictly inside a span."""
        i = bisect_left(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def last_end(self, pos: int) -> int | None:
        """The end of the last span that ends at or before `pos`."""
        i = bisect_right(self.ends, pos) - 1
        return self.ends[i] if i >= 0 else None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self.starts, start)
        hi = bisect_right(self.starts, end)
        return [(s, e) for s, e in self.spans[lo:hi] if e <= end]


def _inside_quote(pos: int, quotes: _Spans) -> bool:
    return quotes.inside(pos)


def _quote_tail_follows(text: str, pos: int, quotes: _Spans) -> bool:
    """True when a sentence boundary at `pos` falls between a closing quote and its `라고 했다` tail."""
    q_end = quotes.last_end(pos)
    if q_end is None or text[q_end:pos].strip():
        return False
    if _SAID_TAIL.match(text, _next_non_space(text, pos)):
        return True
    return bool(_QUOTATIVE_START.match(text, q_end)) or (
        pos == q_end and pos < len(text) and "가" <= text[pos] <= "힣"
    )


def _sentence_units(
    text: str,
    start: int,
    end: int,
    tokens: tuple[Token, ...],
    quotes: _Spans,
    subs: _Spans,
) -> list[tuple[int, int, bool]]:
    """(start, end, quoted) of each unit of one sentence."""
    units: list[tuple[int, int, bool]] = []
    within = quotes.within(start, end)
    speech = [_is_speech(text, q_start, q_end, end, tokens) for q_start, q_end in within]
    if any(speech):
        # the other quotes of a reported sentence are the speaker's words too when they say a whole clause
        # (`“A”며 “B”는 뜻을 밝혔다`) or run on to where a cut-off text stops (`”며 “광산 복지의 … 하도`)
        speech = [s or _also_said(text, q, tokens) for s, q in zip(speech, within, strict=True)]
    for (q_start, q_end), said in zip(within, speech, strict=True):
        if not said:
            continue
        closed = q_end - 1 > q_start and _QUOTE_CHARS.match(text, q_end - 1) is not None
        content_end = q_end - 1 if closed else q_end
        inner = subs.within(q_start + 1, content_end)
        if not _covers(text, inner, q_start + 1, content_end):  # Kiwi's sub-sentences miss a part
            inner = _split_quote(q_start + 1, content_end, tokens)
        units.extend((s, e, True) for s, e in (_trim(text, s, e) for s, e in inner) if e > s)
    if units:
        return units
    bare = _bare_quotes(text, start, end, tokens)
    if bare:
        return [(s, e, True) for s, e in bare]
    return [(start, end, False)]


def _also_said(text: str, quote: tuple[int, int], tokens: tuple[Token, ...]) -> bool:
    """A quote beside reported speech in one sentence that holds a finished clause, or that a cut-off
    paragraph leaves open at its end with a few words in it."""
    q_start, q_end = quote
    if any(t.tag == "EF" and q_start < t.start and t.end < q_end for t in tokens):
        return True
    return (
        not text[q_end : _line_end(text, q_end)].strip()
        and text[q_end - 1] not in _CLOSERS
        and text[q_end - 1] not in STRAIGHT_QUOTES
        and sum(1 for t in tokens if q_start < t.start and t.end <= q_end) >= 3
    )


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _covers(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when `spans` (in order, not overlapping) leave nothing but spaces of `text[start:end]`."""
    pos = start
    for s, e in spans:
        if s < pos or text[pos:s].strip():
            return False
        pos = e
    return bool(spans) and not text[pos:end].strip()


def _is_speech(text: str, q_start: int, q_end: int, s_end: int, tokens: tuple[Token, ...]) -> bool:
    """A quote is reported speech when a quotative ending follows it (`”이라며`, `”고 말했다`), or when it
    holds a finished clause and is not used as a noun phrase (`'…'라는 평가`, `'…'를 목표로`), nor as a
    name before a noun (`‘우리 동네를 지키자’ 캠페인을 벌였다`) unless a reporting verb ends the sentence
    (`“…” 권 시장은 말했다`)."""
    if _QUOTATIVE_START.match(text, q_end, s_end):
        return True
    if not any(t.tag == "EF" and q_start < t.start and t.end < q_end for t in tokens):
        return False
    if _NOMINAL_AFTER_QUOTE.match(text, q_end, s_end):
        return False
    after = _next_non_space(text, q_end)
    if after < s_end and "가" <= text[after] <= "힣":
        return bool(_REPORTING_END.search(text, after, s_end) or _SAID_TAIL.match(text, after, s_end))
    return True


def _split_quote(start: int, end: int, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Sentences inside a quote Kiwi gave no sub-sentences for: cut after final endings + punctuation."""
    spans: list[tuple[int, int]] = []
    prev = start
    inner = [t for t in tokens if start <= t.start and t.end <= end]
    for before, tok in itertools.pairwise(inner):
        if tok.tag == "SF" and before.tag == "EF" and tok.end < end:
            spans.append((prev, tok.end))
            prev = tok.end
    spans.append((prev, end))
    return spans


def _bare_quotes(text: str, start: int, end: int, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Quotes whose marks a scraper removed (`원장은 이번 협약은 … 될 것 이라며 … 다하겠다 고 말했다`).

    The tell-tale is a quotative ending written after a space, which Korean never does otherwise; the
    quote runs from after the topic (`…은/는 `) or the previous quotative to that space.
    """
    if _QUOTE_CHARS.search(text, start, end) or not _SPACED_QUOTATIVE.search(text, start, end):
        return []
    closers = []  # (index of the first token of the ending, offset just after the ending)
    for i in range(1, len(tokens)):
        tok = tokens[i]
        if not text[tokens[i - 1].end : tok.start].isspace() or tok.tag[0] not in "EJV":
            continue
        word_end = tok.start
        while word_end < end and not text[word_end].isspace():
            word_end += 1
        if text[tok.start : word_end] in _BARE_QUOTATIVES:
            closers.append((i, word_end))
    if not closers:
        return []
    if not text[closers[-1][1] : end].lstrip().startswith(_REPORTING_STEMS):
        return []
    topic = next(
        (
            tok.end
            for i, tok in enumerate(tokens)
            if tok.tag == "JX" and tok.form in {"은", "는"} and i > 0 and tokens[i - 1].tag.startswith("NN")
        ),
        None,
    )
    if topic is None or topic >= tokens[closers[0][0]].start:
        return []
    spans: list[tuple[int, int]] = []
    prev = topic
    for i, word_end in closers:
        spans.append(_trim(text, prev, tokens[i - 1].end))
        prev = word_end
    return [(s, e) for s, e in spans if e > s]
