"""`tracker export claims|articles`: one record per claim or article, as JSONL or CSV."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import DbOption, err_console, open_db, user_errors


class What(StrEnum):
    claims = "claims"
    articles = "articles"


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def export(
    what: Annotated[What, typer.Argument(help="claims or articles")],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format")] = Format.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")
    ] = None,
) -> None:
    """Export every claim (or article) as one record each, streaming.

    Claims: id, article_id, article_source, article_sha256, text, start, end, speaker (person key),
    speaker_name, speaker_text, jurisdiction, date, date_precision, policies, kind, quantities,
    confidence, extractor_version. Articles: id, source, sha256, headline, subheadline, outlet, reporter,
    published, jurisdiction, officials, official_names, claim_count.

    Example: tracker export claims --format csv -o claims.csv
    """
    from tracker.db.session import session_factory
    from tracker.report.export import write_records
    from tracker.report.records import ARTICLE_FIELDS, CLAIM_FIELDS, iter_articles, iter_claims

    with user_errors():
        engine = open_db(db, read_only=True)
        records, fields = (
            (iter_claims, CLAIM_FIELDS) if what is What.claims else (iter_articles, ARTICLE_FIELDS)
        )
        # utf-8-sig for CSV files so that Excel shows Hangul; plain UTF-8 on stdout and for JSONL.
        encoding = "utf-8-sig" if fmt is Format.csv and output else "utf-8"
        with session_factory(engine)() as session:
            if output:
                with output.open("w", encoding=encoding, newline="") as fh:
                    n = write_records(records(session), fields, fh, fmt.value)
            else:
                n = write_records(records(session), fields, sys.stdout, fmt.value)
    err_console.print(f"{n} {what.value} exported" + (f" to {output}" if output else ""))
