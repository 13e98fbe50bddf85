"""Korean text helpers shared by the extraction stages: quote marks, paragraphs, Hangul romanisation."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol

# Opening marks -> family; a family's closing mark is in `tracker.extract.units._CLOSERS`.
QUOTE_PAIRS = {"“": "double", "‘": "single", "「": "corner", "『": "white-corner", "«": "guillemet"}
STRAIGHT_QUOTES = {'"': "double", "'": "single"}

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000\xa0]*\n\s*")

# The start of an interviewer's line in a Q&A (`―치매전담조직을 … 들었다.`, `Q. …`, `문) …`, `질문: …`):
# not a claim itself, and what follows it is the interviewee's answer.
# (also a bare `Q` and a space before the question, `Q 코로나19 사태로 힘든 상황일 텐데.`, set-hs hs-09)
QUESTION_LINE = re.compile(r"\s*(?:[―—]|Q\s?\d{0,2}\s?[.:)]|Q\s(?=[가-힣0-9])|문\s?\)|질문\s?[:)])")
# Some papers open the interviewer's lines with a hyphen or an arrow (`-2019년에는 어떤 사업이 추진되는지.`,
# `▷취임 후 가장 중점을 둔 정책은.`), marks that open list items too: such a line is a question only when it
# ends as a question does (`?`, `…는지.`, `…는데.`, `…나.`, `…은.`, `…다면.`).
# (not a transcript's turn, `▷ 김민수 : …`, whose label says who speaks)
_MARKED_QUESTION = re.compile(r"[ \t]*[-–▷][ \t]*(?![가-힣]{2,4}[ \t]*[:>：])\S")
# An answer's label inside the question's line (`Q. … ? A. …`): the sentences after it are answered.
_ANSWER_MARK = re.compile(r"(?<![A-Za-z])A\s?[.:)]|답\s?[:)]")
_ASKING_END = re.compile(r"(?:\?|？|는지|데|가|나|까|은|는|면)[ \t]*\.?[ \t]*$")


def unabridged(pattern: str) -> str:
    """A regular expression of reporting verbs with every `했` also in its unabridged spelling `하였` (`강조하였다`,
    `…라고 하였다`), which local papers and releases write as often as the abridged one (Kiwi reads both alike,
    하 + 었; only the patterns over the letters need telling)."""
    return pattern.replace("했", "(?:했|하였)")


def is_question(text: str, start: int, end: int) -> bool:
    """Whether the sentence `text[start:end]` is an interviewer's question of a Q&A: it opens with a
    question mark of `QUESTION_LINE`, or it lies on a hyphen- or arrow-marked line that ends asking, or it
    is itself such a marked question (`…다짐했다.▷취임 후 가장 중점을 둔 정책은.`, glued to the lead)."""
    if QUESTION_LINE.match(text, start, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if (
        line_start < start
        and QUESTION_LINE.match(text, line_start, start)
        and not _ANSWER_MARK.search(text, line_start, start)
    ):
        return True  # `Q. 군수님 안녕하세요. 산천어 축제가 … 개막이죠?`: every sentence of the question's line
    if _MARKED_QUESTION.match(text, line_start, line_end) and _ASKING_END.search(text, line_start, line_end):
        return True
    return bool(_MARKED_QUESTION.match(text, start, end) and _ASKING_END.search(text, start, end))


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph; paragraphs are separated by blank lines."""
    spans = []
    prev = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((prev, match.start()))
        prev = match.end()
    spans.append((prev, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# Surnames, most frequent first, with the romanisation people usually use for them (not strict RR: the
# registry writes 김 as kim, 이 as lee). Compound surnames come first so that 남궁영 is 남궁 + 영.
SURNAME_ROMAN: dict[str, str] = {
    "남궁": "namgung", "황보": "hwangbo", "제갈": "jegal", "선우": "sunwoo", "독고": "dokgo", "사공": "sagong",
    "서문": "seomun", "동방": "dongbang",
    "김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yun",
    "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
    "안": "ahn", "송": "song", "류": "ryu", "유": "yoo", "홍": "hong", "전": "jeon", "고": "ko", "문": "moon",
    "양": "yang", "손": "son", "배": "bae", "백": "baek", "허": "heo", "노": "noh", "심": "shim", "하": "ha",
    "곽": "kwak", "성": "sung", "차": "cha", "주": "joo", "우": "woo", "구": "koo", "나": "na", "민": "min",
    "진": "jin", "지": "ji", "엄": "eom", "채": "chae", "원": "won", "천": "cheon", "방": "bang", "공": "kong",
    "현": "hyun", "함": "ham", "변": "byun", "염": "yeom", "여": "yeo", "추": "choo", "도": "do", "소": "so",
    "석": "seok", "선": "sun", "설": "seol", "마": "ma", "길": "gil", "연": "yeon", "위": "wi", "표": "pyo",
    "명": "myung", "기": "ki", "반": "ban", "왕": "wang", "금": "geum", "옥": "ok", "육": "yuk", "인": "in",
    "맹": "maeng", "제": "je", "모": "mo", "탁": "tak", "국": "kook", "어": "eo", "은": "eun", "편": "pyeon",
    "용": "yong", "예": "ye", "경": "kyung", "봉": "bong", "사": "sa", "부": "bu", "가": "ga", "복": "bok",
    "태": "tae", "목": "mok", "형": "hyung", "계": "gye", "피": "pi", "두": "doo", "감": "gam", "음": "eum",
    "빈": "bin", "동": "dong", "온": "on", "호": "ho", "범": "beom", "좌": "jwa", "팽": "paeng", "승": "seung",
    "간": "gan", "상": "sang", "시": "si", "갈": "gal", "단": "dan", "견": "gyeon", "당": "dang", "화": "hwa",
    "창": "chang", "옹": "ong", "로": "ro", "라": "ra",
}  # fmt: skip

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]  # fmt: skip
_VOWELS = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
    "u", "wo", "we", "wi", "yu", "eu", "ui", "i",
]  # fmt: skip
_FINALS = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
    "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
]  # fmt: skip


