"""One regex alternative for many words, as a trie, for scanning long texts for any of them.

`(?:대구시|대구|대전)` written as a trie (`(?=[대])대(?:구시?|전)`) matches exactly what the plain
alternation of the words sorted longest first matches, in the same order of preference (at one position
the longest word, then shorter ones when the rest of the pattern fails), but the regex engine tests one
branch per letter instead of every word at every position of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(words: Iterable[str]) -> str:
    """Regex source (no capturing groups) equivalent to `'|'.join(map(re.escape, longest_first))`."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"
    firsts = sorted(ch for ch in trie if ch)
    body = _node(trie)
    if "" in trie or not firsts:
        return body
    return "(?=[" + "".join(_in_class(ch) for ch in firsts) + "])" + body


def _node(node: dict[str, dict]) -> str:
    """The regex of a trie node: its continuations, longest first, then (if a word ends here) nothing."""
    branches = [re.escape(ch) + _node(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _in_class(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch
