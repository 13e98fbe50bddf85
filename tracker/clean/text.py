"""Scraped text -> body paragraphs and what the boilerplate said (headline, byline, dates, captions).

The order matters: the header is read before anything is dropped (a date line at the top is the
publication date, the same shape at the bottom is a footer), header leftovers above a dateline further
down are set aside, the page below the story (comment widget, article lists, site footer) is cut, the
dateline is cut from the first body line only, and footers are judged line by line after captions are
set aside.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

from tracker.clean.captions import (
    agency_photo_caption,
    archive_credit,
    bare_provider_line,
    caption_above_credit,
    credit_only_line,
    is_caption_line,
    photo_credit_outlet,
    repeated_credited_caption,
    split_inline_caption,
)
from tracker.clean.dates import stamped_date
from tracker.clean.displaced import take_embargo, title_above_date, title_at_end, title_below
from tracker.clean.found import Found
from tracker.clean.header import (
    _PLACES,
    bracket_brand,
    drop_repeats,
    header_field_line,
    headline_like,
    own_title_start,
    split_glued_subheadline,
    strip_dateline,
    take_header,
    take_lead_in,
)
from tracker.clean.lines import (
    SURNAME,
    copyright_line,
    copyright_outlet,
    footer_line,
    is_junk,
    normalise_line,
    page_end_line,
    slogan_copyright_outlet,
    split_glued_copyright,
    strip_inline_footer,
    strip_trailing_address,
    strip_trailing_byline,
)
from tracker.clean.outlets import known_outlet_prefix, outlet_name
from tracker.clean.quotes import turn_quotes
from tracker.clean.wrapped import unwrap

# A template's byline fields run together on one line: '기자 : 김경순 기자등록일 : 2020-01-08 22:20최종편집일 : …'
# (set-hl hl-03, sobien.kr). Each label opens a field of its own.
_GLUED_FIELD_LABEL = re.compile(r"(?<=\S)\s*(?=(?:기자등록일|최종편집일|최종수정일|기사입력일|등록일시)\s*[:：])")

# A byline and its date run on at the end of a title: ' 이윤기 기자 2025-09-01 11:27:48'.
_GLUED_BYLINE_DATE = re.compile(
    rf"\s{SURNAME}[가-힣]{{1,2}}\s?기자\s+(?:19|20)\d{{2}}[-.]\d{{1,2}}[-.]\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$"
)

# A broadcast interview's script marks the guest's answers (`[답변]`, `(답변)`), which are no furniture; there the
# host's marks (`[앵커]`, `(앵커)`) stay too, so that extraction can tell the host's words from the guest's
# (`tracker.extract.speakers`). Elsewhere a script's marks are furniture (`lines.is_junk`).
_ANSWER_MARK_LINE = re.compile(r"^\s*[\[(]\s*(?:답변|대답)\s*[\])]\s*$")
_HOST_MARK_LINE = re.compile(r"^\s*[\[(]\s*앵커(?:\s*멘트)?\s*[\])]\s*$")

# Section heads inside a run-together body: '◆물산업 허브도시 자리매김 = ' (kept as their own paragraph).
_SECTION_HEAD = re.compile(r"\s*(◆[^◆=\n]{1,60}?)\s*=\s*")
# A sentence end glued to the next sentence ('있다.대구시가'), as copy-pasted press releases have it.
_GLUED_SENTENCE = re.compile(r"(?<=[다요]\.)(?=[가-힣A-Za-z0-9‘“])")
_STORY_END = re.compile(r"[다요]\.[\"'”’)]*$")
_SUBHEAD = re.compile(r"^[▲◆◇■□●○]\s*\S")
# How a page store records the page's date on the first line of the page's main content:
# ' date 2025-10-02 복지시설 13곳·취약계층 1,844세대에 전달', or only the month when the page gave no day
# (' date 2021-05 시민이 편리한 …'; a month is no publication date, but the marker is not the title).
# A dash may part the date from the rest (' date 2025-08-14 - 8월 14일 민관협력 간담회 개최…', set-gx gx-02).
_STORED_DATE = re.compile(r"^date\s+(?P<date>(?:19|20)\d{2}-\d{2}(?:-\d{2})?)(?:\s+(?:[-–—]\s+)?(?P<rest>.*))?$")
# Sentence ends, for comparing repeated text sentence by sentence.
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"'”’)])\s+")
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")


def split_glued_fields(line: str) -> list[str]:
    """'기자 : 김경순 기자등록일 : 2020-01-08 22:20최종편집일 : …' -> one line per field; a title run together with its
    byline and date ('김덕현 연천군수, … 포함돼야 이윤기 기자 2025-09-01 11:27:48', set-kn kn-08) -> the title, then the
    byline; other lines as they are."""
    if "기자" in line and len(line) <= 300 and (tail := _GLUED_BYLINE_DATE.search(line)) and tail.start() >= 10:
        head = line[: tail.start()].rstrip()
        # (not a byline of two: '머니투데이 기성훈 기자, 김지현 기자 2022.04.14 05:40')
        if not _ENDS_SENTENCE.search(head) and "기자" not in head:
            return [head, line[tail.start() :].strip()]
    if "일" not in line or len(line) > 160 or not _GLUED_FIELD_LABEL.search(line):
        return [line]
    parts = [part.strip() for part in _GLUED_FIELD_LABEL.split(line)]
    return [part for part in parts if part] or [line]


def _indent(line: str) -> int:
    """Leading spaces and tabs of a raw line (a tab as four)."""
    head = line[: len(line) - len(line.lstrip(" \t"))]
    return len(head) + 3 * head.count("\t")


def clean_lines(
    raw_lines: Iterable[str],
    *,
    known_headline: str | None = None,
    repeats: tuple[str, ...] = (),
    subjects: tuple[str, ...] = (),
) -> tuple[list[str], Found]:
    """Lines of an article ('' between paragraphs) -> body lines ('' between paragraphs) and `Found`.

    `known_headline` is a headline the markup already gave (HTML headings): the text's first line is then
    not taken for one. `repeats` are lines to drop wherever they appear (an export's title). `subjects`
    are names a lead sentence may open with (local governments), used to cut a subheadline
    glued to the lead.
    """
    parts = [(part, _indent(line)) for line in raw_lines for part in split_glued_fields(normalise_line(line))]
    lines = [part for part, _ in parts]
    # other stories' titles above the story's own are not this story's text
    start = own_title_start(lines)
    lines, indents = lines[start:], [indent for _, indent in parts[start:]]
    stamp = stamped_date(lines)
    # a board post's own field row dates it, whatever date bar of the site stands above its title
    board = _board_post_fields(lines)
    answered = any(_ANSWER_MARK_LINE.match(line) for line in lines)
    kept = [
        (line, indent)
        for line, indent in zip(lines, indents, strict=True)
        if not is_junk(line) or (answered and _HOST_MARK_LINE.match(line))
    ]
    lines = unwrap([line for line, _ in kept], [indent for _, indent in kept])
    credited = [line for line in lines if "©" in line or "ⓒ" in line]
    lines, stored_date = _take_stored_date(lines)
    lines, embargo = take_embargo(lines)
    lines, found = take_header(
        lines, known_headline, repeats, headless=stored_date is not None, subjects=subjects
    )
    found = found.merge(Found(published=embargo))  # only where the page prints no date of its own
    if found.headline is None and stored_date is None:
        lines, found = title_above_date(lines, found, known_headline, repeats, subjects)
    if found.headline is None and stored_date is None:
        lines, found = title_below(lines, found)
    if found.headline is None and stored_date is None:
        lines, found = title_at_end(lines, found)
    lines = drop_repeats(lines, found, repeats)
    lines, found = take_lead_in(lines, found)
    lines, tail = cut_page_end(lines)
    found = found.merge(tail)
    body: list[str] = []
    first = True
    counts = Counter(line for line in lines if line and "사진" in line)
    caption_before = False  # the line before was a photo caption the body left out
    for line in lines:
        if not line:
            body.append("")
            caption_before = False
            continue
        if caption_before and bare_provider_line(line):
            # '동대문구 제공' on the line below a caption (set-aa aa-02), or an agency's name alone ('연합뉴스',
            # set-hd hd-08): that photo's credit, not the outlet of the story
            found = found.merge(Found(captions=(line,)))
            continue
        caption_before = False
        if archive := archive_credit(line):  # '오거돈 부산시장. / IT조선 DB': a file photo's caption
            found = found.merge(Found(captions=(line,), inner_outlet=archive))
            continue
        if repeated_credited_caption(line, counts[line]):
            found = found.merge(Found(captions=(line,)))
            continue
        if credit_only_line(line) and body and body[-1] and caption_above_credit(body[-1]):
            # a photo credit on the line below its caption: the line above was the caption
            found = found.merge(Found(captions=(body.pop(), line)))
            continue
        for part in _split_sections(line):
            if not part:
                body.append("")
                continue
            part = _GLUED_SENTENCE.sub(" ", part)
            opened = first and dateline_free(part)
            if not first:
                part, found = _late_dateline(part, found, deep=body.count("") >= _LATE_DATELINE_PARAGRAPHS)
            if first:
                part, dateline = strip_dateline(part)
                found = found.merge(dateline)
                if not part:
                    continue
                if (
                    dateline.outlet is not None
                    and dateline.reporter is None
                    and len(part) < 60
                    and headline_like(part)
                    and not _STORY_END.search(part)
                ):
                    # '(원주 더리더) “광역교통망 구축, 기업들 투자 열기 가속”': a dateline of place and outlet alone
                    # before a subheadline (one naming the reporter opens the story, maybe with a quote)
                    found = found.merge(Found(captions=(part,)))
                    continue
                first = False
                if found.headline and not found.subheadline:
                    part, glued = split_glued_subheadline(part, subjects)
                    found = found.merge(Found(subheadline=glued))
            kept, told = _clean_line(part)
            caption_before = kept is None and bool(told.captions)
            if kept is None and told.outlet and photo_credit_repeat(part, found.captions):
                # the photo's credit, printed apart from its caption: not the page's outlet
                told = Found(inner_outlet=told.outlet)
            found = found.merge(told)
            if kept:
                body.append(kept)
            elif opened and told.captions:
                first = True  # a photo caption above the story: the dateline may open the line below it
    # (a photo caption may say it too: '… 25일 동아일보와 인터뷰에서 “…”고 말했다. 대구 달서구 제공', set-hq hq-06)
    interviewed = interviewer_outlet(body) or interviewing_outlet([*body, *found.captions])
    printed = interviewing_name([*body, *found.captions])
    found = found.merge(Found(inner_outlet=interviewed, printed_outlet=printed))
    # the page's own photos credited to it ('… 설명하고 있다.ⓒ뉴데일리'): the weakest evidence, like the above
    found = found.merge(Found(inner_outlet=next(filter(None, map(photo_credit_outlet, credited)), None)))
    body, cut = _cut_closing_byline(body)
    found = found.merge(Found(reporter=cut))
    found = found.merge(broadcast_credits(body))
    body, closing = _closing_name(body, subjects)
    found = found.merge(Found(field_reporter=closing))
    if board is not None:
        found = replace(found, published=board.published)
    # the store's page date counts only when the page itself states none (a dateline may give the time)
    return drop_repeated_lines(body), found.merge(Found(published=stored_date, stamped=stamp))


def _board_post_fields(lines: list[str]) -> Found | None:
    """What the field row of a bulletin-board post tells ('페이지 정보' / '작성자 관리자 작성일 22-03-31 09:05 조회 …' /
    '본문', the template of many small local papers' sites), when it gives the post's date."""
    for index, line in enumerate(lines[:60]):
        if line.strip() != "페이지 정보":
            continue
        row = next((other.strip() for other in lines[index + 1 : index + 4] if other.strip()), "")
        is_field, told = header_field_line(row) if row else (False, Found())
        return told if is_field and told.published else None
    return None


# An interview turn label opening a paragraph: '프레시안: 30년을 끌어온 …', '송하진: 전라북도는 …', '◇기자 : …'.
_TURN_LABEL = re.compile(r"^[◇◆▶▷■Q]?\s*(?P<label>[가-힣A-Za-z0-9]{2,10})\s?[:：]\s*\S")


# Pages print captions, subheadlines or a summary above the story's dateline, and some keep them in the body
# ('김해시 삼방시장 입구 모습.' / '[일요신문] 김해시가 …'): a dateline may open a line of the first few paragraphs.
_LATE_DATELINE_PARAGRAPHS = 5


def _late_dateline(part: str, found: Found, deep: bool = False) -> tuple[str, Found]:
    """A line below the first that opens with a dateline, while the outlet or reporter is unknown: the story's
    own byline (`strip_dateline`), cut from the text; the line unchanged otherwise. `deep`: below the first
    paragraphs (pages that keep menus and lists above the story, '[세종=뉴스핌] 류용규 기자 = …' in the 28th
    line), only a dateline naming both a reporter and an outlet the table or an outlet's suffix vouches for,
    and only while the outlet is unknown and the reporter unknown or the same."""
    if found.outlet is not None and found.reporter is not None:
        return part, found
    if deep and (found.outlet is not None or part[:1] not in "[(【"):
        return part, found
    rest, dateline = strip_dateline(part)
    if deep and (dateline.reporter is None or dateline.outlet is None or outlet_name(dateline.outlet) is None):
        return part, found
    if deep and found.reporter is not None:
        # the known reporter's own dateline tells the outlet ('(정선=뉴스1) 신관호 기자 = …', set-kj kj-05); the line
        # stays as it is, as every deep dateline did while the reporter was known
        same = found.reporter == dateline.reporter
        return part, found.merge(Found(outlet=dateline.outlet)) if same else found
    if dateline.outlet is not None and outlet_name(dateline.outlet) is None and not bracket_brand(dateline.outlet):
        # '[남상훈 기자 = 양구군]': below the lead, only a name the outlet table or an outlet's suffix vouches for
        dateline = replace(dateline, outlet=None)
    if not rest or (dateline.outlet is None and dateline.reporter is None):
        return part, found
    return rest, found.merge(dateline)


def dateline_free(line: str) -> bool:
    """The line opens with no dateline (`strip_dateline` leaves it whole)."""
    return strip_dateline(line)[1] == Found()


def interviewer_outlet(body: list[str]) -> str | None:
    """The outlet named as the interviewer in a question-and-answer transcript ('프레시안: …?' then
    '송하진: …'): Korean interview pages label the questions with the outlet's name and the answers with
    the interviewee's. Only a label that is an outlet's name as a whole counts, and only in a transcript
    (at least two different turn labels)."""
    labels = [m["label"] for line in body if line and (m := _TURN_LABEL.match(line))]
    if len(set(labels)) < 2:
        return None
    for label in labels:
        if known_outlet_prefix(label) == label or outlet_name(label) == label:
            return outlet_name(label) or label
    return None


# `서울경제와 만나`, `조선비즈와의 인터뷰에서`, `본지와의 신년 인터뷰`: the outlet that did the interview.
# `국민일보 인터뷰에서`, `국민일보 신년인터뷰에서`: the paper's name before the interview with no particle.
_INTERVIEWING = re.compile(
    r"(?P<name>[가-힣A-Za-z0-9]{2,12}?)(?:와|과)(?:의)?\s?(?:단독|신년|특별|전화|서면|화상)?\s?(?:인터뷰|만나|만난|대담)"
    r"|(?<![가-힣A-Za-z0-9])(?P<bare>[가-힣A-Za-z0-9]{2,12})\s(?:단독|신년|특별|전화|서면|화상)?\s?인터뷰(?:에서|를\s통해)"
)


def interviewing_outlet(body: list[str]) -> str | None:
    """The outlet an official talks to in the story (`유천호 강화군수는 10일 서울경제와 만나 …`): an interview
    piece names its own paper so. Only a name the outlet table knows counts."""
    return next((outlet for _, outlet in _interviewers(body)), None)


def interviewing_name(body: list[str]) -> str | None:
    """That outlet's name as the story prints it, when it is a longer form of the table's name: '한국경제신문' in
    `김두겸 울산시장은 27일 한국경제신문과의 인터뷰에서 …` (the table's '한국경제')."""
    return next((name for name, outlet in _interviewers(body) if name != outlet and name.startswith(outlet)), None)


def _interviewers(body: list[str]) -> Iterator[tuple[str, str]]:
    """(the name as printed, the table's outlet) of each paper the story's officials talk to, in order."""
    for line in body:
        if "인터뷰" not in line and "만나" not in line and "만난" not in line and "대담" not in line:
            continue  # (the pattern is slow to fail on every line)
        for m in _INTERVIEWING.finditer(line):
            name = m["name"] or m["bare"]
            if outlet := outlet_name(name):
                yield name, outlet


# The interviewer's first turn in a broadcast transcript names the reporter with the label used after it:
# '◇ 박지은 기자 (이하 박지은): …' (KBS and other stations' interview transcripts).
_HOST_LABEL = re.compile(
    rf"^[◇◆▶▷■□●○Q]?\s*(?P<name>{SURNAME}[가-힣]{{1,3}})\s*기자\s*\(\s*이하\s*(?P=name)\s*\)\s*[:：]"
)
# The anchor's hand-off at the end of the lead: '수도 ‘서울’의 무술년 키워드를 박준상 기자가 취재했습니다.', '차선영
# 기자가 현장에 다녀왔습니다.' (the whole-line form '홍길동 기자가 보도합니다.' is a footer line).
_HANDOFF_END = re.compile(
    rf"(?:^|\s)(?P<name>{SURNAME}[가-힣]{{1,3}})\s*기자가\s*(?:[가-힣]+\s){{0,2}}"
    r"(?:취재했습니다|보도합니다|보도했습니다|전합니다|다녀왔습니다|만나봤습니다|만나\s*봤습니다|만났습니다|알아봤습니다|짚어봤습니다|"
    r"취재합니다)\.?[}\])]?$"
    # '정필문기자의 보돕니다.', '보도에 이혁동 기잡니다.', '김민수 기자의 보도입니다.'
    rf"|(?:^|\s)(?P<by>{SURNAME}[가-힣]{{1,3}})\s*기자의\s*(?:보도입니다|보돕니다)\.?[}}\])]?$"
    rf"|^보도에\s*(?P<to>{SURNAME}[가-힣]{{1,3}})\s*(?:기자입니다|기잡니다)\.?[}}\])]?$"
)
# A broadcaster's opening line naming itself: 'BBS 신년기획보도입니다.', 'KBS 연속기획입니다.'.
_STATION_INTRO = re.compile(
    r"^(?P<outlet>[A-Za-z가-힣]{2,10})\s+[가-힣]{0,8}\s?(?:기획|특집|연속|집중|신년|특별)?\s?(?:보도|뉴스|리포트|기획|취재)입니다\."
)


def broadcast_credits(body: list[str]) -> Found:
    """What a broadcast script's own turns say about it: the interviewer's label ('◇ 박지은 기자 (이하 박지은):'),
    the anchor's hand-off to the reporter, the station's opening line ('BBS 신년기획보도입니다.'). A byline or
    dateline wins over each (they are read as a template's fields are)."""
    reporter = outlet = None
    for position, line in enumerate(line for line in body if line):
        if position >= 8:
            break
        if reporter is None and (m := _HOST_LABEL.match(line) or _HANDOFF_END.search(line)):
            reporter = next(filter(None, (m.groupdict().get(g) for g in ("name", "by", "to"))))
        if outlet is None and (m := _STATION_INTRO.match(line)):
            name = m["outlet"]
            if known_outlet_prefix(name) == name or outlet_name(name) == name:
                outlet = outlet_name(name) or name
    if reporter is None and any(line.startswith(("<앵커>", "[앵커]", "앵커:")) for line in body[:12]):
        # the reporter's turn in an anchored script ('[김상훈 기자] 케이블카를 타고 …', set-fd fd-01)
        reporter = next((m["name"] for line in body if (m := _REPORTER_TURN.match(line))), None)
    return Found(field_reporter=reporter, footer_outlet=outlet)


_REPORTER_TURN = re.compile(rf"^[\[<]\s*(?P<name>{SURNAME}[가-힣]{{1,3}})\s*기자\s*[\]>]\s*\S")


# A closing byline cut where a stored excerpt ends, inside the title: '홍성=홍성헌 기' (the desk's place and '='
# say it is a byline).
_CUT_BYLINE = re.compile(rf"^[가-힣]{{1,6}}\s*=\s*(?P<name>{SURNAME}[가-힣]{{1,3}})\s*기$")


def _cut_closing_byline(body: list[str]) -> tuple[list[str], str | None]:
    last = next((i for i in range(len(body) - 1, -1, -1) if body[i]), None)
    if last is None or last == 0 or not (m := _CUT_BYLINE.match(body[last])):
        return body, None
    return body[:last], m["name"]


# A three-syllable personal name that opens with a common family name ('최충일').
# ('고맙다', '좋아요' end like a predicate, not a name)
# (not a word a cut excerpt ends on: '기사제' of 기사제보)
# (no name ends in a verb's ending or in the particles 에, 의, 를: '최근에', '오늘의' are a cut-off line and a menu item,
# set-jm jm-07, set-ct ct-02)
_PERSON_NAME = re.compile(rf"^(?!기사){SURNAME}[가-힣][가-힣](?<![다요에의를])$")


def photo_credit_repeat(line: str, captions: tuple[str, ...]) -> bool:
    """An outlet line that repeats the credit a caption of the article ends with ('… 알리고 있다. 가나통신' above,
    'ⓒ 가나일보' copyright below, '가나통신' alone between): the photo agency's credit printed apart from its
    caption, not the outlet whose page it is."""
    name = line.strip(" /-–—()[]")
    if not 2 <= len(name) <= 15:
        return False
    for caption in captions:
        end = caption.rstrip(" )]>")
        if end.endswith(name) and (len(end) == len(name) or not end[-len(name) - 1].isalnum()):
            return True
    return False


def _closing_name(body: list[str], subjects: tuple[str, ...]) -> tuple[list[str], str | None]:
    """A personal name alone on the last line ('…열어놓고 있다.' / '' / '최충일'): the writer's sign-off, as
    exports of a database row print the author field after the story. Only a three-syllable name that
    opens with a common family name counts, not a place ('서귀포', a local government in `subjects`) nor a
    person the story names; a reporter the byline or dateline names wins over it."""
    last = next((i for i in range(len(body) - 1, -1, -1) if body[i]), None)
    if last is None or last == 0 or not _PERSON_NAME.match(body[last]):
        return body, None
    name = body[last]
    if name in _PLACES or any(s.startswith(name) for s in subjects):
        return body, None
    if name[:2] in _PLACES and name[2] in "은는이가도":
        return body, None  # '전북은': a place and its particle, a line cut off (set-jr jr-07)
    if any(name in line for line in body[:last]):
        return body, None  # a person the story is about (a portrait's alt text), not its writer
    return body[:last], name


def _take_stored_date(lines: list[str]) -> tuple[list[str], str | None]:
    """Split the page store's date marker off the first line: (lines without it, the date or None)."""
    for index, line in enumerate(lines):
        if not line:
            continue
        if not line.startswith("date") or not (m := _STORED_DATE.match(line)):
            return lines, None
        rest = (
            [m["rest"]] if m["rest"] and not is_junk(m["rest"]) else []
        )  # (an AI-summary notice may follow)
        return [*lines[:index], *rest, *lines[index + 1 :]], m["date"]
    return lines, None


def drop_repeated_lines(body: list[str]) -> list[str]:
    """Drop a body line whose every sentence is repeated further down (a portal's auto-summary box or a
    lede box printed above the story it repeats); the later copy, in its paragraph, stays.

    Only lines that end a sentence and are at least 20 characters long count, so a short subhead or a
    list item that recurs is kept.
    """
    keys = [" ".join(line.split()) for line in body]
    joined = "\n".join(keys)
    drop: set[int] = set()
    position = 0
    for index, key in enumerate(keys):
        position += len(key) + 1  # where the lines after this one start in `joined`
        if len(key) < 20 or joined.find(key[:12], position) == -1 or not _ENDS_SENTENCE.search(key):
            continue  # (the cheap test first: the line's opening words must recur further down)
        if all(joined.find(sentence, position) != -1 for sentence in _SENTENCE_SPLIT.split(key) if sentence):
            drop.add(index)
    return [line for index, line in enumerate(body) if index not in drop] if drop else body


def cut_page_end(lines: list[str]) -> tuple[list[str], Found]:
    """Drop the part of a scraped page below the story, and read the bylines it holds.

    The cut starts at the first comment-widget, article-list or site-footer line (`page_end_line`) or at a
    copyright notice (`copyright_line`) that follows some story text; every line from there on goes.
    Bylines, e-mails and outlet lines between a copyright notice and the widgets still count as metadata.
    """
    seen_text = False
    notices = Found()  # what copyright notices above the story's end say (seoul.co.kr prints one under the photo)
    for index, line in enumerate(lines):
        if not line:
            continue
        if seen_text and copyright_line(line) and _story_after(lines[index + 1 :]):
            notices = notices.merge(footer_line(line)[1])
            continue
        if seen_text and page_end_line(line) and _story_after(lines[index + 1 : index + 30]):
            continue
        if seen_text and (page_end_line(line) or copyright_line(line)):
            found = notices
            for rest in lines[index:]:
                if rest and page_end_line(rest):
                    # the page-end line may carry the record's date ('등록일 : 2018-10-26조회 : 3260', set-em em-08)
                    found = found.merge(Found(published=footer_line(rest)[1].published))
                    break
                if rest:
                    found = found.merge(footer_line(rest)[1])
            return lines[:index], found
        # menus above the story hold footer words too ('개인정보취급방침', blind set-ag ag-02): only a line
        # that says something (a sentence, or a title-length line) starts the story
        seen_text = seen_text or len(line) > 25 or bool(_STORY_END.search(line))
    return lines, notices


def _story_after(lines: list[str]) -> bool:
    """A story paragraph (long, ending a sentence) below a line: then that line was mid-article. Pages that
    print a paragraph as one line with its sentences glued (`돌파했다.2021년 4월 …`, seoul.co.kr under its
    copyright notice) may end it with a byline or where an excerpt stops: two sentence ends inside do too."""
    return any(
        len(line) > 100 and (_STORY_END.search(line) or len(_GLUED_SENTENCE.findall(line)) >= 2)
        for line in lines
    )


def _clean_line(line: str) -> tuple[str | None, Found]:
    """One body line -> what stays of it (None when it is all boilerplate) and what it told."""
    if copyright_line(line):
        # a notice among the story's first lines ('Copyright ⓒ 서울신문 All rights reserved. …' below a caption)
        return None, Found(footer_outlet=copyright_outlet(line))
    line, notice = split_glued_copyright(line)
    noticed = Found(footer_outlet=copyright_outlet(notice)) if notice else Found()
    if not line:
        return None, noticed
    kept, told = _clean_body_line(line)
    return kept, noticed.merge(told)


def _clean_body_line(line: str) -> tuple[str | None, Found]:
    line = turn_quotes(strip_inline_footer(line))
    is_photo, told = agency_photo_caption(line)
    if is_photo:
        # the day the photo was taken dates the photo, not the story ('… 공급한다. 2022.11.30 x@newspim.com' in
        # the body, set-of of-08): a caption's date is no publication date (ANNOTATOR_BRIEF, undated texts)
        return None, replace(told, published=None)
    if slogan := slogan_copyright_outlet(line):
        return None, Found(footer_outlet=slogan)
    if is_caption_line(line):
        return None, Found(captions=(line,))
    line, byline = strip_trailing_byline(line)
    line, address = strip_trailing_address(line)
    line, captions = split_inline_caption(line)
    told = byline.merge(address).merge(Found(captions=captions))
    if not line:
        return None, told
    drop, footer = footer_line(line)
    return (None if drop else line), told.merge(footer)


def _split_sections(line: str) -> list[str]:
    """'...있다.◆왜 5+1인가 = 11일 ...' -> ['...있다.', '', '◆왜 5+1인가', '', '11일 ...']."""
    parts: list[str] = []
    position = 0
    for m in _SECTION_HEAD.finditer(line):
        parts.extend([line[position : m.start()].strip(), "", m.group(1).strip(), ""])
        position = m.end()
    parts.append(line[position:].strip())
    return [p for i, p in enumerate(parts) if p or (i and parts[i - 1])]


def paragraphs(lines: list[str]) -> str:
    """Body lines -> text with paragraphs joined by a blank line.

    Lines are grouped by the blank lines between them; a text with no blank lines at all (one paragraph
    per line, as unwrapped records are) keeps every line as a paragraph. Subheads ('▲ ...', '◆ ...') are
    always a paragraph of their own.
    """
    has_blanks = any(not line for line in lines) and sum(1 for line in lines if line) > 1
    groups: list[list[str]] = [[]]
    for line in lines:
        if not line or not has_blanks or _SUBHEAD.match(line):
            if groups[-1]:
                groups.append([])
            if line:
                groups[-1].append(line)
                if _SUBHEAD.match(line) and has_blanks:
                    groups.append([])
            continue
        groups[-1].append(line)
    return "\n\n".join("\n".join(group) for group in groups if group)
