"""Policies: which taxonomy policies a unit makes a claim about, with a confidence.

Matching works on the unit's text with whitespace removed (so `스마트 시티` = `스마트시티` and particles
such as `스마트시티를` do not matter) and checks short keywords against the unit's Kiwi tokens (so `교육`
matches `교육청`, `단양교육지원청` but not the middle of a word). Long keywords of a policy the article is
about also match with one wrong letter (`스마트시트`).

Deciding that a unit *makes a claim* is the harder half (README "What a policy claim is"; ANNOTATION_NOTES
convention 2): generic keywords (`교육`, `안전`, `고용` ...) count only for the article's topics; titles of
events, event reports, definitions, wishes, verdicts on single companies and captions are not claims; a
unit continues the previous claim's main policy when it refers back to it (`이것`, `이를 통해`, `이번 사업`,
`사업법인은`, a connective); and in an article about one policy throughout (its headline names it and a
third of the body does, or nearly every sentence does), a sentence without keywords is about it only when
it refers back, names an initiative the headline quotes, or is a named speaker's quote. Courtesy visits,
facts about the whole country and titles of ceremonies are no claims.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

import yaml

from tracker.clean.alternation import alternation
from tracker.extract.quantities import find_quantities
from tracker.reference import Reference

_RULES_PATH = Path(__file__).parent / "data" / "policy_rules.yaml"


class TokenLike(Protocol):
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class PolicyHit:
    """A keyword occurrence; offsets are into the text the unit came from."""

    slug: str
    keyword: str
    start: int
    end: int
    generic: bool = False
    fuzzy: bool = False


@dataclass(frozen=True)
class UnitPolicies:
    """The policies one unit makes a claim about (empty: not a claim), and why."""

    slugs: tuple[str, ...]
    confidence: float
    # 'keyword' | 'continuation' | 'topic' (claims); 'none' | 'not_body' | 'definition' | 'event' | 'remark'
    reason: str
    hits: tuple[PolicyHit, ...] = ()


@dataclass(frozen=True)
class _Keyword:
    compact: str
    slug: str
    generic: bool


@dataclass(frozen=True)
class Lexicon:
    keywords: tuple[_Keyword, ...]
    phrases: tuple[tuple[tuple[str, ...], str, bool], ...]  # (words, slug, generic) of spaced keywords
    short_aliases: dict[str, str]
    sector_heads: frozenset[str]
    exclude: tuple[str, ...]
    event_nouns: frozenset[str]
    event_verbs: frozenset[str]
    event_frame_verbs: frozenset[str] = frozenset()
    # head noun -> (slug, generic): `…먼지` -> fine-dust
    head_nouns: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # derived: one scan finds, at every position, the longest keyword starting there
    pattern: re.Pattern[str] = field(default=re.compile(r"(?!)"), compare=False)
    by_compact: dict[str, _Keyword] = field(default_factory=dict, compare=False)
    phrase_index: dict[str, tuple[tuple[str, str, bool], ...]] = field(default_factory=dict, compare=False)
    event_noun_end: re.Pattern[str] = field(default=re.compile(r"(?!)"), compare=False)
    event_noun_last: frozenset[str] = field(default=frozenset(), compare=False)  # their last letters
    # head nouns by their last letter, longest first: one dict lookup per token
    head_index: dict[str, tuple[tuple[str, tuple[str, bool]], ...]] = field(
        default_factory=dict, compare=False
    )
    # (regex over the text without spaces, slug): phrasings a keyword cannot spell out
    patterns: tuple[tuple[re.Pattern[str], str], ...] = ()
    # keywords that several policies list (`청년주거`: housing and youth policy): the other slugs
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # noun -> slug: the people a policy is for (`청년` -> youth-policy), named in a claim about another policy
    target_words: dict[str, str] = field(default_factory=dict)
    # names of other groups or bodies that hold a target word (`청년농업인`, `자립준비청년`), without spaces
    target_exceptions: tuple[str, ...] = ()


# Keywords that mostly set the scene rather than name a policy (`코로나19까지 … 악재를 겪고`): they count
# like the generic words of the rules file (a disease is named by its policy's specific words, `방역`).
_ALSO_GENERIC = frozenset({"코로나19", "코로나"})
# Beneficiary words that another policy's keyword can qualify (`방범 취약계층`, `폭염 취약계층`: the people
# a safety measure protects, not welfare policy).
_BENEFICIARIES = frozenset({"취약계층"})
# Technology words that describe how a device of another policy works (`사물인터넷(IoT) 기반 장치`, `AI
# 기반 CCTV`).
_AS_BASIS = re.compile(r"[)’']?(?:\([^)]{1,12}\))?기반")
# Endings of an organisation's name (`사회복지법인`, `밀알복지재단`): a keyword inside names the body.
_BODY_NAMES = ("법인", "재단")
# A generic word that is also the name of a field names the policy only in an article that is about the
# field at all: `교육` is the format of a job-training course (`드론 자격증 교육과정`, `교육이 실시될
# 예정이다`) unless the article names schools, pupils, teachers or the education office (or the
# policy's own specific words, `무상급식`, `교재`).
_FIELD_ANCHORS: dict[str, re.Pattern[str]] = {
    "교육": re.compile(
        r"학교|학생|학부모|교사|교원|교육청|교육감|유치원|초등|중학|고교|고등학|대학|수업|교과|입시|학력|급식"
        r"|방과후|공교육|사교육|평생교육|교육격차|교육복지|교육특구|교육발전특구|교육도시|교재"
    ),
}
# Suffixes that turn a generic word into a participant (`교육생`, `훈련생`): the trainees of a course,
# not the policy.
_PARTICIPANT_SUFFIXES = frozenset({"생"})
_NON_SPACE_RUN = re.compile(r"\S+")
# nouns of an area: a keyword right before one names a place (`농촌권역`), not the policy
_AREA_NOUNS = ("권역", "지역")  # `\s` is `str.isspace`


@lru_cache(maxsize=4096)
def _compact(text: str) -> tuple[str, list[int]]:
    """`text` without whitespace, and for each kept character its index in `text`."""
    chars: list[str] = []
    index: list[int] = []
    for run in _NON_SPACE_RUN.finditer(text):
        start, end = run.span()
        chars.append(run.group())
        index.extend(range(start, end))
    return "".join(chars), index


class _Letters:
    """A unit's text without whitespace (`compact`), each kept letter's index in the text (`index`),
    and the way back from a text index to its letter (`position`), built once and only when needed."""

    __slots__ = ("_position", "compact", "index")

    def __init__(self, text: str) -> None:
        self.compact, self.index = _compact(text)
        self._position: dict[int, int] | None = None

    @property
    def position(self) -> dict[int, int]:
        if self._position is None:
            self._position = {original: c for c, original in enumerate(self.index)}
        return self._position


@cache
def _rules() -> dict:
    return yaml.safe_load(_RULES_PATH.read_text(encoding="utf-8"))


_LEXICONS: dict[int, tuple[Reference, Lexicon]] = {}


def build_lexicon(reference: Reference) -> Lexicon:
    """The keyword table of `reference` (cached per reference object)."""
    cached = _LEXICONS.get(id(reference))
    if cached and cached[0] is reference:
        return cached[1]
    rules = _rules()
    generic = {re.sub(r"\s", "", g) for g in rules["generic"]} | _ALSO_GENERIC
    seen: set[tuple[str, str]] = set()
    keywords = []
    phrases = []
    for policy in reference.policies:
        for word in policy.keywords:
            if " " in word.strip():
                phrases.append((tuple(word.split()), policy.slug, re.sub(r"\s", "", word) in generic))
        for word in (*policy.keywords, policy.name_ko):
            compact = re.sub(r"\s", "", word)
            if compact and (compact, policy.slug) not in seen:
                seen.add((compact, policy.slug))
                keywords.append(_Keyword(compact, policy.slug, compact in generic))
    for word, slug in (rules.get("extra_generic") or {}).items():
        if slug in {p.slug for p in reference.policies}:
            keywords.append(_Keyword(re.sub(r"\s", "", word), slug, True))
    # longest first, so that `스마트시티` wins over `스마트`
    keywords.sort(key=lambda k: -len(k.compact))
    by_compact: dict[str, _Keyword] = {}
    shared: dict[str, list[str]] = {}
    for kw in keywords:
        first = by_compact.setdefault(kw.compact, kw)
        if first.slug != kw.slug and kw.slug not in shared.get(kw.compact, ()):
            shared.setdefault(kw.compact, []).append(kw.slug)
    phrase_index: dict[str, list[tuple[str, str, bool]]] = {}
    for words, slug, is_generic in phrases:
        if len(words) == 2:
            phrase_index.setdefault(words[0], []).append((words[1], slug, is_generic))
    event_nouns = sorted(rules.get("event_nouns", []), key=len, reverse=True)
    head_nouns = {
        word: (slug, word in generic)
        for word, slug in (rules.get("head_nouns") or {}).items()
        if slug in {p.slug for p in reference.policies}
    }
    head_index: dict[str, list[tuple[str, tuple[str, bool]]]] = {}
    for word in sorted(head_nouns, key=len, reverse=True):
        head_index.setdefault(word[-1], []).append((word, head_nouns[word]))
    lexicon = Lexicon(
        keywords=tuple(keywords),
        phrases=tuple(phrases),
        short_aliases=dict(rules.get("short_aliases", {})),
        sector_heads=frozenset(rules.get("sector_heads", [])),
        exclude=tuple(re.sub(r"\s", "", w) for w in rules.get("exclude", [])),
        event_nouns=frozenset(rules.get("event_nouns", [])),
        event_verbs=frozenset(rules.get("event_verbs", [])),
        event_frame_verbs=frozenset(rules.get("event_frame_verbs", [])),
        head_nouns=head_nouns,
        # at each position the longest keyword, as the alternation of `by_compact` (longest first) gives
        pattern=re.compile("(?=(" + alternation(by_compact) + "))"),
        by_compact=by_compact,
        phrase_index={k: tuple(v) for k, v in phrase_index.items()},
        event_noun_end=re.compile("(?:" + "|".join(map(re.escape, event_nouns)) + ")$"),
        event_noun_last=frozenset(noun[-1] for noun in event_nouns),
        head_index={last: tuple(words) for last, words in head_index.items()},
        shared={word: tuple(slugs) for word, slugs in shared.items()},
        target_words={
            word: slug
            for slug, entry in (rules.get("target_words") or {}).items()
            if slug in {p.slug for p in reference.policies}
            for word in entry["words"]
        },
        target_exceptions=tuple(
            re.sub(r"\s", "", word)
            for entry in (rules.get("target_words") or {}).values()
            for word in entry.get("except", [])
        ),
        patterns=tuple(
            (re.compile(pattern), slug)
            for pattern, slug in (rules.get("patterns") or {}).items()
            if slug in {p.slug for p in reference.policies}
        ),
    )
    _LEXICONS[id(reference)] = (reference, lexicon)
    return lexicon


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
    token_starts = {t.start - offset for t in tokens}
    covered = [False] * len(compact)
    for word in _excluded(lexicon.exclude):
        if word not in compact:
            continue
        for m in re.finditer(re.escape(word), compact):
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

    candidates = [(m.start(), lexicon.by_compact[m.group(1)]) for m in lexicon.pattern.finditer(compact)]
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
    wanted = _fuzzy_keywords(lexicon, slugs)
    if not any(kw.compact[:2] in compact for kw in wanted):
        return []
    covered: list[bool] | None = None  # what `taken` covers, worked out at the first near-miss
    hits = []
    for kw in wanted:
        size = len(kw.compact)
        pos = compact.find(kw.compact[:2])
        while 0 <= pos <= len(compact) - size:
            window = compact[pos : pos + size]
            if not _one_substitution(window, kw.compact):
                pos = compact.find(kw.compact[:2], pos + 1)
                continue
            if covered is None:
                covered = _covered(letters, taken, offset)
            if not any(covered[pos : pos + size]):
                for i in range(pos, pos + size):
                    covered[i] = True
                start, end = index[pos], index[pos + size - 1] + 1
                hits.append(PolicyHit(kw.slug, kw.compact, offset + start, offset + end, False, True))
            pos = compact.find(kw.compact[:2], pos + 1)
    return hits


_FUZZY: dict[int, tuple[Lexicon, dict[frozenset[str], tuple[_Keyword, ...]]]] = {}


def _fuzzy_keywords(lexicon: Lexicon, slugs: frozenset[str]) -> tuple[_Keyword, ...]:
    """Long specific keywords of `slugs`, in lexicon order (kept per lexicon object and slug set)."""
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
        wanted = by_slugs[slugs] = tuple(
            kw for kw in lexicon.keywords if kw.slug in slugs and len(kw.compact) >= 5 and not kw.generic
        )
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


def _ascii_bounded(compact: str, pos: int, length: int) -> bool:
    """ASCII keywords (`IoT`, `GTX`) must not sit inside a longer Latin word."""
    before = compact[pos - 1] if pos else ""
    after = compact[pos + length] if pos + length < len(compact) else ""
    return not (before.isascii() and before.isalpha()) and not (after.isascii() and after.islower())


def _jamo(ch: str) -> tuple[int, int, int] | None:
    """(initial, medial, final) of a Hangul syllable, None for anything else."""
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def _one_substitution(a: str, b: str) -> bool:
    """One letter differs, and for Hangul only in one of its jamo (`스마트시트` ~ `스마트시티`, but not
    `테스트필드` ~ `테스트베드`): a slip of the finger, not another word."""
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diffs) != 1:
        return False
    x, y = (_jamo(c) for c in diffs[0])
    if x is None or y is None:
        return True
    return sum(p != q for p, q in zip(x, y, strict=True)) == 1


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
            if found is None or prev is None or not prev.tag.startswith("NN") or prev.end != token.start:
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


# ---------------------------------------------------------------------------------------------
# Deciding which units make claims


_DEFINITION = re.compile(r"(이란|란|는|은)\s.*(말한다|뜻한다|의미한다|해당된다|일컫는다|가리킨다)[.\s]*$")
_ANAPHOR = re.compile(r"^[\s“\"'‘]*(이것|이는|이를|이에|이곳|이 곳|이와|이런|이러한|이 같은|이같은)")
# `이번 사업`, `해당 협약`, `이번 공모사업`, `본 사업`: a noun phrase that points back at the initiative
_ANAPHOR_ANYWHERE = re.compile(
    r"(?<![가-힣])(?:(?:이번|해당|이|본|동)\s?|(?:이번|해당)\s?[가-힣]{1,6}?)"
    r"(?:사업|협약|정책|제도|프로젝트|계획|공모|법안|개정안|조례|노선)"
    # `이를 통해`, `이에 따라`, `이와 관련해` after the subject (`제주도는 이를 통해 …`)
    r"|(?<![가-힣])(?:이를|이에|이와|이로써|이로)\s?(?:통해|위해|따라|따른|관련|함께|인해)"
    # `선정된 5개사와`: the entities a result named before
    r"|(?:선정|지정|선발|참여|입주)(?:된|한|받은)\s?\d+\s?(?:개사|개\s?기업|개\s?업체|개\s?지구|개\s?기관|곳)"
)
# `이번 사업은 …`: the sentence is about the initiative before, whatever else it names
_ANAPHORIC_TOPIC = re.compile(
    r"^[\s“\"'‘]*(?:이번|해당|본|이)\s?(?:사업|정책|제도|프로젝트)(?:은|는|이|도)\s"
)
# The budget as a whole (`내년도 예산안`, `총예산`, `일반회계 전체`): a sentence about it without a keyword
# is about no one policy.
_WHOLE_BUDGET = re.compile(r"예산안|총\s?예산|전체\s?예산|본예산|예산\s?총액|예산\s?규모")
# `한편 …`: the sentence turns to something else
_TOPIC_SHIFT = re.compile(r"^[\s“\"'‘]*한편[\s,]")
CONNECTIVE = re.compile(
    r"^[\s“\"'‘]*(또한|또|아울러|이와 함께|이외에도|특히|더불어|나아가|이어|다만|그러면서)[\s,]"
)
# Topics that point back at the initiative the previous sentences are about (`사업법인은`, `사업이`,
# `시설운영은`, `총사업비는`, `공사는`): the project, its body, its money or its stages.
_PROJECT_TOPICS = frozenset(
    {"사업", "사업비", "총사업비", "사업법인", "사업단", "사업자", "사업시행자", "시설", "공사", "착공", "완공",
     "준공", "개통", "예산", "프로그램", "자격", "신청자격", "지원대상"}
)  # fmt: skip
# `…는 청년 구직자가 … 지원하는 사업이다`, `… 체험형 직무 교육 프로그램이다`: the sentence says what the
# initiative of the claim before is (its predicate is an initiative noun with the copula).
_PROGRAMME_COPULA = re.compile(r"(?:사업|프로그램|제도|정책|과정)(?:이다|입니다)[.”\"’'\s]*$")
# The opening of a facility or line (`'진주창업지원센터' 개소식을 가졌다`): it opened, which is a result.
_OPENING = re.compile(
    r"(?:개소|개관|개원|개통|준공)(?:식|기념식)[’'”\"」]?(?:을|를)\s?(?:[^\s]+\s){0,2}?(?:가졌|갖고|개최했|열었|열고)"
)  # `'치매안심센터 개소식'을 30일 개최했다`: a closing quote mark and a day may stand between
_PROGRAMME = re.compile(r"(\d부(인|에서|는|에서는)\s)|^(이날|이번)\s?행사")
# What the programme of an event presented (`이날 행사에는 … 성과인 …를 소개하며`): a report of the
# policy, not of the event.
_PRESENTING = frozenset({"소개", "발표", "설명", "공개", "공유", "홍보", "보고", "제시", "논의"})
# A general fact about the country or the world (`우리나라는 전국적으로 출산율이 … 감소하고 있다`):
# background, not a claim about a policy.
_GENERAL_FACT = re.compile(r"^[\s“\"'‘]*(우리나라|전국|전\s?세계|세계|국내|한국)(는|은|에서는|적으로)\s")
# Visiting, listening and encouraging (`…복지관을 방문해 애로사항을 청취하고 격려의 말을 전했다`): a
# courtesy visit says nothing about the policy the place belongs to.
_VISITING = frozenset({"방문", "찾", "둘러보"})
_VISIT_VERBS = frozenset(
    {"방문", "찾", "청취", "듣", "격려", "위로", "전하", "살피", "둘러보", "인사", "당부", "감사", "치하", "만나",
     "나누", "경청", "하", "되", "있", "위하", "앞서", "따르"}
)  # fmt: skip
# Wishes and thanks (`핵심 인재들이 되길 바란다`, `깊이 감사드린다`) assert nothing about a policy. A
# request to someone to act (`…대비를 해 주시기 바란다`, `…신경 써 주길 바랍니다`: the auxiliary 주다 before
# 바라다) is a directive about the policy, not a wish: it stays.
_COURTESY = re.compile(
    r"(바란다|바랍니다|감사드린다|감사드립니다|감사하다|감사합니다|축하한다|축하합니다|기원한다|기원합니다)[.”\"’'\s]*$"
)
_REQUEST = re.compile(r"주(?:시)?(?:기를|기|길)\s?(?:바란다|바랍니다)[.”\"’'\s]*$")
# A question of the interviewer in a Q&A (`―치매전담조직을 … 구성했다고 들었다.`, `―앞으로의 계획은?`): the
# answers make the claims.
_INTERVIEW_QUESTION = re.compile(
    r"^\s*[―—]\s*\S.*(?:\?|들었다|궁금하다|궁금합니다|는지|[는인]가|나요|까요)[.\s]*$"
)
# A verdict on one entity (`…한국알프스는 … 선도할 것으로 평가됐다`): facts about single companies are not
# claims (ANNOTATION_NOTES convention 3) unless the entity is itself a policy (`창업지원단은 … 두각을`).
_VERDICT = re.compile(r"(평가[됐되받]|인정[을]?\s?받|부각[됐되]|두각을\s?나타)[^.]{0,12}[.”\"’'\s]*$")
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "EF"})


def has_predicate(tokens: Sequence[TokenLike]) -> bool:
    """A unit that ends without a finished predicate (a caption like `… 위치한 ‘국가물산업클러스터’ 전경.`)
    asserts nothing; news style may end on a plan noun (`추진할 계획.`), speech on a connective + 요."""
    content = [t for t in tokens if t.tag not in {"SF", "SP", "SS", "SSO", "SSC", "SE", "SW", "SO"}]
    if not content:
        return False
    if any(t.tag == "EF" for t in content):
        return True
    if len(content) >= 2 and content[-1].form == "것" and content[-2].tag == "ETM":
        return True
    if len(content) >= 2 and content[-1].form == "요" and content[-2].tag == "EC":
        return True  # spoken polite endings (`지원 정책도 펴는데요`, `개편형이 있고요`)
    return content[-1].form in {"계획", "방침", "예정", "전망", "목표", "계획이다"} or content[-1].tag in {
        "EC",
        "ETM",
    }


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


def _within(hit: PolicyHit, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


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
        if not verb or t.form in lexicon.event_frame_verbs or any(s <= t.start < e for s, e in titles):
            continue
        if _sets_the_scene(tokens, i):
            continue
        return True
    return False


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
    return holds_event and not says_more_than_holding(tokens, lexicon, event_titles(tokens, lexicon))


def _verbs(tokens: Sequence[TokenLike]) -> list[TokenLike]:
    """The unit's verbs: Kiwi `VV`, and verbal nouns with their 하/되 (`방문해`, `소개하며`)."""
    return [
        t
        for i, t in enumerate(tokens)
        if t.tag == "VV"
        or (
            t.tag.startswith("NN")
            and i + 1 < len(tokens)
            and tokens[i + 1].tag == "XSV"
            and tokens[i + 1].start == t.end
        )
    ]


