"""Report and export: what has been claimed, by whom, when, where — as records, DataFrames and files.

Notebooks and the CLI call the same functions, each returning a pandas DataFrame (title and
methodology in `frame.attrs`)::

    import tracker.report
    tracker.report.policy(engine, "fine-dust", jurisdiction="대구", date_from="2018")
    tracker.report.official(engine, "kwon-young-jin")
    tracker.report.jurisdiction(engine, "27", by="policy-year")

The names `policy`, `official` and `jurisdiction` here are those functions (they shadow the submodules
of the same name; import from `tracker.report.policy` etc. for the `*_report` variants). pandas and
matplotlib are imported only when a report runs.
"""

from tracker.report.jurisdiction import jurisdiction
from tracker.report.official import official
from tracker.report.policy import policy

__all__ = ["jurisdiction", "official", "policy"]
