"""Claim assembly: `run(article, reference)` chains the stages and builds one `Claim` per claim unit.

units -> mentions -> speakers -> policies -> dates -> quantities -> kinds. Units that cannot be claims
(the headline or subheadline repeated in the body, photo captions, bylines, broadcast cues) are kept out
before policies are decided, so that they neither become claims nor make a policy look like the topic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from tracker.clean.article import ArticleMeta, CleanArticle
from tracker.extract._korean import QUESTION_LINE, is_question, unabridged
from tracker.extract.dates import EventDay, claim_date, find_dates, lead_event, point_days, said_on
from tracker.extract.kinds import classify_kind
from tracker.extract.learned import add_words_units, headline_slugs, refine_units, rerank_units
from tracker.extract.learned.event_day import EventDayCase, takes_event_day
from tracker.extract.learned.features import article_features, unit_views
from tracker.extract.learned.kind_choice import choose_kind
from tracker.extract.learned.model import policy_domains
from tracker.extract.learned.speaker_choice import SpeakerChoice
from tracker.extract.policies import (
    CONNECTIVE,
    assign_policies,
    build_lexicon,
    has_predicate,
    past_tense,
    refers_back,
)
from tracker.extract.policies.predicates import MARK_TAGS
from tracker.extract.quantities import find_quantities
from tracker.extract.search_terms import morpheme_search_terms
from tracker.extract.types import Claim, Extraction, ProvisionalOfficial
from tracker.reference import Official, Reference, per_reference

if TYPE_CHECKING:
    from tracker.extract.speakers import Turn
    from tracker.extract.units import Token, Unit

SEOUL = ZoneInfo("Asia/Seoul")

_CAPTION_START = re.compile(r"^\s*[▲△↑▶ⓒ©]|^\s*\[?사진|^\s*\(사진")
_CAPTION_ANY = re.compile(r"©|ⓒ|사진\s?=|/\s?사진|\[사진|사진\s?제공|제공\s?=|원본보기")
# A photo's caption the page left in the body, its credit cut off: a head named with the title doing something
# on a day, in the present progressive a story never narrates an event in ('유기상 고창군수가 7일 농협에서 …
# 안내하고 있다.', '박상수 강원 삼척시장이 21일 … 계획 등을 밝히고 있다.'). One that reports a pledge (`… 하겠다고
# 밝히고 있다`) is a claim still.
_NAMED_SCENE = re.compile(
    r"^[|\s]*(?:[▲△]\s*)?[가-힣]{2,4}\s(?:[가-힣]+\s){0,2}[가-힣]*"
    r"(?:시장|군수|구청장|지사|교육감|의장|장관|위원장|당선인|당선자)[이가]\s(?:지난\s)?\d{1,2}일\s"
    r"(?:(?!겠다고)[^“”\"])*[고며]\s?있다\.?$"
)
_BYLINE = re.compile(
    r"(기자|특파원|앵커|리포터)\s*(=|입니다|가 취재했습니다|$)|[\w.-]+@[\w-]+\.[\w.]+|^\s*\[[^\]]{1,12}\]\s*$"
    r"|영상편집|그래픽\s?:|촬영기자|^\s*(출처|저작권자|Copyright)|뉴스\s?[가-힣]{2,4}입니다\.?\s*$|무단\s?전재|재배포\s?금지"
)
# A broadcast's hand-off or sign-off (`… 교육감 연결해서 자세한 얘기 들어보도록 하겠습니다`, `… 교육감과 말씀
# 나눴습니다`) and a greeting or thanks on its own (`교육감님 안녕하세요?`, `고맙습니다`): talk about the talk.
_BROADCAST_CUE = re.compile(
    r"(?:들어보(?:도록\s?하)?겠습니다|들어\s?봤습니다|들어봅니다|연결(?:해\s?보|하)겠습니다|연결합니다"
    r"|(?:말씀|얘기|이야기)(?:을|를)?\s?나눠\s?(?:보(?:도록\s?하)?겠습니다|봤습니다)"
    r"|(?:말씀|얘기|이야기)(?:을|를)?\s?나눴습니다)[.!]?\s*$"
    r"|^.{0,15}(?:안녕하세요|안녕하십니까|반갑습니다|고맙습니다|감사합니다)[.?!]*\s*$"
)
# A question that asks for an opinion (`… 트램 도입에 대해 어떻게 생각하십니까.`) asserts nothing; a rhetorical
# question does (`… 모르시진 않으시지요?`, set-g), so only these are kept out.
_QUESTION = re.compile(
    r"(?:어떻게|어떤)\s?생각(?:하십니까|하시나요|하세요|합니까|하나요|해요|하니)[.?!]*[\"'”’)]*\s*$"
)
# A summary bullet line (`- 학생인권조례 폐지? …`), which a transcript's programme page puts before the talk.
_BULLET_LINE = re.compile(r"[ \t]*[-·ㆍ•][ \t]*\S")
# What a lead says when it reports an announcement: a plan presented, a vision proclaimed, a briefing or a
# press conference held.
_ANNOUNCED = re.compile(r"발표|선포|내놨|공개했|보고회|브리핑|기자회견")
# A file photo's credit: its caption shows an earlier day, not the day of the story's event.
_FILE_PHOTO = re.compile(r"자료\s?사진|\bDB\b|파일\s?사진")
_REPORTING = re.compile(
    unabridged(r"(말했|밝혔|전했|강조했|설명했|덧붙였|당부했|다짐했|약속했|주문했|평가했|역설했|언급했|발표했)") + r"\w*[.\s]*$"
)


def _seoul_day(article: CleanArticle) -> date | None:
    """The publication day that day-only expressions are resolved against; for a month-only date (a page
    store's ` date 2021-05`) the month's last day, so that `20일` is the 20th of that month."""
    published = article.meta.published_at
    if published is None:
        return None
    day = (published.astimezone(SEOUL) if published.tzinfo else published).date()
    if article.meta.published_precision == "month":
        next_month = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return next_month - timedelta(days=1)
    return day


def _squeeze(text: str | None) -> str:
    """`text` without whitespace; `str.split()` splits on exactly what `\\s` matches, at a third of the
    cost of `re.sub(r"\\s+", "", text)`."""
    return "".join((text or "").split())


@lru_cache(maxsize=256)
def _squeezed_titles(headline: str | None, subheadline: str | None) -> tuple[str, str]:
    return _squeeze(headline), _squeeze(subheadline)


def _is_repeat_of_title(text: str, meta: ArticleMeta) -> bool:
    unit = _squeeze(text).strip(".\"'“”‘’")
    if len(unit) < 4:
        return False
    return any(
        title and (unit == title or unit in title or (title in unit and len(unit) <= len(title) + 4))
        for title in _squeezed_titles(meta.headline, meta.subheadline)
    )


def _eligible(text: str, meta: ArticleMeta) -> bool:
    """False for units that are never claims: title repeats, captions, bylines, cues, interview
    questions, a broadcast's hand-offs, sign-offs and greetings."""
    if _is_repeat_of_title(text, meta) or _CAPTION_START.search(text) or QUESTION_LINE.match(text):
        return False
    if _BROADCAST_CUE.search(text.strip()) or _QUESTION.search(text):
        return False
    if (len(text) < 120 and _CAPTION_ANY.search(text)) or _NAMED_SCENE.match(text.strip()):
        return False
    return not (len(text) < 60 and _BYLINE.search(text))


def _fragment(text: str, unit: Unit) -> bool:
    """A unit that begins with a particle or an ending in the middle of a line (`고 말했다.` after a quote
    closed with the wrong mark, `를 추진했다.` after a title in backticks): the tail of the sentence before,
    which Kiwi split off; it says nothing by itself. (`'의성은 …` at a line's start is Kiwi misreading a
    name, not a tail.)"""
    first = next((t for t in unit.tokens if t.tag not in MARK_TAGS), None)
    if first is None or not first.tag.startswith(("J", "E")):
        return False
    line_start = text.rfind("\n", 0, unit.start) + 1
    return bool(text[line_start : unit.start].strip(" \t'\"‘’“”`"))


# What a finished text ends with: a full stop, a question or exclamation mark, an ellipsis, a closing quote
# or bracket, or a sentence ending (`…했다`, `…습니다`) whose full stop the page left out.
_FINISHED = frozenset(".?!…。\"'”’」』)]>》")


def _cut_off(text: str, units: Sequence[Unit]) -> bool:
    """Whether the text stops inside its last unit: an excerpt cut at a length (`… 다함께돌봄사업,`, `… 광주
    AI를`), not a finished sentence, caption or byline."""
    if not units:
        return False
    last = units[-1]
    body = text.rstrip()
    if last.end < len(body) or not body or body[-1] in _FINISHED:
        return False
    return not any(t.tag in {"EF", "SF"} for t in last.tokens[-2:])


def _eligible_units(
    text: str, units: Sequence[Unit], meta: ArticleMeta, turns_of: Sequence[Turn | None]
) -> list[bool]:
    """`_eligible` per unit, in a transcript read without the turn label (`▶ 조희연 : …` is no caption
    mark). The host's turns are questions, greetings and hand-offs, never claims; and the bullet lines
    before the first turn (`- 서울도 … 폐교 위기 학교 많아`) are the programme's summary of what follows."""
    first_turn = next((t.start for t in turns_of if t is not None), None)
    eligible = []
    for unit, turn in zip(units, turns_of, strict=True):
        if turn is None:
            summary = (
                first_turn is not None
                and unit.start < first_turn
                and _BULLET_LINE.match(text, text.rfind("\n", 0, unit.start) + 1)
            )
            eligible.append(
                not summary
                and _eligible(unit.text, meta)
                and not _fragment(text, unit)
                and not is_question(text, unit.sentence_start, unit.sentence_end)
            )
        elif turn.host:
            eligible.append(False)
        else:
            eligible.append(_eligible(text[max(unit.start, turn.body) : unit.end], meta))
    return eligible


def _lead_spans(units: Sequence[Unit], eligible: Sequence[bool], sentences: int = 3) -> list[tuple[int, int]]:
    """The first body sentences that say something (menu lines such as `본문으로 이동` left out)."""
    spans: list[tuple[int, int]] = []
    for unit, ok in zip(units, eligible, strict=True):
        span = (unit.sentence_start, unit.sentence_end)
        if ok and span not in spans and (unit.quoted or has_predicate(unit.tokens)):
            spans.append(span)
        if len(spans) == sentences:
            break
    return spans


def _later_event(
    text: str,
    units: Sequence[Unit],
    eligible: Sequence[bool],
    lead: Sequence[tuple[int, int]],
    lead_text: str,
    published: date | None,
    sentences: int = 8,
) -> EventDay | None:
    """The day of the event reported after a lead that names no day at all: a feature opens on the story's gist
    (`서울시가 … 본격 나섰다. … 목표를 높여 잡았다.`) and only its fourth sentence or later says when (`… 과제를
    마련했다고 24일 밝혔다`, set-mq mq-07; `박 시장은 20일 … 기자실을 방문해 이 같은 입장을 밝혔다`, set-eq eq-02).
    A lead that names a day it does not report on (`1일 취임 1주년 행사를 … 대체했다`) keeps the publication day:
    a later day there is a side event (`지난 22일 열린 정기회의에서는`)."""
    if any(r.precision == "day" and r.role == "point" for r in find_dates(lead_text, published)):
        return None
    later = _lead_spans(units, eligible, sentences)[len(lead) :]
    return lead_event(_lead(text, units, later), published) if later else None


def _lead(
    text: str,
    units: Sequence[Unit],
    spans: Sequence[tuple[int, int]],
    titles: Sequence[str | None] = (),
) -> str:
    """The first sentences of the body with their attributions (`강 시장은 4일 간부회의에서 “…”라고
    말했다`): where news says on which day the reported event took place. What quotes say is blanked
    out (a day inside a quote is what it describes), and so is a headline or subheadline glued to the
    first sentence (`… 지난 9일 개관 대구시는 13일 …`). `spans`: the sentences, from `_lead_spans`."""
    if not spans:
        return ""
    start, end = spans[0][0], spans[-1][1]
    quotes = [(u.start, u.end) for u in units if u.quoted and start <= u.start and u.end <= end]
    parts = []
    for s_start, s_end in spans:
        parts.append(_blank(text, s_start, s_end, quotes))
    parts[0] = _strip_glued_title(parts[0], titles)
    return " ".join(parts)


def _blank(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """`text[start:end]` with the parts inside `spans` replaced by spaces (offsets are kept).

    Built from slices between the spans (in order, overlaps merged), not character by character."""
    pieces: list[str] = []
    pos = start  # where the text not yet copied starts
    for s, e in sorted(spans):
        lo, hi = max(s, pos), min(e, end)
        if lo < hi:
            pieces += (text[pos:lo], " " * (hi - lo))
            pos = hi
    pieces.append(text[pos:end])
    return "".join(pieces)


def _strip_glued_title(sentence: str, titles: Sequence[str | None]) -> str:
    """`sentence` without a headline or subheadline line that opens it (whitespace aside)."""
    for title in titles:
        for line in (title or "").splitlines():
            words = line.split()
            if len(words) < 2:
                continue
            pattern = r"\s*".join(re.escape(w) for w in words)
            m = re.match(r"\s*" + pattern, sentence)
            if m and m.end() < len(sentence.rstrip()):
                return " " * m.end() + sentence[m.end() :]
    return sentence


@per_reference
def _terms_by_person(reference: Reference) -> dict[str, list[Official]]:
    """The registry's terms by person key, in registry order, built once per reference: scanning all
    officials for every claim cost more than the rest of the claim's assembly."""
    terms: dict[str, list[Official]] = {}
    for official in reference.officials:
        terms.setdefault(official.person_key, []).append(official)
    return terms


def _in_office(reference: Reference, person_key: str | None, *days: date | None) -> str | None:
    """The speaker as an official: a person of the registry speaks as one only while a term of theirs covers the
    publication day or the claim's own day. Outside every term (`김만수 부천시장` quoted in January 2014, his
    registry term from July 2014; a former head speaking years after) the words are the person's, not an
    official's: no speaker key, the name as written stays (`speaker_text`), and the article still mentions them.
    Undated articles and people registered from the article itself keep their key."""
    terms = _terms_by_person(reference).get(person_key, ()) if person_key else ()
    known = [day for day in days if day is not None]
    if not terms or not known or any(o.in_office_on(day) for o in terms for day in known):
        return person_key
    return None


def _official_jurisdiction(
    reference: Reference,
    person_key: str | None,
    on: date | None,
    provisional: Sequence[ProvisionalOfficial] = (),
) -> str | None:
    """The jurisdiction of the post the speaker held that day (or registers provisionally now)."""
    if person_key is None:
        return None
    terms = _terms_by_person(reference).get(person_key, ())
    current = [o for o in terms if o.in_office_on(on)] or terms
    if current:
        return current[0].jurisdiction_code
    return next((p.jurisdiction_code for p in provisional if p.person_key == person_key), None)


def run(article: CleanArticle, reference: Reference) -> Extraction:
    """Claims and person mentions of one cleaned article (pure: no database)."""
    from tracker.extract import EXTRACTOR_VERSION
    from tracker.extract.officials import find_mentions
    from tracker.extract.speakers import attribute_speakers, interview_turns, own_words, turn_of_units
    from tracker.extract.units import split_units

    text, meta = article.text, article.meta
    published = _seoul_day(article)
    month_only = meta.published_precision == "month"
    units = split_units(text)
    mentions, provisional = find_mentions(
        text, reference, on=published, jurisdiction_code=meta.jurisdiction_code, units=units
    )
    turns = interview_turns(text, units, mentions)
    speakers = attribute_speakers(text, units, mentions, turns)
    titles = "\n".join(t for t in (meta.headline, meta.subheadline) if t)
    own_words(
        text,
        units,
        mentions,
        speakers,
        titles=lambda: find_mentions(
            titles, reference, on=published, jurisdiction_code=meta.jurisdiction_code
        )[0],
        title_text=titles,
    )

    eligible = _eligible_units(text, units, meta, turns_of=turn_of_units(units, turns))
    headline = meta.headline or meta.subheadline or next(iter(article.captions), None)
    decisions = assign_policies(
        [u.text for u in units],
        [u.tokens for u in units],
        [u.start for u in units],
        build_lexicon(reference),
        eligible=eligible,
        headline=headline,
        quoted=[u.quoted for u in units],
        speakers=[s.person_key or s.text for s in speakers],
        cut_off=_cut_off(text, units),
    )
    # units the rules left out that the learned model finds claims, then each claim's policies
    # re-ranked by the learned slug model and added to from its own words (tracker/extract/learned)
    named = headline_slugs(headline, reference)
    decisions = refine_units(units, decisions, speakers, eligible, named, reference)
    decisions = rerank_units(units, decisions, speakers, eligible, named, reference)
    decisions = add_words_units(units, decisions)
    lead = _lead_spans(units, eligible)
    lead_text = _lead(text, units, lead, titles=(meta.headline, meta.subheadline))
    event = lead_event(lead_text, published) or _later_event(text, units, eligible, lead, lead_text, published)
    if event is None:
        # a morning paper's lead often leaves the day to the subheadline or the photo caption (`24일
        # 대통령·시도지사 간담회 참석 … 건의`, `… 시장이 2일 오전 … 회의에 앞서 선서를 하고 있다`)
        # (not a file photo's caption: '… 지난달 11일 … 브리핑하고 있다. (자료사진=연합뉴스)' shows an earlier day, set-hk hk-02)
        event = next(
            (
                e
                for t in (meta.subheadline, *article.captions)
                if t and not _FILE_PHOTO.search(t) and (e := lead_event(t, published))
            ),
            None,
        )
    event_value = event.value if event is not None else None
    # a lead reporting an announcement (`… 계획을 발표했다`, `… 비전 선포식을 가졌다`): the plans and targets the
    # story then narrates are what was announced, so they take its day (`../corpus/ANNOTATION_NOTES.md`: claims
    # made at the event an article reports on take the event day)
    announced = event is not None and not event.source and _ANNOUNCED.search(lead_text, 0, 200) is not None
    previous_day = None  # the date of the unit before, if it was a claim of the rules
    quoted_spans: dict[int, list[tuple[int, int]]] = {}
    for unit in units:
        if unit.quoted:
            quoted_spans.setdefault(unit.sentence, []).append((unit.start, unit.end))

    terms = _SearchTerms(units)
    claims: list[Claim] = []
    scene: date | None = None  # the day of the last meeting a sentence said was held on a day
    scene_sentence = None
    mentioned: date | None = None  # the last day the narration before this sentence named
    last_named: date | None = None
    choice = SpeakerChoice(text, units, speakers, mentions)
    # the claim model's unit features of every claim, for the learned kind decision
    kind_features = article_features(
        unit_views(units, decisions, speakers, eligible),
        policy_domains(reference),
        named,
        only=[i for i, d in enumerate(decisions) if d.slugs],
    )
    for index, (unit, speaker, decision) in enumerate(zip(units, speakers, decisions, strict=True)):
        if unit.sentence_start != scene_sentence:
            scene_sentence = unit.sentence_start
            # the sentence's narration: what its quotes say is blanked out
            said = _blank(text, unit.sentence_start, unit.sentence_end, quoted_spans.get(unit.sentence, []))
            scene = _scene_day(said, published) or scene
            mentioned = last_named
            last_named = _last_day(said, published) or last_named
        if not decision.slugs:
            previous_day = None
            continue
        sentence = text[unit.sentence_start : unit.sentence_end]
        reported = unit.quoted or speaker.person_key is not None or bool(_REPORTING.search(sentence))
        unit_event, unit_event_value = event, event_value
        if scene is not None and (
            reported
            or "이날" in sentence
            or "이 날" in sentence
            or (
                previous_day == scene
                and (CONNECTIVE.match(unit.text) is not None or refers_back(unit.text, unit.tokens))
            )
        ):
            # quotes after a sentence that sets them at a meeting on another day (`지난 3일 … 주민과
            # 간담회를 가졌다. 김 마을회장은 “…”고 말했다`) were said there, not at the lead's event; so
            # was what `이날` narrates there, and a sentence going on from one dated so (`또, … 점검했다`)
            unit_event, unit_event_value = EventDay(scene), scene
        elif mentioned is not None and ("이날" in sentence or "이 날" in sentence):
            # `이날` is the day the text named last (`지난 9일 … 협약을 체결했다. ¶ 이날 협약기관은 …`)
            unit_event, unit_event_value = EventDay(mentioned), mentioned
        quantities = tuple(find_quantities(unit.text, unit.start))
        kind = classify_kind(unit.text, unit.tokens, quantities, frame=_frame(unit))
        # the event day dates what was said there (not when it is only the day of the source, `11일 구에
        # 따르면`), the lead that reports the event, an announcing lead's narrated plans and targets, and
        # sentences that go on reporting it (`이어 …`, `이번 협약으로 …` after a sentence of that day)
        at_event = unit_event is not None and (
            (reported and not unit_event.source)
            or (announced and unit_event is event and kind in ("plan", "target"))
            or (
                (unit.sentence_start, unit.sentence_end) in lead
                and (unit_event.source or past_tense(unit.tokens))
            )
            or (
                previous_day == unit_event.value
                and (CONNECTIVE.match(unit.text) is not None or refers_back(unit.text, unit.tokens))
            )
        )
        # a narrated sentence says itself when; a quote is dated by its attribution (the sentence with
        # the quotes blanked out), while days inside the quote give only its period
        frame = (
            _blank(text, unit.sentence_start, unit.sentence_end, quoted_spans[unit.sentence])
            if unit.quoted
            else None
        )
        said = sentence if unit.quoted else unit.text
        when = claim_date(said, published, event=unit_event_value, reported=at_event, frame=frame)
        if unit_event is not None and unit_event_value is not None and published is not None:
            other = claim_date(said, published, event=unit_event_value, reported=not at_event, frame=frame)
            if other.date != when.date:
                # the event day or the publication day: the learned decision (tracker/extract/learned/event_day.py)
                case = EventDayCase(
                    rule=at_event,
                    kind=kind,
                    quoted=unit.quoted,
                    has_speaker=speaker.person_key is not None,
                    speaker_text=speaker.text is not None,
                    reported=reported,
                    announced=announced,
                    in_lead=(unit.sentence_start, unit.sentence_end) in lead,
                    source=unit_event.source,
                    past=past_tense(unit.tokens),
                    gap=(published - unit_event_value).days,
                    sentence=unit.sentence,
                    text=unit.text,
                    sentence_text=sentence,
                    lead=lead_text[:300],
                    subheadline=bool(meta.subheadline),
                    previous_is_event=None if previous_day is None else previous_day == unit_event_value,
                    scene=scene is not None,
                )
                if takes_event_day(case, unit_event_value, published, (unit.start, unit.end)) != at_event:
                    when = other
        if month_only and when.date == published and published is not None:
            # no day of its own: the article's event day stands in for the publication day it lacks,
            # else the month is all that is known
            stand_in = event_value or _first_day(text, units, published)
            when = (
                replace(when, date=stand_in)
                if stand_in is not None
                else replace(when, date=published.replace(day=1), precision="month")
            )
        # (a claim only the claim model made, the least certain kind, is no context for the next one's day: a
        # false promotion would move it, and the claim model's threshold would move dates it does not decide)
        previous_day = when.date if decision.reason != "learned" else None
        # who says it: the rules' speaker, or as the learned decision reads it (dates keep the rules' speaker)
        said_by = choice.choose(index, kind, decision.reason)
        speaker_key = _in_office(reference, said_by.person_key, published, when.date)
        # its kind as the learned decision reads it from the rules' (the day above was decided on the rules' kind)
        learned_kind = choose_kind(kind_features[index], kind, (unit.start, unit.end))
        claims.append(
            Claim(
                start=unit.start,
                end=unit.end,
                text=unit.text,
                speaker_key=speaker_key,
                speaker_text=said_by.text,
                jurisdiction_code=_official_jurisdiction(reference, speaker_key, published, provisional)
                or meta.jurisdiction_code,
                date=when.date,
                date_precision=when.precision,
                policies=decision.slugs,
                kind=learned_kind,
                confidence=round(decision.confidence, 2),
                quantities=quantities,
                period_start=when.period_start,
                period_end=when.period_end,
                period_text=when.period_text,
                search_text=terms.of(unit),
            )
        )
    # people named only outside the body (headline, captions) still count as mentioned by the article
    outside = "\n\n".join(p for p in (meta.headline, meta.subheadline, *article.captions) if p)
    outside_mentions, outside_provisional = (
        find_mentions(outside, reference, on=published, jurisdiction_code=meta.jurisdiction_code)
        if outside
        else ([], [])
    )
    officials = dict.fromkeys(
        m.person_key
        for m in (*mentions, *outside_mentions)
        if m.person_key and m.status in {"resolved", "provisional"}
    )
    # a head the registry lacks named in full with the title only outside the body (`… 허남식 부산시장` in a headline
    # over `허남식(65·사진) 부산시장은`) is registered as one named in the body is: an official of the article that the
    # database did not know would be lost there, and `tracker extract` would list a person no store holds
    registered = {p.person_key for p in provisional}
    provisional = [*provisional, *(p for p in outside_provisional if p.person_key not in registered)]
    return Extraction(
        extractor_version=EXTRACTOR_VERSION,
        mentions=tuple(mentions),
        claims=_last_copies(claims),
        provisional_officials=tuple(provisional),
        officials=tuple(officials),
        search_text=terms.article(),
    )


def _last_copies(claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """One claim per text: a sentence the page prints twice word for word (a lead repeated in a photo caption or a
    summary box above the story, set-lp lp-08, set-cv cv-06) is one claim, kept where it last stands: in the story."""
    keys = ["".join(claim.text.split()) for claim in claims]
    last = {key: index for index, key in enumerate(keys)}
    return tuple(claim for index, (claim, key) in enumerate(zip(claims, keys, strict=True)) if last[key] == index)


class _SearchTerms:
    """Search terms of sentences, each computed once: a narrated claim's terms are its sentence's, and
    the article's are all sentences' (quoted units overlap their sentence, so they are done apart)."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self._sentences: dict[tuple[int, int], str] = {}
        for unit in units:
            key = (unit.sentence_start, unit.sentence_end)
            if key not in self._sentences:
                self._sentences[key] = morpheme_search_terms(unit.sentence_tokens)

    def of(self, unit: Unit) -> str:
        if (unit.start, unit.end) == (unit.sentence_start, unit.sentence_end):
            return self._sentences[unit.start, unit.end]
        return morpheme_search_terms(unit.tokens)

    def article(self) -> str:
        return " ".join(terms for _, terms in sorted(self._sentences.items()) if terms)


# a sentence ending in holding, attending or visiting a meeting or place (`간담회를 가졌다`, `…를 찾았다`), or in
# meeting someone to hear them, an interview's scene (`유 군수를 1일 만나 … 들어봤다`, set-pj pj-05)
_MEETING_HELD = re.compile(
    r"(?:가졌|개최했|열었|참석했|방문했|찾았|벌였|진행했|만났|들어\s?봤|인터뷰했)(?:다|습니다)[.\s]*$"
)


def _scene_day(said: str, published: date | None) -> date | None:
    """The day of a meeting that a sentence (`said`: its narration, quotes blanked) says was held on a day
    (`지난 3일 오전 원 지사는 … 지역주민과 간담회를 가졌다`): the quotes that follow were said there, whatever
    the day of the article's event. A sentence telling what was done at a meeting (`지난 22일 … 간담회에서 …
    예방해 나가기로 했다`) reports its outcome, and does not set the scene of the quotes after it."""
    if not _MEETING_HELD.search(said):
        return None
    scene = lead_event(said, published)
    if scene is None:
        # `지난 12일과 16일 … 상점가를 찾아 … 캠페인을 벌였다`: the sentence's verb holds the event, so its
        # day (the first of several) is the event's even with no reporting word next to it
        first = said_on(said, published)
        return first.value if first is not None else None
    return scene.value if not scene.source else None


def _last_day(said: str, published: date | None) -> date | None:
    """The last day (a point, not after publication) a sentence's narration (`said`) names."""
    days = point_days(said, find_dates(said, published), published)
    return days[-1].value if days else None


def _first_day(text: str, units: Sequence[Unit], published: date, sentences: int = 3) -> date | None:
    """The first day the opening sentences name (`이 지사는 5일 … 포럼에서`): in an article that gives
    only its month, the day of the event it reports."""
    starts = sorted({(u.sentence_start, u.sentence_end) for u in units})[:sentences]
    for start, end in starts:
        sentence = text[start:end]
        for ref in point_days(sentence, find_dates(sentence, published), None):
            return ref.value
    return None


def _frame(unit: Unit) -> tuple[Token, ...]:
    """The attribution around a quoted unit (`…라고 비판했다`): the sentence's morphemes outside it."""
    if not unit.quoted:
        return ()
    return tuple(t for t in unit.sentence_tokens if t.start >= unit.end or t.end <= unit.start)
