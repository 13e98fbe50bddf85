"""The scorer of `seeds/corpus/README.md` ("How a run is scored"), as pure functions.

A prediction is plain values (`PredictedArticle`), so the same scorer grades the pure pipeline
(`evaluate_corpus`) and what comes back from a database (`tracker eval`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

SEOUL = ZoneInfo("Asia/Seoul")
METADATA_FIELDS = ("headline", "published", "reporter", "outlet", "jurisdiction")


@dataclass(frozen=True)
class PredictedClaim:
    text: str
    speaker: str | None = None  # person key
    date: str | None = None  # ISO date
    policies: tuple[str, ...] = ()
    kind: str | None = None


@dataclass(frozen=True)
class PredictedArticle:
    """What an extractor said about one article; `metadata` uses the gold field names
    (`published` may be an ISO string or a datetime/date)."""

    name: str
    metadata: dict[str, object] = field(default_factory=dict)
    officials: frozenset[str] = frozenset()
    claims: tuple[PredictedClaim, ...] = ()


@dataclass(frozen=True)
class Counts:
    """Counts that add up across articles; rates are computed from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Ratio:
    correct: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True)
class ArticleScores:
    name: str
    claims: Counts
    policies: Counts
    speaker_accuracy: Ratio
    speakers: Counts
    date_accuracy: Ratio
    kind_accuracy: Ratio
    officials: Counts
    metadata: dict[str, Ratio]
    pairs: tuple[tuple[int, int], ...] = ()  # (gold index, predicted index) of matched claims

    def counts(self) -> dict[str, list[int] | dict[str, list[int]]]:
        """The counts behind the scores, as `tracker eval --json` writes them: enough to pool this
        article again (`from_counts`), e.g. to compare two runs article by article."""
        return {
            **{k: [(c := getattr(self, k)).tp, c.fp, c.fn] for k in _COUNT_FIELDS},
            **{k: [(r := getattr(self, k)).correct, r.total] for k in _RATIO_FIELDS},
            "metadata": {k: [r.correct, r.total] for k, r in self.metadata.items()},
        }

    @classmethod
    def from_counts(cls, name: str, data: Mapping) -> ArticleScores:
        """The scores of `counts()` back (without the matched pairs)."""
        return cls(
            name=name,
            **{k: Counts(*data[k]) for k in _COUNT_FIELDS},
            **{k: Ratio(*data[k]) for k in _RATIO_FIELDS},
            metadata={k: Ratio(*v) for k, v in data["metadata"].items()},
        )


_COUNT_FIELDS = ("claims", "policies", "speakers", "officials")
_RATIO_FIELDS = ("speaker_accuracy", "date_accuracy", "kind_accuracy")


def collapse(text: str | None) -> str:
    """Whitespace-collapsed NFC text, the form in which texts are compared."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


def squeeze(text: str | None) -> str:
    """NFC text without whitespace, the form in which a gold quote is looked for in a claim's text."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text or ""))