def _presents(tokens: Sequence[TokenLike]) -> bool:
    return any(t.form in _PRESENTING for t in _verbs(tokens))


def courtesy_visit(tokens: Sequence[TokenLike]) -> bool:
    """`…복지관을 방문해 … 애로사항을 청취하고 격려의 말을 전했다`: every verb is one of visiting,
    listening or encouraging (delivering aid, `위문품을 전달했다`, is a different act)."""
    if not any(t.form in _VISITING for t in tokens):  # cheap test first: most units visit nobody
        return False
    position = {id(t): i for i, t in enumerate(tokens)}
    # what the place did (`스마트팜시설을 설치한 … 농가를 방문했다`) describes the place, not the act
    verbs = [t for t in _verbs(tokens) if not _modifies_noun(tokens, position[id(t)])]
    return any(t.form in _VISITING for t in verbs) and all(t.form in _VISIT_VERBS for t in verbs)


def _modifies_noun(tokens: Sequence[TokenLike], i: int) -> bool:
    """The verb at `i` heads a relative clause (`설치한`, `선정된`): its next ending is an ETM."""
    for t in tokens[i + 1 : i + 4]:
        if t.tag in {"XSV", "EP"}:
            continue
        # a purpose (`의견을 반영하기 위해 … 방문했다`): why the visit was made
        if t.tag == "ETN" and t.form == "기":
            return any(u.form == "위하" for u in tokens[i + 2 : i + 5])
        return t.tag == "ETM" and t.form not in {"ᆯ", "을", "를"}
    return False


