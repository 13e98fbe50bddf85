"""The learned speaker decision (tracker/extract/learned/speaker_choice.py): its features, that the rules decide
without a model, and the shipped model on real articles of the held-out sets (BLIND: never trained on)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.learned.model import ClaimModel
from tracker.extract.learned.speaker_choice import (
    MODEL_PATH,
    SpeakerCase,
    SpeakerChoice,
    features,
    load_model,
    recording,
)
from tracker.extract.learned.training import BLIND, trained_on
from tracker.extract.speakers import NARRATION, Speaker
from tracker.extract.units import split_units
from tracker.read import iter_records
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"

# Constructed: the mayor speaks, then the next sentence narrates a plan with no subject of its own.
TEXT = "권영진 대구시장은 “스마트시티를 만들겠다”고 말했다.\n\n시는 내년까지 관련 예산 100억 원을 투입할 계획이다."
MAYOR = Speaker("kwon-young-jin", "권영진 대구시장")


def _case(**kw: object) -> SpeakerCase:
    """Constructed: a narrated plan right after the mayor's quote."""
    fields: dict[str, object] = {
        "rule": False, "quoted": False, "sentence_quoted": False, "named_here": False, "other_named": False,
        "title_here": False, "distance": 1, "same_paragraph": False, "previous_is_person": True,
        "previous_quoted": True, "speakers": 1, "share": 1.0, "subject": "institution", "kind": "plan",
        "reason": "keyword", "paragraph": 1, "sentence": 1, "text": "시는 내년까지 100억 원을 투입할 계획이다.",
        "sentence_text": "시는 내년까지 100억 원을 투입할 계획이다.",
    }  # fmt: skip
    fields.update(kw)
    return SpeakerCase(**fields)  # type: ignore[arg-type]


def test_features_of_a_constructed_case() -> None:
    names = set(features(_case()))
    assert {"rule=0", "distance=1", "previous_is_person=1", "subject=institution", "kind=plan", "end2=이다",
            "w=계획이다", "rule_subject=0_institution", "speakers=1"} <= names  # fmt: skip
    assert "first_person" not in names and "w=밝혔다" not in names
    assert "first_person" in features(_case(text="저는 내년까지 끝내겠습니다."))


def _units_and_speakers() -> tuple[list, list[Speaker]]:
    units = split_units(TEXT)
    speakers = [MAYOR if u.quoted else NARRATION for u in units]
    return units, speakers


def test_the_subject_and_the_candidate_of_a_constructed_article() -> None:
    units, speakers = _units_and_speakers()
    seen: list[tuple[SpeakerCase, str]] = []
    with recording(lambda case, person, span: seen.append((case, person)), None):
        chosen = SpeakerChoice(TEXT, units, speakers, []).choose(len(units) - 1, "plan", "keyword")
    assert chosen == NARRATION  # no model attached: the rules' nobody stands
    ((case, person),) = seen
    assert person == "kwon-young-jin" and case.rule is False and case.subject == "institution"
    assert case.previous_is_person is True and case.previous_quoted is True and case.distance == 1


def test_an_attached_model_decides_both_ways() -> None:
    units, speakers = _units_and_speakers()
    last = len(units) - 1
    with recording(lambda *_: None, ClaimModel(weights={}, bias=5.0, threshold=0.6)):
        assert SpeakerChoice(TEXT, units, speakers, []).choose(last, "plan", "keyword") == MAYOR
    quoted = next(i for i, u in enumerate(units) if u.quoted)
    with recording(lambda *_: None, ClaimModel(weights={}, bias=-5.0, threshold=0.6)):
        assert SpeakerChoice(TEXT, units, speakers, []).choose(quoted, "plan", "keyword") == NARRATION


def test_no_candidate_no_case() -> None:
    units = split_units(TEXT)
    speakers = [NARRATION] * len(units)
    seen: list[object] = []
    with recording(lambda *args: seen.append(args), ClaimModel(weights={}, bias=5.0, threshold=0.6)):
        assert SpeakerChoice(TEXT, units, speakers, []).choose(len(units) - 1, "plan", "keyword") == NARRATION
    assert seen == []


def test_the_shipped_model_is_there() -> None:
    model = load_model()
    assert model is not None and model.weights
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert not set(data["trained_on"]) & BLIND  # the held-out sets stay held out


def _speakers(path: Path, *, learned: bool) -> dict[str, str | None]:
    reference = load_reference()
    article = clean(next(iter_records([str(path)])), reference)
    if learned:
        return {c.text: c.speaker_key for c in run(article, reference).claims}
    with recording(lambda *_: None, None):
        return {c.text: c.speaker_key for c in run(article, reference).claims}


@pytest.mark.parametrize(
    ("path", "start", "rules", "learned"),
    [
        # set-ht ht-01 (ifm, held out): the governor's plan narrated after his words, with no subject, is his
        ("set-ht/articles/ht-01-ifm.txt", "우선 오는 2027년까지 1천192억원의 예산을 투입해", None, "nam-kyung-pil"),
        # set-is is-01 (asiae, held out): what a county head does, narrated by the reporter, is nobody's claim (set-jk
        # jk-04 showed the same until 0.128.0's model learned from it)
        ("set-is/articles/is-01-asiae.txt", "정종복 군수는 이날 복지시설을 직접 둘러보고", "jeong-jong-bok", None),
    ],
)  # fmt: skip
def test_the_shipped_model_gives_held_out_claims_the_gold_speaker(
    path: str, start: str, rules: str | None, learned: str | None
) -> None:
    assert path.split("/")[0] not in trained_on(MODEL_PATH)
    by_rules = _speakers(SETS / path, learned=False)
    by_model = _speakers(SETS / path, learned=True)
    (text,) = [t for t in by_rules if t.startswith(start)]
    assert (by_rules[text], by_model[text]) == (rules, learned)
