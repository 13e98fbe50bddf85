"""Reports as a terminal table, CSV, JSON, Markdown, HTML or Excel.

Human formats (table, markdown, html) show the columns a reader needs under short headers and end with
the methodology note; data formats (csv, json, xlsx) keep every column under its `claim_facts` name.
CSV files are UTF-8 with a BOM so that Excel opens Hangul correctly.
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.report.footer import footer_html, footer_markdown, footer_text
from tracker.report.query import Methodology, Report, ReportError

if TYPE_CHECKING:
    import pandas as pd
    from rich.console import Console

FORMATS = ("table", "csv", "json", "markdown", "html", "xlsx")
HUMAN = ("table", "markdown", "html")

# Claim-row columns shown to people, and their headers.
DISPLAY = {
    "policy_slug": "policy",
    "claim_date": "date",
    "speaker_name": "official",
    "office": "office",
    "jurisdiction_name_ko": "jurisdiction",
    "kind": "kind",
    "policy_slugs": "policies",
    "claim_text": "claim",
    "quantities": "numbers",
    "outlet": "outlet",
    "article": "article",
}

# Headers of count and term tables.
HEADERS = {
    "speaker_name": "official",
    "speaker_key": "key",
    "jurisdiction_name_ko": "jurisdiction",
    "jurisdiction_code": "code",
    "policy_slug": "policy",
    "policy_name_ko": "name",
}


def as_report(obj: Report | pd.DataFrame) -> Report:
    """A report, or a frame returned by `tracker.report.policy(...)` (title and facts in its attrs)."""
    if isinstance(obj, Report):
        return obj
    facts = obj.attrs.get("methodology") or {}
    methodology = Methodology(
        claims=facts.get("claims", len(obj)),
        unreviewed=facts.get("unreviewed", 0),
        extractor_versions=facts.get("extractor_versions", {}),
        filters=facts.get("filters", {}),
        ranked=facts.get("ranked"),
    )
    return Report(obj.attrs.get("title", "Report"), {"report": obj}, methodology, "report")


def display_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns a reader needs, with short headers."""
    if "claim_text" not in frame.columns:
        return frame.rename(columns=HEADERS)
    frame = frame.copy()
    official = [
        _cell(name) or _cell(written)
        for name, written in zip(frame["speaker_name"], frame["speaker_text"], strict=True)
    ]
    frame["speaker_name"] = official
    frame["article"] = [
        _cell(h) or _cell(u) or _cell(s)
        for h, u, s in zip(frame["headline"], frame["article_url"], frame["article_source"], strict=True)
    ]
    columns = [c for c in DISPLAY if c in frame.columns]
    if "policy_slug" in columns:
        columns.remove("policy_slugs")
    return frame[columns].rename(columns=DISPLAY)


