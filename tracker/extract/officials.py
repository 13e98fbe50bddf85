"""Mentions of officials in the text, resolved against the registry by article date and jurisdiction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker.extract.types import Mention, ProvisionalOfficial
from tracker.extract.units import Unit
from tracker.reference import Reference


def find_mentions(
    text: str,
    reference: Reference,
    *,
    on: date | None,
    jurisdiction_code: str | None,
    units: Sequence[Unit] | None = None,
) -> tuple[list[Mention], list[ProvisionalOfficial]]:
    """Person mentions in `text` (sorted by offset) and officials to register provisionally."""
    mentions: list[Mention] = []
    for official in reference.officials:
        if not official.name_ko or not official.in_office_on(on):
            continue
        start = text.find(official.name_ko)
        while start >= 0:
            end = start + len(official.name_ko)
            mentions.append(
                Mention(start, end, official.name_ko, official.person_key, "resolved", official.name_ko)
            )
            start = text.find(official.name_ko, end)
    mentions.sort(key=lambda m: m.start)
    return mentions, []