def match_claims(gold_quotes: Sequence[str], predicted_texts: Sequence[str]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching: gold i may pair with predicted j when j's text contains quote i
    (whitespace aside). Returns (gold index, predicted index) pairs (Kuhn's augmenting paths)."""
    pred = [squeeze(t) for t in predicted_texts]
    quotes = [squeeze(q) for q in gold_quotes]
    edges = [[j for j, t in enumerate(pred) if q and q in t] for q in quotes]
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for j in edges[g]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = g
                return True
        return False

    for g in range(len(gold_quotes)):
        augment(g, set())
    return sorted((g, j) for j, g in owner.items())


def _person(key: str | None, names: Mapping[str, str]) -> str | None:
    return None if key is None else names.get(key, key)


_MINUTES_ONLY = re.compile(r"T\d{2}:\d{2}(?!:)")


def _published_equal(gold: str | None, predicted: object) -> bool:
    """The same publication time at the precision the gold gives (month, day, minute or second)."""
    if gold is None:
        return predicted in (None, "")
    if predicted in (None, ""):
        return False
    if len(gold) == 7:  # a month-only date (`2021-05`): only the same month-only date is right
        return predicted == gold
    if isinstance(predicted, str):
        try:
            predicted = datetime.fromisoformat(predicted)
        except ValueError:
            return False
    if "T" in gold:
        want = datetime.fromisoformat(gold)
        if not isinstance(predicted, datetime):
            return False
        got = predicted if predicted.tzinfo else predicted.replace(tzinfo=SEOUL)
        if _MINUTES_ONLY.search(gold):
            # the gold gives the minute (`…T17:28+09:00`): a prediction within it is right, as any time of
            # the day is right against a gold that gives the day; the page may print the seconds too
            got = got.replace(second=0, microsecond=0)
        return got == want
    want_day = date.fromisoformat(gold[:10])
    if isinstance(predicted, datetime):
        got_day = (predicted.astimezone(SEOUL) if predicted.tzinfo else predicted).date()
        return got_day == want_day
    return predicted == want_day if isinstance(predicted, date) else False


def _metadata(gold: Mapping[str, object], predicted: Mapping[str, object]) -> dict[str, Ratio]:
    result = {}
    for name in METADATA_FIELDS:
        want, got = gold.get(name), predicted.get(name)
        if name == "published":
            ok = _published_equal(want, got)  # type: ignore[arg-type]
        elif want is None:
            ok = got in (None, "")
        else:
            ok = collapse(str(want)) == collapse(str(got)) if got is not None else False
        result[name] = Ratio(int(ok), 1)
    return result


def score_article(
    gold: Mapping, predicted: PredictedArticle, person_names: Mapping[str, str]
) -> ArticleScores:
    """Scores of one article: `gold` is a parsed gold JSON file."""
    gold_claims = list(gold.get("claims", []))
    pred_claims = list(predicted.claims)
    pairs = match_claims([c["quote"] for c in gold_claims], [c.text for c in pred_claims])
    matched_gold = {g for g, _ in pairs}
    matched_pred = {p for _, p in pairs}

    claims = Counts(len(pairs), len(pred_claims) - len(pairs), len(gold_claims) - len(pairs))

    policies = Counts()
    speaker_acc, date_acc, kind_acc = Ratio(), Ratio(), Ratio()
    speakers = Counts()
    for g, p in pairs:
        want, got = gold_claims[g], pred_claims[p]
        w_pol, g_pol = set(want.get("policies", [])), set(got.policies)
        policies += Counts(len(w_pol & g_pol), len(g_pol - w_pol), len(w_pol - g_pol))
        w_spk = _person(want.get("speaker"), person_names)
        g_spk = _person(got.speaker, person_names)
        speaker_acc += Ratio(int(w_spk == g_spk), 1)
        if w_spk is not None or g_spk is not None:
            hit = int(w_spk == g_spk)
            speakers += Counts(hit, int(g_spk is not None and not hit), int(w_spk is not None and not hit))
        date_acc += Ratio(int(want.get("date") == got.date), 1)
        kind_acc += Ratio(int(want.get("kind") == got.kind), 1)
    for g, want in enumerate(gold_claims):
        if g not in matched_gold:
            policies += Counts(0, 0, len(set(want.get("policies", []))))
    for p, got in enumerate(pred_claims):
        if p not in matched_pred:
            policies += Counts(0, len(set(got.policies)), 0)

    want_people = {_person(k, person_names) for k in gold.get("officials", [])}
    got_people = {_person(k, person_names) for k in predicted.officials}
    officials = Counts(
        len(want_people & got_people), len(got_people - want_people), len(want_people - got_people)
    )
    return ArticleScores(
        name=predicted.name,
        claims=claims,
        policies=policies,
        speaker_accuracy=speaker_acc,
        speakers=speakers,
        date_accuracy=date_acc,
        kind_accuracy=kind_acc,
        officials=officials,
        metadata=_metadata(gold.get("metadata", {}), predicted.metadata),
        pairs=tuple(pairs),
    )


@dataclass(frozen=True)
class TotalScores:
    articles: int
    claims: Counts
    policies: Counts
    speaker_accuracy: Ratio
    speakers: Counts
    date_accuracy: Ratio
    kind_accuracy: Ratio
    officials: Counts
    metadata: dict[str, Ratio]

    def figures(self) -> dict[str, float]:
        """The headline numbers, keyed as the quality targets name them."""
        out = {
            "claim_precision": self.claims.precision,
            "claim_recall": self.claims.recall,
            "claim_f1": self.claims.f1,
            "policy_f1": self.policies.f1,
            "speaker_f1": self.speakers.f1,
            "speaker_accuracy": self.speaker_accuracy.value,
            "date_accuracy": self.date_accuracy.value,
            "kind_accuracy": self.kind_accuracy.value,
            "officials_f1": self.officials.f1,
        }
        out.update({f"metadata_{name}": ratio.value for name, ratio in self.metadata.items()})
        return out


def total(scores: Iterable[ArticleScores]) -> TotalScores:
    """Micro-averaged totals: counts add up over articles; metadata accuracy is per field."""
    scores = list(scores)
    claims = policies = speakers = officials = Counts()
    speaker_acc = date_acc = kind_acc = Ratio()
    metadata = {name: Ratio() for name in METADATA_FIELDS}
    for s in scores:
        claims += s.claims
        policies += s.policies
        speakers += s.speakers
        officials += s.officials
        speaker_acc += s.speaker_accuracy
        date_acc += s.date_accuracy
        kind_acc += s.kind_accuracy
        for name, ratio in s.metadata.items():
            metadata[name] = metadata.get(name, Ratio()) + ratio
    return TotalScores(
        len(scores), claims, policies, speaker_acc, speakers, date_acc, kind_acc, officials, metadata
    )
