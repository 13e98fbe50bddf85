"""The learned event-day decision: whether a claim that names no day of its own was said on the day of the event
the article reports (`25일 열린 간담회에서 …`) or on the publication day.

The rules of `claims.run` decide it from the claim's speech and the lead (reported speech and an announcing
lead's plans take the event day); on the development sets they were right for two claims in three where the
two days differ, no better than always taking the event day. This logistic regression over the same facts
(`EventDayCase`) decides instead where the two days differ (data/event_day_model.json; trained by
`event_day_training`). Like the claim model's, its features hold for any article: no outlet names or ids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tracker.extract.learned.hooks import Hook
from tracker.extract.learned.model import ClaimModel
from tracker.extract.learned.model import load_model as load_claim_model
from tracker.logistic import bucket

MODEL_PATH = Path(__file__).parent.parent / "data" / "event_day_model.json"

# words of the claim's sentence and of the lead that tell a scene (a meeting, a visit) from a source
_SENTENCE_WORDS = (
    "이날", "이번", "앞으로", "계획", "예정", "밝혔다", "말했다", "강조했다", "설명했다", "했다", "한다", "것이다",
    "오는", "지난", "올해", "내년", "최근", "현재",
)  # fmt: skip
_LEAD_WORDS = (
    "밝혔다", "열린", "개최", "간담회", "회의", "기자회견", "브리핑", "협약", "발표", "선포", "방문", "따르면", "취임",
    "신년",
)  # fmt: skip


@dataclass(frozen=True)
class EventDayCase:
    """What the rules knew when they decided a claim's day, where the event day and the publication day differ."""

    rule: bool  # the rules' choice: the event day
    kind: str | None
    quoted: bool
    has_speaker: bool  # resolved to a person of the registry
    speaker_text: bool  # someone named or referred to, resolved or not
    reported: bool  # quoted, with a speaker, or with a reporting verb
    announced: bool  # the lead reports an announcement
    in_lead: bool
    source: bool | None  # the event day is only the day of the source (`11일 구에 따르면`); None: no event
    past: bool  # the claim is in the past tense
    gap: int | None  # publication day minus event day, in days
    sentence: int  # the sentence's index in the article
    text: str  # the claim unit
    sentence_text: str
    lead: str  # the lead's text (its first 300 characters)
    subheadline: bool
    previous_is_event: bool | None  # the claim before was dated the event day; None: no claim before
    scene: bool  # a sentence before set a meeting on a day


def features(case: EventDayCase) -> list[str]:
    """Binary features of one case (a name present is 1)."""
    tail = case.text.rstrip(" .”\"'’")
    out = [
        f"rule={case.rule:d}",
        f"kind={case.kind}",
        f"quoted={case.quoted:d}",
        f"speaker={case.has_speaker:d}",
        f"speaker_text={case.speaker_text:d}",
        f"reported={case.reported:d}",
        f"announced={case.announced:d}",
        f"lead={case.in_lead:d}",
        f"source={case.source}",
        f"past={case.past:d}",
        "gap=" + ("none" if case.gap is None else bucket(case.gap, (-1, 0, 1, 2, 3, 5, 7, 14, 31))),
        "sentence=" + bucket(case.sentence, (0, 1, 2, 3, 5, 8, 12)),
        "end2=" + tail[-2:],
        "end3=" + tail[-3:],
        f"subheadline={case.subheadline:d}",
        "previous_is_event="
        + ("none" if case.previous_is_event is None else str(int(case.previous_is_event))),
        f"scene={case.scene:d}",
        f"kind_lead={case.kind}_{case.in_lead:d}",
        f"kind_reported={case.kind}_{case.reported:d}",
        f"rule_kind={case.rule:d}_{case.kind}",
    ]
    out += [f"w={w}" for w in _SENTENCE_WORDS if w in case.sentence_text]
    out += [f"lead_w={w}" for w in _LEAD_WORDS if w in case.lead]
    return out


def load_model(path: Path = MODEL_PATH) -> ClaimModel | None:
    """The shipped event-day model (weights, bias and threshold, read as the claim model's file is), None without one."""
    return load_claim_model(path)


# the dataset builder's view: every case with its two days (event, publication) and the claim's span
HOOK: Hook[ClaimModel] = Hook()
recording = HOOK.attached


def takes_event_day(case: EventDayCase, event: date, publication: date, span: tuple[int, int]) -> bool:
    """The learned choice for one case (the rules' where no model is shipped or attached)."""
    for record in HOOK.callbacks:
        record(case, event, publication, span)
    model = HOOK.model(load_model)
    if model is None or not model.enabled:
        return case.rule
    return model.probability(features(case)) >= model.threshold
