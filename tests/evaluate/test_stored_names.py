"""Gold files are named after article files; an article read from a JSONL or CSV row has the source
`file.jsonl:1` (set-l l-05 is such a one-record file, whose article once scored as missing)."""

from __future__ import annotations

from tracker.evaluate.stored import _by_gold_name


def test_a_one_record_file_is_found_by_its_file_name() -> None:
    stored = [{"source": "/tmp/articles/l-05-sejongtimes.jsonl:1", "id": 1}]
    assert _by_gold_name(stored)["l-05-sejongtimes.jsonl"]["id"] == 1


def test_rows_of_a_many_record_file_keep_their_row_names_only() -> None:  # constructed
    stored = [{"source": f"/tmp/a/export.csv:{n}", "id": n} for n in (1, 2)]
    found = _by_gold_name(stored)
    assert "export.csv" not in found
    assert found["export.csv:2"]["id"] == 2