def _topic_compound(tokens: Sequence[TokenLike]) -> list[TokenLike]:
    """The nouns of the sentence's topic: the compound before its first 은/는/이/가."""
    for i, t in enumerate(tokens):
        if t.tag in {"JX", "JKS"} and t.form in {"은", "는", "이", "가"} and i:
            j = i - 1
            while j > 0 and tokens[j - 1].tag.startswith("NN") and tokens[j - 1].end == tokens[j].start:
                j -= 1
            return [t for t in tokens[j:i] if t.tag.startswith("NN")]
        if t.tag in {"JKO", "JKB", "EC", "EF"}:
            return []
    return []


def refers_back(text: str, tokens: Sequence[TokenLike]) -> bool:
    """Whether a unit without keywords points back at a policy named before (convention 2): a
    referring word (`이것`, `이를 통해`, `이번 사업`, `해당 협약`) or a topic that is the initiative, its
    body, money or stages (`사업법인은`, `사업이`, `시설운영은`, `총사업비는`)."""
    if _ANAPHOR.match(text) or _ANAPHOR_ANYWHERE.search(text):
        return True
    topic = _topic_compound(tokens)
    return bool(topic) and any(t.form in _PROJECT_TOPICS for t in topic)


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


def _qualified(
    hits: Sequence[PolicyHit],
    text: str,
    offset: int,
    once: frozenset[str] = frozenset(),
    tokens: Sequence[TokenLike] | None = None,
) -> list[PolicyHit]:
    """`hits` without the ones another policy's word qualifies: a beneficiary word right after another
    policy's keyword (`방범 취약계층`), a keyword in the setting of the sentence (`저출산·고령화 시대에`), a
    policy the article names only here as one example of another's (`스마트 팜, 스마트 시티 등 온통
    스마트 이야기`) and, in a sentence that names another policy, a technology named
    only as the basis of a device (`IoT 기반 장치`) by an article that names it nowhere else (`once`;
    an article about a `빅데이터 기반의 CPTED 플랫폼` names big data again)."""
    if len({h.slug for h in hits}) < 2:
        return list(hits)
    kept = []
    for hit in hits:
        others = [h for h in hits if h.slug != hit.slug]
        if hit.keyword in _BENEFICIARIES and any(0 <= hit.start - h.end <= 1 for h in others):
            continue
        if (
            tokens is not None
            and _in_setting(hit, tokens)
            and any(not _in_setting(h, tokens) for h in others)
        ):
            continue
        if tokens is not None and hit.slug in once and _example_of(hit, tokens, others):
            continue
        if (
            hit.slug in once
            and hit.slug == "fourth-industrial-revolution"
            and _AS_BASIS.match(re.sub(r"\s", "", text[hit.end - offset : hit.end - offset + 20]))
        ):
            continue
        kept.append(hit)
    return kept


