"""The learned slug re-ranker (tracker/extract/learned/slugs.py): its decision rule and its weights file."""

from __future__ import annotations

from tracker.extract.learned.slugs import SlugModel, decide, load_slug_model


def test_decide_keeps_and_adds_by_threshold() -> None:
    rows = [("jobs", ["a"]), ("welfare", ["b"]), ("youth-policy", ["c"])]
    assert decide(rows, ("jobs", "welfare"), [0.9, 0.2, 0.7], 0.5, 0.5) == ("jobs", "youth-policy")


def test_decide_never_leaves_a_claim_without_a_policy() -> None:
    rows = [("jobs", ["a"]), ("welfare", ["b"]), ("youth-policy", ["c"])]
    # all below: the rules' most probable slug stays, not a candidate the rules did not choose
    assert decide(rows, ("jobs", "welfare"), [0.1, 0.3, 0.4], 0.5, 0.5) == ("welfare",)


def test_shipped_model_loads_and_is_a_probability() -> None:
    model = load_slug_model()
    assert isinstance(model, SlugModel) and model.enabled
    p = model.probability(["bias", "src=rule", "hit=exact"])
    assert 0.0 <= p <= 1.0
