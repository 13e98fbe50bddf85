"""Who asserts each claim unit: a quote's speaker, a reporting verb's subject, or nobody (narration).

Per sentence, the subjects written outside quotes are read from Kiwi's morphemes (a noun phrase closed by
은/는, 이/가 or 께서, coordinated phrases `A와 B는` included). A quoted unit takes the nearest person
subject before its quote (`권 시장은 “…”`), else a subject after it (`“…”라고 권 시장은 말했다`), else the
speaker of the previous reported speech (`또한 “…”며 독려했다` after a sentence of 권 시장). A narrated unit
takes its topic when the topic is a person (`윤건영 교육감과 김문근 단양군수는 … 합의했다`; a subject
marked 이/가 only with a reporting verb: `… 등이 참석했다` is the reporter's), the previous
speaker when it has no subject but a reporting verb (`… 5가지 전략을 설명했다`), else nobody.
Institutions (`대구시는`, `평창군은`, `창업지원단은`) are not persons: both fields None (ANNOTATION_NOTES §9).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tracker.extract._korean import ORGANISATION_ENDINGS, is_question, looks_like_name, unabridged
from tracker.extract.types import Mention
from tracker.extract.units import Token, Unit, quote_spans


@dataclass(frozen=True)
class Speaker:
    """The speaker of one unit; both fields None for the reporter's own narration or an institution."""

    person_key: str | None
    text: str | None


NARRATION = Speaker(None, None)

