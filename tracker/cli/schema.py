"""`tracker schema`: the codebook of every view, table and column (docs/SCHEMA.md is its output)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import console, err_console, user_errors


def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout)")
    ] = None,
    datasette: Annotated[
        bool,
        typer.Option("--datasette", help="Write Datasette metadata JSON instead of the Markdown codebook"),
    ] = False,
) -> None:
    """Print the schema codebook: each view, table and column, its meaning and example values.

    Examples:

      tracker schema --output docs/SCHEMA.md

      tracker schema --datasette -o datasette/metadata.json
    """
    from tracker.report.codebook import codebook_markdown, datasette_metadata_json

    with user_errors():
        body = datasette_metadata_json() if datasette else codebook_markdown()
        if output is None:
            console.print(body, markup=False, highlight=False, soft_wrap=True, end="")
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(body, encoding="utf-8")
        err_console.print(f"wrote {output}")
