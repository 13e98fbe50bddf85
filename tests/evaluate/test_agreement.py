"""The second annotations of set-pk, pl and pm (seeds/extra-corpora/README.md, "Two annotators of the same texts,
again"): the same texts, unchanged since hashed, and their agreement with the first as the README gives it."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

from tracker.evaluate.gold import load_gold, person_names
from tracker.evaluate.scorer import collapse, score_article, total
from tracker.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]
EXTRA = ROOT / "seeds" / "extra-corpora"
SETS = ("set-pk", "set-pl", "set-pm")
_spec = importlib.util.spec_from_file_location("agreement", EXTRA / "tools" / "agreement.py")
assert _spec and _spec.loader
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)


@pytest.mark.parametrize("name", SETS)
def test_a_second_annotation_covers_the_same_texts_and_is_unchanged(name: str) -> None:
    second = EXTRA / name / "second-annotation"
    assert sorted(load_gold(second / "gold")) == sorted(load_gold(EXTRA / name / "gold"))
    lines = (second / "GOLD.sha256").read_text().splitlines()
    assert len(lines) == len(list((second / "gold").iterdir()))
    for line in lines:
        digest, path = line.split(maxsplit=1)
        assert hashlib.sha256((second / path).read_bytes()).hexdigest() == digest


def test_the_two_annotations_agree_as_the_readme_says() -> None:
    names = person_names(load_reference())
    scores = []
    for name in SETS:
        first, second = load_gold(EXTRA / name / "gold"), load_gold(EXTRA / name / "second-annotation" / "gold")
        for article, want in first.items():
            text = collapse((EXTRA / name / "articles" / article).read_text(encoding="utf-8", errors="replace"))
            scores.append(score_article(want, agreement.as_prediction(second[article], want, text), names))
    t = total(scores)
    assert (t.claims.tp, t.claims.fp, t.claims.fn) == (144, 6, 8)
    assert t.date_accuracy.correct == t.date_accuracy.total == 144
    assert t.speaker_accuracy.correct == t.speaker_accuracy.total
    readme = (EXTRA / "README.md").read_text(encoding="utf-8")
    assert f"claim F1 {t.claims.f1:.3f}" in readme
    assert f"policy F1\n{t.policies.f1:.3f}" in readme