_NOUNISH = {"NNG", "NNP", "NNB", "NR", "NP", "SL", "SN", "SH", "XSN", "XPN", "MM", "W_SERIAL"}
_PRONOUNS = {"그", "그녀", "그들", "이들"}
# how far back a pronoun with no speaker before it looks for the person it stands for
_PRONOUN_REACH = 400
# A title alone, or with 이/그/해당, refers back to the person speaking before (`이 시장은`, `구청장은`).
_HEAD_TITLES = (
    "시장",
    "구청장",
    "군수",
    "지사",
    "도지사",
    "교육감",
    "청장",
    "위원장",
    "대표",
    "원장",
    "단장",
)
_PLACE_ENDINGS = ("시", "군", "구", "읍", "면", "청")
_DEICTIC = {"이", "그", "해당", "같은"}
# Endings of a person's title: a name followed by a word ending so is a person (`박건희 평창군보건의료원장`).
_PERSON_TITLE_END = (
    "장", "감", "관", "대표", "이사", "교수", "기자", "위원", "의원", "씨", "담당", "대통령", "총리", "작가",
    "감독", "선수", "변호사", "의사", "목사", "교사", "연구원", "군수", "당선인", "후보", "대행", "지사",
    "대변인", "교육감", "주무관",
)  # fmt: skip
# Present forms (`말한`, `밝힌`, `당부한`) serve releases written before the event (`아울러 “…”을 당부한다`, set-n n-07).
_REPORTING = re.compile(
    unabridged(
        r"(말했|밝혔|전했|강조했|설명했|덧붙였|약속했|다짐했|당부했|주문했|평가했|지적했|언급했|제안했|요청했|"
        r"촉구했|주장했|답했|호소했|역설했|소개했|공언했|독려했|경계했|발표했|말한|밝힌|설명한|강조한|전한|당부한|"
        r"자신했|장담했|확신했|자부했|내다봤|피력했|예고했|건의했|밝히고\s?나섰|"
        # `…추진을 강력히 시사했다`, `…검토하라고 지시했다`: a hint, an order or a declaration is said too
        r"시사했|지시했|선언했|천명했|표명했|요구했|제언했|부탁했|"
        r"밝혀|말해|했다고|목소리를\s?높[였혔]|"
        # `…을 꼽았다`, `…사업들을 공유했다`, `…할 수 있다고 전망했다`, `…등을 제시했다`: what someone names,
        # shares, forecasts or presents in a talk; `…있다고도 했다`: indirect speech closed by plain 했다
        r"꼽았|꼽으며|공유했|전망했|제시했|(?:다|라)고도?\s?했|"
        # `…해결하겠다는 의지도 나타냈다`, `…뜻을 내비쳤다`: an intention shown is an intention said
        r"(?:의지|뜻|입장|각오|포부|소감)(?:을|를|도)\s?(?:나타냈|드러냈|내비쳤|밝혔|표명했|전했))"
    )
)
# `…트집을 잡는다며 섭섭함을 드러냈다`, `…라면서 현장을 살폈다`: an indirect quote's own ending (…다고 하며) says the
# subject speaks, whatever the verb after it.
_SAYING = re.compile(r"[가-힣](?:다|라)(?:며|면서)(?=[\s,])")
# `“…” 권 시장의 말이다`, `…겠다는 게 강 시장의 의지다`: the speaker named at the end in a genitive.
_SAID_BY = re.compile(
    r"((?:[가-힣]+ ){0,3}[가-힣]+)의\s*(?:말|설명|얘기|각오|다짐|주장|입장|당부|강조|전언|의지|생각|구상)(?:이다|이었다|였다|입니다|(?<=지)다)[.]?$"
)
# What `_SAID_BY` needs at the very end of the sentence (within its last 7 characters): a cheap test first.
_SAID_END = re.compile(
    r"(?:말|설명|얘기|각오|다짐|주장|입장|당부|강조|전언|의지|생각|구상)(?:이다|이었다|였다|입니다|(?<=지)다)[.]?$"
)
# Endings of indirect speech (`…해야 한다고 강조했다`, `…부족하다며`): what comes before is reported content.
_INDIRECT_ENDS = ("다고", "라고", "자고", "냐고", "다며", "라며", "다면서", "라면서")
# The same content made a noun's (`…않다는 발언`, `…하겠다는 뜻`, `…라는 입장`): the noun is what is reported.
_QUOTATIVE_ADNOMINALS = ("다는", "라는", "자는", "냐는")
# Last letters of a subject that may be the one speaking although it is no registry person: institutions
# (`대구시`, `공단`, `업체`, `측`) and people (`관계자`, `주민들`, `전문가`, `의원`). Any other subject inside
# the reported clause (`로봇산업은 …해야 한다고`, `예산이 부족하다고`) is what is reported, not who reports it.
_SPEAKING_ENDS = (
    *ORGANISATION_ENDINGS,
    "체",
    "측",
    "자",
    "들",
    "민",
    "인",
    "가",
    "님",
    "씨",
    "장",
    "감",
    "관",
)
# A narrated sentence that goes on reporting someone's plan or reasoning without naming them (`… 중심지로
# 만든다는 계획이다`, `…코스를 만들겠다는 겁니다`, `…조성하는 방안도 내놨습니다`): the previous speaker's.
_CONTINUED = re.compile(
    r"(?:(?:다는|라는|자는)\s?(?:계획|것|방침|구상|복안|입장|생각|설명|취지|뜻|각오|의지)(?:이다|입니다|이었다|였다)"
    r"|(?:다는|라는)\s?(?:각오|의지)다"  # the copula after a vowel, contracted (`…대응하겠다는 각오다`)
    r"|(?:다는|라는)\s?겁니다"
    r"|(?:방안|계획|구상|청사진|대책|복안|전략|목표)(?:을|를|도)\s?(?:내놨|내놓았|제시했|세웠))\w*[.]?\s*$"
)
# A sentence opening that continues the sentence before: `또`, `또한`, `아울러`, `이어`, `그러면서`, `이와 함께`, `덧붙여`
# (not `특히`, which as often opens the reporter's own praise: of the 8 it would have changed, 4 were wrong).
_GOES_ON = re.compile(r"\s*(?:또한?|아울러|이어|그러면서|이와\s?함께|덧붙여)[\s,]")
# A speech or address as the topic (`담화문은 … 의지를 담았다`): what its author says.
_ADDRESS_ENDS = (
    "담화문", "담화", "신년사", "기념사", "축사", "연설문", "연설", "서한", "성명서", "호소문", "회견문",
    "취임사", "대국민 메시지",
)  # fmt: skip
# `[최인호/국회 국토교통위 법안심사소위원장 : "…"]`: broadcast transcripts name the speaker before a slash.
_TRANSCRIPT = re.compile(r"\[\s*([가-힣]{2,4})\s*/[^:\]\n]{0,60}:")
# A broadcast interview's script labels whole paragraphs on lines of their own: the host's (`[앵커]`, `(앵커)`,
# `(질문 1)`) and the guest's (`[답변]`, `(답변)`). The same `[앵커]` … `[답변]` frame carries a hand-over to a
# station's announcer or reporter (`박은지 아나운서, 전해주시죠.`), whose report is no official's.
_SCRIPT_LABEL = re.compile(
    r"^[ \t]*[\[(][ \t]*(앵커(?:멘트)?|진행자?|사회자?|질문[ \t]*\d{0,2}|답변|대답)[ \t]*[\])][ \t]*\r?$", re.M
)
_ANSWER_LABELS = ("답변", "대답")
_HAND_OVER = re.compile(r"아나운서|기자|리포터|캐스터|통신원")
# The label opening a turn of an interview transcript, at the start of a line: `▷ 김기화 : …`, `▶ 조희연: …`,
# `◇ 김현정> …`, `조희연 : …`, `앵커 : …`. Field lines have the same shape (`▷ 전화 : 02-…`, `■ 진행 : 김기화`,
# `주소 : …`); `interview_turns` keeps only labels that name a person or a host's role on two lines or more.
# A time (`10:30`) or a URL never matches: the label is Hangul.
# Pages that lost their line breaks run the turns together behind the marks (`…군수님.◆ 이용록: 안녕하세요.◇
# 박지은: …`, blind set-ad ad-01): after a mark, a label counts anywhere in the line.
_TURN_LABEL = re.compile(
    r"(?:^[ \t\u3000\xa0]*(?:[▷▶◇◆►▸○●□■◎☞][ \t]*)?|[▷▶◇◆►▸○●□■◎☞][ \t]*)([가-힣]{2,4})[ \t]*[:>：][ \t]*(?=\S)",
    re.M,
)
# Any line opened by a bullet mark (`■ 제보하기`, `▷ 전화 : …`), or a mark inside a line that opens a
# label (`…◇ 박지은: …`): a turn does not run over it.
_MARKED_LINE = re.compile(r"^[ \t\u3000\xa0]*[▷▶◇◆►▸○●□■◎☞]|[▷▶◇◆►▸○●□■◎☞](?=[ \t]*[가-힣])", re.M)
# Labels naming the host by role, and the header fields naming the host (`■ 진행 : 김기화 KBS 기자`).
_HOST_ROLES = {"앵커", "진행자", "사회자", "진행", "사회", "기자", "질문"}
_HOST_FIELD = re.compile(r"(?:진행자?|사회자?|앵커|대담)[ \t]*[:：][ \t]*([가-힣]{2,4})(?![가-힣])")


