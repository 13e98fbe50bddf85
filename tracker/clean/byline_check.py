"""A reporter for the pages whose byline the rules cannot read.

The byline rules (`lines`, `header`) know the forms most pages print ('홍길동 기자', '(서울=뉴스1) 홍길동 기자 =');
about one article in twenty prints its reporter some other way: glued to a dateline ('2024-11-18 인천/ 맹창수기자'),
after the outlet ('[글로벌에픽 이정훈 CP]', '포천=이종구'), in a broadcast's hand-over ('보도에 송창용 기잡니다.'),
or alone in a template's field. Where the rules find no reporter, every name-shaped word near a byline mark or on
a short line is a candidate, and a logistic regression over its neighbours (data/byline_model.json; trained by
`check_training` on the development gold) gives the probability that it is the story's reporter; the likeliest
candidate at or above the threshold is taken. Features hold for any page: no outlet names, ids or addresses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.clean.lines import SURNAME
from tracker.clean.title_check import learned_checks_on
from tracker.logistic import ThresholdModel, bucket, load_threshold_model

MODEL_PATH = Path(__file__).parent / "data" / "byline_model.json"


def load_model(path: Path = MODEL_PATH) -> ThresholdModel | None:
    return load_threshold_model(path)


@dataclass(frozen=True)
class Candidate:
    name: str
    line: int  # index among the page's non-empty lines
    features: tuple[str, ...]


# A name-shaped word: a family name and one or two syllables, not inside a longer word, except that the
# title may be glued on ('맹창수기자', '송창용 기잡니다').
# (no name ends in the particles 에, 의, 를: '오늘의 기자' is a widget's heading, set-ct ct-02)
_NAME = re.compile(rf"(?<![가-힣])(?P<name>{SURNAME}[가-힣]{{1,2}})(?<![에의를])(?=기자|기잡|특파원|[^가-힣]|$)")
# What makes a long line worth reading for a name: a reporter's title, a credit, an address, a dateline's '='.
_MARKS = re.compile(r"기자|기잡|특파원|CP|PD|@|=|사진|촬영|글\s")
_SHORT_LINE = 60
_NEAR = 12  # characters between a mark and a name on a long line
_DATE = re.compile(r"(?:19|20)\d{2}[-./년]\s?\d{1,2}")


def _char_class(char: str) -> str:
    if not char:
        return "edge"
    if char.isspace():
        return "space"
    if "가" <= char <= "힣":
        return "hangul"
    if char.isdigit():
        return "digit"
    if char.isascii() and char.isalpha():
        return "latin"
    return char


def candidates(
    raw_lines: Sequence[str], body: str, *, people: frozenset[str], places: frozenset[str]
) -> list[Candidate]:
    """Every name-shaped word of a short line, or near a byline mark on a long one, with its features."""
    lines = [line.strip() for line in raw_lines if line.strip()]
    counts: dict[str, int] = {}
    found: list[tuple[str, int, re.Match[str]]] = []
    for index, line in enumerate(lines):
        marks = [m.start() for m in _MARKS.finditer(line)] if len(line) > _SHORT_LINE else []
        if len(line) > _SHORT_LINE and not marks:
            continue
        for m in _NAME.finditer(line):
            if len(line) > _SHORT_LINE and not any(
                abs(at - m.start()) <= _NEAR or abs(at - m.end()) <= _NEAR for at in marks
            ):
                continue
            found.append((m["name"], index, m))
            counts[m["name"]] = counts.get(m["name"], 0) + 1
    total = len(lines)
    out = []
    for order, (name, index, m) in enumerate(found):
        line = lines[index]
        before, after = line[: m.start()], line[m.end() :]
        rest = after.lstrip()
        next_word = rest.split(maxsplit=1)[0] if rest else ""
        prev_word = before.split()[-1] if before.split() else ""
        names = [
            f"syllables={len(name)}",
            "top=" + bucket(index, (0, 1, 2, 3, 5, 8, 12)),
            "bottom=" + bucket(total - 1 - index, (0, 1, 2, 3, 5, 8)),
            "line_len=" + bucket(len(line), (4, 8, 15, 25, 40, 60, 100, 200)),
            "prev_char=" + _char_class(before[-1:]),
            "next_char=" + _char_class(after[:1]),
            "next2=" + next_word[:2],
            "prev_end=" + prev_word[-1:],
            "seen=" + bucket(counts[name], (1, 2, 3)),
            "order=" + ("first" if order == 0 else "last" if order == len(found) - 1 else "middle"),
        ]
        if after.startswith(("기자", "기잡", "특파원")):
            names.append("glued_title")
        if re.match(r"\s*(?:기자|기잡니다|특파원)", after):
            names.append("title_after")
        if re.match(r"\s*\S+\s+(?:기자|특파원)", after):
            names.append("title_after_word")
        if re.match(r"\s*(?:CP|PD)\b", after):
            names.append("cp_pd")
        if "@" in line:
            names.append("email_line")
        if _DATE.search(line):
            names.append("date_line")
        if re.search(r"사진|촬영|제공", line):
            names.append("photo_line")
        if re.search(r"[=/]\s*$", before):
            names.append("after_sign")
        if re.search(r"[\[【(<]\s*\S*\s*$", before) and re.search(r"[\]】)>]", after):
            names.append("bracketed")
        if not after.strip() or re.fullmatch(r"\s*(?:기자|특파원)?\s*[\])】.]?\s*", after):
            names.append("line_end")
        if not before.strip(" •·-▲[(【"):
            names.append("line_start")
        if name in people:
            names.append("official")
        if name in places:
            names.append("place")
        if name + after[:4] in body:
            names.append("in_body")
        out.append(Candidate(name, index, tuple(names)))
    return out


def found_reporter(
    raw_lines: Sequence[str], body: str, *, people: frozenset[str], places: frozenset[str]
) -> str | None:
    """The shipped model's reporter for a page the rules found none on, or None."""
    model = load_model()
    if model is None or not learned_checks_on():
        return None
    found = candidates(raw_lines, body, people=people, places=places)
    return model.likeliest((c.name, c.features) for c in found)
