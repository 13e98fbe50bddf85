"""The keyword table: the taxonomy's keywords and names (seeds/policies.yaml) with the matching rules
of data/policy_rules.yaml (generic words, aliases, head nouns, event words, patterns, target words),
built once per reference because every unit of every article is matched against it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from tracker.reference import Reference, per_reference

_RULES_PATH = Path(__file__).parent.parent / "data" / "policy_rules.yaml"


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
    # patterns over the text without spaces whose keyword only sets the scene (`코로나19 확산에 따라`)
    circumstances: tuple[re.Pattern[str], ...] = ()
    # derived: at every position, the longest keyword starting there (`longest_at`)
    by_compact: dict[str, _Keyword] = field(default_factory=dict, compare=False)
    # the keywords' lengths by their first two letters, longest first (`_lengths_by_start`)
    lengths_by_start: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    one_letter: bool = field(default=False, compare=False)  # whether any keyword is one letter long
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
    # generic nouns of what is done for a target group (`정책`, `정착`), and nouns of figures about it
    target_measures: frozenset[str] = frozenset()
    target_statistics: frozenset[str] = frozenset()


# Keywords that mostly set the scene rather than name a policy (`코로나19까지 … 악재를 겪고`): they count
# like the generic words of the rules file (a disease is named by its policy's specific words, `방역`).
_ALSO_GENERIC = frozenset({"코로나19", "코로나"})


@cache
def _rules() -> dict:
    return yaml.safe_load(_RULES_PATH.read_text(encoding="utf-8"))


@per_reference
def build_lexicon(reference: Reference) -> Lexicon:
    """The keyword table of `reference` (cached per reference object)."""
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
        circumstances=tuple(re.compile(p) for p in rules.get("circumstances", [])),
        by_compact=by_compact,
        lengths_by_start=_lengths_by_start(by_compact),
        one_letter=any(len(word) == 1 for word in by_compact),
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
        target_measures=frozenset((rules.get("target_measures") or {}).get("nouns", [])),
        target_statistics=frozenset((rules.get("target_measures") or {}).get("statistics", [])),
        patterns=tuple(
            (re.compile(pattern), slug)
            for pattern, slug in (rules.get("patterns") or {}).items()
            if slug in {p.slug for p in reference.policies}
        ),
    )
    return lexicon


def _lengths_by_start(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The lengths of `words` by their first two letters (a one-letter word under its letter), longest
    first."""
    lengths: dict[str, set[int]] = {}
    for word in words:
        if word:
            lengths.setdefault(word[:2], set()).add(len(word))
    return {start: tuple(sorted(sizes, reverse=True)) for start, sizes in lengths.items()}


def longest_at(compact: str, lexicon: Lexicon) -> list[tuple[int, _Keyword]]:
    """(position, keyword) for every position of `compact` where a keyword starts, the longest one there.

    A dict lookup of the two letters at each position, then of each length of keyword that starts with
    them, longest first: a quarter of the time the one regex of all keywords took (its alternation tried
    branch after branch at every letter), with the same matches."""
    lengths, by_compact = lexicon.lengths_by_start.get, lexicon.by_compact.get
    singles = lexicon.one_letter
    size_of = len(compact)
    found = []
    for pos in range(size_of):
        sizes = lengths(compact[pos : pos + 2])
        if sizes is not None:
            for size in sizes:
                if pos + size <= size_of:
                    kw = by_compact(compact[pos : pos + size])
                    if kw is not None:
                        found.append((pos, kw))
                        break
            else:
                sizes = None
        if sizes is None and singles and (kw := by_compact(compact[pos])) is not None:
            found.append((pos, kw))
    return found
