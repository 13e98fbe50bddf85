"""The claim model's boosted trees (tracker/extract/learned/trees.py): the pure-Python sum against hand-made trees,
and against LightGBM's own probabilities for a booster trained on real units of the annotated sets."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from tracker.extract.learned.model import MODEL_PATH, ClaimModel
from tracker.extract.learned.trees import TreeEnsemble, from_lightgbm, leaf

# Constructed: two trees over three features.
TREES = [["quoted", -1.0, ["speaker", 0.5, 2.0]], ["end2=겠다", 0.0, 1.5]]


def test_a_unit_reaches_the_leaf_of_its_features() -> None:
    assert leaf(TREES[0], set()) == -1.0
    assert leaf(TREES[0], {"quoted"}) == 0.5
    assert leaf(TREES[0], {"quoted", "speaker"}) == 2.0


def test_the_ensemble_sums_its_leaves_and_its_start() -> None:
    ensemble = TreeEnsemble(TREES, init=0.25)
    assert ensemble.score(["quoted", "speaker", "end2=겠다"]) == pytest.approx(0.25 + 2.0 + 1.5)
    assert ensemble.score([]) == pytest.approx(0.25 - 1.0)
    assert ensemble.probability(["quoted"]) == pytest.approx(1 / (1 + math.exp(-(0.25 + 0.5))))
    assert ensemble.feature_names() == {"quoted", "speaker", "end2=겠다"}


def test_a_feature_name_is_data_not_code() -> None:
    odd = TreeEnsemble([["x' if 1 else 0 #", 0.0, 1.0]])
    assert odd.score(["x' if 1 else 0 #"]) == 1.0 and odd.score(["x"]) == 0.0


def test_a_claim_model_file_with_trees_loads_them() -> None:
    model = ClaimModel.from_json({"threshold": 0.6, "demote_below": 0.5, "init": 0.0, "trees": TREES})
    assert model.trees is not None
    assert model.probability(["quoted", "speaker"]) == pytest.approx(1 / (1 + math.exp(-2.0)))
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert (
        shipped["settings"]["learner"] == "trees" and len(shipped["trees"]) == shipped["settings"]["rounds"]
    )


def test_the_trees_give_lightgbm_s_probabilities_on_real_units() -> None:
    import lightgbm  # in the test extra: CI runs this, never skips it
    import numpy as np
    import scipy.sparse

    from tracker.extract.learned.training import build_dataset, vocabulary

    sets = Path(__file__).resolve().parents[2] / "seeds" / "extra-corpora"
    articles = build_dataset([sets / "set-a", sets / "set-b"])
    vocab = vocabulary(articles, 2, True)
    index = {f: k for k, f in enumerate(vocab)}
    rows = [(a, i) for a in articles for i in sorted(a.features)]
    cells = [(r, index[f]) for r, (a, i) in enumerate(rows) for f in set(a.features[i]) if f in index]
    matrix = scipy.sparse.csr_matrix(
        (np.ones(len(cells)), ([r for r, _ in cells], [c for _, c in cells])), shape=(len(rows), len(vocab))
    )
    labels = [float(a.labels[i]) for a, i in rows]
    params = {"objective": "binary", "num_leaves": 15, "verbose": -1, "num_threads": 1, "deterministic": True}
    booster = lightgbm.train(params, lightgbm.Dataset(matrix, labels), num_boost_round=20)
    ensemble = from_lightgbm(booster.dump_model(), vocab)
    expected = booster.predict(matrix)
    got = [ensemble.probability(a.features[i]) for a, i in rows]
    assert len(rows) > 100 and 0 < sum(labels) < len(rows)
    assert max(abs(g - e) for g, e in zip(got, expected, strict=True)) < 1e-4
