"""The `tracker` command line: thin commands over library functions; sub-apps per area."""

from __future__ import annotations

import typer

from tracker import __version__
from tracker.cli import db, evaluate, export, extract, ingest, officials, schema, search, sql
from tracker.cli import report as report_cli

app = typer.Typer(
    name="tracker",
    help="Korean local-government policy claims: ingest news articles, extract who claimed what about "
    "which policy and when, and query the result.\n\n"
    "Start with: tracker ingest seeds/corpus/articles   then: tracker export claims",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
app.add_typer(officials.app, name="officials")
app.add_typer(report_cli.app, name="report")
app.command()(ingest.ingest)
app.command()(ingest.seed)
app.command()(extract.extract)
app.command()(export.export)
app.command()(sql.sql)
app.command()(schema.schema)
app.command()(search.search)
app.command(name="eval")(evaluate.evaluate)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version"
    ),
) -> None:
    """Korean local-government policy tracker."""


def main() -> None:
    app()
