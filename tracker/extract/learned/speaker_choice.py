"""The learned speaker decision: whether a claim is said by the person who spoke last before it.

The rules of `speakers.attribute_speakers` give a unit its quote's or its reporting verb's subject, and carry a
speaker on only where the sentence shows it (a connective, a reporting verb with no subject). Where they give a
claim nobody, the claim may still be that person's (`… 방범용 CCTV를 확충할 방침이다` after the mayor's words);
where they give the person, the claim may still be the reporter's narration. This logistic regression over what
the sentence and its neighbours show (`SpeakerCase`) decides both ways for a claim that has such a candidate
(data/speaker_model.json; trained by `speaker_choice_training`). Its features hold for any article: no names,
outlets or ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.extract.learned.hooks import Hook
from tracker.extract.learned.model import ClaimModel
from tracker.extract.learned.model import load_model as load_claim_model
from tracker.logistic import bucket

if TYPE_CHECKING:
    from tracker.extract.speakers import Speaker
    from tracker.extract.types import Mention
    from tracker.extract.units import Unit

MODEL_PATH = Path(__file__).parent.parent / "data" / "speaker_model.json"

_FIRST_PERSON = ("저는", "제가", "저희", "우리 ", "우리는", "우리가", "나는", "내가")
_INSTITUTION_END = ("시", "군", "구", "도", "청", "부", "원", "단", "회", "처", "센터", "공사", "재단")
_TITLE_END = ("장", "지사", "군수", "교육감", "의원", "대표", "위원장", "당선인", "후보")
# words of the sentence that tell an intention, a report or narration apart
_WORDS = (
    "계획이다", "방침이다", "예정이다", "것이다", "밝혔다", "말했다", "강조했다", "설명했다", "했다", "한다", "있다",
    "이날", "이어", "또", "아울러", "특히", "이와 함께", "그러면서", "따르면", "관계자", "에 대해", "라며", "다며",
    "겠다", "겠습니다", "습니다", "입니다", "했습니다", "이라고", "라고", "다고",
)  # fmt: skip


@dataclass(frozen=True)
class SpeakerCase:
    """What is known about one claim and the person who spoke last before it (or whom the rules gave it)."""

    rule: bool  # the rules gave the claim this person
    quoted: bool
    sentence_quoted: bool  # its sentence holds a quote
    named_here: bool  # the person is mentioned in the claim's sentence
    other_named: bool  # another person is mentioned in it
    title_here: bool  # a title without a name refers to someone in it (`구청장은`)
    distance: int | None  # units since the person last spoke; None: not before
    same_paragraph: bool  # the person's last unit is in this paragraph
    previous_is_person: bool  # the unit right before is the person's
    previous_quoted: bool  # the unit right before is quoted
    speakers: int  # people who speak in the article
    share: float  # the person's share of the units people speak
    subject: str  # the claim's first subject: 'institution', 'title', 'pronoun', 'person', 'other', 'none'
    kind: str | None
    reason: str  # the rules' reason for making it a claim
    paragraph: int
    sentence: int
    text: str
    sentence_text: str


def features(case: SpeakerCase) -> list[str]:
    """Binary features of one case (a name present is 1)."""
    tail = case.text.rstrip(" .”\"'’")
    out = [
        f"rule={case.rule:d}",
        f"quoted={case.quoted:d}",
        f"sentence_quoted={case.sentence_quoted:d}",
        f"named_here={case.named_here:d}",
        f"other_named={case.other_named:d}",
        f"title_here={case.title_here:d}",
        "distance=" + ("none" if case.distance is None else bucket(case.distance, (1, 2, 3, 4, 6, 10))),
        f"same_paragraph={case.same_paragraph:d}",
        f"previous_is_person={case.previous_is_person:d}",
        f"previous_quoted={case.previous_quoted:d}",
        "speakers=" + bucket(case.speakers, (1, 2, 3)),
        "share=" + bucket(int(case.share * 10), (2, 4, 6, 8)),
        f"subject={case.subject}",
        f"kind={case.kind}",
        f"reason={case.reason}",
        "paragraph=" + bucket(case.paragraph, (0, 1, 2, 4, 8)),
        "sentence=" + bucket(case.sentence, (0, 1, 2, 4, 8)),
        "end2=" + tail[-2:],
        "end3=" + tail[-3:],
        f"rule_subject={case.rule:d}_{case.subject}",
        f"rule_quoted={case.rule:d}_{case.quoted:d}",
        f"rule_named={case.rule:d}_{case.named_here:d}",
        f"rule_previous={case.rule:d}_{case.previous_is_person:d}",
        f"subject_previous={case.subject}_{case.previous_is_person:d}",
    ]
    out += [f"w={w}" for w in _WORDS if w in case.sentence_text]
    if any(w in case.text for w in _FIRST_PERSON):
        out.append("first_person")
    return out


def load_model(path: Path = MODEL_PATH) -> ClaimModel | None:
    """The shipped speaker model (weights, bias and threshold, read as the claim model's file is), None without one."""
    return load_claim_model(path)


# the dataset builder's view: every case with the person it is about and the claim's span
HOOK: Hook[ClaimModel] = Hook()
recording = HOOK.attached


class SpeakerChoice:
    """The learned speaker decision over one article's units and the rules' speakers."""

    def __init__(
        self, text: str, units: Sequence[Unit], speakers: Sequence[Speaker], mentions: Sequence[Mention]
    ) -> None:
        self.text = text
        self.units = units
        self.speakers = speakers
        self.mentions = sorted(mentions, key=lambda m: m.start)
        spoken = Counter(s.person_key for s in speakers if s.person_key)
        self.spoken = spoken
        self.spoken_total = sum(spoken.values())
        self.model = HOOK.model(load_model)

    def choose(self, index: int, kind: str | None, reason: str) -> Speaker:
        """The speaker of claim unit `index`: the rules', or the person who spoke last before it, or nobody."""
        from tracker.extract.speakers import NARRATION

        rule = self.speakers[index]
        if rule.person_key is None and rule.text is not None:
            return rule  # someone named the registry does not know: the rules' reading stands
        last = next((j for j in range(index - 1, -1, -1) if self.speakers[j].person_key), None)
        person = rule if rule.person_key else (self.speakers[last] if last is not None else None)
        if person is None:
            return rule
        case = self._case(index, person, rule.person_key is not None, kind, reason)
        for record in HOOK.callbacks:
            record(case, person.person_key, (self.units[index].start, self.units[index].end))
        if self.model is None or not self.model.enabled:
            return rule
        if self.model.probability(features(case)) >= self.model.threshold:
            return person
        return NARRATION

    def _case(self, index: int, person: Speaker, rule: bool, kind: str | None, reason: str) -> SpeakerCase:
        unit = self.units[index]
        key = person.person_key
        before = next((j for j in range(index - 1, -1, -1) if self.speakers[j].person_key == key), None)
        in_sentence = [
            m for m in self.mentions if m.start < unit.sentence_end and m.end > unit.sentence_start
        ]
        previous = self.units[index - 1] if index else None
        sentence = self.text[unit.sentence_start : unit.sentence_end]
        return SpeakerCase(
            rule=rule,
            quoted=unit.quoted,
            sentence_quoted=unit.quoted or any(u.quoted for u in self.units if u.sentence == unit.sentence),
            named_here=any(m.person_key == key for m in in_sentence),
            other_named=any(m.person_key and m.person_key != key for m in in_sentence)
            or any(m.person_key is None and m.name for m in in_sentence),
            title_here=any(not m.name and m.title for m in in_sentence),
            distance=None if before is None else index - before,
            same_paragraph=before is not None and self.units[before].paragraph == unit.paragraph,
            previous_is_person=previous is not None and self.speakers[index - 1].person_key == key,
            previous_quoted=previous is not None and previous.quoted,
            speakers=len(self.spoken),
            share=self.spoken[key] / self.spoken_total if self.spoken_total else 0.0,
            subject=_subject(unit),
            kind=kind,
            reason=reason,
            paragraph=unit.paragraph,
            sentence=unit.sentence,
            text=unit.text,
            sentence_text=sentence,
        )


def _subject(unit: Unit) -> str:
    """What the unit's first subject (a phrase closed by 은/는, 이/가 or 께서) is."""
    tokens = unit.tokens
    for k, token in enumerate(tokens):
        if k and (
            (token.tag == "JX" and token.form in ("은", "는"))
            or (token.tag == "JKS" and token.form in ("이", "가", "께서"))
        ):
            head = tokens[k - 1]
            if head.tag == "NP":
                return "pronoun"
            if head.form.endswith(_TITLE_END):
                return "title"
            if head.form.endswith(_INSTITUTION_END) and head.tag in ("NNP", "NNG", "XSN"):
                return "institution"
            if head.tag == "NNP" and 2 <= len(head.form) <= 3:
                return "person"
            return "other"
    return "none"