def _cell(value: Any) -> str:
    """One value as text: missing is empty, dates ISO, whole floats without '.0'."""
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() else f"{value:g}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    try:
        import pandas as pd

        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-ready dicts: dates ISO, missing values null."""
    columns = [str(c) for c in frame.columns]
    return [
        {c: _json_value(v) for c, v in zip(columns, row, strict=True)}
        for row in frame.itertuples(index=False, name=None)
    ]


# ------------------------------------------------------------------------------------------------ formats


def to_csv(report: Report) -> str:
    return report.primary.to_csv(index=False, lineterminator="\n")


def to_json(report: Report) -> str:
    document = {
        "title": report.title,
        "methodology": report.methodology.as_dict(),
        "sections": {name: records(frame) for name, frame in report.sections.items()},
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _markdown_cell(value: Any) -> str:
    return _cell(value).replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def to_markdown(report: Report) -> str:
    parts = [f"# {report.title}\n"]
    for name, frame in report.sections.items():
        shown = display_frame(frame)
        if len(report.sections) > 1:
            parts.append(f"## {name}\n")
        if len(shown):
            parts.append(shown.map(_markdown_cell).to_markdown(index=False, disable_numparse=True) + "\n")
        else:
            parts.append("_No claims match._\n")
    parts.append(footer_markdown(report.methodology.as_dict()))
    return "\n".join(parts)


_STYLE = (
    "body{font-family:'Noto Sans KR','Malgun Gothic','Apple SD Gothic Neo',sans-serif;margin:2em}"
    "table{border-collapse:collapse;font-size:90%}th,td{border:1px solid #ccc;padding:4px 6px;"
    "vertical-align:top;text-align:left}th{background:#f3f3f3}footer{margin-top:2em;color:#444}"
)


def to_html(report: Report) -> str:
    body = [f"<h1>{escape(report.title)}</h1>"]
    for name, frame in report.sections.items():
        shown = display_frame(frame)
        if len(report.sections) > 1:
            body.append(f"<h2>{escape(name)}</h2>")
        if len(shown):
            body.append(shown.map(_cell).to_html(index=False, escape=True, border=0, classes="report"))
        else:
            body.append("<p>No claims match.</p>")
    body.append(footer_html(report.methodology.as_dict()))
    return (
        '<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(report.title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _sheet_name(name: str, used: set[str]) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:31] or "sheet"
    candidate, i = clean, 2
    while candidate.lower() in used:
        candidate = f"{clean[:28]}_{i}"
        i += 1
    used.add(candidate.lower())
    return candidate


def write_xlsx(report: Report, path: Path) -> None:
    """One sheet per section and a 'methodology' sheet; every column as in the data formats."""
    import pandas as pd

    used: set[str] = set()
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in report.sections.items():
            out = frame.copy()
            for column in out.columns:
                if out[column].dtype == object:
                    out[column] = [_json_value(v) for v in out[column]]
            out.to_excel(writer, sheet_name=_sheet_name(name, used), index=False)
        facts = report.methodology.as_dict()
        notes = [
            ("title", report.title),
            ("claims", facts["claims"]),
            ("unreviewed", facts["unreviewed"]),
            ("extractor versions", json.dumps(facts["extractor_versions"], ensure_ascii=False)),
            ("filters", json.dumps(facts["filters"], ensure_ascii=False)),
            ("note", footer_text(facts)),
        ]
        pd.DataFrame(notes, columns=["item", "value"]).to_excel(
            writer, sheet_name=_sheet_name("methodology", used), index=False
        )


MAX_WIDTHS = {
    "official": 10,
    "office": 14,
    "jurisdiction": 14,
    "policies": 18,
    "policy": 16,
    "numbers": 18,
    "outlet": 12,
}


# Columns a narrow terminal leaves out first, so that the claim's text keeps room to be read.
_DROP_ORDER = ("article", "outlet", "office", "numbers", "jurisdiction")
_CLAIM_ROOM = 36  # columns the claim text needs at least (a short sentence per two or three lines)
_WIDTHS = {"date": 10, "kind": 11, "article": 40}  # columns without a cap: their usual width


def _crowding(columns: Sequence[object], width: int) -> list[str]:
    """The least needed columns to leave out at `width` (80 in a pipe or a CI log) so that the claim
    keeps `_CLAIM_ROOM` columns; each column costs its cap (or its header) plus 3 for the borders."""
    names = [str(c) for c in columns]

    def used(kept: list[str]) -> int:
        widths = (_WIDTHS.get(c, MAX_WIDTHS.get(c, len(c))) for c in kept if c != "claim")
        return sum(w + 3 for w in widths) + 4

    dropped: list[str] = []
    for name in _DROP_ORDER:
        if width - used([c for c in names if c not in dropped]) >= _CLAIM_ROOM:
            break
        if name in names:
            dropped.append(name)
    return dropped


def rich_tables(report: Report, width: int = 200) -> list[Any]:
    """Renderables for the terminal: a table per section, then the note."""
    from rich.table import Table
    from rich.text import Text

    out: list[Any] = []
    for name, frame in report.sections.items():
        shown = display_frame(frame)
        if "policies" in shown.columns and shown["policies"].nunique() <= 1:
            shown = shown.drop(columns=["policies"])  # the title already names the one policy
        if "official" in shown.columns and "official" in report.methodology.filters:
            shown = shown.drop(columns=["official"])  # the report is one official's: the title names them
        empty = [c for c in shown.columns if c in ("numbers", "official") and not shown[c].map(_cell).any()]
        shown = shown.drop(columns=empty)
        if "claim" in shown.columns:
            shown = shown.drop(columns=_crowding(shown.columns, width))
        title = report.title if len(report.sections) == 1 else f"{report.title}: {name}"
        out.append(Text(title, style="bold"))  # above, not as the table's title: that wraps to its width
        table = Table(show_lines=False, header_style="bold")
        for column in shown.columns:
            short = (
                column in ("date", "kind", "rank", "claims", "total", "start_date", "end_date", "code")
                or str(column).isdigit()
            )
            table.add_column(
                str(column),
                overflow="fold",
                no_wrap=short,
                ratio=1 if column == "claim" else None,  # the claim takes the room the others leave
                max_width=MAX_WIDTHS.get(str(column)) if "claim" in shown.columns else None,
                justify="right" if column in ("claims", "rank", "total") or str(column).isdigit() else "left",
            )
        if not len(shown):
            out.append(Text("No claims match.", style="yellow"))
            continue
        for row in shown.itertuples(index=False, name=None):
            table.add_row(*(_cell(v) for v in row))
        out.append(table)
    out.append(Text(footer_text(report.methodology.as_dict()), style="dim"))
    return out


def render(
    obj: Report | pd.DataFrame,
    fmt: str = "table",
    output: Path | None = None,
    console: Console | None = None,
) -> None:
    """Write a report in `fmt` to `output`, or to the terminal/stdout when no file is given."""
    report = as_report(obj)
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "xlsx":
        if output is None:
            raise ReportError("xlsx is a binary format: give a file with -o FILE.xlsx")
        write_xlsx(report, output)
        return
    if fmt == "table":
        from rich.console import Console

        if output is not None:
            with output.open("w", encoding="utf-8") as fh:
                file_console = Console(file=fh, width=160, no_color=True)
                for part in rich_tables(report, file_console.width):
                    file_console.print(part)
            return
        console = console or Console()
        for part in rich_tables(report, console.width):
            console.print(part)
        return
    text = {"csv": to_csv, "json": to_json, "markdown": to_markdown, "html": to_html}[fmt](report)
    if output is None:
        sys.stdout.write(text)
        return
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with output.open("w", encoding=encoding, newline="") as fh:
        fh.write(text)
