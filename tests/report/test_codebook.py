"""Docs that cannot drift: docs/SCHEMA.md and datasette/metadata.json are exactly what the code generates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.db.base import metadata
from tracker.db.views import VIEWS
from tracker.report.codebook import codebook_markdown, datasette_metadata, datasette_metadata_json

ROOT = Path(__file__).resolve().parents[2]
REGENERATE = "regenerate with: tracker schema -o docs/SCHEMA.md && tracker schema --datasette -o datasette/metadata.json"


@pytest.fixture(scope="module")
def codebook() -> str:
    return codebook_markdown()


def test_schema_md_is_current(codebook: str) -> None:
    assert (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8") == codebook, REGENERATE


def test_codebook_names_every_view_table_and_column(codebook: str) -> None:
    for name, view in VIEWS.items():
        assert f"### {name}\n" in codebook
        for column in view["columns"]:
            assert f"| `{column}` |" in codebook
    for table in metadata.sorted_tables:
        assert f"### {table.name}\n" in codebook
        for column in table.columns:
            assert f"`{column.name}`" in codebook


def test_codebook_shows_seed_examples(codebook: str) -> None:
    jurisdictions = codebook.split("### jurisdictions\n", 1)[1].split("###", 1)[0]
    line = next(x for x in jurisdictions.splitlines() if x.startswith("| `level`"))
    assert line.rstrip().endswith("| basic, metropolitan |")


def test_datasette_metadata_is_current_and_describes_every_view_column() -> None:
    shipped = json.loads((ROOT / "datasette" / "metadata.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(datasette_metadata_json()), REGENERATE
    tables = shipped["databases"]["tracker"]["tables"]
    for name, view in VIEWS.items():
        assert tables[name]["description"] == view["description"]
        assert list(tables[name]["columns"]) == list(view["columns"])
        assert all(tables[name]["columns"].values())
    assert set(tables) == set(VIEWS) | {t.name for t in metadata.sorted_tables}
    assert datasette_metadata()["title"]