# Marks between the items of a list (`돌봄·교육, 주민자치`, `▲돌봄 및 교육 ▲동정부`, `취업과 창업`).
_BULLETS = frozenset({"▲", "■", "●", "◆", "-"})
_LIST_MARKS = frozenset({",", "·", "・", "․", "、", "및"}) | _BULLETS


def _listed(hits: Sequence[PolicyHit], tokens: Sequence[TokenLike]) -> list[PolicyHit]:
    """Generic hits that are items of a list of policies (`돌봄·교육, 주민자치를 강화하는 …`, `취업과
    창업을 위한`, `▲돌봄 및 교육 ▲동정부 ▲문화르네상스`): a sentence that enumerates policies names each
    of them, however common its word. The word must be a whole item (`교육`, not `교육과정`, except that a
    bullet item may be named by its field), joined by one list mark to an item that names another
    policy (`마케팅, 금융, 빅데이터 … 7개 과정` lists courses, one of which happens to be a keyword)."""
    if len({h.slug for h in hits}) < 2 or not any(h.generic for h in hits):
        return []
    starts = {t.start: k for k, t in enumerate(tokens)}
    ends = {t.end: k for k, t in enumerate(tokens)}
    items: list[tuple[PolicyHit, int, int, bool]] = []  # hit, first and last token, after a bullet
    for h in hits:
        first, last = starts.get(h.start), ends.get(h.end)
        if first is None or last is None:
            continue
        before = tokens[first - 1] if first else None
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        bullet = before is not None and before.form in _BULLETS
        if before is not None and before.tag.startswith(("NN", "XPN", "SN")) and before.end == h.start:
            continue  # the end of a compound (`직무교육`)
        if (
            after is not None
            and not bullet
            and not (_list_mark(after) or after.tag.startswith(("J", "S", "VCP")))
        ):
            continue  # the item goes on (`교육과정`, `원스톱 창업상담창구`)
        items.append((h, first, last, bullet))
    listed = []
    for h, first, last, bullet in items:
        for other, o_first, o_last, o_bullet in items:
            if other.slug == h.slug:
                continue
            joined = (o_first == last + 2 and _list_mark(tokens[last + 1])) or (
                first == o_last + 2 and _list_mark(tokens[o_last + 1])
            )
            if joined or (bullet and o_bullet):
                listed.append(h)
                break
    return [h for h in listed if h.generic]


