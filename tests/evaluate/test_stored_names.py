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


def test_a_provisional_official_is_compared_by_name_on_both_paths() -> None:
    # set-oe oe-09 titles 곽상욱 (오산 in the registry) 광명시장: he is registered provisionally from the article under a
    # key of his own. `tracker eval` scores what the database stores, by name; the pipeline behind the floors once
    # compared the provisional key and scored officials 0.857 where `tracker eval` said 0.952
    from pathlib import Path

    from tracker.evaluate.gold import load_gold, person_names
    from tracker.evaluate.pipeline import predict
    from tracker.evaluate.scorer import score_article
    from tracker.read import InputRecord, iter_records
    from tracker.reference import load_reference

    reference = load_reference()
    folder = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora" / "set-oe"
    name = "oe-09-suwonilbo.txt"
    (record,) = [r for r in iter_records([str(folder / "articles" / name)]) if isinstance(r, InputRecord)]
    predicted = predict(record, reference, name)
    assert "곽상욱" in predicted.officials
    scores = score_article(load_gold(folder / "gold")[name], predicted, person_names(reference))
    assert scores.officials.tp == 1
