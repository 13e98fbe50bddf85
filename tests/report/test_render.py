"""Every output format of a report over real claims: readable Hangul, every row, the methodology note."""

from __future__ import annotations

import io
import json
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from rich.console import Console
from sqlalchemy import Engine

import tracker.report
from tracker.report.jurisdiction import jurisdiction_report
from tracker.report.official import official_report
from tracker.report.policy import policy_report
from tracker.report.query import ReportError
from tracker.report.render import render

FINE_DUST = (
    "치매국가책임제, 미세먼지 30%절감 배출 정책 등이 우리가 3년 전부터 시행해 왔던 것이 국가정책으로 발전했다"
)


def test_csv_file_has_bom_and_every_claim(report_db: Engine, tmp_path: Path) -> None:
    report = policy_report(report_db, "smart-city")
    path = tmp_path / "claims.csv"
    render(report, "csv", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the BOM as UTF-8
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(back) == len(report.primary) == 15
    assert list(back.columns[:3]) == ["claim_id", "claim_date", "date_precision"]
    assert "스마트시티 구축하는데 도시공사에서 드는 비용이 100억 원 정도 밖에 안된다" in set(
        back["claim_text"]
    )
    assert "100억 원 = 10000000000 KRW" in set(back["quantities"])


def test_csv_to_stdout_has_no_bom(report_db: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    render(policy_report(report_db, "fine-dust"), "csv")
    out = capsys.readouterr().out
    assert out.startswith("claim_id,")
    assert FINE_DUST in out


def test_json_holds_sections_methodology_and_iso_dates(report_db: Engine, tmp_path: Path) -> None:
    path = tmp_path / "kwon.json"
    render(official_report(report_db, "kwon-young-jin"), "json", path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["title"] == "Claims of 권영진 (kwon-young-jin)"
    assert document["methodology"]["claims"] == 14
    assert document["methodology"]["unreviewed"] == 0
    terms = document["sections"]["terms of office"]
    assert [t["start_date"] for t in terms] == ["2014-07-01", "2018-07-01"]
    claims = document["sections"]["claims by policy"]
    assert {c["claim_date"] for c in claims} == {"2018-03-13"}
    assert claims[0]["speaker_text"] is None  # missing is null, not NaN
    assert "미세먼지 저감" in {c["policy_name_ko"] for c in claims}


def test_markdown_has_table_and_footer(report_db: Engine, capsys: pytest.CaptureFixture[str]) -> None:
    render(policy_report(report_db, "fourth-industrial-revolution"), "markdown")
    out = capsys.readouterr().out
    assert out.startswith("# Claims about 4차 산업혁명 (fourth-industrial-revolution)\n")
    header = next(line for line in out.splitlines() if line.startswith("| date"))
    assert [c.strip() for c in header.strip("|").split("|")][:3] == ["date", "official", "office"]
    table = [line for line in out.splitlines() if line.startswith("|")]
    assert len(table) == 2 + 28  # header, rule, then every claim on one line
    assert "**Methodology.**" in out
    assert "15 of 28 not yet reviewed" in out
    assert "0.1.0 (15), 0.2.0 (13)" in out


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.in_cell = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.in_cell = tag == "td"
        if self.in_cell:
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        self.in_cell = False if tag == "td" else self.in_cell

    def handle_data(self, data: str) -> None:
        if self.in_cell:
            self.cells[-1] += data


def test_html_is_a_utf8_document_with_escaped_cells(report_db: Engine, tmp_path: Path) -> None:
    path = tmp_path / "rnd.html"
    render(policy_report(report_db, "research-development"), "html", path)
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "R&amp;D와 인력육성" in page and "R&D와" not in page  # '&' of a real claim, escaped
    parser = _Cells()
    parser.feed(page)
    assert any("산학연정 협력을 통한 R&D와 인력육성" in cell for cell in parser.cells)
    assert "권영진" in parser.cells and "대구광역시장" in parser.cells
    assert '권영진, "우리의 운명은 우리가 개척"' in parser.cells  # the headline
    assert '<footer class="methodology">' in page and "not yet reviewed" in page


def test_xlsx_has_a_sheet_per_section_and_methodology(report_db: Engine, tmp_path: Path) -> None:
    report = jurisdiction_report(report_db, "대구")
    path = tmp_path / "daegu.xlsx"
    render(report, "xlsx", path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["per policy and year", "claims", "methodology"]
    pivot = list(book["per policy and year"].values)
    assert pivot[0] == ("policy_slug", "policy_name_ko", "2018", "no date", "total")
    assert pivot[1][:2] == ("smart-city", "스마트시티")
    claims = list(book["claims"].values)
    assert len(claims) == 1 + len(report.sections["claims"])
    notes = dict(list(book["methodology"].values)[1:])
    assert notes["claims"] == report.methodology.claims == 46


def test_xlsx_needs_a_file(report_db: Engine) -> None:
    with pytest.raises(ReportError, match="-o"):
        render(policy_report(report_db, "fine-dust"), "xlsx")


def test_terminal_table_and_no_rank_note(report_db: Engine) -> None:
    console = Console(file=io.StringIO(), width=200, record=True)
    render(
        policy_report(report_db, "fourth-industrial-revolution", by="official", rank=False), console=console
    )
    text = console.export_text()
    assert "by official" in text
    assert text.index("권영진") < text.index("채현일") < text.index("(no official)")
    header = next(line for line in text.splitlines() if "official" in line and "claims" in line)
    assert "rank" not in header
    assert "alphabetically, without ranks" in text


def test_a_dataframe_from_a_notebook_renders_too(report_db: Engine, tmp_path: Path) -> None:
    frame = tracker.report.policy(report_db, "fine-dust")
    path = tmp_path / "fine-dust.md"
    render(frame, "markdown", path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Claims about 미세먼지 저감 (fine-dust)")
    assert "0 of 1 not yet reviewed" in text


@pytest.mark.parametrize("width", [80, 100, 200])
def test_a_narrow_terminal_leaves_out_columns_before_the_claim_text(report_db: Engine, width: int) -> None:
    """A pipe or a CI log is 80 columns wide: the claim must still read as text, not one syllable
    pair per line, so the article, outlet, office, numbers and jurisdiction columns go first."""
    console = Console(file=io.StringIO(), width=width, record=True)
    render(policy_report(report_db, "smart-city"), console=console)
    text = console.export_text()
    header = next(line for line in text.splitlines() if "claim" in line and "date" in line)
    assert "official" in header and "kind" in header
    assert ("outlet" in header) is (width >= 160)
    assert ("article" in header) is (width >= 200)
    assert "스마트시티 조성의 기반이 되는" in text  # a phrase of a claim on one line


def test_an_officials_report_does_not_repeat_the_official_in_every_row(report_db: Engine) -> None:
    """The title names the one official (as a policy report's names the one policy), so the column goes
    and the claim keeps the room; term dates are not broken over lines."""
    console = Console(file=io.StringIO(), width=80, record=True)
    render(official_report(report_db, "kwon-young-jin"), console=console)
    text = console.export_text()
    claims_header = next(line for line in text.splitlines() if "claim" in line and "kind" in line)
    assert "official" not in claims_header and "policy" in claims_header
    assert "2014-07-01" in text
