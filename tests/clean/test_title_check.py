"""The learned title check (tracker/clean/title_check.py): its features, that the rules' title stands without the
model, and the shipped model on real articles (a held-out set, never trained on, and the shipped corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.title_check import MODEL_PATH, features, load_model, rules_only
from tracker.extract.learned.training import BLIND, trained_on
from tracker.read import iter_records
from tracker.reference import load_reference

ROOT = Path(__file__).resolve().parents[2] / "seeds"


def test_features_of_a_constructed_page() -> None:
    lines = [
        "올해 상반기 535명 전입",
        "50~60대, 진주·부산·서울·경기서 유입 많아",
        "",
        "경남 산청군의 귀농 인구가 늘었다.",
    ]
    names = set(
        features(
            lines[0],
            lines,
            "경남 산청군의 귀농 인구가 늘었다.",
            subheadline=True,
            places=frozenset({"산청군"}),
            people=frozenset({"이승화"}),
        )
    )
    assert {"pos=0", "next_title_like=1", "has_digit", "subheadline=1", "words=4", "first=올해"} <= names
    assert not {"names_place", "comma_subject", "names_person", "digit_start"} & names
    titled = set(features("산청군, 귀농 인구 늘어", ["산청군, 귀농 인구 늘어"], "", subheadline=False,
                          places=frozenset({"산청군"}), people=frozenset()))  # fmt: skip
    assert {"comma_subject", "names_place", "no_next", "pos=0"} <= titled


def test_the_shipped_model_is_there_and_held_out_sets_stay_out() -> None:
    assert load_model() is not None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["weights"] and not set(data["trained_on"]) & BLIND
    assert all("outlet" not in name for name in data["weights"])  # no outlet names


def _meta(path: Path, *, rules: bool):
    record = next(iter_records([str(path)]))
    if rules:
        with rules_only():
            return clean(record, load_reference()).meta
    return clean(record, load_reference()).meta


def test_a_subheadline_taken_for_the_title_is_kept_as_the_subheadline() -> None:
    # set-il il-08 (jjan, held out): the scrape starts below the page's title; its gold has no headline
    path = ROOT / "extra-corpora" / "set-il" / "articles" / "il-08-jjan.txt"
    assert "set-il" not in trained_on(MODEL_PATH)
    assert _meta(path, rules=True).headline == "3일 시청 브리핑룸서 기자회견"
    meta = _meta(path, rules=False)
    assert meta.headline is None
    assert meta.subheadline is not None and meta.subheadline.startswith("3일 시청 브리핑룸서 기자회견")


@pytest.mark.parametrize("path", sorted((ROOT / "corpus" / "articles").iterdir())[:6], ids=lambda p: p.name)
def test_the_shipped_corpus_keeps_its_titles(path: Path) -> None:
    assert _meta(path, rules=False).headline == _meta(path, rules=True).headline
