"""The scorer on constructed gold/prediction pairs (constructed: small, hand-made, not corpus articles)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tracker.evaluate.scorer import (
    ArticleScores,
    PredictedArticle,
    PredictedClaim,
    match_claims,
    score_article,
    total,
)

NAMES = {"kwon-young-jin": "권영진", "kwon-young-jin-dup": "권영진", "hong-joon-pyo": "홍준표"}


def gold_article(**overrides: object) -> dict:
    gold = {
        "article": "constructed.txt",
        "metadata": {
            "headline": '권영진, "우리의 운명은 우리가 개척"',
            "published": "2018-03-13T18:29+09:00",
            "reporter": "박성원",
            "outlet": "브레이크뉴스",
            "jurisdiction": "27",
        },
        "officials": ["kwon-young-jin"],
        "claims": [
            {
                "quote": "스마트시티는 관에서",
                "speaker": "kwon-young-jin",
                "date": "2018-03-13",
                "policies": ["smart-city"],
                "kind": "statement",
            },
            {
                "quote": "오픈플랫폼으로 가야 한다",
                "speaker": "kwon-young-jin",
                "date": "2018-03-13",
                "policies": ["smart-city"],
                "kind": "plan",
            },
            {
                "quote": "미세먼지 30%절감",
                "speaker": None,
                "date": "2018-03-13",
                "policies": ["fine-dust", "dementia-care"],
                "kind": "achievement",
            },
        ],
    }
    gold.update(overrides)
    return gold


def metadata(**overrides: object) -> dict:
    meta = {
        "headline": '권영진,  "우리의 운명은 우리가 개척"',  # whitespace differs: still equal
        "published": "2018-03-13T18:29:00+09:00",
        "reporter": "박성원",
        "outlet": "브레이크뉴스",
        "jurisdiction": "27",
    }
    meta.update(overrides)
    return meta


def test_constructed_perfect_prediction_scores_one() -> None:
    predicted = PredictedArticle(
        name="constructed.txt",
        metadata=metadata(),
        officials=frozenset({"kwon-young-jin"}),
        claims=(
            PredictedClaim(
                "“스마트시티는  관에서 절대로 주도를 못한다.",
                "kwon-young-jin",
                "2018-03-13",
                ("smart-city",),
                "statement",
            ),
            PredictedClaim(
                "우리의 스마트시티는 전부 오픈플랫폼으로 가야 한다.",
                "kwon-young-jin",
                "2018-03-13",
                ("smart-city",),
                "plan",
            ),
            PredictedClaim(
                "치매국가책임제, 미세먼지 30%절감 배출 정책",
                None,
                "2018-03-13",
                ("dementia-care", "fine-dust"),
                "achievement",
            ),
        ),
    )
    s = score_article(gold_article(), predicted, NAMES)
    assert (s.claims.tp, s.claims.fp, s.claims.fn) == (3, 0, 0)
    assert s.policies.f1 == 1.0
    assert s.speaker_accuracy.value == 1.0
    assert (s.speakers.tp, s.speakers.fp, s.speakers.fn) == (2, 0, 0)  # the null-speaker claim is left out
    assert s.date_accuracy.value == s.kind_accuracy.value == s.officials.f1 == 1.0
    assert all(r.value == 1.0 for r in s.metadata.values())


def test_constructed_paragraph_claim_matches_only_once() -> None:
    # one paragraph-sized prediction contains two gold quotes: one-to-one matching counts it once
    paragraph = "스마트시티는 관에서 절대로 주도를 못한다. 우리의 스마트시티는 전부 오픈플랫폼으로 가야 한다."
    predicted = PredictedArticle(
        "constructed.txt", claims=(PredictedClaim(paragraph, None, None, ("smart-city",)),)
    )
    s = score_article(gold_article(), predicted, NAMES)
    assert (s.claims.tp, s.claims.fp, s.claims.fn) == (1, 0, 2)
    assert s.claims.precision == 1.0
    assert s.claims.recall == pytest.approx(1 / 3)
    # policies: 1 matched pair right, the two unmatched gold claims' 3 policies are misses
    assert (s.policies.tp, s.policies.fp, s.policies.fn) == (1, 0, 3)


def test_constructed_maximum_matching_beats_greedy() -> None:
    # greedy would give prediction 0 to quote 0 and leave quote 1 unmatched
    pairs = match_claims(["가", "가나"], ["가나다", "가 라"])
    assert pairs == [(0, 1), (1, 0)]


def test_constructed_speaker_scores_compare_people_by_name() -> None:
    gold = gold_article()
    predicted = PredictedArticle(
        "constructed.txt",
        claims=(
            PredictedClaim(
                "스마트시티는 관에서", "kwon-young-jin-dup", "2018-03-13", ("smart-city",), "statement"
            ),
            PredictedClaim("오픈플랫폼으로 가야 한다", None, "2018-03-12", ("smart-city",), "statement"),
            PredictedClaim("미세먼지 30%절감", "hong-joon-pyo", "2018-03-13", ("fine-dust",), "achievement"),
        ),
    )
    s = score_article(gold, predicted, NAMES)
    assert (s.speaker_accuracy.correct, s.speaker_accuracy.total) == (1, 3)
    # same name counts; a missed official is a miss; an invented official is a false alarm
    assert (s.speakers.tp, s.speakers.fp, s.speakers.fn) == (1, 1, 1)
    assert (s.date_accuracy.correct, s.kind_accuracy.correct) == (2, 2)
    assert (s.policies.tp, s.policies.fp, s.policies.fn) == (3, 0, 1)


def test_constructed_unmatched_prediction_counts_its_policies_as_false_alarms() -> None:
    predicted = PredictedArticle(
        "constructed.txt",
        claims=(PredictedClaim("우리의 운명은 우리가 개척한다", None, None, ("smart-city", "jobs")),),
    )
    s = score_article(gold_article(), predicted, NAMES)
    assert (s.claims.tp, s.claims.fp, s.claims.fn) == (0, 1, 3)
    assert (s.policies.tp, s.policies.fp, s.policies.fn) == (0, 2, 4)


@pytest.mark.parametrize(
    ("gold_published", "predicted", "ok"),
    [
        ("2018-03-13T18:29+09:00", datetime(2018, 3, 13, 9, 29, tzinfo=UTC), True),  # same instant
        ("2018-03-13T18:29+09:00", "2018-03-13", False),  # gold has a time: a date alone is not enough
        # gold gives the minute: the seconds a page also prints are within it (set-dc dc-01: 17:28:50)
        ("2018-03-13T18:29+09:00", "2018-03-13T18:29:50+09:00", True),
        ("2018-03-13T18:29+09:00", "2018-03-13T18:30:00+09:00", False),
        ("2018-03-13T18:29:05+09:00", "2018-03-13T18:29:50+09:00", False),  # gold gives the second
        ("2022-11-08", "2022-11-08T23:30:00+09:00", True),  # gold has a date: same Seoul date
        ("2022-11-08", datetime(2022, 11, 8, 16, 0, tzinfo=UTC), False),  # 01:00 on the 9th in Seoul
        ("2022-11-08", date(2022, 11, 8), True),
        (None, None, True),
        (None, "2022-11-08", False),
        ("2021-05", "2021-05", True),  # a month-only date (set-g g-01's page store)
        ("2021-05", "2021-05-20", False),  # a day the text does not give is no match
        ("2021-05", datetime(2021, 5, 1, tzinfo=UTC), False),
    ],
)
def test_constructed_published(gold_published: str | None, predicted: object, ok: bool) -> None:
    gold = gold_article(metadata={**gold_article()["metadata"], "published": gold_published})
    s = score_article(
        gold, PredictedArticle("constructed.txt", metadata=metadata(published=predicted)), NAMES
    )
    assert s.metadata["published"].value == (1.0 if ok else 0.0)


def test_constructed_null_metadata_must_be_predicted_null() -> None:
    gold = gold_article(metadata={**gold_article()["metadata"], "reporter": None, "outlet": None})
    s = score_article(gold, PredictedArticle("c", metadata=metadata(reporter=None)), NAMES)
    assert s.metadata["reporter"].value == 1.0
    assert s.metadata["outlet"].value == 0.0


def test_constructed_officials_f1() -> None:
    gold = gold_article(officials=["kwon-young-jin", "hong-joon-pyo"])
    predicted = PredictedArticle("c", officials=frozenset({"kwon-young-jin", "yoo-jeong-bok"}))
    s = score_article(gold, predicted, NAMES)
    assert (s.officials.tp, s.officials.fp, s.officials.fn) == (1, 1, 1)


def test_constructed_total_adds_counts_over_articles() -> None:
    perfect = PredictedArticle("a", metadata=metadata(), officials=frozenset({"kwon-young-jin"}))
    empty = PredictedArticle("b")
    t = total([score_article(gold_article(), perfect, NAMES), score_article(gold_article(), empty, NAMES)])
    assert t.articles == 2
    assert (t.claims.tp, t.claims.fn) == (0, 6)
    assert t.metadata["reporter"].value == 0.5
    assert t.officials.f1 == pytest.approx(2 / 3)
    assert set(t.figures()) >= {"claim_f1", "policy_f1", "speaker_f1", "speaker_accuracy", "date_accuracy"}


def test_constructed_differences_list_each_disagreement_once() -> None:
    from tracker.evaluate.differences import differences

    predicted = PredictedArticle(
        name="constructed.txt",
        metadata=metadata(reporter="선임"),
        officials=frozenset({"kwon-young-jin", "hong-joon-pyo"}),
        claims=(
            PredictedClaim(
                "“스마트시티는 관에서 절대로 주도를 못한다.",
                "kwon-young-jin",
                "2018-03-12",
                ("smart-city",),
                "statement",
            ),
            PredictedClaim("미세먼지 30%절감을 이뤘다.", None, "2018-03-13", ("fine-dust",), "plan"),
            PredictedClaim(
                "우리의 운명은 우리가 개척한다.", None, "2018-03-13", ("smart-city",), "statement"
            ),
        ),
    )
    found = differences(gold_article(), predicted, NAMES)
    assert [(d.what, d.where, d.gold, d.predicted) for d in found] == [
        ("reporter", "", "박성원", "선임"),
        ("officials", "", "[권영진]", "[권영진, 홍준표]"),
        ("missed claim", "오픈플랫폼으로 가야 한다", "[smart-city] plan", "nothing"),
        ("extra claim", "우리의 운명은 우리가 개척한다.", "no claim", "[smart-city]"),
        ("date", "스마트시티는 관에서", "2018-03-13", "2018-03-12"),
        ("kind", "미세먼지 30%절감", "achievement", "plan"),
        ("policies", "미세먼지 30%절감", "[dementia-care, fine-dust]", "[fine-dust]"),
    ]
    # as many missed/extra claims as the scorer counts
    scores = score_article(gold_article(), predicted, NAMES)
    assert sum(d.what == "missed claim" for d in found) == scores.claims.fn
    assert sum(d.what == "extra claim" for d in found) == scores.claims.fp


def test_constructed_bootstrap_interval_spans_the_spread_of_articles() -> None:
    from tracker.evaluate.interval import bootstrap_intervals

    perfect = PredictedArticle("a", metadata=metadata(), officials=frozenset({"kwon-young-jin"}))
    empty = PredictedArticle("b")
    right = score_article(gold_article(), perfect, NAMES)
    wrong = score_article(gold_article(), empty, NAMES)
    # all articles alike: every resample is the same sample, the interval is the point
    same = bootstrap_intervals([right] * 5)
    assert same["metadata_reporter"] == (1.0, 1.0)
    # half right, half wrong: the interval holds the pooled value and is wide on 6 articles
    mixed = [right, wrong] * 3
    intervals = bootstrap_intervals(mixed)
    low, high = intervals["metadata_reporter"]
    assert low < total(mixed).figures()["metadata_reporter"] == 0.5 < high
    assert high - low >= 0.5
    assert bootstrap_intervals(mixed) == intervals  # fixed seed: the same scores give the same interval
    assert bootstrap_intervals([]) == {}


def test_constructed_paired_difference_of_two_runs() -> None:
    from tracker.evaluate.interval import paired_difference_intervals

    perfect = PredictedArticle("a", metadata=metadata(), officials=frozenset({"kwon-young-jin"}))
    empty = PredictedArticle("a")

    def run(predicted: PredictedArticle, names: list[str]) -> list:
        s = score_article(gold_article(), predicted, NAMES)
        return [ArticleScores(**{**s.__dict__, "name": n}) for n in names]

    names = [f"article-{k}" for k in range(6)]
    # every article better in the second run: the difference and its whole interval are above zero
    better = paired_difference_intervals(run(perfect, names), run(empty, names))
    change, low, high = better["metadata_reporter"]
    assert change == 1.0 and low == high == 1.0
    # the same run twice: no change; articles only in one run are left out
    same = paired_difference_intervals(run(empty, names), run(empty, names[:3]))
    assert same["claim_f1"] == (0.0, 0.0, 0.0)
    assert paired_difference_intervals(run(empty, names), []) == {}
