"""The keyword scan finds, at every position, the longest keyword starting there: what the trie regex
of all keywords (`tracker.clean.alternation`) found, one-letter keywords included."""

from __future__ import annotations

import random
import re

import pytest

from tracker.clean.alternation import alternation
from tracker.extract.policies import build_lexicon
from tracker.extract.policies.lexicon import Lexicon, _Keyword, _lengths_by_start, longest_at
from tracker.reference import load_reference


@pytest.mark.parametrize("extra", [["물", "가", "가나", "가나다라", "IoT"], ["가나다라", "IoT"]])
def test_longest_keyword_at_each_position_as_the_trie_regex_finds(extra: list[str]) -> None:
    words = [*list(build_lexicon(load_reference()).by_compact)[:400], *extra]
    by_compact = {w: _Keyword(w, "slug", False) for w in words}
    lexicon = Lexicon(
        keywords=(),
        phrases=(),
        short_aliases={},
        sector_heads=frozenset(),
        exclude=(),
        event_nouns=frozenset(),
        event_verbs=frozenset(),
        by_compact=by_compact,
        lengths_by_start=_lengths_by_start(by_compact),
        one_letter=any(len(w) == 1 for w in by_compact),
    )
    regex = re.compile("(?=(" + alternation(by_compact) + "))")
    letters = sorted(set("".join(words)))
    rng = random.Random(1)
    for _ in range(3000):
        text = "".join(
            rng.choice(words) if rng.random() < 0.3 else rng.choice(letters)
            for _ in range(rng.randint(0, 12))
        )
        expected = [(m.start(), by_compact[m.group(1)]) for m in regex.finditer(text)]
        assert longest_at(text, lexicon) == expected, text
