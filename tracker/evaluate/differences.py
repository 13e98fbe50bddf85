"""Where a prediction and its gold file disagree, item by item: what `tracker eval --errors` lists.

The scores say how much is wrong; a curator fixing a rule or checking a gold label needs to see which
claim was missed, which sentence was taken for a claim, and which field of a matched claim differs. The
pairing is the scorer's own (`match_claims`), so every line here is one count in the scores.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from tracker.evaluate.scorer import METADATA_FIELDS, PredictedArticle, _metadata, _person, match_claims


@dataclass(frozen=True)
class Difference:
    article: str
    what: str  # 'missed claim' | 'extra claim' | 'speaker' | 'date' | 'kind' | 'policies' | 'officials' | metadata field
    where: str  # the gold quote or the predicted text it is about ('' for article-level fields)
    gold: str
    predicted: str

    def line(self) -> str:
        where = f" «{_short(self.where)}»" if self.where else ""
        return f"{self.article}: {self.what}{where}: gold {self.gold} / predicted {self.predicted}"


def differences(
    gold: Mapping, predicted: PredictedArticle, person_names: Mapping[str, str]
) -> list[Difference]:
    """Every disagreement of one article, in the order: metadata, officials, claims."""
    name = predicted.name
    out: list[Difference] = []
    got_meta = _metadata(gold.get("metadata", {}), predicted.metadata)
    for field_name in METADATA_FIELDS:
        if got_meta[field_name].correct != got_meta[field_name].total:
            want = gold.get("metadata", {}).get(field_name)
            out.append(
                Difference(name, field_name, "", _show(want), _show(predicted.metadata.get(field_name)))
            )
    want_people = {_person(k, person_names) for k in gold.get("officials", [])}
    got_people = {_person(k, person_names) for k in predicted.officials}
    if want_people != got_people:
        out.append(
            Difference(
                name,
                "officials",
                "",
                _show(sorted(map(str, want_people))),
                _show(sorted(map(str, got_people))),
            )
        )
    gold_claims = list(gold.get("claims", []))
    pred_claims = list(predicted.claims)
    pairs = match_claims([c["quote"] for c in gold_claims], [c.text for c in pred_claims])
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}
    for g, want in enumerate(gold_claims):
        if g not in matched_gold:
            out.append(Difference(name, "missed claim", want["quote"], _claim(want), "nothing"))
    for p, got in enumerate(pred_claims):
        if p not in matched_pred:
            out.append(Difference(name, "extra claim", got.text, "no claim", _show(list(got.policies))))
    for g, p in pairs:
        want, got = gold_claims[g], pred_claims[p]
        quote = want["quote"]
        w_spk, g_spk = _person(want.get("speaker"), person_names), _person(got.speaker, person_names)
        if w_spk != g_spk:
            out.append(Difference(name, "speaker", quote, _show(w_spk), _show(g_spk)))
        if want.get("date") != got.date:
            out.append(Difference(name, "date", quote, _show(want.get("date")), _show(got.date)))
        if want.get("kind") != got.kind:
            out.append(Difference(name, "kind", quote, _show(want.get("kind")), _show(got.kind)))
        if set(want.get("policies", [])) != set(got.policies):
            out.append(
                Difference(
                    name,
                    "policies",
                    quote,
                    _show(sorted(want.get("policies", []))),
                    _show(sorted(got.policies)),
                )
            )
    return out


def _claim(want: Mapping) -> str:
    return f"{_show(sorted(want.get('policies', [])))} {want.get('kind')}"


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return "[" + ", ".join(map(str, value)) + "]"
    return str(value)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
