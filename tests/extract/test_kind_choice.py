"""The learned kind decision (tracker/extract/learned/kind_choice.py): the rules decide without a model, an attached
model decides, and the shipped model on real articles of sets it was never trained on (held out: BLIND)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.learned.kind_choice import (
    KINDS,
    MODEL_PATH,
    KindModel,
    choose_kind,
    features,
    load_model,
    recording,
)
from tracker.extract.learned.training import BLIND, trained_on
from tracker.read import iter_records
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"
UNIT = ["m=운영/NNG", "fin=운영/NNG", "end=ㄴ다/EF"]  # constructed: the features of a narrated `… 운영한다`


def test_the_rules_kind_is_a_feature() -> None:
    assert features(UNIT, "statement") == [*UNIT, "rule_kind=statement"]


def test_without_a_model_the_rules_decide() -> None:
    seen: list[tuple[list[str], str]] = []
    with recording(lambda names, rule, span: seen.append((names, rule)), None):
        assert choose_kind(UNIT, "statement", (0, 10)) == "statement"
    assert seen == [([*UNIT, "rule_kind=statement"], "statement")]


def test_an_attached_model_picks_the_likeliest_kind() -> None:
    plan_for_ending = KindModel(kinds={k: ({"end=ㄴ다/EF": 3.0} if k == "plan" else {}, 0.0) for k in KINDS})
    with recording(lambda *_: None, plan_for_ending):
        assert choose_kind(UNIT, "statement", (0, 10)) == "plan"
        assert choose_kind(["end=었/EP"], "statement", (0, 10)) in KINDS


def test_the_shipped_model_is_there() -> None:
    model = load_model()
    assert model is not None and set(model.kinds) == set(KINDS)
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert not set(data["trained_on"]) & BLIND  # the held-out sets stay held out


def _kinds(path: Path, *, learned: bool) -> dict[str, str]:
    reference = load_reference()
    article = clean(next(iter_records([str(path)])), reference)
    if learned:
        return {c.text: c.kind for c in run(article, reference).claims}
    with recording(lambda *_: None, None):
        return {c.text: c.kind for c in run(article, reference).claims}


@pytest.mark.parametrize(
    ("path", "start", "rules", "learned"),
    [
        # set-ib ib-08 (ndaily, held out): a result of last year told as a fact the rules left a statement
        ("set-ib/articles/ib-08-ndaily.txt", "지난해 지역화폐 발행에 200억원을 투자해", "statement", "achievement"),
        # set-it it-02 (gukjenews, held out): an intention ending in `… 생각` (`이끌어 갈 생각이다`)
        ("set-it/articles/it-02-gukjenews.txt", "최우선 고객이자 협력자로 전기차 이용자들과", "statement", "plan"),
    ],
)  # fmt: skip
def test_the_shipped_model_gives_held_out_claims_the_gold_kind(
    path: str, start: str, rules: str, learned: str
) -> None:
    assert path.split("/")[0] not in trained_on(MODEL_PATH)
    by_rules = _kinds(SETS / path, learned=False)
    by_model = _kinds(SETS / path, learned=True)
    (text,) = [t for t in by_rules if t.startswith(start)]
    assert (by_rules[text], by_model[text]) == (rules, learned)
