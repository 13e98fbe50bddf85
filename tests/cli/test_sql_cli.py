"""`tracker sql`, `schema`, `search`, `export VIEW` and `db reader-role` as a researcher meets them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from tracker.cli import app

runner = CliRunner()


def _invoke(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", [["sql"], ["schema"], ["search"], ["db", "reader-role"]], ids=" ".join)
def test_help_has_an_example(command: list[str]) -> None:
    result = _invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_sql_table_csv_json_and_file(engine: Engine, db_url: str, tmp_path: Path) -> None:
    query = "SELECT slug, domain_slug FROM policy_tree WHERE slug = 'smart-city'"
    result = _invoke("sql", query, "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "smart-city" in result.output and "technology" in result.output and "1 rows" in result.output

    result = _invoke("sql", query, "--db", db_url, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == ["slug,domain_slug", "smart-city,technology"]

    result = _invoke("sql", query, "--db", db_url, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"slug": "smart-city", "domain_slug": "technology"}]

    sql_file = tmp_path / "q.sql"
    sql_file.write_text(
        "-- who governs Daegu\nSELECT name_ko FROM official_terms WHERE person_key = 'kwon-young-jin'"
    )
    out = tmp_path / "out.csv"
    result = _invoke("sql", "-f", str(sql_file), "--db", db_url, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "권영진" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    "statement", ["DELETE FROM policies", "DROP TABLE claims", "UPDATE people SET name_ko = 'x'"]
)
def test_sql_write_gets_one_line_refusal(engine: Engine, db_url: str, statement: str) -> None:
    with engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM people")).scalar_one()
    result = _invoke("sql", statement, "--db", db_url)
    assert result.exit_code == 1
    assert "refused: tracker sql is read-only" in result.output
    assert "Traceback" not in result.output
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM people")).scalar_one() == before


def test_sql_needs_exactly_one_source(db_url: str, engine: Engine) -> None:
    result = _invoke("sql", "--db", db_url)
    assert result.exit_code == 1 and "give a statement" in result.output


def test_sql_timeout(engine: Engine, db_url: str) -> None:
    endless = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r"
    result = _invoke("sql", endless, "--db", db_url, "--timeout", "0.3")
    assert result.exit_code == 1 and "stopped after 0.3 s" in result.output


def test_export_view_as_csv(engine: Engine, db_url: str, tmp_path: Path) -> None:
    out = tmp_path / "tree.csv"
    result = _invoke("export", "policy_tree", "--db", db_url, "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("slug,name_ko,name_en,domain_slug")
    assert any(line.startswith("smart-city,스마트시티") for line in lines)
    result = _invoke("export", "polcy_tree", "--db", db_url)
    assert result.exit_code == 1 and "did you mean policy_tree" in result.output
    result = _invoke("export", "claims", "--db", db_url, "--format", "parquet", "-o", str(tmp_path / "c.pq"))
    assert result.exit_code == 1 and "claim_facts" in result.output


def test_schema_prints_the_codebook(tmp_path: Path) -> None:
    out = tmp_path / "SCHEMA.md"
    result = _invoke("schema", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == (Path(__file__).parents[2] / "docs" / "SCHEMA.md").read_text(
        encoding="utf-8"
    )


def test_reader_role_prints_grants() -> None:
    result = _invoke("db", "reader-role", "researcher", "--db", "postgresql://postgres@127.0.0.1/tracker")
    assert result.exit_code == 0, result.output
    assert 'GRANT SELECT ON claim_facts, official_terms, policy_tree TO "researcher";' in result.output
    assert 'GRANT CONNECT ON DATABASE "tracker"' in result.output


def test_search_cli_reindexes_and_finds(engine: Engine, db_url: str) -> None:
    from tracker.db import models as m
    from tracker.db.session import transaction

    sentence = "치매국가책임제, 미세먼지 30%절감 배출 정책 등이 우리가 3년 전부터 시행해 왔던 것이 국가정책으로 발전했다"
    with transaction(engine) as session:  # stored without search text, as before ingest computed it
        article = m.Article(
            source="breaknews-daegu-20180313.txt",
            sha256="0" * 64,
            format="text",
            encoding="utf-8",
            raw_text=sentence,
            clean_text=sentence,
            extractor_version="test",
        )
        article.claims.append(
            m.Claim(
                text=sentence,
                start_offset=0,
                end_offset=len(sentence),
                kind="statement",
                confidence=1.0,
                extractor_version="test",
            )
        )
        session.add(article)
    result = _invoke("search", "치매", "--db", db_url)
    assert result.exit_code == 0 and "0 claims found" in result.output
    assert "1 claims have no search text yet: run tracker search --reindex" in result.output
    result = _invoke("search", "치매", "--db", db_url, "--reindex")
    assert result.exit_code == 0, result.output
    assert "치매국가책임제" in result.output and "1 claims found" in result.output
    assert "search text computed for 2 rows" in result.output


def test_sql_does_not_load_kiwi(sqlite_template: Path) -> None:
    code = (
        "import sys; from typer.testing import CliRunner; from tracker.cli import app; "
        f"r = CliRunner().invoke(app, ['sql', 'SELECT count(*) FROM policy_tree', '--db', r'{sqlite_template}']); "
        "assert r.exit_code == 0, r.output; assert 'kiwipiepy' not in sys.modules; print('ok')"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_search_takes_several_words_without_quotes(tmp_path: Path) -> None:
    """`tracker search 스마트 시티 비용` as a user types it: every word counts, no quotes needed."""
    db_url = f"sqlite:///{tmp_path / 'demo.db'}"
    ingest = _invoke(
        "ingest",
        str(Path(__file__).resolve().parents[2] / "seeds/corpus/articles/breaknews-daegu-20180313.txt"),
        "--db",
        db_url,
    )
    assert ingest.exit_code == 0, ingest.output
    result = _invoke("search", "스마트", "시티", "비용", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "1 claims found" in result.output and "100억" in result.output
    assert "0 claims found" in _invoke("search", "스마트", "시티", "치매", "--db", db_url).output
