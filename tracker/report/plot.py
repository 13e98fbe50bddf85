"""Timeline of claims per month, stacked by official or by policy, with Hangul that renders.

Matplotlib's default font has no Hangul: names and policies would be drawn as empty boxes. The font
comes from the `koreanize-matplotlib` package (NanumGothic, SIL OFL), located without importing the
package (its import rewrites global rcParams), else from a Korean font installed on the system.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.report.query import NO_OFFICIAL, Report, ReportError, present

if TYPE_CHECKING:
    import pandas as pd

STACKS = ("official", "policy")
SUFFIXES = (".png", ".svg")
TOP = 8
OTHER = "기타 (other)"
SYSTEM_FONTS = (
    "NanumGothic", "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", "AppleGothic",
    "UnDotum", "Baekmuk Gulim",
)  # fmt: skip


@dataclass
class Timeline:
    """What was drawn, so that tests and callers can check the picture without looking at it."""

    path: Path
    months: list[str]
    series: dict[str, list[int]]
    undated: int
    font: str
    legend: list[str] = field(default_factory=list)


def _has_hangul(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        return ord("가") in FT2Font(path).get_charmap()
    except (OSError, RuntimeError):
        return False


@cache
def hangul_font() -> tuple[str, str]:
    """(family name, file) of a font with Hangul glyphs, registered with matplotlib."""
    from matplotlib import font_manager

    candidates: list[str] = []
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            candidates.append(str(Path(location) / "fonts" / "NanumGothic.ttf"))
    for entry in font_manager.fontManager.ttflist:
        if entry.name in SYSTEM_FONTS:
            candidates.append(entry.fname)
    for path in candidates:
        if Path(path).is_file() and _has_hangul(path):
            font_manager.fontManager.addfont(path)
            return font_manager.FontProperties(fname=path).get_name(), path
    raise ReportError(
        "no font with Hangul glyphs for the plot: `pip install koreanize-matplotlib` "
        "(or install NanumGothic / Noto Sans CJK KR)"
    )


def _months(first: date, last: date) -> list[str]:
    out, (y, mo) = [], (first.year, first.month)
    while (y, mo) <= (last.year, last.month):
        out.append(f"{y:04d}-{mo:02d}")
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def _points(rows: pd.DataFrame, stack: str) -> list[tuple[date | None, str]]:
    """(claim date, series label) per claim, or per claim and policy when stacked by policy."""
    points: list[tuple[date | None, str]] = []
    if stack == "official":
        unique = rows.drop_duplicates("claim_id")
        for when, name, written in zip(
            unique["claim_date"],
            present(unique["speaker_name"]),
            present(unique["speaker_text"]),
            strict=True,
        ):
            points.append((when if isinstance(when, date) else None, name or written or NO_OFFICIAL))
        return points
    seen: set[tuple[Any, str]] = set()
    for claim_id, when, slugs, names in zip(
        rows["claim_id"], rows["claim_date"], rows["policy_slugs"], rows["policy_names"], strict=True
    ):
        slug_list, name_list = slugs.split(", "), names.split(", ")
        labels = name_list if len(name_list) == len(slug_list) else slug_list
        for label in filter(None, labels):
            if (claim_id, label) not in seen:
                seen.add((claim_id, label))
                points.append((when if isinstance(when, date) else None, label))
    return points


def check_request(path: Path | str, stack: str) -> Path:
    """Refuse a plot that cannot be drawn before any other output is written."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ReportError(f"plot file {path.name!r}: use a .png or .svg name")
    if stack not in STACKS:
        raise ReportError(f"--stack {stack!r}: use one of {', '.join(STACKS)}")
    return path


def timeline(
    obj: Report | pd.DataFrame,
    path: Path | str,
    stack: str = "official",
    rank: bool = True,
    title: str | None = None,
    top: int = TOP,
) -> Timeline:
    """Draw claims per month as stacked bars into a .png or .svg file.

    Series are ordered by claim count, or alphabetically with `rank=False` (--no-rank); beyond `top`
    series the rest are pooled as 'other'. Claims without a date cannot be placed and are counted in
    the subtitle instead. Stacked by policy, a claim about two policies counts in both.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    path = check_request(path, stack)
    rows = obj.rows if isinstance(obj, Report) else obj
    title = title or (obj.title if isinstance(obj, Report) else obj.attrs.get("title", "Claims"))
    if rows is None or not len(rows):
        raise ReportError("nothing to plot: no claims match")
    points = _points(rows, stack)
    dated = [(when, label) for when, label in points if when is not None]
    claims = rows.drop_duplicates("claim_id")["claim_date"]
    undated = sum(not isinstance(when, date) for when in claims)
    if not dated:
        raise ReportError("nothing to plot: none of the matching claims has a date")

    totals = Counter(label for _, label in dated)
    named = [label for label in totals if label != NO_OFFICIAL]
    named.sort(key=(lambda s: (-totals[s], s)) if rank else (lambda s: s))
    keep = named[:top]
    order = keep + ([OTHER] if len(named) > top else []) + ([NO_OFFICIAL] if NO_OFFICIAL in totals else [])
    months = _months(min(d for d, _ in dated), max(d for d, _ in dated))
    series = {label: [0] * len(months) for label in order}
    index = {m: i for i, m in enumerate(months)}
    for when, label in dated:
        target = label if label in series else OTHER
        series[target][index[f"{when.year:04d}-{when.month:02d}"]] += 1

    family, font_file = hangul_font()
    fig = Figure(figsize=(max(6.0, min(16.0, 0.35 * len(months) + 4)), 4.8), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    bottom = [0] * len(months)
    colors = _colors(len(order))
    x = list(range(len(months)))
    for label, color in zip(order, colors, strict=True):
        color = "#bbbbbb" if label in (OTHER, NO_OFFICIAL) else color
        ax.bar(x, series[label], bottom=bottom, label=label, color=color, width=0.8)
        bottom = [b + v for b, v in zip(bottom, series[label], strict=True)]
    step = max(1, len(months) // 24)
    ax.set_xticks(x[::step], months[::step], rotation=90 if len(months) > 6 else 0, fontfamily=family)
    ax.set_ylabel("claims per month", fontfamily=family)
    ax.yaxis.get_major_locator().set_params(integer=True)
    fig.suptitle(title, fontfamily=family, x=0.01, ha="left", fontsize=11)
    note = f"{len(claims) - undated} dated claims"
    if undated:
        note += f"; {undated} without a date not shown"
    if stack == "policy":
        note += "; a claim about several policies counts in each"
    ax.text(
        0, 1.01, note, transform=ax.transAxes, fontsize=8, color="#555555", fontfamily=family, va="bottom"
    )
    legend = ax.legend(
        title="official" if stack == "official" else "policy",
        prop={"family": family, "size": 8},
        title_fontproperties={"family": family, "size": 9},
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        frameon=False,
    )
    ax.spines[["top", "right"]].set_visible(False)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150)
    labels = [t.get_text() for t in legend.get_texts()]
    return Timeline(path, months, series, undated, font_file, labels)


def _colors(n: int) -> list[Any]:
    from matplotlib import colormaps

    palette = [colormaps["tab10"](i) for i in range(10) if i != 7]  # grey is kept for 'other'
    return [palette[i % len(palette)] for i in range(n)]
