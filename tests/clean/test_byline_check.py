"""The learned byline check (tracker/clean/byline_check.py): its candidates and features, that the rules' byline
stands without the model, and the shipped model on real articles (held-out sets, never trained on, and the shipped
corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.clean.byline_check import MODEL_PATH, candidates, load_model
from tracker.clean.title_check import rules_only
from tracker.extract.learned.training import BLIND, trained_on
from tracker.read import iter_records
from tracker.reference import load_reference

ROOT = Path(__file__).resolve().parents[2] / "seeds"


def test_candidates_of_a_constructed_page() -> None:
    lines = [
        "남동구, 스마트 도시 추진",
        "2024-11-18     인천/ 홍길순기자",
        "",
        "박남춘 인천시장은 18일 스마트시티 사업을 확대하겠다고 밝혔다. " * 3,
    ]
    found = {c.name: set(c.features) for c in candidates(lines, lines[3], people=frozenset({"박남춘"}),
                                                         places=frozenset())}  # fmt: skip
    assert "홍길순" in found
    assert {"glued_title", "date_line", "after_sign", "top=1", "line_end"} <= found["홍길순"]
    # a long body line without a byline mark gives no candidate: the official is not read there
    assert "박남춘" not in found


def test_a_name_near_a_mark_on_a_long_line_is_a_candidate() -> None:
    body = "전주시가 청년 주택을 공급한다. " * 4
    lines = [body + "보도에 홍길순 기잡니다."]
    found = {c.name: set(c.features) for c in candidates(lines, "", people=frozenset(), places=frozenset())}
    assert {"title_after", "next2=기잡", "line_len=100"} <= found["홍길순"]


def test_the_shipped_model_is_there_and_held_out_sets_stay_out() -> None:
    assert load_model() is not None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["weights"] and not set(data["trained_on"]) & BLIND
    assert all("outlet" not in name for name in data["weights"])  # no outlet names


def _reporter(path: Path, *, rules: bool) -> str | None:
    record = next(iter_records([str(path)]))
    if rules:
        with rules_only():
            return clean(record, load_reference()).meta.reporter
    return clean(record, load_reference()).meta.reporter


@pytest.mark.parametrize(
    ("relative", "reporter"),
    [
        ("set-ho/articles/ho-01-jeonmae.txt", "맹창수"),  # '2024-11-18     인천/ 맹창수기자'
        ("set-jm/articles/jm-05-obntv.txt", "송철수"),  # '(하동=송철수 기자)' at the foot of the page
        ("set-jf/articles/jf-09-jejumbc.txt", "조인호"),  # '조인호 기자가 정리했습니다.'
    ],
)
def test_a_byline_the_rules_miss_is_read(relative: str, reporter: str) -> None:
    # held-out sets: never trained on; each gold names this reporter
    assert relative.split("/")[0] not in trained_on(MODEL_PATH)
    path = ROOT / "extra-corpora" / relative
    assert _reporter(path, rules=True) is None
    assert _reporter(path, rules=False) == reporter


def test_a_photographer_credit_is_not_taken_for_the_byline() -> None:
    # set-ik ik-05 (hankookilbo, held out): no byline; a caption ends '… 발표하고 있다. 류수현 기자', the photographer;
    # the gold has no reporter
    path = ROOT / "extra-corpora" / "set-ik" / "articles" / "ik-05-hankookilbo.txt"
    assert "set-ik" not in trained_on(MODEL_PATH)
    assert _reporter(path, rules=False) is None


@pytest.mark.parametrize("path", sorted((ROOT / "corpus" / "articles").iterdir()), ids=lambda p: p.name)
def test_the_shipped_corpus_keeps_its_bylines(path: Path) -> None:
    assert _reporter(path, rules=False) == _reporter(path, rules=True)
