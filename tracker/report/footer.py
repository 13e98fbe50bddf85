"""The methodology note under every human-readable report: what a claim is and how far to trust the rows.

Readers of a table of claims are journalists and political scientists; the note tells them the counts
measure reporting, which extractor made the rows, and how many no person has checked yet.
"""

from __future__ import annotations

from html import escape
from typing import Any

CLAIM = (
    "A claim is one sentence of a news article that asserts something about a policy of the taxonomy "
    "(that it exists, is planned, was achieved, costs or targets a number, is praised or criticised), "
    "attributed to the official who said it, or to no one when it is the reporter's narration. "
    "Claims are extracted automatically and may be wrong; counts measure what the ingested news "
    "reported, not what was done."
)


def footer_lines(facts: dict[str, Any]) -> list[str]:
    """The note as plain sentences; `facts` is `Methodology.as_dict()` (or a frame's attrs['methodology'])."""
    n = facts.get("claims", 0)
    versions = facts.get("extractor_versions") or {}
    made_by = ", ".join(f"{v} ({c})" for v, c in versions.items()) or "none"
    lines = [
        CLAIM,
        f"This report: {n} claim{'s' if n != 1 else ''}; extractor version(s): {made_by}; "
        f"{facts.get('unreviewed', 0)} of {n} not yet reviewed by a person.",
    ]
    filters = facts.get("filters") or {}
    if filters:
        lines.append("Filters: " + "; ".join(f"{k} = {v}" for k, v in filters.items()) + ".")
    ranked = facts.get("ranked")
    if ranked:
        lines.append(
            "Officials are ranked by number of claims (--no-rank lists them alphabetically, unranked)."
        )
    elif ranked is False:
        lines.append("Officials are listed alphabetically, without ranks (--no-rank).")
    return lines


def footer_text(facts: dict[str, Any]) -> str:
    return "\n".join(footer_lines(facts))


def footer_markdown(facts: dict[str, Any]) -> str:
    return "---\n\n**Methodology.** " + "\n\n".join(footer_lines(facts)) + "\n"


def footer_html(facts: dict[str, Any]) -> str:
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in footer_lines(facts))
    return f'<footer class="methodology"><h2>Methodology</h2>{paragraphs}</footer>'
