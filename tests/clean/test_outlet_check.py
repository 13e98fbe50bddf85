"""The learned outlet check (tracker/clean/outlet_check.py): its candidates and features, that the rules' outlet
stands without the model, and the shipped model on real articles (held-out sets, never trained on, and the shipped
corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.outlet_check import MODEL_PATH, candidates, load_model
from tracker.clean.title_check import rules_only
from tracker.extract.learned.training import BLIND, trained_on
from tracker.read import iter_records
from tracker.reference import load_reference

ROOT = Path(__file__).resolve().parents[2] / "seeds"


def test_candidates_of_a_constructed_page() -> None:
    lines = [
        "남동구, 스마트 도시 추진",
        "[새벽소식] 남동구가 스마트 도시를 추진한다고 18일 밝혔다. " * 2,
        "홍길순 새벽소식 기자",
        "ⓒ아시아투데이, 무",
    ]
    found: dict[str, set[str]] = {}
    for c in candidates(lines, lines[1]):
        found.setdefault(c.value, set()).update(c.features)
    # an unknown name at the head of the lead and inside a byline; a known one in a notice cut short
    assert {"how=bracket_head", "how=name_outlet_reporter", "known=0", "shapes=2", "in_body=1"} <= found[
        "새벽소식"
    ]
    assert {"how=known", "how=copyright", "known=1", "bottom=0", "prev1=ⓒ"} <= found["아시아투데이"]


def test_the_shipped_model_is_there_and_held_out_sets_stay_out() -> None:
    assert load_model() is not None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["weights"] and not set(data["trained_on"]) & BLIND
    # features say where and how a name is printed, never which name
    names = {name.split("=", 1)[0] for name in data["weights"]}
    assert names <= {"how", "top", "bottom", "line_len", "len", "seen", "next2", "prev1", "known", "shapes",
                     "named", "suffix", "latin", "in_body", "how_top"}  # fmt: skip


def _outlet(path: Path, *, rules: bool) -> str | None:
    record = next(iter_records([str(path)]))
    if rules:
        with rules_only():
            return clean(record, load_reference()).meta.outlet
    return clean(record, load_reference()).meta.outlet


@pytest.mark.parametrize(
    ("relative", "outlet"),
    [
        ("set-ix/articles/ix-09-ccnnews.txt", "충청뉴스"),  # '충청뉴스 좋은 기사 후원하기' below the story
        (
            "set-jg/articles/jg-04-cunews.txt",
            "연합시민의소리",
        ),  # '[연합시민의소리]인천 연수구(구청장 고남석)는 …'
        ("set-ji/articles/ji-06-knnews.txt", "경남신문"),  # '자료사진./경남신문DB/'
    ],
)
def test_an_outlet_the_rules_miss_is_read(relative: str, outlet: str) -> None:
    # held-out sets: never trained on; each gold names this outlet
    assert relative.split("/")[0] not in trained_on(MODEL_PATH)
    path = ROOT / "extra-corpora" / relative
    assert _outlet(path, rules=True) is None
    assert _outlet(path, rules=False) == outlet


@pytest.mark.parametrize("path", sorted((ROOT / "corpus" / "articles").iterdir()), ids=lambda p: p.name)
def test_the_shipped_corpus_keeps_its_outlets(path: Path) -> None:
    assert _outlet(path, rules=False) == _outlet(path, rules=True)
