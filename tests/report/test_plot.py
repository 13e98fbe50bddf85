"""Timelines: a real image file, the right series, and Hangul drawn with a font that has it."""

from __future__ import annotations

import warnings
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from matplotlib.ft2font import FT2Font
from sqlalchemy import Engine

from tracker.report.jurisdiction import jurisdiction_report
from tracker.report.plot import OTHER, hangul_font, timeline
from tracker.report.policy import policy_report
from tracker.report.query import ReportError


def test_the_font_has_hangul() -> None:
    family, path = hangul_font()
    assert ord("권") in FT2Font(path).get_charmap()
    assert family


def test_png_stacked_by_official(report_db: Engine, tmp_path: Path) -> None:
    report = policy_report(report_db, "fourth-industrial-revolution")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        drawn = timeline(report, tmp_path / "timeline.png", stack="official")
    assert not [w for w in caught if "missing from" in str(w.message)]  # no glyph fell back to a box
    assert drawn.path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert drawn.legend == ["권영진", "채현일", "(no official)"]  # by count, unattributed last
    assert drawn.months[0] == "2018-03" and drawn.months[-1] == "2018-11" and len(drawn.months) == 9
    assert drawn.series["권영진"][0] == 13 and sum(drawn.series["권영진"]) == 13
    assert sum(drawn.series["채현일"]) == 1
    dated = sum(isinstance(d, date) for d in report.rows["claim_date"])
    assert sum(sum(v) for v in drawn.series.values()) == dated
    assert drawn.undated == len(report.rows) - dated == 5


def test_svg_stacked_by_policy_pools_the_rest(report_db: Engine, tmp_path: Path) -> None:
    report = jurisdiction_report(report_db, "대구")
    drawn = timeline(report, tmp_path / "daegu.svg", stack="policy", top=3)
    root = ElementTree.parse(drawn.path).getroot()
    assert root.tag.endswith("svg")
    assert drawn.legend == ["스마트시티", "4차 산업혁명", "연구개발·산학연 협력", OTHER]
    assert drawn.series["스마트시티"] == [10]  # all dated Daegu claims are of 2018-03
    assert drawn.undated == 32  # the undated 내일신문 article


def test_no_rank_orders_the_legend_alphabetically(report_db: Engine, tmp_path: Path) -> None:
    report = policy_report(report_db, "disaster-safety", rank=False)
    drawn = timeline(report, tmp_path / "safety.png", rank=False)
    assert drawn.legend == ["채현일", "(no official)"]


def test_bad_plot_requests(report_db: Engine, tmp_path: Path) -> None:
    report = policy_report(report_db, "fine-dust")
    for name, kwargs, message in [("t.jpg", {}, ".png or .svg"), ("t.png", {"stack": "party"}, "--stack")]:
        with pytest.raises(ReportError, match=message):
            timeline(report, tmp_path / name, **kwargs)


def test_nothing_dated_is_an_error_not_an_empty_picture(report_db: Engine, tmp_path: Path) -> None:
    report = jurisdiction_report(report_db, "강진")  # the press release gives no date
    with pytest.raises(ReportError, match="none of the matching claims has a date"):
        timeline(report, tmp_path / "gangjin.png")
    assert not (tmp_path / "gangjin.png").exists()
