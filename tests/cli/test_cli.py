"""The command line as a user meets it: help that teaches, one-line errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()
CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"
BREAKNEWS = CORPUS / "articles" / "breaknews-daegu-20180313.txt"


def _commands() -> list[list[str]]:
    return [
        [], ["ingest"], ["seed"], ["extract"], ["export"], ["eval"], ["db"], ["db", "upgrade"], ["db", "downgrade"],
        ["db", "current"], ["officials"], ["officials", "coverage"], ["report"], ["report", "policy"], ["sql"],
        ["schema"], ["search"],
    ]  # fmt: skip


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "tracker")
def test_every_command_has_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    assert len(result.output) > 200


def test_help_does_not_load_kiwi() -> None:
    code = "import sys; from tracker.cli import app; assert 'kiwipiepy' not in sys.modules; print('ok')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "ok"


def test_python_dash_m_tracker_is_the_same_cli() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tracker", "--help"], capture_output=True, text=True, check=True
    )
    assert "Usage: python -m tracker" in out.stdout and "ingest" in out.stdout


def test_ingest_export_and_errors(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["ingest", str(BREAKNEWS), str(bad), "--db", db, "--workers", "1"])
    assert result.exit_code == 1, result.output
    assert "empty.txt" in result.output
    assert "1 new, 0 duplicate, 0 re-extracted, 1 failed" in result.output
    again = runner.invoke(app, ["ingest", str(BREAKNEWS), "--db", db, "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert "0 new, 1 duplicate" in again.output

    out = tmp_path / "claims.jsonl"
    exported = runner.invoke(app, ["export", "claims", "--db", db, "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records
    required = {"id", "article_id", "article_source", "article_sha256", "text", "start", "end", "speaker",
                "speaker_name", "speaker_text", "jurisdiction", "date", "date_precision", "policies", "kind",
                "quantities", "confidence", "extractor_version"}  # fmt: skip
    assert required <= records[0].keys()
    assert any(r["speaker"] == "kwon-young-jin" and r["speaker_name"] == "권영진" for r in records)

    csv_out = tmp_path / "articles.csv"
    articles = runner.invoke(app, ["export", "articles", "--db", db, "--format", "csv", "-o", str(csv_out)])
    assert articles.exit_code == 0, articles.output
    raw = csv_out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Hangul correctly
    text = raw.decode("utf-8-sig")
    assert "브레이크뉴스" in text and "2018-03-13T18:29+09:00" in text and "kwon-young-jin" in text


def test_ingest_passes_over_its_own_database_in_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tracker ingest . --db sqlite:///tracker.db` (a relative path, in the folder read): the database, its
    write-ahead log and shared memory are not articles; a real bad file beside them still fails."""
    (tmp_path / BREAKNEWS.name).write_bytes(BREAKNEWS.read_bytes())
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01 not text")
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(app, ["ingest", ".", "--db", "sqlite:///tracker.db", "--workers", "1"])
    assert "1 new, 0 duplicate, 0 re-extracted, 1 failed" in first.output, first.output
    failed = [line for line in first.output.splitlines() if line.startswith("failed:")]
    assert len(failed) == 1 and "broken.txt" in failed[0], first.output
    (tmp_path / "broken.txt").unlink()
    again = runner.invoke(app, ["ingest", ".", "--db", "sqlite:///tracker.db", "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert "0 new, 1 duplicate, 0 re-extracted, 0 failed" in again.output


def test_extract_prints_json_without_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["extract", str(BREAKNEWS)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["metadata"]["outlet"] == "브레이크뉴스"
    assert data["claims"] and all(data["text"][c["start"] : c["end"]] == c["text"] for c in data["claims"])
    assert not (tmp_path / "tracker.db").exists()


def test_missing_file_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "nope.txt"), "--db", f"sqlite:///{tmp_path / 't.db'}"]
    )
    assert result.exit_code == 1
    assert "nope.txt" in result.output
    assert "Traceback" not in result.output


def test_outdated_database_is_refused_with_advice(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 't.db'}"
    assert runner.invoke(app, ["seed", "--db", db]).exit_code == 0
    assert runner.invoke(app, ["db", "downgrade", "0001", "--db", db]).exit_code == 0
    current = runner.invoke(app, ["db", "current", "--db", db])
    assert "current: 0001" in current.output and "run `tracker db upgrade`" in current.output
    refused = runner.invoke(app, ["ingest", str(BREAKNEWS), "--db", db])
    assert refused.exit_code == 1
    assert "tracker db upgrade" in refused.output and "Traceback" not in refused.output
    upgraded = runner.invoke(app, ["db", "upgrade", "--db", db])
    assert upgraded.exit_code == 0, upgraded.output
    assert runner.invoke(app, ["ingest", str(BREAKNEWS), "--db", db, "--workers", "1"]).exit_code == 0
