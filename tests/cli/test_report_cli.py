"""`tracker report ...` as a user meets it, on both backends, over the real claims of tests/report."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()
_spec = importlib.util.spec_from_file_location(
    "report_fixtures", Path(__file__).resolve().parents[1] / "report" / "conftest.py"
)
assert _spec and _spec.loader
_fixtures = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _fixtures  # dataclasses look their module up while the file runs
_spec.loader.exec_module(_fixtures)


@pytest.fixture
def report_url(db_url: str, engine: Engine) -> str:
    """A database URL holding the report fixture's real claims."""
    _fixtures.load_report_claims(engine)
    engine.dispose()
    return db_url


def _run(*args: str):
    return runner.invoke(app, ["report", *args])


@pytest.mark.parametrize("command", [[], ["policy"], ["official"], ["jurisdiction"]])
def test_help_has_examples(command: list[str]) -> None:
    result = _run(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "tracker report" in result.output


def test_policy_table_with_footer(report_url: str) -> None:
    result = _run("policy", "fine-dust", "--db", report_url)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Claims about 미세먼지 저감 (fine-dust)" in out
    assert "권영진" in out and "2018-03-13" in out and "achievement" in out
    assert "0 of 1 not yet reviewed" in " ".join(out.split())


def test_report_does_not_load_the_extractor(report_url: str) -> None:
    if not report_url.startswith("sqlite"):
        pytest.skip("one backend is enough: this checks imports")
    code = (
        "import sys; from tracker.cli import app\n"
        "try:\n    app(['report', 'policy', 'smart-city', '--by', 'year', '--db', sys.argv[1]])\n"
        "except SystemExit as exit:\n    assert not exit.code, exit.code\n"
        "assert 'kiwipiepy' not in sys.modules and 'matplotlib' not in sys.modules\nprint('light')"
    )
    out = subprocess.run([sys.executable, "-c", code, report_url], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("light")


def test_policy_csv_file_and_counts(report_url: str, tmp_path: Path) -> None:
    path = tmp_path / "smart.csv"
    result = _run(
        "policy", "smart-city", "--db", report_url, "-f", "csv", "-o", str(path), "--jurisdiction", "대구"
    )
    assert result.exit_code == 0, result.output
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").count("\n") == 1 + 15  # header and the 15 Daegu smart-city claims
    assert "15 claims: report written to" in result.stderr


def test_by_official_without_rank(report_url: str) -> None:
    result = _run(
        "policy",
        "fourth-industrial-revolution",
        "--db",
        report_url,
        "--by",
        "official",
        "--no-rank",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    rows = document["sections"]["by official"]
    assert [r["speaker_name"] for r in rows] == ["권영진", "채현일", "(no official)"]
    assert "rank" not in rows[0]
    assert document["methodology"]["ranked"] is False


def test_official_markdown_and_jurisdiction_xlsx_with_plot(report_url: str, tmp_path: Path) -> None:
    result = _run("official", "kwon-young-jin", "--db", report_url, "-f", "markdown", "--policy", "fine-dust")
    assert result.exit_code == 0, result.output
    assert "## terms of office" in result.stdout and "## claims by policy" in result.stdout
    assert "미세먼지 30%절감" in result.stdout
    book, plot = tmp_path / "daegu.xlsx", tmp_path / "daegu.png"
    result = _run(
        "jurisdiction", "27", "--db", report_url, "-f", "xlsx", "-o", str(book), "--plot", str(plot)
    )
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(book).sheetnames == ["per policy and year", "claims", "methodology"]
    assert plot.read_bytes()[:4] == b"\x89PNG"
    assert "plot written to" in result.stderr


ERRORS = [
    (["policy", "fine-dusts"], "unknown policy 'fine-dusts'; did you mean: fine-dust"),
    (["policy", "smart-city", "--jurisdiction", "중구"], "'중구' is ambiguous: 11140 서울특별시 중구"),
    (["official", "kwon-young-jn"], "did you mean: kwon-young-jin"),
    (["policy", "smart-city", "--from", "2018/03"], "YYYY"),
    (["policy", "smart-city", "-f", "xlsx"], "-o FILE.xlsx"),
    (["policy", "smart-city", "--plot", "x.gif"], ".png or .svg"),
]


def test_errors_are_one_red_line(report_url: str) -> None:
    for args, message in ERRORS:  # one database for all cases: each is a read
        result = _run(*args, "--db", report_url)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.stderr, args
        assert result.stderr.strip().count("\n") == 0, args
        assert result.stdout == "", args  # nothing half-printed before the error
