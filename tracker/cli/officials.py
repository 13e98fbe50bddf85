"""`tracker officials ...`: the registry of officials and their terms."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from tracker.cli.common import console
from tracker.reference import SEEDS_DIR

app = typer.Typer(
    help="The officials registry: heads of local governments and superintendents, with terms.",
    no_args_is_help=True,
)


@app.command()
def coverage(
    seeds: Annotated[Path, typer.Option(help="Seeds folder with the registry")] = SEEDS_DIR,
    missing: Annotated[
        bool, typer.Option("--missing/--no-missing", help="List the posts without a holder")
    ] = True,
) -> None:
    """Per metropolitan area and election: how many posts have a known holder in the seed registry.

    A post is the head of every local government valid on 1 July of the election year (and the
    superintendent of each metropolitan government); it is known when an elected holder is recorded.

    Example: tracker officials coverage --no-missing
    """
    from tracker.reference import load_reference
    from tracker.registry.coverage import coverage as compute
    from tracker.registry.coverage import format_missing, totals

    rows = compute(load_reference(seeds))
    table = Table(title="officials registry coverage")
    for col in ("election", "role", "known", "posts", "%"):
        table.add_column(col, justify="left" if col in ("election", "role") else "right")
    for (election, role), (known, posts) in totals(rows).items():
        pct = 100 * known / posts if posts else 100.0
        colour = "green" if pct >= 95 else "red"
        table.add_row(election, role, str(known), str(posts), f"[{colour}]{pct:.1f}[/{colour}]")
    console.print(table)
    if missing:
        console.print(format_missing(rows), highlight=False)
