"""`tracker report policy|official|jurisdiction`: parse options, call one report function, render it."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.common import DbOption, console, err_console, open_db, user_errors

app = typer.Typer(
    help="What has been claimed about a policy, by an official, or in a local government: as a table, "
    "CSV, JSON, Markdown, HTML or Excel, with an optional timeline plot.\n\n"
    "Example: tracker report policy fine-dust --jurisdiction 대구 --from 2018",
    no_args_is_help=True,
    rich_markup_mode="markdown",
)


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"
    html = "html"
    xlsx = "xlsx"


class Stack(StrEnum):
    official = "official"
    policy = "policy"


class PolicyBy(StrEnum):
    month = "month"
    year = "year"
    official = "official"
    jurisdiction = "jurisdiction"
    kind = "kind"


class OfficialBy(StrEnum):
    month = "month"
    year = "year"
    policy = "policy"
    kind = "kind"


class JurisdictionBy(StrEnum):
    policy_year = "policy-year"
    month = "month"
    year = "year"
    official = "official"
    policy = "policy"
    kind = "kind"


FromOption = Annotated[
    str | None,
    typer.Option("--from", help="First claim date: YYYY, YYYY-MM or YYYY-MM-DD", show_default=False),
]
ToOption = Annotated[
    str | None,
    typer.Option("--to", help="Last claim date (inclusive): YYYY, YYYY-MM or YYYY-MM-DD", show_default=False),
]
KindOption = Annotated[
    str | None,
    typer.Option("--kind", help="plan, achievement, target, criticism or statement", show_default=False),
]
OfficialOption = Annotated[
    str | None,
    typer.Option("--official", help="Person key (e.g. kwon-young-jin) or Korean name", show_default=False),
]
PolicyOption = Annotated[
    str | None,
    typer.Option("--policy", help="Policy slug; its sub-policies are included", show_default=False),
]
JurisdictionOption = Annotated[
    str | None,
    typer.Option(
        "--jurisdiction",
        help="Code or name (27, 대구, 대구광역시, 수성구, '대구 중구'); a metropolitan government "
        "includes its districts",
        show_default=False,
    ),
]
FormatOption = Annotated[
    Format,
    typer.Option(
        "--format", "-f", help="table (terminal), csv (UTF-8 with BOM), json, markdown, html, xlsx (needs -o)"
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="File to write (default: the terminal)", show_default=False),
]
PlotOption = Annotated[
    Path | None,
    typer.Option("--plot", help="Also draw claims per month to FILE.png or FILE.svg", show_default=False),
]
StackOption = Annotated[Stack, typer.Option("--stack", help="Stack the plot's bars by official or policy")]
NoRankOption = Annotated[
    bool,
    typer.Option(
        "--no-rank",
        help="List officials alphabetically, without ranks or ordering by count (Korean election law "
        "restricts ranked comparisons of candidates during campaigns)",
    ),
]


def _emit(report, fmt: Format, output: Path | None, plot: Path | None, stack: Stack, rank: bool) -> None:
    from tracker.report.plot import check_request
    from tracker.report.render import render

    if plot:
        check_request(plot, stack.value)
    render(report, fmt.value, output, console=console)
    if output:
        err_console.print(f"{report.methodology.claims} claims: report written to {output}")
    if plot:
        from tracker.report.plot import timeline

        drawn = timeline(report, plot, stack=stack.value, rank=rank)
        err_console.print(
            f"plot written to {drawn.path} ({len(drawn.legend)} series, {len(drawn.months)} months)"
        )


@app.command()
def policy(
    slug: Annotated[str, typer.Argument(help="Policy slug, e.g. fine-dust (see seeds/policies.yaml)")],
    db: DbOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    official: OfficialOption = None,
    jurisdiction: JurisdictionOption = None,
    kind: KindOption = None,
    by: Annotated[
        PolicyBy | None, typer.Option("--by", help="Count claims per month, year, official, ...")
    ] = None,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    plot: PlotOption = None,
    stack: StackOption = Stack.official,
    no_rank: NoRankOption = False,
) -> None:
    """Every claim about a policy and its sub-policies, newest first: date, official and office,
    jurisdiction, kind, the claim, its numbers, outlet and article.

    Examples:

    tracker report policy fine-dust --jurisdiction 대구 --from 2018 --to 2022

    tracker report policy smart-city --by official --no-rank

    tracker report policy smart-city -f csv -o smart-city.csv --plot smart-city.png
    """
    from tracker.report.policy import policy_report

    with user_errors():
        engine = open_db(db, read_only=True)
        report = policy_report(
            engine,
            slug,
            date_from=date_from,
            date_to=date_to,
            official=official,
            jurisdiction=jurisdiction,
            kind=kind,
            by=by.value if by else None,
            rank=not no_rank,
        )
        _emit(report, fmt, output, plot, stack, not no_rank)


@app.command()
def official(
    key: Annotated[str, typer.Argument(help="Person key, e.g. kwon-young-jin, or a unique Korean name")],
    db: DbOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    policy: PolicyOption = None,
    kind: KindOption = None,
    by: Annotated[
        OfficialBy | None, typer.Option("--by", help="Count claims per month, year, policy or kind")
    ] = None,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    plot: PlotOption = None,
    stack: StackOption = Stack.policy,
    no_rank: NoRankOption = False,
) -> None:
    """All claims of one person, grouped by policy, after their terms of office.

    Examples:

    tracker report official kwon-young-jin

    tracker report official 권영진 --policy smart-city -f markdown -o kwon.md
    """
    from tracker.report.official import official_report

    with user_errors():
        engine = open_db(db, read_only=True)
        report = official_report(
            engine,
            key,
            date_from=date_from,
            date_to=date_to,
            policy=policy,
            kind=kind,
            by=by.value if by else None,
            rank=not no_rank,
        )
        _emit(report, fmt, output, plot, stack, not no_rank)


@app.command()
def jurisdiction(
    place: Annotated[str, typer.Argument(help="Jurisdiction code or name, e.g. 27, 대구, 수성구")],
    db: DbOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    policy: PolicyOption = None,
    official: OfficialOption = None,
    kind: KindOption = None,
    by: Annotated[
        JurisdictionBy | None,
        typer.Option("--by", help="Only counts: per policy-year (the table), month, year, official, ..."),
    ] = None,
    fmt: FormatOption = Format.table,
    output: OutputOption = None,
    plot: PlotOption = None,
    stack: StackOption = Stack.policy,
    no_rank: NoRankOption = False,
) -> None:
    """Policies claimed in a local government over time: claims per policy and year, then the claims.
    A metropolitan government includes its districts. CSV holds the claims; xlsx and json hold both.

    Examples:

    tracker report jurisdiction 대구

    tracker report jurisdiction 27 --by policy-year -f csv -o daegu.csv --plot daegu.svg
    """
    from tracker.report.jurisdiction import jurisdiction_report

    with user_errors():
        engine = open_db(db, read_only=True)
        report = jurisdiction_report(
            engine,
            place,
            date_from=date_from,
            date_to=date_to,
            policy=policy,
            official=official,
            kind=kind,
            by=by.value if by else None,
            rank=not no_rank,
        )
        _emit(report, fmt, output, plot, stack, not no_rank)