def _list_mark(t: TokenLike) -> bool:
    return t.form in _LIST_MARKS or t.tag == "JC"


def _without_format_words(
    raw: Sequence[Sequence[PolicyHit]],
    texts: Sequence[str],
    tokens: Sequence[Sequence[TokenLike]],
    eligible: Sequence[bool],
    headline: str | None,
) -> list[list[PolicyHit]]:
    """The hits without generic words that name a participant (`교육생`) or only the format of another
    programme: a field's name (`교육`) in an article that never names the field itself (no school,
    pupil or education office: `드론 자격증 교육과정`, `교육의 장`)."""
    body = "".join(t for t, ok in zip(texts, eligible, strict=True) if ok) + (headline or "")
    body = re.sub(r"\s", "", body)
    unanchored = {word for word, anchor in _FIELD_ANCHORS.items() if not anchor.search(body)}
    kept: list[list[PolicyHit]] = []
    for hits, toks in zip(raw, tokens, strict=True):
        if not any(h.generic for h in hits):
            kept.append(list(hits))
            continue
        after = {t.start: toks[k + 1] for k, t in enumerate(toks[:-1])}
        listed = _listed(hits, toks)  # `돌봄·교육, 주민자치`: an item of a list of policies names one
        kept.append(
            [
                h
                for h in hits
                if not h.generic
                or not (
                    (h.keyword in unanchored and h not in listed)
                    or (
                        (nxt := after.get(h.start)) is not None
                        and nxt.start == h.end
                        and nxt.tag == "XSN"
                        and nxt.form in _PARTICIPANT_SUFFIXES
                    )
                )
            ]
        )
    return kept


# Nouns that make what comes before them the circumstances of the sentence (`저출산·고령화 시대에`,
# `코로나19 여파로`, `기후위기 속에서`), and the verbs of a cause (`저출산에 따른 인구절벽`, `…로 인한`).
_SETTING_NOUNS = frozenset({"시대", "여파", "추세", "흐름", "속", "상황", "가운데", "국면"})
_CAUSE_VERBS = frozenset({"따르", "인하"})
_ANSWERING = frozenset({"맞", "걸맞", "부응", "대응", "대비", "발맞추", "발맞춰"})
_NOUN_PHRASE_TAGS = ("NN", "XSN", "XPN", "SN", "SL", "SH")


def _in_setting(hit: PolicyHit, tokens: Sequence[TokenLike]) -> bool:
    """The keyword belongs to a noun phrase that sets the scene (`저출산·고령화 시대에 …`, `저출산·고령화에
    따른 인구절벽을 허무는 열쇠`): the circumstance or cause of what the sentence says, not its subject."""
    k = next((i for i, t in enumerate(tokens) if t.end >= hit.end), None)
    if k is None:
        return False
    k += 1
    while k < len(tokens):
        t = tokens[k]
        if t.tag.startswith("NN") and t.form in _SETTING_NOUNS:
            if not (k + 1 < len(tokens) and tokens[k + 1].tag.startswith(("JKB", "JX"))):
                return False
            # `4차 산업혁명 시대에 맞는 과학행정`, `기후위기 시대에 대응해`: what is done answers to it
            verb = tokens[k + 2] if k + 2 < len(tokens) else None
            return verb is None or verb.form not in _ANSWERING
        if t.tag.startswith(_NOUN_PHRASE_TAGS) or t.form in {"·", "・", "․", ","}:
            k += 1
            continue
        if t.tag == "JKB" and k + 2 < len(tokens):
            verb, ending = tokens[k + 1], tokens[k + 2]
            # `…에 따른` / `…로 인한` (a cause that qualifies a noun), not `…에 따라` (according to a plan)
            return verb.form in _CAUSE_VERBS and verb.tag == "VV" and ending.tag == "ETM"
        return False
    return False


def _named_again(
    tokens: Sequence[TokenLike], recent: Sequence[tuple[str, tuple[str, ...]]]
) -> tuple[str, ...] | None:
    """The policies of a recent claim that listed several and gave them a name the sentence opens with
    (`5대 핵심전략과제에는 …` after `▲… ▲…는 5대 핵심전략과제로 지정해`): its first noun compound, 4+ letters
    so that it is a name, not a common word."""
    compound: list[str] = []
    for k, t in enumerate(tokens):
        if t.tag.startswith("NN") or t.tag in {"SN", "XSN", "XPN"}:
            glued = k > 0 and tokens[k - 1].end == t.start
            compound = [*compound, t.form] if (compound and (glued or t.tag.startswith("NN"))) else [t.form]
            continue
        if compound:
            break
    name = "".join(f for f in compound if not f.isdigit())
    if len(name) < 4:
        return None
    for text, slugs in reversed(recent):
        # a name for the set of policies the claim listed (one policy's entity, `우주항공청`, is not)
        if name in text and len(slugs) > 1:
            return slugs
    return None