@dataclass(frozen=True)
class Turn:
    """One labelled turn of an interview transcript: from its label to the next label or marked line."""

    start: int  # the label line
    body: int  # where the speech begins, after `▷ 이름 :`
    end: int
    speaker: Speaker  # the official the label names, else (None, name as written)
    host: bool  # the interviewer: questions, greetings and hand-offs, never claims


def interview_turns(text: str, units: Sequence[Unit], mentions: Sequence[Mention]) -> list[Turn]:
    """The turns of a transcript whose lines open with speaker labels (`▷ 김기화 : …` / `▶ 조희연 : …`).

    A label counts when its word labels two lines or more and is a host's role (`앵커`, `진행자`) or a
    person's name (a registry mention, or a name by `looks_like_name`), and the article has two such
    speakers: one-off field lines (`▷ 전화 : …`, `■ 진행 : 김기화`) open no turn. A turn runs over lines
    and paragraphs until the next label or bullet-marked line. The host is the speaker with a host role
    label or named in a `진행 :` header, else the speaker of the first turn when no official. Empty when
    the text is no transcript."""
    labels = list(_TURN_LABEL.finditer(text))
    if len(labels) < 4:
        return []
    counts: dict[str, int] = {}
    for label in labels:
        counts[label.group(1)] = counts.get(label.group(1), 0) + 1
    tokens = sorted({t for u in units for t in (u.sentence_tokens or u.tokens)}, key=lambda t: t.start)
    token_starts = [t.start for t in tokens]
    speaker_of: dict[str, Speaker] = {}
    for label in labels:
        name = label.group(1)
        if name in speaker_of or counts[name] < 2:
            continue
        found = _label_speaker(name, label.start(1), label.end(1), mentions, tokens, token_starts)
        if found is not None:
            speaker_of[name] = found
    if len(speaker_of) < 2:
        return []
    hosts = {n for n in speaker_of if n in _HOST_ROLES}
    hosts.update(m.group(1) for m in _HOST_FIELD.finditer(text) if m.group(1) in speaker_of)
    kept = [label for label in labels if label.group(1) in speaker_of]
    if not hosts and speaker_of[kept[0].group(1)].person_key is None:
        hosts.add(kept[0].group(1))
    stops = sorted({m.start() for m in _MARKED_LINE.finditer(text)} | {m.start() for m in labels})
    turns = []
    for label in kept:
        i = bisect_right(stops, label.start())
        end = stops[i] if i < len(stops) else len(text)
        name = label.group(1)
        turns.append(Turn(label.start(), label.end(), end, speaker_of[name], name in hosts))
    return turns


def _label_speaker(
    name: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    tokens: Sequence[Token],
    token_starts: Sequence[int],
) -> Speaker | None:
    """Who a turn label names: the official it resolves to (at the label, or named so elsewhere in the
    article), a person outside the registry, a host's role (nobody), or None for a field label."""
    if name in _HOST_ROLES:
        return NARRATION
    at = next((m for m in mentions if m.person_key and m.start < end and m.end > start), None)
    if at is not None:
        return Speaker(at.person_key, name)
    keys = {m.person_key for m in mentions if m.person_key and m.name == name}
    if len(keys) == 1:
        return Speaker(keys.pop(), name)
    lo, hi = bisect_left(token_starts, start), bisect_left(token_starts, end)
    if looks_like_name(name, [t for t in tokens[lo:hi] if t.end <= end]):
        return Speaker(None, name)
    return None


def turn_of_units(units: Sequence[Unit], turns: Sequence[Turn]) -> list[Turn | None]:
    """The turn each unit lies in (by its start), None outside every turn."""
    starts = [t.start for t in turns]
    found: list[Turn | None] = []
    for unit in units:
        i = bisect_right(starts, unit.start) - 1
        found.append(turns[i] if i >= 0 and unit.start < turns[i].end else None)
    return found


@dataclass(frozen=True)
class _Subject:
    start: int  # the noun phrase
    end: int
    particle_end: int
    topic: bool = True  # marked with 은/는/께서 (the sentence's topic), not 이/가


