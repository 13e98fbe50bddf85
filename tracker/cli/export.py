"""`tracker export NAME`: the claims/articles records, or any table or view, as CSV, JSONL or Parquet."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import DbOption, err_console, open_db, user_errors
from tracker.errors import TrackerError

RECORDS = ("claims", "articles")


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def export(
    what: Annotated[
        str,
        typer.Argument(
            help="claims or articles (one record each), or a view or table: claim_facts, official_terms, "
            "policy_tree, jurisdictions, ..."
        ),
    ],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format")] = Format.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")
    ] = None,
) -> None:
    """Export records, a view or a table, streaming (memory stays flat at any size).

    `claims` and `articles` are one record per claim or article. Claims: id, article_id, article_source,
    article_sha256, text, start, end, speaker (person key), speaker_name, speaker_text, jurisdiction, date,
    date_precision, policies, kind, quantities, confidence, extractor_version. Articles: id, source,
    sha256, headline, subheadline, outlet, reporter, published, jurisdiction, officials, official_names,
    claim_count.

    Any other name is a view or table exported row by row: claim_facts (one row per claim and policy),
    official_terms, policy_tree, or a table (see `tracker schema`). CSV files carry a UTF-8 BOM for Excel.

    Examples:

      tracker export claims --format csv -o claims.csv

      tracker export claim_facts --format parquet -o claim_facts.parquet
    """
    with user_errors():
        engine = open_db(db, read_only=True)
        if what in RECORDS:
            n = _export_records(engine, what, fmt, output)
        else:
            from tracker.report.bulk import export as export_relation

            n = export_relation(engine, what, fmt.value, output)
    err_console.print(
        f"{n} {'rows of ' if what not in RECORDS else ''}{what} exported"
        + (f" to {output}" if output else "")
    )


def _export_records(engine, what: str, fmt: Format, output: Path | None) -> int:
    from tracker.db.session import session_factory
    from tracker.report.export import write_records
    from tracker.report.records import ARTICLE_FIELDS, CLAIM_FIELDS, iter_articles, iter_claims

    if fmt is Format.parquet:
        hint = (
            "tracker export claim_facts --format parquet -o FILE"
            if what == "claims"
            else 'tracker sql "SELECT * FROM articles" --format parquet -o FILE'
        )
        raise TrackerError(f"{what} records hold lists, not Parquet columns; try: {hint}")
    records, fields = (iter_claims, CLAIM_FIELDS) if what == "claims" else (iter_articles, ARTICLE_FIELDS)
    # utf-8-sig for CSV files so that Excel shows Hangul; plain UTF-8 on stdout and for JSONL.
    encoding = "utf-8-sig" if fmt is Format.csv and output else "utf-8"
    with session_factory(engine)() as session:
        if output:
            with output.open("w", encoding=encoding, newline="") as fh:
                return write_records(records(session), fields, fh, fmt.value)
        return write_records(records(session), fields, sys.stdout, fmt.value)
