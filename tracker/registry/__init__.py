"""Officials registry: checks and coverage over the seed data (`seeds/officials.csv`).

`quality.lint` finds integrity problems (overlapping holders, invalid jurisdictions, missing terms);
`coverage.coverage` counts, per metropolitan area and election, how many posts have a known holder.
"""

from tracker.registry.coverage import CoverageRow, coverage, format_missing
from tracker.registry.quality import Problem, lint, read_notes

ELECTIONS: tuple[str, ...] = (
    "6th local election 2014",
    "7th local election 2018",
    "8th local election 2022",
    "9th local election 2026",
)

__all__ = ["ELECTIONS", "CoverageRow", "Problem", "coverage", "format_missing", "lint", "read_notes"]
