"""The learned words proposer of policies (tracker/extract/learned/slug_words.py): its features, that it only
adds slugs to claims, its trainer's file and the shipped weights on held-out text."""

from __future__ import annotations

import json
from dataclasses import dataclass

from tracker.extract.learned.slug_words import SlugWordsModel, add_words, load_slug_words, words
from tracker.extract.learned.slug_words_training import WordsArticle, to_json, train
from tracker.extract.policies.values import UnitPolicies


@dataclass(frozen=True)
class Tok:
    form: str
    tag: str
    start: int = 0
    end: int = 0


# constructed: the tokens Kiwi gives for `청년 농업인을 지원한다`
YOUNG_FARMERS = [
    Tok("청년", "NNG"),
    Tok("농업인", "NNG"),
    Tok("을", "JKO"),
    Tok("지원", "NNG"),
    Tok("하", "XSV"),
]


def test_words_are_content_morphemes_and_noun_pairs() -> None:
    assert words(YOUNG_FARMERS) == {"m:청년", "m:농업인", "m:지원", "b:청년_농업인", "b:농업인_지원"}


def _model(threshold: float = 0.5) -> SlugWordsModel:
    return SlugWordsModel(
        weights={"m:청년": {"youth-policy": 3.0}, "m:농업인": {"agriculture": 3.0}},
        biases={"youth-policy": -1.0, "agriculture": -1.0, "housing": -1.0},
        threshold=threshold,
    )


def test_adds_what_the_words_propose_to_claims_only() -> None:
    claim = UnitPolicies(("agriculture",), 0.9, "keyword")
    not_claim = UnitPolicies((), 0.0, "none")
    out = add_words([words(YOUNG_FARMERS)] * 2, [claim, not_claim], _model())
    assert out[0].slugs == ("agriculture", "youth-policy")  # the rules' slugs first, then the added ones
    assert out[0].reason == "keyword"
    assert out[1] is not_claim  # which units are claims is not the proposer's decision


def test_nothing_added_below_the_threshold_or_without_a_model() -> None:
    claim = UnitPolicies(("agriculture",), 0.9, "keyword")
    assert add_words([words(YOUNG_FARMERS)], [claim], _model(threshold=0.99))[0] is claim
    assert add_words([words(YOUNG_FARMERS)], [claim], None)[0] is claim


def test_trainer_learns_a_word_and_its_file_reads_back() -> None:
    feats = [frozenset({"m:청년", "m:지원"}), frozenset({"m:농업", "m:지원"})]
    articles = [
        WordsArticle(
            "set-x",
            f"x-{k}",
            {},
            ["", ""],
            feats,
            [UnitPolicies(("jobs",), 1.0, "keyword")] * 2,
            {0: frozenset({"youth-policy"}), 1: frozenset({"agriculture"})},
        )
        for k in range(6)
    ]
    settings = {
        "min_count": 2,
        "min_positive": 5,
        "l2": 0.1,
        "lr": 0.1,
        "epochs": 200,
        "threshold": 0.5,
        "min_weight": 0.0,
    }
    model = train(articles, settings)
    assert model.probabilities(feats[0])["youth-policy"] > 0.5 > model.probabilities(feats[1])["youth-policy"]
    again = SlugWordsModel.from_json(json.loads(to_json(model, settings, ["set-x"])))
    assert again == model


def test_shipped_model_proposes_youth_policy_for_young_farmers() -> None:
    """Held-out text (set-co `co-05`, a blind judge never trained on): the keyword rules tag it agriculture
    only, the gold adds youth policy for `청년 농업인`."""
    from tracker.extract.kiwi import get_kiwi

    model = load_slug_words()
    assert model is not None
    tokens = get_kiwi().tokenize(
        "청년 농업인을 안정적으로 정착시키고 스마트농업 전문인재로 양성하는 것을 핵심 목표로 삼고 있다"
    )
    assert "youth-policy" in model.proposed(words(tokens))
