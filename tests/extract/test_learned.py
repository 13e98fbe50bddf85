"""The learned claim model (tracker/extract/learned): features of a unit, the model's decision and the
policies of a unit it makes a claim, on constructed examples (marked as such); the shipped weights."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tracker.extract.learned.features import UnitView, article_features
from tracker.extract.learned.model import MODEL_PATH, ClaimModel, load_model, refine
from tracker.extract.policies.values import PolicyHit, UnitPolicies
from tracker.extract.units import Token
from tracker.reference import Reference, load_reference

CORPUS = Path(__file__).resolve().parents[2] / "seeds" / "corpus"


@cache
def reference() -> Reference:
    return load_reference()


def _view(text: str, tokens: list[tuple[str, str]], decision: UnitPolicies, **kw: object) -> UnitView:
    pos, toks = 0, []
    for form, tag in tokens:
        toks.append(Token(form, tag, pos, pos + len(form)))
        pos += len(form)
    fields = {"paragraph": 0, "sentence": 0, "quoted": False, "speaker": False, "eligible": True}
    fields.update(kw)
    return UnitView(text=text, tokens=tuple(toks), decision=decision, **fields)  # type: ignore[arg-type]


def _article() -> list[UnitView]:
    """Constructed: a claim about the smart city, then a narrated sentence with no keyword that goes on
    (`또 … 확대하겠다`), then a sentence the rules called an event that names fine dust."""
    claim = UnitPolicies(("smart-city",), 0.9, "keyword", (PolicyHit("smart-city", "스마트시티", 0, 5),))
    return [
        _view("스마트시티를 조성한다.", [("스마트시티", "NNG"), ("를", "JKO"), ("조성", "NNG"), ("하", "XSV"),
                                    ("ᆫ다", "EF"), (".", "SF")], claim),
        _view("또 서비스를 확대하겠다.", [("또", "MAJ"), ("서비스", "NNG"), ("를", "JKO"), ("확대", "NNG"),
                                     ("하", "XSV"), ("겠", "EP"), ("다", "EF"), (".", "SF")],
              UnitPolicies((), 0.0, "none"), paragraph=1, sentence=1),
        _view("미세먼지 토론회가 열렸다.", [("미세먼지", "NNG"), ("토론회", "NNG"), ("가", "JKS"), ("열리", "VV"),
                                      ("었", "EP"), ("다", "EF"), (".", "SF")],
              UnitPolicies((), 0.0, "event", (PolicyHit("fine-dust", "미세먼지", 0, 4),)),
              paragraph=2, sentence=2, quoted=True, speaker=True),
    ]  # fmt: skip


def test_features_of_a_constructed_article() -> None:
    views = _article()
    features = article_features(views, {"smart-city": "technology", "fine-dust": "environment"}, frozenset())
    assert sorted(features) == [0, 1, 2]
    going_on = set(features[1])
    assert {"bias", "reason=none", "no_hits", "prev1_claim", "dist=1", "first=또/MAJ", "fin=하/XSV",
            "fin=확대+하", "end=겠/EP", "end=다/EF", "m=확대/NNG"} <= going_on  # fmt: skip
    assert "rule_claim" not in going_on and "quoted" not in going_on
    event = set(features[2])
    assert {"reason=event", "hits", "dom=environment", "quoted", "speaker", "quoted_speaker", "dist=2",
            "fin=열리/VV", "no_claim_after"} <= event  # fmt: skip
    assert "rule_claim" in features[0] and "no_claim_before" in features[0]
    # no article ids, addresses or outlets: nothing but the unit, its neighbours and the rules
    only = article_features(views, {}, frozenset(), only=[1])
    assert list(only) == [1] and only[1] == features[1]


def test_model_promotes_with_own_or_carried_policies() -> None:
    views = _article()
    # constructed weights: going on right after a claim, or a quoted speaker, makes a claim
    model = ClaimModel(weights={"prev1_claim": 4.0, "quoted_speaker": 4.0}, bias=-2.0, threshold=0.8)
    decided = refine(views, frozenset(), reference(), model=model)
    assert decided[0] == views[0].decision  # the rules' claims stay as they are
    assert decided[1].slugs == ("smart-city",) and decided[1].reason == "learned"  # the claim before's
    assert decided[2].slugs == ("fine-dust",)  # its own keyword
    assert refine(views, frozenset(), reference(), model=None) == [v.decision for v in views]
    strict = ClaimModel(weights=model.weights, bias=-2.0, threshold=0.99)
    assert refine(views, frozenset(), reference(), model=strict) == [v.decision for v in views]


def test_model_drops_a_rule_claim_it_finds_unlikely() -> None:
    views = _article()
    # constructed weights: a unit with no claim before it is unlikely to be one (the first unit, a rule claim)
    model = ClaimModel(weights={"no_claim_before": -6.0}, bias=2.0, threshold=0.99, demote_below=0.45)
    decided = refine(views, frozenset(), reference(), model=model)
    assert decided[0].slugs == () and decided[0].reason == "demoted"
    assert decided[0].hits == views[0].decision.hits  # what the rules found stays readable
    assert decided[1:] == [v.decision for v in views[1:]]  # no rule claim there; none promoted at 0.99
    keep = ClaimModel(weights=model.weights, bias=2.0, threshold=0.99)  # demote_below 0: the rules' claims stay
    assert refine(views, frozenset(), reference(), model=keep) == [v.decision for v in views]


def test_shipped_weights_load_and_decide_deterministically() -> None:
    assert MODEL_PATH.exists()
    model = load_model()
    assert model is not None and 0.0 < model.threshold < 1.0 and model.weights
    assert all(isinstance(w, float) for w in model.weights.values())
    features = article_features(_article(), {}, frozenset())
    first = [model.probability(f) for f in features.values()]
    assert first == [model.probability(f) for f in features.values()]
    assert all(0.0 <= p <= 1.0 for p in first)


def test_extraction_with_the_model_is_deterministic() -> None:
    from tracker.clean import clean
    from tracker.extract import run
    from tracker.read import iter_records

    path = sorted((CORPUS / "articles").iterdir())[0]
    article = clean(next(iter_records([str(path)])), reference())
    assert run(article, reference()) == run(article, reference())


def test_the_shipped_threshold_promotes_a_held_out_gold_claim() -> None:
    """0.81.0 lowered the promotion threshold to 0.65 and 0.138.0 to 0.5 (each chosen on sets the model never learned
    from): set-hu hu-02 (localsegye, held out) has a head's plan with no keyword of the taxonomy that the gold makes a
    claim, which the model scores between 0.65 and 0.8 (no claim at 0.80.0)."""
    import json

    from tracker.clean import clean
    from tracker.extract import run
    from tracker.read import iter_records

    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert "set-hu" not in data["trained_on"] and data["threshold"] == 0.5
    sets = CORPUS.parent / "extra-corpora"
    quote = "2차 사업을 추가로 발굴하여 ‘부산청년 우리집’ 조성을 확대해 나아가겠다"
    gold = json.loads((sets / "set-hu" / "gold" / "hu-02-localsegye.txt.json").read_text(encoding="utf-8"))
    assert any(quote in c["quote"] for c in gold["claims"])
    path = sets / "set-hu" / "articles" / "hu-02-localsegye.txt"
    claims = run(clean(next(iter_records([str(path)])), reference()), reference()).claims
    (promoted,) = [c for c in claims if quote in c.text]
    assert promoted.confidence == 0.3  # a claim the model made, not the rules