def attribute_speakers(
    text: str,
    units: Sequence[Unit],
    mentions: Sequence[Mention],
    turns: Sequence[Turn] | None = None,
) -> list[Speaker]:
    """One `Speaker` per unit, in the order of `units`. Inside a transcript's labelled turn every unit is
    the labelled speaker's (`turns`: from `interview_turns`, computed when not given)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    by_sentence: dict[int, list[int]] = {}
    for i, unit in enumerate(units):
        by_sentence.setdefault(unit.sentence, []).append(i)
    speakers: list[Speaker] = [NARRATION] * len(units)
    last = NARRATION  # the speaker of the latest reported speech
    previous = NARRATION  # the speaker of the sentence before
    interviewee = _interviewee(text, units, ordered)
    answering = False  # inside the answers of a Q&A interview
    for indexes in sorted(by_sentence.values(), key=lambda group: units[group[0]].sentence_start):
        first = units[indexes[0]]
        if interviewee is not None and is_question(text, first.sentence_start, first.sentence_end):
            answering, last = True, interviewee  # what follows a question is the interviewee's answer
            previous = NARRATION
            continue
        reader = _Sentence(text, first, ordered, starts)
        for i in indexes:
            speakers[i], speech = reader.speaker_of(units[i], last, previous)
            if answering and speakers[i] == NARRATION and interviewee is not None:
                speakers[i] = interviewee
            if speech:
                last = speakers[i]
        previous = speakers[indexes[-1]]
    _lone_lede_quotes(text, units, speakers)
    _said_thus(text, units, speakers)
    _named_after(text, units, ordered, speakers)
    _transcript_brackets(text, units, ordered, speakers)
    _script_answers(text, units, ordered, speakers)
    if turns is None:
        turns = interview_turns(text, units, mentions)
    for i, turn in enumerate(turn_of_units(units, turns)):
        if turn is not None:
            speakers[i] = turn.speaker
    return speakers


def _interviewee(text: str, units: Sequence[Unit], mentions: Sequence[Mention]) -> Speaker | None:
    """The one official named before the first question of a Q&A interview, else None (not guessed)."""
    question = next(
        (u for u in units if is_question(text, u.sentence_start, u.sentence_end)),
        None,
    )
    if question is None:
        return None
    before = [m for m in mentions if m.end <= question.sentence_start and m.person_key]
    if len({m.person_key for m in before}) != 1:
        return None
    return Speaker(before[0].person_key, before[0].text)


# The first person and the audience addressed, outside quotes: an official's own text (a New Year address, a
# column, a statement read out, an interview's answers printed as paragraphs) rather than a report of it.
_FIRST_PERSON = re.compile(r"(?<![가-힣])(?:저는|제가|저희|저의|저를|저도|저에게)(?![가-힣])|여러분")
# A title's label for an official's own text: a New Year address, a column, a statement, a speech.
_OWN_TEXT_LABEL = re.compile(
    r"신년사|기고|담화문?|축사|인사말|송년사|취임사|기념사|격려사|호소문|입장문|서한"
)
# A sentence in the polite register a speaker uses (`…만들겠습니다.`, `…됐는데요.`); a newspaper narrates in 다.
_POLITE_END = re.compile(r"(?:니다|십시오|[가-힣]요)[.!?]?[\"'”’]?$")
# A broadcast's reporter, whose script is in the polite register too: no official's own text.
_REPORTER_CUE = re.compile(
    r"◀[A-Z]+▶|기자(?:입니다|가 보도합니다)|기잡니다|보돕니다|(?:^|\n)\s*[\[(](?:앵커|기자|리포트)"
)


def own_words(
    text: str,
    units: Sequence[Unit],
    mentions: Sequence[Mention],
    speakers: list[Speaker],
    titles: Callable[[], Sequence[Mention]] = tuple,
    title_text: str = "",
) -> None:
    """In an official's own text, his unquoted sentences in the polite register are his (in place).

    The text is his when it speaks in the first person or to an audience at least twice outside quotes (or its
    title labels it his: `[신년사]`, `기고`, `담화문`) and most of its unquoted sentences are in the polite
    register, with no reporter's cue or sign-off. He is the official it names most (more than every other
    together), in its body or else in its titles (`titles`, read only then: `[신년사]정용래 대전 유성구청장
    “…”`). Set-ml ml-09 (a district head's New Year address), set-mi mi-05 (a mayor's statement), set-jo
    jo-09 (an interview's answers)."""
    if _REPORTER_CUE.search(text):
        return
    outside = [u for u in units if not u.quoted]
    spoken = "\n".join(u.text for u in outside)
    if not outside or (len(_FIRST_PERSON.findall(spoken)) < 2 and not _OWN_TEXT_LABEL.search(title_text)):
        return
    polite = [u for u in outside if _POLITE_END.search(u.text.strip())]
    if 2 * len(polite) < len(outside):
        return
    author = _most_named([m for m in mentions if m.person_key]) or _most_named(
        [m for m in titles() if m.person_key]
    )
    if author is None:
        return
    # an interview's lead before its first question is the host's (set-hq hq-03)
    asked = next((u.start for u in units if is_question(text, u.sentence_start, u.sentence_end)), 0)
    for i, unit in enumerate(units):
        if (
            unit.start >= asked
            and speakers[i] == NARRATION
            and not unit.quoted
            and _POLITE_END.search(unit.text.strip())
        ):
            speakers[i] = author


def _most_named(named: Sequence[Mention]) -> Speaker | None:
    """The person named more often than every other together, as first written."""
    counts: dict[str, int] = {}
    for m in named:
        counts[m.person_key] = counts.get(m.person_key, 0) + 1  # type: ignore[index]
    if not counts:
        return None
    key = max(counts, key=lambda k: counts[k])
    if 2 * counts[key] <= len(named):
        return None
    return Speaker(key, next(m.text for m in named if m.person_key == key))


# `…에서 이같이 밝혔다`, `이렇게 말했습니다`: the sentence reports the words just before it.
_THUS = re.compile(r"(?:이\s?같이|이와\s?같이|이렇게|이처럼)\s?(?:\S+\s)?(?:" + _REPORTING.pattern + r")")


def _said_thus(text: str, units: Sequence[Unit], speakers: list[Speaker]) -> None:
    """`“…울산을 만들겠습니다.” ¶ 송철호 울산시장은 26일 … 포럼에서 이 같이 밝혔다.`: quotes standing
    before a sentence that says someone said 'this' are that person's, when nobody was given them."""
    for i, unit in enumerate(units):
        speaker = speakers[i]
        if unit.quoted or speaker.person_key is None or not _THUS.search(text, unit.start, unit.end):
            continue
        j = i - 1
        while j >= 0 and units[j].quoted and speakers[j] == NARRATION:
            speakers[j] = speaker
            j -= 1


def _named_after(text: str, units: Sequence[Unit], mentions: Sequence[Mention], speakers: list[Speaker]) -> None:
    """`“2026년은 … 제2장을 시작되는 해가 될 것입니다.” 지방소멸 위기를 … 해결하겠다는 김주수 의성군수.`: a quote
    opening its paragraph, nobody given it, then a phrase that ends in an official's name and title (no verb,
    the feature writer's way of naming who spoke): that official's words."""
    for i, unit in enumerate(units):
        if not unit.quoted or speakers[i] != NARRATION:
            continue
        line_start = text.rfind("\n", 0, unit.sentence_start) + 1
        if text[line_start : unit.sentence_start].strip():
            continue  # the quote does not open its paragraph
        following = next((u for u in units[i + 1 :] if u.sentence_start >= unit.sentence_end), None)
        if following is None or following.quoted:
            continue
        if text.rfind("\n", unit.sentence_end, following.sentence_start) >= 0:
            continue  # the naming phrase is in the same paragraph
        phrase_end = text[following.sentence_start : following.sentence_end].rstrip().rstrip(".").rstrip()
        end = following.sentence_start + len(phrase_end)
        named = next((m for m in mentions if m.person_key and m.end == end and m.name and m.title), None)
        if named is None:
            continue
        j = i
        while j < len(units) and units[j].sentence_start == unit.sentence_start and units[j].quoted:
            if speakers[j] == NARRATION:
                speakers[j] = Speaker(named.person_key, named.text)
            j += 1


def _transcript_brackets(
    text: str, units: Sequence[Unit], mentions: Sequence[Mention], speakers: list[Speaker]
) -> None:
    """`[김영록 / 전남지사 : 전라남도의 에너지 신산업이 … 프로젝트입니다. 이것을 중심으로 …]`: every sentence
    inside a broadcast transcript's bracket is the labelled official's, quoted or not."""
    if "[" not in text:
        return
    for label in _TRANSCRIPT.finditer(text):
        close = text.find("]", label.end())
        line_end = text.find("\n", label.end())
        end = min(x for x in (close, line_end, len(text)) if x >= 0)
        mention = next(
            (m for m in mentions if m.start < label.end(1) and m.end > label.start(1) and m.person_key),
            None,
        )
        if mention is None:
            continue  # a resident's or an expert's words stay as the sentence reads them
        speaker = Speaker(mention.person_key, mention.text)
        for i, unit in enumerate(units):
            if label.start() <= unit.start and unit.end <= end + 1 and speakers[i] == NARRATION:
                speakers[i] = speaker


def _script_answers(
    text: str, units: Sequence[Unit], mentions: Sequence[Mention], speakers: list[Speaker]
) -> None:
    """A broadcast interview's answers (`[답변]` to the next label) are the guest's, in place: the one official
    named before the first answer, when the host's words just before it hand over to no announcer or reporter
    (set-rg rg-05 `강종만 영광군수님 모시고`, set-qz qz-06 `(질문 1)` … `(답변)`). Who else an answer quotes keeps
    their words."""
    if "답변" not in text and "대답" not in text:
        return
    labels = list(_SCRIPT_LABEL.finditer(text))
    answers = [label for label in labels if label.group(1) in _ANSWER_LABELS]
    if not answers:
        return
    first = answers[0].start()
    # the host's words before the first answer (the cleaned text's first mark is often gone with the header)
    asked = next((label.end() for label in reversed(labels) if label.start() < first), 0)
    if _HAND_OVER.search(text, asked, first):
        return
    keys = {m.person_key for m in mentions if m.person_key and m.end <= first}
    if len(keys) != 1:
        return
    key = keys.pop()
    guest = Speaker(key, next(m.text for m in mentions if m.person_key == key))
    starts = [label.start() for label in labels]
    for answer in answers:
        i = bisect_right(starts, answer.start())
        end = starts[i] if i < len(starts) else len(text)
        for j, unit in enumerate(units):
            if answer.end() <= unit.start < end and speakers[j] == NARRATION:
                speakers[j] = guest


def _lone_lede_quotes(text: str, units: Sequence[Unit], speakers: list[Speaker]) -> None:
    """A quote standing alone at the head of the article, before anyone is said to speak (an interview
    piece's lede `“수소경제는 새로운 도전 …”`), is the official's who speaks in the article, when exactly
    one official does (never a guess between several)."""
    officials = {s.person_key for s in speakers if s.person_key}
    if len(officials) != 1 or any(s.text and not s.person_key for s in speakers):
        return
    first_official = next(i for i, s in enumerate(speakers) if s.person_key)
    lone = []
    for i, unit in enumerate(units[:first_official]):
        if unit.paragraph > 5:
            break
        if speakers[i].text is not None:
            return  # someone else speaks first
        sentence = text[unit.sentence_start : unit.sentence_end].strip()
        if unit.quoted and quote_spans(text, unit.sentence_start, unit.sentence_end) == [
            (unit.sentence_start, unit.sentence_end)
        ]:
            lone.append(i)
        elif _BODY_SENTENCE.search(sentence):
            break  # the body has begun (a caption or subheadline above the quote, `류규하 중구청장.`, is no body)
    for i in lone:
        speakers[i] = speakers[first_official]


# A sentence of the story's body: it ends as a finished statement does (`…밝혔다.`, `…있습니다.`).
_BODY_SENTENCE = re.compile(r"(?:다|요|죠)[.!]?[”’\"']?$")


def _embedded(tokens: Sequence[Token], i: int) -> bool:
    """The subject marked 이/가 at token i belongs to a clause that modifies a noun or is made a noun
    (`지역적 특색이 강한 축제`, `무상교육이 국회를 통과한 것에 대해`): the first ending after it is an
    adnominal or nominal one (ETM, ETN). That subject is not the sentence's, which comes later (`… 것에
    대해 이석문 교육감이 환영의 메시지를 전했습니다`). Only for subjects that name no official: in `김수영
    구청장이 1일 … 열린 현장구청장실에서 … 설명했다` the clause between subject and verb is another's."""
    for tok in tokens[i + 1 :]:
        if tok.tag in ("ETM", "ETN"):
            return True
        if tok.tag in ("EF", "EC") or tok.tag.startswith(("JKS", "JX")):
            return False
    return False


class _Sentence:
    """One enclosing sentence: its quotes, its subjects outside the quotes, and what they refer to."""

    def __init__(
        self, text: str, unit: Unit, mentions: Sequence[Mention], mention_starts: Sequence[int]
    ) -> None:
        self.text = text
        self.start, self.end = unit.sentence_start, unit.sentence_end
        self.tokens = unit.sentence_tokens or unit.tokens
        self.quotes = quote_spans(text, self.start, self.end)  # sorted, not overlapping
        self._quote_starts = [q_start for q_start, _ in self.quotes]
        lo = bisect_left(mention_starts, self.start)
        self.mentions = list(mentions[lo : bisect_left(mention_starts, self.end)])
        # the people named in the text before the sentence, nearest last, for a pronoun no speaker stands for
        self.earlier = mentions[bisect_left(mention_starts, self.start - _PRONOUN_REACH) : lo]
        tail_from = self.quotes[-1][1] if self.quotes else self.start
        self.reporting = bool(_REPORTING.search(text, tail_from, self.end))
        # a subject marked 이/가 that goes on to an indirect quote speaks too (`_SAYING`)
        self.saying = self.reporting or bool(_SAYING.search(text, tail_from, self.end))
        self.subjects = self._subjects()
        said = (
            _SAID_BY.search(text, tail_from, self.end)
            if _SAID_END.search(text, max(tail_from, self.end - 8), self.end)
            else None
        )
        self._said = said if said and said.start() >= tail_from else None

    def speaker_of(self, unit: Unit, last: Speaker, previous: Speaker = NARRATION) -> tuple[Speaker, bool]:
        """(speaker, whether the unit is reported speech that later subjectless quotes continue).
        `previous`: the speaker of the sentence before, whom a subjectless reported plan continues."""
        transcript = _TRANSCRIPT.match(self.text, self.start, self.end)
        if transcript and unit.quoted:
            return self._named(transcript.start(1), transcript.end(1)) or NARRATION, True
        if unit.quoted:
            quote = next((q for q in self.quotes if q[0] < unit.start and unit.end <= q[1]), None)
            q_start = quote[0] if quote else unit.start
            holder = self._quote_holder(quote[1] if quote else unit.end, last)
            if holder is not None:
                return holder, True
            before = [s for s in self.subjects if s.particle_end <= q_start]
            after = [s for s in self.subjects if s.start >= (quote[1] if quote else unit.end)]
            for subject in reversed(before):
                found = self._person(subject, last)
                if found is not None:
                    return found, True
            named = self._named_right_before(q_start)
            if named is not None:
                return named, True
            said = self._said_by(last)
            if said is not None:
                return said, True
            if before or after:  # the sentence names its subject, and it is no person
                return self._person((before or after)[0], last) or NARRATION, True
            return last, True
        said = self._said_by(last)
        if said is not None:
            return said, True
        continued = previous.person_key is not None and bool(
            _CONTINUED.search(self.text, max(self.start, self.end - 40), self.end)
        )
        if self.subjects:
            # a narrated act is the person's claim when the person is the topic (`…단양군수는 … 합의했다`)
            # or says something (`…시장이 … 밝혔다`, `…지사가 … 잡는다며 섭섭함을 드러냈다`); `…시장 등이 참석했다` is the
            # reporter's
            topic = self.subjects[0]
            found = self._person(topic, last) if topic.topic or self.saying else None
            if found is None and not topic.topic:
                # `정책이 추진중인 가운데 원희룡 제주도지사는 …`: the subject of a subordinate clause comes
                # first; the sentence's topic is the one marked 은/는
                later = next((s for s in self.subjects[1:] if s.topic), None)
                found = self._person(later, last) if later is not None else None
            if found is not None:
                return found, True
            if self._address(last):
                return last, True
            if (continued or self._goes_on(previous)) and not any(s.topic for s in self.subjects):
                return previous, True  # `정부가 … 강조하는 만큼 … 만든다는 계획이다`
            if self.reporting and all(self._frame_topic(s) for s in self.subjects):
                return last, True  # `경제 분야는 … 육성을 꼽았다`: the one speaking is not written
            return NARRATION, self.reporting
        if self.reporting:
            return last, True
        if continued or self._goes_on(previous):
            return previous, True
        return NARRATION, False

    def _goes_on(self, previous: Speaker) -> bool:
        """The sentence opens with a connective (`또 …`, `아울러 …`, `이어 …`, `그러면서 …`) after a person's
        sentence: it goes on with what that person said or did (`또 … 직거래장터를 정기적으로 열기로 했다`)."""
        return previous.person_key is not None and _GOES_ON.match(self.text, self.start) is not None

    def _quote_holder(self, quote_end: int, last: Speaker) -> Speaker | None:
        """`“…”고 지적한 국민의힘 윤희숙 의원을 향해 …`, `“…”라고 말한 권 시장은`: a quote whose reporting
        verb modifies a noun (`…고 지적한 N`) is that noun's, when the noun is a person, whoever the
        sentence's subject is. None when the quote is reported otherwise."""
        tokens = self.tokens
        j = next((i for i, t in enumerate(tokens) if t.start >= quote_end), None)
        if j is None or tokens[j].tag != "JKQ":
            return None
        etm = next(
            (
                i
                for i in range(j + 1, min(j + 5, len(tokens)))
                if tokens[i].tag == "ETM" and tokens[i - 1].tag in {"VV", "XSV", "VX"}
            ),
            None,
        )
        if etm is None or any(t.tag.startswith(("E", "J")) for t in tokens[j + 1 : etm - 1]):
            return None  # `…고 말했다. …`: another ending comes first, the verb is the sentence's own
        k = etm + 1
        while k < len(tokens) and tokens[k].tag in _NOUNISH:
            k += 1
        if k == etm + 1:
            return None
        return self._longest_person(tokens[etm + 1].start, tokens[k - 1].end, last)

    def _frame_topic(self, subject: _Subject) -> bool:
        """A topic that frames what is said, not who says it (`2019년도 군정방향은 … 을 설명했다`, `농업소득
        분야는 … 을 꼽았다`): marked 은/는, a thing that cannot speak (no person, pronoun, title, institution
        or group of people) and no speech or address. With a reporting verb the speaker is then dropped,
        as Korean drops a subject known from the sentence before."""
        if not subject.topic or self.text[subject.start : subject.end].endswith(_ADDRESS_ENDS):
            return False
        return self._cannot_speak(subject)

    def _address(self, last: Speaker) -> bool:
        """The topic is a speech or address (`담화문은 … 의지를 담았다`) and someone spoke before."""
        if last.person_key is None:
            return False
        topics = [s for s in self.subjects if s.topic]
        return bool(topics) and self.text[topics[0].start : topics[0].end].endswith(_ADDRESS_ENDS)

    def _named_right_before(self, q_start: int) -> Speaker | None:
        """`권영진 대구시장 “…” 라며`: an official named just before the quote, with no particle."""
        for mention in self.mentions:
            if mention.end <= q_start and not self.text[mention.end : q_start].strip():
                return Speaker(mention.person_key, mention.text)
        return None

    def _said_by(self, last: Speaker) -> Speaker | None:
        """`“…” 권영진 대구시장의 말이다`, `…는 게 박 원장의 설명이다`: the speaker in a genitive, the
        longest run of words before `의` that names a person."""
        if self._said is None:
            return None
        return self._longest_person(*self._said.span(1), last)

    def _longest_person(self, start: int, end: int, last: Speaker) -> Speaker | None:
        """The longest run of words ending at `end` that names a person (`국민의힘 윤희숙 의원` is read
        as `윤희숙 의원` when the party name is no part of a name)."""
        while start < end:
            found = self._person(_Subject(start, end, end), last)
            if found is not None and found.text:
                return found
            space = self.text.find(" ", start, end)
            if space < 0:
                break
            start = space + 1
        return None

    # -- subjects ------------------------------------------------------------------------------------
    def _inside_quote(self, pos: int) -> bool:
        if not self.quotes:
            return False
        i = bisect_right(self._quote_starts, pos) - 1  # the last quote opening at or before `pos`
        return i >= 0 and pos < self.quotes[i][1]

    def _subjects(self) -> list[_Subject]:
        subjects = []
        tokens = self.tokens
        for i, tok in enumerate(tokens):
            if i == 0:
                continue
            is_topic = tok.tag == "JX" and tok.form in {"은", "는"}
            if not (is_topic or tok.tag == "JKS" or tok.form == "께서") or self._inside_quote(tok.start):
                continue
            if tokens[i - 1].end != tok.start:
                continue
            head = i - 1 if tokens[i - 1].tag in _NOUNISH else self._before_aside(i - 1)
            if head is None:
                continue
            start = self._phrase_start(head)
            end = tokens[head].end
            if tok.tag == "JKS" and _embedded(tokens, i) and not self._names_official(start, end):
                continue
            subjects.append(_Subject(start, end, tok.end, tok.tag != "JKS" or tok.form == "께서"))
        if self.reporting and subjects:
            reported_until = self._indirect_end()
            subjects = [s for s in subjects if not self._reported_content(s, reported_until)]
            proposed_until = self._proposal_end()
            subjects = [
                s
                for s in subjects
                if s.particle_end > proposed_until or s.topic or self._names_official(s.start, s.end)
            ]
        return subjects

    def _before_aside(self, close: int) -> int | None:
        """`홍미영 부평구청장(63, 더불어민주당)이`, `이성 구로구청장(사진)은`, `창원시(시장 홍남표)는`: a short
        aside in round brackets between a noun and its particle belongs to the noun; the index of the noun's
        last token, or None when token `close` ends no such aside."""
        tokens = self.tokens
        if tokens[close].form != ")":
            return None
        for k in range(close - 1, max(close - 12, 0), -1):
            if tokens[k].form == "(":
                noun = k - 1
                if (
                    noun >= 0
                    and tokens[noun].tag in _NOUNISH
                    and tokens[noun].end == tokens[k].start
                    and tokens[close].end - tokens[k].start <= 30
                    and not self._inside_quote(tokens[k].start)
                ):
                    return noun
                return None
            if tokens[k].form in (")", "“", "”", '"'):
                return None
        return None

    def _proposal_end(self) -> int:
        """Where the content of a proposal or request made a noun ends, when it is the object of the reporting
        verb (`중앙정부와 지방정부가 함께 참여해 … 만들 것을 제안했다`, set-n n-01; `…이 협력하기를 요청했다`), or
        -1. A subject marked 이/가 inside it is what is proposed, never who proposes, even an institution:
        the one proposing is dropped, as Korean drops a subject known from the sentence before."""
        tokens = self.tokens
        for k in range(len(tokens) - 2, 0, -1):
            tok = tokens[k]
            if (
                tok.tag == "JKO"
                and (tokens[k - 1].form == "것" or tokens[k - 1].tag == "ETN")
                and not self._inside_quote(tok.start)
                and _REPORTING.match(self.text, tokens[k + 1].start)
            ):
                return tok.start
        return -1

    def _names_official(self, start: int, end: int) -> bool:
        return any(m.start < end and m.end > start for m in self.mentions)

    def _indirect_end(self) -> int:
        """Where the last indirect-speech clause outside quotes ends (`…해야 한다고`, and the content of a
        speech noun, `…어렵지 않다는 발언도 덧붙였다`, `…하겠다는 뜻을 밝혔다`), or -1."""
        for tok in reversed(self.tokens):
            if self._inside_quote(tok.start):
                continue
            if (tok.tag == "EC" and tok.form.endswith(_INDIRECT_ENDS)) or (
                tok.tag == "ETM" and tok.form in _QUOTATIVE_ADNOMINALS
            ):
                return tok.start
        return -1

    def _reported_content(self, subject: _Subject, reported_until: int) -> bool:
        """A subject inside the reported clause of a reporting verb that cannot be the one speaking
        (`이어 로봇산업은 키워야 한다고 강조했다`): the sentence then has no subject of its own and
        continues the previous speaker."""
        return subject.particle_end <= reported_until and self._cannot_speak(subject)

    def _cannot_speak(self, subject: _Subject) -> bool:
        """The subject is a thing: no official, pronoun, title, speaking body (`대구시`, `관계자`) or
        person named in it."""
        if self._names_official(subject.start, subject.end):
            return False
        phrase = self.text[subject.start : subject.end]
        words = phrase.split()
        if (
            not words
            or phrase in _PRONOUNS
            or words[-1] in _HEAD_TITLES
            or words[-1].endswith(_SPEAKING_ENDS)
        ):
            return False
        return self._named(subject.start, subject.end) is None

    def _phrase_start(self, j: int) -> int:
        """Walk back over the noun phrase ending at token j (names, titles, places, `A와 B`)."""
        tokens = self.tokens
        start = tokens[j].start
        while j > 0:
            prev = tokens[j - 1]
            gap = self.text[prev.end : tokens[j].start]
            if gap.strip() or self._inside_quote(prev.start):
                break
            if prev.tag in _NOUNISH or (prev.tag == "JC" and j > 1 and tokens[j - 2].tag in _NOUNISH):
                start = prev.start
            else:
                break
            j -= 1
        return start

    # -- persons -------------------------------------------------------------------------------------
    def _person(self, subject: _Subject, last: Speaker) -> Speaker | None:
        """The person a subject names, `last` for a pronoun or a title referring back, None for a thing
        or an institution."""
        phrase = self.text[subject.start : subject.end]
        for mention in self.mentions:
            if mention.start < subject.end and mention.end > subject.start:
                return Speaker(mention.person_key, self.text[min(mention.start, subject.start) : subject.end])
        words = phrase.split()
        if phrase in _PRONOUNS:
            if last.text:
                return Speaker(last.person_key, self.text[subject.start : subject.particle_end])
            # no one spoke before: `그는` is the person the text named last, close before it (`… 유종필
            # 관악구청장이 직접 지었다. … 비결을 묻자 그는 “…”이라며`)
            named = self._named_before(subject.start)
            return Speaker(named.person_key, self.text[subject.start : subject.particle_end]) if named else None
        if words and words[-1] in _HEAD_TITLES and (len(words) == 1 or words[0] in _DEICTIC):
            return Speaker(last.person_key, phrase) if last.text else None
        return self._named(subject.start, subject.end)

    def _named_before(self, start: int, reach: int = _PRONOUN_REACH) -> Mention | None:
        """The last official or named person mentioned within `reach` characters before `start`, if one person
        is named there (two people named close together leave a pronoun ambiguous)."""
        near = [
            m
            for m in (*self.earlier, *self.mentions)
            if start - reach <= m.start and m.end <= start and (m.person_key or m.name)
        ]
        if not near:
            return None
        last = near[-1]
        if any(m.person_key != last.person_key or (not m.person_key and m.name != last.name) for m in near):
            return None
        return last

    def _named(self, start: int, end: int) -> Speaker | None:
        """A person named in the phrase but not in the registry: `박건희 평창군보건의료원장`, `이재현`."""
        phrase = self.text[start:end]
        for mention in self.mentions:
            if mention.start < end and mention.end > start:
                return Speaker(mention.person_key, phrase)
        words = phrase.split()
        if not words or len(words[0]) < 3 or words[0].endswith(_PLACE_ENDINGS):
            return None  # `김해시 관계자`: Kiwi tags places as proper nouns too
        morphemes = [t for t in self.tokens if start <= t.start < start + len(words[0])]
        if not looks_like_name(words[0], morphemes):
            return None
        if len(words) == 1 and not words[0].endswith(ORGANISATION_ENDINGS):
            return Speaker(None, phrase)
        if len(words) > 1 and words[-1].endswith(_PERSON_TITLE_END):
            return Speaker(None, phrase)
        return None