def romanize_syllable(syllable: str) -> str:
    """Revised Romanization of one Hangul syllable, read on its own (as in personal names)."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        return syllable.lower()
    initial, rest = divmod(code, 588)
    vowel, final = divmod(rest, 28)
    return _INITIALS[initial] + _VOWELS[vowel] + _FINALS[final]


def split_surname(name: str) -> tuple[str, str]:
    """'남궁영' -> ('남궁', '영'); '채현일' -> ('채', '현일')."""
    if len(name) >= 3 and name[:2] in SURNAME_ROMAN:
        return name[:2], name[2:]
    return name[:1], name[1:]


def person_key(name_ko: str) -> str:
    """Deterministic person key of a Korean name: surname as usually romanised, given name in RR by
    syllable ('채현일' -> 'chae-hyeon-il', '남궁영' -> 'namgung-yeong')."""
    surname, given = split_surname(name_ko)
    head = SURNAME_ROMAN.get(surname) or "".join(romanize_syllable(s) for s in surname)
    return "-".join([head, *(romanize_syllable(s) for s in given)])


def is_hangul(ch: str) -> bool:
    return "가" <= ch <= "힣"


def word_before(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the Hangul word that ends right before the spaces before `pos`, if any."""
    end = pos
    while end > 0 and text[end - 1] in " \t\xa0":
        end -= 1
    start = end
    while start > 0 and is_hangul(text[start - 1]):
        start -= 1
    return (start, end) if start < end else None


def word_after(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the Hangul word that starts after the spaces at `pos`, if any."""
    start = pos
    while start < len(text) and text[start] in " \t\xa0":
        start += 1
    end = start
    while end < len(text) and is_hangul(text[end]):
        end += 1
    return (start, end) if start < end else None


class _Morpheme(Protocol):
    form: str
    tag: str
    start: int
    end: int


# Last syllables of places and organisations, which Kiwi also tags as proper nouns (문경시, 강진군, 창업지원단).
ORGANISATION_ENDINGS = tuple("시군구도청단부처회국과실팀소당원대사")


def looks_like_name(word: str, morphemes: Sequence[_Morpheme], *, known: Collection[str] = ()) -> bool:
    """A Korean personal name: a known name, or a surname + one or two syllables that Kiwi does not read
    as a common word (`이번`, `정부`, `위원회` are not names; `양금용`, `김동근` are). `morphemes` are the
    Kiwi morphemes of the word, in order."""
    if word in known:
        return True
    surname, given = split_surname(word)
    if surname not in SURNAME_ROMAN or not 1 <= len(given) <= 2:
        return False
    if not morphemes:
        return len(word) == 3
    first = morphemes[0]
    if len(morphemes) == 1 and first.end - first.start >= len(word):  # one morpheme for the whole word
        return first.tag == "NNP"
    if len(word) == 2:
        return False
    return first.tag in {"NNP", "NNG"} and not any(m.tag[0] in "JEV" for m in morphemes)
