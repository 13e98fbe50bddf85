"""The learned event-day decision (tracker/extract/learned/event_day.py): its features, that the rules decide
without a model, and the shipped model on real articles of the held-out sets (BLIND: never trained on)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from tracker.clean import clean
from tracker.extract import run
from tracker.extract.learned.event_day import (
    MODEL_PATH,
    EventDayCase,
    features,
    load_model,
    recording,
    takes_event_day,
)
from tracker.extract.learned.model import ClaimModel
from tracker.extract.learned.training import BLIND, trained_on
from tracker.read import iter_records
from tracker.reference import load_reference

SETS = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"


def _case(**kw: object) -> EventDayCase:
    """Constructed: a narrated plan in the lead of a story on a meeting held two days before publication."""
    fields: dict[str, object] = {
        "rule": False, "kind": "plan", "quoted": False, "has_speaker": False, "speaker_text": False,
        "reported": False, "announced": False, "in_lead": True, "source": False, "past": False, "gap": 2,
        "sentence": 0, "text": "시는 내년까지 스마트시티 사업을 추진한다.",
        "sentence_text": "시는 내년까지 스마트시티 사업을 추진한다.",
        "lead": "시는 25일 열린 간담회에서 이같이 밝혔다.", "subheadline": False, "previous_is_event": None,
        "scene": False,
    }  # fmt: skip
    fields.update(kw)
    return EventDayCase(**fields)  # type: ignore[arg-type]


def test_features_of_a_constructed_case() -> None:
    names = set(features(_case()))
    assert {"rule=0", "kind=plan", "lead=1", "gap=2", "sentence=0", "end2=한다", "end3=진한다", "w=한다",
            "previous_is_event=none", "kind_lead=plan_1", "lead_w=열린", "lead_w=간담회", "lead_w=밝혔다"} <= names  # fmt: skip
    assert "w=계획" not in names and "lead_w=따르면" not in names


def test_without_a_model_the_rules_decide() -> None:
    seen: list[EventDayCase] = []
    with recording(lambda case, *_: seen.append(case), None):
        assert takes_event_day(_case(rule=True), date(2024, 3, 25), date(2024, 3, 27), (0, 10)) is True
        assert takes_event_day(_case(rule=False), date(2024, 3, 25), date(2024, 3, 27), (0, 10)) is False
    assert [c.rule for c in seen] == [True, False]


def test_an_attached_model_decides() -> None:
    always_event = ClaimModel(weights={}, bias=5.0, threshold=0.5)
    with recording(lambda *_: None, always_event):
        assert takes_event_day(_case(rule=False), date(2024, 3, 25), date(2024, 3, 27), (0, 10)) is True


def test_the_shipped_model_is_there() -> None:
    model = load_model()
    assert model is not None and model.weights
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert not set(data["trained_on"]) & BLIND  # the held-out sets stay held out


def _dates(path: Path, *, learned: bool) -> dict[str, date | None]:
    reference = load_reference()
    article = clean(next(iter_records([str(path)])), reference)
    if learned:
        return {c.text: c.date for c in run(article, reference).claims}
    with recording(lambda *_: None, None):
        return {c.text: c.date for c in run(article, reference).claims}


@pytest.mark.parametrize(
    ("path", "text", "rules", "learned"),
    [
        # set-im im-07 (segye, held out): the county's plans narrated after a lead on the day before publication
        # take that day, as the gold dates them
        ("set-im/articles/im-07-segye.txt", "향후 방침으로는 근대문화유산 재정비에 두기로 했다.", "2022-07-14",
         "2022-07-13"),
        # set-ii ii-03 (maeil, held out): a head's closing pledge the story quotes is dated by the publication day
        ("set-ii/articles/ii-03-maeil.txt",
         "전통시장 활성화를 위한 지원사업과 시설개선 등을 통해 찾고 싶은 전통시장이 될 수 있도록 최선의 노력을 다하겠다",
         "2019-10-18", "2019-10-22"),
    ],
)  # fmt: skip
def test_the_shipped_model_dates_held_out_claims_as_the_gold_does(
    path: str, text: str, rules: str, learned: str
) -> None:
    assert path.split("/")[0] not in trained_on(MODEL_PATH)
    assert _dates(SETS / path, learned=False)[text].isoformat() == rules  # type: ignore[union-attr]
    assert _dates(SETS / path, learned=True)[text].isoformat() == learned  # type: ignore[union-attr]
