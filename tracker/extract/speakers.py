"""Who asserts each claim unit: a quote's speaker, a reporting verb's subject, or nobody (narration)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tracker.extract.types import Mention
from tracker.extract.units import Unit


@dataclass(frozen=True)
class Speaker:
    """The speaker of one unit; both fields None for the reporter's own narration or an institution."""

    person_key: str | None
    text: str | None


def attribute_speakers(text: str, units: Sequence[Unit], mentions: Sequence[Mention]) -> list[Speaker]:
    """One `Speaker` per unit, in the order of `units`."""
    return [Speaker(None, None) for _ in units]
