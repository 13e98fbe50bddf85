"""Claim units: sentences of the clean text, split again into the sentences of a quote.

One Kiwi call per paragraph gives sentences, quoted sub-sentences and morphemes together.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    """One Kiwi morpheme with offsets into the article text."""

    form: str
    tag: str
    start: int
    end: int


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


def split_units(text: str) -> list[Unit]:
    """Split `text` (paragraphs separated by blank lines) into claim units with exact offsets."""
    from tracker.extract.kiwi import get_kiwi

    kiwi = get_kiwi()
    units: list[Unit] = []
    pos = 0
    sentence_index = 0
    for p_index, paragraph in enumerate(text.split("\n\n")):
        offset = pos
        pos += len(paragraph) + 2
        if not paragraph.strip():
            continue
        for sent in kiwi.split_into_sents(paragraph, return_tokens=True):
            start, end = offset + sent.start, offset + sent.end
            tokens = tuple(
                Token(t.form, t.tag, offset + t.start, offset + t.start + t.len) for t in sent.tokens
            )
            units.append(
                Unit(start, end, text[start:end], p_index, sentence_index, False, tokens, start, end)
            )
            sentence_index += 1
    return units