def _example_of(hit: PolicyHit, tokens: Sequence[TokenLike], others: Sequence[PolicyHit]) -> bool:
    """The keyword is one example in `A, B 등 N` whose head N names another policy (`스마트 팜, 스마트
    시티 등 온통 스마트 이야기`): the list illustrates N's policy."""
    k = next((i for i, t in enumerate(tokens) if t.end >= hit.end), None)
    if k is None:
        return False
    k += 1
    while k < len(tokens) and (tokens[k].tag.startswith(_NOUN_PHRASE_TAGS) or _list_mark(tokens[k])):
        if tokens[k].form == "등" and tokens[k].tag == "NNB":
            break
        k += 1
    if k >= len(tokens) or tokens[k].form != "등":
        return False
    k += 1
    while k < len(tokens) and tokens[k].tag in {"MAG", "MM", "JKG"}:
        k += 1
    head = []
    while k < len(tokens) and tokens[k].tag.startswith("NN"):
        head.append(tokens[k])
        k += 1
    return any(h.start < t.end and t.start < h.end for h in others for t in head)


def _topic_is_policy(tokens: Sequence[TokenLike], hits: Sequence[PolicyHit]) -> bool:
    """Whether the sentence's topic (the noun compound before its first 은/는/이/가) is a keyword."""
    for i, t in enumerate(tokens):
        if t.tag in {"JX", "JKS"} and t.form in {"은", "는", "이", "가"} and i:
            j = i - 1
            while j > 0 and tokens[j - 1].tag.startswith("NN") and tokens[j - 1].end == tokens[j].start:
                j -= 1
            start, end = tokens[j].start, tokens[i - 1].end
            return any(h.start < end and start < h.end for h in hits)
    return False


def _continuation(text: str, tokens: Sequence[TokenLike], has_own: bool) -> bool:
    """Whether the unit refers back to the previous claim's policy (convention 2): a referring word
    (`이것`, `이번 사업`), a connective (`또한`, `이와 함께`), a topic marked `도` (`부가가치도`) or a
    dropped subject whose sentence opens on an amount (`3375억원이 투자됐고`). Referring words and
    `도` only count when the unit names no policy itself."""
    content = [t for t in tokens if t.tag not in {"SS", "SSO", "SSC", "SP", "SW"}]
    # an amount, not a date (`2014년 3개에 불과하던 …` opens on a year)
    opens_on_amount = (
        len(content) > 1 and content[0].tag == "SN" and content[1].form not in {"년", "월", "일"}
    )
    if opens_on_amount and find_quantities(text):
        return True
    if CONNECTIVE.match(text) or _ANAPHORIC_TOPIC.match(text):
        return True
    if has_own:
        return False
    if refers_back(text, tokens) or _PROGRAMME_COPULA.search(text):
        return True
    for i, t in enumerate(content[:-1]):
        if t.tag.startswith("NN"):
            nxt = content[i + 1]
            if nxt.tag.startswith("NN"):
                continue
            return nxt.form == "도" and nxt.tag == "JX"
        return False
    return False


def article_topics(
    unit_hits: Sequence[Sequence[PolicyHit]],
    headline_hits: Sequence[PolicyHit] = (),
) -> Counter[str]:
    """How strongly the article is about each policy: hits in the body plus a bonus for the headline."""
    score: Counter[str] = Counter()
    for hits in unit_hits:
        for hit in hits:
            score[hit.slug] += 1 if hit.generic else 2
    for hit in headline_hits:
        score[hit.slug] += 3
    return score


def _generic_allowed(slug: str, topics: Counter[str], generic_counts: Counter[str]) -> bool:
    """A generic keyword counts when the article uses it often (3+), when the policy is also named by a
    specific keyword or the headline, or when it is the only policy the article touches."""
    if generic_counts[slug] >= 3:
        return True
    specific = {s for s, v in topics.items() if v > generic_counts[s]}
    return slug in specific or (not specific and len(topics) == 1)


def assign_policies(
    texts: Sequence[str],
    tokens: Sequence[Sequence[TokenLike]],
    offsets: Sequence[int],
    lexicon: Lexicon,
    *,
    eligible: Sequence[bool],
    headline: str | None = None,
    quoted: Sequence[bool] | None = None,
    speakers: Sequence[str | None] | None = None,
) -> list[UnitPolicies]:
    """Policies per unit for a whole article, in order.

    `eligible[i]` is False for units that cannot be claims whatever they say (headline, caption,
    byline); they neither become claims nor count towards the article's topics. `quoted[i]` marks
    quoted sentences, whose predicate may sit in the quotative (`“… 초래하는 행위”라고 했다`).
    `speakers[i]`: who says the unit (a person key or the name as written), None for narration.

    A unit that names no policy makes a claim only when it says something about one without naming
    it (README "What a policy claim is"): it refers back to the previous claim's policy (`이를 통해`,
    `이번 사업`, `사업법인은`, a connective), names an initiative the headline quotes (`‘문경팩토리아’`)
    in an article about one policy, or is a quote that continues a claim of the same speaker's quote
    or is said by a named speaker in an article about one policy. Other sentences (a request to the
    police, page furniture) are not claims even in an article about one policy.
    """
    n = len(texts)
    asserts = [
        (bool(quoted and quoted[i]) and len(tokens[i]) >= 3) or has_predicate(tokens[i]) for i in range(n)
    ]
    raw = [find_hits(texts[i], tokens[i], lexicon, offset=offsets[i]) for i in range(n)]
    raw = _without_format_words(raw, texts, tokens, eligible, headline)
    headline_hits = _headline_hits(headline, lexicon)
    topics = article_topics([h for h, ok in zip(raw, eligible, strict=True) if ok], headline_hits)
    fuzzy = frozenset(s for s, v in topics.items() if v >= 4)
    if fuzzy:
        raw = [
            sorted(
                [*raw[i], *fuzzy_hits(texts[i], lexicon, fuzzy, offset=offsets[i], taken=raw[i])],
                key=_by_start,
            )
            for i in range(n)
        ]
    generic_counts: Counter[str] = Counter(
        h.slug for hits, ok in zip(raw, eligible, strict=True) if ok for h in hits if h.generic
    )

    topic = _running_topic(raw, eligible, asserts, headline_hits, topics, generic_counts)
    # policies that one sentence of the body names and nothing else does (not even the headline)
    named_in = Counter(
        s for hits, ok in zip(raw, eligible, strict=True) if ok for s in {h.slug for h in hits}
    )
    once = frozenset(s for s, k in named_in.items() if k == 1 and s not in {h.slug for h in headline_hits})
    specific = {s for s, v in topics.items() if v > generic_counts[s]}
    aliases = _headline_names(headline) if topic else ()

    def decide(vocabulary: _Vocabulary | None) -> list[UnitPolicies]:
        results: list[UnitPolicies] = []
        previous: tuple[str, ...] = ()
        recent: list[tuple[str, tuple[str, ...]]] = []  # the last three claims: text without spaces, slugs
        heads: dict[str, str] = {}  # last two letters of the specific keywords named so far
        for i in range(n):
            is_quote = bool(quoted and quoted[i])
            speaker = speakers[i] if speakers is not None else None
            text, toks = texts[i], tokens[i]
            if not eligible[i] or not asserts[i]:
                results.append(UnitPolicies((), 0.0, "not_body"))
                continue
            hits = _qualified(
                _claimed_hits(raw[i], text, toks, offsets[i], lexicon), text, offsets[i], once, toks
            )
            if _DEFINITION.search(text):
                results.append(UnitPolicies((), 0.0, "definition", tuple(hits)))
                previous = ()
                continue
            if (
                (_COURTESY.search(text) and not _REQUEST.search(text))
                or (not is_quote and _INTERVIEW_QUESTION.match(text))
                or (_VERDICT.search(text) and not _topic_is_policy(toks, hits))
                or _GENERAL_FACT.match(text)
                or courtesy_visit(toks)
            ):
                results.append(UnitPolicies((), 0.0, "remark", tuple(hits)))
                previous = ()
                continue
            if _event_report(text, toks, lexicon):
                results.append(UnitPolicies((), 0.0, "event", tuple(hits)))
                previous = ()
                continue
            slugs: list[str] = []
            confidence = 0.0
            # a generic word of a policy the article never names specifically (`취·창업을 희망하는 청년`,
            # `문화예술단 운영을 통한 장애인 복지`) is incidental next to a policy the article is about
            listed = _listed(hits, toks)
            incidental = {
                h.slug
                for h in hits
                if h.generic
                and h not in listed
                and h.slug not in specific
                and h.slug not in topic
                # a word that would not count anyway leaves the sentence as it was (no claim)
                and _generic_allowed(h.slug, topics, generic_counts)
            }
            if incidental and (any(h.slug in specific and h.slug not in incidental for h in hits) or topic):
                hits_used = [h for h in hits if h.slug not in incidental]
            else:
                hits_used = hits
            for hit in hits_used:
                if (
                    hit.generic
                    and hit not in listed
                    and not _generic_allowed(hit.slug, topics, generic_counts)
                ):
                    continue
                if hit.slug not in slugs:
                    slugs.append(hit.slug)
                confidence = max(confidence, 0.6 if (hit.generic or hit.fuzzy) else 0.9)
            reason = "keyword" if slugs else "none"
            if not slugs and _WHOLE_BUDGET.search(text):
                # `이와 함께 구는 … 4천433억 원의 내년도 예산안을 구의회에 제출했다`: the whole budget is about
                # no one policy, whatever the sentence before was about
                results.append(UnitPolicies((), 0.0, "none", tuple(hits)))
                previous = ()
                continue
            named = _named_again(toks, recent) if not slugs and recent else None
            if named:
                # `5대 핵심전략과제에는 387억 원이 투입된다` after `▲… ▲…는 5대 핵심전략과제로 지정해`: the
                # sentence names again what a recent claim named, and is about the same policies
                slugs, confidence, reason = list(named), 0.5, "continuation"
            elif previous and _continuation(text, toks, bool(slugs)):
                main = max(previous, key=lambda slug: topics[slug])
                if main not in slugs:
                    slugs.append(main)
                confidence = max(confidence, 0.5)
                reason = reason if reason == "keyword" else "continuation"
            elif (
                not slugs
                and topic
                and (
                    (hits_used is not hits and not _TOPIC_SHIFT.match(text))
                    or refers_back(text, toks)
                    # `특히 …`, `또한 …`: a connective goes on with what the article is about
                    or (not is_quote and CONNECTIVE.match(text) is not None)
                    or (aliases and any(a in _compact(text)[0] for a in aliases))
                    # a named speaker's quote that goes on from a claim (`“… 전력을 기울이겠다. 우리 보령은
                    # … 지정받았다”`: only a quote that follows a claim continues it)
                    or (is_quote and speaker is not None and bool(previous))
                )
            ):
                slugs, confidence, reason = list(topic), 0.4, "topic"
            elif not slugs and previous and not is_quote:
                carried = _carries_on(text, toks, heads)
                if carried is not None:
                    main = carried or max(previous, key=lambda slug: topics[slug])
                    slugs, confidence, reason = [main], 0.4, "continuation"
            if not slugs and vocabulary is not None and vocabulary.named_in(toks):
                # `우리의 물임에도 … 바로잡아야 한다` in an article whose claims are all about `물의 권리`
                slugs, confidence, reason = [vocabulary.slug], 0.4, "topic"
            results.append(UnitPolicies(tuple(slugs), confidence, reason, tuple(hits)))
            previous = tuple(slugs)
            if slugs:
                recent = [*recent[-2:], (_compact(text)[0], tuple(slugs))]
            for hit in hits:
                if len(hit.keyword) >= 4 and not hit.generic:
                    heads.setdefault(hit.keyword[-2:], hit.slug)
        return results

    results = decide(None)
    vocabulary = _topic_vocabulary(results, tokens, lexicon)
    if vocabulary is not None:
        results = decide(vocabulary)
    if not lexicon.target_words:
        return results
    # the people a claim is for (`무주택 청년`): added last, so that they neither carry on to the next
    # sentence nor make the article's vocabulary
    targeted = []
    for i, r in enumerate(results):
        extra = (
            [s for s in _targeted(texts[i], tokens[i], offsets[i], lexicon) if s not in r.slugs]
            if r.slugs
            else []
        )
        targeted.append(UnitPolicies((*r.slugs, *extra), r.confidence, r.reason, r.hits) if extra else r)
    return targeted


# Suffixes that keep a target word the people it names (`청년들`, `청년층`); others make a thing (`청년형`).
_PEOPLE_SUFFIXES = frozenset({"들", "층"})


def _targeted(text: str, tokens: Sequence[TokenLike], offset: int, lexicon: Lexicon) -> list[str]:
    """Policies whose people a claim names as whom it is for or what it aims at (`무주택 청년`, `청년
    1인 가구`, `청년층 일자리`): a target word as a noun of its own, not the first part of a compound
    (`청년주택`, `청년회의소`), inside a quoted name (`‘청년마을 공유주거’`) or in the name of another
    group (`청년 농업인`, `자립 준비 청년`: the rules file's exceptions)."""
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
    return found


# Nouns too common to tell what a sentence is about, even in an article about one policy.
_VOCABULARY_STOP = frozenset(
    {"사업", "정책", "지역", "시민", "주민", "계획", "추진", "지원", "조성", "확대", "강화", "활성화", "육성",
     "운영", "구축", "개발", "도시", "산업", "시설", "센터", "통합", "회복", "활용", "마련", "도입", "시행",
     "방안", "대책", "문제", "분야", "관련", "우리", "전국", "최초", "민간", "이번", "해당", "국가", "광역",
     # the people a policy serves, named in every sentence about them
     "청년", "학생", "어르신", "노인", "아동", "여성", "구민", "군민", "도민", "시민들", "주민들"}
)  # fmt: skip


@dataclass(frozen=True)
class _Vocabulary:
    """The words an article uses for the one policy its claims are about: the nouns of its keywords
    and of the noun compounds around them (`대구공항 통합이전` -> 공항, 이전; `물의 권리` -> 물, 권리)."""

    slug: str
    nouns: frozenset[str]
    names: frozenset[str]  # proper nouns of those compounds (`대구` of `대구공항`)

    def named_in(self, tokens: Sequence[TokenLike]) -> bool:
        """Whether a sentence uses one of the nouns as a word of its own (`군공항만 옮겨야`), not as
        the tail of another proper name (`청주공항`)."""
        for k, t in enumerate(tokens):
            if t.tag != "NNG" or t.form not in self.nouns:
                continue
            # the modifier of another compound (`직무역량`) is not the word itself
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and nxt.tag.startswith("NN") and nxt.start == t.end:
                continue
            prev = tokens[k - 1] if k else None
            if prev is not None and prev.tag == "NNP" and prev.end == t.start and prev.form not in self.names:
                continue
            return True
        return False


def _topic_vocabulary(
    results: Sequence[UnitPolicies], tokens: Sequence[Sequence[TokenLike]], lexicon: Lexicon
) -> _Vocabulary | None:
    """The vocabulary of the one policy every keyword claim of the article is about (None when the
    claims name several policies, or fewer than two sentences name it)."""
    claims = [(r, toks) for r, toks in zip(results, tokens, strict=True) if r.reason == "keyword"]
    if len(claims) < 2:
        return None
    common = set(claims[0][0].slugs).intersection(*(r.slugs for r, _ in claims[1:]))
    if len(common) != 1:
        return None
    slug = common.pop()
    nouns: set[str] = set()
    names: set[str] = set()
    for r, toks in claims:
        for hit in r.hits:
            if hit.slug != slug or hit.generic:
                continue
            inside = [k for k, t in enumerate(toks) if t.start < hit.end and hit.start < t.end]
            if not inside:
                continue
            first, last = inside[0], inside[-1]
            # the compound the keyword is glued into (`대구공항통합이전`), not the spaced words around it
            while (
                first > 0
                and toks[first - 1].tag in {"NNG", "NNP"}
                and toks[first - 1].end == toks[first].start
            ):
                first -= 1
            while (
                last + 1 < len(toks)
                and toks[last + 1].tag in {"NNG", "NNP"}
                and toks[last].end == toks[last + 1].start
            ):
                last += 1
            for t in toks[first : last + 1]:
                # a noun that is a keyword itself (`교육`, `구직자`) counts, or not, by the keyword rules
                if t.tag == "NNG" and t.form not in _VOCABULARY_STOP and t.form not in lexicon.by_compact:
                    nouns.add(t.form)
                elif t.tag == "NNP":
                    names.add(t.form)
    return _Vocabulary(slug, frozenset(nouns), frozenset(names)) if nouns else None


# The body that runs the initiative, as a sentence's subject (`시는 … 선정했다`): the sentence carries on
# with what the previous one said, as a dropped subject does.
_INSTITUTIONS = frozenset({"시", "군", "구", "도", "시청", "군청", "구청", "도청", "교육청"})
# Concrete steps of an initiative (`10호를 공급한다`, `수탁기관으로 … 선정했다`, `20회로 증편해`,
# `리모델링 공사를 마치고`).
_STEPS = frozenset(
    {"공급", "건립", "건설", "조성", "준공", "착공", "완공", "개소", "개관", "개통", "설치", "모집", "선정",
     "증편", "운행", "투입", "들이", "마치", "완료", "확충", "입주", "선발", "배치", "보급", "매입", "재개"}
)  # fmt: skip


def _carries_on(text: str, tokens: Sequence[TokenLike], heads: dict[str, str]) -> str | None:
    """Whether a sentence without keywords carries on the previous claim: a concrete step of the
    initiative (`…의 10호를 공급한다`) with a dropped subject or the running body as subject (`시는`), or
    a subject that is the head of a keyword named before (`센터는` after `치매안심센터`). Returns the
    policy of that keyword, '' for the previous claim's, None when the sentence does not carry on."""
    if _TOPIC_SHIFT.match(text):
        return None
    # `4월부터는`: a time, not a subject
    topic = [t for t in _topic_compound(tokens) if t.tag != "NNB"]
    headed = heads.get(topic[-1].form[-2:], "") if topic and len(topic[-1].form) >= 2 else ""
    if topic and not headed and (len(topic) > 1 or topic[-1].form not in _INSTITUTIONS):
        return None
    if not any(t.form in _STEPS for t in _verbs(tokens)):
        return None
    return headed


_QUOTED_NAME = re.compile(r"[‘'「『《<]([^’'」』》>\n]{2,30})[’'」』》>]")


def _headline_names(headline: str | None) -> tuple[str, ...]:
    """Names the headline quotes (`특수목적법인 ‘문경팩토리아’ 출범`), without spaces: in an article about
    one policy they name its initiative, and so does a sentence that mentions them."""
    if not headline:
        return ()
    names = (re.sub(r"\s", "", m.group(1)) for m in _QUOTED_NAME.finditer(headline))
    return tuple(name for name in names if len(name) >= 3)


def _running_topic(
    raw: Sequence[Sequence[PolicyHit]],
    eligible: Sequence[bool],
    asserts: Sequence[bool],
    headline_hits: Sequence[PolicyHit],
    topics: Counter[str],
    generic_counts: Counter[str],
) -> tuple[str, ...]:
    """The policy an article is about throughout, if any: the one its headline names, or (without a
    headline policy) the one or two that nearly every sentence names. Sentences of such an article
    continue it even without keywords (`시설운영은 2025~2026년에 시작할 것으로 예상하고 있다`)."""
    body = [hits for hits, ok, full in zip(raw, eligible, asserts, strict=True) if ok and full]
    if len(body) < 3:
        return ()
    accepted = [
        [h.slug for h in hits if not h.generic or _generic_allowed(h.slug, topics, generic_counts)]
        for hits in body
    ]
    counts = Counter(s for slugs in accepted for s in set(slugs))
    headline_slugs = {h.slug for h in headline_hits if not h.generic}
    if headline_slugs and len(headline_slugs) <= 2:
        # the body must bear the headline out: a third of its sentences name the policy
        ranked = [s for s, _ in counts.most_common() if s in headline_slugs and counts[s] / len(body) >= 0.3]
        return (ranked[0],) if ranked else ()
    share = sum(1 for slugs in accepted if slugs) / len(body)
    if not headline_slugs and counts and share >= 0.6 and len(counts) <= 2:
        return (counts.most_common(1)[0][0],)
    return ()


def _headline_hits(headline: str | None, lexicon: Lexicon) -> list[PolicyHit]:
    if not headline:
        return []
    compact, _ = _compact(headline)
    return [
        PolicyHit(kw.slug, kw.compact, 0, 0, kw.generic)
        for kw in lexicon.keywords
        if len(kw.compact) > 2 and kw.compact in compact
    ]
